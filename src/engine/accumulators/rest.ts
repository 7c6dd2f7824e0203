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

/** Moments of total − part. */
export function restMoments(total: Moments, part: Moments): Moments {
  return {
    n: atLeast0(total.n - part.n),
    sumW: atLeast0(total.sumW - part.sumW),
    sumW2: atLeast0(total.sumW2 - part.sumW2),
    sum: total.sum - part.sum,
    sumSq: atLeast0(total.sumSq - part.sumSq),
  };
}

/** NPS counts of total − part (Σw² absent = unweighted, as npsCounts reads it). */
export function restNpsCounts(total: NpsCounts, part: NpsCounts): NpsCounts {
  const w2 = (c: NpsCounts): number => c.sumW2 ?? c.promoters + c.passives + c.detractors;
  return {
    promoters: atLeast0(total.promoters - part.promoters),
    passives: atLeast0(total.passives - part.passives),
    detractors: atLeast0(total.detractors - part.detractors),
    sumW2: atLeast0(w2(total) - w2(part)),
  };
}

/** Level counts (or any table of weighted counts) of total − part. */
export function restCounts(total: readonly number[], part: readonly number[]): number[] {
  return total.map((x, i) => atLeast0(x - (part[i] ?? 0)));
}

/** Cross-products of total − part (both about the same shift, both mirrored or both not). */
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
