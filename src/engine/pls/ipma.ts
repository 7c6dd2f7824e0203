/**
 * Importance–performance map analysis of a PLS model for one target construct (issue #15;
 * Ringle & Sarstedt 2016, "Gain more insight from your PLS-SEM results", Industrial Management &
 * Data Systems 116(9)): importance = the total effect on the target (standardised, and
 * unstandardised on the 0–100 scores: a one-point gain in a predecessor's 0–100 score moves the
 * target's 0–100 score by this much), performance = the mean 0–100 score. The same per indicator
 * of every predecessor: its rescaled weight × its construct's unstandardised total effect, and its
 * mean on 0–100.
 *
 * The 0–100 score of construct j is 100·(Σ r_i x_i − Σ r_i min_i) / Σ r_i (max_i − min_i) (r = the
 * rescaled weights; estimate.ts), a linear function of its standardised score, so its standard
 * deviation follows from the indicator correlations and sds, sd_j = 100·√(Σ r_i r_k R_ik σ_i σ_k) /
 * Σ r_i range_i, and the unstandardised total effect is the standardised one × sd_target / sd_j.
 */
import { CsError } from "../errors";
import type { PlsModel, PlsResult } from "./types";

export interface IpmaConstruct {
  construct: number;
  /** Standardised total effect on the target. */
  importance: number;
  /** Unstandardised total effect on the target's 0–100 score, per point of this construct's 0–100 score. */
  importanceUnstandardised: number;
  /** The construct's mean 0–100 score (its index). */
  performance: number;
}

export interface IpmaIndicator {
  /** Position in `PlsModel.indicators`. */
  indicator: number;
  construct: number;
  /** Standardised: outer weight × the construct's standardised total effect. */
  importance: number;
  /** Rescaled weight × the construct's unstandardised total effect. */
  importanceUnstandardised: number;
  /** The indicator's mean on 0–100 (from its scale bounds). */
  performance: number;
}

export interface PlsIpma {
  target: number;
  /** The target's predecessors (a path leads from each, directly or not), in the model's order. */
  constructs: IpmaConstruct[];
  /** The indicators of those predecessors, in the model's order. */
  indicators: IpmaIndicator[];
}

/** Words that name satisfaction in a construct's name (the three report languages). */
const SATISFACTION = /^sat$|satisf|满意/i;

/**
 * The target IPMA takes when none is named: the construct whose name says satisfaction
 * (SAT, Satisfaction, Satisfacción, 满意度…), else the last endogenous construct of the model.
 * @param model the resolved model
 * @returns the index of the target construct
 * @throws {CsError} value plsNoEndogenous — no construct has antecedents
 * @example
 * defaultIpmaTarget({ constructs: ["Quality", "Satisfaction", "Loyalty"], modes: ["A", "A", "A"], indicators: [], blocks: [[], [], []], antecedents: [[], [0], [1]] }); // → 1
 */
export function defaultIpmaTarget(model: PlsModel): number {
  const named = model.constructs.findIndex((c, j) => SATISFACTION.test(c) && model.antecedents[j].length > 0);
  if (named >= 0) return named;
  for (let j = model.constructs.length - 1; j >= 0; j--) if (model.antecedents[j].length > 0) return j;
  throw new CsError("value", "plsNoEndogenous");
}

/**
 * The constructs with a path (direct or not) to `target`.
 * @param model the resolved model
 * @param target a construct's index
 * @returns the indices of its predecessors
 * @example
 * [...predecessors({ constructs: ["A", "B", "C"], modes: ["A", "A", "A"], indicators: [], blocks: [[], [], []], antecedents: [[], [0], [1]] }, 2)]; // → [1, 0]
 */
export function predecessors(model: PlsModel, target: number): Set<number> {
  const seen = new Set<number>();
  const stack = [...model.antecedents[target]];
  while (stack.length > 0) {
    const j = stack.pop() as number;
    if (seen.has(j)) continue;
    seen.add(j);
    stack.push(...model.antecedents[j]);
  }
  return seen;
}

/** Standard deviation of construct j's 0–100 score (see the header). */
function scoreSd(r: PlsResult, j: number): number {
  const block = r.model.blocks[j];
  let v = 0;
  let span = 0;
  for (const a of block) {
    span += r.rescaledWeights[a] * (r.scale[a].max - r.scale[a].min);
    for (const b of block) v += r.rescaledWeights[a] * r.rescaledWeights[b] * r.indicatorCorrelations[a][b] * r.indicatorSds[a] * r.indicatorSds[b];
  }
  return (100 * Math.sqrt(v)) / span;
}

/**
 * IPMA of an estimated model for a target construct (see the header; Ringle & Sarstedt 2016).
 * @param result the estimated model (estimatePls)
 * @param targetIndex the target construct's index (default: defaultIpmaTarget)
 * @returns importance and performance of each predecessor of the target and of their indicators
 * @throws {CsError} value plsNoEndogenous, plsTargetExogenous — no endogenous construct to default to, a target without antecedents
 * @example
 * const model = { constructs: ["Q", "S"], modes: ["A", "A"] as const, indicators: [{ name: "q", column: 0, construct: 0 }, { name: "s", column: 1, construct: 1 }], blocks: [[0], [1]], antecedents: [[], [0]] };
 * const r = { model, outerWeights: [1, 1], rescaledWeights: [1, 1], indicatorCorrelations: [[1, 0.5], [0.5, 1]], indicatorSds: [1, 2], scale: [{ min: 1, max: 5 }, { min: 1, max: 5 }], totalEffects: [[0, 0], [0.5, 0]], index: [50, 60], indicatorMeans: [3, 3.4] };
 * plsIpma(r as never, 1).constructs[0].importanceUnstandardised; // → 1
 */
export function plsIpma(result: PlsResult, targetIndex?: number): PlsIpma {
  const model = result.model;
  const target = targetIndex ?? defaultIpmaTarget(model);
  if (model.antecedents[target].length === 0) throw new CsError("value", "plsTargetExogenous", { construct: model.constructs[target] });
  const sdTarget = scoreSd(result, target);
  const constructs: IpmaConstruct[] = [];
  const unstd = new Map<number, number>();
  const std = new Map<number, number>();
  const before = predecessors(model, target);
  model.constructs.forEach((_, j) => {
    if (!before.has(j)) return;
    const effect = result.totalEffects[target][j];
    const u = (effect * sdTarget) / scoreSd(result, j);
    unstd.set(j, u);
    std.set(j, effect);
    constructs.push({ construct: j, importance: effect, importanceUnstandardised: u, performance: result.index[j] });
  });
  const indicators: IpmaIndicator[] = [];
  model.indicators.forEach((ind, i) => {
    const u = unstd.get(ind.construct);
    if (u === undefined) return;
    const s = result.scale[i];
    indicators.push({
      indicator: i,
      construct: ind.construct,
      importance: result.outerWeights[i] * (std.get(ind.construct) as number),
      importanceUnstandardised: result.rescaledWeights[i] * u,
      performance: (100 * (result.indicatorMeans[i] - s.min)) / (s.max - s.min),
    });
  });
  return { target, constructs, indicators };
}
