/**
 * Gap analysis and SERVQUAL (Parasuraman, Zeithaml & Berry 1988): gap = perception − expectation.
 * SERVPERF (Cronin & Taylor 1992): perception alone.
 */
import { CsError } from "./errors";
import { columnMoments } from "./describe";
import type { CaseWeights, Matrix } from "./types";
import { checkAttributeWeights, checkCaseWeights, checkFiniteList, checkSameShape, notANumber, show, weightShares } from "./validate";

/** Per-attribute sums of the gap over the complete pairs: Σw and Σw·(P − E). */
export interface GapSums {
  sumW: Float64Array;
  sumDiff: Float64Array;
}

/**
 * Gap sums per attribute in one row-major pass: Σw and Σw(Pᵢₖ − Eᵢₖ) over respondents i who
 * answered both (pairwise complete; an attribute nobody answered both for has Σw = 0).
 * Throws "value" for different shapes or a non-number, "num" for a bad case weight.
 */
export function attributeGapSums(perception: Matrix, expectation: Matrix, weights?: CaseWeights): GapSums {
  const cols = checkSameShape(perception, expectation, "perception", "expectation");
  const w = checkCaseWeights(weights, perception.length);
  const sw = new Float64Array(cols);
  const sd = new Float64Array(cols);
  for (let r = 0; r < perception.length; r++) {
    const pr = perception[r];
    const er = expectation[r];
    const wr = w === undefined ? 1 : w[r];
    for (let c = 0; c < cols; c++) {
      const p = pr[c];
      const e = er[c];
      if (p === null || e === null) continue;
      if (typeof p !== "number" || p - p !== 0) notANumber(p, r + 1, c + 1);
      if (typeof e !== "number" || e - e !== 0) notANumber(e, r + 1, c + 1);
      sw[c] += wr;
      sd[c] += wr * (p - e);
    }
  }
  return { sumW: sw, sumDiff: sd };
}

/**
 * Attribute gaps from gap sums: Gₖ = Σw(P − E)/Σw. Throws "div0" naming the first column
 * where no respondent answered both.
 */
export function attributeGapsFromSums(sums: GapSums): number[] {
  const { sumW: sw, sumDiff: sd } = sums;
  const out = new Array<number>(sw.length);
  for (let c = 0; c < sw.length; c++) {
    if (!(sw[c] > 0)) {
      throw new CsError("div0", "noGapPairs", {}, { column: c + 1 });
    }
    out[c] = sd[c] / sw[c];
  }
  return out;
}

/**
 * Attribute gaps: Gₖ = Σw(Pᵢₖ − Eᵢₖ)/Σw over respondents i who answered both Pᵢₖ and Eᵢₖ.
 * Blank policy: pairwise complete per attribute (a blank in either skips that pair).
 * Throws "value" for different shapes or a non-number, "div0" naming the column when no
 * respondent answered both.
 */
export function attributeGaps(perception: Matrix, expectation: Matrix, weights?: CaseWeights): number[] {
  return attributeGapsFromSums(attributeGapSums(perception, expectation, weights));
}

/**
 * Overall gap: Σwₖ·Gₖ / Σwₖ (weights default equal → plain mean of the attribute gaps).
 * Throws "div0" for no gaps or all-zero weights, "value" for a length mismatch or a non-number,
 * "num" for a negative weight.
 */
export function overallGap(gaps: readonly number[], weights?: readonly number[]): number {
  checkFiniteList(gaps, "gaps");
  const k = gaps.length;
  if (k === 0) throw new CsError("div0", "noGaps");
  // Shares first (rescaled by the largest weight): 1e308 weights would make Σw = Infinity.
  const shares = weights === undefined ? undefined : weightShares(weights, k, "gap weights");
  let acc = 0;
  if (shares === undefined) {
    for (let c = 0; c < k; c++) acc += gaps[c];
    return acc / k; // the plain mean, as the report's AVERAGE
  }
  for (let c = 0; c < k; c++) acc += shares[c] * gaps[c];
  return acc;
}

export interface ServqualDimension {
  name: "tangibles" | "reliability" | "responsiveness" | "assurance" | "empathy";
  /** 0-based item indexes into the item gaps */
  items: number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from - 1 + i);

/** The five SERVQUAL dimensions (Parasuraman et al. 1988) of the 22-item scale: items 1–4, 5–9, 10–13, 14–17, 18–22. */
export const SERVQUAL_DIMENSIONS: readonly ServqualDimension[] = [
  { name: "tangibles", items: range(1, 4) },
  { name: "reliability", items: range(5, 9) },
  { name: "responsiveness", items: range(10, 13) },
  { name: "assurance", items: range(14, 17) },
  { name: "empathy", items: range(18, 22) },
];

/**
 * Dimension gaps: each dimension's gap = plain mean of its items' gaps.
 * Throws "value" when a dimension names an item beyond the gaps given (naming the item, 1-based),
 * "div0" for a dimension without items.
 */
export function dimensionGaps(itemGaps: readonly number[], dims: readonly ServqualDimension[] = SERVQUAL_DIMENSIONS): number[] {
  checkFiniteList(itemGaps, "item gaps");
  return dims.map((dim) => {
    if (dim.items.length === 0) throw new CsError("div0", "emptyDimension", { name: dim.name });
    let acc = 0;
    for (const i of dim.items) {
      if (!Number.isInteger(i) || i < 0 || i >= itemGaps.length) {
        throw new CsError("value", "dimensionItemMissing", { name: dim.name, item: Number.isInteger(i) ? i + 1 : show(i), count: itemGaps.length });
      }
      acc += itemGaps[i];
    }
    return acc / dim.items.length;
  });
}

/**
 * SERVQUAL score. Unweighted: mean of the dimension gaps. Weighted: Σ(pointsⱼ/100)·Gⱼ with the
 * respondents' 100-point importance allocation (points must sum to 100).
 * Examples: gaps −0.65, −1.10, −0.83, −0.70, −1.01 → −0.858; points 10/30/25/20/15 → −0.894.
 * Throws "num" naming the sum when points do not sum to 100 (±1e-9) or a point is negative,
 * "value" for a length mismatch, "div0" with no dimensions.
 */
export function servqualScore(dimensionGaps: readonly number[], points?: readonly number[]): number {
  checkFiniteList(dimensionGaps, "dimension gaps");
  const k = dimensionGaps.length;
  if (k === 0) throw new CsError("div0", "noDimensionGaps");
  if (points === undefined) {
    let acc = 0;
    for (let j = 0; j < k; j++) acc += dimensionGaps[j];
    return acc / k;
  }
  const sum = checkAttributeWeights(points, k, "SERVQUAL points");
  if (Math.abs(sum - 100) > 1e-9) {
    throw new CsError("num", "servqualPointsSum", { sum });
  }
  let acc = 0;
  for (let j = 0; j < k; j++) acc += (points[j] / 100) * dimensionGaps[j];
  return acc;
}

/**
 * SERVPERF score (Cronin & Taylor 1992): mean perception = plain mean of the attribute (column)
 * means, each attribute mean case-weighted over its answers (so unevenly answered items count
 * equally). Blank policy: skipped per column.
 * Throws "div0" naming a column with no answers (or no columns), "value" for a non-number.
 */
export function servperf(perception: Matrix, weights?: CaseWeights): number {
  const mom = columnMoments(perception, weights);
  if (mom.length === 0) throw new CsError("div0", "noAttributesServperf");
  let acc = 0;
  for (let c = 0; c < mom.length; c++) {
    if (!(mom[c].sumW > 0)) {
      throw new CsError("div0", "noAnswersServperf", {}, { column: c + 1 });
    }
    acc += mom[c].sum / mom[c].sumW;
  }
  return acc / mom.length;
}
