/**
 * Self-stated importance of the Kano features (issue #14 item 2; Berger et al. 1993): per feature
 * with a Kano pair and an importance column, the moments of the importance answers of the
 * respondents who gave both Kano answers (and were kept by kanoMaxQuestionable) — the same rows as
 * the engine's kanoContinuousScores importance, so its mean equals CS.KANO(…, "importance").
 * Beside the stats.ts accumulator, which calls these functions; the sums merge by addition.
 * Blank policy: a blank importance, or a Kano pair with a blank, adds nothing; weight 0 adds nothing.
 */
import { addMomentUnchecked, emptyMoments, mergeMomentsInto } from "../engine/accumulators/moments";
import type { AttributeStats } from "./statsTypes";

/** Start the sums of a feature whose layout has both a Kano pair and an importance column. */
export function startKanoImportance(s: AttributeStats, hasKano: boolean, hasImportance: boolean): void {
  if (hasKano && hasImportance) s.kanoImportance = emptyMoments();
}

/** Add one respondent's importance answer x (validated by the caller) given that both Kano answers are there. */
export function addKanoImportance(s: AttributeStats, x: number | null, w: number): void {
  if (x !== null && w > 0 && s.kanoImportance) addMomentUnchecked(s.kanoImportance, x, w);
}

/** Merge another accumulator's sums of the same feature into `s`. */
export function mergeKanoImportance(s: AttributeStats, o: AttributeStats): void {
  if (s.kanoImportance && o.kanoImportance) mergeMomentsInto(s.kanoImportance, o.kanoImportance);
}
