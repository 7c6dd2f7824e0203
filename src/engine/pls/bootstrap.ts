/**
 * Bootstrap of a PLS model (issue #15): standard errors, t, p and percentile intervals of the
 * paths, total effects, R², outer weights, loadings and the 0–100 index. Each resample draws the
 * n rows the model used with replacement (mulberry32 from the seed, as the key drivers' bootstrap)
 * and re-estimates with case weight × times drawn — frequency weights, so a row drawn twice counts
 * as two. SE = the resamples' standard deviation (divisor B − 1), t = estimate / SE, p two-sided
 * from Student's t with B − 1 degrees of freedom (as SmartPLS reports it), interval = the
 * percentiles (type 7) of the resampled values. A construct's index counts only the resamples in
 * which its rescaled weights are all ≥ 0 (else that resample's "index" is no weighted mean of the
 * answers and may leave [0, 100]: checkIndexWeights); the others are counted in `indexLeftOut`. A resample the model cannot be estimated on (it
 * drew a constant indicator, it did not converge) is left out and counted; none estimable → the
 * first resample's error. Written as steps (one resample per step) so the pane stays responsive.
 */
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { CsError, isCsError } from "../errors";
import { mulberry32 } from "../mulberry32";
import { drawCounts, percentileSorted } from "../resample";
import { runDecomposition } from "../driverMath";
import { checkCaseWeights, checkMatrix } from "../validate";
import { estimatePlsOnColumns } from "./estimate";
import { columnsAt, plsColumnsSteps } from "./moments";
import { predecessors } from "./ipma";
import type { PlsModel, PlsOptions, PlsResult } from "./types";

/** The defaults: 500 resamples (the issue's), this seed, a 95 % interval. */
export const PLS_BOOTSTRAP = { resamples: 500, seed: 19890101, level: 0.95 } as const;

export interface PlsBootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Confidence level of the percentile intervals, in (0, 1). */
  level?: number;
}

/** One estimate with its bootstrap figures. */
export interface PlsInterval {
  estimate: number;
  se: number;
  t: number;
  p: number;
  low: number;
  high: number;
}

export interface PlsBootstrap {
  /** The model on all the rows. */
  fit: PlsResult;
  /** Resamples estimated (asked − failed). */
  resamples: number;
  failed: number;
  seed: number;
  level: number;
  /** paths[to][from]; null where the model has no path. */
  paths: (PlsInterval | null)[][];
  /** totalEffects[to][from]; null where no path leads from → to. */
  totalEffects: (PlsInterval | null)[][];
  /** Null for an exogenous construct. */
  r2: (PlsInterval | null)[];
  index: PlsInterval[];
  /** Per construct: resamples left out of its index interval (a negative rescaled weight in them). */
  indexLeftOut: number[];
  outerWeights: PlsInterval[];
  loadings: PlsInterval[];
}

/** Collects one statistic's resampled values. */
class Samples {
  private readonly values: Float64Array;
  private used = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(v: number): void {
    this.values[this.used++] = v;
  }
  interval(estimate: number, level: number): PlsInterval {
    const v = this.values.subarray(0, this.used);
    const b = v.length;
    if (b === 0) return { estimate, se: NaN, t: NaN, p: NaN, low: NaN, high: NaN };
    let mean = 0;
    for (let i = 0; i < b; i++) mean += v[i];
    mean /= b;
    let ss = 0;
    for (let i = 0; i < b; i++) ss += (v[i] - mean) ** 2;
    const se = b > 1 ? Math.sqrt(ss / (b - 1)) : NaN;
    const t = estimate / se;
    const p = b > 1 && Number.isFinite(t) ? 2 * (1 - tCdf(Math.abs(t), b - 1)) : NaN;
    const sorted = Float64Array.from(v).sort();
    const alpha = (1 - level) / 2;
    return { estimate, se, t, p, low: percentileSorted(sorted, alpha), high: percentileSorted(sorted, 1 - alpha) };
  }
}

function checkOptions(resamples: number, level: number): void {
  if (!Number.isInteger(resamples)) throw new CsError("num", "notWholeNumber", { value: resamples });
  if (resamples < 2) throw new CsError("num", "mustBeAtLeast", { value: resamples, low: 2 });
  if (!(level > 0 && level < 1)) throw new CsError("num", "badConfidenceLevel", { level });
}

/** A matrix of Samples where `has(to, from)`, else null. */
function sampleMatrix(k: number, capacity: number, has: (to: number, from: number) => boolean): (Samples | null)[][] {
  return Array.from({ length: k }, (_, to) => Array.from({ length: k }, (_, from) => (has(to, from) ? new Samples(capacity) : null)));
}

/**
 * The bootstrap as steps (one resample per step); see the header for the method.
 * @param data rows × survey columns, as estimatePls takes them
 * @param model the resolved model
 * @param options the estimation's options (scheme, weights, scale…) and resamples (500), seed, level (0.95)
 * @returns steps whose result is the full fit and the intervals
 * @throws {CsError} num notWholeNumber, mustBeAtLeast, badConfidenceLevel, plsTooFewRows, plsModeBSingular, plsCollinearPaths, plsNoConvergence, badCaseWeight, collinear — resamples not a whole number ≥ 2, a level outside (0, 1); what estimatePls throws on the full data (or on every resample)
 * @throws {CsError} value plsBadOption, plsScaleCount, plsDataTooShort, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber, systemMatrixSize — estimatePls's, on the full data
 * @throws {CsError} div0 plsNoVariance — an indicator constant in the rows used
 * @example
 * const model = { constructs: ["X", "Y"], modes: ["A", "A"] as const, indicators: [{ name: "x", column: 0, construct: 0 }, { name: "y", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * plsBootstrapSteps([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]], model, { resamples: 20 }).next().done; // → false
 */
export function* plsBootstrapSteps(
  data: readonly (readonly (number | null)[])[],
  model: PlsModel,
  options: PlsOptions & PlsBootstrapOptions = {},
): Generator<void, PlsBootstrap, void> {
  const { resamples = PLS_BOOTSTRAP.resamples, seed = PLS_BOOTSTRAP.seed, level = PLS_BOOTSTRAP.level, ...estimation } = options;
  checkOptions(resamples, level);
  // The fit on all the rows (estimatePls's steps, with pauses while the cells are read), then the
  // rows it used gathered once as columns, each with its case weight: a resample reweights these only.
  checkMatrix(data, "data");
  const cw = checkCaseWeights(estimation.weights, data.length);
  const all = yield* plsColumnsSteps(data, model);
  const fit = estimatePlsOnColumns(all, model, { ...estimation, weights: cw === undefined ? undefined : all.rows.map((r) => cw[r]) });
  yield;
  // Where the rows the fit used (weight > 0) are among the complete rows (both in data order).
  const positions: number[] = [];
  let at = 0;
  for (const r of fit.rows) {
    while (all.rows[at] !== r) at++;
    positions.push(at);
  }
  const complete = columnsAt(all, positions);
  const rows = complete.rows;
  const base = fit.rows.map((r) => (cw === undefined ? 1 : cw[r]));
  const k = model.constructs.length;
  const p = model.indicators.length;
  const paths = sampleMatrix(k, resamples, (to, from) => model.antecedents[to].includes(from));
  const before = model.constructs.map((_, to) => predecessors(model, to));
  const totals = sampleMatrix(k, resamples, (to, from) => before[to].has(from));
  const r2 = model.antecedents.map((a) => (a.length > 0 ? new Samples(resamples) : null));
  const index = model.constructs.map(() => new Samples(resamples));
  const weights = Array.from({ length: p }, () => new Samples(resamples));
  const loadings = Array.from({ length: p }, () => new Samples(resamples));
  const indexLeftOut = new Array<number>(k).fill(0);
  const rand = mulberry32(seed);
  const times = new Uint32Array(rows.length);
  const w = new Array<number>(rows.length);
  let failed = 0;
  let firstError: unknown;
  for (let b = 0; b < resamples; b++) {
    drawCounts(rand, times);
    for (let i = 0; i < rows.length; i++) w[i] = base[i] * times[i];
    let r: PlsResult;
    try {
      r = estimatePlsOnColumns(complete, model, { ...estimation, weights: w, scale: fit.scale });
    } catch (e) {
      if (!isCsError(e)) throw e;
      firstError ??= e;
      failed++;
      yield;
      continue;
    }
    for (let to = 0; to < k; to++) {
      for (let from = 0; from < k; from++) {
        paths[to][from]?.add(r.paths[to][from]);
        totals[to][from]?.add(r.totalEffects[to][from]);
      }
      r2[to]?.add(r.r2[to]);
      if (model.blocks[to].every((i) => r.rescaledWeights[i] >= 0)) index[to].add(r.index[to]);
      else indexLeftOut[to]++;
    }
    for (let i = 0; i < p; i++) {
      weights[i].add(r.outerWeights[i]);
      loadings[i].add(r.loadings[i]);
    }
    yield;
  }
  if (failed === resamples) throw firstError;
  const matrix = (m: (Samples | null)[][], est: number[][]) => m.map((row, to) => row.map((s, from) => s?.interval(est[to][from], level) ?? null));
  return {
    fit,
    resamples: resamples - failed,
    failed,
    seed,
    level,
    paths: matrix(paths, fit.paths),
    totalEffects: matrix(totals, fit.totalEffects),
    r2: r2.map((s, j) => s?.interval(fit.r2[j], level) ?? null),
    index: index.map((s, j) => s.interval(fit.index[j], level)),
    indexLeftOut,
    outerWeights: weights.map((s, i) => s.interval(fit.outerWeights[i], level)),
    loadings: loadings.map((s, i) => s.interval(fit.loadings[i], level)),
  };
}

/**
 * plsBootstrapSteps run straight through (the pure function).
 * @param data rows × survey columns, as estimatePls takes them
 * @param model the resolved model
 * @param options as plsBootstrapSteps
 * @returns the full fit and the intervals
 * @throws {CsError} num notWholeNumber, mustBeAtLeast, badConfidenceLevel, plsTooFewRows, plsModeBSingular, plsCollinearPaths, plsNoConvergence, badCaseWeight, collinear — as plsBootstrapSteps
 * @throws {CsError} value plsBadOption, plsScaleCount, plsDataTooShort, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber, systemMatrixSize — as plsBootstrapSteps
 * @throws {CsError} div0 plsNoVariance — as plsBootstrapSteps
 * @example
 * const model = { constructs: ["X", "Y"], modes: ["A", "A"] as const, indicators: [{ name: "x", column: 0, construct: 0 }, { name: "y", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * const b = plsBootstrap([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]], model, { resamples: 20 });
 * b.resamples + b.failed; // → 20
 */
export function plsBootstrap(data: readonly (readonly (number | null)[])[], model: PlsModel, options: PlsOptions & PlsBootstrapOptions = {}): PlsBootstrap {
  return runDecomposition(plsBootstrapSteps(data, model, options));
}
