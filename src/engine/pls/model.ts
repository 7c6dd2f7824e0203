/**
 * The PLS path model as the user writes it: a table (construct, indicators, antecedents, mode)
 * parsed into PlsConstructSpec rows, then resolved against the data's headers into a PlsModel
 * (indices, blocks, paths) with every mistake named and located in the model table.
 */
import { CsError } from "../errors";
import type { PlsConstructSpec, PlsMode, PlsModel } from "./types";

type Field = "construct" | "indicators" | "antecedents" | "mode";

/** Header words of the model table's columns, compared without case, spaces, "_" or "-" (English, Spanish, Chinese). */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  construct: ["construct", "constructs", "constructo", "constructos", "构念", "潜变量"],
  indicators: ["indicators", "indicator", "indicadores", "indicador", "指标", "题项"],
  antecedents: ["antecedents", "antecedent", "antecedentes", "antecedente", "前因", "前因变量"],
  mode: ["mode", "modo", "模式"],
};
/** Separators of a list in one cell: commas (ASCII, full-width, ideographic) and semicolons. */
const LIST_SEPARATOR = /[,;，；、]/;

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
const text = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());
const list = (cell: unknown) =>
  text(cell)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * Parse the model table: a header row naming the columns construct, indicators (data headers
 * joined with commas), antecedents (constructs joined with commas, blank for an exogenous one)
 * and an optional mode (A, the default, or B), then one row per construct. Header words are
 * matched without case or spaces, in English, Spanish or Chinese (construct/constructo/构念,
 * indicators/indicadores/指标, antecedents/antecedentes/前因, mode/modo/模式). Blank policy:
 * an entirely blank row is skipped; a blank mode is A. Each spec keeps its cells' location for
 * resolvePlsModel's messages (row and columns 1-based in the table, header = row 1).
 * @param rows the model table, header row first
 * @returns one spec per construct row, in the table's order
 * @throws {CsError} value plsModelNotTable — not rows of cells
 * @throws {CsError} value plsModelColumnMissing — no construct, indicators or antecedents column (names it)
 * @throws {CsError} value plsModelNoConstructs — a header row only
 * @throws {CsError} value plsConstructBlank — a row with cells but no construct name (row, column)
 * @throws {CsError} value plsBadMode — a mode other than A or B (row, column)
 * @example
 * parsePlsModelTable([["Construct", "Indicators", "Antecedents"], ["SAT", "s1, s2", "IMAG"]])[0].indicators; // → ["s1", "s2"]
 * parsePlsModelTable([["constructo", "indicadores", "antecedentes", "modo"], ["IMAG", "i1", "", "b"]])[0].mode; // → "B"
 * parsePlsModelTable([["construct", "indicators"]]); // → throws value plsModelColumnMissing
 */
export function parsePlsModelTable(rows: readonly (readonly unknown[])[]): PlsConstructSpec[] {
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => Array.isArray(r))) {
    throw new CsError("value", "plsModelNotTable");
  }
  const header = rows[0].map((c) => squash(text(c)));
  const col: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADER_WORDS) as Field[]) {
    const at = header.findIndex((h) => HEADER_WORDS[field].includes(h));
    if (at >= 0) col[field] = at;
    else if (field !== "mode") throw new CsError("value", "plsModelColumnMissing", { field }, { row: 1 });
  }
  const c = col as Record<Exclude<Field, "mode">, number> & { mode?: number };
  const specs: PlsConstructSpec[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((cell) => text(cell) === "")) continue;
    const at = {
      row: r + 1,
      construct: c.construct + 1,
      indicators: c.indicators + 1,
      antecedents: c.antecedents + 1,
      mode: c.mode === undefined ? undefined : c.mode + 1,
    };
    const construct = text(row[c.construct]);
    if (construct === "") throw new CsError("value", "plsConstructBlank", {}, { row: at.row, column: at.construct });
    const rawMode = c.mode === undefined ? "" : text(row[c.mode]);
    const mode = rawMode === "" ? "A" : rawMode.toUpperCase();
    if (mode !== "A" && mode !== "B") throw new CsError("value", "plsBadMode", { construct, value: rawMode }, { row: at.row, column: at.mode });
    specs.push({ construct, indicators: list(row[c.indicators]), antecedents: list(row[c.antecedents]), mode: mode as PlsMode, at });
  }
  if (specs.length === 0) throw new CsError("value", "plsModelNoConstructs", {}, { row: 1 });
  return specs;
}

/** Names longer than this get no "did you mean" (no header is a near miss of a paragraph). */
const MAX_SUGGEST_LENGTH = 100;

/** Levenshtein distance (for "did you mean"). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The data column of header `name`: exact (trimmed), else the one match without case and spaces; -1 if none. */
function findHeader(name: string, headers: readonly string[], spec: PlsConstructSpec, where: { row?: number; column?: number }): number {
  const trimmed = headers.map((h) => text(h));
  let hits = trimmed.flatMap((h, i) => (h === name ? [i] : []));
  if (hits.length === 0) hits = trimmed.flatMap((h, i) => (squash(h) === squash(name) ? [i] : []));
  if (hits.length > 1) {
    throw new CsError("value", "plsIndicatorAmbiguous", { construct: spec.construct, indicator: name, first: hits[0] + 1, second: hits[1] + 1 }, where);
  }
  if (hits.length === 1) return hits[0];
  let best = "";
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  // Only short names get a suggestion, and only headers whose length is near enough (the distance
  // is at least the length difference): the distance is quadratic, and texts can be 200,000 long.
  const target = squash(name);
  for (const h of target.length <= MAX_SUGGEST_LENGTH ? trimmed : []) {
    const s = squash(h);
    if (h === "" || Math.abs(s.length - target.length) >= bestD) continue;
    const d = distance(s, target);
    if (d < bestD) [best, bestD] = [h, d];
  }
  if (best === "") throw new CsError("value", "plsIndicatorUnknown", { construct: spec.construct, indicator: name }, where);
  throw new CsError("value", "plsIndicatorUnknownSuggest", { construct: spec.construct, indicator: name, suggestion: best }, where);
}

/** A cycle in the paths, as "A → B → A", or undefined (depth-first search, antecedent edges). */
function findCycle(names: readonly string[], antecedents: readonly number[][]): string | undefined {
  const state = new Array<number>(names.length).fill(0); // 0 new, 1 on the stack, 2 done
  const stack: number[] = [];
  const visit = (j: number): string | undefined => {
    state[j] = 1;
    stack.push(j);
    for (const a of antecedents[j]) {
      if (state[a] === 1) {
        const loop = stack.slice(stack.indexOf(a)).reverse();
        return [...loop, loop[0]].map((k) => names[k]).join(" ← ");
      }
      const found = state[a] === 0 ? visit(a) : undefined;
      if (found) return found;
    }
    stack.pop();
    state[j] = 2;
    return undefined;
  };
  for (let j = 0; j < names.length; j++) {
    const found = state[j] === 0 ? visit(j) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * Resolve the model's names against the data's headers: each indicator's column, each block, each
 * construct's antecedents as indices. Construct names match without case or spaces; an indicator
 * matches its header exactly, else the one header equal without case and spaces. Errors name the
 * construct (and indicator) and, for specs from parsePlsModelTable, the model table's cell.
 * @param specs the constructs (parsePlsModelTable's rows)
 * @param headers the data's header row
 * @returns the model: constructs in the specs' order, indicators block after block
 * @throws {CsError} value plsModelNoConstructs — no specs
 * @throws {CsError} value plsConstructBlank — a construct without a name
 * @throws {CsError} value plsConstructTwice — two constructs with one name
 * @throws {CsError} value plsNoIndicators — a construct without indicators
 * @throws {CsError} value plsIndicatorUnknown — an indicator that is no header
 * @throws {CsError} value plsIndicatorUnknownSuggest — the same, with the closest header
 * @throws {CsError} value plsIndicatorAmbiguous — an indicator heading two data columns
 * @throws {CsError} value plsIndicatorTwice — an indicator in two blocks
 * @throws {CsError} value plsAntecedentUnknown — an antecedent that is no construct
 * @throws {CsError} value plsAntecedentSelf — a construct its own antecedent
 * @throws {CsError} value plsCycle — the paths go round (names the cycle)
 * @throws {CsError} value plsBadMode — a mode other than A or B
 * @throws {CsError} value plsNoEndogenous — no construct has antecedents
 * @example
 * resolvePlsModel([{ construct: "X", indicators: ["a"], antecedents: [], mode: "A" }, { construct: "Y", indicators: ["b"], antecedents: ["x"], mode: "A" }], ["b", "a"]).antecedents; // → [[], [0]]
 * resolvePlsModel([{ construct: "X", indicators: ["sat1"], antecedents: [], mode: "A" }], ["sat01"]); // → throws value plsIndicatorUnknownSuggest
 */
export function resolvePlsModel(specs: readonly PlsConstructSpec[], headers: readonly string[]): PlsModel {
  if (!Array.isArray(specs as unknown) || specs.length === 0) throw new CsError("value", "plsModelNoConstructs");
  const names = specs.map((s) => text(s.construct));
  const cell = (s: PlsConstructSpec, field: Field) => (s.at ? { row: s.at.row, column: s.at[field] } : {});
  const indexOf = new Map<string, number>();
  specs.forEach((s, j) => {
    if (names[j] === "") throw new CsError("value", "plsConstructBlank", {}, cell(s, "construct"));
    const first = indexOf.get(squash(names[j]));
    if (first !== undefined) {
      throw new CsError("value", "plsConstructTwice", { construct: names[j], first: specs[first].at?.row ?? first + 1 }, cell(s, "construct"));
    }
    indexOf.set(squash(names[j]), j);
    if (s.mode !== "A" && s.mode !== "B") throw new CsError("value", "plsBadMode", { construct: names[j], value: String(s.mode) }, cell(s, "mode"));
  });
  const indicators: PlsModel["indicators"] = [];
  const blocks: number[][] = [];
  const owner = new Map<number, number>();
  specs.forEach((s, j) => {
    const where = cell(s, "indicators");
    if (s.indicators.length === 0) throw new CsError("value", "plsNoIndicators", { construct: names[j] }, where);
    blocks.push(
      s.indicators.map((name) => {
        const column = findHeader(text(name), headers, s, where);
        const other = owner.get(column);
        if (other !== undefined) throw new CsError("value", "plsIndicatorTwice", { indicator: text(name), first: names[other], second: names[j] }, where);
        owner.set(column, j);
        indicators.push({ name: text(headers[column]), column, construct: j });
        return indicators.length - 1;
      }),
    );
  });
  const antecedents = specs.map((s, j) => [
    // A path written twice is one path.
    ...new Set(
      s.antecedents.map((a) => {
        const k = indexOf.get(squash(text(a)));
        if (k === undefined) throw new CsError("value", "plsAntecedentUnknown", { construct: names[j], antecedent: text(a) }, cell(s, "antecedents"));
        if (k === j) throw new CsError("value", "plsAntecedentSelf", { construct: names[j] }, cell(s, "antecedents"));
        return k;
      }),
    ),
  ]);
  const cycle = findCycle(names, antecedents);
  if (cycle !== undefined) throw new CsError("value", "plsCycle", { cycle });
  if (antecedents.every((a) => a.length === 0)) throw new CsError("value", "plsNoEndogenous");
  return { constructs: names, modes: specs.map((s) => s.mode), indicators, blocks, antecedents };
}
