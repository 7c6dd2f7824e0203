/**
 * The one runner of the worksheet functions: converts and checks the raw Excel arguments from a
 * function's argument table (args.ts), calls the body, and turns every failure into an Excel
 * error value. Nothing here throws to Excel: a CsError becomes CustomFunctions.Error with the
 * matching code and its message; any other exception becomes #VALUE! with a message; a result
 * that is not a finite number becomes #NUM!.
 *
 * Error mapping (CsError code → Excel): value → #VALUE!, num → #NUM!, div0 → #DIV/0!, na → #N/A.
 * Excel shows the message only for #VALUE! and #N/A (it replaces it with its generic text for
 * #NUM! and #DIV/0!); the message is kept on every error anyway.
 *
 * A function may add a fast path (FastPath): after the options are converted it reads the raw
 * data ranges itself in one fused pass (scan.ts) and gives the same result, or declines and the
 * general conversion runs from the start. So every problem with a cell is reported by the general
 * path; the other arguments and the statistics go through the same converters and engine code.
 */
import { columnMoments } from "../engine/describe";
import type { CrosshairMode } from "../engine/ipa";
import { CsError, isCsError, locate, type CsErrorCode } from "../engine/errors";
import type { ReportLanguage } from "../report/plan";
import { classifyText, numberFromText } from "../survey/labels";
import { displayValue, parseKanoAnswer, parseMatrix, parseNpsScore, parseRating, parseWeight, ratingParser, type CellParser } from "../survey/parse";
import { scaleFromObserved, type ObservedAnswers } from "../survey/scale";
import type { Answer, CellWhere, Scale } from "../survey/types";
import {
  DATA_KINDS,
  type ArgSpec,
  type ArgsOf,
  type ChoiceSpec,
  type Converted,
  type CrosshairSpec,
  type KanoSpec,
  type LanguageSpec,
  type NumberSpec,
  type Profile,
  type ProfileSpec,
  type RatingsColumnSpec,
  type RatingsSpec,
  type RawArgs,
  type ScaleFrom,
  type ScoresSpec,
} from "./args";
import { isBlankCell } from "../survey/cells";

/** One cell of a result: Excel shows numbers, text, TRUE/FALSE and error values. */
export type Cell = number | string | boolean | CustomFunctions.Error;

export type Range = readonly (readonly unknown[])[];

// ---------------------------------------------------------------------------------------------
// Errors

function excelCode(code: CsErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Any thrown value → an Excel error value with a message (CsError keeps its code). */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isCsError(e)) return new CustomFunctions.Error(excelCode(e.code), e.message);
  const text = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected error: ${text}`);
}

/** Prefix a CsError's message with the argument it concerns ("weights: …"); other errors pass. */
function inArgument(e: unknown, name: string | undefined): unknown {
  if (name === undefined || !isCsError(e)) return e;
  return new CsError(e.code, `${name}: ${e.message}`, { row: e.row, column: e.column });
}

/** Evaluate one cell of a result; a failure becomes that cell's error value (the rest still spill). */
export function attributeCell(fn: () => Cell): Cell {
  try {
    return fn();
  } catch (e) {
    return toExcelError(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Results

/** A result cell as Excel may show it: finite numbers (never −0), text, booleans or an error. */
function resultCell(x: unknown): Cell {
  if (typeof x === "number") {
    if (Number.isFinite(x)) return x === 0 ? 0 : x;
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "the result is not a finite number");
  }
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (x instanceof CustomFunctions.Error) return x;
  if (x === null || x === undefined) return "";
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "unexpected error: the result is not a value");
}

/** A rectangular, non-empty matrix of result cells (short rows padded with ""). */
function resultMatrix(rows: unknown): Cell[][] {
  if (!Array.isArray(rows) || rows.length === 0) return [[""]];
  // A loop, not Math.max(...rows): spreading 200,000 rows overflows the call stack.
  let width = 1;
  for (const r of rows) width = Math.max(width, Array.isArray(r) ? r.length : 1);
  return rows.map((r) => {
    const cells: unknown[] = Array.isArray(r) ? r : [r];
    const out = new Array<Cell>(width);
    for (let c = 0; c < width; c++) out[c] = c < cells.length ? resultCell(cells[c]) : "";
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Cells and ranges

/** True for an omitted argument or an empty text (Excel passes omitted optional arguments as null). */
function isOmitted(raw: unknown): boolean {
  return isBlankCell(raw);
}

/** True for a cell that reads as no answer: empty, white space or a known non-answer label. */
function readsAsNoAnswer(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && classifyText(cell).kind === "blank");
}

/** A non-empty rectangular range, or CsError "value" naming the first ragged row. */
function asRange(raw: unknown): Range {
  if (!Array.isArray(raw)) throw new CsError("value", `'${displayValue(raw)}' is not a range of cells`);
  if (raw.length === 0 || !Array.isArray(raw[0]) || raw[0].length === 0) {
    throw new CsError("value", "the range is empty");
  }
  const width = (raw[0] as unknown[]).length;
  for (let r = 1; r < raw.length; r++) {
    const row: unknown = raw[r];
    const got = Array.isArray(row) ? row.length : 0;
    if (got !== width) {
      throw new CsError("value", `${locate({ row: r + 1 })}has ${got} cells, expected ${width}`, { row: r + 1 });
    }
  }
  return raw as Range;
}

function shapeText(rows: number, cols: number): string {
  return `${rows} row${rows === 1 ? "" : "s"} × ${cols} column${cols === 1 ? "" : "s"}`;
}

/** Cells of one row or one column, in order; CsError "value" ("give one row or one column of …") for a block. */
function vectorOf<T>(m: readonly (readonly T[])[], what: string): T[] {
  if (m.length === 1) return m[0].slice();
  if (m[0].length === 1) return m.map((row) => row[0]);
  throw new CsError("value", `give one row or one column of ${what}, not ${shapeText(m.length, m[0].length)}`);
}

/**
 * What scale detection sees of the cells, in one pass: lo/hi = range of the finite numbers and
 * numeric text (detectRatingScale's negative test); the rest is detectScale's observation (numbers
 * and number-with-label text, Likert labels). Text is classified once per distinct string.
 */
class RatingObservation implements ObservedAnswers {
  lo = Infinity;
  hi = -Infinity;
  numbers = 0;
  min = Infinity;
  max = -Infinity;
  labels = 0;

  add(cell: unknown): void {
    if (typeof cell === "number") {
      if (cell - cell !== 0) return; // NaN, ±Infinity
      this.number(cell);
      if (cell < this.lo) this.lo = cell;
      if (cell > this.hi) this.hi = cell;
    } else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "number" || m.kind === "numbered") {
        this.number(m.value);
        // classifyText's "number" is numberFromText of the trimmed text (numbered text is not a number here).
        if (m.kind === "number" && Number.isFinite(m.value)) {
          if (m.value < this.lo) this.lo = m.value;
          if (m.value > this.hi) this.hi = m.value;
        }
      } else if (m.kind === "label" && m.likert !== undefined) {
        this.labels++;
      }
    }
  }

  private number(x: number): void {
    this.numbers++;
    if (x > this.max) this.max = x;
    if (x < this.min) this.min = x;
  }

  addRange(raw: unknown): void {
    if (!Array.isArray(raw)) return;
    for (const row of raw) if (Array.isArray(row)) for (let c = 0; c < row.length; c++) this.add(row[c]);
  }
}

/**
 * The scale rule of detectRatingScale from what a scan saw: with a negative number (lo < 0) the
 * observed range lo–hi; otherwise survey/scale.ts's rule (scaleFromObserved).
 */
export function ratingScaleFrom(lo: number, hi: number, observed: ObservedAnswers): Scale {
  if (lo < 0) return { min: lo, max: hi };
  const guess = scaleFromObserved(observed);
  return { min: guess.min, max: guess.max };
}

/**
 * Scale of ratings given without scale arguments, guessed from their cells (survey/scale.ts
 * detectScale): labels or answers up to 5 → 1–5, up to 7 → 1–7, up to 10 → 1–10 (0–10 when a 0
 * is seen), up to 100 → 0–100, else the observed range. Extension: when a number is negative
 * (e.g. −2…2 or centred scores) the observed range is the scale, so 0 counts as an answer.
 */
export function detectRatingScale(cells: readonly unknown[]): Scale {
  const o = new RatingObservation();
  for (let i = 0; i < cells.length; i++) o.add(cells[i]);
  return ratingScaleFrom(o.lo, o.hi, o);
}

/** detectRatingScale of the cells of several raw arguments together, read in place (anything tolerated). */
function detectRatingScaleOf(raws: readonly unknown[]): Scale {
  const o = new RatingObservation();
  for (const raw of raws) o.addRange(raw);
  return ratingScaleFrom(o.lo, o.hi, o);
}

// ---------------------------------------------------------------------------------------------
// Scalar arguments

function optionalNumber(spec: NumberSpec, raw: unknown): number {
  if (isOmitted(raw)) return spec.default;
  let x: number;
  if (typeof raw === "number") x = raw;
  else if (typeof raw === "string") x = numberFromText(raw);
  else x = NaN;
  if (Number.isNaN(x) && typeof raw !== "number") {
    throw new CsError("value", `'${displayValue(raw)}' is not a number`);
  }
  if (!Number.isFinite(x)) throw new CsError("num", `${displayValue(raw)} is not a finite number`);
  if (spec.integer && !Number.isInteger(x)) throw new CsError("num", `${x} is not a whole number`);
  const { min, max } = spec;
  if ((min !== undefined && x < min) || (max !== undefined && x > max)) {
    const bounds = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
    throw new CsError("num", `${x} must be ${bounds}`);
  }
  return x;
}

/** JavaScript's `\s` (what trim removes), by code unit: a test per character without a regex call. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Longest key worth building: every choice name is far shorter, so a longer key matches none
 * (and the message quotes the raw text). Why: an option cell can hold a megabyte of text.
 */
const MAX_KEY = 64;

/**
 * "Total strength" / "total-strength" / " TOTAL_STRENGTH " → "total_strength": NFKC, trimmed,
 * lower case, each run of white space and "-" → "_". One pass (a global regex replace pays per
 * run, ~150 ms for a megabyte of ", ." runs), stopping once the key is longer than MAX_KEY.
 */
function choiceKey(text: string): string {
  const s = text.normalize("NFKC").trim();
  let out = "";
  let inRun = false;
  for (let i = 0; i < s.length && out.length <= MAX_KEY; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || isSpaceCode(c)) {
      if (!inRun) out += "_";
      inRun = true;
    } else {
      out += s[i];
      inRun = false;
    }
  }
  return out.toLowerCase();
}

function choice(spec: Pick<ChoiceSpec, "values" | "default">, raw: unknown): string {
  if (isOmitted(raw)) return spec.default;
  if (typeof raw === "string") {
    const key = choiceKey(raw);
    const hit = spec.values.find((v) => v === key);
    if (hit !== undefined) return hit;
  }
  throw new CsError("value", `'${displayValue(raw)}' is not known: use one of ${spec.values.join(", ")}`);
}

/**
 * Language of text results: blank = "en"; "en", "zh-CN", "es" in any case, and their regional
 * tags (en-GB, zh-Hans, zh-TW, es-MX, with "-" or "_") as those. Anything else → #VALUE!.
 */
function languageOf(raw: unknown): ReportLanguage {
  if (isOmitted(raw)) return "en";
  // Only the first characters decide ("en", "zh-…", "es-…"): cut before replacing, so a
  // megabyte of text costs one NFKC pass.
  const tag = typeof raw === "string" ? raw.normalize("NFKC").trim().slice(0, MAX_KEY).toLowerCase().replace(/_/g, "-") : "";
  if (tag === "en" || tag.startsWith("en-")) return "en";
  if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  if (tag === "es" || tag.startsWith("es-")) return "es";
  throw new CsError("value", `'${displayValue(raw)}' is not a language of CS Insight: use en, zh-CN or es`);
}

const CROSSHAIRS: readonly string[] = ["mean", "median", "midpoint"];

/** IPA crosshair: a finite number (or numeric text), or mean / median / midpoint; blank = mean. */
function crosshairMode(raw: unknown): CrosshairMode {
  if (isOmitted(raw)) return "mean";
  const x = typeof raw === "number" ? raw : typeof raw === "string" ? numberFromText(raw) : NaN;
  if (Number.isFinite(x)) return x;
  if (typeof raw === "number") throw new CsError("num", `${displayValue(raw)} is not a finite number`);
  const key = typeof raw === "string" ? choiceKey(raw) : "";
  if (CROSSHAIRS.includes(key)) return key as CrosshairMode;
  throw new CsError("value", `'${displayValue(raw)}' is not known: use mean, median, midpoint or a number`);
}

// ---------------------------------------------------------------------------------------------
// Range arguments

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** State of one conversion: converted values and shapes by argument name. */
class Conversion {
  readonly values = new Map<string, unknown>();
  readonly shapes = new Map<string, Shape>();
  private readonly detected = new Map<string, Scale>();

  constructor(
    readonly specs: readonly ArgSpec[],
    readonly raw: readonly unknown[],
  ) {}

  rawOf(name: string): unknown {
    return this.raw[this.specs.findIndex((s) => s.name === name)];
  }

  numberOf(ref: string | number): number {
    return typeof ref === "number" ? ref : (this.values.get(ref) as number);
  }

  shapeOf(name: string): Shape {
    const s = this.shapes.get(name);
    if (s === undefined) throw new Error(`argument table: ${name} is converted later`); // defineArgs prevents it
    return s;
  }

  scale(from: ScaleFrom): Scale {
    if ("detect" in from) {
      // Arguments that detect from the same ranges (GAP's perception and expectation) share one scan.
      const key = from.detect.join("\u0000");
      let scale = this.detected.get(key);
      if (scale === undefined) {
        scale = detectRatingScaleOf(from.detect.map((n) => this.rawOf(n)));
        this.detected.set(key, scale);
      }
      return scale;
    }
    const min = this.numberOf(from.min);
    const max = this.numberOf(from.max);
    if (!(min < max)) {
      const name = (ref: string | number, what: string) => (typeof ref === "string" ? ref : `the scale ${what}`);
      throw new CsError("num", `${name(from.min, "minimum")} ${min} must be less than ${name(from.max, "maximum")} ${max}`);
    }
    return { min, max };
  }

  sameShape(name: string, other: string | undefined, m: Range): void {
    if (other === undefined) return;
    const o = this.shapeOf(other);
    if (o.rows !== m.length || o.cols !== m[0].length) {
      throw new CsError(
        "value",
        `${name} is ${shapeText(m.length, m[0].length)} but ${other} is ${shapeText(o.rows, o.cols)}: they must have the same rows and columns`,
      );
    }
  }
}

/** Column means of parsed ratings; null for a column without answers. */
function meansOrNull(values: readonly (readonly Answer[])[]): (number | null)[] {
  return columnMoments(values).map((m) => (m.sumW > 0 ? m.sum / m.sumW : null));
}

/**
 * A row of values (means, weights or derived importance, one per attribute): any finite number
 * (0 and negatives included) or numeric text; blanks → null; other text is read as a rating
 * label on `scale` ("Very important" → 5 on 1–5), else CsError "value" naming the cell.
 */
function parseValueRow(row: readonly unknown[], scale: Scale): (number | null)[] {
  return row.map((cell, c) => {
    if (readsAsNoAnswer(cell)) return null;
    const x = typeof cell === "number" ? cell : typeof cell === "string" ? numberFromText(cell) : NaN;
    if (Number.isFinite(x)) return x;
    return parseRating(cell, scale, { row: 1, column: c + 1 });
  });
}

/** Attribute weights: all blank = equal weights; otherwise every attribute needs one. */
function parseAttributeWeight(cell: unknown, where: CellWhere): number {
  if (readsAsNoAnswer(cell)) {
    throw new CsError("value", `${locate(where)}the weight is blank: give every attribute a weight, or leave all blank for equal weights`, {
      row: where.row,
      column: where.column,
    });
  }
  return parseWeight(cell, where);
}

function weightsVector(raw: unknown, parseOne: CellParser<number>, what: string): number[] | undefined {
  if (isOmitted(raw)) return undefined;
  const range = asRange(raw);
  if (range.every((row) => row.every(readsAsNoAnswer))) return undefined;
  return vectorOf(parseMatrix(range, parseOne), what);
}

function convertRange(spec: ArgSpec, conv: Conversion): unknown {
  const raw = conv.raw[conv.specs.indexOf(spec)];
  const name = spec.name;
  switch (spec.kind) {
    case "ratings": {
      const m = asRange(raw);
      conv.sameShape(name, spec.sameShapeAs, m);
      const scale = conv.scale(spec.scale);
      conv.shapes.set(name, { rows: m.length, cols: m[0].length });
      return { values: parseMatrix(m, ratingParser(scale)), scale };
    }
    case "ratingsColumn": {
      const m = asRange(raw);
      if (m[0].length !== 1) {
        throw new CsError("value", `must be one column (one answer per respondent), not ${shapeText(m.length, m[0].length)}`);
      }
      if (spec.sameRowsAs !== undefined) {
        const o = conv.shapeOf(spec.sameRowsAs);
        if (o.rows !== m.length) {
          throw new CsError("value", `${m.length} rows given for the ${o.rows} rows of ${spec.sameRowsAs}: they must pair up`);
        }
      }
      const scale = conv.scale(spec.scale);
      conv.shapes.set(name, { rows: m.length, cols: 1 });
      return { values: parseMatrix(m, ratingParser(scale)).map((r) => r[0]), scale };
    }
    case "profile": {
      const m = asRange(raw);
      const cols = m[0].length;
      if (spec.sameColumnsAs !== undefined) {
        const o = conv.shapeOf(spec.sameColumnsAs);
        if (o.cols !== cols) {
          throw new CsError("value", `${cols} attributes (columns) given for the ${o.cols} of ${spec.sameColumnsAs}: they must pair up`);
        }
      }
      const scale = conv.scale(spec.scale);
      conv.shapes.set(name, { rows: m.length, cols });
      const profile: Profile =
        m.length === 1
          ? { means: parseValueRow(m[0], scale), scale, fromRatings: false }
          : { means: meansOrNull(parseMatrix(m, ratingParser(scale))), scale, fromRatings: true };
      return profile;
    }
    case "kano": {
      const m = asRange(raw);
      conv.sameShape(name, spec.sameShapeAs, m);
      conv.shapes.set(name, { rows: m.length, cols: m[0].length });
      return parseMatrix(m, parseKanoAnswer);
    }
    case "scores": {
      const scores = vectorOf(parseMatrix(asRange(raw), parseNpsScore), "scores");
      conv.shapes.set(name, { rows: scores.length, cols: 1 }); // one respondent per score
      return scores;
    }
    case "attributeWeights": {
      const w = weightsVector(raw, parseAttributeWeight, "weights (one per attribute)");
      const k = conv.shapeOf(spec.of).cols;
      if (w !== undefined && w.length !== k) throw new CsError("value", `${w.length} given for ${k} attributes (columns of ${spec.of})`);
      return w;
    }
    case "caseWeights": {
      const w = weightsVector(raw, parseWeight, "case weights (one per respondent)");
      const n = conv.shapeOf(spec.of).rows;
      if (w !== undefined && w.length !== n) throw new CsError("value", `${w.length} given for ${n} respondents (rows of ${spec.of})`);
      return w;
    }
    default:
      throw new Error(`argument table: ${spec.kind} is not a range kind`);
  }
}

/**
 * Convert and check every argument: scalar options first (ranges may read their scale from
 * them), then the ranges in table order. Messages name the argument unless it is the function's
 * only data range ("weights: …", "expectation: row 3, column 2: …").
 */
function convertAll<const T extends readonly ArgSpec[]>(specs: T, raw: RawArgs<T>): ArgsOf<T> {
  const conv = convertOptions(specs, raw);
  convertRanges(conv, () => true);
  return Object.fromEntries(conv.values) as ArgsOf<T>;
}

type OptionSpec = NumberSpec | ChoiceSpec | CrosshairSpec | LanguageSpec;
type DataSpec = RatingsSpec | RatingsColumnSpec | ProfileSpec | KanoSpec | ScoresSpec;

function isOption(s: ArgSpec): s is OptionSpec {
  return s.kind === "number" || s.kind === "choice" || s.kind === "crosshair" || s.kind === "language";
}

/** Messages name the argument unless it is the function's only data range. */
function converting(conv: Conversion, s: ArgSpec, f: () => unknown): void {
  try {
    conv.values.set(s.name, f());
  } catch (e) {
    const dataRanges = conv.specs.filter((x) => DATA_KINDS.has(x.kind)).length;
    throw inArgument(e, DATA_KINDS.has(s.kind) && dataRanges === 1 ? undefined : s.name);
  }
}

/** The argument count, then the scalar options (numbers, choices, crosshair, language). */
function convertOptions(specs: readonly ArgSpec[], raw: unknown): Conversion {
  const rawList = raw as readonly unknown[];
  if (rawList.length > specs.length) {
    throw new CsError("value", `${rawList.length} arguments given, at most ${specs.length} expected`);
  }
  const conv = new Conversion(specs, rawList);
  specs.forEach((s, i) => {
    if (s.kind === "number") converting(conv, s, () => optionalNumber(s, rawList[i]));
    else if (s.kind === "choice") converting(conv, s, () => choice(s, rawList[i]));
    else if (s.kind === "crosshair") converting(conv, s, () => crosshairMode(rawList[i]));
    else if (s.kind === "language") converting(conv, s, () => languageOf(rawList[i]));
  });
  return conv;
}

/** The range arguments that `which` selects, in table order. */
function convertRanges(conv: Conversion, which: (s: ArgSpec) => boolean): void {
  for (const s of conv.specs) if (!isOption(s) && which(s)) converting(conv, s, () => convertRange(s, conv));
}

// ---------------------------------------------------------------------------------------------
// Fast paths

/** The converted options of a table, by name. */
export type OptionsOf<T extends readonly ArgSpec[]> = {
  readonly [S in Extract<T[number], OptionSpec> as S["name"]]: Converted<S>;
};
/** The names of a table's data ranges (ratings, Kano answers, …). */
export type DataNames<T extends readonly ArgSpec[]> = Extract<T[number], DataSpec>["name"];
/** Every converted argument except the data ranges (options, weights). */
export type RestOf<T extends readonly ArgSpec[]> = {
  readonly [S in Exclude<T[number], DataSpec> as S["name"]]: Converted<S>;
};

/** What a fast path sees of a call. */
export interface FastArgs<T extends readonly ArgSpec[]> {
  /** The converted options (already checked, errors as usual). */
  readonly options: OptionsOf<T>;
  /** False for an omitted argument (or empty text). */
  given(name: T[number]["name"]): boolean;
  /** A data range's raw cells when it is a non-empty rectangular range, else undefined. */
  cells(name: DataNames<T>): Range | undefined;
  /**
   * After the fast path has read every data range itself (with these shapes): the other range
   * arguments (weights), converted and checked as usual, in table order.
   */
  rest(shapes: { readonly [K in DataNames<T>]: Shape }): RestOf<T>;
}

/**
 * A fused fast path of a function: reads the raw data ranges in one pass and returns the result,
 * or undefined when any cell needs the general conversion (labels on a detected scale, off-scale
 * values, ragged ranges, …), which then runs from the start and reports the first problem as
 * usual. It must give exactly the general path's result (tests compare both).
 */
export type FastPath<T extends readonly ArgSpec[], R> = (f: FastArgs<T>) => R | undefined;

/** Set FAST_PATHS.enabled = false to run only the general path (tests compare both paths). */
export const FAST_PATHS = { enabled: true };

/** The raw argument as a non-empty rectangular range, or undefined. */
function rectangular(raw: unknown): Range | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const first: unknown = raw[0];
  if (!Array.isArray(first) || first.length === 0) return undefined;
  const width = first.length;
  for (let r = 1; r < raw.length; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row) || row.length !== width) return undefined;
  }
  return raw as Range;
}

function fastArgs<T extends readonly ArgSpec[]>(conv: Conversion): FastArgs<T> {
  return {
    options: Object.fromEntries(conv.values) as OptionsOf<T>,
    given: (name) => !isOmitted(conv.rawOf(name)),
    cells: (name) => rectangular(conv.rawOf(name)),
    rest: (shapes) => {
      for (const [name, shape] of Object.entries(shapes) as [string, Shape][]) conv.shapes.set(name, shape);
      convertRanges(conv, (s) => !DATA_KINDS.has(s.kind));
      return Object.fromEntries(conv.values) as RestOf<T>;
    },
  };
}

/** The fast path's result, or undefined to take the general path. */
function tryFast<T extends readonly ArgSpec[], R>(specs: T, raw: RawArgs<T>, fast: FastPath<T, R> | undefined): R | undefined {
  if (fast === undefined || !FAST_PATHS.enabled) return undefined;
  return fast(fastArgs<T>(convertOptions(specs, raw)));
}

/** Rows × columns of a range. */
export function shapeOf(m: Range): Shape {
  return { rows: m.length, cols: m[0].length };
}

// ---------------------------------------------------------------------------------------------
// Runners

/** Run a function with a single-value result; never throws. */
export function runScalar<const T extends readonly ArgSpec[], R extends number | string | boolean>(
  specs: T,
  raw: RawArgs<T>,
  body: (a: ArgsOf<T>) => R,
  fast?: FastPath<T, R>,
): R | CustomFunctions.Error {
  try {
    // resultCell keeps the type of a value (a number stays a number or becomes an error).
    const quick = tryFast(specs, raw, fast);
    if (quick !== undefined) return resultCell(quick) as R | CustomFunctions.Error;
    return resultCell(body(convertAll(specs, raw))) as R | CustomFunctions.Error;
  } catch (e) {
    return toExcelError(e);
  }
}

/**
 * Run a function with a spilled (matrix) result; never throws. A failure of the whole function
 * is a 1×1 matrix holding the error value; failures of single cells stay in their cells.
 */
export function runSpill<const T extends readonly ArgSpec[]>(
  specs: T,
  raw: RawArgs<T>,
  body: (a: ArgsOf<T>) => readonly (readonly Cell[])[],
  fast?: FastPath<T, readonly (readonly Cell[])[]>,
): Cell[][] {
  try {
    const quick = tryFast(specs, raw, fast);
    if (quick !== undefined) return resultMatrix(quick);
    return resultMatrix(body(convertAll(specs, raw)));
  } catch (e) {
    return [[toExcelError(e)]];
  }
}
