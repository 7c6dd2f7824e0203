/**
 * The rest of a sample: total − part, fieldwise. Every accumulator is a sum, so the statistics of
 * the respondents outside a segment are the total's minus the segment's (the segment is a subset
 * of the total) — what a test of "this segment against the rest" needs (significance.ts).
 * Sums that cancel to a rounding residue are clamped at 0 (a count or a weight sum is never
 * negative). Never throws; the caller passes a part that is a subset of the total.
 */
import type { CrossProducts } from "./crossProducts";
import type { Moments } from "./moments";
import type { NpsCounts } from "./npsCounts";

const atLeast0 = (x: number): number => (x > 0 ? x : 0);

/**
 * Moments of total − part, fieldwise (clamped at 0 where a sum must be non-negative). No answers
 * are read, so there is no blank policy. Never throws.
 * @param total the moments of the whole sample
 * @param part the moments of a subset of it (a segment)
 * @returns the moments of the rest
 * @example
 * restMoments(vectorMoments([1, 2, 3]), vectorMoments([3])); // → { n: 2, sumW: 2, sumW2: 2, sum: 3, sumSq: 5 }
 */
export function restMoments(total: Moments, part: Moments): Moments {
  return {
    n: atLeast0(total.n - part.n),
    sumW: atLeast0(total.sumW - part.sumW),
    sumW2: atLeast0(total.sumW2 - part.sumW2),
    sum: total.sum - part.sum,
    sumSq: atLeast0(total.sumSq - part.sumSq),
  };
}

/**
 * NPS counts of total − part (Σw² absent = unweighted, as npsCounts reads it). Never throws.
 * @param total the counts of the whole sample
 * @param part the counts of a subset of it
 * @returns the counts of the rest
 * @example
 * restNpsCounts(npsCounts([10, 9, 6]), npsCounts([6])); // → { promoters: 2, passives: 0, detractors: 0, sumW2: 2 }
 */
export function restNpsCounts(total: NpsCounts, part: NpsCounts): NpsCounts {
  const w2 = (c: NpsCounts): number => c.sumW2 ?? c.promoters + c.passives + c.detractors;
  return {
    promoters: atLeast0(total.promoters - part.promoters),
    passives: atLeast0(total.passives - part.passives),
    detractors: atLeast0(total.detractors - part.detractors),
    sumW2: atLeast0(w2(total) - w2(part)),
  };
}

/**
 * Level counts (or any table of weighted counts) of total − part. Never throws.
 * @param total the counts of the whole sample
 * @param part the counts of a subset of it (a missing entry counts 0)
 * @returns the counts of the rest
 * @example
 * restCounts([3, 5, 2], [1, 2]); // → [2, 3, 2]
 */
export function restCounts(total: readonly number[], part: readonly number[]): number[] {
  return total.map((x, i) => atLeast0(x - (part[i] ?? 0)));
}

/**
 * Cross-products of total − part (both about the same shift, both mirrored or both not). Never throws.
 * @param total the cross-products of the whole sample
 * @param part the cross-products of a subset of it
 * @returns the cross-products of the rest
 * @example
 * const t = emptyCrossProducts([0]);
 * addCrossRow(t, [2], 1, 1);
 * addCrossRow(t, [3], 1, 1);
 * const s = emptyCrossProducts([0]);
 * addCrossRow(s, [3], 1, 1);
 * const r = restCrossProducts(t, s);
 * [r.n, r.sum, r.cross]; // → [1, [2], [4]]
 */
export function restCrossProducts(total: CrossProducts, part: CrossProducts): CrossProducts {
  return {
    n: atLeast0(total.n - part.n),
    sumW: atLeast0(total.sumW - part.sumW),
    sumW2: atLeast0(total.sumW2 - part.sumW2),
    shift: total.shift.slice(),
    sum: total.sum.map((x, i) => x - part.sum[i]),
    cross: total.cross.map((x, i) => x - part.cross[i]),
  };
}
