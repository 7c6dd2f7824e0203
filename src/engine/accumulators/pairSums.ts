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

/**
 * Empty pair sums about (shiftX, shiftY): values near the data (the scale midpoint) keep the
 * power-sum formulas exact on rating data. Never throws.
 * @param shiftX the shift of x
 * @param shiftY the shift of y
 * @returns all sums 0
 * @example
 * emptyPairSums(3, 4); // → { n: 0, sumW: 0, shiftX: 3, shiftY: 4, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 }
 */
export function emptyPairSums(shiftX: number, shiftY: number): PairSums {
  return { n: 0, sumW: 0, shiftX, shiftY, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
}

/**
 * Add one checked pair (x, y) with weight w > 0 in place: n, Σw and the power sums of
 * dx = x − shiftX, dy = y − shiftY (Σw·dx, Σw·dy, Σw·dx², Σw·dy², Σw·dx·dy). Frequency weights.
 * Never throws (callers skip incomplete pairs and check the values).
 * @param p the pair sums (mutated)
 * @param x the x value
 * @param y the y value
 * @param w the case weight, > 0
 * @example
 * const p = emptyPairSums(0, 0);
 * addPair(p, 1, 2, 2);
 * p; // → { n: 1, sumW: 2, shiftX: 0, shiftY: 0, sumX: 2, sumY: 4, sumXX: 2, sumYY: 8, sumXY: 4 }
 */
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

/**
 * Merge pair sums `b` into `a` in place (fieldwise sums; both about the same shifts). Never throws.
 * @param a the pair sums merged into (mutated)
 * @param b the pair sums added
 * @example
 * const a = emptyPairSums(0, 0);
 * addPair(a, 1, 2, 1);
 * const b = emptyPairSums(0, 0);
 * addPair(b, 3, 1, 1);
 * mergePairSumsInto(a, b);
 * [a.n, a.sumXY]; // → [2, 5]
 */
export function mergePairSumsInto(a: PairSums, b: PairSums): void {
  sumFieldsInto(a, b, PAIR_SUMS);
}

/**
 * Pearson r (Pearson 1896) from pairwise sums: r = Sxy/√(Sxx·Syy), S.. the centred sums of squares
 * and products (shift-invariant, so it equals the engine's `pearson` on the same pairs).
 * @param p pair sums
 * @returns r in [−1, 1]
 * @throws {CsError} div0 tooFewPairs, noVariance — fewer than 2 pairs, a variable without variance
 * @example
 * const p = emptyPairSums(3, 4);
 * [[1, 2], [2, 4], [3, 5], [4, 4], [5, 5]].forEach(([x, y]) => addPair(p, x, y, 1));
 * pearsonFromSums(p); // → 6 / Math.sqrt(60)
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
