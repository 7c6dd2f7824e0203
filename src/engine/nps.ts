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
 * Count promoters (9–10), passives (7–8) and detractors (0–6), case-weighted.
 * Blank policy: null skipped; weight 0 adds nothing. Also returns sumW2 = Σw².
 * Throws "num" naming the row and value for a score that is not an integer 0–10 or a bad weight;
 * "value" for a non-number or a weights mismatch.
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
 * NPS from counts: NPS = 100·(p − d), p = promoters/n, d = detractors/n.
 * Margin of error (normal approximation for a difference of multinomial shares):
 * MoE = z(1 − α/2)·100·√((p + d − (p − d)²)/n′), n′ = Kish effective n (Σw)²/Σw² (= n unweighted).
 * Examples: [0, 7, 9] → 0; [9, 10, 6, 8] → 25.
 * Throws "div0" when there are no answers, "num" for negative/non-finite counts or a level
 * outside (0, 1).
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
 * NPS of a list of 0–10 scores (Reichheld 2003): 100·(p − d) with margin of error; see
 * npsCounts (blank policy, "num"/"value") and npsFromCounts (formula, "div0" with no answers).
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
