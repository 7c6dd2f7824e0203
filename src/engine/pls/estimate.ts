/**
 * PLS path modelling (issue #15): Wold's algorithm as in Lohmöller (1989) and Tenenhaus, Esposito
 * Vinzi, Chatelin & Lauro (2005), "PLS path modeling", Computational Statistics & Data Analysis 48.
 * All on the indicators' weighted covariance matrix C (their correlation matrix when standardised),
 * computed once (moments.ts): a score Y_j = Σ w_i x_i has Cov(Y_j, Y_k) = w_jᵀ C_jk w_k, so each
 * iteration costs O(p²), whatever the number of rows.
 * One iteration: construct correlations Φ from the weights; inner weights e (inner.ts: path,
 * centroid or factorial scheme); inner proxies Z_j = Σ_k e_jk Y_k; new outer weights ∝ Cov(x_B, Z_j)
 * (Mode A) or C_BB⁻¹·Cov(x_B, Z_j) (Mode B), scaled so Var(Y_j) = 1. Start: every weight 1.
 * Stop: the largest change of an outer weight ≤ tolerance. Then: each block's sign turned so its
 * loadings add up to ≥ 0 (as R plspm and seminr orient them), paths and R² by OLS on Φ, total
 * effects, loadings and cross-loadings (correlations with the scores), the scores of the rows used.
 * The index (ACSI form, Fornell et al. 1996): with unstandardised weights u_i = w_i / σ_i (w_i when
 * not standardised) rescaled to r = u / Σ_block u, index_j = 100·(Σ r_i x̄_i − Σ r_i min_i) /
 * Σ r_i (max_i − min_i), the construct's mean on 0–100 between its indicators' scale bounds; each
 * row's 0–100 score the same with the row's answers.
 */
import { CsError, isCsError } from "../errors";
import { solveLinearSystem } from "../importance";
import { innerModel, innerWeights, totalEffects } from "./inner";
import { plsData, plsMoments, type PlsColumns, type PlsData } from "./moments";
import type { PlsModel, PlsOptions, PlsResult, PlsScale, PlsScheme } from "./types";
import { PLS_SCHEMES } from "./types";

/** Defaults of the options. */
export const PLS_DEFAULTS = { scheme: "path", tolerance: 1e-7, maxIterations: 300 } as const;

type Weights = Float64Array;

/** Cov(Y_j, Y_k) = w_jᵀ C_jk w_k for every pair of constructs. */
function constructCovariances(model: PlsModel, C: readonly Float64Array[], w: Weights): number[][] {
  const J = model.constructs.length;
  const phi = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  for (let j = 0; j < J; j++) {
    for (let k = 0; k <= j; k++) {
      let s = 0;
      for (const a of model.blocks[j]) for (const b of model.blocks[k]) s += w[a] * C[a][b] * w[b];
      phi[j][k] = phi[k][j] = s;
    }
  }
  return phi;
}

/** Scale each block's weights so its score has variance 1. */
function normalise(model: PlsModel, C: readonly Float64Array[], w: Weights): void {
  model.blocks.forEach((block) => {
    let v = 0;
    for (const a of block) for (const b of block) v += w[a] * C[a][b] * w[b];
    const s = 1 / Math.sqrt(v);
    for (const a of block) w[a] *= s;
  });
}

/** Cov(x_i, Y_k) for indicator i and construct k. */
function covWithScore(model: PlsModel, C: readonly Float64Array[], w: Weights, i: number, k: number): number {
  let s = 0;
  for (const b of model.blocks[k]) s += C[i][b] * w[b];
  return s;
}

/** One outer update: the new weights from the inner weights e (see the header). */
function outerUpdate(model: PlsModel, C: readonly Float64Array[], w: Weights, e: readonly (readonly number[])[]): Weights {
  const next = new Float64Array(w.length);
  const J = model.constructs.length;
  model.blocks.forEach((block, j) => {
    const cov = block.map((i) => {
      let s = 0;
      for (let k = 0; k < J; k++) if (e[j][k] !== 0) s += e[j][k] * covWithScore(model, C, w, i, k);
      return s;
    });
    let wj = cov;
    if (model.modes[j] === "B") {
      try {
        wj = solveLinearSystem(
          block.map((a) => block.map((b) => C[a][b])),
          cov,
        );
      } catch (err) {
        if (isCsError(err) && err.key === "collinear") throw new CsError("num", "plsModeBSingular", { construct: model.constructs[j] });
        throw err;
      }
    }
    block.forEach((i, t) => (next[i] = wj[t]));
  });
  normalise(model, C, next);
  return next;
}

/** The options checked, with their defaults. */
function settings(options: PlsOptions): { scheme: PlsScheme; tolerance: number; maxIterations: number } {
  const { scheme = PLS_DEFAULTS.scheme, tolerance = PLS_DEFAULTS.tolerance, maxIterations = PLS_DEFAULTS.maxIterations } = options;
  if (!PLS_SCHEMES.includes(scheme)) throw new CsError("value", "plsBadOption", { name: "scheme", value: String(scheme), expected: PLS_SCHEMES.join(", ") });
  if (!(tolerance > 0 && Number.isFinite(tolerance)))
    throw new CsError("value", "plsBadOption", { name: "tolerance", value: String(tolerance), expected: "a number > 0" });
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new CsError("value", "plsBadOption", { name: "maxIterations", value: String(maxIterations), expected: "a whole number ≥ 1" });
  }
  return { scheme, tolerance, maxIterations };
}

/** The scale bounds per indicator: given (one or one each), else the answers' range in the rows used. */
function scalesOf(model: PlsModel, d: PlsData, given: PlsOptions["scale"]): PlsScale[] {
  const p = model.indicators.length;
  if (given !== undefined && !Array.isArray(given)) return model.indicators.map(() => ({ ...(given as PlsScale) }));
  if (Array.isArray(given)) {
    if (given.length !== p) throw new CsError("value", "plsScaleCount", { given: given.length, indicators: p });
    return given.map((s: PlsScale) => ({ min: s.min, max: s.max }));
  }
  return d.raw.map((xi) => {
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < xi.length; r++) {
      const v = xi[r];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  });
}

/** Iterate to the fixed point; the weights and the iterations used. */
function iterate(model: PlsModel, C: readonly Float64Array[], scheme: PlsScheme, tolerance: number, maxIterations: number): { w: Weights; iterations: number } {
  let w: Weights = new Float64Array(model.indicators.length).fill(1);
  normalise(model, C, w);
  for (let it = 1; it <= maxIterations; it++) {
    const next = outerUpdate(model, C, w, innerWeights(constructCovariances(model, C, w), model, scheme));
    let change = 0;
    for (let i = 0; i < w.length; i++) change = Math.max(change, Math.abs(next[i] - w[i]));
    w = next;
    if (change <= tolerance) return { w, iterations: it };
    if (it === maxIterations) throw new CsError("num", "plsNoConvergence", { iterations: it, change });
  }
  throw new CsError("num", "plsNoConvergence", { iterations: maxIterations, change: NaN });
}

/**
 * Check that the 0–100 index of each construct listed is a weighted mean of its indicators'
 * answers: every rescaled weight ≥ 0. A negative outer weight (an indicator running against its
 * block) makes the ACSI formula leave [0, 100] (Fornell et al. 1996 assume positive weights;
 * SmartPLS's IPMA asks for them too), so the index is refused rather than shown out of range.
 * @param result the estimated model
 * @param constructs the constructs whose index is used (indices)
 * @returns nothing: it throws or passes
 * @throws {CsError} num plsIndexNegativeWeight — a construct with a negative weight (names it and the indicator)
 * @example
 * checkIndexWeights({ model: { constructs: ["X"], indicators: [{ name: "a" }, { name: "b" }], blocks: [[0, 1]] }, outerWeights: [0.9, -0.1], rescaledWeights: [1.2, -0.2] } as never, [0]); // → throws num plsIndexNegativeWeight
 */
export function checkIndexWeights(result: Pick<PlsResult, "model" | "outerWeights" | "rescaledWeights">, constructs: readonly number[]): void {
  const m = result.model;
  for (const j of constructs) {
    const block = m.blocks[j];
    if (block.every((b) => result.rescaledWeights[b] >= 0)) continue;
    // Mixed signs: name the most negative outer weight (the rescaled ones flip with a negative sum).
    const i = block.reduce((lo, b) => (result.outerWeights[b] < result.outerWeights[lo] ? b : lo), block[0]);
    throw new CsError("num", "plsIndexNegativeWeight", { construct: m.constructs[j], indicator: m.indicators[i].name });
  }
}

/**
 * Estimate a PLS path model (see the header for the method and its sources).
 * Blank policy: listwise — a row with any indicator blank (null) or a case weight of 0 is left out; `n` and `rows` say which were used.
 * @param data rows × survey columns (an indicator's answers at its model column), numbers or null
 * @param model the resolved model (resolvePlsModel)
 * @param options scheme ("path"), tolerance (1e-7), maxIterations (300), case weights, scale bounds, standardize (true)
 * @returns weights, loadings, scores, paths, R², total effects and the 0–100 index of every construct
 * @throws {CsError} value plsBadOption, plsScaleCount, plsDataTooShort, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — a bad option, scales not one per indicator, data or weights not as described (located)
 * @throws {CsError} num plsTooFewRows, plsModeBSingular, plsCollinearPaths, plsNoConvergence, badCaseWeight — too few complete rows, collinear Mode B indicators or antecedent scores, no convergence, a bad case weight
 * @throws {CsError} div0 plsNoVariance — an indicator constant in the rows used
 * @example
 * const model = { constructs: ["X", "Y"], modes: ["A", "A"] as const, indicators: [{ name: "x", column: 0, construct: 0 }, { name: "y", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * estimatePls([[1, 2], [2, 1], [3, 4], [4, 3]], model).paths[1][0]; // → 0.6
 */
export function estimatePls(data: readonly (readonly (number | null)[])[], model: PlsModel, options: PlsOptions = {}): PlsResult {
  const s = settings(options);
  const standardize = options.standardize ?? true;
  return estimateOn(plsData(data, model, options.weights, standardize), model, options, s, standardize);
}

/**
 * estimatePls on complete rows gathered once (plsColumns), `options.weights` one per complete row
 * (the bootstrap's resamples: base weight × times drawn). The same sums in the same order as
 * estimatePls on those rows, so the same result; `rows` are positions in the original data.
 * @param complete the complete rows' indicators as columns (moments.ts plsColumns)
 * @param model the resolved model
 * @param options as estimatePls; `weights` one per complete row, ≥ 0 and finite (not checked again)
 * @returns as estimatePls
 * @throws {CsError} value plsBadOption, plsScaleCount — a bad option, scales not one per indicator
 * @throws {CsError} num plsTooFewRows, plsModeBSingular, plsCollinearPaths, plsNoConvergence — too few rows with a weight > 0, collinear Mode B indicators or antecedent scores, no convergence
 * @throws {CsError} div0 plsNoVariance — an indicator constant in the rows used
 * @example
 * const model = { constructs: ["X", "Y"], modes: ["A", "A"] as const, indicators: [{ name: "x", column: 0, construct: 0 }, { name: "y", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * estimatePlsOnColumns({ rows: [0, 1, 2, 3], columns: [Float64Array.from([1, 2, 3, 4]), Float64Array.from([2, 1, 4, 3])] }, model).paths[1][0]; // → 0.6
 */
export function estimatePlsOnColumns(complete: PlsColumns, model: PlsModel, options: PlsOptions = {}): PlsResult {
  const s = settings(options);
  const standardize = options.standardize ?? true;
  return estimateOn(plsMoments(complete, model, options.weights, standardize), model, options, s, standardize);
}

function estimateOn(
  d: PlsData,
  model: PlsModel,
  options: PlsOptions,
  { scheme, tolerance, maxIterations }: ReturnType<typeof settings>,
  standardize: boolean,
): PlsResult {
  const C = d.cov;
  // The scales before the iterations: a wrong count is the caller's mistake, whatever the model.
  const scale = scalesOf(model, d, options.scale);
  const { w, iterations } = iterate(model, C, scheme, tolerance, maxIterations);
  const p = model.indicators.length;
  const J = model.constructs.length;
  const sd = (i: number) => Math.sqrt(C[i][i]);
  // Orient each block: its loadings add up to ≥ 0.
  model.blocks.forEach((block, j) => {
    const sum = block.reduce((s, i) => s + covWithScore(model, C, w, i, j) / sd(i), 0);
    if (sum < 0) for (const i of block) w[i] = -w[i];
  });
  const phi = constructCovariances(model, C, w);
  const { paths, r2 } = innerModel(phi, model);
  const crossLoadings = model.indicators.map((_, i) => model.constructs.map((__, k) => covWithScore(model, C, w, i, k) / sd(i)));
  const loadings = model.indicators.map((ind, i) => crossLoadings[i][ind.construct]);
  const n = d.rows.length;
  const scores = model.blocks.map((block) => {
    const y = new Float64Array(n);
    for (const i of block) for (let r = 0; r < n; r++) y[r] += w[i] * d.x[i][r];
    return y;
  });
  const unstd = model.indicators.map((_, i) => (standardize ? w[i] / d.sds[i] : w[i]));
  const rescaledWeights = new Array<number>(p).fill(0);
  const index = new Array<number>(J).fill(0);
  const indexScores = model.blocks.map((block, j) => {
    const total = block.reduce((s, i) => s + unstd[i], 0);
    for (const i of block) rescaledWeights[i] = unstd[i] / total;
    const low = block.reduce((s, i) => s + rescaledWeights[i] * scale[i].min, 0);
    const span = block.reduce((s, i) => s + rescaledWeights[i] * (scale[i].max - scale[i].min), 0);
    const mean = block.reduce((s, i) => s + rescaledWeights[i] * d.means[i], 0);
    index[j] = (100 * (mean - low)) / span;
    // Indicator by indicator over the rows (the same sums, in the same order, as row by row).
    const out = new Float64Array(n);
    for (const i of block) {
      const xi = d.raw[i];
      const wi = rescaledWeights[i];
      for (let r = 0; r < n; r++) out[r] += wi * xi[r];
    }
    for (let r = 0; r < n; r++) out[r] = (100 * (out[r] - low)) / span;
    return out;
  });
  return {
    model,
    scheme,
    n,
    sumW: d.sumW,
    rows: d.rows,
    iterations,
    outerWeights: Array.from(w),
    loadings,
    crossLoadings,
    scores,
    paths,
    r2,
    totalEffects: totalEffects(paths, model.antecedents),
    indicatorMeans: d.means,
    indicatorSds: d.sds,
    indicatorCorrelations: d.corr,
    rescaledWeights,
    scale,
    index,
    indexScores,
  };
}
