/**
 * The report pipeline behind the task pane (orchestration only, no React): read the survey →
 * propose roles; confirmed roles → buildSurvey → statsFromSurvey → buildReportPlan → applyPlan;
 * Refresh = the same from the recipe stored in the workbook. Excel is reached through an
 * `ExcelPort` (src/excel/ over Excel.run, or a test double), so this file has no `Excel.` in it.
 */
import { KeyedError } from "../excel/errors";
import { buildReportPlan, type ReportOptions } from "../report/build";
import { reportResultChecks, tableReadingChecks, warningsOf } from "../report/checks";
import type { ReportLanguage, ReportPlan, SheetKey } from "../report/plan";
import { statsFromSurvey } from "../report/stats";
import { splitHeaderRows } from "../survey/layout";
import type { SurveyLayout } from "../survey/layoutTypes";
import { displayValue } from "../survey/parse";
import { detectRoles, type ColumnProposal } from "../survey/roles";
import { buildSurvey } from "../survey/survey";
import type {
  LoadedSurvey,
  OnProgress,
  ProgressStep,
  ReportChoices,
  ReportResult,
  StoredReport,
  SurveyRange,
  TaskpaneServices,
} from "./services";

/** What a report is rebuilt from: the survey's place, the confirmed roles and the pane's choices. */
export interface StoredRecipe {
  source: { sheet: string; address: string };
  roles: ColumnProposal[];
  choices: ReportChoices;
}

/** What the pipeline needs from the workbook. */
export interface ExcelPort {
  /** Excel's missing requirement sets ("ExcelApi 1.12"). */
  missingRequirements(): string[];
  /** The survey at the selection (the selected range, or the region around one selected cell). */
  readSelection(onRows: (done: number, total: number) => void): Promise<SurveyRange>;
  /** The survey at a stored place. */
  readRange(where: { sheet: string; address: string }, onRows: (done: number, total: number) => void): Promise<SurveyRange>;
  /** Sheet-qualified address ("'My survey'!A1:F9"). */
  qualify(sheet: string, address: string): string;
  loadRecipe(): Promise<StoredRecipe | undefined>;
  /** Writes the plan and stores the recipe; the sheets as written (names may carry a suffix). */
  applyPlan(plan: ReportPlan, recipe: StoredRecipe, onWrite: (fraction: number) => void): Promise<{ key: SheetKey; name: string }[]>;
  activateSheet(name: string): Promise<void>;
}

/** How many unreadable cells a result carries (the Summary sheet lists its own). */
export const RESULT_ISSUES = 20;

/** Lets the browser paint between the synchronous steps. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Progress of a sub-task mapped onto [from, to] of the whole. */
function span(onProgress: OnProgress, from: number, to: number) {
  return (fraction: number, detail: ProgressStep): void =>
    onProgress({ fraction: from + (to - from) * Math.max(0, Math.min(1, fraction)), detail });
}

/** First non-blank cell of each column, as display text. */
export function columnSamples(range: SurveyRange): string[] {
  return range.headers.map((_, c) => {
    for (const row of range.rows) {
      const text = displayValue(row[c]).trim();
      if (text !== "") return text;
    }
    return "";
  });
}

/**
 * The range as the survey: an export's extra header rows (Qualtrics 3, SurveyMonkey 2) leave the
 * data and its columns take the layout's one-line headers; a plain table is left as it is. The
 * address stays the whole selection, so Refresh reads and splits the same rows again.
 */
export function surveyOfRange(read: SurveyRange): { range: SurveyRange; layout: LoadedSurvey["layout"] } {
  const { headers, rows, layout } = splitHeaderRows(read.headers, read.rows);
  return { range: { ...read, headers, rows }, layout };
}

/** Reads the survey at the selection and proposes a role per column. */
export async function loadSurvey(port: ExcelPort, onProgress: OnProgress): Promise<LoadedSurvey> {
  const at = span(onProgress, 0, 0.9);
  at(0, { step: "read", done: 0, total: 0 });
  const read = await port.readSelection((done, total) => at(total > 0 ? done / total : 0, { step: "read", done, total }));
  onProgress({ fraction: 0.95, detail: { step: "survey" } });
  await tick();
  const { range, layout } = surveyOfRange(read);
  return {
    range,
    source: port.qualify(range.sheet, range.address),
    proposals: detectRoles(range.headers, range.rows, layout),
    samples: columnSamples(range),
    layout,
  };
}

/** The report options of the pane's choices. */
export function reportOptions(choices: ReportChoices): ReportOptions {
  const options: ReportOptions = { sheets: [...choices.sheets], crosshair: choices.crosshair };
  if (choices.segment !== undefined) options.segment = choices.segment;
  return options;
}

/** Builds the report of a read survey and writes it; progress runs over [from, 1]. */
async function buildAndApply(
  port: ExcelPort,
  range: SurveyRange,
  proposals: readonly ColumnProposal[],
  choices: ReportChoices,
  onProgress: OnProgress,
  now: () => Date,
  from: number,
  layout?: SurveyLayout,
): Promise<ReportResult> {
  const at = span(onProgress, from, 1);
  at(0, { step: "survey" });
  await tick();
  const survey = buildSurvey(range.headers, range.rows, proposals, choices.scale ? { scale: choices.scale } : {});
  at(0.15, { step: "stats" });
  await tick();
  const segment = choices.segment !== undefined && survey.segments.some((s) => s.column === choices.segment) ? choices.segment : undefined;
  const stats = statsFromSurvey(survey, { segment });
  at(0.3, { step: "plan" });
  await tick();
  const reading = tableReadingChecks(range.rows, proposals, layout);
  const plan = buildReportPlan(
    stats,
    {
      source: port.qualify(range.sheet, range.address),
      generatedAt: now().toISOString(),
      language: choices.language,
      issues: survey.issues,
      issueCount: survey.issueCount,
      // The Summary's warnings next to their figures; a recommend column that is not 0–10 gives no NPS.
      checks: reading,
    },
    { ...reportOptions(choices), segment },
  );
  at(0.4, { step: "write" });
  await tick();
  const recipe: StoredRecipe = {
    source: { sheet: range.sheet, address: range.address },
    roles: proposals.map((p) => ({ ...p })),
    choices: { ...choices, sheets: [...choices.sheets] },
  };
  const sheets = await port.applyPlan(plan, recipe, (fraction) => at(0.4 + 0.6 * fraction, { step: "write" }));
  at(1, { step: "write" });
  // The warnings of the reading too: after Refresh the pane shows no survey, only this result.
  const checks = [...warningsOf(reading), ...reportResultChecks(stats, reading, choices.language, { ...reportOptions(choices), segment })];
  return { sheets, n: survey.n, issues: survey.issues.slice(0, RESULT_ISSUES), issueCount: survey.issueCount, checks };
}

/** Generate report: the read survey with the confirmed roles and options. */
export function generateReport(
  port: ExcelPort,
  range: SurveyRange,
  proposals: readonly ColumnProposal[],
  choices: ReportChoices,
  onProgress: OnProgress,
  now: () => Date = () => new Date(),
  layout?: SurveyLayout,
): Promise<ReportResult> {
  return buildAndApply(port, range, proposals, choices, onProgress, now, 0, layout);
}

/** Refresh: read the stored recipe's survey again and rebuild the report with its roles and options. */
export async function refreshReport(port: ExcelPort, onProgress: OnProgress, now: () => Date = () => new Date()): Promise<ReportResult> {
  const recipe = await port.loadRecipe();
  if (!recipe) throw new KeyedError("this workbook holds no CS Insight report to refresh", { key: "noStoredReport" });
  const at = span(onProgress, 0, 0.4);
  const read = await port.readRange(recipe.source, (done, total) => at(total > 0 ? done / total : 0, { step: "read", done, total }));
  const { range, layout } = surveyOfRange(read); // the same header rows leave the data as when the roles were made
  return buildAndApply(port, range, recipe.roles, recipe.choices, onProgress, now, 0.4, layout);
}

/** The pane's services over an Excel port. `inExcel` says whether the page runs inside Excel. */
export function createServices(port: ExcelPort, inExcel: () => boolean): TaskpaneServices {
  return {
    inExcel,
    missingRequirements: () => port.missingRequirements(),
    storedReport: async (): Promise<StoredReport | undefined> => {
      const recipe = await port.loadRecipe();
      return recipe ? { source: port.qualify(recipe.source.sheet, recipe.source.address) } : undefined;
    },
    readSelection: (onProgress) => loadSurvey(port, onProgress),
    generate: (range, proposals, choices, onProgress, layout) => generateReport(port, range, proposals, choices, onProgress, undefined, layout),
    refresh: (onProgress) => refreshReport(port, onProgress),
    activateSheet: (name) => port.activateSheet(name),
  };
}

/** The pane's choices from a stored recipe's options (anything unreadable falls back to the default). */
export function choicesFromStored(options: unknown, language: string): ReportChoices {
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  const languages: readonly ReportLanguage[] = ["en", "zh-CN", "es"];
  const sheetKeys: readonly SheetKey[] = ["summary", "kano", "gap", "priority", "segments"];
  const scale = o.scale as { min?: unknown; max?: unknown } | undefined;
  const choices: ReportChoices = {
    crosshair: o.crosshair === "median" || o.crosshair === "midpoint" ? o.crosshair : "mean",
    sheets: Array.isArray(o.sheets) ? sheetKeys.filter((k) => (o.sheets as unknown[]).includes(k)) : [...sheetKeys],
    language: languages.find((l) => l === language) ?? "en",
  };
  if (scale && typeof scale.min === "number" && typeof scale.max === "number" && scale.max > scale.min) {
    choices.scale = { min: scale.min, max: scale.max };
  }
  if (typeof o.segment === "number" && Number.isInteger(o.segment) && o.segment >= 0) choices.segment = o.segment;
  if (choices.sheets.length === 0) choices.sheets = [...sheetKeys];
  return choices;
}
