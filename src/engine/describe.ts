/**
 * Descriptive statistics built on mergeable sufficient statistics (`Moments`).
 *
 * A `Moments` holds power sums, so two halves of a data set (or CSV chunks) merge by addition:
 * mergeMoments(moments(A), moments(B)) = moments(A ∪ B). Sums of integer ratings are exact in
 * doubles; for data with a large offset relative to its spread, subtract the offset first.
 *
 * Blank policy (all functions here): `null` = no answer, skipped; a row with case weight 0 is
 * skipped (frequency-weight semantics). Anything else that is not a finite number → CsError "value".
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { addMomentUnchecked, emptyMoments, type Moments } from "./accumulators/moments";
import { CsError } from "./errors";
import type { Answer, CaseWeights, Matrix, Scale } from "./types";
import { checkCaseWeights, checkLevel, checkMatrix, checkScale, isFiniteNumber, notANumber, offScale } from "./validate";

export { addToMoments, emptyMoments, mergeMoments, type Moments } from "./accumulators/moments";

/**
 * Bounds an answer must lie in: the scale's, else the finite range, so one range test rejects
 * NaN, ±Infinity and off-scale answers together. Throws "num" for a bad scale.
 */
function answerBounds(scale?: Scale): [number, number] {
  if (!scale) return [-Number.MAX_VALUE, Number.MAX_VALUE];
  checkScale(scale.min, scale.max);
  return [scale.min, scale.max];
}

/**
 * Column moments: per column k, n, Σw, Σw², Σw·xᵢₖ, Σw·xᵢₖ² over its answers, in one row-major pass.
 * Variant: frequency weights (a weight-0 row adds nothing). Blank policy: null skipped; a column
 * with no answers gets empty moments (no error here: the results say div0).
 * Source: power sums merge by addition (Chan, Golub & LeVeque 1979, without re-centring).
 * @param m rows = respondents, columns = attributes (rectangular)
 * @param weights case weights, one per row, finite and ≥ 0 (default all 1)
 * @param scale when given, answers outside [min, max] are an error
 * @returns one Moments per column
 * @throws {CsError} value notRows, rowNotCells, raggedRows — not a rectangular matrix (the row named)
 * @throws {CsError} value caseWeightsNotList, caseWeightCount — weights not a list of one per row
 * @throws {CsError} value textNotANumber, emptyCellNotANumber, notANumber — a cell that is neither a number nor null (row and column named)
 * @throws {CsError} num badCaseWeight, badScale, outsideScale — a negative weight, min ≥ max, an answer off `scale`
 * @example
 * columnMoments([[1, 4], [3, null]]); // → [{ n: 2, sumW: 2, sumW2: 2, sum: 4, sumSq: 10 }, { n: 1, sumW: 1, sumW2: 1, sum: 4, sumSq: 16 }]
 * columnMoments([[1], [6]], undefined, { min: 1, max: 5 }); // → throws num outsideScale
 */
export function columnMoments(m: Matrix, weights?: CaseWeights, scale?: Scale): Moments[] {
  const cols = checkMatrix(m);
  const w = checkCaseWeights(weights, m.length);
  const [lo, hi] = answerBounds(scale);
  const n = new Float64Array(cols);
  const sw = new Float64Array(cols);
  const sw2 = new Float64Array(cols);
  const s = new Float64Array(cols);
  const ss = new Float64Array(cols);
  const rows = m.length;
  if (w === undefined) {
    // Unweighted fast path: count the (rare) blanks instead of the answers; sumW = sumW2 = n.
    const blanks = n;
    for (let r = 0; r < rows; r++) {
      const row = m[r];
      for (let c = 0; c < cols; c++) {
        const x = row[c];
        if (x === null) {
          blanks[c] += 1;
          continue;
        }
        if (typeof x !== "number" || !(x >= lo && x <= hi)) badAnswer(x, lo, hi, r + 1, c + 1);
        s[c] += x;
        ss[c] += x * x;
      }
    }
    for (let c = 0; c < cols; c++) n[c] = rows - blanks[c];
    sw.set(n);
    sw2.set(n);
  } else {
    for (let r = 0; r < rows; r++) {
      const row = m[r];
      const wr = w[r];
      for (let c = 0; c < cols; c++) {
        const x = row[c];
        if (x === null) continue;
        if (typeof x !== "number" || !(x >= lo && x <= hi)) badAnswer(x, lo, hi, r + 1, c + 1);
        if (wr === 0) continue;
        n[c] += 1;
        sw[c] += wr;
        sw2[c] += wr * wr;
        s[c] += wr * x;
        ss[c] += wr * x * x;
      }
    }
  }
  const out: Moments[] = new Array<Moments>(cols);
  for (let c = 0; c < cols; c++) out[c] = { n: n[c], sumW: sw[c], sumW2: sw2[c], sum: s[c], sumSq: ss[c] };
  return out;
}

/** Diagnose an answer that failed the range test: not a number ("value") or off the scale ("num"). */
function badAnswer(x: unknown, lo: number, hi: number, row: number, column?: number): never {
  if (!isFiniteNumber(x)) notANumber(x, row, column);
  return offScale(x, lo, hi, row, column);
}

/**
 * Moments of one list of answers (one per respondent): n, Σw, Σw², Σw·x, Σw·x² (see columnMoments).
 * Variant: frequency weights. Blank policy: null skipped; weight 0 adds nothing.
 * Source: as columnMoments (Chan, Golub & LeVeque 1979).
 * @param values one answer per respondent, a finite number or null
 * @param weights case weights, one per answer, finite and ≥ 0 (default all 1)
 * @param scale when given, answers outside [min, max] are an error
 * @returns the moments of the answers
 * @throws {CsError} value valuesNotList, caseWeightsNotList, caseWeightCount — not a list, or weights not one per answer
 * @throws {CsError} value textNotANumber, emptyCellNotANumber, notANumber — an answer that is neither a number nor null (row named)
 * @throws {CsError} num badCaseWeight, badScale, outsideScale — a negative weight, min ≥ max, an answer off `scale`
 * @example
 * vectorMoments([4, null, 5], [1, 1, 2]); // → { n: 2, sumW: 3, sumW2: 5, sum: 14, sumSq: 66 }
 */
export function vectorMoments(values: readonly Answer[], weights?: CaseWeights, scale?: Scale): Moments {
  if (!Array.isArray(values)) throw new CsError("value", "valuesNotList");
  const w = checkCaseWeights(weights, values.length);
  const [lo, hi] = answerBounds(scale);
  const m = emptyMoments();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null) continue;
    if (typeof x !== "number" || !(x >= lo && x <= hi)) badAnswer(x, lo, hi, i + 1);
    const wi = w === undefined ? 1 : w[i];
    if (wi === 0) continue;
    addMomentUnchecked(m, x, wi);
  }
  return m;
}

/**
 * Arithmetic mean from moments: x̄ = Σw·x / Σw (frequency-weighted).
 * Source: the textbook (frequency-)weighted mean; merge by power sums (Chan, Golub & LeVeque 1979).
 * @param m moments (columnMoments, vectorMoments, merged chunks)
 * @returns the mean
 * @throws {CsError} div0 noAnswersMean — no answers (Σw = 0)
 * @example
 * momentsMean(vectorMoments([4, null, 5], [1, 1, 2])); // → 4.6667
 * momentsMean(emptyMoments()); // → throws div0 noAnswersMean
 */
export function momentsMean(m: Moments): number {
  if (!(m.sumW > 0)) throw new CsError("div0", "noAnswersMean");
  return m.sum / m.sumW;
}

/**
 * Sum of squared deviations SS = Σw(x − x̄)² = Σw·x² − (Σw·x)²/Σw (power-sum form), clamped at 0
 * against rounding; 0 for no data. Never throws.
 * Source: the textbook power-sum identity (exact for integer ratings; see the module note on offsets).
 * @param m moments
 * @returns SS, ≥ 0
 * @example
 * sumOfSquares(vectorMoments([1, 2, 3])); // → 2
 */
export function sumOfSquares(m: Moments): number {
  if (!(m.sumW > 0)) return 0;
  const ss = m.sumSq - (m.sum * m.sum) / m.sumW;
  return ss > 0 ? ss : 0;
}

/**
 * Sample variance s² = Σw(x − x̄)² / (Σw − 1). Variant: Bessel's n − 1 (not the population
 * variance); with case weights, frequency weights (Σw − 1), so weights 1 and 3 on 1 and 3 equal
 * the answers 1, 3, 3, 3.
 * Source: the textbook sample variance with Bessel's correction.
 * @param m moments
 * @returns s²
 * @throws {CsError} div0 varianceTooFewAnswers, varianceWeightsTooSmall — Σw ≤ 1: fewer than 2 answers, or weights that sum to ≤ 1 (normalise survey weights to mean 1)
 * @example
 * momentsVariance(vectorMoments([1, 2, 3])); // → 1
 * momentsVariance(vectorMoments([1, 3], [1, 3])); // → 1
 */
export function momentsVariance(m: Moments): number {
  if (!(m.sumW > 1)) {
    throw m.n < 2 ? new CsError("div0", "varianceTooFewAnswers", { count: m.n }) : new CsError("div0", "varianceWeightsTooSmall", { sum: m.sumW });
  }
  return sumOfSquares(m) / (m.sumW - 1);
}

/**
 * Mean of a list of answers: x̄ = Σw·x / Σw (arithmetic; frequency weights).
 * Blank policy: null skipped; weight 0 drops the answer.
 * Source: the textbook (frequency-)weighted mean; merge by power sums (Chan, Golub & LeVeque 1979).
 * @param values one answer per respondent, a finite number or null
 * @param weights case weights, one per answer (default all 1)
 * @returns the mean
 * @throws {CsError} div0 noAnswersMean — no answers
 * @throws {CsError} value valuesNotList, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as vectorMoments
 * @throws {CsError} num badCaseWeight — a negative or non-finite weight
 * @example
 * mean([1, 2, null, 4]); // → 2.3333
 * mean([1, 3], [1, 3]); // → 2.5
 */
export function mean(values: readonly Answer[], weights?: CaseWeights): number {
  return momentsMean(vectorMoments(values, weights));
}

/**
 * Column means: x̄ₖ = Σw·xᵢₖ / Σw over the answers of column k (frequency weights).
 * Blank policy: null skipped per column.
 * Source: the textbook (frequency-)weighted mean; merge by power sums (Chan, Golub & LeVeque 1979).
 * @param m rows = respondents, columns = attributes
 * @param weights case weights, one per row (default all 1)
 * @param scale when given, answers outside it are an error
 * @returns one mean per column
 * @throws {CsError} div0 noAnswersMean — a column with no answers (named)
 * @throws {CsError} value notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as columnMoments
 * @throws {CsError} num badCaseWeight, badScale, outsideScale — as columnMoments
 * @example
 * columnMeans([[1, 4], [3, null]]); // → [2, 4]
 */
export function columnMeans(m: Matrix, weights?: CaseWeights, scale?: Scale): number[] {
  const mom = columnMoments(m, weights, scale);
  const out = new Array<number>(mom.length);
  for (let c = 0; c < mom.length; c++) {
    if (!(mom[c].sumW > 0)) {
      throw new CsError("div0", "noAnswersMean", {}, { column: c + 1 });
    }
    out[c] = mom[c].sum / mom[c].sumW;
  }
  return out;
}

/**
 * Sample standard deviation s = √(Σw(x − x̄)²/(Σw − 1)). Variant: sample (n − 1), not
 * population; frequency weights. Blank policy: null skipped.
 * Source: the textbook sample standard deviation (Bessel's correction).
 * @param values one answer per respondent, a finite number or null
 * @param weights case weights, one per answer (default all 1)
 * @returns s
 * @throws {CsError} div0 varianceTooFewAnswers, varianceWeightsTooSmall — Σw ≤ 1
 * @throws {CsError} value valuesNotList, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as vectorMoments
 * @throws {CsError} num badCaseWeight — a negative or non-finite weight
 * @example
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // → 2.1381
 */
export function standardDeviation(values: readonly Answer[], weights?: CaseWeights): number {
  return Math.sqrt(momentsVariance(vectorMoments(values, weights)));
}

/**
 * Result of a mean confidence interval. `n` = answers counted, `effectiveN` = Kish (Σw)²/Σw²
 * (= n unweighted), `sd` = sample standard deviation, `margin` = half-width.
 */
export interface MeanInterval {
  mean: number;
  sd: number;
  n: number;
  effectiveN: number;
  margin: number;
  lower: number;
  upper: number;
  level: number;
}

/**
 * Confidence interval of the mean (Student t): x̄ ± t(1 − α/2, n′ − 1)·s/√n′, α = 1 − level.
 * Variant: n′ = Kish's effective sample size (Σw)²/Σw² (Kish 1965; = n unweighted), so survey
 * weights widen the interval by their design effect and rescaling them changes nothing; s from
 * momentsVariance (frequency weights); t from @stdlib/stats-base-dists-t-quantile.
 * Worked example: n = 32, x̄ = 49, s = 3, 95% → t(0.975, 31) = 2.0395, margin 1.0816.
 * @param m moments of the answers
 * @param level confidence level in (0, 1), default 0.95
 * @returns mean, sd, n, effectiveN, margin (half-width), lower, upper, level
 * @throws {CsError} num badConfidenceLevel — level outside (0, 1)
 * @throws {CsError} div0 noAnswersMean, varianceTooFewAnswers, varianceWeightsTooSmall, ciTooFewEffective — no answers, Σw ≤ 1 or n′ ≤ 1
 * @example
 * meanIntervalFromMoments({ n: 32, sumW: 32, sumW2: 32, sum: 1568, sumSq: 77111 }).margin; // → 1.0816
 */
export function meanIntervalFromMoments(m: Moments, level = 0.95): MeanInterval {
  checkLevel(level);
  const mu = momentsMean(m);
  const sd = Math.sqrt(momentsVariance(m));
  const effectiveN = m.sumW2 > 0 ? (m.sumW * m.sumW) / m.sumW2 : 0;
  if (!(effectiveN > 1)) {
    throw new CsError("div0", "ciTooFewEffective", { value: effectiveN });
  }
  const t = tQuantile(1 - (1 - level) / 2, effectiveN - 1);
  const margin = (t * sd) / Math.sqrt(effectiveN);
  return { mean: mu, sd, n: m.n, effectiveN, margin, lower: mu - margin, upper: mu + margin, level };
}

/**
 * Mean confidence interval of a list of answers: x̄ ± t(1 − α/2, n′ − 1)·s/√n′ (see
 * meanIntervalFromMoments: Student t, Kish n′). Blank policy: null skipped.
 * Source: Student's t interval (Student 1908) with Kish's (1965) effective n for weights.
 * @param values one answer per respondent, a finite number or null
 * @param level confidence level in (0, 1), default 0.95
 * @param weights case weights, one per answer (default all 1)
 * @returns mean, sd, n, effectiveN, margin, lower, upper, level
 * @throws {CsError} num badConfidenceLevel, badCaseWeight — level outside (0, 1), a bad weight
 * @throws {CsError} div0 noAnswersMean, varianceTooFewAnswers, varianceWeightsTooSmall, ciTooFewEffective — fewer than 2 answers
 * @throws {CsError} value valuesNotList, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as vectorMoments
 * @example
 * const ci = meanConfidenceInterval([2, 4, 4, 4, 5, 5, 7, 9]);
 * [ci.mean, ci.sd, ci.margin]; // → [5, 2.1381, 1.7875]
 */
export function meanConfidenceInterval(values: readonly Answer[], level = 0.95, weights?: CaseWeights): MeanInterval {
  checkLevel(level);
  return meanIntervalFromMoments(vectorMoments(values, weights), level);
}

/**
 * Median of finite numbers: the middle value of the sorted list, the average of the two middle
 * values for an even count. Blank policy: none (callers pass answers, not blanks).
 * Source: the textbook median (no interpolation beyond the two middle values).
 * @param values finite numbers
 * @returns the median
 * @throws {CsError} div0 noValuesMedian — an empty list
 * @throws {CsError} value textNotANumber, emptyCellNotANumber, notANumber — a value that is not a finite number (its position named)
 * @example
 * median([5, 1, 4, 2]); // → 3
 * median([3, 1, 2]); // → 2
 */
export function median(values: readonly number[]): number {
  if (!Array.isArray(values) || values.length === 0) throw new CsError("div0", "noValuesMedian");
  for (let i = 0; i < values.length; i++) if (!isFiniteNumber(values[i])) notANumber(values[i], undefined, i + 1);
  const s = values.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}
