/**
 * The cells of a PlanSheet, flattened from its blocks: one entry per written cell with its value
 * (for a formula cell, the engine's expected value), formula, number format and style.
 * Checks the block shapes, that no two blocks write the same cell and that no block writes inside
 * another block's merged (spanned) cells.
 */
import type { CellStyle, CellValue, HorizontalAlign, PlanSheet } from "../report/plan";
import { cellAddress, requireCell, parseRect, Rect } from "../report/a1";

export interface PlanCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  style: CellStyle | undefined;
  align: HorizontalAlign | null;
  /** Columns the cell covers (merged with the cells to its right when > 1). */
  span: number;
}

/** Key of a cell in a SheetCells map: its A1 address. */
export type SheetCells = Map<string, PlanCell>;

function checkShape(what: string, sheet: string, anchor: string, rows: number, cols: number, grid: unknown[][] | undefined): void {
  if (!grid) return;
  if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
    throw new Error(`sheet '${sheet}', block at ${anchor}: ${what} must be ${rows}×${cols} like its values`);
  }
}

/** All cells written by the blocks of `sheet`, keyed by A1 address. */
export function sheetCells(sheet: PlanSheet): SheetCells {
  const cells: SheetCells = new Map();
  for (const block of sheet.blocks) {
    const at = requireCell(block.anchor);
    const rows = block.values.length;
    const cols = rows ? block.values[0].length : 0;
    if (block.values.some((r) => r.length !== cols)) {
      throw new Error(`sheet '${sheet.name}', block at ${block.anchor}: values rows have different lengths`);
    }
    checkShape("formulas", sheet.name, block.anchor, rows, cols, block.formulas);
    checkShape("numberFormats", sheet.name, block.anchor, rows, cols, block.numberFormats);
    const span = block.span ?? 1;
    if (!Number.isInteger(span) || span < 1) throw new Error(`sheet '${sheet.name}', block at ${block.anchor}: span ${span} must be a whole number ≥ 1`);
    if (span > 1 && cols !== 1) throw new Error(`sheet '${sheet.name}', block at ${block.anchor}: span needs a block one column wide (it is ${cols})`);
    if (block.align && block.align.length !== cols)
      throw new Error(`sheet '${sheet.name}', block at ${block.anchor}: align must have ${cols} entries like its columns`);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const row = at.row + i,
          col = at.column + j;
        const key = cellAddress(row, col);
        if (cells.has(key)) throw new Error(`sheet '${sheet.name}': cell ${key} is written by two blocks`);
        const formula = block.formulas?.[i][j] ?? null;
        if (formula !== null && !formula.startsWith("=")) {
          throw new Error(`sheet '${sheet.name}', cell ${key}: formula '${formula}' must start with "="`);
        }
        cells.set(key, {
          row,
          col,
          formula,
          value: block.values[i][j],
          numberFormat: block.numberFormats?.[i][j] ?? null,
          style: block.style,
          align: block.align?.[j] ?? null,
          span,
        });
      }
    }
  }
  for (const [key, cell] of cells) {
    for (let col = cell.col + 1; col < cell.col + cell.span; col++) {
      const inside = cellAddress(cell.row, col);
      if (cells.has(inside)) throw new Error(`sheet '${sheet.name}': cell ${inside} is written inside the merged cells of ${key}`);
    }
  }
  return cells;
}

/** Values of a rectangle in reading order; cells no block writes are null. */
export function rectValues(cells: SheetCells, r: Rect): CellValue[] {
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) out.push(cells.get(cellAddress(row, col))?.value ?? null);
  }
  return out;
}

/** Number format of the first cell of a range, for chart caches ("General" when none). */
export function rangeFormat(cells: SheetCells, range: string): string {
  const r = parseRect(range);
  return cells.get(cellAddress(r.top, r.left))?.numberFormat ?? "General";
}
