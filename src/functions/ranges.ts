/**
 * Range arguments as Excel passes them (rows of cells): shape checks and the readers of the
 * small ranges (a row of values, attribute and case weights). The data ranges themselves are
 * read by survey/parse.ts (parseMatrix with the parser of their kind).
 */
import { columnMoments } from "../engine/describe";
import { CsError } from "../engine/errors";
import { classifyText, numberFromText } from "../survey/labels";
import { displayValue, parseMatrix, parseRating, parseWeight, type CellParser } from "../survey/parse";
import type { Answer, CellWhere, Scale } from "../survey/types";
import { isOmitted } from "./options";

export type Range = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Rows × columns of a range. */
export function shapeOf(m: Range): Shape {
  return { rows: m.length, cols: m[0].length };
}

/**
 * True for a cell that holds no value: empty, white space or a known non-answer label. (Not
 * parse.ts's blank rule: a 0 here is a value — a weight of 0, a mean of 0.)
 */
export function isNoValueCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && classifyText(cell).kind === "blank");
}

/** A non-empty rectangular range, or CsError "value" naming the first ragged row. */
export function asRange(raw: unknown): Range {
  if (!Array.isArray(raw)) throw new CsError("value", "notACellRange", { value: displayValue(raw) });
  if (raw.length === 0 || !Array.isArray(raw[0]) || raw[0].length === 0) {
    throw new CsError("value", "emptyRange");
  }
  const width = (raw[0] as unknown[]).length;
  for (let r = 1; r < raw.length; r++) {
    const row: unknown = raw[r];
    const got = Array.isArray(row) ? row.length : 0;
    if (got !== width) {
      throw new CsError("value", "rowLength", { got, width }, { row: r + 1 });
    }
  }
  return raw as Range;
}

/** The raw argument as a non-empty rectangular range, or undefined (asRange without the message). */
export function rectangular(raw: unknown): Range | undefined {
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

/** Cells of one row or one column, in order; CsError "value" ("give one row or one column of …") for a block. */
export function vectorOf<T>(m: readonly (readonly T[])[], what: string): T[] {
  if (m.length === 1) return m[0].slice();
  if (m[0].length === 1) return m.map((row) => row[0]);
  throw new CsError("value", "vectorShape", { what, rows: m.length, columns: m[0].length });
}

/** Column means of parsed ratings; null for a column without answers. */
export function meansOrNull(values: readonly (readonly Answer[])[]): (number | null)[] {
  return columnMoments(values).map((m) => (m.sumW > 0 ? m.sum / m.sumW : null));
}

/**
 * A row of values (means, weights or derived importance, one per attribute): any finite number
 * (0 and negatives included) or numeric text; blanks → null; other text is read as a rating
 * label on `scale` ("Very important" → 5 on 1–5), else CsError "value" naming the cell.
 */
export function parseValueRow(row: readonly unknown[], scale: Scale): (number | null)[] {
  return row.map((cell, c) => {
    if (isNoValueCell(cell)) return null;
    const x = typeof cell === "number" ? cell : typeof cell === "string" ? numberFromText(cell) : NaN;
    if (Number.isFinite(x)) return x;
    return parseRating(cell, scale, { row: 1, column: c + 1 });
  });
}

/** Attribute weights: all blank = equal weights; otherwise every attribute needs one. */
export function parseAttributeWeight(cell: unknown, where: CellWhere): number {
  if (isNoValueCell(cell)) {
    throw new CsError("value", "attributeWeightBlank", {}, { row: where.row, column: where.column });
  }
  return parseWeight(cell, where);
}

/** A row or column of weights; undefined when omitted or all blank. */
export function weightsVector(raw: unknown, parseOne: CellParser<number>, what: string): number[] | undefined {
  if (isOmitted(raw)) return undefined;
  const range = asRange(raw);
  if (range.every((row) => row.every(isNoValueCell))) return undefined;
  return vectorOf(parseMatrix(range, parseOne), what);
}
