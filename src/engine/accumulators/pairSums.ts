/**
 * Pair sums accumulator (Pearson 1896): pairwise power sums of (x, y) about fixed shifts, over
 * the pairs with both answers. Taking the sums about a shift near the data (the scale midpoint)
 * keeps the power-sum formulas exact on rating data; r is shift-invariant. Merge = fieldwise sum
 * (both sides must use the same shifts).
 */
import { CsError } from "../errors";
import { noVariance } from "../importance";
import { sumFieldsInto } from "./fieldSums";

export interface PairSums {
  n: number;
  sumW: number;
  shiftX: number;
  shiftY: number;
  /** Σw(x − shiftX), Σw(y − shiftY), Σw(x − sx)², Σw(y − sy)², Σw(x − sx)(y − sy). */
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

/** The summed fields (the shifts are not sums: both sides share them). */
const PAIR_SUMS = ["n", "sumW", "sumX", "sumY", "sumXX", "sumYY", "sumXY"] as const;

/** Empty pair sums about (shiftX, shiftY). Never throws. */
export function emptyPairSums(shiftX: number, shiftY: number): PairSums {
  return { n: 0, sumW: 0, shiftX, shiftY, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
}

/** Add one checked pair (x, y) with weight w > 0. Never throws. */
export function addPair(p: PairSums, x: number, y: number, w: number): void {
  const dx = x - p.shiftX;
  const dy = y - p.shiftY;
  p.n += 1;
  p.sumW += w;
  p.sumX += w * dx;
  p.sumY += w * dy;
  p.sumXX += w * dx * dx;
  p.sumYY += w * dy * dy;
  p.sumXY += w * dx * dy;
}

/** Merge `b` into `a` in place (same shifts). Never throws. */
export function mergePairSumsInto(a: PairSums, b: PairSums): void {
  sumFieldsInto(a, b, PAIR_SUMS);
}

/**
 * Pearson r from pairwise sums: r = Sxy/√(Sxx·Syy), S.. = centred sums of squares and products
 * (shift-invariant, so it equals the engine's `pearson` on the same pairs).
 * Throws "div0" for fewer than 2 pairs or a variable without variance (as `pearson`).
 */
export function pearsonFromSums(p: PairSums): number {
  if (p.n < 2) throw new CsError("div0", "tooFewPairs", { count: p.n });
  const sxx = p.sumXX - (p.sumX * p.sumX) / p.sumW;
  const syy = p.sumYY - (p.sumY * p.sumY) / p.sumW;
  const sxy = p.sumXY - (p.sumX * p.sumY) / p.sumW;
  const tiny = 1e-13;
  if (!(sxx > tiny * p.sumXX)) throw noVariance("x");
  if (!(syy > tiny * p.sumYY)) throw noVariance("y");
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
