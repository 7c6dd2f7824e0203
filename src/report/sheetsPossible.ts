/**
 * Which report sheets the column roles can give, before any answer is read: the task pane shows
 * a sheet the roles cannot give disabled, with the reason, instead of the report dropping it
 * silently. The reasons are the keys of the report's own notes (i18n report.ts `notes`), so the
 * pane and the Summary say the same thing. A sheet the roles allow may still be left out for
 * its data (no answers, one segment value), as build.ts decides.
 */
import type { ColumnProposal } from "../survey/roles";
import { groupAttributes } from "../survey/survey";
import { SHEET_KEYS, type SheetKey } from "./plan";

/** Why the roles cannot give a sheet: a key of the report's `notes`. */
export type SheetMissing = "kanoMissing" | "gapMissing" | "priorityMissing" | "segmentsMissing" | "trendMissing";

/** The sheets the roles cannot give, each with its reason (Summary is always possible). */
export function sheetsImpossible(proposals: readonly ColumnProposal[]): Partial<Record<SheetKey, SheetMissing>> {
  // Grouped as buildSurvey groups them, so a pair here is a pair in the report.
  const { attributes } = groupAttributes(proposals, headersOf(proposals));
  const has = (...roles: ColumnProposal["role"][]): boolean => attributes.some((g) => roles.every((r) => g.columns[r] !== undefined));
  const overall = proposals.some((p) => p.role === "overall");
  const out: Partial<Record<SheetKey, SheetMissing>> = {};
  if (!has("kano_functional", "kano_dysfunctional")) out.kano = "kanoMissing";
  if (!has("expectation", "perception")) out.gap = "gapMissing";
  // Priorities need rated attributes with an importance: stated, or derived from overall satisfaction.
  if (!has("rating", "importance") && !(overall && has("rating"))) out.priority = "priorityMissing";
  if (!proposals.some((p) => p.role === "segment")) out.segments = "segmentsMissing";
  // Trend across waves needs a period column (the first one is used).
  if (!proposals.some((p) => p.role === "period")) out.trend = "trendMissing";
  return out;
}

/** The wanted sheets the roles can give, in report order (what Generate asks for). */
export function possibleSheets(wanted: readonly SheetKey[], proposals: readonly ColumnProposal[]): SheetKey[] {
  const impossible = sheetsImpossible(proposals);
  return SHEET_KEYS.filter((k) => wanted.includes(k) && impossible[k] === undefined);
}

/** Header texts by column index, as buildSurvey reads them (a proposal's header at its index). */
function headersOf(proposals: readonly ColumnProposal[]): string[] {
  const headers: string[] = [];
  for (const p of proposals) headers[p.index] = p.header.trim();
  return headers;
}
