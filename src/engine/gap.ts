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
 * Gap sums per attribute in one row-major pass: Σw and Σw(Pᵢₖ − Eᵢₖ) over the respondents i who
 * answered both (Parasuraman, Zeithaml & Berry 1988). Frequency weights. Blank policy: pairwise
 * complete per attribute (an attribute nobody answered both for has Σw = 0).
 * @param perception rows = respondents, columns = attributes
 * @param expectation the same shape
 * @param weights case weights, one per row
 * @returns per attribute Σw (sumW) and Σw(P − E) (sumDiff)
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — different shapes or a non-number
 * @throws {CsError} num badCaseWeight — a negative or non-finite weight
 * @example
 * attributeGapSums([[4, 5]], [[5, null]]); // → { sumW: [1, 0], sumDiff: [-1, 0] }
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
 * Attribute gaps from gap sums: Gₖ = Σw(P − E)/Σw (Parasuraman et al. 1988).
 * @param sums gap sums (attributeGapSums, or merged)
 * @returns one gap per attribute
 * @throws {CsError} div0 noGapPairs — the first column where no respondent answered both (named)
 * @example
 * attributeGapsFromSums(attributeGapSums([[4], [3]], [[5], [5]])); // → [-1.5]
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
 * Attribute gaps (SERVQUAL, Parasuraman, Zeithaml & Berry 1988): Gₖ = Σw(Pᵢₖ − Eᵢₖ)/Σw over the
 * respondents i who answered both. Frequency weights. Blank policy: pairwise complete per
 * attribute (a blank in either skips that pair).
 * @param perception rows = respondents, columns = attributes
 * @param expectation the same shape
 * @param weights case weights, one per row
 * @returns one gap per attribute
 * @throws {CsError} div0 noGapPairs — a column where no respondent answered both (named)
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as attributeGapSums
 * @throws {CsError} num badCaseWeight — a bad weight
 * @example
 * attributeGaps([[4, 5], [3, 4]], [[5, 5], [5, null]]); // → [-1.5, 0]
 */
export function attributeGaps(perception: Matrix, expectation: Matrix, weights?: CaseWeights): number[] {
  return attributeGapsFromSums(attributeGapSums(perception, expectation, weights));
}

/**
 * Overall gap: Σwₖ·Gₖ / Σwₖ (attribute weights as shares; default equal → the plain mean of the
 * attribute gaps, as the report's AVERAGE).
 * Source: SERVQUAL gaps (Parasuraman, Zeithaml & Berry 1988), averaged as the report does.
 * @param gaps one gap per attribute
 * @param weights attribute weights (≥ 0, not all 0), one per gap
 * @returns the overall gap
 * @throws {CsError} div0 noGaps, weightsAllZero — no gaps, all-zero weights
 * @throws {CsError} value notAList, listValueNotANumber, attributeWeightsNotList, attributeWeightCount — a non-number, weights not one per gap
 * @throws {CsError} num badAttributeWeight — a negative weight
 * @example
 * overallGap([-1, -0.5]); // → -0.75
 * overallGap([-1, -0.5], [3, 1]); // → -0.875
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
 * Dimension gaps (Parasuraman et al. 1988): each dimension's gap = the plain mean of its items'
 * gaps (default: the five SERVQUAL dimensions of the 22 items, 1–4, 5–9, 10–13, 14–17, 18–22).
 * @param itemGaps one gap per item
 * @param dims the dimensions, 0-based item indexes (default SERVQUAL_DIMENSIONS)
 * @returns one gap per dimension
 * @throws {CsError} value notAList, listValueNotANumber, dimensionItemMissing — a non-number, a dimension naming an item beyond the gaps (1-based)
 * @throws {CsError} div0 emptyDimension — a dimension without items
 * @example
 * dimensionGaps([-1, -0.5, 0.5], [{ name: "tangibles", items: [0, 1] }, { name: "empathy", items: [2] }]); // → [-0.75, 0.5]
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
 * SERVQUAL score (Parasuraman et al. 1988). Unweighted: the mean of the dimension gaps. Weighted:
 * Σ(pointsⱼ/100)·Gⱼ with the respondents' 100-point importance allocation (points must sum to 100).
 * Worked examples: gaps −0.65, −1.10, −0.83, −0.70, −1.01 → −0.858; points 10/30/25/20/15 → −0.894.
 * @param dimensionGaps one gap per dimension
 * @param points 100-point allocation, one per dimension
 * @returns the score
 * @throws {CsError} num servqualPointsSum, badAttributeWeight — points not summing to 100 (±1e-9; the sum named), a negative point
 * @throws {CsError} value notAList, listValueNotANumber, attributeWeightsNotList, attributeWeightCount — a non-number, points not one per dimension
 * @throws {CsError} div0 noDimensionGaps, weightsAllZero — no dimensions, all points 0
 * @example
 * servqualScore([-0.65, -1.1, -0.83, -0.7, -1.01]); // → -0.858
 * servqualScore([-0.65, -1.1, -0.83, -0.7, -1.01], [10, 30, 25, 20, 15]); // → -0.894
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
 * SERVPERF score (Cronin & Taylor 1992): perception alone, the plain mean of the attribute
 * (column) means, each case-weighted (frequency) over its answers, so unevenly answered items
 * count equally. Blank policy: null skipped per column.
 * @param perception rows = respondents, columns = attributes
 * @param weights case weights, one per row
 * @returns the score
 * @throws {CsError} div0 noAnswersServperf, noAttributesServperf — a column with no answers (named), no columns
 * @throws {CsError} value notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as columnMoments
 * @throws {CsError} num badCaseWeight — a bad weight
 * @example
 * servperf([[4, 5], [2, null]]); // → 4
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
