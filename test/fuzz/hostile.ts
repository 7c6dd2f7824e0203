/**
 * Hostile inputs for the worksheet functions and the checks every result must pass. Shared by
 * the bounded jest run (functions.fuzz.test.ts) and the long run (scripts/fuzz.ts), so both run
 * exactly the same properties; only the number of cases differs.
 *
 * What a result must be, whatever the input: a finite number (never −0), text, a boolean or an
 * Excel error value with a message — or a non-empty rectangular matrix of those — returned
 * (never thrown) within WALL_CLOCK_LIMIT_MS, and inside the function's documented range.
 */
import "../helpers/customFunctionsShim";
import fc from "fast-check";
import { ALPHA, CSI, DRIVERS, GAP, IMPORTANCE, IPA, KANO, LEVELS, NPS, PLS, PRIORITY, RAKE, TOPBOX } from "../../src/functions/functions";
import { quadrantNames } from "../../src/functions/outputs";

/**
 * A call that takes this long is a hang (the inputs here are at most a few thousand cells and a
 * few hundred KB of text, which take milliseconds). Not a performance assertion: the timing
 * guard is scripts/bench-hostile.ts.
 */
export const WALL_CLOCK_LIMIT_MS = 1000;

export type Fn = (...args: unknown[]) => unknown;

/** Every CS.* worksheet function with its parameters (src/functions/functions.ts and its argument tables). */
export const FUNCTIONS: Readonly<Record<string, { fn: Fn; params: readonly ("range" | "option")[] }>> = {
  CSI: { fn: CSI as Fn, params: ["range", "range", "option", "option", "option", "range"] },
  KANO: { fn: KANO as Fn, params: ["range", "range", "option", "option"] },
  GAP: { fn: GAP as Fn, params: ["range", "range", "range", "option"] },
  IPA: { fn: IPA as Fn, params: ["range", "range", "option", "option"] },
  PRIORITY: { fn: PRIORITY as Fn, params: ["range", "range", "option", "option"] },
  NPS: { fn: NPS as Fn, params: ["range", "option", "range"] },
  TOPBOX: { fn: TOPBOX as Fn, params: ["range", "option", "option", "range"] },
  LEVELS: { fn: LEVELS as Fn, params: ["range", "option", "option", "range"] },
  ALPHA: { fn: ALPHA as Fn, params: ["range"] },
  IMPORTANCE: { fn: IMPORTANCE as Fn, params: ["range", "range", "option"] },
  DRIVERS: { fn: DRIVERS as Fn, params: ["range", "range", "option", "option", "range"] },
  RAKE: { fn: RAKE as Fn, params: ["range", "range", "range", "option", "option"] },
  PLS: { fn: PLS as Fn, params: ["range", "range", "option", "option", "range"] },
};
export const FUNCTION_NAMES = Object.keys(FUNCTIONS);

/** Long hostile texts, built once (fast-check would spend its time generating them). */
export function longTexts(size: number): string[] {
  const half = Math.max(1, size >> 1);
  return [
    ",".repeat(size) + "a",
    "。".repeat(size),
    " ".repeat(size) + "x",
    '"'.repeat(size),
    "4" + " ".repeat(size) + "(5)",
    "(" + "1".repeat(size),
    "Very satisfied" + ".".repeat(size) + "!",
    "a" + " \t".repeat(half) + "(4)",
    ", 。.;:!?、…".repeat(Math.max(1, size / 10)) + "z",
    "5 - " + "-".repeat(size) + "x",
    "1".repeat(size),
    "é\u0301".repeat(half),
    "\uD83D\uDE00".repeat(half) + "\uD800",
  ];
}

const ODD_OBJECTS: unknown[] = [
  {},
  { value: 4 },
  Object.create(null),
  [4],
  [[4]],
  [[[[]]]],
  new Date(2024, 0, 1),
  new Date(NaN),
  {
    toString() {
      throw new Error("toString throws");
    },
  },
  {
    toJSON() {
      throw new Error("toJSON throws");
    },
  },
  4n,
  Symbol("cell"),
  () => 4,
  new Map([[1, 2]]),
];
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
ODD_OBJECTS.push(cyclic);

/** One cell Excel (or a careless caller) may pass. `long` = the long texts to draw from. */
export function hostileCell(long: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 12 }) },
    { weight: 2, arbitrary: fc.double() },
    {
      weight: 3,
      arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324, 2.2e-308, 0, -0, 0.5, 4.5, 1e-300),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "",
        "  ",
        "\t",
        "N/A",
        "不知道",
        "NS/NC",
        "-",
        "Very satisfied",
        "非常满意",
        "Muy satisfecho",
        "I like it",
        "喜欢",
        "No me gusta",
        "I dislike it",
        "#N/A",
        "#VALUE!",
        "10 - Extremely likely",
        "Satisfied (4)",
        "4,5",
        "４",
        "5分",
        "1e400",
        "-0",
        "+4",
        " 4 ",
        "0x10",
        "NaN",
        "Infinity",
        "TRUE",
        "FALSE",
        "=1+1",
        "=SUM(A1:A9)",
        "@A1",
        "+CMD|' /C calc'!A0",
        '=HYPERLINK("http://x")',
        "\u0000",
        "\uFEFF4",
        "\u202E5",
        "５ - 非常满意",
        "（4）",
        "4.",
        "4..5",
        "1/2",
        "2024-01-01",
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(",", " ", "。", ".", '"', "(", ")", "4", "-", "a"), maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...long) },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_OBJECTS) },
  );
}

/** A rows × cols block of `cell`. */
export function block<T>(cell: fc.Arbitrary<T>, rows: number, cols: number): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** Rectangular matrices of `cell` up to maxRows × maxCols. */
export function matrixOf(cell: fc.Arbitrary<unknown>, maxRows: number, maxCols: number): fc.Arbitrary<unknown[][]> {
  return fc.tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols })).chain(([r, c]) => block(cell, r, c));
}

/** Huge ranges (one row or one column of thousands of cells; or a block) of a repeated cell. */
function hugeRange(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(cell, fc.constantFrom([1, 3000], [3000, 1], [60, 50], [1, 16384]))
    .map(([v, [r, c]]) => Array.from({ length: r }, () => new Array<unknown>(c).fill(v)));
}

/** Ranges of every kind: rectangular, ragged, empty, huge, not a range at all. */
export function hostileRange(long: readonly string[]): fc.Arbitrary<unknown> {
  const cell = hostileCell(long);
  return fc.oneof(
    { weight: 8, arbitrary: matrixOf(cell, 8, 5) },
    { weight: 2, arbitrary: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.constantFrom([], [[]], [[], []], [[null, null]], [[""], [""]], [[0]], [null], [[1], 2], [undefined]) },
    { weight: 1, arbitrary: hugeRange(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom("", "4", "Satisfied", NaN))) },
    { weight: 1, arbitrary: cell },
  );
}

/** Option values: the names the functions know (in odd spellings), numbers and anything else. */
export function hostileOption(long: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileCell(long) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "category",
        "better",
        "worse",
        "total_strength",
        "Total strength",
        "category-strength",
        "fong",
        "counts",
        "table",
        "overall",
        "attribute",
        "margin",
        " NPS ",
        "max",
        "range",
        "beta",
        "pearson",
        "median",
        "midpoint",
        "mean",
        "zh-CN",
        "es-MX",
        "en",
        "fr",
        "ｍａｘ",
      ),
    },
    { weight: 2, arbitrary: fc.integer({ min: -2, max: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, [[1]], [[1, 2]], [[]]) },
  );
}

/** Mostly valid answers of a 1–5 (or 0–10) scale with blanks and the odd hostile cell. */
export function nearValidCell(long: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 2, arbitrary: fc.constantFrom("", null, "N/A", 0, "Satisfied", "I like it", "4") },
    { weight: 1, arbitrary: hostileCell(long) },
  );
}

/** Weights, valid and extreme: 1e308, denormals, zeros, with the odd hostile one. */
export function weightCell(long: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
    { weight: 4, arbitrary: fc.constantFrom(1e308, 1.7976931348623157e308, 5e-324, 1e-300, 0, 1, 2.5, 1e154, 1e-160) },
    { weight: 1, arbitrary: hostileCell(long) },
  );
}

// ---------------------------------------------------------------------------------------------
// Checks

const ERROR_CODES = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);

export function isExcelError(x: unknown): x is CustomFunctions.Error {
  return x instanceof CustomFunctions.Error;
}

/** One result cell: a finite number (not −0), text, boolean, or an error with a message. */
function checkCell(x: unknown, where: string): void {
  if (typeof x === "number") {
    if (!Number.isFinite(x) || Object.is(x, -0)) throw new Error(`${where}: not a finite number: ${x}`);
  } else if (isExcelError(x)) {
    if (!ERROR_CODES.has(x.code)) throw new Error(`${where}: unknown error code ${String(x.code)}`);
    if (typeof x.message !== "string" || x.message.trim() === "") throw new Error(`${where}: error ${x.code} without a message`);
    if (/\n\s+at /.test(x.message)) throw new Error(`${where}: stack trace in the message: ${x.message.slice(0, 200)}`);
  } else if (typeof x !== "string" && typeof x !== "boolean") {
    throw new Error(`${where}: not a cell value: ${typeof x}`);
  }
}

/** The result's cells, checked for shape: a scalar or a non-empty rectangular matrix. */
export function resultCells(r: unknown): unknown[] {
  if (!Array.isArray(r)) {
    checkCell(r, "result");
    return [r];
  }
  if (r.length === 0 || !Array.isArray(r[0]) || r[0].length === 0) throw new Error("empty spill");
  const width = (r[0] as unknown[]).length;
  const cells: unknown[] = [];
  r.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`ragged spill at row ${i + 1}`);
    row.forEach((x, j) => checkCell(x, `cell ${i + 1},${j + 1}`));
    cells.push(...row);
  });
  return cells;
}

/** The option as the functions read it ("Total strength" → "total_strength"), or "" when it is not text. */
export function optionKey(x: unknown): string {
  return typeof x === "string"
    ? x
        .normalize("NFKC")
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_")
    : "";
}

const within = (x: number, lo: number, hi: number, what: string): void => {
  if (!(x >= lo && x <= hi)) throw new Error(`${what} ${x} is outside ${lo}…${hi}`);
};
const numbers = (cells: readonly unknown[]): number[] => cells.filter((x): x is number => typeof x === "number");
const QUADRANTS = new Set((["en", "zh-CN", "es"] as const).flatMap((l) => Object.values(quadrantNames(l))));
const KANO_CATEGORIES = new Set(["A", "O", "M", "I", "R", "Q", ""]);

/** The documented range of each function's numbers (README, functions.ts); throws when one is outside. */
export function checkRange(name: string, args: readonly unknown[], cells: readonly unknown[]): void {
  const nums = numbers(cells);
  switch (name) {
    case "CSI":
      nums.forEach((x) => within(x, 0, 100, "CSI"));
      break;
    case "NPS":
      // margin: z·100·√(v/n′) with v ≤ 1 and n′ ≥ 1 → at most 1.96·100.
      if (optionKey(args[1]) === "margin") nums.forEach((x) => within(x, 0, 196, "NPS margin"));
      else nums.forEach((x) => within(x, -100, 100, "NPS"));
      break;
    case "TOPBOX":
    case "LEVELS":
    case "PRIORITY":
      nums.forEach((x) => within(x, 0, 1, name));
      break;
    case "ALPHA":
      nums.forEach((x) => within(x, -Number.MAX_VALUE, 1 + 1e-12, "alpha"));
      break;
    case "IMPORTANCE":
      if (optionKey(args[2]) !== "beta") nums.forEach((x) => within(x, -1, 1, "Pearson r"));
      break;
    case "DRIVERS": {
      // Relative weights and Shapley split R² (weights, shares, R² and their intervals in 0…1); r in −1…1; β and the table unbounded.
      const method = optionKey(args[2]) || "relative_weights";
      const out = optionKey(args[3]);
      if (out === "table" || method === "beta") break;
      if (method === "pearson" && out !== "r2") nums.forEach((x) => within(x, -1 - 1e-12, 1 + 1e-12, "Pearson r"));
      else nums.forEach((x) => within(x, -1e-9, 1 + 1e-9, `DRIVERS ${method} ${out || "share"}`));
      break;
    }
    case "PLS": {
      // R² in 0…1 and the index in 0…100 (README, functions.ts).
      if (cells.length === 1) break; // one error cell
      const out = optionKey(args[2]) || "paths";
      if (out === "r2") nums.forEach((x) => within(x, -1e-12, 1 + 1e-12, "PLS r2"));
      if (out === "index") nums.forEach((x) => within(x, -1e-9, 100 + 1e-9, "PLS index"));
      break;
    }
    case "RAKE":
      // Raked weights: finite and ≥ 0 (base weights ≥ 0 times positive factors).
      nums.forEach((x) => within(x, 0, Number.MAX_VALUE, "raked weight"));
      break;
    case "IPA":
      for (const c of cells) if (typeof c === "string" && c !== "" && !QUADRANTS.has(c)) throw new Error(`IPA: '${c}' is not a quadrant`);
      if (nums.length > 0) throw new Error("IPA returned a number");
      break;
    case "KANO": {
      const out = optionKey(args[2]);
      if (out === "better" || out === "total_strength" || out === "category_strength") nums.forEach((x) => within(x, 0, 1, out));
      else if (out === "worse") nums.forEach((x) => within(x, -1, 0, "worse"));
      else if (out === "counts") nums.forEach((x) => within(x, 0, Number.MAX_SAFE_INTEGER, "count"));
      else if (out === "" || out === "category") {
        for (const c of cells) if (typeof c === "string" && !KANO_CATEGORIES.has(c)) throw new Error(`KANO: '${c}' is not a category`);
      }
      break;
    }
    default:
      break;
  }
}

/**
 * Calls a function and checks its result (shape, cells, range, time). Returns the result;
 * throws an Error describing the defect otherwise (a thrown exception is one).
 */
export function callChecked(name: string, args: readonly unknown[]): unknown {
  const { fn } = FUNCTIONS[name];
  const t0 = performance.now();
  let r: unknown;
  try {
    r = fn(...args);
  } catch (e) {
    throw new Error(`${name} threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ms = performance.now() - t0;
  if (ms >= WALL_CLOCK_LIMIT_MS) throw new Error(`${name} took ${Math.round(ms)} ms (a hang)`);
  checkRange(name, args, resultCells(r));
  return r;
}

/** A short, printable description of arguments (long texts, huge ranges and cycles abbreviated). */
export function describeArgs(args: readonly unknown[]): string {
  const seen = new WeakSet<object>();
  let text: string | undefined;
  try {
    text = JSON.stringify(args, (_k, v: unknown) => {
      if (typeof v === "string") return v.length > 40 ? `${v.slice(0, 20)}…(${v.length} chars)` : v;
      if (typeof v === "number" && !Number.isFinite(v)) return String(v);
      if (typeof v === "bigint") return `${v}n`;
      if (typeof v === "symbol" || typeof v === "function") return String(v);
      if (Array.isArray(v) && v.length > 20) return `[${v.length} items: ${JSON.stringify(v[0])?.slice(0, 40)} …]`;
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return "[cycle]";
        seen.add(v);
      }
      return v;
    });
  } catch {
    text = args.map((a) => typeof a).join(", ");
  }
  return (text ?? "").slice(0, 600);
}
