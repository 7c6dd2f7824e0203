/** Test fixtures of the report builders: the sample survey (CSV via papaparse) and small hand-made surveys. */
import { mulberry32 } from "../../scripts/lib/mulberry32";
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import type { Answer } from "../../src/engine/types";
import { detectRoles, type ColumnProposal } from "../../src/survey/roles";
import { buildSurvey, type Survey } from "../../src/survey/survey";

export const SAMPLE_CSV = path.join(__dirname, "..", "fixtures", "sample-survey.csv");

/** Header row and data rows of the sample CSV (all cells as text, as a CSV reader gives them). */
export function sampleTable(): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(fs.readFileSync(SAMPLE_CSV, "utf8"), { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  return { headers, rows };
}

/** The sample survey with the proposed roles, optionally without some columns (by header test). */
export function sampleSurvey(drop?: (header: string) => boolean): Survey {
  let { headers, rows } = sampleTable();
  if (drop) {
    const keep = headers.map((h, i) => (drop(h) ? -1 : i)).filter((i) => i >= 0);
    headers = keep.map((i) => headers[i]);
    rows = rows.map((r) => keep.map((i) => r[i]));
  }
  return buildSurvey(headers, rows, detectRoles(headers, rows));
}

/**
 * test/fixtures/kano-importance.csv: 40 customers of a grocery delivery service (seeded synthetic
 * answers), 3 rated attributes with importance, and 4 Kano features asked as real Kano surveys
 * ask them — the functional and dysfunctional question, then the self-stated importance "How
 * important is <feature> to you?" on 1–5 (Berger et al. 1993, "Kano's methods for understanding
 * customer-defined quality", Center for Quality Management Journal 2(4)); with case weights, a
 * segment column and blanks.
 */
export const KANO_IMPORTANCE_CSV = path.join(__dirname, "..", "fixtures", "kano-importance.csv");

/** The kano-importance fixture's header row and data rows (text, as a CSV reader gives them). */
export function kanoImportanceTable(): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(fs.readFileSync(KANO_IMPORTANCE_CSV, "utf8"), { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  return { headers, rows };
}

/** The kano-importance fixture as the report reads it (the proposed roles). */
export function kanoImportanceSurvey(): Survey {
  const { headers, rows } = kanoImportanceTable();
  return buildSurvey(headers, rows, detectRoles(headers, rows));
}

/** A survey from explicit columns and roles (no detection), for edge cases. */
export function handSurvey(
  columns: { header: string; role: ColumnProposal["role"]; values: unknown[]; attribute?: string; pairIndex?: number; scale?: { min: number; max: number } }[],
): Survey {
  const headers = columns.map((c) => c.header);
  const n = columns[0].values.length;
  const rows = Array.from({ length: n }, (_, r) => columns.map((c) => c.values[r]));
  const proposals: ColumnProposal[] = columns.map((c, index) => ({
    index,
    header: c.header,
    role: c.role,
    attribute: c.attribute,
    pairIndex: c.pairIndex,
    scale: c.scale,
    reason: "test",
  }));
  return buildSurvey(headers, rows, proposals);
}

/** Seeded PRNG (mulberry32) for synthetic data. */
export const rng = mulberry32;

/** A survey's rating matrix (rows = respondents) over the given attribute indexes. */
export function ratingMatrix(s: Survey, items: readonly number[]): Answer[][] {
  return Array.from({ length: s.n }, (_, r) => items.map((i) => s.attributes[i].rating![r]));
}

/** A sub-survey of the rows `keep` (same columns), for split/merge tests. */
export function subSurvey(s: Survey, keep: (row: number) => boolean): Survey {
  const idx = Array.from({ length: s.n }, (_, i) => i).filter(keep);
  const pick = <T>(v: T[] | undefined): T[] | undefined => (v ? idx.map((i) => v[i]) : undefined);
  return {
    ...s,
    n: idx.length,
    ids: pick(s.ids),
    weights: pick(s.weights),
    overall: pick(s.overall),
    recommend: pick(s.recommend),
    period: pick(s.period),
    segments: s.segments.map((g) => ({ ...g, values: idx.map((i) => g.values[i]) })),
    attributes: s.attributes.map((a) => ({
      ...a,
      rating: pick(a.rating),
      importance: pick(a.importance),
      expectation: pick(a.expectation),
      perception: pick(a.perception),
      competitor: pick(a.competitor),
      kanoFunctional: pick(a.kanoFunctional),
      kanoDysfunctional: pick(a.kanoDysfunctional),
    })),
  };
}
