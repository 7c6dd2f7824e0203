/**
 * NPS counts accumulator (Reichheld 2003): case-weighted promoters (9–10), passives (7–8) and
 * detractors (0–6), plus Σw² for Kish's effective n. The cut-offs are declared here and nowhere
 * else (a lint rule in eslint.config.js guards against restating them). Result: nps.ts npsFromCounts.
 */
import { sumFieldsInto } from "./fieldSums";

/** Lowest promoter score and lowest passive score on the 0–10 scale; below PASSIVE_MIN = detractor. */
export const PROMOTER_MIN = 9;
export const PASSIVE_MIN = 7;

/**
 * NPS aggregate (mergeable by fieldwise sum): weighted counts of promoters, passives, detractors.
 * `sumW2` = Σw² over the answers (for Kish's effective n); absent = unweighted (Σw² = Σw).
 */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  sumW2?: number;
}

export type NpsGroup = "promoter" | "passive" | "detractor";

const GROUP_COUNTS = ["promoters", "passives", "detractors"] as const;

/** The group of a 0–10 score (the caller has checked it is one). Never throws. */
export function npsGroup(score: number): NpsGroup {
  return score >= PROMOTER_MIN ? "promoter" : score >= PASSIVE_MIN ? "passive" : "detractor";
}

/** Empty counts (the identity of merge). Never throws. */
export function emptyNpsCounts(): NpsCounts {
  return { promoters: 0, passives: 0, detractors: 0, sumW2: 0 };
}

/** Add one checked 0–10 score with weight w, in place. Never throws (callers validate). */
export function addNpsScore(c: NpsCounts, score: number, w: number): void {
  if (score >= PROMOTER_MIN) c.promoters += w;
  else if (score >= PASSIVE_MIN) c.passives += w;
  else c.detractors += w;
  c.sumW2 = (c.sumW2 ?? 0) + w * w;
}

/** Σw² of counts; a missing sumW2 is taken as unweighted (Σw² = Σw). */
function sumW2Of(c: NpsCounts): number {
  return c.sumW2 ?? c.promoters + c.passives + c.detractors;
}

/** Merge `b` into `a` in place (fieldwise sum). Never throws. */
export function mergeNpsCountsInto(a: NpsCounts, b: NpsCounts): void {
  a.sumW2 = sumW2Of(a) + sumW2Of(b);
  sumFieldsInto(a, b, GROUP_COUNTS);
}

/** Merge NPS counts: a new object holding the fieldwise sum. Never throws. */
export function mergeNpsCounts(a: NpsCounts, b: NpsCounts): NpsCounts {
  const out: NpsCounts = { ...a, sumW2: sumW2Of(a) };
  mergeNpsCountsInto(out, b);
  return out;
}
