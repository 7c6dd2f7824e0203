/**
 * What every sheet builder shares: the build context (language, source, date), the sheet heading
 * (title, subtitle with n and date, method note with the source) and the number formats.
 */
import { format, formatDate, formatNumber, type ReportStrings } from "../i18n/report";
import type { Analysis } from "./analysis";
import type { PlanSheetKey, ReportLanguage } from "./plan";
import { SheetDraft } from "./sheet";

export interface BuildContext {
  t: ReportStrings;
  language: ReportLanguage;
  source: string;
  generatedAt: string;
}

/** Excel number formats used on the report. */
export const FMT = {
  integer: "#,##0",
  mean: "0.00",
  index: "0.0",
  share: "0.0%",
  coefficient: "0.000",
  /** Kano Better/Worse coefficients (two decimals, as the Kano literature reports them). */
  ratio: "0.00",
  score: "0.0000",
} as const;

/**
 * Counts are shown as whole numbers, weighted or not: a weighted count keeps its exact value (so
 * the formulas over it agree with the engine) and the weighted base is stated once, under the
 * Summary's key table.
 */
export function countFormat(_a: Analysis): string {
  return FMT.integer;
}

/** "n = 600 respondents · 3 March 2026" (the respondents, unweighted; the weighted base is on the Summary). */
export function subtitle(a: Analysis, ctx: BuildContext): string {
  const { t } = ctx;
  const params = {
    n: formatNumber(t, a.stats.rows),
    date: formatDate(t, ctx.generatedAt),
  };
  return format(t.subtitle, params);
}

/**
 * A new sheet with its heading: title (row 1), subtitle (row 2), the headline when given (row 3,
 * style "emphasis": the answer before the method), then the source and the method lines (style
 * "note"), then one blank row.
 */
export function startSheet(key: PlanSheetKey, title: string, method: readonly string[], a: Analysis, ctx: BuildContext, headline?: string): SheetDraft {
  const d = new SheetDraft(key, ctx.t.sheetNames[key]);
  d.lines([title], "title");
  d.lines([subtitle(a, ctx)], "subtitle");
  if (headline) d.spanAsNote(d.lines([headline], "emphasis"));
  d.lines([format(ctx.t.source, { source: displaySource(ctx.source, ctx.t) })], "note", 1);
  // The answer comes first: the formulas and their sources go at the foot of the sheet.
  d.methodBelow(ctx.t.methodHeading, method);
  return d;
}

/**
 * The source line's text in the report language: a range address stays as it is; the command
 * line's "file NAME" / "file NAME, sheet SHEET" (src/cli) is translated.
 */
export function displaySource(source: string, t: ReportStrings): string {
  const withSheet = /^file (.+), sheet (.+)$/.exec(source);
  if (withSheet) return format(t.sourceFileSheet, { name: withSheet[1], sheet: withSheet[2] });
  const file = /^file (.+)$/.exec(source);
  return file ? format(t.sourceFile, { name: file[1] }) : source;
}

/** Table names: "CS_" + sheet part + optional suffix, letters/digits/underscore only. */
export function tableName(...parts: string[]): string {
  return ["CS", ...parts].join("_").replace(/[^A-Za-z0-9_]/g, "");
}
