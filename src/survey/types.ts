/**
 * Types shared by the survey parser. `Answer` and `KanoAnswer` are the engine's types
 * (notes/ENGINE-API.md); they are declared here until src/engine/types.ts exists.
 */
/** One answer: a number on the column's scale, or null for "no answer" (blank). */
export type Answer = number | null;
/** Kano answer code: 1 like, 2 must-be/expect, 3 neutral, 4 live-with, 5 dislike. */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;

/** An answer scale, both ends included (1–5, 1–7, 1–10, 0–10, …). */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** Where a cell is: 1-based row and column (for survey sheets, row 1 is the header row). */
export interface CellWhere {
  row: number;
  column: number;
}

/** One cell the lenient parser could not read; it was skipped (read as blank). */
export interface ParseIssue {
  /** 1-based row (survey sheets: row 1 = header row, data row i is row i + 1). */
  row: number;
  /** 1-based column within the range. */
  column: number;
  /** The cell as text, truncated to 40 characters (written to reports as text, never as a formula). */
  value: string;
  /** The full located message, e.g. "row 14, column 3: 'x' is not an answer on the 1–5 scale". */
  message: string;
}

/** Formats a scale the way messages show it: "1–5" (en dash). */
export function formatScale(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}
