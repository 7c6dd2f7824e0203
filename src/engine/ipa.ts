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
 * Crosshair of the IPA grid (one value per axis).
 * "mean" (default, Martilla & James): mean of the attributes' importance / performance;
 * "median": their medians; "midpoint": (min + max)/2 of `scale` on both axes (importance and
 * performance on the same scale); a number: that value on both axes.
 * Throws "value" for a length mismatch, a non-number or "midpoint" without a scale; "div0" with
 * no attributes; "num" for a bad scale or non-finite number mode.
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
 * Quadrant of one attribute (Martilla & James 1977): high = value ≥ crosshair (a point on a
 * crosshair counts as high). Throws "value" for a non-number.
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
 * IPA: crosshair (see `crosshair`, default "mean") and each attribute's quadrant, in input order.
 * `scaleMin`/`scaleMax` are used only by the "midpoint" crosshair (default 1–5).
 * Throws as crosshair ("value" shape/non-number, "div0" no attributes, "num" bad scale).
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
 * Improvement priority: scoreₖ = Iₙₖ·(max − Pₖ)/(max − min), Iₙₖ = Iₖ/ΣI — each attribute's
 * share of the index points lost, so the scores sum to 1 − CSI/100 when the importance weights
 * are the CSI weights (DESIGN §4.4). Scale default 1–5.
 * Throws "num" for negative importance (naming the column; e.g. a negative derived r) or a
 * performance off the scale, "div0" when all importance is 0, "value" for a length mismatch.
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
 * Priority ranks: 1 = highest score (fix first), every rank distinct. Equal scores are broken by
 * Kano category M > O > A > I (then R, Q, none), then by input order.
 * Throws "value" for a non-number score, an unknown category or a categories/scores length mismatch.
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
