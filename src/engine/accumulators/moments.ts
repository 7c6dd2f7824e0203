/**
 * Moments accumulator: n, Σw, Σw², Σw·x, Σw·x² of one variable — the sufficient statistics of a
 * (frequency-weighted) mean and variance. Power sums are additive, so merge is a fieldwise sum:
 * merge(moments(A), moments(B)) = moments(A ∪ B) (Chan, Golub & LeVeque 1979, without re-centring).
 * Results: describe.ts (momentsMean, momentsVariance, meanIntervalFromMoments).
 */
import { CsError } from "../errors";
import { isFiniteNumber, notANumber, show } from "../validate";
import { sumFieldsInto } from "./fieldSums";

/**
 * Mergeable moments of one column. n = answers (with weight > 0), sumW = Σw, sumW2 = Σw²,
 * sum = Σw·x, sumSq = Σw·x². Unweighted: every w = 1, so sumW = sumW2 = n.
 */
export interface Moments {
  n: number;
  sumW: number;
  sumW2: number;
  sum: number;
  sumSq: number;
}

const MOMENT_SUMS = ["n", "sumW", "sumW2", "sum", "sumSq"] as const;

/** Empty moments: all sums 0 — the identity of mergeMoments. Never throws. */
export function emptyMoments(): Moments {
  return { n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 };
}

/**
 * Add one answer x with case weight w (default 1) to `m`, in place (for streaming loops).
 * Weight 0 adds nothing. Throws CsError "value" for a non-finite x, "num" for a negative or
 * non-finite w. Blanks are the caller's business (do not call it for a blank).
 */
export function addToMoments(m: Moments, x: number, w = 1): void {
  if (!isFiniteNumber(x)) notANumber(x);
  if (!isFiniteNumber(w) || w < 0) {
    throw new CsError("num", "badCaseWeight", { value: show(w) });
  }
  if (w === 0) return;
  addMomentUnchecked(m, x, w);
}

/** Add (x, w) without validation, for hot loops whose caller has checked x finite and w > 0. */
export function addMomentUnchecked(m: Moments, x: number, w: number): void {
  m.n += 1;
  m.sumW += w;
  m.sumW2 += w * w;
  m.sum += w * x;
  m.sumSq += w * x * x;
}

/** Merge `b` into `a` in place (fieldwise sum). Never throws. */
export function mergeMomentsInto(a: Moments, b: Moments): void {
  sumFieldsInto(a, b, MOMENT_SUMS);
}

/** Merge moments: a new object holding the fieldwise sum, = the moments of both data sets together. Never throws. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  const out = emptyMoments();
  mergeMomentsInto(out, a);
  mergeMomentsInto(out, b);
  return out;
}
