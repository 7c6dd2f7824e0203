/**
 * The cells of a PlanSheet, flattened from its blocks: one entry per written cell with its value
 * (for a formula cell, the engine's expected value), formula, number format and style.
 * Checks the block shapes and that no two blocks write the same cell.
 */
import type { CellStyle, CellValue, PlanSheet } from "../report/plan";
import { cellAddress, parseCell, parseRange, Rect } from "./address";

export interface PlanCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  style: CellStyle | undefined;
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
    const at = parseCell(block.anchor);
    const rows = block.values.length;
    const cols = rows ? block.values[0].length : 0;
    if (block.values.some((r) => r.length !== cols)) {
      throw new Error(`sheet '${sheet.name}', block at ${block.anchor}: values rows have different lengths`);
    }
    checkShape("formulas", sheet.name, block.anchor, rows, cols, block.formulas);
    checkShape("numberFormats", sheet.name, block.anchor, rows, cols, block.numberFormats);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const row = at.row + i, col = at.col + j;
        const key = cellAddress(row, col);
        if (cells.has(key)) throw new Error(`sheet '${sheet.name}': cell ${key} is written by two blocks`);
        const formula = block.formulas?.[i][j] ?? null;
        if (formula !== null && !formula.startsWith("=")) {
          throw new Error(`sheet '${sheet.name}', cell ${key}: formula '${formula}' must start with "="`);
        }
        cells.set(key, {
          row, col, formula,
          value: block.values[i][j],
          numberFormat: block.numberFormats?.[i][j] ?? null,
          style: block.style,
        });
      }
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
  const r = parseRange(range);
  return cells.get(cellAddress(r.top, r.left))?.numberFormat ?? "General";
}
