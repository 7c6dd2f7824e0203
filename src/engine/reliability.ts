/**
 * Internal-consistency reliability: Cronbach's alpha (Cronbach 1951).
 */
import { centredCrossProducts, type CrossProducts } from "./accumulators/crossProducts";
import { CsError } from "./errors";
import type { CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkMatrix, notANumber } from "./validate";

/**
 * Cronbach's α (Cronbach 1951) = k/(k − 1)·(1 − Σsᵢ²/s_T²), sᵢ² = variance of item i, s_T² =
 * variance of the row total. Variant: the variances share one denominator, so α uses the sums of
 * squares directly and is the same for frequency (Σw − 1) or sample (n − 1) variances; case weights
 * are frequency weights. Blank policy: listwise deletion — a row with any blank item is dropped,
 * weight-0 rows too; `n` = complete rows used.
 * Worked example: items (4,3,5,2), (5,4,5,3), (4,3,5,2) → 1.5·(1 − 12.75/36.75) = 0.9795918.
 * @param items rows = respondents, columns = items
 * @param weights case weights, one per row
 * @returns alpha, k items, n complete rows
 * @throws {CsError} div0 alphaTooFewItems, alphaTooFewRows, alphaZeroVariance — fewer than 2 items or 2 complete rows, a total without variance
 * @throws {CsError} value notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — a non-number or ragged rows
 * @throws {CsError} num badCaseWeight — a bad weight
 * @example
 * cronbachAlpha([[4, 5, 4], [3, 4, 3], [5, 5, 5], [2, 3, 2]]); // → { alpha: 0.9795918, k: 3, n: 4 }
 */
export function cronbachAlpha(items: Matrix, weights?: CaseWeights): { alpha: number; k: number; n: number } {
  const k = checkMatrix(items, "items");
  const w = checkCaseWeights(weights, items.length);
  checkAlphaShape(k, 2);
  const s = new Float64Array(k);
  const ss = new Float64Array(k);
  let n = 0;
  let sw = 0;
  let st = 0;
  let sst = 0;
  for (let r = 0; r < items.length; r++) {
    const row = items[r];
    let complete = true;
    for (let c = 0; c < k; c++) {
      const x = row[c];
      if (x === null) {
        complete = false;
        continue;
      }
      if (typeof x !== "number" || x - x !== 0) notANumber(x, r + 1, c + 1);
    }
    const wr = w === undefined ? 1 : w[r];
    if (!complete || wr === 0) continue;
    let total = 0;
    for (let c = 0; c < k; c++) {
      const x = row[c] as number;
      total += x;
      s[c] += wr * x;
      ss[c] += wr * x * x;
    }
    n += 1;
    sw += wr;
    st += wr * total;
    sst += wr * total * total;
  }
  return cronbachAlphaFromSums({ k, n, sumW: sw, sum: s, sumSq: ss, totalSum: st, totalSumSq: sst });
}

/**
 * Listwise sums of Cronbach's alpha over the complete rows (weights w = 1 unweighted): n rows,
 * Σw, per item Σw·x and Σw·x², and of the row total T = Σ items: Σw·T, Σw·T².
 */
export interface ListwiseSums {
  k: number;
  n: number;
  sumW: number;
  sum: ArrayLike<number>;
  sumSq: ArrayLike<number>;
  totalSum: number;
  totalSumSq: number;
}

/**
 * Cronbach's α (Cronbach 1951) from listwise sums (see cronbachAlpha, which computes them):
 * α = k/(k − 1)·(1 − Σᵢ(Σw·xᵢ² − (Σw·xᵢ)²/Σw) / (Σw·T² − (Σw·T)²/Σw)).
 * @param sums k, n, Σw, per item Σw·x and Σw·x², and Σw·T, Σw·T² of the row totals
 * @returns alpha, k, n
 * @throws {CsError} div0 alphaTooFewItems, alphaTooFewRows, alphaZeroVariance — k < 2, n < 2, a total without variance
 * @example
 * cronbachAlphaFromSums({ k: 3, n: 4, sumW: 4, sum: [14, 17, 14], sumSq: [54, 75, 54], totalSum: 45, totalSumSq: 543 }).alpha; // → 0.9795918
 */
export function cronbachAlphaFromSums(sums: ListwiseSums): { alpha: number; k: number; n: number } {
  const { k, n, sumW: sw, sum: s, sumSq: ss, totalSum: st, totalSumSq: sst } = sums;
  checkAlphaShape(k, n);
  let sumItemSS = 0;
  for (let c = 0; c < k; c++) {
    const v = ss[c] - (s[c] * s[c]) / sw;
    sumItemSS += v > 0 ? v : 0;
  }
  return alphaFromSumsOfSquares(k, n, sumItemSS, sst - (st * st) / sw, sst);
}

/**
 * Cronbach's α (Cronbach 1951) = k/(k − 1)·(1 − ΣSᵢᵢ/ΣᵢⱼSᵢⱼ) from listwise cross-products (the
 * total's sum of squares is the sum of all centred cross-products). Same result as cronbachAlpha
 * on the same rows.
 * @param c listwise cross-products of the items (mirrored)
 * @returns alpha, k, n
 * @throws {CsError} div0 alphaTooFewItems, alphaTooFewRows, alphaZeroVariance — < 2 items, < 2 complete rows, a total without variance
 * @example
 * const c = emptyCrossProducts([3, 3, 3]);
 * for (const row of [[4, 5, 4], [3, 4, 3], [5, 5, 5], [2, 3, 2]]) addCrossRow(c, row.map((x) => x - 3), 3, 1);
 * mirrorCrossProducts(c);
 * alphaFromCrossProducts(c).alpha; // → 0.9795918
 */
export function alphaFromCrossProducts(c: CrossProducts): { alpha: number; k: number; n: number } {
  const k = c.shift.length;
  checkAlphaShape(k, c.n);
  const s = centredCrossProducts(c);
  let items = 0;
  let total = 0;
  let size = 0;
  for (let i = 0; i < k; i++) {
    const v = s[i * k + i];
    items += v > 0 ? v : 0;
    for (let j = 0; j < k; j++) {
      total += s[i * k + j];
      size += Math.abs(c.cross[i * k + j]);
    }
  }
  return alphaFromSumsOfSquares(k, c.n, items, total, size);
}

function checkAlphaShape(k: number, n: number): void {
  if (k < 2) throw new CsError("div0", "alphaTooFewItems", { count: k });
  if (n < 2) {
    throw new CsError("div0", "alphaTooFewRows", { count: n });
  }
}

/**
 * The one α formula: k/(k − 1)·(1 − Σ item SS / total SS). `size` = magnitude of the raw sums
 * the total SS came from: power sums of integer ratings are exact, and the relative guard catches
 * rounding residue otherwise.
 */
function alphaFromSumsOfSquares(k: number, n: number, itemSS: number, totalSS: number, size: number): { alpha: number; k: number; n: number } {
  if (!(totalSS > 1e-13 * size)) {
    throw new CsError("div0", "alphaZeroVariance");
  }
  return { alpha: (k / (k - 1)) * (1 - itemSS / totalSS), k, n };
}
