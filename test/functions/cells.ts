/** Test helpers for the CS worksheet functions: building ranges and reading results. */
import "../helpers/customFunctionsShim";

/** A column range: one cell per row. */
export function col(values: readonly unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** `counts[i]` copies of `values[i]`, in order. */
export function repeat<T>(counts: readonly number[], values: readonly T[]): T[] {
  return values.flatMap((v, i) => new Array<T>(counts[i]).fill(v));
}

/** Columns (one array per attribute) → rows × columns range. */
export function fromColumns(columns: readonly (readonly unknown[])[]): unknown[][] {
  return columns[0].map((_, r) => columns.map((c) => c[r]));
}

export function isExcelError(x: unknown): x is CustomFunctions.Error {
  return x instanceof CustomFunctions.Error;
}

/** The error a function returned: a scalar error, or a 1×1 spilled error. Fails otherwise. */
export function errorOf(result: unknown): CustomFunctions.Error {
  const e = Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : result;
  if (!isExcelError(e)) throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
  return e;
}

/** Assert `result` is the Excel error `code` ("#VALUE!", …) with a message containing every part. */
export function expectExcelError(result: unknown, code: string, ...parts: string[]): CustomFunctions.Error {
  const e = errorOf(result);
  expect(e.code).toBe(code);
  for (const p of parts) expect(e.message).toContain(p);
  return e;
}

/** The number a scalar function returned (fails on an error). */
export function num(result: unknown): number {
  if (typeof result !== "number") throw new Error(`expected a number, got ${JSON.stringify(result)}`);
  return result;
}

/** The single row a spilled function returned, as plain values (fails on a whole-function error). */
export function row(result: unknown): unknown[] {
  if (!Array.isArray(result) || result.length !== 1 || !Array.isArray(result[0])) {
    throw new Error(`expected one row, got ${JSON.stringify(result)}`);
  }
  if (result[0].length === 1 && isExcelError(result[0][0])) throw new Error(`got an error: ${JSON.stringify(result[0][0])}`);
  return result[0] as unknown[];
}

/** The numbers of a single spilled row. */
export function nums(result: unknown): number[] {
  return row(result).map((x) => {
    if (typeof x !== "number") throw new Error(`expected numbers, got ${JSON.stringify(result)}`);
    return x;
  });
}

/** Kano answer labels by language, index 0 = answer 1 (like) … 4 = answer 5 (dislike). */
export const KANO_WORDS = {
  en: ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"],
  "zh-CN": ["喜欢", "理所当然", "无所谓", "能忍受", "不喜欢"],
  es: ["Me gusta", "Lo espero", "Me es indiferente", "Lo tolero", "No me gusta"],
} as const;

/** Satisfaction labels by language, index 0 = 1 (very dissatisfied) … 4 = 5 (very satisfied). */
export const SATISFACTION_WORDS = {
  en: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  "zh-CN": ["非常不满意", "不满意", "一般", "满意", "非常满意"],
  es: ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
} as const;

export type Language = keyof typeof KANO_WORDS;
export const LANGUAGES: readonly Language[] = ["en", "zh-CN", "es"];

/**
 * The DESIGN §4.2 worked example as answer pairs (25 respondents): O = (like, dislike) ×10,
 * M = (must-be, dislike) ×9, A = (like, must-be) ×1, I = (neutral, neutral) ×2, R = (dislike, like) ×3.
 */
export const KANO_EXAMPLE: { functional: number[]; dysfunctional: number[] } = {
  functional: repeat([10, 9, 1, 2, 3], [1, 2, 1, 3, 5]),
  dysfunctional: repeat([10, 9, 1, 2, 3], [5, 5, 2, 3, 1]),
};
