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

/**
 * The NPS group of a 0–10 score (Reichheld 2003): promoter 9–10, passive 7–8, detractor 0–6 (the
 * one home of the cut-offs). The caller has checked the score. Never throws.
 * @param score a checked 0–10 score
 * @returns "promoter", "passive" or "detractor"
 * @example
 * npsGroup(9); // → "promoter"
 * npsGroup(7); // → "passive"
 * npsGroup(6); // → "detractor"
 */
export function npsGroup(score: number): NpsGroup {
  return score >= PROMOTER_MIN ? "promoter" : score >= PASSIVE_MIN ? "passive" : "detractor";
}

/**
 * Empty NPS counts, the identity of merge. Never throws.
 * @returns all counts 0, sumW2 0
 * @example
 * emptyNpsCounts(); // → { promoters: 0, passives: 0, detractors: 0, sumW2: 0 }
 */
export function emptyNpsCounts(): NpsCounts {
  return { promoters: 0, passives: 0, detractors: 0, sumW2: 0 };
}

/**
 * Add one checked 0–10 score with weight w to its group (npsGroup's cut-offs), in place; Σw² += w².
 * Frequency weights. Never throws (callers validate and skip blanks).
 * @param c the counts (mutated)
 * @param score a checked 0–10 score
 * @param w its case weight, ≥ 0
 * @example
 * const c = emptyNpsCounts();
 * addNpsScore(c, 10, 2);
 * addNpsScore(c, 3, 1);
 * c; // → { promoters: 2, passives: 0, detractors: 1, sumW2: 5 }
 */
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

/**
 * Merge `b` into `a` in place: fieldwise sum (a missing sumW2 counts as unweighted, Σw² = Σw). Never throws.
 * @param a the counts merged into (mutated)
 * @param b the counts added
 * @example
 * const a = { promoters: 1, passives: 0, detractors: 0 };
 * mergeNpsCountsInto(a, npsCounts([7]));
 * a; // → { promoters: 1, passives: 1, detractors: 0, sumW2: 2 }
 */
export function mergeNpsCountsInto(a: NpsCounts, b: NpsCounts): void {
  a.sumW2 = sumW2Of(a) + sumW2Of(b);
  sumFieldsInto(a, b, GROUP_COUNTS);
}

/**
 * Merge NPS counts: a new object holding the fieldwise sum (a missing sumW2 = unweighted). Never throws.
 * @param a counts of one data set
 * @param b counts of another
 * @returns the counts of both
 * @example
 * mergeNpsCounts({ promoters: 1, passives: 0, detractors: 2 }, { promoters: 3, passives: 1, detractors: 0, sumW2: 4 }); // → { promoters: 4, passives: 1, detractors: 2, sumW2: 7 }
 */
export function mergeNpsCounts(a: NpsCounts, b: NpsCounts): NpsCounts {
  const out: NpsCounts = { ...a, sumW2: sumW2Of(a) };
  mergeNpsCountsInto(out, b);
  return out;
}
