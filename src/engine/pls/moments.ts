/**
 * The data side of PLS: the rows used (listwise), the indicators' weighted means and standard
 * deviations (divisor Σw: case weights are frequencies), their centred or standardised values and
 * their weighted covariance matrix — computed once, O(n·p²); Wold's algorithm iterates on it.
 * Internal to the engine: estimate.ts is the public side.
 */
import { CsError } from "../errors";
import { runDecomposition } from "../driverMath";
import { checkCaseWeights, checkMatrix, isFiniteNumber, notANumber } from "../validate";
import type { PlsModel } from "./types";

/** The indicators of the rows used, ready for the algorithm. */
export interface PlsData {
  /** Positions (0-based) of the data rows used. */
  rows: number[];
  /** Case weight of each used row. */
  w: Float64Array;
  sumW: number;
  means: number[];
  sds: number[];
  /** x[i][r]: indicator i in used row r, centred (and divided by its sd when standardised). */
  x: Float64Array[];
  /** raw[i][r]: indicator i in used row r as answered (the 0–100 scores are taken from it). */
  raw: Float64Array[];
  /** Weighted covariance matrix of `x` (the correlation matrix when standardised), p×p. */
  cov: Float64Array[];
  /** Weighted correlation matrix of the indicators, p×p. */
  corr: number[][];
}

/** Below this sd relative to the mean's size, an indicator counts as constant (rounding noise). */
const CONSTANT_SD = 1e-12;

/**
 * Select the rows with every indicator answered and a case weight > 0, and take the indicators'
 * weighted moments and covariances over them (two passes: means first, then centred sums).
 * Blank policy: listwise deletion — a row with any indicator blank (null) is left out.
 * @param data rows × survey columns
 * @param model the resolved model (indicator columns)
 * @param weights case weights, one per data row (default 1)
 * @param standardize divide the centred values by their sd
 * @returns the rows used, their weights, the moments and the covariance matrix
 * @throws {CsError} value plsDataTooShort — a row too short for an indicator's column
 * @throws {CsError} value textNotANumber — a text cell in an indicator's column (located)
 * @throws {CsError} value emptyCellNotANumber — an undefined cell in an indicator's column (located)
 * @throws {CsError} value notANumber — any other non-number cell (located)
 * @throws {CsError} num plsTooFewRows — fewer rows used than the largest block + 2
 * @throws {CsError} div0 plsNoVariance — an indicator constant in the rows used (names it)
 * @throws {CsError} value notRows — data is not a list of rows
 * @throws {CsError} value rowNotCells — the first row is not a list of cells
 * @throws {CsError} value raggedRows — rows of different lengths
 * @throws {CsError} value caseWeightsNotList — weights not a list
 * @throws {CsError} value caseWeightCount — not one weight per row
 * @throws {CsError} num badCaseWeight — a weight negative or not finite
 * @example
 * const m = { constructs: ["X", "Y"], modes: ["A", "A"], indicators: [{ name: "a", column: 0, construct: 0 }, { name: "b", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * plsData([[1, 2], [2, null], [3, 4], [5, 6]], m, undefined, true).rows; // → [0, 2, 3]
 */
export function plsData(data: readonly (readonly (number | null)[])[], model: PlsModel, weights: readonly number[] | undefined, standardize: boolean): PlsData {
  checkMatrix(data, "data");
  const cw = checkCaseWeights(weights, data.length);
  const complete = plsColumns(data, model);
  return plsMoments(complete, model, cw === undefined ? undefined : complete.rows.map((r) => cw[r]), standardize);
}

/** The indicators of the complete rows (every indicator answered), gathered once as columns. */
export interface PlsColumns {
  /** Positions (0-based) of the complete data rows. */
  rows: number[];
  /** columns[i][k]: indicator i in complete row k. */
  columns: Float64Array[];
}

/**
 * The complete rows' indicators as columns, the cells checked (the part of plsData before the
 * weights; the bootstrap gathers once and reweights these).
 * @throws {CsError} value plsDataTooShort, textNotANumber, emptyCellNotANumber, notANumber — as plsData
 */
export function plsColumns(data: readonly (readonly (number | null)[])[], model: PlsModel): PlsColumns {
  return runDecomposition(plsColumnsSteps(data, model));
}

/** plsColumns as steps: a pause after each indicator's cells are checked and after each is gathered (a large survey in the pane). */
export function* plsColumnsSteps(data: readonly (readonly (number | null)[])[], model: PlsModel): Generator<void, PlsColumns, void> {
  const cols = model.indicators.map((ind) => ind.column);
  const p = cols.length;
  const N = data.length;
  // Column by column (one indicator's cells at a time): the inner loop stays monomorphic and short.
  const blank = new Uint8Array(N);
  for (let i = 0; i < p; i++) {
    const c = cols[i];
    for (let r = 0; r < N; r++) {
      const row = data[r];
      if (c >= row.length) {
        throw new CsError("value", "plsDataTooShort", { got: row.length, indicator: model.indicators[i].name, indicatorColumn: c + 1 }, { row: r + 1 });
      }
      const v = row[c];
      if (v === null) blank[r] = 1;
      else if (!isFiniteNumber(v)) notANumber(v, r + 1, c + 1);
    }
    yield;
  }
  const rows: number[] = [];
  for (let r = 0; r < N; r++) if (blank[r] === 0) rows.push(r);
  const columns: Float64Array[] = [];
  for (const c of cols) {
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = data[rows[k]][c] as number;
    columns.push(out);
    yield;
  }
  return { rows, columns };
}

/** The complete rows at these positions of `complete` (the rows a fit used), their columns copied. */
export function columnsAt(complete: PlsColumns, positions: readonly number[]): PlsColumns {
  if (positions.length === complete.rows.length) return complete;
  return {
    rows: positions.map((k) => complete.rows[k]),
    columns: complete.columns.map((col) => {
      const out = new Float64Array(positions.length);
      for (let k = 0; k < positions.length; k++) out[k] = col[positions[k]];
      return out;
    }),
  };
}

/**
 * The moments of the complete rows with a case weight > 0 (plsData after the cells are checked).
 * @param complete the complete rows' columns (plsColumns)
 * @param model the resolved model (block sizes, indicator names)
 * @param weights one per complete row, checked (default 1)
 * @param standardize divide the centred values by their sd
 * @throws {CsError} num plsTooFewRows, div0 plsNoVariance — as plsData
 */
export function plsMoments(complete: PlsColumns, model: PlsModel, weights: ArrayLike<number> | undefined, standardize: boolean): PlsData {
  const p = complete.columns.length;
  const used: number[] = [];
  for (let k = 0; k < complete.rows.length; k++) if (weights === undefined || weights[k] > 0) used.push(k);
  const n = used.length;
  const needed = Math.max(...model.blocks.map((b) => b.length)) + 2;
  if (n < needed) throw new CsError("num", "plsTooFewRows", { needed, rows: n });
  const rows = used.map((k) => complete.rows[k]);
  const w = new Float64Array(n);
  let sumW = 0;
  for (let r = 0; r < n; r++) sumW += w[r] = weights === undefined ? 1 : weights[used[r]];
  const x: Float64Array[] = [];
  const raw: Float64Array[] = [];
  const means: number[] = [];
  const sds: number[] = [];
  for (let i = 0; i < p; i++) {
    const col = complete.columns[i];
    // (A plain loop: Float64Array.from with a map function costs a call per element.)
    let ri = col;
    if (n !== col.length) {
      ri = new Float64Array(n);
      for (let r = 0; r < n; r++) ri[r] = col[used[r]];
    }
    let m = 0;
    for (let r = 0; r < n; r++) m += w[r] * ri[r];
    m /= sumW;
    const xi = new Float64Array(n);
    let ss = 0;
    for (let r = 0; r < n; r++) {
      const d = ri[r] - m;
      xi[r] = d;
      ss += w[r] * d * d;
    }
    const sd = Math.sqrt(ss / sumW);
    if (!(sd > CONSTANT_SD * Math.max(1, Math.abs(m)))) throw new CsError("div0", "plsNoVariance", { indicator: model.indicators[i].name });
    if (standardize) for (let r = 0; r < n; r++) xi[r] /= sd;
    raw.push(ri);
    x.push(xi);
    means.push(m);
    sds.push(sd);
  }
  // The weighted cross-products: w·x_i first, then one dot product per pair.
  const cov = Array.from({ length: p }, () => new Float64Array(p));
  const wx = new Float64Array(n);
  for (let i = 0; i < p; i++) {
    const xi = x[i];
    for (let r = 0; r < n; r++) wx[r] = w[r] * xi[r];
    for (let l = 0; l <= i; l++) {
      const xl = x[l];
      let s = 0;
      for (let r = 0; r < n; r++) s += wx[r] * xl[r];
      cov[i][l] = cov[l][i] = s / sumW;
    }
  }
  const corr = cov.map((row, i) => Array.from(row, (c, l) => (i === l ? 1 : c / Math.sqrt(cov[i][i] * cov[l][l]))));
  if (standardize) for (let i = 0; i < p; i++) cov[i].set(corr[i]);
  return { rows, w, sumW, means, sds, x, raw, cov, corr };
}
