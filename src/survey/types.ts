/**
 * Types shared by the survey parser. `Answer`, `Scale` and `KanoAnswer` are the engine's
 * (src/engine/types.ts, kano.ts), re-exported so survey code and its callers import one place.
 */
import type { Answer, Matrix, Scale } from "../engine/types";
import type { KanoAnswer } from "../engine/kano";
import type { MessageKey, MessageParams } from "../engine/messageKeys";

export type { Answer, KanoAnswer, Matrix, Scale };

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
  /** The full located message, e.g. "row 14, column 3: 'x' is not an answer on the 1–5 scale" (English). */
  message: string;
  /**
   * What `message` says, as a key of src/i18n/messages.ts (e.g. "notOnScale"); the survey parsers
   * set it on every issue. `localizeMessage(issue, lang)` gives the message in another language.
   */
  key?: MessageKey;
  /** The message's parameters: row and column of its location, the value, min/max of the scale, … */
  params?: MessageParams;
}

/** Formats a scale the way messages show it: "1–5" (en dash). */
export function formatScale(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

/** A scale as the engine's options name it (csi, csiFromMeans, topBox, priorityScores). */
export function scaleOptions(scale: Scale): { scaleMin: number; scaleMax: number } {
  return { scaleMin: scale.min, scaleMax: scale.max };
}
