/**
 * The usual thresholds of the PLS quality measures (quality.ts) as flags for the report and the
 * Model sheet: true = meets the threshold, false = does not, null = the measure does not apply
 * (NaN). Booleans only: the report says them in the user's language.
 */
import type { PlsReliability } from "./quality";

/**
 * α, ρA, ρC ≥ 0.7 (Nunnally & Bernstein 1994; ρA as the others, Hair et al. 2019, "When to use and
 * how to report the results of PLS-SEM"); AVE ≥ 0.5 (Fornell & Larcker 1981); HTMT < 0.85
 * (conservative) or < 0.90 (liberal) (Henseler, Ringle & Sarstedt 2015).
 */
export const PLS_QUALITY_THRESHOLDS = { reliability: 0.7, ave: 0.5, htmtConservative: 0.85, htmtLiberal: 0.9 } as const;

export interface PlsReliabilityFlags {
  alpha: boolean | null;
  rhoA: boolean | null;
  rhoC: boolean | null;
  ave: boolean | null;
}

export interface PlsHtmtFlags {
  /** HTMT < 0.85. */
  conservative: boolean | null;
  /** HTMT < 0.90. */
  liberal: boolean | null;
}

export interface PlsQualityFlags {
  /** Per construct. */
  reliability: PlsReliabilityFlags[];
  /** Per pair of constructs [j][k]; null on the diagonal. */
  htmt: PlsHtmtFlags[][];
}

/** value ≥ threshold, null for NaN. */
const atLeast = (value: number, threshold: number): boolean | null => (Number.isNaN(value) ? null : value >= threshold);

/** value < threshold, null for NaN. */
const below = (value: number, threshold: number): boolean | null => (Number.isNaN(value) ? null : value < threshold);

/**
 * The thresholds of PLS_QUALITY_THRESHOLDS applied to blockReliability's and htmt's results:
 * α, ρA, ρC ≥ 0.7 and AVE ≥ 0.5 per construct, HTMT < 0.85 (conservative) and < 0.90 (liberal) per
 * pair; null where the measure is NaN (does not apply). A value exactly at a bound meets a "≥"
 * threshold and fails a "<" one, as the criteria are worded. Never throws.
 * @param reliability blockReliability's result, one per construct
 * @param htmtMatrix htmt's result
 * @returns the flags, in the same order
 * @example
 * const f = qualityFlags([{ alpha: 0.83, rhoA: 0.84, rhoC: 0.88, ave: 0.45 }, { alpha: NaN, rhoA: NaN, rhoC: NaN, ave: NaN }], [[NaN, 0.87], [0.87, NaN]]);
 * f.reliability; // → [{ alpha: true, rhoA: true, rhoC: true, ave: false }, { alpha: null, rhoA: null, rhoC: null, ave: null }]
 * f.htmt[0][1]; // → { conservative: false, liberal: true }
 */
export function qualityFlags(reliability: readonly PlsReliability[], htmtMatrix: readonly (readonly number[])[]): PlsQualityFlags {
  const t = PLS_QUALITY_THRESHOLDS;
  return {
    reliability: reliability.map((r) => ({
      alpha: atLeast(r.alpha, t.reliability),
      rhoA: atLeast(r.rhoA, t.reliability),
      rhoC: atLeast(r.rhoC, t.reliability),
      ave: atLeast(r.ave, t.ave),
    })),
    htmt: htmtMatrix.map((row) => row.map((h) => ({ conservative: below(h, t.htmtConservative), liberal: below(h, t.htmtLiberal) }))),
  };
}
