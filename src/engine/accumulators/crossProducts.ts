/**
 * Cross-products accumulator: listwise sums over rows where every variable is answered — n, Σw,
 * Σw², Σw·dᵢ and Σw·dᵢ·dⱼ with d = x − shift (a fixed shift near the data, e.g. the scale
 * midpoint, so power sums lose no precision). The sufficient statistics of Cronbach's α
 * (reliability.ts alphaFromCrossProducts), standardised regression weights β and the moments of
 * any linear combination (the respondent-level CSI). Merge = fieldwise sum (same shifts).
 * During accumulation only the upper triangle of `cross` is summed; mirrorCrossProducts fills
 * the lower one for a result.
 */
import { CsError } from "../errors";
import { solveLinearSystem } from "../importance";
import { sumFieldsInto } from "./fieldSums";
import type { Moments } from "./moments";

export interface CrossProducts {
  n: number;
  sumW: number;
  sumW2: number;
  shift: number[];
  sum: number[];
  /** k×k, row-major, symmetric (in a result). */
  cross: number[];
}

const TOTALS = ["n", "sumW", "sumW2"] as const;

/**
 * Empty cross-products of shift.length variables about the given shifts (a value near the data,
 * e.g. the scale midpoint, so the power sums lose no precision). Never throws.
 * @param shift one shift per variable
 * @returns n = Σw = Σw² = 0, zero sums and a zero k×k cross table
 * @example
 * emptyCrossProducts([3, 3]); // → { n: 0, sumW: 0, sumW2: 0, shift: [3, 3], sum: [0, 0], cross: [0, 0, 0, 0] }
 */
export function emptyCrossProducts(shift: readonly number[]): CrossProducts {
  const k = shift.length;
  return { n: 0, sumW: 0, sumW2: 0, shift: shift.slice(), sum: new Array<number>(k).fill(0), cross: new Array<number>(k * k).fill(0) };
}

/**
 * Add one complete row (listwise) in place: dᵢ = xᵢ − shiftᵢ, Σw·dᵢ += w·dᵢ and Σw·dᵢdⱼ += w·dᵢdⱼ
 * for j ≥ i (the upper triangle only; mirrorCrossProducts fills the rest). Frequency weights.
 * Never throws (callers skip incomplete rows and check the values).
 * @param c the cross-products (mutated)
 * @param dev the row's deviations from the shifts, k of them
 * @param k the number of variables
 * @param w the row's case weight, > 0
 * @example
 * const c = emptyCrossProducts([0, 0]);
 * addCrossRow(c, [1, 2], 2, 1);
 * c.cross; // → [1, 2, 0, 4]
 */
export function addCrossRow(c: CrossProducts, dev: ArrayLike<number>, k: number, w: number): void {
  c.n += 1;
  c.sumW += w;
  c.sumW2 += w * w;
  const cross = c.cross;
  for (let i = 0; i < k; i++) {
    const wi = w * dev[i];
    c.sum[i] += wi;
    const base = i * k;
    for (let j = i; j < k; j++) cross[base + j] += wi * dev[j];
  }
}

/**
 * Merge `b` (accumulating or mirrored, same shifts) into `a` in place: fieldwise sums, only b's
 * upper triangle added. Never throws.
 * @param a the cross-products merged into (mutated)
 * @param b the cross-products added
 * @example
 * const a = emptyCrossProducts([0, 0]);
 * addCrossRow(a, [1, 2], 2, 1);
 * const b = emptyCrossProducts([0, 0]);
 * addCrossRow(b, [3, 6], 2, 1);
 * mergeCrossProductsInto(a, b);
 * [a.n, a.sum, a.cross]; // → [2, [4, 8], [10, 20, 0, 40]]
 */
export function mergeCrossProductsInto(a: CrossProducts, b: CrossProducts): void {
  sumFieldsInto(a, b, TOTALS);
  const k = a.shift.length;
  for (let i = 0; i < k; i++) a.sum[i] += b.sum[i];
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) a.cross[i * k + j] += b.cross[i * k + j];
}

/**
 * Copy the upper triangle of the cross table into the lower one, in place (a result is symmetric).
 * Never throws.
 * @param c the cross-products (mutated)
 * @example
 * const c = emptyCrossProducts([0, 0]);
 * addCrossRow(c, [1, 2], 2, 1);
 * mirrorCrossProducts(c);
 * c.cross; // → [1, 2, 2, 4]
 */
export function mirrorCrossProducts(c: CrossProducts): void {
  const k = c.shift.length;
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) c.cross[i * k + j] = c.cross[j * k + i];
}

/**
 * Centred cross-products Sᵢⱼ = Σw·dᵢdⱼ − Σw·dᵢ·Σw·dⱼ/Σw (the sums of squares and products about
 * the means; shift-invariant), full symmetric k×k from the upper triangle. Never throws.
 * @param c the cross-products
 * @returns k×k row-major
 * @example
 * const c = emptyCrossProducts([0, 0]);
 * addCrossRow(c, [1, 2], 2, 1);
 * addCrossRow(c, [3, 6], 2, 1);
 * centredCrossProducts(c); // → [2, 4, 4, 8]
 */
export function centredCrossProducts(c: CrossProducts): number[] {
  const k = c.shift.length;
  const out = new Array<number>(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const v = c.cross[i * k + j] - (c.sum[i] * c.sum[j]) / c.sumW;
      out[i * k + j] = v;
      out[j * k + i] = v;
    }
  }
  return out;
}

/**
 * The root centred sum of squares √Σw(x − x̄)² of every variable (from centredCrossProducts), and
 * the first variable without variance: its centred sum is not above 1e-13 × its raw sum of squares
 * (a constant column leaves only rounding of the shift). No answers are read, so there is no blank
 * policy. Never throws: the caller raises its own error for `constant`.
 * @param c the cross-products
 * @param s centredCrossProducts(c)
 * @returns sd[i] per variable, and constant = the index of the first variable without variance (−1 when none)
 * @example
 * const c = emptyCrossProducts([0, 0]);
 * [[1, 2], [3, 2]].forEach((r) => addCrossRow(c, r, 2, 1));
 * const r = rootSumsOfSquares(c, centredCrossProducts(c));
 * [r.sd[0], r.constant]; // → [1.4142, 1]
 */
export function rootSumsOfSquares(c: CrossProducts, s: readonly number[]): { sd: Float64Array; constant: number } {
  const d = c.shift.length;
  const sd = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const v = s[i * d + i];
    if (!(v > 1e-13 * Math.abs(c.cross[i * d + i]))) return { sd, constant: i };
    sd[i] = Math.sqrt(v);
  }
  return { sd, constant: -1 };
}

/**
 * Standardised OLS weights β = R⁻¹·r from listwise cross-products of the items plus overall (the
 * last variable): R = item correlations, r = item–overall correlations (derivedImportance "beta"
 * on the same rows; with one item β = Pearson's r).
 * @param c cross-products of k items and overall
 * @returns one β per item
 * @throws {CsError} div0 betaTooFewRows, betaNoVariance, betaOverallNoVariance — complete rows ≤ items, a variable without variance (its column named)
 * @throws {CsError} num collinear — collinear items
 * @throws {CsError} value systemMatrixSize — never in practice (R is k×k by construction)
 * @example
 * const c = emptyCrossProducts([3, 4]);
 * [[1, 2], [2, 4], [3, 5], [4, 4], [5, 5]].forEach(([x, y]) => addCrossRow(c, [x - 3, y - 4], 2, 1));
 * betaFromCrossProducts(c); // → [0.7746]
 */
export function betaFromCrossProducts(c: CrossProducts): number[] {
  const d = c.shift.length;
  const k = d - 1;
  if (c.n <= k) {
    throw new CsError("div0", "betaTooFewRows", { rows: c.n, items: k });
  }
  const s = centredCrossProducts(c);
  const { sd, constant } = rootSumsOfSquares(c, s);
  if (constant === k) throw new CsError("div0", "betaOverallNoVariance");
  if (constant >= 0) throw new CsError("div0", "betaNoVariance", {}, { column: constant + 1 });
  const R: number[][] = [];
  const rxy: number[] = [];
  for (let i = 0; i < k; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) row.push(i === j ? 1 : s[i * d + j] / (sd[i] * sd[j]));
    R.push(row);
    rxy.push(s[i * d + k] / (sd[i] * sd[k]));
  }
  return solveLinearSystem(R, rxy);
}

/**
 * Moments of a linear combination Σaᵢxᵢ over the listwise rows of a mirrored `c`, about the shift:
 * Σw·(a·d) and Σw·(a·d)² — e.g. the respondent-level CSI, for its confidence interval. The mean is
 * shifted by a·shift; the variance (so an interval's half-width) is exact. Never throws.
 * @param c mirrored cross-products
 * @param a one coefficient per variable
 * @returns the moments of a·d
 * @example
 * const c = emptyCrossProducts([3, 4]);
 * [[1, 2], [2, 4], [3, 5], [4, 4], [5, 5]].forEach(([x, y]) => addCrossRow(c, [x - 3, y - 4], 2, 1));
 * mirrorCrossProducts(c);
 * const m = combinationMoments(c, [1, 1]);
 * m; // → { n: 5, sumW: 5, sumW2: 5, sum: 0, sumSq: 28 }
 * momentsVariance(m); // → 7
 */
export function combinationMoments(c: CrossProducts, a: readonly number[]): Moments {
  const k = c.shift.length;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < k; i++) {
    sum += a[i] * c.sum[i];
    for (let j = 0; j < k; j++) sumSq += a[i] * a[j] * c.cross[i * k + j];
  }
  return { n: c.n, sumW: c.sumW, sumW2: c.sumW2, sum, sumSq };
}
