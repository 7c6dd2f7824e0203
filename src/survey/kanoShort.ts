/**
 * Reading the 3-point short form of a Kano question (1 like, 2 neutral, 3 dislike): numbers 1–3,
 * or the like / neutral / dislike wordings of the Kano answer lists in en, zh-CN and es
 * (src/i18n/<lang>/answers.ts: "I like it", "喜欢", "Me gusta" → 1; "I am neutral", "无所谓",
 * "Me es indiferente" → 2; "I dislike it", "不喜欢", "No me gusta" → 3). A must-be or live-with
 * wording is not a short-form answer (the form does not ask it): an error, never a guess.
 * Blanks as parseKanoAnswer: empty cells, non-answers and 0 → null.
 */
import { CsError } from "../engine/errors";
import { isBlankCell } from "./cells";
import { classifyText } from "./labels";
import { displayValue } from "./parse";
import type { CellWhere, KanoAnswer } from "./types";

/** Short-form answer of each 5-point Kano label (must-be and live-with have none). */
const FROM_FIVE: readonly (KanoAnswer | undefined)[] = [undefined, 1, undefined, 2, undefined, 3];

function notShort(cell: unknown, where: CellWhere): CsError {
  return new CsError("value", "notKanoShortAnswer", { value: displayValue(cell) }, { row: where.row, column: where.column });
}

function shortNumber(value: number, cell: unknown, where: CellWhere): KanoAnswer | null {
  if (value === 1 || value === 2 || value === 3) return value;
  if (value === 0) return null;
  throw notShort(cell, where);
}

/** One short-form Kano answer 1–3 (numbers or like/neutral/dislike labels), or null when blank. */
export function parseKanoShortAnswer(cell: unknown, where: CellWhere): KanoAnswer | null {
  if (typeof cell === "number") return shortNumber(cell, cell, where);
  if (typeof cell !== "string") {
    if (isBlankCell(cell)) return null;
    throw notShort(cell, where);
  }
  const m = classifyText(cell);
  switch (m.kind) {
    case "blank":
      return null;
    case "number":
      return shortNumber(m.value, cell, where);
    case "label": {
      const short = m.kano === undefined ? undefined : FROM_FIVE[m.kano];
      if (short === undefined) throw notShort(cell, where);
      return short;
    }
    case "numbered": {
      const value = shortNumber(m.value, cell, where);
      if (m.kano !== undefined && FROM_FIVE[m.kano] !== value) {
        throw new CsError("value", "kanoLabelDisagrees", { value: displayValue(cell) }, { row: where.row, column: where.column });
      }
      return value;
    }
    default:
      throw notShort(cell, where);
  }
}
