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

/** Empty cross-products of shift.length variables. Never throws. */
export function emptyCrossProducts(shift: readonly number[]): CrossProducts {
  const k = shift.length;
  return { n: 0, sumW: 0, sumW2: 0, shift: shift.slice(), sum: new Array<number>(k).fill(0), cross: new Array<number>(k * k).fill(0) };
}

/** Add one complete row: dev[i] = xᵢ − shiftᵢ for i < k, weight w > 0 (upper triangle only). Never throws. */
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

/** Merge `b` (accumulating or mirrored) into `a` in place: only b's upper triangle is added. Never throws. */
export function mergeCrossProductsInto(a: CrossProducts, b: CrossProducts): void {
  sumFieldsInto(a, b, TOTALS);
  const k = a.shift.length;
  for (let i = 0; i < k; i++) a.sum[i] += b.sum[i];
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) a.cross[i * k + j] += b.cross[i * k + j];
}

/** Copy the upper triangle into the lower one, in place (a result is symmetric). Never throws. */
export function mirrorCrossProducts(c: CrossProducts): void {
  const k = c.shift.length;
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) c.cross[i * k + j] = c.cross[j * k + i];
}

/** Centred cross-products Sᵢⱼ = Σw·dᵢdⱼ − Σw·dᵢ·Σw·dⱼ/Σw (full symmetric k×k, from the upper triangle). Never throws. */
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
 * Standardised OLS weights β = R⁻¹·r from listwise cross-products of items + overall (last
 * variable): R = item correlations, r = item–overall correlations (the engine's derivedImportance
 * "beta" on the same rows). Throws "div0" when complete rows ≤ items or a variable has no
 * variance; "num" for collinear items.
 */
export function betaFromCrossProducts(c: CrossProducts): number[] {
  const d = c.shift.length;
  const k = d - 1;
  if (c.n <= k) {
    throw new CsError("div0", "betaTooFewRows", { rows: c.n, items: k });
  }
  const s = centredCrossProducts(c);
  const sd = new Array<number>(d);
  for (let i = 0; i < d; i++) {
    const v = s[i * d + i];
    if (!(v > 1e-13 * Math.abs(c.cross[i * d + i]))) {
      if (i === k) throw new CsError("div0", "betaOverallNoVariance");
      throw new CsError("div0", "betaNoVariance", {}, { column: i + 1 });
    }
    sd[i] = Math.sqrt(v);
  }
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
 * Moments of a linear combination Σaᵢxᵢ over the listwise rows of a mirrored `c`, about the
 * shift (Σw·(a·d), Σw·(a·d)²) — e.g. the respondent-level CSI, for its confidence interval.
 * The mean is shifted by a·shift; the variance (and so an interval's half-width) is exact. Never throws.
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
