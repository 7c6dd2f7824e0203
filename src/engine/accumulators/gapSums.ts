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

/**
 * Empty gap sums (the moments of P − E, P and E all empty), the identity of merge. Never throws.
 * @returns a new GapStats
 * @example
 * gapOf(emptyGapStats()); // → null
 */
export function emptyGapStats(): GapStats {
  return { gap: emptyMoments(), perception: emptyMoments(), expectation: emptyMoments() };
}

/**
 * Add one checked pair (P, E) with weight w > 0 to the moments of P − E, of P and of E, in place
 * (so the gap is exactly P̄ − Ē on the same respondents; Parasuraman et al. 1988). Never throws.
 * @param g the gap sums (mutated)
 * @param p the perception answer
 * @param e the expectation answer
 * @param w the case weight, > 0
 * @example
 * const g = emptyGapStats();
 * addGapPair(g, 4, 5, 1);
 * addGapPair(g, 3, 5, 1);
 * g.perception; // → { n: 2, sumW: 2, sumW2: 2, sum: 7, sumSq: 25 }
 * gapOf(g); // → -1.5
 */
export function addGapPair(g: GapStats, p: number, e: number, w: number): void {
  addMomentUnchecked(g.gap, p - e, w);
  addMomentUnchecked(g.perception, p, w);
  addMomentUnchecked(g.expectation, e, w);
}

/**
 * Merge gap sums `b` into `a` in place (fieldwise sums of the three moments). Never throws.
 * @param a the gap sums merged into (mutated)
 * @param b the gap sums added
 * @example
 * const a = emptyGapStats();
 * addGapPair(a, 4, 5, 1);
 * const b = emptyGapStats();
 * addGapPair(b, 5, 3, 1);
 * mergeGapStatsInto(a, b);
 * gapOf(a); // → 0.5
 */
export function mergeGapStatsInto(a: GapStats, b: GapStats): void {
  mergeMomentsInto(a.gap, b.gap);
  mergeMomentsInto(a.perception, b.perception);
  mergeMomentsInto(a.expectation, b.expectation);
}

/**
 * The gap P̄ − Ē = Σw(P − E)/Σw over the pairs answered; null when none was. Never throws.
 * @param g gap sums
 * @returns the gap, or null
 * @example
 * const g = emptyGapStats();
 * addGapPair(g, 2, 5, 3);
 * gapOf(g); // → -3
 */
export function gapOf(g: GapStats): number | null {
  return g.gap.sumW > 0 ? g.gap.sum / g.gap.sumW : null;
}
