/**
 * Scale-level distributions: the CSM level counts/shares and top-box shares.
 * Level counts are the mergeable statistic here: counts of two data sets add elementwise.
 *
 * Blank policy: null skipped; case weight 0 adds nothing. An answer that is not an integer level
 * of the scale → CsError "num" naming row (and column), value and scale.
 */
import { CsError } from "./errors";
import type { Answer, CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkMatrix, isFiniteNumber, notANumber, offScale, relativeWeights, show } from "./validate";

const MAX_LEVELS = 1001;

function checkLevelScale(min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || !(min < max) || max - min + 1 > MAX_LEVELS) {
    throw new CsError("num", "badLevelScale", { min, max, maxLevels: MAX_LEVELS });
  }
  return max - min + 1;
}

function isMatrix(values: readonly Answer[] | Matrix): values is Matrix {
  return values.length > 0 && Array.isArray(values[0]);
}

/**
 * Level counts: cₗ = Σ w over answers equal to level l, l = scaleMin..scaleMax (index 0 = scaleMin).
 * Accepts one list (one answer per respondent) or a matrix (every cell counted; the row's case
 * weight applies to each of its cells). Empty input → all-zero counts (no error: it is a sum).
 * Throws "num" for a non-integer or off-scale answer or a bad scale, "value" for a non-number or
 * a weights/rows mismatch.
 */
export function levelCounts(values: readonly Answer[] | Matrix, scaleMin: number, scaleMax: number, weights?: CaseWeights): number[] {
  const levels = checkLevelScale(scaleMin, scaleMax);
  if (!Array.isArray(values)) throw new CsError("value", "levelValuesNotList");
  const counts = new Float64Array(levels);
  const last = levels - 1;
  if (isMatrix(values)) {
    const cols = checkMatrix(values);
    const w = checkCaseWeights(weights, values.length);
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      const wr = w === undefined ? 1 : w[r];
      for (let c = 0; c < cols; c++) {
        const x = row[c];
        if (x === null) continue;
        if (typeof x !== "number") notANumber(x, r + 1, c + 1);
        const i = x - scaleMin;
        if (!(i >= 0 && i <= last && (i | 0) === i)) {
          if (!isFiniteNumber(x)) notANumber(x, r + 1, c + 1);
          offScale(x, scaleMin, scaleMax, r + 1, c + 1, true);
        }
        counts[i] += wr;
      }
    }
  } else {
    const list = values as readonly Answer[];
    const w = checkCaseWeights(weights, list.length);
    for (let r = 0; r < list.length; r++) {
      const x = list[r];
      if (x === null) continue;
      if (typeof x !== "number") notANumber(x, r + 1);
      const i = x - scaleMin;
      if (!(i >= 0 && i <= last && (i | 0) === i)) {
        if (!isFiniteNumber(x)) notANumber(x, r + 1);
        offScale(x, scaleMin, scaleMax, r + 1, undefined, true);
      }
      counts[i] += w === undefined ? 1 : w[r];
    }
  }
  return Array.from(counts);
}

/** Merge level counts: elementwise sum cₗ = aₗ + bₗ. Throws "value" when the lengths differ. */
export function mergeLevelCounts(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new CsError("value", "levelCountsMismatch", { first: a.length, second: b.length });
  return a.map((x, i) => x + b[i]);
}

function checkCounts(counts: readonly number[]): number {
  if (!Array.isArray(counts) || counts.length === 0) throw new CsError("div0", "noLevels");
  let total = 0;
  for (let l = 0; l < counts.length; l++) {
    const c = counts[l];
    if (!isFiniteNumber(c) || c < 0) {
      throw new CsError("num", "badLevelCount", { index: l + 1, value: show(c) });
    }
    total += c;
  }
  if (total === Infinity) {
    // Counts of huge case weights (each finite, the sum not): shares would be 0 or NaN, silently.
    throw new CsError("num", "levelCountsOverflow");
  }
  if (!(total > 0)) throw new CsError("div0", "noAnswersLevels");
  return total;
}

/**
 * Level shares (the CSM distribution): pₗ = cₗ / Σc. Sum to 1.
 * Throws "div0" when all counts are 0, "num" for a negative or non-finite count.
 */
export function levelShares(counts: readonly number[]): number[] {
  const total = checkCounts(counts);
  return counts.map((c) => c / total);
}

/**
 * Level shares of answers (the CSM distribution; see levelCounts for what is counted):
 * pₗ = Σw·[x = l] / Σw. The case weights are rescaled by their largest first (relativeWeights),
 * so weights of 1e308 or 1e-300 give the same shares as weights of 1.
 * Throws as levelCounts and levelShares.
 */
export function levelDistribution(values: readonly Answer[] | Matrix, scaleMin: number, scaleMax: number, weights?: CaseWeights): number[] {
  return levelShares(levelCounts(values, scaleMin, scaleMax, relativeWeights(weights)));
}

/**
 * Top-box share: Σ of the top `boxes` level counts / Σ of all counts (counts index 0 = lowest level).
 * Example: 14 ones, 9 twos, 10 threes, 32 fours, 42 fives, top 2 → 74/107 = 0.6916.
 * Throws "num" unless boxes is an integer in 1..levels; "div0" when there are no answers.
 */
export function topBoxFromCounts(counts: readonly number[], boxes: number): number {
  const levels = Array.isArray(counts) ? counts.length : 0;
  if (!Number.isInteger(boxes) || boxes < 1 || boxes > levels) {
    throw new CsError("num", "badTopBox", { boxes: show(boxes), levels });
  }
  const total = checkCounts(counts);
  let top = 0;
  for (let l = counts.length - boxes; l < counts.length; l++) top += counts[l];
  return top / total;
}

/**
 * Top-box share of answers (default: top 2 boxes of a 1–5 scale, i.e. ratings 4–5).
 * Formula: Σw·[x ≥ max − boxes + 1] / Σw. Blank policy: null skipped.
 * Throws as levelCounts ("num" off-scale/non-integer, "value" non-number) and topBoxFromCounts
 * ("num" bad boxes, "div0" no answers).
 */
export function topBox(values: readonly Answer[] | Matrix, opts: { boxes?: number; scaleMin?: number; scaleMax?: number; weights?: CaseWeights } = {}): number {
  // A share: the weights may be rescaled by their largest (relativeWeights), so huge ones do not overflow.
  const counts = levelCounts(values, opts.scaleMin ?? 1, opts.scaleMax ?? 5, relativeWeights(opts.weights));
  return topBoxFromCounts(counts, opts.boxes ?? 2);
}
