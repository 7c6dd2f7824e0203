/**
 * Shared input types of the engine.
 *
 * Orientation: rows are respondents, columns are attributes (items). Every message that names a
 * place uses 1-based row/column numbers relative to the input range (see errors.ts, CsError's `where`).
 */

/** One answer: a finite number, or `null` = no answer (blank). Blanks are skipped, never zero. */
export type Answer = number | null;

/** Rows = respondents, columns = attributes. Must be rectangular. */
export type Matrix = readonly (readonly Answer[])[];

/**
 * Case (survey) weights, one per respondent (row), finite and ≥ 0 (else CsError "num").
 * Point estimates (means, shares, counts) use frequency-weight semantics: a weight of 2 counts
 * the row twice, weight 0 drops it. Uncertainty (mean CI, NPS margin of error) uses Kish's
 * effective sample size (Σw)²/Σw², so rescaling all weights does not change the interval width.
 */
export type CaseWeights = readonly number[];

/** A closed rating scale, e.g. 1–5 or 0–10. */
export interface Scale {
  min: number;
  max: number;
}
