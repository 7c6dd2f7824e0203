/**
 * Importance–performance analysis (Martilla & James 1977; the four-quadrant chart 四分图) and the
 * improvement-priority score.
 */
import { CsError } from "./errors";
import { median } from "./describe";
import type { KanoCategory } from "./kano";
import { checkFiniteList, checkScale, isFiniteNumber, show, snapToScale, weightShares } from "./validate";

/** keep = high I, high P; concentrate = high I, low P; low = low I, low P; overkill = low I, high P. */
export type Quadrant = "keep" | "concentrate" | "low" | "overkill";
/** mean/median of the attributes' values, midpoint (min + max)/2 of the scale, or a fixed number. */
export type CrosshairMode = "mean" | "median" | "midpoint" | number;

export interface Crosshair {
  importance: number;
  performance: number;
}

function checkPair(importance: readonly number[], performance: readonly number[]): void {
  checkFiniteList(importance, "importance");
  checkFiniteList(performance, "performance");
  if (importance.length !== performance.length) {
    throw new CsError("value", "ipaLengthMismatch", { importanceCount: importance.length, performanceCount: performance.length });
  }
  if (importance.length === 0) throw new CsError("div0", "noAttributes");
}

function meanOf(v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  if (Number.isFinite(s)) return s / v.length;
  // The sum overflowed (values near ±1e308): the mean of shares v/n is finite.
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i] / v.length;
  return m;
}

/**
 * Crosshair of the importance–performance grid, one value per axis (Martilla & James 1977):
 * "mean" (default): the mean of the attributes' importance / performance; "median": their medians;
 * "midpoint": (min + max)/2 of `scale` on both axes (importance and performance on one scale);
 * a number: that value on both axes. Blank policy: none (one value per attribute).
 * @param importance one importance per attribute
 * @param performance one performance per attribute, same length
 * @param mode "mean", "median", "midpoint" or a number
 * @param scale the scale, needed by "midpoint"
 * @returns the crosshair
 * @throws {CsError} value notAList, listValueNotANumber, ipaLengthMismatch, midpointNeedsScale, unknownCrosshair — a non-number, unequal lengths, "midpoint" without a scale, an unknown mode
 * @throws {CsError} div0 noAttributes — no attributes
 * @throws {CsError} num badScale, badCrosshairNumber — min ≥ max, a non-finite number mode
 * @example
 * crosshair([4, 2], [3, 5]); // → { importance: 3, performance: 4 }
 * crosshair([4, 2, 3], [3, 5, 1], "median"); // → { importance: 3, performance: 3 }
 * crosshair([4, 2], [3, 5], "midpoint", { min: 1, max: 7 }); // → { importance: 4, performance: 4 }
 */
export function crosshair(
  importance: readonly number[],
  performance: readonly number[],
  mode: CrosshairMode = "mean",
  scale?: { min: number; max: number },
): Crosshair {
  checkPair(importance, performance);
  if (typeof mode === "number") {
    if (!isFiniteNumber(mode)) throw new CsError("num", "badCrosshairNumber", { value: show(mode) });
    return { importance: mode, performance: mode };
  }
  switch (mode) {
    case "mean":
      return { importance: meanOf(importance), performance: meanOf(performance) };
    case "median":
      return { importance: median(importance), performance: median(performance) };
    case "midpoint": {
      if (!scale) throw new CsError("value", "midpointNeedsScale");
      checkScale(scale.min, scale.max);
      const mid = (scale.min + scale.max) / 2;
      return { importance: mid, performance: mid };
    }
    default:
      throw new CsError("value", "unknownCrosshair", { value: show(mode), options: "mean, median, midpoint" });
  }
}

/**
 * Quadrant of one attribute (Martilla & James 1977): high = value ≥ the crosshair (a point on a
 * crosshair counts as high); keep = high I, high P; concentrate = high I, low P; low = low I,
 * low P; overkill = low I, high P.
 * @param importance the attribute's importance
 * @param performance the attribute's performance
 * @param c the crosshair
 * @returns "keep", "concentrate", "low" or "overkill"
 * @throws {CsError} value quadrantNotNumbers — a value that is not a finite number
 * @example
 * quadrantOf(4, 2, { importance: 3, performance: 3 }); // → "concentrate"
 * quadrantOf(3, 3, { importance: 3, performance: 3 }); // → "keep"
 */
export function quadrantOf(importance: number, performance: number, c: Crosshair): Quadrant {
  if (!isFiniteNumber(importance) || !isFiniteNumber(performance)) {
    throw new CsError("value", "quadrantNotNumbers", { importance: show(importance), performance: show(performance) });
  }
  const hiI = importance >= c.importance;
  const hiP = performance >= c.performance;
  return hiI ? (hiP ? "keep" : "concentrate") : hiP ? "overkill" : "low";
}

/**
 * Importance–performance analysis (Martilla & James 1977; the four-quadrant chart 四分图): the
 * crosshair (see `crosshair`, default "mean") and each attribute's quadrant, in input order.
 * `scaleMin`/`scaleMax` are used only by the "midpoint" crosshair (default 1–5).
 * @param importance one importance per attribute
 * @param performance one performance per attribute
 * @param opts crosshair mode, scaleMin/scaleMax
 * @returns the crosshair and the quadrants
 * @throws {CsError} value notAList, listValueNotANumber, ipaLengthMismatch, midpointNeedsScale, unknownCrosshair, quadrantNotNumbers — as crosshair
 * @throws {CsError} div0 noAttributes — no attributes
 * @throws {CsError} num badScale, badCrosshairNumber — as crosshair
 * @example
 * ipa([4, 2], [3, 5]); // → { crosshair: { importance: 3, performance: 4 }, quadrants: ["concentrate", "overkill"] }
 */
export function ipa(
  importance: readonly number[],
  performance: readonly number[],
  opts: { crosshair?: CrosshairMode; scaleMin?: number; scaleMax?: number } = {},
): { crosshair: Crosshair; quadrants: Quadrant[] } {
  const scale =
    opts.scaleMin !== undefined || opts.scaleMax !== undefined
      ? { min: opts.scaleMin ?? 1, max: opts.scaleMax ?? 5 }
      : opts.crosshair === "midpoint"
        ? { min: 1, max: 5 }
        : undefined;
  const c = crosshair(importance, performance, opts.crosshair ?? "mean", scale);
  return { crosshair: c, quadrants: importance.map((imp, k) => quadrantOf(imp, performance[k], c)) };
}

/**
 * Improvement priority (DESIGN §4.4): scoreₖ = Iₙₖ·(max − Pₖ)/(max − min), Iₙₖ = Iₖ/ΣI — each
 * attribute's share of the index points lost, so the scores sum to 1 − CSI/100 when the importance
 * weights are the CSI weights. Scale default 1–5; a performance a few ulps past an edge is that edge.
 * @param importance one importance per attribute, ≥ 0, not all 0
 * @param performance one performance (mean) per attribute, on the scale
 * @param opts scaleMin/scaleMax (default 1–5)
 * @returns one score per attribute
 * @throws {CsError} num badAttributeWeight, performanceOffScale, badScale — a negative importance (e.g. a negative derived r) or a performance off the scale (column named), min ≥ max
 * @throws {CsError} div0 weightsAllZero, noAttributes — all importance 0, no attributes
 * @throws {CsError} value notAList, listValueNotANumber, ipaLengthMismatch, attributeWeightsNotList, attributeWeightCount — a non-number, unequal lengths
 * @example
 * priorityScores([1, 1], [3, 5]); // → [0.25, 0]
 * 1 - csiFromMeans([3, 5]) / 100; // → 0.25
 */
export function priorityScores(importance: readonly number[], performance: readonly number[], opts: { scaleMin?: number; scaleMax?: number } = {}): number[] {
  const min = opts.scaleMin ?? 1;
  const max = opts.scaleMax ?? 5;
  checkScale(min, max);
  checkPair(importance, performance);
  // Shares rescaled by the largest importance first, so 1e308 importances do not overflow ΣI.
  const shares = weightShares(importance, importance.length, "importance");
  return performance.map((raw, k) => {
    const p = snapToScale(raw, min, max); // a weighted mean a few ulps past an edge is that edge
    if (p < min || p > max) {
      throw new CsError("num", "performanceOffScale", { value: p, min, max }, { column: k + 1 });
    }
    return (shares[k] * (max / 2 - p / 2)) / (max / 2 - min / 2); // halves: no overflow on ±1e308 scales
  });
}

/** Tie order of Kano categories for priority ranks: M > O > A > I > R > Q > none. */
const KANO_TIE_ORDER: Record<KanoCategory, number> = { M: 0, O: 1, A: 2, I: 3, R: 4, Q: 5 };

/**
 * Priority ranks: 1 = the highest score (fix first), every rank distinct; equal scores are broken
 * by Kano category M > O > A > I (then R, Q, none), then by input order.
 * Source: the add-in's rule (README Priority; no published tie rule); the Kano order is Berger et al. 1993's M > O > A > I.
 * @param scores one priority score per attribute
 * @param kanoCategories each attribute's Kano category, or null
 * @returns one rank per attribute
 * @throws {CsError} value notAList, listValueNotANumber, kanoCategoryCount, notKanoCategory — a non-number score, categories not one per score, an unknown category
 * @example
 * priorityRanks([0.1, 0.3, 0.1], ["I", null, "M"]); // → [3, 1, 2]
 */
export function priorityRanks(scores: readonly number[], kanoCategories?: readonly (KanoCategory | null)[]): number[] {
  checkFiniteList(scores, "priority scores");
  if (kanoCategories !== undefined && kanoCategories.length !== scores.length) {
    throw new CsError("value", "kanoCategoryCount", { categories: kanoCategories.length, scores: scores.length });
  }
  const tie = scores.map((_, k) => {
    const cat = kanoCategories?.[k] ?? null;
    if (cat === null) return 6;
    const t = Object.prototype.hasOwnProperty.call(KANO_TIE_ORDER, cat) ? KANO_TIE_ORDER[cat] : undefined;
    if (t === undefined) {
      throw new CsError("value", "notKanoCategory", { value: show(cat) }, { column: k + 1 });
    }
    return t;
  });
  const order = scores.map((_, k) => k);
  order.sort((a, b) => scores[b] - scores[a] || tie[a] - tie[b] || a - b);
  const ranks = new Array<number>(scores.length);
  order.forEach((k, i) => {
    ranks[k] = i + 1;
  });
  return ranks;
}
