/**
 * Gap sums accumulator (SERVQUAL, Parasuraman, Zeithaml & Berry 1988): over the pairs where both
 * perception P and expectation E are answered, the moments of P − E and of P and E, so the gap
 * mean is exactly P̄ − Ē on the same respondents. Merge = fieldwise sum.
 */
import { addMomentUnchecked, emptyMoments, mergeMomentsInto, type Moments } from "./moments";

export interface GapStats {
  /** Moments of P − E over the pairs answered. */
  gap: Moments;
  /** Moments of P and of E over the same pairs. */
  perception: Moments;
  expectation: Moments;
}

/** Empty gap sums. Never throws. */
export function emptyGapStats(): GapStats {
  return { gap: emptyMoments(), perception: emptyMoments(), expectation: emptyMoments() };
}

/** Add one checked pair (P, E) with weight w > 0. Never throws. */
export function addGapPair(g: GapStats, p: number, e: number, w: number): void {
  addMomentUnchecked(g.gap, p - e, w);
  addMomentUnchecked(g.perception, p, w);
  addMomentUnchecked(g.expectation, e, w);
}

/** Merge `b` into `a` in place. Never throws. */
export function mergeGapStatsInto(a: GapStats, b: GapStats): void {
  mergeMomentsInto(a.gap, b.gap);
  mergeMomentsInto(a.perception, b.perception);
  mergeMomentsInto(a.expectation, b.expectation);
}

/** The gap P̄ − Ē = Σw(P − E)/Σw; null when no pair was answered. Never throws. */
export function gapOf(g: GapStats): number | null {
  return g.gap.sumW > 0 ? g.gap.sum / g.gap.sumW : null;
}
