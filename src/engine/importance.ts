/**
 * Derived (statistical) importance: correlation or standardised regression weight of each item
 * against overall satisfaction (the "derived importance" of IPA, Martilla & James 1977 follow-ups).
 */
import { CsError, isCsError } from "./errors";
import type { Answer, CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkMatrix, checkSameLength, listwiseComplete, notANumber } from "./validate";

/**
 * Pearson correlation (Pearson 1896) r = Σw(x − x̄)(y − ȳ) / √(Σw(x − x̄)²·Σw(y − ȳ)²), two-pass.
 * Variant: case weights as frequency weights. Blank policy: pairwise complete (a pair with a
 * blank, or weight 0, is skipped).
 * @param x one value per respondent, or null
 * @param y one value per respondent, same length
 * @param weights case weights, one per respondent
 * @returns r in [−1, 1]
 * @throws {CsError} div0 tooFewPairs, noVariance — fewer than 2 complete pairs, a variable with zero variance
 * @throws {CsError} value notLists, pairCountMismatch, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — unequal lengths or a non-number
 * @throws {CsError} num badCaseWeight — a bad weight
 * @example
 * pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]); // → 6 / Math.sqrt(60)
 */
export function pearson(x: readonly Answer[], y: readonly Answer[], weights?: CaseWeights): number {
  checkSameLength(x, y, "x", "y");
  const w = checkCaseWeights(weights, x.length);
  let n = 0;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (a === null || b === null) continue;
    if (typeof a !== "number" || a - a !== 0) notANumber(a, i + 1);
    if (typeof b !== "number" || b - b !== 0) notANumber(b, i + 1);
    const wi = w === undefined ? 1 : w[i];
    if (wi === 0) continue;
    n += 1;
    sw += wi;
    sx += wi * a;
    sy += wi * b;
  }
  if (n < 2) throw new CsError("div0", "tooFewPairs", { count: n });
  const mx = sx / sw;
  const my = sy / sw;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (a === null || b === null) continue;
    const wi = w === undefined ? 1 : w[i];
    const dx = a - mx;
    const dy = b - my;
    sxy += wi * dx * dy;
    sxx += wi * dx * dx;
    syy += wi * dy * dy;
  }
  if (!(sxx > 0)) throw noVariance("x");
  if (!(syy > 0)) throw noVariance("y");
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/**
 * The error "x has no variance …" (div0, key noVariance): a correlation with a constant variable is
 * undefined. Returns it for the caller to throw; never throws itself.
 * @param variable which variable, "x" or "y"
 * @returns the CsError
 * @example
 * [noVariance("y").code, noVariance("y").key]; // → ["div0", "noVariance"]
 */
export function noVariance(variable: "x" | "y"): CsError {
  return new CsError("div0", "noVariance", { variable });
}

/** A CsError that names no column, located in the column it concerns (its row kept). */
function atColumn(e: unknown, column: number): unknown {
  if (!isCsError(e) || e.column !== undefined) return e;
  return e.at({ row: e.row, column });
}

/**
 * Solve A·x = b (A n×n; row-major copies, inputs unchanged) by Gaussian elimination with partial
 * pivoting; a pivot below 1e-10 × the largest |aᵢⱼ| counts as zero.
 * Source: textbook Gaussian elimination with partial pivoting (the normal equations of derivedImportance "beta").
 * @param a the n×n matrix
 * @param b the right-hand side, n values
 * @returns x
 * @throws {CsError} value systemMatrixSize — A is not n×n
 * @throws {CsError} num collinear — a vanishing pivot (the 1-based column collinear with earlier ones)
 * @example
 * solveLinearSystem([[2, 1], [1, 3]], [3, 5]); // → [0.8, 1.4]
 * solveLinearSystem([[1, 2], [2, 4]], [1, 2]); // → throws num collinear
 */
export function solveLinearSystem(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  if (a.length !== n || a.some((row) => row.length !== n)) {
    throw new CsError("value", "systemMatrixSize", { size: n });
  }
  const m = a.map((row) => Float64Array.from(row));
  const v = Float64Array.from(b);
  let scale = 0;
  for (const row of m) for (let j = 0; j < n; j++) scale = Math.max(scale, Math.abs(row[j]));
  const eps = 1e-10 * (scale > 0 ? scale : 1);
  for (let col = 0; col < n; col++) {
    let p = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[p][col])) p = r;
    if (!(Math.abs(m[p][col]) > eps)) {
      throw new CsError("num", "collinear", {}, { column: col + 1 });
    }
    if (p !== col) {
      [m[p], m[col]] = [m[col], m[p]];
      [v[p], v[col]] = [v[col], v[p]];
    }
    const piv = m[col][col];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / piv;
      if (f === 0) continue;
      for (let j = col; j < n; j++) m[r][j] -= f * m[col][j];
      v[r] -= f * v[col];
    }
  }
  const x = new Array<number>(n);
  for (let r = n - 1; r >= 0; r--) {
    let acc = v[r];
    for (let j = r + 1; j < n; j++) acc -= m[r][j] * x[j];
    x[r] = acc / m[r][r];
  }
  return x;
}

/**
 * Standardised OLS coefficients of overall on the items: β = R⁻¹·r, R = item correlation matrix,
 * r = item–overall correlations (the normal equations in correlation form), solved by Gaussian
 * elimination with partial pivoting. Blank policy: listwise complete rows (every item and overall).
 * Throws "div0" when complete rows ≤ number of items or a variable has zero variance (naming it),
 * "num" naming an item that is collinear with earlier ones.
 */
function betaWeights(items: Matrix, overall: readonly Answer[], k: number, w: CaseWeights | undefined): number[] {
  const rows = items.length;
  const complete = new Uint8Array(rows);
  const mean = new Float64Array(k + 1);
  let n = 0;
  let sw = 0;
  for (let r = 0; r < rows; r++) {
    const row = items[r];
    const y = overall[r];
    const ok = listwiseComplete(row, y, k, r);
    const wr = w === undefined ? 1 : w[r];
    if (!ok || wr === 0) continue;
    complete[r] = 1;
    n += 1;
    sw += wr;
    for (let c = 0; c < k; c++) mean[c] += wr * (row[c] as number);
    mean[k] += wr * (y as number);
  }
  if (n <= k) {
    throw new CsError("div0", "betaTooFewRows", { rows: n, items: k });
  }
  for (let c = 0; c <= k; c++) mean[c] /= sw;
  // Cross-products of deviations, (k+1)×(k+1), last index = overall.
  const d = k + 1;
  const cp = new Float64Array(d * d);
  const dev = new Float64Array(d);
  for (let r = 0; r < rows; r++) {
    if (!complete[r]) continue;
    const row = items[r];
    const wr = w === undefined ? 1 : w[r];
    for (let c = 0; c < k; c++) dev[c] = (row[c] as number) - mean[c];
    dev[k] = (overall[r] as number) - mean[k];
    for (let i = 0; i < d; i++) {
      const wi = wr * dev[i];
      for (let j = i; j < d; j++) cp[i * d + j] += wi * dev[j];
    }
  }
  const sd = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    if (!(cp[i * d + i] > 0)) {
      if (i === k) throw new CsError("div0", "betaOverallNoVariance");
      throw new CsError("div0", "betaNoVariance", {}, { column: i + 1 });
    }
    sd[i] = Math.sqrt(cp[i * d + i]);
  }
  const corr = (i: number, j: number) => (i <= j ? cp[i * d + j] : cp[j * d + i]) / (sd[i] * sd[j]);
  const R: number[][] = [];
  const rxy: number[] = [];
  for (let i = 0; i < k; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) row.push(i === j ? 1 : corr(i, j));
    R.push(row);
    rxy.push(corr(i, k));
  }
  return solveLinearSystem(R, rxy);
}

/**
 * Derived importance of each item (column) for overall satisfaction: "pearson" (default)
 * r(itemₖ, overall), pairwise complete per item (Pearson 1896); "beta": standardised OLS
 * coefficients β = R⁻¹·r (R = item correlations, r = item–overall correlations), listwise complete
 * rows. Variant: case weights as frequency weights. With one item β = r. Blank policy: pairwise
 * complete per item ("pearson"; a blank or weight 0 skips that pair), listwise complete rows ("beta").
 * @param items rows = respondents, columns = items
 * @param overall one overall rating per row
 * @param method "pearson" or "beta"
 * @param weights case weights, one per row
 * @returns one importance per item
 * @throws {CsError} div0 noItems, tooFewPairs, noVariance, betaTooFewRows, betaNoVariance, betaOverallNoVariance — no items, too few answers or zero variance (the item's column named)
 * @throws {CsError} num collinear, badCaseWeight — collinear items (beta), a bad weight
 * @throws {CsError} value overallLengthMismatch, unknownImportanceMethod, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — overall not one per row, an unknown method, a non-number
 * @example
 * derivedImportance([[1], [2], [3], [4], [5]], [2, 4, 5, 4, 5]); // → [0.7746]
 * derivedImportance([[1], [2], [3], [4], [5]], [2, 4, 5, 4, 5], "beta"); // → [0.7746]
 */
export function derivedImportance(items: Matrix, overall: readonly Answer[], method: "pearson" | "beta" = "pearson", weights?: CaseWeights): number[] {
  const k = checkMatrix(items, "items");
  if (!Array.isArray(overall) || overall.length !== items.length) {
    throw new CsError("value", "overallLengthMismatch", { overall: Array.isArray(overall) ? overall.length : 0, rows: items.length });
  }
  const w = checkCaseWeights(weights, items.length);
  if (k === 0) throw new CsError("div0", "noItems");
  if (method === "beta") return betaWeights(items, overall, k, w);
  if (method !== "pearson") throw new CsError("value", "unknownImportanceMethod", { value: String(method), options: "pearson, beta" });
  const col = new Array<Answer>(items.length);
  const out = new Array<number>(k);
  for (let c = 0; c < k; c++) {
    for (let r = 0; r < items.length; r++) col[r] = items[r][c];
    try {
      out[c] = pearson(col, overall, w);
    } catch (e) {
      throw atColumn(e, c + 1);
    }
  }
  return out;
}
