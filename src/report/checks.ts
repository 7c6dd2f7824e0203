/**
 * Checks before any number goes out: what was read (export layout, header rows, platform metadata,
 * pairs, respondents) and warnings where a result signals a misread (an NPS of exactly ±100, a
 * low α, too few answers, a weight column that is not a weight, numeric codes without labels, a
 * recommend column that is not 0–10, a first row that looks like answers).
 *
 * Checks are plain data — a key, its parameters, a severity and the figure it concerns — so the
 * command line, the roles file, the task pane and the Summary sheet render the same check in
 * their own place and language (templates in src/i18n/checks.ts). Everything here is pure.
 */
import type { ColumnProposal, ColumnRole } from "../survey/roles";
import { HEADER_RULES } from "../survey/roles/rules";
import type { MetadataKind, SurveyLayout } from "../survey/layoutTypes";
import { reportStrings } from "../i18n/report";
import { analyze, type Analysis, type ReportOptions } from "./analysis";
import type { ReportLanguage } from "./plan";
import { createProfileSet, profileColumn, type ColumnProfile } from "./columnProfile";
import { ROW_SLICE, runSteps, type Steps } from "../survey/steps";
import type { SurveyStats } from "./stats";
import { isBlankCell } from "../survey/cells";

export const CHECK_KEYS = [
  // info: what was read
  "layoutDetected",
  "noHeaderRow",
  "headerRowsSkipped",
  "metadataIgnored",
  "pairsImportance",
  "pairsGap",
  "pairsKano",
  "respondentsCounted",
  "respondentsFromRows",
  // parts of other checks' lists
  "reasonHeaderRows",
  "reasonEmptyRows",
  "reasonOtherRows",
  "itemCount",
  // warnings
  "firstRowData",
  "numericCodesRating",
  "numericCodesKano",
  "answerCodes",
  "weightNegative",
  "weightCoordinates",
  "weightMean",
  "recommendNotNps",
  "npsPlus100",
  "npsMinus100",
  "alphaLow",
  "fewAnswersCsi",
  "fewAnswersNps",
  "fewAnswersMeans",
  "fewAnswersKano",
  "fewAnswersSegments",
  "modelFailed",
] as const;

export type CheckKey = (typeof CHECK_KEYS)[number];
export type CheckSeverity = "info" | "warning";

/** The figure or place a check is about (the Summary sheet writes a warning next to it). */
export type CheckTarget = "survey" | "respondents" | "roles" | "weights" | "csi" | "nps" | "alpha" | "means" | "kano" | "segments";

/** A text with a key: a whole check's message, or one item of another check's list. */
export interface CheckText {
  readonly key: CheckKey;
  readonly params: Readonly<Record<string, CheckParam>>;
}

/**
 * A parameter: a number (written with Intl for the language), a text (as given, unless the
 * catalogue lists the param as a term: platform, metadata kind), a list of texts or of keyed
 * texts (joined with Intl.ListFormat).
 */
export type CheckParam = number | string | readonly string[] | readonly CheckText[];

export interface Check extends CheckText {
  readonly severity: CheckSeverity;
  readonly concerns: CheckTarget;
}

/** Fewer answers than this make a statistic indicative only (the usual rule of thumb of n ≥ 30). */
export const MIN_ANSWERS = 30;
/** Cronbach's α below this: the items hardly measure one thing (or a column is reversed or misread). */
export const MIN_ALPHA = 0.5;
/** A list in a check names at most this many items, then "…". */
export const LIST_MAX = 8;

function check(k: CheckKey, severity: CheckSeverity, concerns: CheckTarget, params: CheckText["params"] = {}): Check {
  return { key: k, severity, concerns, params };
}

/** The Model sheet is left out: the satisfaction model could not be estimated, for `reason` (the error's text in the report's language). */
export function modelFailedCheck(reason: string): Check {
  return check("modelFailed", "warning", "survey", { reason: reason.trim().replace(/[.。]$/u, "") });
}

function text(k: CheckKey, params: CheckText["params"]): CheckText {
  return { key: k, params };
}

/** At most LIST_MAX items, the last one "…" when more were left out. */
export function clipList(items: readonly string[]): string[] {
  return items.length <= LIST_MAX ? items.slice() : [...items.slice(0, LIST_MAX), "…"];
}

/** Warnings first, then info, each in the order found. */
export function sortChecks(checks: readonly Check[]): Check[] {
  return [...checks.filter((c) => c.severity === "warning"), ...checks.filter((c) => c.severity === "info")];
}

export const warningsOf = (checks: readonly Check[]): Check[] => checks.filter((c) => c.severity === "warning");

// ---------------------------------------------------------------------------------------------
// Reading checks

export interface ReadingInput {
  /** The export layout (src/survey/layout.ts detectLayout), when known. */
  layout?: SurveyLayout;
  proposals: readonly ColumnProposal[];
  /**
   * Rows below the first header row: respondents, empty rows and any further header rows. Leave
   * `rowsRead` and `respondents` out before the rows are read (the roles file): no count check.
   */
  rowsRead?: number;
  /** Respondents counted. */
  respondents?: number;
  /** Rows skipped as empty (when known). */
  emptyRows?: number;
  /** Whether `rowsRead` includes the layout's further header rows (default true). */
  rowsIncludeHeaderRows?: boolean;
  /** Value profiles by 0-based column (weight and recommend columns: see profiledColumns). */
  profiles?: ReadonlyMap<number, ColumnProfile>;
}

const RECOMMEND_HEADER = HEADER_RULES.find((r) => r.role === "recommend")?.re;

/** A header that asks the recommend question (the role rules' words, en/zh/es). */
export function isRecommendHeader(header: string): boolean {
  return RECOMMEND_HEADER !== undefined && RECOMMEND_HEADER.test(header.normalize("NFKC").replace(/\s+/g, " "));
}

/**
 * The columns whose values the reading checks look at: weight and recommend, and an ignored
 * column headed like the recommend question (role detection drops one whose answers are not 0–10:
 * the user is told why there is no NPS).
 */
export function profiledColumns(proposals: readonly ColumnProposal[]): number[] {
  const recommendIgnored = (p: ColumnProposal): boolean => p.role === "ignore" && isRecommendHeader(p.header);
  return proposals.filter((p) => p.role === "weight" || p.role === "recommend" || recommendIgnored(p)).map((p) => p.index);
}

/**
 * Values of a recommend column that are not a 0–10 score scale: a short range (five answers or
 * more, all ≤ 5). Stray values off 0–10 are unreadable cells, reported on their own; for a column
 * role detection already dropped (`dropped`), values off 0–10 or fractions say it too.
 */
function notZeroToTen(prof: ColumnProfile, dropped: boolean): boolean {
  if (prof.n < 5) return false;
  return prof.max <= 5 || (dropped && (prof.min < 0 || prof.max > 10 || prof.fractions > 0));
}

const PAIRS: readonly { from: ColumnRole; to: readonly ColumnRole[]; says: CheckKey }[] = [
  { from: "importance", to: ["rating", "perception"], says: "pairsImportance" },
  { from: "expectation", to: ["perception"], says: "pairsGap" },
  { from: "kano_functional", to: ["kano_dysfunctional"], says: "pairsKano" },
];

/** Roles whose answers are ordered codes (the best answer must be the highest code). */
const SCORED_ROLES: readonly ColumnRole[] = ["rating", "overall", "importance", "expectation", "perception", "competitor"];
const KANO_ROLES: readonly ColumnRole[] = ["kano_functional", "kano_dysfunctional"];

/** Header words of a coordinate column (en, zh, es). */
const COORDINATE_HEADER =
  /(?<![\p{L}])(?:location)?(lat|lon|lng|latitude|longitude|latitud|longitud|coord(?:inate)?s?|coordenadas?)(?![\p{L}])|纬度|经度|坐标/iu;

/**
 * The layout an object carries, if any: `BuiltReport.layout`, `LoadedSurvey.layout` (added by the
 * layout detection; until then absent), a reader's result. Checked by shape, so callers compile
 * with or without the field.
 */
export function layoutOf(x: unknown): SurveyLayout | undefined {
  const l = x !== null && typeof x === "object" ? (x as { layout?: unknown }).layout : undefined;
  return isLayout(l) ? l : undefined;
}

export function isLayout(l: unknown): l is SurveyLayout {
  if (l === null || typeof l !== "object") return false;
  const o = l as Partial<SurveyLayout>;
  return typeof o.platform === "string" && typeof o.headerRows === "number" && Array.isArray(o.columns);
}

const label = (p: ColumnProposal): string => p.header || `#${p.index + 1}`;

/** What was read, and the warnings the reading itself gives (before any statistic). */
export function readingChecks(input: ReadingInput): Check[] {
  const { layout, proposals } = input;
  const out: Check[] = [];
  const byIndex = new Map(proposals.map((p) => [p.index, p]));

  if (layout) {
    if (layout.firstRowLooksLikeData) out.push(check("firstRowData", "warning", "survey"));
    if (layout.noHeaderRow) out.push(check("noHeaderRow", "info", "survey"));
    else out.push(check("layoutDetected", "info", "survey", { platform: layout.platform }));
    if (layout.headerRows > 1) {
      out.push(
        check("headerRowsSkipped", "info", "respondents", { count: layout.headerRows - 1, rows: layout.headerRows === 2 ? "2" : `2–${layout.headerRows}` }),
      );
    }
    const kinds = new Map<MetadataKind, string[]>();
    layout.columns.forEach((c) => {
      if (!c.metadata) return;
      const list = kinds.get(c.metadata) ?? [];
      list.push(c.header);
      kinds.set(c.metadata, list);
    });
    for (const [kind, headers] of kinds) {
      out.push(check("metadataIgnored", "info", "roles", { kind, count: headers.length, columns: clipList(headers) }));
    }
    if (layout.numericCodes) {
      const unlabeled = (roles: readonly ColumnRole[]): string[] =>
        proposals.filter((p) => roles.includes(p.role) && !layout.columns[p.index]?.valueLabels).map(label);
      const scored = unlabeled(SCORED_ROLES);
      const kano = unlabeled(KANO_ROLES);
      if (scored.length) out.push(check("numericCodesRating", "warning", "means", { count: scored.length, columns: clipList(scored) }));
      if (kano.length) out.push(check("numericCodesKano", "warning", "kano", { count: kano.length, columns: clipList(kano) }));
    }
    if (layout.answerCodeColumns?.length) {
      const coded = layout.answerCodeColumns.map((i) => layout.columns[i]?.header || `#${i + 1}`);
      out.push(check("answerCodes", "warning", "roles", { count: coded.length, columns: clipList(coded) }));
    }
  }

  // Pairs formed.
  for (const pair of PAIRS) {
    const names = proposals
      .filter((p) => p.role === pair.from && p.pairIndex !== undefined && pair.to.includes(byIndex.get(p.pairIndex)?.role ?? "ignore"))
      .map((p) => p.attribute ?? label(p));
    if (names.length) out.push(check(pair.says, "info", "roles", { count: names.length, attributes: clipList(names) }));
  }

  // Weight and recommend values.
  for (const p of proposals) {
    const prof = input.profiles?.get(p.index);
    if (p.role === "weight") out.push(...weightChecks(p, prof, layout));
    // (a platform's metadata column, e.g. Qualtrics' derived "… - Group" of the NPS, is never the question)
    const dropped = p.role === "ignore" && prof !== undefined && !layout?.columns[p.index]?.metadata && isRecommendHeader(p.header) && notZeroToTen(prof, true);
    if (p.role === "recommend" || dropped) {
      const offScale = p.role === "recommend" && p.scale !== undefined && !(p.scale.max === 10 && (p.scale.min === 0 || p.scale.min === 1));
      const shortRange = prof !== undefined && notZeroToTen(prof, dropped);
      if (offScale || shortRange) {
        const min = prof && prof.n > 0 ? prof.min : (p.scale?.min ?? 0);
        const max = prof && prof.n > 0 ? prof.max : (p.scale?.max ?? 0);
        out.push(check("recommendNotNps", "warning", "nps", { column: label(p), min, max }));
      }
    }
  }

  if (input.rowsRead !== undefined && input.respondents !== undefined) out.push(respondentsCheck(input.rowsRead, input.respondents, input));
  return sortChecks(out);
}

function weightChecks(p: ColumnProposal, prof: ColumnProfile | undefined, layout: SurveyLayout | undefined): Check[] {
  const out: Check[] = [];
  const column = label(p);
  const named = COORDINATE_HEADER.test(p.header) || layout?.columns[p.index]?.metadata === "location";
  if (!prof || prof.n === 0) {
    if (named) out.push(check("weightCoordinates", "warning", "weights", { column }));
    return out;
  }
  if (prof.negatives > 0) out.push(check("weightNegative", "warning", "weights", { column, count: prof.negatives }));
  // Coordinates: within ±180, written with many decimals, spread wider than survey weights ever are.
  const likeCoordinates = prof.min >= -180 && prof.max <= 180 && prof.manyDecimals >= 0.5 * prof.n && prof.max - prof.min >= 5;
  if (named || likeCoordinates) out.push(check("weightCoordinates", "warning", "weights", { column }));
  else if (prof.negatives === 0) {
    // (with negative values the mean says nothing more)
    const mean = prof.sum / prof.n;
    if (mean < 0.5 || mean > 2) out.push(check("weightMean", "warning", "weights", { column, mean: round(mean, 2) }));
  }
  return out;
}

/** "600 respondents from 603 rows read: 2 header rows, 1 empty row". */
function respondentsCheck(rowsRead: number, respondents: number, input: ReadingInput): Check {
  if (rowsRead === respondents) return check("respondentsCounted", "info", "respondents", { respondents });
  const reasons: CheckText[] = [];
  let left = rowsRead - respondents;
  const empty = Math.min(input.emptyRows ?? 0, left);
  const extraHeaders = input.layout && input.rowsIncludeHeaderRows !== false ? Math.max(0, input.layout.headerRows - 1) : 0;
  if (extraHeaders > 0 && left - empty >= extraHeaders) {
    reasons.push(text("reasonHeaderRows", { count: extraHeaders }));
    left -= extraHeaders;
  }
  if (empty > 0) {
    reasons.push(text("reasonEmptyRows", { count: empty }));
    left -= empty;
  }
  if (left > 0) reasons.push(text("reasonOtherRows", { count: left }));
  return check("respondentsFromRows", "info", "respondents", { respondents, rows: rowsRead, reasons });
}

/** A blank cell as buildSurvey sees it (null, undefined, white space): a row of them is skipped. */
const blank = isBlankCell;

/**
 * The reading checks of a table held in memory (the task pane's range): rows read, respondents
 * (rows not entirely blank, as buildSurvey counts them), empty rows and the value profiles.
 * `rows` are the data rows below the header rows (an export's further header rows already left
 * out, as the pane's surveyOfRange does).
 */
export function tableReadingChecks(rows: readonly (readonly unknown[])[], proposals: readonly ColumnProposal[], layout?: SurveyLayout): Check[] {
  return runSteps(tableReadingChecksSteps(rows, proposals, layout));
}

/** tableReadingChecks as steps (src/survey/steps.ts). */
export function* tableReadingChecksSteps(rows: readonly (readonly unknown[])[], proposals: readonly ColumnProposal[], layout?: SurveyLayout): Steps<Check[]> {
  return checksOfTable(rows.length, proposals, layout, yield* tableFactsSteps(rows, profiledColumns(proposals)), rows);
}

/** What the reading checks take from a table's rows: its empty rows and the value profiles of some columns. */
export interface TableFacts {
  emptyRows: number;
  profiles: ReadonlyMap<number, ColumnProfile>;
}

/** The facts of `rows` with the profiles of `columns`, in one pass; a pause every ROW_SLICE rows. */
export function* tableFactsSteps(rows: readonly (readonly unknown[])[], columns: readonly number[]): Steps<TableFacts> {
  let emptyRows = 0;
  const set = createProfileSet(columns);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r) || r.every(blank)) emptyRows++;
    set.addRow(r);
    if (i % ROW_SLICE === ROW_SLICE - 1) yield;
  }
  return { emptyRows, profiles: set.profiles };
}

/**
 * The reading checks of a table from its facts (tableFactsSteps, computed once after reading): a
 * column the facts did not profile — its role changed since — is profiled from `rows` now.
 */
export function checksOfTable(
  rowsRead: number,
  proposals: readonly ColumnProposal[],
  layout: SurveyLayout | undefined,
  facts: TableFacts,
  rows: readonly (readonly unknown[])[],
): Check[] {
  const profiles = new Map(profiledColumns(proposals).map((c) => [c, facts.profiles.get(c) ?? profileColumn(rows, c)]));
  const { emptyRows } = facts;
  return readingChecks({ layout, proposals, rowsRead, respondents: rowsRead - emptyRows, emptyRows, rowsIncludeHeaderRows: false, profiles });
}

const round = (x: number, dp: number): number => Math.round(x * 10 ** dp) / 10 ** dp;

/** A recommend column that is not on a 0–10 scale: the NPS must not be computed (see withoutNps). */
export function npsSuppressed(checks: readonly Check[]): boolean {
  return checks.some((c) => c.key === "recommendNotNps");
}

/** The statistics without the NPS (overall and per segment): what a report of a misread recommend column shows. */
export function withoutNps(stats: SurveyStats): SurveyStats {
  const out: SurveyStats = { ...stats };
  delete out.nps;
  if (stats.segment) {
    out.segment = {
      ...stats.segment,
      values: stats.segment.values.map((v) => {
        const copy = { ...v };
        delete copy.nps;
        return copy;
      }),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Result checks

/** Warnings about the report's numbers: ±100 NPS, low α, statistics on fewer than MIN_ANSWERS answers. */
export function resultChecks(a: Analysis): Check[] {
  const out: Check[] = [];
  const attrs = a.stats.attributes;
  const n = (x: number): number => round(x, 1);
  const items = (list: { name: string; n: number }[]): CheckText[] => list.slice(0, LIST_MAX).map((x) => text("itemCount", { name: x.name, n: n(x.n) }));

  if (a.nps) {
    if (a.nps.nps === 100) out.push(check("npsPlus100", "warning", "nps", { n: n(a.nps.n) }));
    if (a.nps.nps === -100) out.push(check("npsMinus100", "warning", "nps", { n: n(a.nps.n) }));
    if (a.nps.n < MIN_ANSWERS) out.push(check("fewAnswersNps", "warning", "nps", { n: n(a.nps.n), min: MIN_ANSWERS }));
  }
  if (a.alpha !== undefined && a.alpha < MIN_ALPHA) {
    out.push(check("alphaLow", "warning", "alpha", { alpha: round(a.alpha, 2), items: a.stats.ratingItems.length, min: MIN_ALPHA }));
  }
  if (a.csi !== undefined && a.answers.length > 0) {
    const fewest = Math.min(...a.answers);
    if (fewest < MIN_ANSWERS) out.push(check("fewAnswersCsi", "warning", "csi", { n: fewest, min: MIN_ANSWERS }));
    const few = a.csiItems.map((i, k) => ({ name: attrs[i].name, n: a.answers[k] })).filter((x) => x.n < MIN_ANSWERS);
    if (few.length) out.push(check("fewAnswersMeans", "warning", "means", { count: few.length, min: MIN_ANSWERS, items: items(few) }));
  }
  const kano = a.kano.flatMap((k, i) => (k && k.n < MIN_ANSWERS ? [{ name: attrs[i].name, n: k.n }] : []));
  if (kano.length) out.push(check("fewAnswersKano", "warning", "kano", { count: kano.length, min: MIN_ANSWERS, items: items(kano) }));
  const segs = (a.segments?.rows ?? []).filter((r) => r.rows < MIN_ANSWERS).map((r) => ({ name: r.value, n: r.rows }));
  if (segs.length && a.segments) {
    out.push(check("fewAnswersSegments", "warning", "segments", { segment: a.segments.name, count: segs.length, min: MIN_ANSWERS, items: items(segs) }));
  }
  return out;
}

/**
 * The result checks of the report `buildReportPlan` builds from these statistics with these reading
 * checks (the same statistics: no NPS when the reading suppressed it), for callers that have only
 * the plan (the task pane's result).
 */
export function reportResultChecks(stats: SurveyStats, reading: readonly Check[], language: ReportLanguage, options: ReportOptions = {}): Check[] {
  const used = npsSuppressed(reading) ? withoutNps(stats) : stats;
  return resultChecks(analyze(used, reportStrings(language), options));
}
