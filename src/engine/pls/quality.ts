/**
 * The quality of a PLS path model's measurement (issue #15 item 2): reliability per block
 * (Cronbach's α, Dijkstra–Henseler ρA, composite reliability ρC, AVE) and discriminant validity
 * (HTMT, Fornell–Larcker, cross-loadings). Functions of the indicators' correlation matrix R (in
 * `PlsModel.indicators` order), the model and the estimated weights and loadings, so each is
 * testable without the estimator; plsQuality applies them all to a PlsResult.
 *
 * What applies where: these are criteria of reflective measurement, so a Mode B (formative) block
 * gets NaN for α, ρA, ρC, AVE and HTMT, null in Fornell–Larcker and no cross-loading check — its
 * indicators need not correlate. A single-indicator block gets NaN for α, ρA, ρC and AVE: they
 * measure how a block's indicators agree, and one indicator agrees with nothing (seminr reports 1,
 * i.e. it assumes error-free measurement; NaN keeps the report from showing a pass no data earned).
 * In HTMT alone a single indicator counts as perfectly reliable (monotrait mean 1, as seminr), so
 * a one-item construct still gets a discriminant-validity value.
 */
import { checkCorrelations, checkCrossLoadings, checkLoadings, checkModel, checkWeights, type Rows } from "./qualityChecks";
import type { PlsModel, PlsResult } from "./types";

/** Reliability and convergent validity of one block; NaN where it does not apply (see the module). */
export interface PlsReliability {
  alpha: number;
  rhoA: number;
  rhoC: number;
  ave: number;
}

/** Fornell & Larcker (1981): √AVE of each construct against its correlations with the others. */
export interface PlsFornellLarcker {
  /** √AVE per construct (NaN where AVE is). */
  sqrtAve: number[];
  /** correlations[j][k]: correlation of construct j's and k's scores (1 on the diagonal). */
  correlations: number[][];
  /** passes[j]: √AVE_j > |correlation| with every other construct; null where AVE is NaN. */
  passes: (boolean | null)[];
}

/** An indicator whose loading on another construct is at least as large (in absolute value) as on its own. */
export interface PlsCrossLoadingException {
  /** Position in `PlsModel.indicators`. */
  indicator: number;
  /** Its own construct and its loading there. */
  construct: number;
  loading: number;
  /** The other construct it loads highest on, and that cross-loading. */
  other: number;
  crossLoading: number;
}

export interface PlsQuality {
  reliability: PlsReliability[];
  htmt: number[][];
  fornellLarcker: PlsFornellLarcker;
  crossLoadingExceptions: PlsCrossLoadingException[];
}

/** Standardised α from R: k/(k − 1)·(1 − Σ R_ii / Σ R_ij) — NaN when the block's total has no variance. */
function blockAlpha(R: Rows, b: readonly number[]): number {
  let total = 0;
  let diagonal = 0;
  for (const i of b) {
    diagonal += R[i][i];
    for (const j of b) total += R[i][j];
  }
  return total > 0 ? (b.length / (b.length - 1)) * (1 - diagonal / total) : NaN;
}

/**
 * ρA = (ŵ'ŵ)²·ŵ'(R − diag R)ŵ / ŵ'(ŵŵ' − diag ŵŵ')ŵ (Dijkstra & Henseler 2015), ŵ the
 * weights scaled to a unit-variance score (ŵ'Rŵ = 1: the formula is not scale-free, so any
 * caller's scaling is undone here). The denominator is (ŵ'ŵ)² − Σŵᵢ⁴.
 */
function blockRhoA(R: Rows, b: readonly number[], w: readonly number[]): number {
  let variance = 0;
  for (const i of b) for (const j of b) variance += w[i] * R[i][j] * w[j];
  if (!(variance > 0)) return NaN;
  const s = 1 / variance;
  let ww = 0;
  let w4 = 0;
  let off = 0;
  for (const i of b) {
    const wi2 = w[i] * w[i] * s;
    ww += wi2;
    w4 += wi2 * wi2;
    for (const j of b) if (j !== i) off += w[i] * R[i][j] * w[j] * s;
  }
  const denominator = ww * ww - w4;
  return denominator > 0 ? (ww * ww * off) / denominator : NaN;
}

/** The reliability of one block, NaN where it does not apply. */
function reliabilityOf(R: Rows, model: PlsModel, j: number, w: readonly number[], loadings: readonly number[]): PlsReliability {
  const b = model.blocks[j];
  if (model.modes[j] === "B" || b.length < 2) return { alpha: NaN, rhoA: NaN, rhoC: NaN, ave: NaN };
  let sum = 0;
  let squares = 0;
  for (const i of b) {
    sum += loadings[i];
    squares += loadings[i] * loadings[i];
  }
  // ρC's error variances 1 − λ² assume standardised indicators, as PLS's are.
  const rhoCDenominator = sum * sum + b.length - squares;
  return {
    alpha: blockAlpha(R, b),
    rhoA: blockRhoA(R, b, w),
    rhoC: rhoCDenominator > 0 ? (sum * sum) / rhoCDenominator : NaN,
    ave: squares / b.length,
  };
}

/**
 * Reliability and convergent validity per construct: Cronbach's α of the standardised items (from
 * R, Cronbach 1951), ρA (Dijkstra & Henseler 2015, from the outer weights and R), composite
 * reliability ρC = (Σλ)²/((Σλ)² + Σ(1 − λ²)) (Dillon–Goldstein ρ, Werts, Linn & Jöreskog 1974)
 * and AVE = Σλ²/k (Fornell & Larcker 1981), λ the block's loadings. NaN for a Mode B block and a
 * single-indicator block (module comment), and where a denominator is 0 (a block whose total or
 * score has no variance). Never needs the data: R is the indicators' (weighted) correlation matrix.
 * @param R the indicators' correlation matrix, in `model.indicators` order
 * @param model the resolved model (blocks and modes)
 * @param outerWeights one per indicator (any scale: ρA rescales them to a unit-variance score)
 * @param loadings one per indicator: its correlation with its construct's score
 * @returns one PlsReliability per construct, in `model.constructs` order
 * @throws {CsError} value plsBlocksInvalid, plsCorrelationSize, plsNotCorrelation, plsWeightCount, plsWeightNotFinite, plsLoadingCount, plsLoadingNotFinite — a model whose blocks do not cover its indicators once, R not a p × p correlation matrix, a weight or loading missing or not finite
 * @example
 * const model = { constructs: ["Q"], modes: ["A"], indicators: [0, 1].map((i) => ({ name: `q${i + 1}`, column: i, construct: 0 })), blocks: [[0, 1]], antecedents: [[]] };
 * // two items correlating 0.5: α = 2·0.5/1.5; loadings √0.75 each → ρC = 3/3.5, AVE 0.75
 * blockReliability([[1, 0.5], [0.5, 1]], model, [1, 1], [Math.sqrt(0.75), Math.sqrt(0.75)]); // → [{ alpha: 0.666667, rhoA: 0.666667, rhoC: 0.857143, ave: 0.75 }]
 */
export function blockReliability(R: Rows, model: PlsModel, outerWeights: readonly number[], loadings: readonly number[]): PlsReliability[] {
  const p = checkModel(model);
  checkCorrelations(R, p);
  checkWeights(outerWeights, model);
  checkLoadings(loadings, model);
  return model.constructs.map((_, j) => reliabilityOf(R, model, j, outerWeights, loadings));
}

/** Mean |R| over a block's distinct pairs; 1 for a single indicator (its correlation with itself, seminr's choice). */
function monotraitMean(R: Rows, b: readonly number[]): number {
  if (b.length === 1) return 1;
  let sum = 0;
  for (let a = 0; a < b.length; a++) for (let c = a + 1; c < b.length; c++) sum += Math.abs(R[b[a]][b[c]]);
  return sum / ((b.length * (b.length - 1)) / 2);
}

/**
 * The heterotrait–monotrait ratio (Henseler, Ringle & Sarstedt 2015): the mean correlation
 * between two blocks' indicators over the geometric mean of the mean correlations within each
 * block. Absolute correlations throughout (as seminr): a reverse-coded indicator then neither
 * lowers its block's monotrait mean nor cancels heterotrait correlations, so HTMT does not depend
 * on which way an item is worded. A single-indicator block's monotrait mean is 1 (seminr's
 * choice, an indicator taken as perfectly reliable). NaN on the diagonal, for a Mode B block
 * (module comment) and where a monotrait mean is 0.
 * @param R the indicators' correlation matrix, in `model.indicators` order
 * @param model the resolved model (blocks and modes)
 * @returns htmt[j][k], symmetric, in `model.constructs` order
 * @throws {CsError} value plsBlocksInvalid, plsCorrelationSize, plsNotCorrelation — a model whose blocks do not cover its indicators once, R not a p × p correlation matrix
 * @example
 * const model = { constructs: ["A", "B"], modes: ["A", "A"], indicators: [0, 0, 1, 1].map((j, i) => ({ name: `x${i + 1}`, column: i, construct: j })), blocks: [[0, 1], [2, 3]], antecedents: [[], [0]] };
 * const R = [[1, 0.6, 0.3, 0.3], [0.6, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.6], [0.3, 0.3, 0.6, 1]];
 * htmt(R, model)[0][1]; // → 0.5
 */
export function htmt(R: Rows, model: PlsModel): number[][] {
  checkCorrelations(R, checkModel(model));
  const mono = model.blocks.map((b, j) => (model.modes[j] === "B" ? NaN : monotraitMean(R, b)));
  const J = model.blocks.length;
  const out = model.blocks.map(() => new Array<number>(J).fill(NaN));
  // The upper triangle, mirrored: exactly symmetric (summing the other way round could differ in the last bit).
  for (let j = 0; j < J; j++) {
    for (let k = j + 1; k < J; k++) {
      const d = Math.sqrt(mono[j] * mono[k]);
      if (!(d > 0)) continue;
      const bj = model.blocks[j];
      const bk = model.blocks[k];
      let sum = 0;
      for (const a of bj) for (const c of bk) sum += Math.abs(R[a][c]);
      out[j][k] = out[k][j] = sum / (bj.length * bk.length) / d;
    }
  }
  return out;
}

/**
 * The correlations of the construct scores, from R and the outer weights: corr(Yⱼ, Yₖ) =
 * wⱼ'Rⱼₖwₖ / √(wⱼ'Rⱼⱼwⱼ · wₖ'Rₖₖwₖ), exact for scores that are weighted sums of the standardised
 * indicators (as PLS's are), whatever the weights' scale. NaN in the row and column of a block
 * whose score has no variance.
 * @param R the indicators' correlation matrix, in `model.indicators` order
 * @param model the resolved model (blocks)
 * @param outerWeights one per indicator
 * @returns correlations[j][k], symmetric, 1 on the diagonal
 * @throws {CsError} value plsBlocksInvalid, plsCorrelationSize, plsNotCorrelation, plsWeightCount, plsWeightNotFinite — a model whose blocks do not cover its indicators once, R not a p × p correlation matrix, a weight missing or not finite
 * @example
 * const model = { constructs: ["A", "B"], modes: ["A", "A"], indicators: [0, 1].map((j) => ({ name: `x${j + 1}`, column: j, construct: j })), blocks: [[0], [1]], antecedents: [[], [0]] };
 * constructCorrelations([[1, 0.4], [0.4, 1]], model, [2, 5]); // → [[1, 0.4], [0.4, 1]]
 */
export function constructCorrelations(R: Rows, model: PlsModel, outerWeights: readonly number[]): number[][] {
  checkCorrelations(R, checkModel(model));
  checkWeights(outerWeights, model);
  const cross = (bj: readonly number[], bk: readonly number[]) => {
    let s = 0;
    for (const a of bj) for (const c of bk) s += outerWeights[a] * R[a][c] * outerWeights[c];
    return s;
  };
  const sd = model.blocks.map((b) => Math.sqrt(cross(b, b)));
  return model.blocks.map((bj, j) => model.blocks.map((bk, k) => (!(sd[j] > 0 && sd[k] > 0) ? NaN : j === k ? 1 : cross(bj, bk) / (sd[j] * sd[k]))));
}

/**
 * The Fornell–Larcker criterion (Fornell & Larcker 1981): a construct's √AVE must exceed its
 * correlation (in absolute value) with every other construct. passes is null for a construct
 * without AVE (Mode B, single indicator) or with an undefined correlation.
 * @param R the indicators' correlation matrix, in `model.indicators` order
 * @param model the resolved model (blocks and modes)
 * @param outerWeights one per indicator
 * @param loadings one per indicator
 * @returns √AVE, the construct correlations and the verdict per construct
 * @throws {CsError} value plsBlocksInvalid, plsCorrelationSize, plsNotCorrelation, plsWeightCount, plsWeightNotFinite, plsLoadingCount, plsLoadingNotFinite — a model whose blocks do not cover its indicators once, R not a p × p correlation matrix, a weight or loading missing or not finite
 * @example
 * const model = { constructs: ["A", "B"], modes: ["A", "A"], indicators: [0, 0, 1, 1].map((j, i) => ({ name: `x${i + 1}`, column: i, construct: j })), blocks: [[0, 1], [2, 3]], antecedents: [[], [0]] };
 * const R = [[1, 0.6, 0.3, 0.3], [0.6, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.6], [0.3, 0.3, 0.6, 1]];
 * fornellLarcker(R, model, [1, 1, 1, 1], [0.9, 0.9, 0.9, 0.9]).passes; // → [true, true]
 */
export function fornellLarcker(R: Rows, model: PlsModel, outerWeights: readonly number[], loadings: readonly number[]): PlsFornellLarcker {
  const sqrtAve = blockReliability(R, model, outerWeights, loadings).map((r) => Math.sqrt(r.ave));
  const correlations = constructCorrelations(R, model, outerWeights);
  const passes = sqrtAve.map((s, j) => {
    const others = correlations[j].filter((_, k) => k !== j);
    if (Number.isNaN(s) || others.some(Number.isNaN)) return null;
    return others.every((r) => s > Math.abs(r));
  });
  return { sqrtAve, correlations, passes };
}

/**
 * The cross-loadings check: every indicator of a Mode A block should load higher (in absolute
 * value) on its own construct than on any other (Chin 1998). Lists the indicators that do not,
 * with the other construct they load highest on; empty when all do. Mode B blocks are not checked.
 * @param crossLoadings crossLoadings[i][j]: correlation of indicator i with construct j's score
 * @param model the resolved model (blocks and modes)
 * @returns the exceptions, in indicator order
 * @throws {CsError} value plsBlocksInvalid, plsCrossLoadingShape, plsCrossLoadingNotFinite — a model whose blocks do not cover its indicators once, not a p × J table of finite numbers
 * @example
 * const model = { constructs: ["A", "B"], modes: ["A", "A"], indicators: [0, 0, 1].map((j, i) => ({ name: `x${i + 1}`, column: i, construct: j })), blocks: [[0, 1], [2]], antecedents: [[], [0]] };
 * crossLoadingExceptions([[0.9, 0.3], [0.5, 0.7], [0.4, 1]], model); // → [{ indicator: 1, construct: 0, loading: 0.5, other: 1, crossLoading: 0.7 }]
 */
export function crossLoadingExceptions(crossLoadings: Rows, model: PlsModel): PlsCrossLoadingException[] {
  checkModel(model);
  checkCrossLoadings(crossLoadings, model);
  const out: PlsCrossLoadingException[] = [];
  model.blocks.forEach((b, j) => {
    if (model.modes[j] === "B") return;
    for (const i of b) {
      const row = crossLoadings[i];
      let other = -1;
      for (let k = 0; k < row.length; k++) if (k !== j && (other < 0 || Math.abs(row[k]) > Math.abs(row[other]))) other = k;
      if (other >= 0 && Math.abs(row[other]) >= Math.abs(row[j])) {
        out.push({ indicator: i, construct: j, loading: row[j], other, crossLoading: row[other] });
      }
    }
  });
  return out.sort((x, y) => x.indicator - y.indicator);
}

/**
 * All the quality measures of an estimated model: blockReliability, htmt, fornellLarcker and
 * crossLoadingExceptions on its correlation matrix, outer weights, loadings and cross-loadings.
 * @param result the estimator's result (these fields of it)
 * @returns reliability, HTMT, Fornell–Larcker and the cross-loading exceptions
 * @throws {CsError} value plsBlocksInvalid, plsCorrelationSize, plsNotCorrelation, plsWeightCount, plsWeightNotFinite, plsLoadingCount, plsLoadingNotFinite, plsCrossLoadingShape, plsCrossLoadingNotFinite — a result whose parts do not fit its model
 * @example
 * const model = { constructs: ["A", "B"], modes: ["A", "A"], indicators: [0, 0, 1, 1].map((j, i) => ({ name: `x${i + 1}`, column: i, construct: j })), blocks: [[0, 1], [2, 3]], antecedents: [[], [0]] };
 * const R = [[1, 0.6, 0.3, 0.3], [0.6, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.6], [0.3, 0.3, 0.6, 1]];
 * const l = Math.sqrt(0.8); // loadings of x1 + x2 (and x3 + x4): 1.6/√3.2; cross-loadings 0.6/√3.2
 * const q = plsQuality({ model, indicatorCorrelations: R, outerWeights: [1, 1, 1, 1], loadings: [l, l, l, l], crossLoadings: [[l, 0.6 / Math.sqrt(3.2)], [l, 0.6 / Math.sqrt(3.2)], [0.6 / Math.sqrt(3.2), l], [0.6 / Math.sqrt(3.2), l]] });
 * q.htmt[1][0]; // → 0.5
 * q.fornellLarcker.correlations[0][1]; // → 0.375
 * q.crossLoadingExceptions.length; // → 0
 */
export function plsQuality(result: Pick<PlsResult, "model" | "indicatorCorrelations" | "outerWeights" | "loadings" | "crossLoadings">): PlsQuality {
  const { model, indicatorCorrelations: R, outerWeights, loadings } = result;
  return {
    reliability: blockReliability(R, model, outerWeights, loadings),
    htmt: htmt(R, model),
    fornellLarcker: fornellLarcker(R, model, outerWeights, loadings),
    crossLoadingExceptions: crossLoadingExceptions(result.crossLoadings, model),
  };
}
