/**
 * Key-driver importance that handles correlated items: each item's part of R², the variance of
 * overall satisfaction the items explain together (issue #13). Methods: "relative_weights"
 * (Johnson 2000), "shapley" (LMG: Lindeman, Merenda & Gold 1980; Lipovetsky & Conklin 2001,
 * exact over all subsets), and for comparison "pearson" (r) and "beta" (standardised β).
 * Everything is computed from the listwise correlations of the items and the overall, so it is
 * mergeable from cross-product sums (accumulators/crossProducts.ts). Blank policy: listwise —
 * a row counts only when every item and the overall are answered and its case weight is > 0;
 * the n used is returned. Case weights are frequency weights. Intervals: percentile bootstrap of
 * the raw weights (Efron & Tibshirani 1993, §13.3), resampling the complete rows with their
 * weights, a fixed seed so the result is stable, written as steps (a pause every slice of rows)
 * so the task pane can run it chunked.
 */
import { centredCrossProducts, mirrorCrossProducts, rootSumsOfSquares, type CrossProducts } from "./accumulators/crossProducts";
import { fullModelR2, relativeWeights, runDecomposition, shapleySteps, type CorrelationSystem, type Decomposition } from "./driverMath";
import { CsError, isCsError } from "./errors";
import { solveLinearSystem } from "./importance";
import { mulberry32 } from "./mulberry32";
import { drawCounts, percentileSorted } from "./resample";
import type { Answer, CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkLevel, checkMatrix, listwiseComplete } from "./validate";

export const DRIVER_METHODS = ["relative_weights", "shapley", "pearson", "beta"] as const;
export type DriverMethod = (typeof DRIVER_METHODS)[number];

/** 2ᵏ subsets: 24 items are 16.8 million, about a second; beyond, relative weights. */
export const SHAPLEY_MAX_ITEMS = 24;
/** The bootstrap's defaults: 1,000 resamples, this seed, a 95 % interval. */
export const DRIVER_BOOTSTRAP = { resamples: 1000, seed: 20000613, level: 0.95 } as const;

/** One method's result. weights: raw (relative weights and Shapley add up to R²); shares = weight / Σ weights. */
export interface DriverFit {
  method: DriverMethod;
  weights: number[];
  shares: number[];
  /** R² of the overall on all the items (the same for every method). */
  r2: number;
  /** Complete rows used (listwise), and their total case weight. */
  n: number;
  sumW: number;
}

/** A fit with its percentile bootstrap interval of each raw weight. */
export interface DriverFitWithIntervals extends DriverFit {
  low: number[];
  high: number[];
  level: number;
  /** Resamples whose fit was defined (a resample that drew a constant or collinear item is left out). */
  resamples: number;
}

export interface DriverOptions {
  method?: DriverMethod;
  weights?: CaseWeights;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  level?: number;
}

/**
 * The listwise correlation system of items + overall (the overall last) from mirrored cross-products.
 * Example by hand: variances 4 and 4, covariance 2 → r = 2/√(4·4) = 0.5.
 * @param c listwise cross-products of the k items and the overall (k + 1 variables)
 * @returns the (k+1)×(k+1) correlation matrix
 * @throws {CsError} div0 driversTooFewRows, driverNoVariance, driverOverallNoVariance — fewer than k + 2 rows, an item without variance (located at its column), an overall without variance
 * @throws {CsError} num driverSumsOverflow — sums past the largest number (they would read as no variance)
 * @example
 * correlationsFromCrossProducts({ n: 4, sumW: 4, sumW2: 4, shift: [0, 0], sum: [0, 0], cross: [4, 2, 2, 4] }).corr[1]; // → 0.5
 */
export function correlationsFromCrossProducts(c: CrossProducts): CorrelationSystem {
  const d = c.shift.length;
  const k = d - 1;
  if (c.n < k + 2) throw new CsError("div0", "driversTooFewRows", { rows: c.n, items: k, needed: k + 2 });
  const s = centredCrossProducts(c);
  // Sums past the largest double (answers near 1e308) would read as "no variance" below.
  if (!s.every(Number.isFinite) || !Number.isFinite(c.sumW)) throw new CsError("num", "driverSumsOverflow");
  const { sd, constant } = rootSumsOfSquares(c, s);
  if (constant === k) throw new CsError("div0", "driverOverallNoVariance");
  if (constant >= 0) throw new CsError("div0", "driverNoVariance", {}, { column: constant + 1 });
  const corr = new Float64Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) corr[i * d + j] = i === j ? 1 : s[i * d + j] / (sd[i] * sd[j]);
  return { k, corr };
}

function checkMethod(method: unknown): DriverMethod {
  if ((DRIVER_METHODS as readonly unknown[]).includes(method)) return method as DriverMethod;
  throw new CsError("value", "unknownDriverMethod", { value: String(method), options: DRIVER_METHODS.join(", ") });
}

/** Rxx (k×k) and rxy of a system, as plain arrays. */
function split(s: CorrelationSystem): { rxx: number[][]; rxy: number[] } {
  const d = s.k + 1;
  const rxx = Array.from({ length: s.k }, (_, i) => Array.from(s.corr.subarray(i * d, i * d + s.k)));
  const rxy = Array.from({ length: s.k }, (_, i) => s.corr[i * d + s.k]);
  return { rxx, rxy };
}

/** A method's raw weights, as steps (only Shapley's walk pauses). */
function* decompositionSteps(s: CorrelationSystem, method: DriverMethod): Generator<void, Decomposition, void> {
  if (method === "shapley" && s.k > SHAPLEY_MAX_ITEMS) {
    throw new CsError("num", "shapleyTooManyItems", { items: s.k, max: SHAPLEY_MAX_ITEMS });
  }
  const r2 = fullModelR2(s);
  if (method === "shapley") return yield* shapleySteps(s);
  const { rxx, rxy } = split(s);
  if (method === "relative_weights") return relativeWeights(rxx, rxy);
  return { weights: method === "beta" ? solveLinearSystem(rxx, rxy) : rxy, r2 };
}

function sharesOf(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(Math.abs(sum) > 1e-15)) throw new CsError("div0", "driverSharesUndefined");
  return weights.map((x) => x / sum);
}

/**
 * Key-driver importance from a correlation system (the mergeable form). Example by hand:
 * uncorrelated items, so each Shapley weight is its r² (0.25, 0.0625) and the shares 0.8, 0.2.
 * @param s correlations of the items and the overall (overall last)
 * @param method "relative_weights", "shapley", "pearson" or "beta"
 * @param used the rows behind the correlations (reported back)
 * @returns raw weights, shares, R² and n
 * @throws {CsError} value unknownDriverMethod — a method not among DRIVER_METHODS
 * @throws {CsError} num driverCollinear, collinear, shapleyTooManyItems — collinear items (located at the item; collinear from the beta solve), Shapley on more than SHAPLEY_MAX_ITEMS items
 * @throws {CsError} div0 driverSharesUndefined — weights adding up to 0
 * @example
 * driversFromCorrelations({ k: 2, corr: Float64Array.from([1, 0, 0.5, 0, 1, 0.25, 0.5, 0.25, 1]) }, "shapley", { n: 10, sumW: 10 }).shares; // → [0.8, 0.2]
 */
export function driversFromCorrelations(s: CorrelationSystem, method: DriverMethod, used: { n: number; sumW: number }): DriverFit {
  const m = checkMethod(method);
  const { weights, r2 } = runDecomposition(decompositionSteps(s, m));
  return { method: m, weights, shares: sharesOf(weights), r2, n: used.n, sumW: used.sumW };
}

/**
 * Key-driver importance from listwise cross-products of the items and the overall (last variable).
 * Example by hand: r = 2/√(4·4) = 0.5 (as correlationsFromCrossProducts).
 * @param c mirrored cross-products (mirrorCrossProducts)
 * @param method the method
 * @returns raw weights, shares, R² and n
 * @throws {CsError} value unknownDriverMethod — a method not among DRIVER_METHODS
 * @throws {CsError} div0 driversTooFewRows, driverNoVariance, driverOverallNoVariance, driverSharesUndefined — fewer than k + 2 rows, an item without variance (located at its column), an overall without variance, weights adding up to 0
 * @throws {CsError} num driverSumsOverflow, driverCollinear, collinear, shapleyTooManyItems — sums past the largest number, collinear items (located at the item), Shapley on more than SHAPLEY_MAX_ITEMS items
 * @example
 * driversFromCrossProducts({ n: 4, sumW: 4, sumW2: 4, shift: [0, 0], sum: [0, 0], cross: [4, 2, 2, 4] }, "pearson").weights; // → [0.5]
 */
export function driversFromCrossProducts(c: CrossProducts, method: DriverMethod): DriverFit {
  return driversFromCorrelations(correlationsFromCrossProducts(c), method, { n: c.n, sumW: c.sumW });
}

/** The complete rows (deviations from the first complete row, n × d row-major) and their weights, checked. */
interface CompleteRows {
  d: number;
  n: number;
  dev: Float64Array;
  w: Float64Array;
  shift: number[];
}

function completeRows(items: Matrix, overall: readonly Answer[], weights: CaseWeights | undefined): CompleteRows {
  const k = checkMatrix(items, "items");
  if (!Array.isArray(overall) || overall.length !== items.length) {
    throw new CsError("value", "overallLengthMismatch", { overall: Array.isArray(overall) ? overall.length : 0, rows: items.length });
  }
  const cw = checkCaseWeights(weights, items.length);
  if (k === 0) throw new CsError("div0", "noItems");
  const d = k + 1;
  // One buffer for every row (a typed array per row costs more than the sums themselves).
  let dev = new Float64Array(Math.min(items.length, 1024) * d);
  const w = new Float64Array(items.length);
  let shift: number[] | undefined;
  let n = 0;
  for (let r = 0; r < items.length; r++) {
    const row = items[r];
    const y = overall[r];
    const ok = listwiseComplete(row, y, k, r);
    const wr = cw === undefined ? 1 : cw[r];
    if (!ok || wr === 0) continue;
    if (shift === undefined) shift = [...(row as number[]), y as number];
    if ((n + 1) * d > dev.length) {
      const grown = new Float64Array(Math.min(items.length, 2 * (n + 1)) * d);
      grown.set(dev);
      dev = grown;
    }
    const at = n * d;
    for (let c = 0; c < k; c++) dev[at + c] = (row[c] as number) - shift[c];
    dev[at + k] = (y as number) - shift[k];
    w[n] = wr;
    n += 1;
  }
  return { d, n, dev, w, shift: shift ?? new Array<number>(d).fill(0) };
}

/**
 * Cross-products of the rows, each counted `times[r]` times (all once without `times`): the sums
 * addCrossRow makes, accumulated in typed arrays first (the bootstrap repeats this a thousand times).
 */
function crossOf(data: CompleteRows, times?: Uint32Array): CrossProducts {
  const { d, dev, w } = data;
  const sum = new Float64Array(d);
  const cross = new Float64Array(d * d);
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (let r = 0; r < data.n; r++) {
    const t = times === undefined ? 1 : times[r];
    if (t === 0) continue;
    const wr = w[r] * t;
    n += 1;
    sumW += wr;
    sumW2 += wr * wr;
    const at = r * d;
    for (let i = 0; i < d; i++) {
      const wi = wr * dev[at + i];
      sum[i] += wi;
      const base = i * d;
      for (let j = i; j < d; j++) cross[base + j] += wi * dev[at + j];
    }
  }
  const c: CrossProducts = { n, sumW, sumW2, shift: data.shift.slice(), sum: Array.from(sum), cross: Array.from(cross) };
  mirrorCrossProducts(c);
  return c;
}

/**
 * Key-driver importance of each item (column) for overall satisfaction, listwise. Blank policy:
 * listwise — a row counts only when every item and the overall are answered (null is blank) and
 * its case weight is > 0; the n used is returned. Example by hand: all 5 rows complete, and the
 * first item equals the overall (r = 1).
 * @param items rows = respondents, columns = items (numbers or null for blank)
 * @param overall the overall satisfaction of each row
 * @param options method (default "relative_weights") and case weights
 * @returns raw weights, shares, R² and the n used
 * @throws {CsError} value unknownDriverMethod, overallLengthMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — an unknown method, overall not one per row, items not rows of cells of equal length, weights not one per row, a non-number (row and column named)
 * @throws {CsError} div0 noItems, driversTooFewRows, driverNoVariance, driverOverallNoVariance, driverSharesUndefined — no items, fewer than k + 2 rows, an item without variance (located at its column), an overall without variance, weights adding up to 0
 * @throws {CsError} num badCaseWeight, driverSumsOverflow, driverCollinear, collinear, shapleyTooManyItems — a bad case weight, sums past the largest number, collinear items (located at the item), Shapley on more than SHAPLEY_MAX_ITEMS items
 * @example
 * const fit = keyDrivers([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]], [1, 2, 3, 4, 5], { method: "pearson" });
 * [fit.n, fit.weights[0]]; // → [5, 1]
 */
export function keyDrivers(items: Matrix, overall: readonly Answer[], options: DriverOptions = {}): DriverFit {
  const method = checkMethod(options.method ?? "relative_weights");
  return driversFromCrossProducts(crossOf(completeRows(items, overall, options.weights)), method);
}

function checkResamples(x: number): void {
  if (!Number.isInteger(x)) throw new CsError("num", "notWholeNumber", { value: x });
  if (x < 1) throw new CsError("num", "mustBeAtLeast", { value: x, low: 1 });
}

/**
 * Key drivers with percentile bootstrap intervals of the raw weights, as steps (run them with
 * runSteps, or chunked in the pane): each resample draws n complete rows with replacement
 * (mulberry32 from the seed), each keeping its case weight, and refits. A resample whose fit is
 * undefined (it drew a constant or collinear item) is left out and not counted; when none is
 * defined, the first resample's error is thrown. Blank policy: listwise, as keyDrivers.
 * @param items rows = respondents, columns = items
 * @param overall the overall satisfaction of each row
 * @param options method, case weights, resamples (1,000), seed, level (0.95)
 * @returns steps whose result is the fit with its intervals
 * @throws {CsError} value unknownDriverMethod, overallLengthMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — an unknown method, overall not one per row, items not rows of cells of equal length, weights not one per row, a non-number (row and column named)
 * @throws {CsError} div0 noItems, driversTooFewRows, driverNoVariance, driverOverallNoVariance, driverSharesUndefined — no items, fewer than k + 2 rows, an item without variance (located at its column), an overall without variance, weights adding up to 0
 * @throws {CsError} num badCaseWeight, badConfidenceLevel, notWholeNumber, mustBeAtLeast, driverSumsOverflow, driverCollinear, collinear, shapleyTooManyItems — a bad case weight, a level outside (0, 1), resamples not a whole number ≥ 1, sums past the largest number, collinear items (located at the item), Shapley on more than SHAPLEY_MAX_ITEMS items
 * @example
 * keyDriverSteps([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]], [1, 2, 3, 4, 5], { resamples: 20 }).next().done; // → false
 */
export function* keyDriverSteps(
  items: Matrix,
  overall: readonly Answer[],
  options: DriverOptions & BootstrapOptions = {},
): Generator<void, DriverFitWithIntervals, void> {
  const method = checkMethod(options.method ?? "relative_weights");
  const { resamples = DRIVER_BOOTSTRAP.resamples, seed = DRIVER_BOOTSTRAP.seed, level = DRIVER_BOOTSTRAP.level } = options;
  checkLevel(level);
  checkResamples(resamples);
  const data = completeRows(items, overall, options.weights);
  const fit = driversFromCrossProducts(crossOf(data), method);
  const n = data.n;
  const k = data.d - 1;
  const rand = mulberry32(seed);
  const samples = Array.from({ length: k }, () => new Float64Array(resamples));
  const times = new Uint32Array(n);
  let used = 0;
  let firstError: unknown;
  for (let b = 0; b < resamples; b++) {
    drawCounts(rand, times);
    yield;
    let weights: number[];
    try {
      const s = correlationsFromCrossProducts(crossOf(data, times));
      weights = (yield* decompositionSteps(s, method)).weights;
    } catch (e) {
      if (!isCsError(e)) throw e;
      firstError ??= e;
      continue;
    }
    for (let j = 0; j < k; j++) samples[j][used] = weights[j];
    used += 1;
    yield;
  }
  if (used === 0) throw firstError;
  const alpha = (1 - level) / 2;
  const low: number[] = [];
  const high: number[] = [];
  for (let j = 0; j < k; j++) {
    const sorted = samples[j].slice(0, used).sort();
    low.push(percentileSorted(sorted, alpha));
    high.push(percentileSorted(sorted, 1 - alpha));
  }
  return { ...fit, low, high, level, resamples: used };
}

/**
 * keyDriverSteps run straight through (the pure function). Blank policy: listwise, as keyDrivers.
 * @param items rows = respondents, columns = items
 * @param overall the overall satisfaction of each row
 * @param options as keyDriverSteps
 * @returns the fit with its intervals
 * @throws {CsError} value unknownDriverMethod, overallLengthMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — an unknown method, overall not one per row, items not rows of cells of equal length, weights not one per row, a non-number (row and column named)
 * @throws {CsError} div0 noItems, driversTooFewRows, driverNoVariance, driverOverallNoVariance, driverSharesUndefined — no items, fewer than k + 2 rows, an item without variance (located at its column), an overall without variance, weights adding up to 0
 * @throws {CsError} num badCaseWeight, badConfidenceLevel, notWholeNumber, mustBeAtLeast, driverSumsOverflow, driverCollinear, collinear, shapleyTooManyItems — a bad case weight, a level outside (0, 1), resamples not a whole number ≥ 1, sums past the largest number, collinear items (located at the item), Shapley on more than SHAPLEY_MAX_ITEMS items
 * @example
 * const fit = keyDriverIntervals([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]], [1, 2, 3, 4, 5], { resamples: 20 });
 * [fit.low.length, fit.high.length, fit.level]; // → [2, 2, 0.95]
 */
export function keyDriverIntervals(items: Matrix, overall: readonly Answer[], options: DriverOptions & BootstrapOptions = {}): DriverFitWithIntervals {
  return runDecomposition(keyDriverSteps(items, overall, options));
}
