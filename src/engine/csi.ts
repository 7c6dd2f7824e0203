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
 * CSI from attribute means.
 * Formula ("range", default; Fornell et al. 1996): CSI = 100·Σwₖ(m̄ₖ − min) / ((max − min)·Σwₖ).
 * Variant "max" (common in theses): CSI = 100·Σwₖ·m̄ₖ / (max·Σwₖ).
 * Examples: means 8.2/7.6/7.1, weights .40/.35/.25, 1–10 → 74.6111…; one mean 3.35 on 1–5 → 58.75.
 * Throws "div0" with no attributes or all-zero weights; "value" for a weights/means length
 * mismatch or a non-number mean; "num" for a negative weight, a bad scale, "max" on a scale
 * starting below 0, or a mean off the scale (so the result is always in [0, 100]). A mean outside
 * the scale by at most SCALE_EDGE_TOLERANCE·(max − min) is rounding and is taken as the edge.
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
 * CSI from per-attribute Moments (e.g. merged across CSV chunks): csiFromMeans of Σw·x/Σw.
 * Throws "div0" naming a column with no answers, otherwise as csiFromMeans.
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
 * CSI of a ratings matrix (rows = respondents, columns = attributes): the attribute means
 * (case-weighted when `caseWeights` is given) fed to csiFromMeans.
 * Blank policy: null skipped per column. Example: counts 50/150/250/500/50 of 1..5 → 58.75.
 * Throws "div0" naming a column with no answers; "num" naming row, column and value for an
 * answer off the scale; "value" for a non-number or mismatched shapes; else as csiFromMeans.
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
