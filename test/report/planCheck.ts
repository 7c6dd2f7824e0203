/** Helpers to read a ReportPlan in tests: cells by address, tables by name, formula references. */
import Papa from "papaparse";
import { cellAddress, parseCell, parseRange } from "../../src/report/a1";
import type { CellValue, PlanSheet, ReportPlan } from "../../src/report/plan";

export interface PlanCell {
  value: CellValue;
  formula: string | null;
  format: string | null;
}

/** Every cell a sheet's blocks write, by A1 address (throws on overlapping blocks). */
export function sheetCells(sheet: PlanSheet): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  for (const b of sheet.blocks) {
    const at = parseCell(b.anchor);
    if (!at) throw new Error(`${sheet.name}: bad anchor ${b.anchor}`);
    const width = b.values[0]?.length ?? 0;
    b.values.forEach((line, i) => {
      if (line.length !== width) throw new Error(`${sheet.name}!${b.anchor}: ragged values`);
      if (b.formulas && b.formulas[i].length !== width) throw new Error(`${sheet.name}!${b.anchor}: formulas shape`);
      if (b.numberFormats && b.numberFormats[i].length !== width) throw new Error(`${sheet.name}!${b.anchor}: formats shape`);
      line.forEach((value, j) => {
        const addr = cellAddress(at.row + i, at.column + j);
        if (out.has(addr)) throw new Error(`${sheet.name}!${addr} is written twice`);
        out.set(addr, { value, formula: b.formulas?.[i][j] ?? null, format: b.numberFormats?.[i][j] ?? null });
      });
    });
    if (b.formulas && b.formulas.length !== b.values.length) throw new Error(`${sheet.name}!${b.anchor}: formulas rows`);
  }
  return out;
}

export function sheetByKey(plan: ReportPlan, key: PlanSheet["key"]): PlanSheet {
  const s = plan.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key} sheet`);
  return s;
}

export interface TableView {
  sheet: PlanSheet;
  headers: string[];
  rows: PlanCell[][];
  /** Column by header text. */
  col(header: string): PlanCell[];
  values(header: string): CellValue[];
}

export function table(plan: ReportPlan, name: string): TableView {
  for (const sheet of plan.sheets) {
    const t = sheet.tables.find((x) => x.name === name);
    if (!t) continue;
    const r = parseRange(t.range)!;
    const cells = sheetCells(sheet);
    const get = (row: number, col: number): PlanCell => cells.get(cellAddress(row, col)) ?? { value: null, formula: null, format: null };
    const headers: string[] = [];
    for (let c = r.from.column; c <= r.to.column; c++) headers.push(String(get(r.from.row, c).value));
    const rows: PlanCell[][] = [];
    for (let row = r.from.row + 1; row <= r.to.row; row++) {
      const line: PlanCell[] = [];
      for (let c = r.from.column; c <= r.to.column; c++) line.push(get(row, c));
      rows.push(line);
    }
    const col = (h: string): PlanCell[] => {
      const k = headers.indexOf(h);
      if (k < 0) throw new Error(`table ${name} has no column "${h}" (${headers.join(", ")})`);
      return rows.map((line) => line[k]);
    };
    return { sheet, headers, rows, col, values: (h) => col(h).map((c) => c.value) };
  }
  throw new Error(`no table ${name}`);
}

/** Remove "string literals" from a formula (quotes doubled inside). */
export function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

export interface FormulaRef {
  sheet?: string;
  range: string;
}

/** A1 references in a formula: B7, $B$7, B7:C9, 'Sheet name'!B7 (function names are not refs). */
export function formulaRefs(formula: string): FormulaRef[] {
  const s = stripStrings(formula);
  const re = /(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?(?<![A-Za-z0-9_$.])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])/g;
  const out: FormulaRef[] = [];
  for (const m of s.matchAll(re)) {
    const sheet = m[1]?.replace(/''/g, "'") ?? m[2];
    out.push(sheet ? { sheet, range: m[3] } : { range: m[3] });
  }
  return out;
}

/** Function names called in a formula (upper case). */
export function formulaFunctions(formula: string): string[] {
  return [...stripStrings(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** Every formula cell of the plan with its sheet and address. */
export function formulaCells(plan: ReportPlan): { sheet: PlanSheet; address: string; cell: PlanCell }[] {
  const out: { sheet: PlanSheet; address: string; cell: PlanCell }[] = [];
  for (const sheet of plan.sheets) {
    for (const [address, cell] of sheetCells(sheet)) if (cell.formula !== null) out.push({ sheet, address, cell });
  }
  return out;
}

/** Problems with a formula's references: a referenced cell that is blank/unwritten, or the cell itself. */
export function referenceProblems(plan: ReportPlan): string[] {
  const problems: string[] = [];
  const cellsBySheet = new Map(plan.sheets.map((s) => [s.name, sheetCells(s)]));
  for (const { sheet, address, cell } of formulaCells(plan)) {
    const refs = formulaRefs(cell.formula as string);
    if (refs.length === 0) problems.push(`${sheet.name}!${address}: no references in ${cell.formula}`);
    for (const ref of refs) {
      const target = cellsBySheet.get(ref.sheet ?? sheet.name);
      if (!target) {
        problems.push(`${sheet.name}!${address}: sheet ${ref.sheet} is not in the plan`);
        continue;
      }
      const r = parseRange(ref.range.replace(/\$/g, ""))!;
      for (let row = r.from.row; row <= r.to.row; row++) {
        for (let col = r.from.column; col <= r.to.column; col++) {
          const a = cellAddress(row, col);
          const c = target.get(a);
          if (!c || (c.value === null && c.formula === null)) problems.push(`${sheet.name}!${address}: ${cell.formula} → ${a} is not written`);
          if ((ref.sheet ?? sheet.name) === sheet.name && a === address) problems.push(`${sheet.name}!${address} refers to itself`);
        }
      }
    }
  }
  return problems;
}

/**
 * A CSV survey's cells as Excel would pass them to a worksheet function (header row first), with
 * the cells the report skipped as unreadable (its issues: 1-based row, header = row 1) made blank —
 * so a worksheet function reads the same answers the report used. Every issue must be listed.
 */
export function cellsAsReportRead(csv: string, issues: readonly { row: number; column: number }[], issueCount: number): unknown[][] {
  if (issues.length !== issueCount) throw new Error(`the report listed ${issues.length} of ${issueCount} skipped cells`);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const cells: unknown[][] = parsed.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
  for (const { row, column } of issues) cells[row - 1][column - 1] = "";
  return cells;
}

/** A CSV survey's text without the column of this header (the sample without its Weight column: an unweighted copy). */
export function csvWithoutColumn(csv: string, header: string): string {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const k = rows[0].indexOf(header);
  if (k < 0) throw new Error(`no column ${header}`);
  return Papa.unparse(rows.map((r) => r.filter((_, i) => i !== k)));
}
