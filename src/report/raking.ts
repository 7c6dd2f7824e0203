/**
 * The report's raking (issue #14, part 3): a margins table (variable, category, target) read with
 * located errors, each variable found among the survey's columns by its header, and a collector
 * that takes, row by row, each respondent's categories and base weight and rakes them with the
 * engine (src/engine/rake.ts, Deming & Stephan 1940). The report then uses the raked weights in
 * place of the weight column (SurveyLayoutOptions.caseWeights); the survey is never changed.
 *
 * Respondents are the report's: rows not entirely empty (as src/report/rowStats.ts and
 * buildSurvey count them), so the i-th raked weight belongs to the i-th respondent of the report.
 * The base weight is the survey's first weight column read as the report reads it (parseWeight,
 * an unreadable cell as 0 — the report lists it), or 1 without a weight column. A category is the
 * cell's text as a segment reads it (textOf, trimmed); a blank cell is the category "".
 */
import { CsError, isCsError } from "../engine/errors";
import { rake, type RakeResult, type RakeTarget } from "../engine/rake";
import { isBlankCell } from "../survey/cells";
import { classifyText } from "../survey/labels";
import { displayValue, IssueLog, parseWeight } from "../survey/parse";
import type { ColumnProposal } from "../survey/roles";
import { textOf } from "../survey/survey";
import type { CellWhere } from "../survey/types";

/** One target of a margins table, with the sheet row it was read from (header = row 1). */
export interface MarginTarget extends RakeTarget {
  readonly row: number;
}

/** A margins table as read: where it came from, its variables in order of appearance, its targets. */
export interface MarginsTable {
  /** A file name or a workbook address, as the errors name it. */
  readonly source: string;
  readonly variables: readonly string[];
  readonly targets: readonly MarginTarget[];
}

/** What the Summary's Weighting block shows (src/report/summaryWeighting.ts). */
export interface WeightingSummary {
  /** Each margin's target and achieved share of the weighted total (shares of its variable's targets). */
  readonly margins: readonly { variable: string; category: string; target: number; achieved: number }[];
  readonly iterations: number;
  /** Kish's effective sample size (Σw)²/Σw² of the raked weights. */
  readonly effectiveN: number;
  readonly designEffect: number;
  readonly min: number;
  readonly max: number;
  /** The header of the weight column the raking started from; absent: equal base weights. */
  readonly baseColumn?: string;
}

/** The raked weights (one per respondent, in the report's order) and their summary. */
export interface RakedWeights {
  readonly weights: Float64Array;
  readonly summary: WeightingSummary;
}

/**
 * Header words of the margins table's three columns, English, Spanish and Chinese (compared
 * ignoring case, accents' composition and spaces).
 */
const HEADER_WORDS = {
  variable: ["variable", "margin", "variable de margen", "margen", "变量", "边际变量", "变量名"],
  category: ["category", "level", "value", "categoría", "categoria", "nivel", "valor", "类别", "类目", "水平", "取值"],
  target: ["target", "share", "total", "population", "objetivo", "meta", "proporción", "proporcion", "población", "目标", "比例", "总体", "占比"],
} as const;

type MarginColumn = keyof typeof HEADER_WORDS;

const loose = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

const cellText = (cell: unknown): string => (isBlankCell(cell) ? "" : displayValue(cell).trim());

/** Headers for a message: quoted, at most 12, then "…". */
function headerList(headers: readonly string[]): string {
  const shown = headers.slice(0, 12).map((h) => `"${h}"`);
  return shown.join(", ") + (headers.length > 12 ? ", …" : "");
}

/** A target cell: a number, a text that is one, or a percentage ("30%" → 0.3); undefined otherwise. */
function targetNumber(cell: unknown): number | undefined {
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  const percent = text.endsWith("%");
  const m = classifyText(percent ? text.slice(0, -1) : text);
  if (m.kind !== "number") return undefined;
  return percent ? m.value / 100 : m.value;
}

/**
 * Read a margins table: a header row naming the columns variable, category and target (in any
 * order, header words in English, Spanish or Chinese), then one row per (variable, category);
 * entirely blank rows are skipped. Targets are totals, or shares adding up to 1 per variable (as
 * the engine reads them); "30%" is 0.3.
 * @param grid The table's cells, the header row first (a file's rows or a range's values).
 * @param source The file name or address the errors name.
 * @returns The variables (in order of first appearance) and the targets with their rows.
 * @throws {CsError} value marginsEmpty, marginsHeader, marginsNoTargets, marginsBlankVariable, marginsDuplicate — an empty table, a header without the three columns, no targets, a blank variable, a (variable, category) given twice (row and column named)
 * @throws {CsError} num marginsBadTarget — a target that is not a finite number > 0 (row and column named)
 * @example
 * parseMargins([["variable", "category", "target"], ["Region", "North", 0.4], ["Region", "South", 0.6]], "m.csv").targets.length; // → 2
 */
export function parseMargins(grid: readonly (readonly unknown[])[], source: string): MarginsTable {
  const header = (grid[0] ?? []).map(cellText);
  if (grid.length === 0 || header.every((h) => h === "")) throw new CsError("value", "marginsEmpty", { file: source });
  const at = {} as Record<MarginColumn, number>;
  const missing: string[] = [];
  for (const key of Object.keys(HEADER_WORDS) as MarginColumn[]) {
    const words = HEADER_WORDS[key].map(loose);
    at[key] = header.findIndex((h) => words.includes(loose(h)));
    if (at[key] < 0) missing.push(key);
  }
  if (missing.length > 0) throw new CsError("value", "marginsHeader", { file: source, missing: missing.join(", "), headers: headerList(header) }, { row: 1 });
  const targets: MarginTarget[] = [];
  const variables: string[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every(isBlankCell)) continue;
    const row = r + 1;
    const variable = cellText(cells[at.variable]);
    if (variable === "") throw new CsError("value", "marginsBlankVariable", { file: source }, { row, column: at.variable + 1 });
    const category = cellText(cells[at.category]);
    const target = targetNumber(cells[at.target]);
    if (target === undefined || !(Number.isFinite(target) && target > 0)) {
      throw new CsError("num", "marginsBadTarget", { file: source, value: cellText(cells[at.target]) }, { row, column: at.target + 1 });
    }
    const key = JSON.stringify([variable, category]);
    if (seen.has(key)) throw new CsError("value", "marginsDuplicate", { file: source, variable, category }, { row, column: at.category + 1 });
    seen.add(key);
    if (!variables.includes(variable)) variables.push(variable);
    targets.push({ variable, category, target, row });
  }
  if (targets.length === 0) throw new CsError("value", "marginsNoTargets", { file: source });
  return { source, variables, targets };
}

/**
 * The survey column (0-based) of each margin variable: the header of the same text, else the same
 * ignoring case and spaces.
 * @param margins The margins table (its variables).
 * @param headers The survey's header row.
 * @returns One 0-based column per variable, in the table's order.
 * @throws {CsError} value marginsNoSuchColumn — a variable no header names (the headers listed)
 * @example
 * marginColumns(parseMargins([["variable", "category", "target"], ["region", "N", 1]], "m.csv"), ["Id", "Region"]); // → [1]
 */
export function marginColumns(margins: MarginsTable, headers: readonly unknown[]): number[] {
  const texts = headers.map(cellText);
  return margins.variables.map((variable) => {
    let i = texts.indexOf(variable);
    if (i < 0) i = texts.findIndex((h) => loose(h) === loose(variable));
    if (i < 0) throw new CsError("value", "marginsNoSuchColumn", { file: margins.source, variable, headers: headerList(texts) });
    return i;
  });
}

export interface RakeCollector {
  /** Reads one data row (sheet row number: header = 1); entirely empty rows are skipped, as the report does. */
  addRow(row: readonly unknown[], sheetRow: number): void;
  /** Respondents so far. */
  readonly n: number;
  /** Rakes the respondents read; an error naming a respondent names its sheet row and column. */
  finish(options?: { maxIterations?: number; tolerance?: number }): RakedWeights;
}

/** Each margin's target share and achieved share of the raked total. */
function marginShares(margins: MarginsTable, rows: readonly (readonly string[])[], r: RakeResult): WeightingSummary["margins"] {
  const total = r.weights.reduce((s, w) => s + w, 0);
  return margins.variables.flatMap((variable, j) => {
    const own = margins.targets.filter((t) => t.variable === variable);
    const sum = own.reduce((s, t) => s + t.target, 0);
    const achieved = new Map(own.map((t) => [t.category, 0]));
    rows.forEach((row, i) => achieved.set(row[j], (achieved.get(row[j]) ?? 0) + r.weights[i]));
    return own.map((t) => ({ variable, category: t.category, target: t.target / sum, achieved: (achieved.get(t.category) ?? 0) / total }));
  });
}

/**
 * A collector of the respondents' margin categories and base weights, fed the survey's rows in
 * sheet order (the command line's pre-pass over the file, the task pane's rows in memory), then
 * raked by the engine.
 * @param headers The survey's header row.
 * @param proposals The confirmed column roles (the first weight column gives the base weights).
 * @param margins The margins table (parseMargins).
 * @returns The collector; finish() gives the raked weights and the Summary's figures.
 * @throws {CsError} value marginsNoSuchColumn — a margin variable the survey has no column for; finish(): the engine's errors (src/engine/rake.ts), rakeCategoryNoTarget at the respondent's sheet row and column
 * @example
 * const c = createRakeCollector(["Region"], [], parseMargins([["variable", "category", "target"], ["Region", "N", 0.5], ["Region", "S", 0.5]], "m.csv"));
 * c.addRow(["N"], 2); c.addRow(["S"], 3); c.addRow(["S"], 4);
 * c.finish().weights[0]; // → 1.5
 */
export function createRakeCollector(headers: readonly unknown[], proposals: readonly ColumnProposal[], margins: MarginsTable): RakeCollector {
  const columns = marginColumns(margins, headers);
  const weightColumn = proposals.find((p) => p.role === "weight")?.index;
  const rows: string[][] = [];
  const base: number[] = [];
  const sheetRows: number[] = [];
  // One string per category, so millions of rows share a handful of strings.
  const interned = new Map<string, string>();
  const intern = (s: string): string => interned.get(s) ?? (interned.set(s, s), s);
  // The report lists unreadable weights (its own pass): here they only read as 0, as there.
  const log = new IssueLog(0);
  const where: CellWhere = { row: 0, column: 0 };
  return {
    get n() {
      return rows.length;
    },
    addRow(row, sheetRow) {
      if (row.every(isBlankCell)) return;
      rows.push(columns.map((c) => intern(textOf(row[c]) ?? "")));
      sheetRows.push(sheetRow);
      if (weightColumn === undefined) base.push(1);
      else {
        where.row = sheetRow;
        where.column = weightColumn + 1;
        base.push(log.parse(parseWeight, row[weightColumn], where) ?? 0);
      }
    },
    finish(options = {}) {
      let r: RakeResult;
      try {
        r = rake({ variables: margins.variables, rows }, margins.targets, { baseWeights: base, ...options });
      } catch (e) {
        if (isCsError(e) && e.key === "rakeCategoryNoTarget" && e.row !== undefined) {
          const j = margins.variables.indexOf(String(e.params.variable));
          throw e.at({ row: sheetRows[e.row - 1], column: j < 0 ? undefined : columns[j] + 1 });
        }
        throw e;
      }
      const summary: WeightingSummary = {
        margins: marginShares(margins, rows, r),
        iterations: r.iterations,
        effectiveN: r.effectiveN,
        designEffect: r.designEffect,
        min: r.minWeight,
        max: r.maxWeight,
        ...(weightColumn === undefined ? {} : { baseColumn: cellText(headers[weightColumn]) }),
      };
      return { weights: r.weights, summary };
    },
  };
}
