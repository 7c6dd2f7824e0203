/**
 * Checks a ReportPlan before anything is written (so a bad plan never leaves half a report) and
 * looks up plan cell values (chart point labels are written as text taken from the plan's cells).
 */
import type { CellValue, PlanSheet, ReportPlan } from "../report/plan";
import { Area, cellName, looksLikeCellRef, parseArea, splitRef } from "../report/a1";
import { shapeProblems } from "../report/shapes";

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !SHEET_NAME_FORBIDDEN.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

/** Excel's table-name rules: a letter, _ or \ first; letters, digits, _ . \ after; not a cell reference. */
export function isValidTableName(name: string): boolean {
  return TABLE_NAME.test(name) && !looksLikeCellRef(name) && !/^[RrCc]$/.test(name) && name.length <= 255;
}

/** Every problem in the plan, each naming its sheet and cell/object; [] when it can be applied. */
export function planProblems(plan: ReportPlan): string[] {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  const area = (address: string, where: string): Area | undefined => {
    try {
      return parseArea(address, where);
    } catch (e) {
      problems.push((e as Error).message);
      return undefined;
    }
  };
  if (plan.sheets.length === 0) problems.push("the plan has no sheets");
  for (const sheet of plan.sheets) {
    const s = `sheet '${sheet.name}'`;
    if (!isValidSheetName(sheet.name)) problems.push(`${s}: not a valid Excel sheet name`);
    if (sheetNames.has(sheet.name.toLowerCase())) problems.push(`${s}: the name is used twice`);
    sheetNames.add(sheet.name.toLowerCase());
    const written = new Set<string>();
    const merged: { at: Area; rows: number; span: number; anchor: string }[] = [];
    for (const block of sheet.blocks) {
      const at = area(block.anchor, `${s}, block anchor`);
      if (!at) continue;
      const cols = block.values[0]?.length ?? 0;
      block.values.forEach((row, i) => row.forEach((_, j) => written.add(cellName(at.row + i, at.col + j))));
      const span = block.span ?? 1;
      if (!Number.isInteger(span) || span < 1) problems.push(`${s}, block at ${block.anchor}: span ${span} is not a whole number ≥ 1`);
      else if (span > 1 && cols !== 1) problems.push(`${s}, block at ${block.anchor}: span needs a block one column wide (it is ${cols})`);
      else if (span > 1) merged.push({ at, rows: block.values.length, span, anchor: block.anchor });
      if (block.align && block.align.length !== cols)
        problems.push(`${s}, block at ${block.anchor}: align has ${block.align.length} entries for ${cols} columns`);
      const grids: [string, unknown[][] | undefined][] = [
        ["values", block.values],
        ["formulas", block.formulas],
        ["numberFormats", block.numberFormats],
      ];
      for (const [what, grid] of grids) {
        if (grid && (grid.length !== block.values.length || grid.some((r) => r.length !== cols))) {
          problems.push(`${s}, block at ${block.anchor}: ${what} is not ${block.values.length}×${cols}`);
        }
      }
      block.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = () => `${s}, cell ${cellName(at.row + i, at.col + j)}`;
          if (typeof v === "number" && !Number.isFinite(v)) problems.push(`${cell()}: ${v} is not a finite number`);
          const f = block.formulas?.[i]?.[j];
          if (f !== null && f !== undefined && !f.startsWith("=")) problems.push(`${cell()}: formula '${f}' does not start with "="`);
        }),
      );
    }
    for (const m of merged) {
      for (let i = 0; i < m.rows; i++) {
        for (let j = 1; j < m.span; j++) {
          const inside = cellName(m.at.row + i, m.at.col + j);
          if (written.has(inside)) problems.push(`${s}: cell ${inside} is written inside the merged cells of the block at ${m.anchor}`);
        }
      }
    }
    for (const table of sheet.tables) {
      const t = `${s}, table '${table.name}'`;
      if (!isValidTableName(table.name)) problems.push(`${t}: not a valid Excel table name`);
      if (tableNames.has(table.name.toLowerCase())) problems.push(`${t}: the name is used twice`);
      tableNames.add(table.name.toLowerCase());
      area(table.range, `${t}, range`);
    }
    for (const cf of sheet.conditionalFormats) area(cf.range, `${s}, conditional format range`);
    for (const chart of sheet.charts) {
      const c = `${s}, chart '${chart.name}'`;
      if (chart.series.length === 0) problems.push(`${c}: no series`);
      area(chart.from, `${c}, from`);
      area(chart.to, `${c}, to`);
      for (const series of chart.series) {
        for (const ref of [series.values, series.categories, series.pointLabels]) {
          if (ref === undefined) continue;
          const a = area(splitRef(ref).address, `${c}, series '${series.name}'`);
          if (a && a.rows > 1 && a.cols > 1) problems.push(`${c}, series '${series.name}': '${ref}' is not a single row or column`);
        }
      }
    }
    problems.push(...shapeProblems(sheet));
  }
  return problems;
}

/** Throws one Error listing the plan's problems (the first ten). */
export function checkPlan(plan: ReportPlan): void {
  const problems = planProblems(plan);
  if (problems.length) {
    const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : "";
    throw new Error(`the report plan cannot be written: ${problems.slice(0, 10).join("; ")}${more}`);
  }
}

/** Values the plan writes into `address` of `sheet`, in reading order (null where no block writes). */
export function planValues(sheet: PlanSheet, address: string): CellValue[] {
  const want = parseArea(address);
  const out: CellValue[] = new Array<CellValue>(want.rows * want.cols).fill(null);
  for (const block of sheet.blocks) {
    const at = parseArea(block.anchor);
    block.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = at.row + i - want.row,
          c = at.col + j - want.col;
        if (r >= 0 && r < want.rows && c >= 0 && c < want.cols) out[r * want.cols + c] = v;
      }),
    );
  }
  return out;
}
