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
 * Level counts (the CSM distribution's counts): cₗ = Σw over answers equal to level l,
 * l = scaleMin…scaleMax, index 0 = scaleMin. Accepts one list (one answer per respondent) or a
 * matrix (every cell counted; the row's case weight applies to each of its cells). Variant:
 * frequency weights. Blank policy: null skipped; weight 0 adds nothing; empty input gives all-zero
 * counts (a sum, no error).
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param values answers (a list or a matrix), integer levels of the scale or null
 * @param scaleMin the lowest level (an integer)
 * @param scaleMax the highest level (an integer; at most 1001 levels)
 * @param weights case weights, one per respondent (row)
 * @returns one count per level
 * @throws {CsError} num notLevel, badLevelScale, badCaseWeight — an answer that is not an integer level of the scale (row, column, value named), a bad scale, a bad weight
 * @throws {CsError} value levelValuesNotList, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — a non-number or mismatched shapes
 * @example
 * levelCounts([1, 2, 2, null, 5], 1, 5); // → [1, 2, 0, 0, 1]
 * levelCounts([1, 2], 1, 3, [2, 0.5]); // → [2, 0.5, 0]
 * levelCounts([2.5], 1, 5); // → throws num notLevel
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

/**
 * Merge level counts of two data sets: elementwise sum cₗ = aₗ + bₗ.
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param a counts of one data set
 * @param b counts of another, same scale
 * @returns the counts of both
 * @throws {CsError} value levelCountsMismatch — the lengths differ
 * @example
 * mergeLevelCounts([1, 2, 0], [0, 1, 1]); // → [1, 3, 1]
 */
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
 * Level shares (the CSM distribution): pₗ = cₗ / Σc; they sum to 1.
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param counts one (weighted) count per level
 * @returns one share per level
 * @throws {CsError} div0 noLevels, noAnswersLevels — no levels, or every count 0
 * @throws {CsError} num badLevelCount, levelCountsOverflow — a negative or non-finite count, counts whose sum overflows
 * @example
 * levelShares([1, 3]); // → [0.25, 0.75]
 */
export function levelShares(counts: readonly number[]): number[] {
  const total = checkCounts(counts);
  return counts.map((c) => c / total);
}

/**
 * Level shares of answers (the CSM distribution; levelCounts then levelShares):
 * pₗ = Σw·[x = l] / Σw. Frequency weights, rescaled by their largest first (relativeWeights), so
 * weights of 1e308 or 1e-300 give the same shares as weights of 1. Blank policy: null skipped.
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param values answers (a list or a matrix)
 * @param scaleMin the lowest level
 * @param scaleMax the highest level
 * @param weights case weights, one per respondent
 * @returns one share per level
 * @throws {CsError} num notLevel, badLevelScale, badCaseWeight, badLevelCount, levelCountsOverflow — as levelCounts and levelShares
 * @throws {CsError} value levelValuesNotList, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as levelCounts
 * @throws {CsError} div0 noLevels, noAnswersLevels — no answers
 * @example
 * levelDistribution([1, 2, 2, 3], 1, 3); // → [0.25, 0.5, 0.25]
 */
export function levelDistribution(values: readonly Answer[] | Matrix, scaleMin: number, scaleMax: number, weights?: CaseWeights): number[] {
  return levelShares(levelCounts(values, scaleMin, scaleMax, relativeWeights(weights)));
}

/**
 * Top-box share: Σ of the top `boxes` level counts / Σ of all counts (counts index 0 = lowest level).
 * Worked example: 14 ones, 9 twos, 10 threes, 32 fours, 42 fives, top 2 → 74/107 = 0.6916.
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param counts one count per level, lowest first
 * @param boxes how many top levels, an integer 1…levels
 * @returns the share, 0–1
 * @throws {CsError} num badTopBox, badLevelCount, levelCountsOverflow — boxes not in 1…levels, a bad count
 * @throws {CsError} div0 noLevels, noAnswersLevels — no answers
 * @example
 * topBoxFromCounts([14, 9, 10, 32, 42], 2); // → 0.6916
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
 * Top-box share of answers: Σw·[x ≥ max − boxes + 1] / Σw (default: the top 2 boxes of a 1–5
 * scale, ratings 4–5). Frequency weights (rescaled by their largest). Blank policy: null skipped.
 * Source: none cited (README lists Top-box and CSM levels without one: plain counts and shares of the levels).
 * @param values answers (a list or a matrix), integer levels or null
 * @param opts boxes (default 2), scaleMin/scaleMax (default 1–5), weights (one per respondent)
 * @returns the share, 0–1
 * @throws {CsError} num notLevel, badLevelScale, badCaseWeight, badTopBox, badLevelCount, levelCountsOverflow — an off-scale or non-integer answer, a bad scale, weight or boxes
 * @throws {CsError} value levelValuesNotList, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as levelCounts
 * @throws {CsError} div0 noLevels, noAnswersLevels — no answers
 * @example
 * topBox([1, 4, 5, 5, null]); // → 0.75
 */
export function topBox(values: readonly Answer[] | Matrix, opts: { boxes?: number; scaleMin?: number; scaleMax?: number; weights?: CaseWeights } = {}): number {
  // A share: the weights may be rescaled by their largest (relativeWeights), so huge ones do not overflow.
  const counts = levelCounts(values, opts.scaleMin ?? 1, opts.scaleMax ?? 5, relativeWeights(opts.weights));
  return topBoxFromCounts(counts, opts.boxes ?? 2);
}
