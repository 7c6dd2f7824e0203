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

/**
 * Empty moments: every sum 0 — the identity of mergeMoments (merge(empty, m) = m).
 * @returns `{ n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 }`, a new object
 * @example
 * emptyMoments(); // → { n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 }
 */
export function emptyMoments(): Moments {
  return { n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 };
}

/**
 * Add one answer x with case weight w to `m`, in place (streaming loops): n += 1, Σw += w,
 * Σw² += w², Σw·x += w·x, Σw·x² += w·x². Variant: frequency weights (w = 2 counts the answer
 * twice); weight 0 adds nothing (the row is absent). Blank policy: the caller skips blanks (do not
 * call it for one).
 * @param m the moments to add to (mutated)
 * @param x the answer, a finite number
 * @param w its case weight, finite and ≥ 0 (default 1)
 * @throws {CsError} value notANumber, textNotANumber, emptyCellNotANumber — x is not a finite number
 * @throws {CsError} num badCaseWeight — w is negative or not finite
 * @example
 * const m = emptyMoments();
 * addToMoments(m, 4);
 * addToMoments(m, 2, 3);
 * m; // → { n: 2, sumW: 4, sumW2: 10, sum: 10, sumSq: 28 }
 * addToMoments(m, 5, -1); // → throws num badCaseWeight
 */
export function addToMoments(m: Moments, x: number, w = 1): void {
  if (!isFiniteNumber(x)) notANumber(x);
  if (!isFiniteNumber(w) || w < 0) {
    throw new CsError("num", "badCaseWeight", { value: show(w) });
  }
  if (w === 0) return;
  addMomentUnchecked(m, x, w);
}

/**
 * Add (x, w) to `m` in place without validation, as addToMoments: for hot loops whose caller has
 * checked x finite and w > 0 (and skipped blanks). Never throws.
 * @param m the moments to add to (mutated)
 * @param x the answer, finite (not checked)
 * @param w its case weight, > 0 (not checked)
 * @example
 * const m = emptyMoments();
 * addMomentUnchecked(m, 5, 2);
 * m; // → { n: 1, sumW: 2, sumW2: 4, sum: 10, sumSq: 50 }
 */
export function addMomentUnchecked(m: Moments, x: number, w: number): void {
  m.n += 1;
  m.sumW += w;
  m.sumW2 += w * w;
  m.sum += w * x;
  m.sumSq += w * x * x;
}

/**
 * Merge `b` into `a` in place: fieldwise sum, so `a` becomes the moments of both data sets
 * (power sums are additive; Chan, Golub & LeVeque 1979, without re-centring). Never throws.
 * @param a the moments merged into (mutated)
 * @param b the moments added (unchanged)
 * @example
 * const a = vectorMoments([1, 2]);
 * mergeMomentsInto(a, vectorMoments([3]));
 * a; // → { n: 3, sumW: 3, sumW2: 3, sum: 6, sumSq: 14 }
 */
export function mergeMomentsInto(a: Moments, b: Moments): void {
  sumFieldsInto(a, b, MOMENT_SUMS);
}

/**
 * Merge moments: a new object holding the fieldwise sum, = the moments of both data sets together
 * (merge(moments(A), moments(B)) = moments(A ∪ B); Chan, Golub & LeVeque 1979). Never throws.
 * @param a moments of one data set
 * @param b moments of another
 * @returns the moments of A ∪ B (a and b unchanged)
 * @example
 * mergeMoments(vectorMoments([1, 2]), vectorMoments([3])); // → { n: 3, sumW: 3, sumW2: 3, sum: 6, sumSq: 14 }
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  const out = emptyMoments();
  mergeMomentsInto(out, a);
  mergeMomentsInto(out, b);
  return out;
}
