/**
 * Net Promoter Score (Reichheld 2003, "The One Number You Need to Grow").
 * Scores 0–10: promoters, passives and detractors as accumulators/npsCounts.ts cuts them (9–10, 7–8, 0–6).
 */
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { addNpsScore, emptyNpsCounts, type NpsCounts } from "./accumulators/npsCounts";
import { CsError } from "./errors";
import type { Answer, CaseWeights } from "./types";
import { checkCaseWeights, checkLevel, isFiniteNumber, notANumber, offScale, relativeWeights, show } from "./validate";

export { mergeNpsCounts, type NpsCounts } from "./accumulators/npsCounts";

/**
 * `n` = Σw of answers (promoters + passives + detractors), `effectiveN` = Kish (Σw)²/Σw² used in
 * the margin of error, `nps` in −100…100, `marginOfError` in NPS points at `level`.
 */
export interface NpsResult extends NpsCounts {
  n: number;
  effectiveN: number;
  nps: number;
  marginOfError: number;
  level: number;
}

/**
 * Count promoters (9–10), passives (7–8) and detractors (0–6) of 0–10 scores (Reichheld 2003;
 * the cut-offs of accumulators/npsCounts.ts), case-weighted, with sumW2 = Σw² for Kish's n′.
 * Variant: frequency weights. Blank policy: null skipped; weight 0 adds nothing.
 * @param scores one 0–10 score per respondent, or null
 * @param weights case weights, one per score
 * @returns the weighted counts and Σw²
 * @throws {CsError} num notLevel, badCaseWeight — a score that is not an integer 0–10 (row and value named), a bad weight
 * @throws {CsError} value npsScoresNotList, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — not a list, a non-number, weights not one per score
 * @example
 * npsCounts([9, 10, 6, 8, null]); // → { promoters: 2, passives: 1, detractors: 1, sumW2: 4 }
 * npsCounts([11]); // → throws num notLevel
 */
export function npsCounts(scores: readonly Answer[], weights?: CaseWeights): NpsCounts {
  if (!Array.isArray(scores)) throw new CsError("value", "npsScoresNotList");
  const w = checkCaseWeights(weights, scores.length);
  const c = emptyNpsCounts();
  for (let r = 0; r < scores.length; r++) {
    const x = scores[r];
    if (x === null) continue;
    if (!isFiniteNumber(x)) notANumber(x, r + 1);
    if (!(x >= 0 && x <= 10 && Number.isInteger(x))) offScale(x, 0, 10, r + 1, undefined, true);
    addNpsScore(c, x, w === undefined ? 1 : w[r]);
  }
  return c;
}

/**
 * Net Promoter Score from counts (Reichheld 2003): NPS = 100·(p − d), p = promoters/n,
 * d = detractors/n. Margin of error (normal approximation for a difference of multinomial shares):
 * MoE = z(1 − α/2)·100·√((p + d − (p − d)²)/n′), n′ = Kish's effective n (Σw)²/Σw² (= n when
 * sumW2 is absent: unweighted). Worked examples: [0, 7, 9] → 0; [9, 10, 6, 8] → 25.
 * @param c weighted counts (sumW2 optional)
 * @param level confidence level of the margin, in (0, 1), default 0.95
 * @returns the counts, n, effectiveN, nps (−100…100), marginOfError (NPS points) and level
 * @throws {CsError} num badConfidenceLevel, badNpsCount, badNpsSumW2 — level outside (0, 1), a negative or non-finite count or Σw²
 * @throws {CsError} div0 noNpsAnswers — no answers
 * @example
 * const r = npsFromCounts({ promoters: 2, passives: 1, detractors: 1 });
 * [r.nps, r.marginOfError]; // → [25, 81.26]
 */
export function npsFromCounts(c: NpsCounts, level = 0.95): NpsResult {
  checkLevel(level);
  for (const key of ["promoters", "passives", "detractors"] as const) {
    const v = c[key];
    if (!isFiniteNumber(v) || v < 0) throw new CsError("num", "badNpsCount", { group: key, value: show(v) });
  }
  const n = c.promoters + c.passives + c.detractors;
  if (!(n > 0)) throw new CsError("div0", "noNpsAnswers");
  const sumW2 = c.sumW2 ?? n;
  if (!isFiniteNumber(sumW2) || !(sumW2 > 0)) {
    throw new CsError("num", "badNpsSumW2", { field: "sumW2", value: show(sumW2) });
  }
  // n²/Σw² (exact for whole counts); (n/√Σw²)² when n² overflows (weights above ~1e154).
  const ratio = n / Math.sqrt(sumW2);
  const effectiveN = n * n < Infinity ? (n * n) / sumW2 : ratio * ratio;
  const p = c.promoters / n;
  const d = c.detractors / n;
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  const v = p + d - (p - d) * (p - d);
  const marginOfError = z * 100 * Math.sqrt((v > 0 ? v : 0) / effectiveN);
  return {
    promoters: c.promoters,
    passives: c.passives,
    detractors: c.detractors,
    sumW2,
    n,
    effectiveN,
    nps: 100 * (p - d),
    marginOfError,
    level,
  };
}

/**
 * NPS of a list of 0–10 scores (Reichheld 2003): 100·(p − d) with its margin of error
 * z·100·√((p + d − (p − d)²)/n′) (see npsFromCounts; Kish n′ for weights, which are rescaled by
 * their largest for the score while the counts stay in the weights' own units).
 * Blank policy: null skipped.
 * @param scores one 0–10 score per respondent, or null
 * @param opts weights (one per score), level (default 0.95)
 * @returns as npsFromCounts
 * @throws {CsError} num notLevel, badCaseWeight, badConfidenceLevel, badNpsCount, badNpsSumW2 — a score not an integer 0–10, a bad weight or level
 * @throws {CsError} value npsScoresNotList, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as npsCounts
 * @throws {CsError} div0 noNpsAnswers — no answers
 * @example
 * nps([0, 7, 9]).nps; // → 0
 * nps([9, 10, 6, 8]).nps; // → 25
 */
export function nps(scores: readonly Answer[], opts: { weights?: CaseWeights; level?: number } = {}): NpsResult {
  const level = opts.level ?? 0.95;
  checkLevel(level);
  const counts = npsCounts(scores, opts.weights);
  const rel = relativeWeights(opts.weights);
  if (rel === opts.weights) return npsFromCounts(counts, level);
  // Score and margin from weights rescaled by the largest (Σw² of 1e-300 weights underflows to 0,
  // Σw of 1e308 weights overflows); the counts reported stay Σw in the weights' own units.
  const r = npsFromCounts(npsCounts(scores, rel), level);
  const n = counts.promoters + counts.passives + counts.detractors;
  return { ...r, promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors, sumW2: counts.sumW2, n };
}
