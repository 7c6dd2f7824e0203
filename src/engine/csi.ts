/**
 * Customer Satisfaction Index (CSI), the range-normalised weighted index of the ACSI
 * (Fornell, Johnson, Anderson, Cha & Bryant 1996): ACSI = [Σ(X̄ₖ − 1)Wₖ] / 9 × 100 on 1–10 scales.
 */
import { CsError } from "./errors";
import { columnMoments, type Moments } from "./describe";
import type { CaseWeights, Matrix } from "./types";
import { checkFiniteList, checkScale, relativeWeights, snapToScale, weightShares } from "./validate";

/** The method names as the user types them (quoted in messages: they stay as written in every language). */
const CSI_METHOD_NAMES = { rangeMethod: '"range"', maxMethod: '"max"' } as const;

export interface CsiOptions {
  /** Attribute weights (one per column, ≥ 0, not all 0); default equal. Need not sum to 1. */
  weights?: readonly number[];
  /** Scale bounds; default 1–5. */
  scaleMin?: number;
  scaleMax?: number;
  /** "range" (default, ACSI): 100·Σw(m̄ − min)/((max − min)Σw); "max": 100·Σw·m̄/(max·Σw). */
  method?: "range" | "max";
}

/**
 * Customer Satisfaction Index from attribute means (Fornell et al. 1996, the ACSI's
 * range-normalised weighted index): CSI = 100·Σwₖ(m̄ₖ − min) / ((max − min)·Σwₖ).
 * Variant "max" (common in theses): CSI = 100·Σwₖ·m̄ₖ / (max·Σwₖ), only on scales starting at ≥ 0.
 * Weights: attribute weights as shares wₖ/Σw (need not sum to 1; default equal). A mean outside the
 * scale by at most SCALE_EDGE_TOLERANCE·(max − min) is rounding and is taken as the edge, so the
 * result is always in [0, 100]. Blank policy: none here (means, not answers).
 * @param means one mean per attribute, on the scale
 * @param opts weights (≥ 0, not all 0), scaleMin/scaleMax (default 1–5), method "range" (default) or "max"
 * @returns the index, 0–100
 * @throws {CsError} div0 noAttributesCsi, weightsAllZero — no attributes, or every weight 0
 * @throws {CsError} value notAList, listValueNotANumber, attributeWeightsNotList, attributeWeightCount, unknownCsiMethod — bad means, weights not one per mean, an unknown method
 * @throws {CsError} num badScale, badAttributeWeight, csiMaxMethodScale, csiMeanOffScale — min ≥ max, a negative weight, "max" below 0, a mean off the scale (column named)
 * @example
 * csiFromMeans([8.2, 7.6, 7.1], { weights: [0.4, 0.35, 0.25], scaleMin: 1, scaleMax: 10 }); // → 74.6111
 * csiFromMeans([3.35]); // → 58.75
 * csiFromMeans([4], { method: "max" }); // → 80
 */
export function csiFromMeans(means: readonly number[], opts: CsiOptions = {}): number {
  const min = opts.scaleMin ?? 1;
  const max = opts.scaleMax ?? 5;
  const method = opts.method ?? "range";
  checkScale(min, max);
  checkFiniteList(means, "attribute means");
  const k = means.length;
  if (k === 0) throw new CsError("div0", "noAttributesCsi");
  if (method !== "range" && method !== "max") {
    throw new CsError("value", "unknownCsiMethod", { value: String(method), ...CSI_METHOD_NAMES });
  }
  // mean/max is a share of the maximum only when the scale starts at 0 or above: on −5…5 a mean
  // of −3 would give −60, outside the documented 0–100.
  if (method === "max" && !(min >= 0)) {
    throw new CsError("num", "csiMaxMethodScale", { ...CSI_METHOD_NAMES, min, max });
  }
  const shares = opts.weights === undefined ? undefined : weightShares(opts.weights, k, "CSI weights");
  let acc = 0;
  for (let c = 0; c < k; c++) {
    // A weighted mean of answers all at an edge can land a few ulps outside it (SCALE_EDGE_TOLERANCE).
    const m = snapToScale(means[c], min, max);
    if (m < min || m > max) {
      throw new CsError("num", "csiMeanOffScale", { value: m, min, max }, { column: c + 1 });
    }
    // Weight shares w/Σw first (weightShares rescales by the largest): 1e308 or 5e-324 weights
    // would overflow or underflow in Σw or w·m̄.
    const share = shares === undefined ? 1 / k : shares[c];
    // Halves (exact): m − min and max − min overflow on a scale like −1e308…1e308.
    acc += share * (method === "range" ? m / 2 - min / 2 : m / 2);
  }
  const width = method === "range" ? max / 2 - min / 2 : max / 2;
  const scaled = 100 * acc;
  const index = Number.isFinite(scaled) ? scaled / width : 100 * (acc / width); // 100·acc overflows near 1e308
  // Each term is within [0, width], so the index is within [0, 100]; rounding of the weighted
  // sum can put it an ulp past an edge (all answers 1 on −1.7e308…5 gave 100.00000000000003).
  return index > 100 ? 100 : index < 0 ? 0 : index;
}

/**
 * CSI from per-attribute Moments (e.g. merged across CSV chunks): csiFromMeans of the means
 * Σw·x/Σw (Fornell et al. 1996; see csiFromMeans for the variants and weights).
 * @param moments one Moments per attribute
 * @param opts as csiFromMeans
 * @returns the index, 0–100
 * @throws {CsError} div0 noAnswersCsi, noAttributesCsi, weightsAllZero — an attribute with no answers (column named), none, all-zero weights
 * @throws {CsError} value notAList, listValueNotANumber, attributeWeightsNotList, attributeWeightCount, unknownCsiMethod — as csiFromMeans
 * @throws {CsError} num badScale, badAttributeWeight, csiMaxMethodScale, csiMeanOffScale — as csiFromMeans
 * @example
 * csiFromMoments(columnMoments([[4, 5], [2, 3]])); // → 62.5
 */
export function csiFromMoments(moments: readonly Moments[], opts: CsiOptions = {}): number {
  const means = new Array<number>(moments.length);
  for (let c = 0; c < moments.length; c++) {
    const m = moments[c];
    if (!(m.sumW > 0)) {
      throw new CsError("div0", "noAnswersCsi", {}, { column: c + 1 });
    }
    means[c] = m.sum / m.sumW;
  }
  return csiFromMeans(means, opts);
}

/**
 * CSI of a ratings matrix (Fornell et al. 1996): the attribute means x̄ₖ = Σw·xᵢₖ/Σw fed to
 * csiFromMeans, CSI = 100·Σwₖ(x̄ₖ − min)/((max − min)·Σwₖ). Case weights are frequency weights
 * (rescaled by their largest: only the means leave here). Blank policy: null skipped per column.
 * Worked example: counts 50/150/250/500/50 of the answers 1…5 → mean 3.35 → 58.75.
 * @param ratings rows = respondents, columns = attributes, answers on the scale or null
 * @param opts as csiFromMeans, plus caseWeights (one per row)
 * @returns the index, 0–100
 * @throws {CsError} div0 noAnswersCsi, noAttributesCsi, weightsAllZero — a column with no answers (named), no columns, all-zero weights
 * @throws {CsError} num outsideScale, badScale, badCaseWeight, badAttributeWeight, csiMaxMethodScale — an answer off the scale (row, column and value named), else as csiFromMeans
 * @throws {CsError} value notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — a non-number or mismatched shapes
 * @throws {CsError} value attributeWeightsNotList, attributeWeightCount, unknownCsiMethod — as csiFromMeans
 * @throws {CsError} value listValueNotANumber — a column mean that overflows (answers near ±1e308 on such a scale)
 * @example
 * const ratings = [50, 150, 250, 500, 50].flatMap((count, i) => Array.from({ length: count }, () => [i + 1]));
 * csi(ratings); // → 58.75
 * csi([[5, 2], [3, null]], { weights: [3, 1] }); // → 62.5
 */
export function csi(ratings: Matrix, opts: CsiOptions & { caseWeights?: CaseWeights } = {}): number {
  const min = opts.scaleMin ?? 1;
  const max = opts.scaleMax ?? 5;
  checkScale(min, max);
  // Only the means leave here, so the case weights may be rescaled (relativeWeights: no overflow).
  const mom = columnMoments(ratings, relativeWeights(opts.caseWeights), { min, max });
  if (mom.length === 0) throw new CsError("div0", "noAttributesCsi");
  return csiFromMoments(mom, opts);
}
