/**
 * The reference data of the PLS quality tests (test/fixtures/pls/quality/, sources in its
 * README.md) read into plain arrays, and the test's own independent computations: the weighted
 * Pearson correlation matrix, a linear solve and the first principal component of a block.
 */
import * as fs from "fs";
import * as path from "path";
import type { PlsMode, PlsModel } from "../../../src/engine/pls/types";

const DIR = path.resolve(__dirname, "../../fixtures/pls/quality");

/** A CSV file of the fixtures as rows of cells (R's write.csv: quoted text, no quoted commas). */
export function readCsv(file: string): string[][] {
  return fs
    .readFileSync(path.join(DIR, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(",").map((c) => c.replace(/^"|"$/g, "")));
}

/** A table with a header row and row names: cells by row name and column name, as numbers (NA → NaN). */
export function readTable(file: string): { rows: string[]; columns: string[]; get: (row: string, column: string) => number } {
  const [header, ...body] = readCsv(file);
  const columns = header.slice(1);
  const byRow = new Map(body.map((r) => [r[0], r.slice(1).map((c) => (c === "NA" ? NaN : Number(c)))]));
  return {
    rows: body.map((r) => r[0]),
    columns,
    get: (row, column) => {
      const v = byRow.get(row)?.[columns.indexOf(column)];
      if (v === undefined) throw new Error(`${file}: no cell ${row}, ${column}`);
      return v;
    },
  };
}

/** The data columns named `names` of a CSV with a header row (the first column being row names). */
export function readColumns(file: string, names: readonly string[]): number[][] {
  const [header, ...body] = readCsv(file);
  const at = names.map((n) => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`${file}: no column ${n}`);
    return i;
  });
  return body.map((r) => at.map((i) => Number(r[i])));
}

/** Weighted Pearson correlations of the columns of X (two passes: weighted means, then centred cross-products). */
export function pearson(X: readonly (readonly number[])[], w: readonly number[] = X.map(() => 1)): number[][] {
  const p = X[0].length;
  const sw = w.reduce((a, b) => a + b, 0);
  const mean = Array.from({ length: p }, (_, j) => X.reduce((a, r, i) => a + w[i] * r[j], 0) / sw);
  const c = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => X.reduce((a, r, i) => a + w[i] * (r[j] - mean[j]) * (r[k] - mean[k]), 0)));
  return c.map((row, j) => row.map((v, k) => (j === k ? 1 : v / Math.sqrt(c[j][j] * c[k][k]))));
}

/** Solve A x = b by Gaussian elimination with partial pivoting (A small and well conditioned). */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** The first eigenvalue of a symmetric positive definite matrix and its principal-component loadings √λ·v, by power iteration. */
export function firstComponent(S: readonly (readonly number[])[]): { eigenvalue: number; loadings: number[] } {
  let v = S.map(() => 1 / Math.sqrt(S.length));
  let lambda = 0;
  for (let it = 0; it < 5000; it++) {
    const u = S.map((row) => row.reduce((a, x, k) => a + x * v[k], 0));
    const next = Math.hypot(...u);
    v = u.map((x) => x / next);
    if (Math.abs(next - lambda) < 1e-15 * next) break;
    lambda = next;
  }
  return { eigenvalue: lambda, loadings: v.map((x) => x * Math.sqrt(lambda)) };
}

/** A PlsModel from blocks of indicator names (columns numbered in that order). */
export function modelOf(blocks: readonly { construct: string; indicators: readonly string[]; mode?: PlsMode }[]): PlsModel {
  const indicators: PlsModel["indicators"] = [];
  const positions: number[][] = [];
  blocks.forEach((b, j) => {
    positions.push(b.indicators.map((name) => indicators.push({ name, column: indicators.length, construct: j }) - 1));
  });
  return {
    constructs: blocks.map((b) => b.construct),
    modes: blocks.map((b) => b.mode ?? "A"),
    indicators,
    blocks: positions,
    antecedents: blocks.map(() => []),
  };
}

/** The sub-matrix of R on the rows `rows` and the columns `columns`. */
export const sub = (R: readonly (readonly number[])[], rows: readonly number[], columns: readonly number[]): number[][] =>
  rows.map((i) => columns.map((j) => R[i][j]));

const names = (stem: string, n: number) => Array.from({ length: n }, (_, i) => `${stem}${i + 1}`);

/** plspm's satisfaction model: six Mode A blocks. */
export const SATISFACTION = modelOf([
  { construct: "IMAG", indicators: names("imag", 5) },
  { construct: "EXPE", indicators: names("expe", 5) },
  { construct: "QUAL", indicators: names("qual", 5) },
  { construct: "VAL", indicators: names("val", 4) },
  { construct: "SAT", indicators: names("sat", 4) },
  { construct: "LOY", indicators: names("loy", 4) },
]);

/** seminr's test-summary.R / test-validity.R model on mobi: four Mode A composites. */
export const MOBI = modelOf([
  { construct: "Image", indicators: names("IMAG", 5) },
  { construct: "Expectation", indicators: names("CUEX", 3) },
  { construct: "Value", indicators: names("PERV", 2) },
  { construct: "Satisfaction", indicators: names("CUSA", 3) },
]);

/** The ECSI satisfaction model (Tenenhaus et al. 2005) as a model table's rows under its header: construct, indicators, antecedents. */
export const ECSI_MODEL_ROWS: string[][] = [
  ["IMAG", "imag1, imag2, imag3, imag4, imag5", ""],
  ["EXPE", "expe1, expe2, expe3, expe4, expe5", "IMAG"],
  ["QUAL", "qual1, qual2, qual3, qual4, qual5", "EXPE"],
  ["VAL", "val1, val2, val3, val4", "EXPE, QUAL"],
  ["SAT", "sat1, sat2, sat3, sat4", "IMAG, EXPE, QUAL, VAL"],
  ["LOY", "loy1, loy2, loy3, loy4", "IMAG, SAT"],
];

/**
 * seminr's basic mobi model (test/fixtures/pls/seminr-mobi-basic-*.csv, from plspm-python's
 * tests/test_seminr.py): Image → Expectation; Expectation, Quality (Mode B), Complaints → Loyalty.
 * Rows construct, indicators, antecedents, mode; the header is the caller's (any language's words).
 */
export const MOBI_BASIC_MODEL_ROWS: string[][] = [
  ["Image", "IMAG1, IMAG2, IMAG3, IMAG4, IMAG5", "", "A"],
  ["Expectation", "CUEX1, CUEX2, CUEX3", "Image", "A"],
  ["Quality", "PERQ1, PERQ2, PERQ3, PERQ4, PERQ5, PERQ6, PERQ7", "", "B"],
  ["Complaints", "CUSCO", "", "A"],
  ["Loyalty", "CUSL1, CUSL2, CUSL3", "Expectation, Quality, Complaints", "A"],
];
