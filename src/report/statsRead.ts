/**
 * How the statistics accumulator reads the cells of one row and checks its layout: an answer on
 * its scale, a whole-number score or Kano answer, or blank (the survey's one blank rule).
 */
import { CsError } from "../engine/errors";
import { isBlankCell } from "../survey/cells";
import type { StatsCell, StatsLayout } from "./statsTypes";

export function answerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number): number | null {
  const x = row[col];
  if (typeof x === "number") {
    if (x >= lo && x <= hi) return x;
    const at = { row: r, column: col + 1 };
    if (x - x !== 0) throw new CsError("value", "notANumber", { value: String(x) }, at);
    throw new CsError("num", "outsideScale", { value: x, min: lo, max: hi }, at);
  }
  if (isBlankCell(x)) return null;
  throw new CsError("value", "textNotANumber", { value: String(x) }, { row: r, column: col + 1 });
}

/** An answer that must be a whole number on lo–hi: a recommend score (0–10) or a Kano answer (1–5). */
export function integerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number, what: "score" | "kano"): number | null {
  const x = answerAt(row, col, lo, hi, r);
  if (x !== null && !Number.isInteger(x)) {
    const at = { row: r, column: col + 1 };
    if (what === "kano") throw new CsError("num", "notKanoNumber", { value: x }, at);
    throw new CsError("num", "notWholeScore", { value: x, min: lo, max: hi }, at);
  }
  return x;
}

export function checkLayout(layout: StatsLayout): void {
  const positions = (l: StatsLayout): number[] => {
    const out: number[] = [];
    for (const a of l.attributes) for (const c of Object.values(a.columns)) if (c !== undefined) out.push(c);
    if (l.overall !== undefined) out.push(l.overall);
    if (l.recommend !== undefined) out.push(l.recommend);
    if (l.segment) out.push(l.segment.column);
    if (l.period) out.push(l.period.column);
    return out;
  };
  for (const p of positions(layout)) {
    if (!Number.isInteger(p) || p < 0) {
      throw new CsError("value", "layoutPosition", { position: String(p) });
    }
  }
  for (const a of layout.attributes) {
    const hasF = a.columns.kanoFunctional !== undefined;
    const hasD = a.columns.kanoDysfunctional !== undefined;
    if (hasF !== hasD) {
      throw new CsError("value", "kanoPairIncomplete", { attribute: a.name });
    }
  }
}

/**
 * Questionable Kano pairs of one row (like/like or dislike/dislike, Kano et al. 1984) over the
 * attributes' Kano columns [functional, dysfunctional]; the answers are validated as integerAt.
 */
export function kanoQuestionableAt(row: readonly StatsCell[], pairs: readonly (readonly [number, number])[], r: number): number {
  let q = 0;
  for (const [kf, kd] of pairs) {
    const f = integerAt(row, kf, 1, 5, r, "kano");
    if (f !== null && (f === 1 || f === 5) && integerAt(row, kd, 1, 5, r, "kano") === f) q++;
  }
  return q;
}

/** The given case weights must be one per respondent. */
export function checkCaseWeightCount(caseWeights: ArrayLike<number> | undefined, respondents: number): void {
  if (caseWeights !== undefined && caseWeights.length !== respondents) {
    throw new CsError("value", "caseWeightCount", { given: caseWeights.length, rows: respondents });
  }
}
