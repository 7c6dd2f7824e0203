/**
 * Cells → answers. One parser per kind of answer, each with its blank policy:
 *
 * | parser          | answer                        | blank (→ null)                                                     |
 * |-----------------|-------------------------------|--------------------------------------------------------------------|
 * | parseRating     | number within the scale       | "", null, undefined, white space, non-answer labels, 0 outside scale |
 * | parseKanoAnswer | 1..5 integer or Kano label    | same, 0 included (0 is never a Kano answer)                        |
 * | parseNpsScore   | 0..10 integer (0 is an answer)| "", null, undefined, white space, non-answer labels                |
 * | parseWeight     | finite number ≥ 0             | never: a blank weight is an error                                  |
 *
 * Excel passes the empty cells of a number matrix to custom functions as 0, hence "0 outside
 * the scale is blank"; text "0" follows the same rule (many exports code "missing" as 0).
 * Anything else — a value outside the scale, NaN/±Infinity, TRUE/FALSE, unknown text, Excel
 * error values such as "#N/A", objects — throws CsError "value" (weights: "num" for negative or
 * infinite numbers), with a message naming row, column and the value:
 * "row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale".
 *
 * Numbers take a fast path (a typeof and a range check, no string work); text is classified
 * once per distinct string (labels.ts caches), so label-coded columns are fast too.
 */
import { CsError, isCsError, type CsErrorCode, type MessageInfo, type MessageParams } from "../engine/errors";
import { renderEnglish } from "../engine/messageText";
import { isBlankCell } from "./cells";
import { classifyText, type TextMeaning } from "./labels";
import { answerPoint, numberedAnswerPoint, type AnswerLabels } from "./labels/context";
import { type Answer, type CellWhere, type KanoAnswer, type ParseIssue, type Scale } from "./types";

/** A parser of one cell; `where` may be reused by the caller between cells (copy it to keep it). */
export type CellParser<T> = (cell: unknown, where: CellWhere) => T;

const MAX_SHOWN = 40;

/** The value as messages show it (without quotes), truncated to 40 characters. */
export function displayValue(cell: unknown): string {
  let s: string;
  if (typeof cell === "string") s = cell;
  else if (typeof cell === "boolean") s = cell ? "TRUE" : "FALSE";
  else if (cell === undefined) s = "";
  else if (cell === null) s = "";
  else if (typeof cell === "number" || typeof cell === "bigint" || typeof cell === "symbol") s = cell.toString();
  else if (typeof cell === "function") s = "[function]";
  else if (cell instanceof Date) s = Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString();
  else {
    try {
      s = JSON.stringify(cell) ?? String(cell);
    } catch {
      s = Object.prototype.toString.call(cell);
    }
  }
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

/** The located error of a cell whose message names the value as shown (`value`) and the scale. */
function failOnScale(
  code: CsErrorCode,
  where: CellWhere,
  cell: unknown,
  key: "notOnScale" | "kanoAnswerOnScale" | "fivePointLabelOnScale" | "excelErrorOnScale" | "notNpsScore" | "excelErrorNps",
  scale: Scale,
): CsError {
  return new CsError(code, key, { value: displayValue(cell), min: scale.min, max: scale.max }, { row: where.row, column: where.column });
}

/** The located error of a cell whose message names the value as shown (`value`). */
function failValue(
  code: CsErrorCode,
  where: CellWhere,
  cell: unknown,
  key: "labelDisagrees" | "notKanoAnswer" | "kanoLabelDisagrees" | "excelErrorKano" | "badWeight",
): CsError {
  return new CsError(code, key, { value: displayValue(cell) }, { row: where.row, column: where.column });
}

function notOnScale(cell: unknown, scale: Scale, where: CellWhere): CsError {
  return failOnScale("value", where, cell, "notOnScale", scale);
}

function isFivePoint(scale: Scale): boolean {
  return scale.max - scale.min === 4;
}

/**
 * The number rule of a rating, without a message (one-pass scans read through it too,
 * survey/cellReader.ts): in the scale → itself; 0 outside the scale → null (blank); any other
 * number → undefined (not an answer).
 */
export function ratingFromNumber(value: number, scale: Scale): Answer | undefined {
  if (value >= scale.min && value <= scale.max) return value;
  return value === 0 ? null : undefined;
}

const BLANK: TextMeaning = { kind: "blank" };
const NOT_AN_ANSWER: TextMeaning = { kind: "unknown" };

/**
 * What a cell that is not a number says, for every parser below: text as classifyText reads it,
 * null and undefined blank (survey/cells.ts), anything else (TRUE, an object) no answer — each
 * parser's `default` case.
 */
function classifyCell(cell: unknown): TextMeaning {
  if (typeof cell === "string") return classifyText(cell);
  return isBlankCell(cell) ? BLANK : NOT_AN_ANSWER;
}

/** A number read on a rating scale (ratingFromNumber), or the located error. */
function ratingNumber(value: number, cell: unknown, scale: Scale, where: CellWhere): Answer {
  const answer = ratingFromNumber(value, scale);
  if (answer === undefined) throw notOnScale(cell, scale, where);
  return answer;
}

/**
 * Reads one rating. Numbers in [min, max] are answers (fractions allowed, e.g. slider scales);
 * text numbers ("4", "4.0", "４", "4,5", "4分") likewise; Likert labels map only on 5-point
 * scales, to min + (label − 1) (so 1..5 on 1–5). See the table above for blanks and errors.
 * With `labels` (the column's answer label set, ColumnProposal.answerLabels) text is read as that
 * set's points instead; without it, exactly as before.
 */
export function parseRating(cell: unknown, scale: Scale, where: CellWhere, labels?: AnswerLabels): Answer {
  if (labels !== undefined && typeof cell === "string") return parseLabelledRating(cell, scale, where, labels);
  if (typeof cell === "number") return ratingNumber(cell, cell, scale, where);
  const m = classifyCell(cell);
  switch (m.kind) {
    case "blank":
      return null;
    case "number":
      return ratingNumber(m.value, cell, scale, where);
    case "label":
      if (m.likert === undefined) {
        throw failOnScale("value", where, cell, "kanoAnswerOnScale", scale);
      }
      if (!isFivePoint(scale)) {
        throw failOnScale("value", where, cell, "fivePointLabelOnScale", scale);
      }
      return scale.min + m.likert - 1;
    case "numbered": {
      const value = ratingNumber(m.value, cell, scale, where);
      if (value !== null && m.likert !== undefined && isFivePoint(scale) && scale.min + m.likert - 1 !== value) {
        throw failValue("value", where, cell, "labelDisagrees");
      }
      return value;
    }
    case "excelError":
      throw failOnScale("value", where, cell, "excelErrorOnScale", scale);
    default:
      throw notOnScale(cell, scale, where);
  }
}

/** A point of a k-point label set on the column's scale: only when the scale has k points too. */
function labelOnScale(point: number, labels: AnswerLabels, cell: unknown, scale: Scale, where: CellWhere): number {
  const k = labels.scale.max - labels.scale.min + 1;
  if (scale.max - scale.min + 1 === k) return scale.min + point - labels.scale.min;
  if (k === 5) {
    throw failOnScale("value", where, cell, "fivePointLabelOnScale", scale);
  }
  throw notOnScale(cell, scale, where);
}

/**
 * A text cell of a column whose answers are one platform's label set (labels/context.ts): its
 * wordings are read as that set's points ("Very important" = 4 on Vagias' scale). Numbers and
 * blanks read as without the set. A label the set does not have is not an answer here — not even
 * one the lexicon knows, which belongs to another scale and would be a silently wrong number.
 */
function parseLabelledRating(cell: string, scale: Scale, where: CellWhere, labels: AnswerLabels): Answer {
  const m = classifyText(cell);
  switch (m.kind) {
    case "label":
    case "unknown": {
      const point = answerPoint(labels, cell);
      if (point === undefined) {
        if (m.kind === "label" && m.likert === undefined) {
          throw failOnScale("value", where, cell, "kanoAnswerOnScale", scale);
        }
        throw notOnScale(cell, scale, where);
      }
      return labelOnScale(point, labels, cell, scale, where);
    }
    case "numbered": {
      const value = ratingNumber(m.value, cell, scale, where);
      const point = numberedAnswerPoint(labels, cell);
      const labelled = point === undefined ? undefined : labelOnScale(point, labels, cell, scale, where);
      // The label is checked against the set when it is one of its wordings, else as without it.
      const lexicon = point === undefined && m.likert !== undefined && isFivePoint(scale) ? scale.min + m.likert - 1 : undefined;
      const expected = labelled ?? lexicon;
      if (value !== null && expected !== undefined && expected !== value) {
        throw failValue("value", where, cell, "labelDisagrees");
      }
      return value;
    }
    default:
      return parseRating(cell, scale, where);
  }
}

/**
 * parseRating bound to a scale, for parseMatrix; with `labels` (a column's ColumnProposal.answerLabels)
 * its text is read in that label set's context.
 */
export function ratingParser(scale: Scale, labels?: AnswerLabels): CellParser<Answer> {
  const s: Scale = { min: scale.min, max: scale.max };
  return labels ? (cell, where) => parseRating(cell, s, where, labels) : (cell, where) => parseRating(cell, s, where);
}

/**
 * The number rule of a Kano answer, without a message (as ratingFromNumber): 1..5 → itself; 0 →
 * null (blank); any other number → undefined (not an answer).
 */
export function kanoFromNumber(value: number): KanoAnswer | null | undefined {
  if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5) return value;
  return value === 0 ? null : undefined;
}

function kanoNumber(value: number, cell: unknown, where: CellWhere): KanoAnswer | null {
  const answer = kanoFromNumber(value);
  if (answer === undefined) throw failValue("value", where, cell, "notKanoAnswer");
  return answer;
}

/**
 * Reads one Kano answer: integers 1..5 or a Kano label in en/zh-CN/es ("I like it", "理所当然",
 * "Lo tolero"); 0 and the usual blanks → null.
 */
export function parseKanoAnswer(cell: unknown, where: CellWhere): KanoAnswer | null {
  if (typeof cell === "number") return kanoNumber(cell, cell, where);
  const m = classifyCell(cell);
  switch (m.kind) {
    case "blank":
      return null;
    case "number":
      return kanoNumber(m.value, cell, where);
    case "label":
      if (m.kano === undefined) throw failValue("value", where, cell, "notKanoAnswer");
      return m.kano;
    case "numbered": {
      const value = kanoNumber(m.value, cell, where);
      if (value !== null && m.kano !== undefined && m.kano !== value) {
        throw failValue("value", where, cell, "kanoLabelDisagrees");
      }
      return value;
    }
    case "excelError":
      throw failValue("value", where, cell, "excelErrorKano");
    default:
      throw failValue("value", where, cell, "notKanoAnswer");
  }
}

const NPS_SCALE: Scale = { min: 0, max: 10 };

function npsNumber(value: number, cell: unknown, where: CellWhere): number {
  if (value >= 0 && value <= 10 && Number.isInteger(value)) return value;
  throw failOnScale("value", where, cell, "notNpsScore", NPS_SCALE);
}

/**
 * Reads one likelihood-to-recommend score: whole numbers 0..10 (0 IS an answer here — a detractor);
 * "10 - Extremely likely" reads as 10; blanks as in parseRating except 0.
 */
export function parseNpsScore(cell: unknown, where: CellWhere): Answer {
  if (typeof cell === "number") return npsNumber(cell, cell, where);
  const m = classifyCell(cell);
  switch (m.kind) {
    case "blank":
      return null;
    case "number":
    case "numbered":
      return npsNumber(m.value, cell, where);
    case "excelError":
      throw failOnScale("value", where, cell, "excelErrorNps", NPS_SCALE);
    default:
      throw notOnScale(cell, NPS_SCALE, where);
  }
}

function weightBlank(where: CellWhere): CsError {
  return new CsError("value", "weightBlank", {}, { row: where.row, column: where.column });
}

/**
 * Reads one case weight: a finite number ≥ 0 (numeric text allowed). A blank weight is an error
 * ("value"): a weight column must weigh every respondent; negative or infinite → "num".
 */
export function parseWeight(cell: unknown, where: CellWhere): number {
  let value: number;
  if (typeof cell === "number") value = cell;
  else {
    const m = classifyCell(cell);
    if (m.kind === "blank") throw weightBlank(where);
    if (m.kind !== "number") throw failValue("value", where, cell, "badWeight");
    value = m.value;
  }
  if (value >= 0 && value < Infinity) return value;
  throw failValue(Number.isNaN(value) ? "value" : "num", where, cell, "badWeight");
}

/** Where the top-left cell of a range is: 1-based row and column numbers of messages. */
export interface Origin {
  row: number;
  column: number;
}

const DEFAULT_ORIGIN: Origin = { row: 1, column: 1 };

function rowsOf(cells: unknown): readonly unknown[] {
  if (!Array.isArray(cells)) throw new CsError("value", "notARange");
  return cells;
}

/** Params of a ragged row's messages (located at the row only). */
function raggedParams(row: number, got: number, width: number): MessageParams {
  return { row, got, width };
}

/**
 * Parses a rectangular range with `parseOne`; throws the first CsError (row-major order).
 * Ragged rows throw CsError "value" naming the row. Row/column numbers in messages are
 * origin + offset (origin defaults to row 1, column 1).
 */
export function parseMatrix<T>(cells: readonly (readonly unknown[])[], parseOne: CellParser<T>, origin: Origin = DEFAULT_ORIGIN): T[][] {
  const rows = rowsOf(cells);
  const width = rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  const out: T[][] = new Array<T[]>(rows.length);
  const where: CellWhere = { row: 0, column: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const r = origin.row + i;
    if (!Array.isArray(row) || row.length !== width) {
      const got = Array.isArray(row) ? row.length : 0;
      throw new CsError("value", "rowLength", { got, width }, { row: r });
    }
    const parsed = new Array<T>(width);
    where.row = r;
    for (let j = 0; j < width; j++) {
      where.column = origin.column + j;
      parsed[j] = parseOne(row[j], where);
    }
    out[i] = parsed;
  }
  return out;
}

export interface LenientOptions {
  /** How many issues to list (all are counted); default 1000. */
  maxIssues?: number;
}

export interface LenientResult<T> {
  /** Parsed cells; cells that could not be read are null. */
  matrix: (T | null)[][];
  /** The first `maxIssues` problems, in row-major order. */
  issues: ParseIssue[];
  /** How many problems there were in all. */
  issueCount: number;
}

/** Collects issues up to a limit while counting all of them. */
export class IssueLog {
  readonly issues: ParseIssue[] = [];
  count = 0;
  constructor(readonly limit: number = 1000) {}

  /** Lists a cell; `info` is the message's key and params (see ParseIssue). */
  add(row: number, column: number, cell: unknown, message: string, info?: MessageInfo): void {
    this.count++;
    if (this.issues.length >= this.limit) return;
    const issue: ParseIssue = { row, column, value: displayValue(cell), message };
    if (info) {
      issue.key = info.key;
      issue.params = { ...info.params };
    }
    this.issues.push(issue);
  }

  /** Runs a parser; a CsError becomes an issue and the cell reads as null. */
  parse<T>(parseOne: CellParser<T>, cell: unknown, where: CellWhere): T | null {
    try {
      return parseOne(cell, where);
    } catch (e) {
      if (!isCsError(e)) throw e;
      this.add(where.row, where.column, cell, e.message, e.key ? { key: e.key, params: e.params } : undefined);
      return null;
    }
  }
}

/**
 * Like parseMatrix, but never stops at a bad cell: it reads as null and is listed as a
 * ParseIssue. Short rows are padded with blanks, extra cells are dropped; either is one issue.
 */
export function parseMatrixLenient<T>(
  cells: readonly (readonly unknown[])[],
  parseOne: CellParser<T>,
  origin: Origin = DEFAULT_ORIGIN,
  opts: LenientOptions = {},
): LenientResult<T> {
  const rows = rowsOf(cells);
  const width = rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  const log = new IssueLog(opts.maxIssues ?? 1000);
  const out: (T | null)[][] = new Array<(T | null)[]>(rows.length);
  const where: CellWhere = { row: 0, column: 0 };
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i];
    const row: readonly unknown[] = Array.isArray(raw) ? raw : [];
    const r = origin.row + i;
    if (row.length !== width) {
      const col = origin.column + Math.min(row.length, width);
      const short = row.length < width;
      const info = { key: short ? "rowTooShort" : "rowTooLong", params: raggedParams(r, row.length, width) } as const;
      log.add(r, col, "", renderEnglish(info.key, info.params), info);
    }
    const parsed = new Array<T | null>(width);
    where.row = r;
    for (let j = 0; j < width; j++) {
      where.column = origin.column + j;
      parsed[j] = j < row.length ? log.parse(parseOne, row[j], where) : null;
    }
    out[i] = parsed;
  }
  return { matrix: out, issues: log.issues, issueCount: log.count };
}
