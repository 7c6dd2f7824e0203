/**
 * buildReportPlan: SurveyStats + meta + options → ReportPlan (plain data; the Excel applier and
 * the .xlsx writer turn it into a workbook). Deterministic: the same input gives the same plan
 * (`generatedAt` is injected, segments are sorted, nothing reads the clock or the locale of the
 * machine). Sheets without data are left out, with a note in `plan.notes` and on the Summary.
 */
import { format, formatNumber, reportStrings } from "../i18n/report";
import type { Survey } from "../survey/survey";
import type { ParseIssue } from "../survey/types";
import { ALL_SHEETS, analyze, usesDriverSums, type ReportOptions } from "./analysis";
import { npsSuppressed, resultChecks, sortChecks, withoutNps, type Check } from "./checks";
import type { BuildContext } from "./common";
import { buildGap, gapAttributes } from "./gap";
import { buildKano, kanoFeatures } from "./kano";
import type { PlanSheet, ReportLanguage, ReportPlan, SheetKey } from "./plan";
import { buildPriority } from "./priority";
import { buildSegments, segmentMeasure } from "./segments";
import { statsFromSurvey, type SurveyStats } from "./stats";
import { MAX_PERIODS } from "./statsPeriod";
import type { WeightingSummary } from "./raking";
import { buildModel, type PlsReport } from "./modelSheet";
import { buildSummary } from "./summary";
import { buildTrend } from "./trend";
import { analyzeTrend, type Trend } from "./trendAnalysis";

export type { ReportOptions } from "./analysis";

/** At most this many segment values are compared on the Segments sheet. */
export const MAX_SEGMENTS = 100;

export interface ReportMeta {
  /** Where the data came from: "Survey!A1:BV601" (issue addresses are offset from its top-left) or "file x.csv". */
  source: string;
  /** ISO 8601 timestamp of the build. */
  generatedAt: string;
  language: ReportLanguage;
  /** The first cells that could not be read (Survey.issues). */
  issues?: ParseIssue[];
  /** How many cells could not be read in all (default issues.length). */
  issueCount?: number;
  /**
   * The reading checks (src/report/checks.ts readingChecks). When given, the Summary shows their
   * warnings and the result checks' next to the figures they concern, and a recommend column
   * that is not 0–10 gives no NPS.
   */
  checks?: readonly Check[];
  /** The weights were raked (src/report/raking.ts): the Summary's Weighting block. */
  weighting?: WeightingSummary;
  /** The PLS model estimated on the survey (--model; issue #15): the Model sheet, after the others. */
  model?: PlsReport;
}

export function buildReportPlan(given: SurveyStats, meta: ReportMeta, options: ReportOptions = {}): ReportPlan {
  const t = reportStrings(meta.language);
  const stats = meta.checks && npsSuppressed(meta.checks) ? withoutNps(given) : given;
  const a = analyze(stats, t, options, meta.model);
  const checks = meta.checks ? sortChecks([...meta.checks, ...resultChecks(a)]) : [];
  const ctx: BuildContext = { t, language: meta.language, source: meta.source, generatedAt: meta.generatedAt };
  const wanted = new Set<SheetKey>(options.sheets ?? ALL_SHEETS);

  const omitted: string[] = [];
  const available: Record<SheetKey, boolean> = {
    summary: true,
    kano: kanoFeatures(a).length > 0,
    gap: gapAttributes(a).length > 0,
    priority: a.priority !== undefined && a.priority.rows.length > 0,
    segments: a.segments !== undefined && a.segments.rows.length >= 2 && a.segments.rows.length <= MAX_SEGMENTS && segmentMeasure(a) !== undefined,
    trend: false,
  };
  if (wanted.has("kano") && !available.kano) omitted.push(t.notes.kanoMissing);
  if (wanted.has("gap") && !available.gap) omitted.push(t.notes.gapMissing);
  if (wanted.has("priority") && !available.priority) omitted.push(t.notes.priorityMissing);
  if (options.segment !== undefined && stats.segment && stats.segment.column !== options.segment) {
    omitted.push(format(t.notes.segmentNotFound, { segment: String(options.segment + 1) }));
  }
  if (wanted.has("segments") && !available.segments) {
    if (!a.segments) omitted.push(t.notes.segmentsMissing);
    else if (a.segments.rows.length < 2) omitted.push(format(t.notes.segmentsSingle, { segment: a.segments.name }));
    else if (a.segments.rows.length > MAX_SEGMENTS) {
      const count = formatNumber(t, a.segments.rows.length);
      omitted.push(format(t.notes.segmentsTooMany, { segment: a.segments.name, count, max: formatNumber(t, MAX_SEGMENTS) }));
    } else omitted.push(t.notes.segmentsNoMeasure);
  }
  if (wanted.has("segments") && available.segments && a.segments!.blankRows > 0) {
    a.notes.push(format(t.notes.segmentBlankRows, { count: formatNumber(t, a.segments!.blankRows) }));
  }
  // Trend across waves (issue #13): only computed when asked for.
  const trend: Trend | undefined = wanted.has("trend") ? analyzeTrend(a) : undefined;
  if (wanted.has("trend")) {
    const per = stats.period;
    const name = per?.name ?? "";
    // No period column: said only when the sheet was asked for by name (most surveys have none).
    if (!per || !trend) {
      if (options.sheets?.includes("trend")) omitted.push(t.notes.trendMissing);
    } else if (per.tooMany !== undefined)
      omitted.push(format(t.notes.trendTooMany, { period: name, count: formatNumber(t, per.tooMany), max: formatNumber(t, MAX_PERIODS) }));
    else if (trend.waves.length < 2) omitted.push(format(t.notes.trendSingle, { period: name }));
    else if (trend.measures.length === 0) omitted.push(t.notes.trendNoMeasure);
    else {
      available.trend = true;
      if (per.blankRows > 0) a.notes.push(format(t.notes.trendBlankRows, { count: formatNumber(t, per.blankRows) }));
    }
  }
  const notes = [...omitted, ...a.notes];

  // One builder per sheet key: the compiler asks for a builder when a key is added to SHEET_KEYS.
  const builders: Record<SheetKey, () => PlanSheet> = {
    summary: () =>
      buildSummary(a, ctx, { notes, issues: meta.issues ?? [], issueCount: meta.issueCount ?? meta.issues?.length ?? 0, checks, weighting: meta.weighting }),
    kano: () => buildKano(a, ctx),
    gap: () => buildGap(a, ctx),
    priority: () => buildPriority(a, ctx),
    segments: () => buildSegments(a, ctx),
    trend: () => buildTrend(a, trend!, ctx),
  };
  const sheets: PlanSheet[] = [];
  for (const key of ALL_SHEETS) {
    if (!wanted.has(key) || !available[key]) continue;
    sheets.push(builders[key]());
  }
  if (meta.model) sheets.push(buildModel(a, meta.model, ctx));
  const tables = sheets.flatMap((s) => s.tables.map((x) => x.name));
  const dup = tables.find((name, i) => tables.indexOf(name) !== i);
  if (dup) throw new Error(`table name ${dup} is used twice`);

  return {
    version: 1,
    language: meta.language,
    generatedAt: meta.generatedAt,
    source: meta.source,
    n: stats.rows,
    sheets,
    notes,
  };
}

/**
 * Convenience: statistics of a whole Survey (segment and β as the options ask), then the plan.
 * The survey's issues are listed unless meta gives its own.
 */
export function buildReportPlanFromSurvey(
  survey: Survey,
  meta: Omit<ReportMeta, "issues" | "issueCount"> & Partial<Pick<ReportMeta, "issues" | "issueCount">>,
  options: ReportOptions = {},
): ReportPlan {
  const segment = options.segment !== undefined && survey.segments.some((s) => s.column === options.segment) ? options.segment : undefined;
  const stats = statsFromSurvey(survey, { segment, beta: usesDriverSums(options.importance), kanoMaxQuestionable: options.kanoMaxQuestionable });
  return buildReportPlan(stats, { ...meta, issues: meta.issues ?? survey.issues, issueCount: meta.issueCount ?? survey.issueCount }, options);
}
