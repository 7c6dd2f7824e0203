/**
 * Input checks shared by the engine modules (internal; not re-exported from index.ts).
 * Each throws CsError with a located message: "row 14, column 3: 6 is outside the 1–5 scale".
 */
import { CsError } from "./errors";
import type { Answer, CaseWeights, Matrix } from "./types";

/** Render a value for a message: numbers as written, anything else quoted/JSON. */
export function show(x: unknown): string {
  if (typeof x === "number") return String(x);
  if (typeof x === "string") return `'${x}'`;
  if (x === undefined) return "an empty cell";
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return String(x);
  }
}

/** True for a finite number (false for NaN, ±Infinity, strings, undefined, null). */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && x - x === 0;
}

/** Throw "value": the cell holds something that is neither a finite number nor blank. */
export function notANumber(x: unknown, row?: number, column?: number): never {
  const where = { row, column };
  if (typeof x === "string") throw new CsError("value", "textNotANumber", { value: x }, where);
  if (x === undefined) throw new CsError("value", "emptyCellNotANumber", {}, where);
  throw new CsError("value", "notANumber", { value: show(x) }, where);
}

/** Throw "num": the value is outside the scale (or not an integer level when `levels`). */
export function offScale(x: number, min: number, max: number, row?: number, column?: number, levels = false): never {
  throw new CsError("num", levels ? "notLevel" : "outsideScale", { value: x, min, max }, { row, column });
}

/** Check a scale: finite, min < max. */
export function checkScale(min: number, max: number): void {
  if (!isFiniteNumber(min) || !isFiniteNumber(max) || !(min < max)) {
    throw new CsError("num", "badScale", { min, max });
  }
}

/** Check a confidence level in (0, 1). */
export function checkLevel(level: number): void {
  if (!isFiniteNumber(level) || level <= 0 || level >= 1) {
    throw new CsError("num", "badConfidenceLevel", { level });
  }
}

/**
 * Check a matrix is rectangular; returns the number of columns (0 for an empty matrix).
 * Cell values are checked by the callers' own loops (one pass).
 */
export function checkMatrix(m: Matrix, name = "data"): number {
  if (!Array.isArray(m)) throw new CsError("value", "notRows", { name });
  const rows = m.length;
  if (rows === 0) return 0;
  const first = m[0];
  if (!Array.isArray(first)) throw new CsError("value", "rowNotCells", { name }, { row: 1 });
  const cols = first.length;
  for (let r = 1; r < rows; r++) {
    const row = m[r];
    if (!Array.isArray(row) || row.length !== cols) {
      const len = Array.isArray(row) ? row.length : 0;
      throw new CsError("value", "raggedRows", { name, got: len, width: cols }, { row: r + 1 });
    }
  }
  return cols;
}

/** Check two matrices have the same shape (e.g. perception vs expectation). */
export function checkSameShape(a: Matrix, b: Matrix, aName: string, bName: string): number {
  const ca = checkMatrix(a, aName);
  const cb = checkMatrix(b, bName);
  if (a.length !== b.length || ca !== cb) {
    throw new CsError("value", "shapeMismatch", {
      first: aName,
      firstRows: a.length,
      firstColumns: ca,
      second: bName,
      secondRows: b.length,
      secondColumns: cb,
    });
  }
  return ca;
}

/** Check two answer lists have the same length. */
export function checkSameLength(a: readonly Answer[], b: readonly Answer[], aName: string, bName: string): void {
  if (!Array.isArray(a) || !Array.isArray(b)) throw new CsError("value", "notLists", { first: aName, second: bName });
  if (a.length !== b.length) {
    throw new CsError("value", "pairCountMismatch", { first: aName, firstCount: a.length, second: bName, secondCount: b.length });
  }
}

/** Check case weights: one per row, finite, ≥ 0. Returns the weights or undefined. */
export function checkCaseWeights(weights: CaseWeights | undefined, rows: number): CaseWeights | undefined {
  if (weights === undefined) return undefined;
  if (!Array.isArray(weights)) throw new CsError("value", "caseWeightsNotList");
  if (weights.length !== rows) {
    throw new CsError("value", "caseWeightCount", { given: weights.length, rows });
  }
  for (let r = 0; r < rows; r++) {
    const w = weights[r];
    if (!isFiniteNumber(w) || w < 0) {
      throw new CsError("num", "badCaseWeight", { value: show(w) }, { row: r + 1 });
    }
  }
  return weights;
}

/**
 * Check attribute weights (CSI weights, importance, points): `k` of them, finite, ≥ 0, not all zero.
 * Returns their sum. Errors name the column (1-based).
 */
export function checkAttributeWeights(weights: readonly number[], k: number, name: string): number {
  if (!Array.isArray(weights)) throw new CsError("value", "attributeWeightsNotList", { name });
  if (weights.length !== k) {
    throw new CsError("value", "attributeWeightCount", { name, given: weights.length, count: k });
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const w = weights[c];
    if (!isFiniteNumber(w) || w < 0) {
      throw new CsError("num", "badAttributeWeight", { name, value: show(w) }, { column: c + 1 });
    }
    sum += w;
  }
  if (!(sum > 0)) throw new CsError("div0", "weightsAllZero", { name });
  return sum;
}

/** Check a list of finite numbers (e.g. attribute means); errors name the column. */
export function checkFiniteList(values: readonly number[], name: string): void {
  if (!Array.isArray(values)) throw new CsError("value", "notAList", { name });
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (!isFiniteNumber(v)) {
      throw new CsError("value", "listValueNotANumber", { name, value: show(v) }, { column: c + 1 });
    }
  }
}

/**
 * Case weights divided by the largest, so every weight is in [0, 1] and the largest is exactly 1.
 * Why: point estimates (means, shares, NPS) and Kish's effective n are ratios of weight sums, so
 * they do not change, but the sums do not overflow (1e308 × 2 = Infinity) nor underflow
 * (1e-300² = 0) nor lose digits in w·x (5e-324 × 4.5 rounds on the denormal grid): Σw ≤ n and
 * Σw² ≥ 1. Use it where only such ratios leave the function — not for frequency-weight
 * variances (Σw − 1), which depend on the weights' scale.
 * Weights that are not all finite and ≥ 0 (or all zero, or not a list) are returned as given,
 * so the caller's checkCaseWeights still names the bad one.
 */
export function relativeWeights(weights: CaseWeights | undefined): CaseWeights | undefined {
  if (weights === undefined || !Array.isArray(weights)) return weights;
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!isFiniteNumber(w) || w < 0) return weights;
    if (w > max) max = w;
  }
  if (max === 0 || max === 1) return weights;
  const out = new Array<number>(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] / max;
  return out;
}

/**
 * Attribute weights as shares wₖ/Σw (checked as checkAttributeWeights: k of them, finite, ≥ 0,
 * not all zero). Each weight is divided by the largest first, so Σw is between 1 and k and the
 * shares are right for any finite weights (1e308 each would make Σw = Infinity and every share
 * 0; 5e-324 each would be exact only by luck).
 */
export function weightShares(weights: readonly number[], k: number, name: string): number[] {
  checkAttributeWeights(weights, k, name);
  let max = 0;
  for (let c = 0; c < k; c++) if (weights[c] > max) max = weights[c];
  let sum = 0;
  const rel = new Array<number>(k);
  for (let c = 0; c < k; c++) {
    rel[c] = weights[c] / max;
    sum += rel[c];
  }
  for (let c = 0; c < k; c++) rel[c] /= sum;
  return rel;
}

/**
 * Tolerance at the edges of a scale, as a fraction of its width (max − min): 1e-12.
 * Why: a weighted mean of answers that are all 5 is Σw·5/Σw, which rounding can put a few ulps
 * above 5 (weights 0.1 and 4.1 give 5.000000000000001). Rounding of sums of n terms is about
 * n·2^-53 ≈ n·1.1e-16 relative, so 1e-12 covers sums of ~10,000 terms of error with a wide
 * margin, while any real off-scale value (a wrong scale, a 6 on 1–5) is far larger.
 */
export const SCALE_EDGE_TOLERANCE = 1e-12;

/**
 * `x` snapped to [min, max] when it lies outside by at most SCALE_EDGE_TOLERANCE·(max − min)
 * (floating-point rounding); otherwise `x` unchanged (the caller reports it off the scale).
 */
export function snapToScale(x: number, min: number, max: number): number {
  // Each term scaled first: max − min itself overflows for a scale like −1e308…1e308.
  const tol = SCALE_EDGE_TOLERANCE * max - SCALE_EDGE_TOLERANCE * min;
  if (x < min && x >= min - tol) return min;
  if (x > max && x <= max + tol) return max;
  return x;
}

/**
 * Listwise deletion's row rule, shared by the regressions (importance.ts β, drivers.ts): true when
 * the overall answer `y` and the first k answers of `row` are all given; a given answer that is not
 * a finite number throws notANumber with its 1-based row (r + 1) and column.
 */
export function listwiseComplete(row: readonly Answer[], y: Answer, k: number, r: number): boolean {
  let ok = y !== null;
  if (y !== null && (typeof y !== "number" || y - y !== 0)) notANumber(y, r + 1);
  for (let c = 0; c < k; c++) {
    const x = row[c];
    if (x === null) ok = false;
    else if (typeof x !== "number" || x - x !== 0) notANumber(x, r + 1, c + 1);
  }
  return ok;
}
