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
 * Column moments: per column n, Σw, Σw², Σw·x, Σw·x², in one row-major pass.
 * Blank policy: null skipped; a column with no answers gets empty moments (no error here).
 * Throws "value" for ragged rows, a weights/rows mismatch or a non-number (naming row and
 * column); "num" for a bad case weight or, when `scale` is given, an answer outside [min, max].
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
 * Moments of one list of answers (one per respondent); see columnMoments.
 * Throws "value" for a non-number or a weights mismatch, "num" for a bad weight or an answer
 * off `scale` — naming the row.
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
 * Mean: x̄ = Σw·x / Σw (arithmetic, frequency-weighted).
 * Throws CsError "div0" when there are no answers (Σw = 0).
 */
export function momentsMean(m: Moments): number {
  if (!(m.sumW > 0)) throw new CsError("div0", "noAnswersMean");
  return m.sum / m.sumW;
}

/** Sum of squared deviations Σw(x − x̄)² = Σw·x² − (Σw·x)²/Σw, clamped at 0; 0 for no data. Never throws. */
export function sumOfSquares(m: Moments): number {
  if (!(m.sumW > 0)) return 0;
  const ss = m.sumSq - (m.sum * m.sum) / m.sumW;
  return ss > 0 ? ss : 0;
}

/**
 * Sample variance: s² = Σw(x − x̄)² / (Σw − 1) (Bessel; weighted = frequency weights).
 * Throws CsError "div0" when Σw ≤ 1 (fewer than 2 answers; or weights that sum to ≤ 1 —
 * normalise survey weights to mean 1).
 */
export function momentsVariance(m: Moments): number {
  if (!(m.sumW > 1)) {
    throw m.n < 2 ? new CsError("div0", "varianceTooFewAnswers", { count: m.n }) : new CsError("div0", "varianceWeightsTooSmall", { sum: m.sumW });
  }
  return sumOfSquares(m) / (m.sumW - 1);
}

/**
 * Mean of a list of answers: x̄ = Σw·x / Σw (frequency-weighted). Blank policy: null skipped.
 * Throws "div0" when there are no answers, "value"/"num" as vectorMoments.
 */
export function mean(values: readonly Answer[], weights?: CaseWeights): number {
  return momentsMean(vectorMoments(values, weights));
}

/**
 * Column means: x̄ₖ = Σw·xᵢₖ / Σw over the answers of column k. Blank policy: null skipped.
 * Throws "div0" naming a column with no answers; "value"/"num" as columnMoments (`scale`
 * optional: answers outside it → "num").
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
 * Sample standard deviation s = √(Σw(x − x̄)²/(Σw − 1)) (frequency weights). Blank: skipped.
 * Throws "div0" for fewer than 2 answers (Σw ≤ 1), "value"/"num" as vectorMoments.
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
 * Variant: n′ = Kish effective sample size (Σw)²/Σw² (= n when unweighted), so survey weights
 * widen the interval by their design effect and rescaling them changes nothing; s from
 * momentsVariance. Example: n = 32, x̄ = 49, s = 3, 95% → margin 1.0816.
 * Throws "num" for a level outside (0, 1), "div0" when n′ ≤ 1 or s is undefined.
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
 * Mean confidence interval of a list of answers: x̄ ± t·s/√n′ (see meanIntervalFromMoments).
 * Blank policy: null skipped. Throws "num" for a bad level, "div0" for fewer than 2 answers.
 */
export function meanConfidenceInterval(values: readonly Answer[], level = 0.95, weights?: CaseWeights): MeanInterval {
  checkLevel(level);
  return meanIntervalFromMoments(vectorMoments(values, weights), level);
}

/**
 * Median of finite numbers (average of the two middle values for an even count).
 * Throws "div0" for an empty list, "value" for a non-number.
 */
export function median(values: readonly number[]): number {
  if (!Array.isArray(values) || values.length === 0) throw new CsError("div0", "noValuesMedian");
  for (let i = 0; i < values.length; i++) if (!isFiniteNumber(values[i])) notANumber(values[i], undefined, i + 1);
  const s = values.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}
