/**
 * The report pipeline behind the task pane (orchestration only, no React): read the survey →
 * propose roles; confirmed roles → buildSurvey → statsFromSurvey → buildReportPlan → applyPlan;
 * Refresh = the same from the recipe stored in the workbook. Excel is reached through an
 * `ExcelPort` (src/excel/ over Excel.run, or a test double), so this file has no `Excel.` in it.
 */
import { LANGUAGES } from "../i18n/languages";
import { throwIfCancelled } from "../excel/cancel";
import { KeyedError, officeCode } from "../excel/errors";
import type { ReportInputs } from "../excel/inputs";
import type { MarginsRef } from "../excel/readMargins";
import type { SurveySource } from "../excel/readSurvey";
import type { OwnedSheet, RecipeInput, WrittenSheet } from "../excel/recipe";
import { format, isUiLanguage, uiStrings, type UiLanguage } from "../i18n/ui";
import { IMPORTANCE_METHODS, usesDriverSums } from "../report/analysis";
import { buildReportPlan, type ReportOptions } from "../report/build";
import { profiledColumns, reportResultChecks, tableFactsSteps, tableReadingChecksSteps, modelFailedCheck, warningsOf, type Check } from "../report/checks";
import { SHEET_KEYS, type PlanSheetKey, type ReportLanguage, type ReportPlan, type SheetKey } from "../report/plan";
import { createRakeCollector, parseMargins, type RakedWeights } from "../report/raking";
import { statsFromSurveySteps } from "../report/stats";
import { CsError, isCsError } from "../engine/errors";
import { plsTemplate, type PlsTemplateChoice } from "../engine/pls/templates";
import { localizeMessage } from "../i18n/messages";
import type { PlsReport } from "../report/modelSheet";
import { plsTemplateReportStepCount, plsTemplateReportSteps } from "../report/plsTemplateReport";
import { parseMarginsRef } from "./marginsRef";
import { headerText, headersOfRoles } from "../survey/headerMatch";
import { splitHeaderRows } from "../survey/layout";
import type { SurveyLayout } from "../survey/layoutTypes";
import { displayValue } from "../survey/parse";
import { detectRoles, detectRolesSteps, type ColumnProposal } from "../survey/roles";
import type { Steps } from "../survey/steps";
import { buildSurveySteps } from "../survey/survey";
import { runChunked } from "./chunked";
import type { Headerless, LoadedSurvey, OnProgress, ProgressStep, ReportChoices, ReportResult, StoredReport, SurveyRange, TaskpaneServices } from "./services";

/**
 * What a report is rebuilt from: the survey's place, the confirmed roles and the pane's choices.
 * `source.anchor` (top-left cell of the header row) and `source.columns` let Refresh read the
 * survey as it is now; a recipe with only `source.address` is read at that address.
 */
export interface StoredRecipe {
  source: SurveySource;
  /** Respondents of the report as last written (absent in recipes from before it was kept). */
  n?: number;
  roles: ColumnProposal[];
  choices: ReportChoices;
  /**
   * Set when the user answered "Row 1 is a respondent": Refresh reads the range without a header
   * row again, naming the columns in the same language. Absent: row 1 holds the column names.
   * (Stored with the options in the workbook, as `options.headerless`.)
   */
  headerless?: Headerless;
  /** The sheets the report owns, its named input cells and what it wrote (Refresh's edit check; absent in older recipes). */
  sheets?: OwnedSheet[];
  inputs?: RecipeInput[];
  written?: Record<string, WrittenSheet>;
}

/**
 * Refresh found edits on the report's sheets besides its input cells (a note typed into a cell):
 * nothing was written; the pane lists `cells` ("Summary!H3") and asks before replacing them.
 */
export class ReportEditedError extends Error {
  constructor(readonly cells: string[]) {
    super(`the report's sheets were edited (${cells.slice(0, 3).join(", ")}${cells.length > 3 ? ", …" : ""}): Refresh would replace those cells`);
    this.name = "ReportEditedError";
  }
}

/** What the pipeline needs from the workbook. */
export interface ExcelPort {
  /** Excel's missing requirement sets ("ExcelApi 1.12"). */
  missingRequirements(): string[];
  /** The survey at the selection (the selected range, or the region around one selected cell). */
  readSelection(onRows: (done: number, total: number) => void, signal?: AbortSignal): Promise<SurveyRange>;
  /** The survey at a stored place. */
  readRange(where: SurveySource, onRows: (done: number, total: number) => void, signal?: AbortSignal): Promise<SurveyRange>;
  /** Sheet-qualified address ("'My survey'!A1:F9"). */
  qualify(sheet: string, address: string): string;
  loadRecipe(): Promise<StoredRecipe | undefined>;
  /** Before Refresh rebuilds: the manager's changed input entries and the other edited cells of the report's sheets. */
  readInputs(recipe: StoredRecipe): Promise<ReportInputs>;
  /**
   * Writes the plan and stores the recipe; the sheets as written (names may carry a suffix). Once
   * `signal` aborts it stops with a CancelledError, the workbook as it was (nothing half-written).
   */
  applyPlan(plan: ReportPlan, recipe: StoredRecipe, onWrite: (fraction: number) => void, signal?: AbortSignal): Promise<{ key: PlanSheetKey; name: string }[]>;
  activateSheet(name: string): Promise<void>;
  /** Selects a cell of the workbook (a skipped cell of the survey). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the bundled sample survey to a new sheet and selects it; the sheet's name (may carry a suffix). */
  writeSampleSurvey(): Promise<string>;
  /** The cells of a margins table (header row first); a range without a sheet is on `sheet` (the survey's). */
  readMargins(ref: MarginsRef, sheet: string, signal?: AbortSignal): Promise<unknown[][]>;
  /** The places where a header row with these names stands (Refresh of a survey whose sheet was renamed or which moved). */
  findSurvey(headers: readonly string[]): Promise<SurveySource[]>;
  /** Makes the range (header row + answers) an Excel table, cells unchanged; the table's name. Absent: the pane offers no table. */
  makeTable?(sheet: string, address: string): Promise<string>;
}

/** How many unreadable cells a result carries (the Summary sheet lists its own). */
export const RESULT_ISSUES = 20;

/** Lets the browser paint (and a Cancel click land) between the synchronous steps; then stops if cancelled. */
const tick = async (signal?: AbortSignal): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  throwIfCancelled(signal);
};

/** The same steps, reporting the share done (of an expected `total`) every 16 steps. */
function* withProgress<T>(steps: Steps<T>, total: number, report: (fraction: number) => void): Steps<T> {
  for (let done = 1; ; done++) {
    const next = steps.next();
    if (next.done) return next.value;
    if (done % 16 === 0) report(Math.min(1, done / total));
    yield;
  }
}

/** Progress of a sub-task mapped onto [from, to] of the whole. */
function span(onProgress: OnProgress, from: number, to: number) {
  return (fraction: number, detail: ProgressStep): void => onProgress({ fraction: from + (to - from) * Math.max(0, Math.min(1, fraction)), detail });
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

/** The generated column names of a range without a header row: "Column 1" … "Column N" in `language`. */
export function headerlessColumnNames(count: number, language: UiLanguage): string[] {
  const template = uiStrings(language).headerRow.columnName;
  return Array.from({ length: count }, (_, i) => format(template, { n: i + 1 }));
}

/**
 * The range read without a header row: its first row (read as the headers) becomes the first
 * data row, and the columns take generated names ("Column 1" … in `language`). The address stays
 * the same. The width is the widest of the first row and the data rows.
 */
export function asHeaderless(range: SurveyRange, language: UiLanguage): SurveyRange {
  const width = range.rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), range.headers.length);
  return { ...range, headers: headerlessColumnNames(width, language), rows: [[...range.headers], ...range.rows] };
}

/** A stored `options.headerless`, when it is readable. */
export function headerlessFromStored(options: unknown): Headerless | undefined {
  const h = typeof options === "object" && options !== null ? (options as { headerless?: unknown }).headerless : undefined;
  const language = typeof h === "object" && h !== null ? (h as { language?: unknown }).language : undefined;
  return typeof language === "string" && isUiLanguage(language) ? { language } : undefined;
}

/**
 * The range as the survey: an export's extra header rows (Qualtrics 3, SurveyMonkey 2) leave the
 * data and its columns take the layout's one-line headers; a plain table is left as it is. The
 * address stays the whole selection, so Refresh reads and splits the same rows again.
 */
export function surveyOfRange(read: SurveyRange, headerless?: Headerless): { range: SurveyRange; layout: LoadedSurvey["layout"] } {
  const table = headerless ? asHeaderless(read, headerless.language) : read;
  const { headers, rows, layout } = splitHeaderRows(table.headers, table.rows);
  return { range: { ...table, headers, rows }, layout: headerless ? { ...layout, noHeaderRow: true } : layout };
}

/**
 * The range row of the first data row, for skipped-cell messages: 1 without a header row, else the
 * row below the layout's header rows (2 for a plain table, 4 below Qualtrics' three).
 */
export function firstDataRow(layout: SurveyLayout | undefined): number {
  return layout?.noHeaderRow ? 1 : (layout?.headerRows ?? 1) + 1;
}

/** A read survey with the roles proposed (again) from its range and layout. */
function proposed(range: SurveyRange, layout: LoadedSurvey["layout"], source: string, headerless?: Headerless): LoadedSurvey {
  const loaded: LoadedSurvey = { range, source, proposals: detectRoles(range.headers, range.rows, layout), samples: columnSamples(range), layout };
  if (headerless) loaded.headerless = headerless;
  return loaded;
}

/**
 * The answer "Row 1 is a respondent" to a survey read with a header row: the same cells read
 * without one (row 1 becomes a data row, the columns are named in `language`) and the roles
 * proposed again from the values. A survey read with extra header rows (an export) is not plain,
 * so it is never asked; the range it was read from is `survey.range` with its first row as headers.
 */
export function readHeaderless(survey: LoadedSurvey, language: UiLanguage): LoadedSurvey {
  const headerless: Headerless = { language };
  const { range, layout } = surveyOfRange(survey.range, headerless);
  return proposed(range, layout, survey.source, headerless);
}

/** The answer "Row 1 holds column names": the survey as read, without the question (its warning goes). */
export function confirmHeaderRow(survey: LoadedSurvey): LoadedSurvey {
  return survey.layout ? { ...survey, layout: { ...survey.layout, firstRowLooksLikeData: false } } : survey;
}

/** Reads the survey at the selection and proposes a role per column. */
export async function loadSurvey(port: ExcelPort, onProgress: OnProgress, signal?: AbortSignal): Promise<LoadedSurvey> {
  const at = span(onProgress, 0, 0.9);
  at(0, { step: "read", done: 0, total: 0 });
  const read = await port.readSelection((done, total) => at(total > 0 ? done / total : 0, { step: "read", done, total }), signal);
  onProgress({ fraction: 0.95, detail: { step: "survey" } });
  await tick(signal);
  const { range, layout } = surveyOfRange(read);
  // The same as proposed(), in slices that leave the page responsive (a 100,000-row survey).
  const proposals = await runChunked(detectRolesSteps(range.headers, range.rows, layout), { signal });
  const facts = await runChunked(tableFactsSteps(range.rows, profiledColumns(proposals)), { signal });
  return { range, source: port.qualify(range.sheet, range.address), proposals, samples: columnSamples(range), layout, facts };
}

/** The report options of the pane's choices. */
export function reportOptions(choices: ReportChoices): ReportOptions {
  const options: ReportOptions = { sheets: [...choices.sheets], crosshair: choices.crosshair };
  if (choices.importance !== undefined) options.importance = choices.importance;
  if (choices.segment !== undefined) options.segment = choices.segment;
  if (choices.pAdjust !== undefined) options.pAdjust = choices.pAdjust;
  if (choices.kanoMaxQuestionable !== undefined) options.kanoMaxQuestionable = choices.kanoMaxQuestionable;
  return options;
}

/**
 * Where a read range is, for the recipe: with its header row's top-left cell and width when the
 * range was the whole block below it (Refresh then follows the data), else its address only; and
 * the Excel table it was read from, if any (Refresh reads the table first).
 */
export function sourceOf(range: SurveyRange): SurveySource {
  const source: SurveySource = { sheet: range.sheet, address: range.address };
  if (range.anchor !== undefined && range.columns !== undefined) Object.assign(source, { anchor: range.anchor, columns: range.columns });
  if (range.table !== undefined) source.table = range.table;
  return source;
}

/**
 * "Rake weights to population margins": the margins table read from the workbook as it is now, and
 * the survey's respondents (rows not entirely empty, numbered as the survey's skipped cells are)
 * raked to it. An address that is neither a range nor a table name → CsError marginsBadRef.
 */
async function rakedWeights(
  port: ExcelPort,
  range: SurveyRange,
  proposals: readonly ColumnProposal[],
  typed: string,
  firstRow: number,
  signal?: AbortSignal,
): Promise<RakedWeights> {
  const ref = parseMarginsRef(typed);
  if (!ref) throw new CsError("value", "marginsBadRef", { range: typed });
  const grid = await port.readMargins(ref, range.sheet, signal);
  const collector = createRakeCollector(range.headers, proposals, parseMargins(grid, typed.trim()));
  range.rows.forEach((row, i) => collector.addRow(Array.isArray(row) ? row : [], i + firstRow));
  return collector.finish();
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
  headerless?: Headerless,
  previousN?: number,
  signal?: AbortSignal,
  inputs?: ReportInputs["entries"],
): Promise<ReportResult> {
  const at = span(onProgress, from, 1);
  at(0, { step: "survey" });
  await tick(signal);
  // Skipped cells name their row in the range: row 1 without a header row, below the header rows otherwise.
  // buildSurvey, statsFromSurvey and tableReadingChecks in slices that leave the page responsive.
  const survey = await runChunked(
    buildSurveySteps(range.headers, range.rows, proposals, {
      ...(choices.scale ? { scale: choices.scale } : {}),
      firstRow: firstDataRow(layout),
    }),
    { signal },
  );
  at(0.15, { step: "stats" });
  await tick(signal);
  const segment = choices.segment !== undefined && survey.segments.some((s) => s.column === choices.segment) ? choices.segment : undefined;
  // The raked weights stand in for the weight column in every statistic; the survey is not changed.
  const raked = choices.rakeMargins ? await rakedWeights(port, range, proposals, choices.rakeMargins, firstDataRow(layout), signal) : undefined;
  const stats = await runChunked(
    statsFromSurveySteps(survey, {
      segment,
      beta: usesDriverSums(choices.importance),
      kanoMaxQuestionable: choices.kanoMaxQuestionable,
      ...(raked ? { caseWeights: raked.weights } : {}),
    }),
    { signal },
  );
  // The satisfaction model (a template): its bootstrap in slices too; a model that cannot be
  // estimated (a column gone, too few rows) leaves the Model sheet out and says why.
  let model: PlsReport | undefined;
  let modelCheck: Check | undefined;
  if (choices.model) {
    at(0.2, { step: "model" });
    await tick(signal);
    // The bar moves over [0.2, 0.3] as its steps run.
    const total = plsTemplateReportStepCount(range.rows.length, choices.model);
    try {
      model = await runChunked(
        withProgress(
          plsTemplateReportSteps(range.headers, range.rows, proposals, choices.model, {
            language: choices.language,
            firstRow: firstDataRow(layout),
            ...(raked ? { caseWeights: raked.weights } : {}),
            ...(choices.scale ? { scale: choices.scale } : {}),
          }),
          total,
          (fraction) => at(0.2 + 0.1 * fraction, { step: "model" }),
        ),
        { signal },
      );
    } catch (e) {
      if (!isCsError(e)) throw e;
      modelCheck = modelFailedCheck(localizeMessage(e, choices.language));
    }
  }
  at(0.3, { step: "plan" });
  await tick(signal);
  const tableChecks = await runChunked(tableReadingChecksSteps(range.rows, proposals, layout), { signal });
  const reading = modelCheck ? [...tableChecks, modelCheck] : tableChecks;
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
      ...(raked ? { weighting: raked.summary } : {}),
      ...(model ? { model } : {}),
    },
    // The manager's entries (Refresh) are written again into their cells and weigh the CSI.
    { ...reportOptions(choices), segment, ...(inputs && Object.keys(inputs).length > 0 ? { inputs } : {}) },
  );
  at(0.4, { step: "write" });
  await tick(signal);
  const recipe: StoredRecipe = {
    source: sourceOf(range),
    n: survey.n,
    roles: proposals.map((p) => ({ ...p })),
    choices: { ...choices, sheets: [...choices.sheets] },
  };
  if (headerless) recipe.headerless = { ...headerless };
  const sheets = await port.applyPlan(plan, recipe, (fraction) => at(0.4 + 0.6 * fraction, { step: "write" }), signal);
  at(1, { step: "write" });
  // The warnings of the reading too: after Refresh the pane shows no survey, only this result.
  const checks = [...warningsOf(reading), ...reportResultChecks(stats, reading, choices.language, { ...reportOptions(choices), segment })];
  const result: ReportResult = { sheets, n: survey.n, issues: survey.issues.slice(0, RESULT_ISSUES), issueCount: survey.issueCount, checks };
  result.survey = { sheet: range.sheet, address: range.address };
  if (previousN !== undefined) result.previousN = previousN;
  return result;
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
  headerless?: Headerless,
  signal?: AbortSignal,
): Promise<ReportResult> {
  return buildAndApply(port, range, proposals, choices, onProgress, now, 0, layout, headerless, undefined, signal);
}

/** How many of the columns under the roles' names still carry them (after the export's header rows are split off). */
function headersKept(range: SurveyRange, expected: readonly string[]): number {
  return expected.filter((h, i) => headerText(range.headers[i]) === h.trim()).length;
}

/** The recipe's survey is lost at its place: the sheet is gone, or (found by its header row) the header row is empty or mostly different. */
function surveyLost(read: SurveyRange | undefined, recipe: StoredRecipe): boolean {
  if (!read) return true;
  if (recipe.source.anchor === undefined) return false;
  if (read.headers.every((h) => displayValue(h).trim() === "")) return true;
  if (recipe.headerless) return false;
  const expected = headersOfRoles(recipe.roles).filter((h) => h.trim() !== "");
  const { range } = surveyOfRange(read);
  return headersKept(range, headersOfRoles(recipe.roles)) * 2 < expected.length;
}

/**
 * The recipe's survey as it is now: at its place, or — its sheet renamed, or its header row moved
 * — at the one place of the workbook where its header row stands (`movedTo`). Found nowhere, or in
 * several places: a keyed error, and the pane asks the user to select the survey.
 */
async function readRecipeSurvey(
  port: ExcelPort,
  recipe: StoredRecipe,
  onRows: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ read: SurveyRange; movedTo?: string }> {
  let read: SurveyRange | undefined;
  try {
    read = await port.readRange(recipe.source, onRows, signal);
  } catch (e) {
    // A renamed or deleted sheet: look for the survey elsewhere; any other Excel error is the user's to see.
    if (officeCode(e) !== "ItemNotFound") throw e;
  }
  if (read && !surveyLost(read, recipe)) return { read };
  const was = port.qualify(recipe.source.sheet, recipe.source.anchor ?? recipe.source.address);
  const places = recipe.headerless ? [] : await port.findSurvey(headersOfRoles(recipe.roles));
  if (places.length === 1) {
    const place = places[0];
    return { read: await port.readRange(place, onRows, signal), movedTo: port.qualify(place.sheet, place.anchor ?? place.address) };
  }
  if (read && recipe.source.anchor !== undefined && read.headers.every((h) => displayValue(h).trim() === "") && places.length === 0) {
    throw new KeyedError(`the survey is no longer at ${was}: its header row is empty. Select the survey and generate the report again`, {
      key: "refreshSurveyGone",
      params: { range: was },
    });
  }
  throw new KeyedError(
    `the survey is no longer at ${was} and its header row was not found on any sheet: select the survey (its header row and answers) and click Use the selection as the survey`,
    { key: "refreshSurveyNotFound", params: { range: was } },
  );
}

/**
 * The selection as the recipe's survey (the user points at a survey Refresh could not find): its
 * columns must carry the roles' names in the same order, else a keyed error names the first
 * column that differs.
 */
async function readSelectionAsSurvey(
  port: ExcelPort,
  recipe: StoredRecipe,
  onRows: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SurveyRange> {
  const read = await port.readSelection(onRows, signal);
  if (recipe.headerless) return read;
  const { range } = surveyOfRange(read);
  const expected = headersOfRoles(recipe.roles);
  const at = expected.findIndex((h, i) => h.trim() !== "" && headerText(range.headers[i]) !== h.trim());
  if (at >= 0) {
    const found = displayValue(range.headers[at]).trim();
    throw new KeyedError(
      `the selection is not this report's survey: column ${at + 1} is '${found}' where the report has '${expected[at]}'. Select the survey with its header row`,
      {
        key: "refreshSelectionMismatch",
        params: { position: at + 1, found, expected: expected[at] },
      },
    );
  }
  return read;
}

/**
 * Refresh: read the stored recipe's survey again — below its header row as the sheet is now, or
 * at its address for an old recipe; found again by its header row when its sheet was renamed or it
 * moved — and rebuild the report with its roles and options. `fromSelection`: the user points at
 * the survey (the selection), after Refresh could not find it. `signal` cancels it (nothing half-written).
 * First the manager's input cells are read back (a changed CSI weight survives); any other edit
 * on the report's sheets stops Refresh with a ReportEditedError unless `replaceEdits`.
 */
export async function refreshReport(
  port: ExcelPort,
  onProgress: OnProgress,
  now: () => Date = () => new Date(),
  signal?: AbortSignal,
  opts: { fromSelection?: boolean; replaceEdits?: boolean } = {},
): Promise<ReportResult> {
  const recipe = await port.loadRecipe();
  if (!recipe) throw new KeyedError("this workbook holds no CS Insight report to refresh", { key: "noStoredReport" });
  const current = await port.readInputs(recipe);
  if (current.edited.length > 0 && !opts.replaceEdits) throw new ReportEditedError(current.edited);
  throwIfCancelled(signal);
  const at = span(onProgress, 0, 0.4);
  const onRows = (done: number, total: number): void => at(total > 0 ? done / total : 0, { step: "read", done, total });
  const found = opts.fromSelection
    ? { read: await readSelectionAsSurvey(port, recipe, onRows, signal), movedTo: undefined }
    : await readRecipeSurvey(port, recipe, onRows, signal);
  // The same header rows leave the data as when the roles were made; headerless stays headerless.
  const { range, layout } = surveyOfRange(found.read, recipe.headerless);
  const result = await buildAndApply(
    port,
    range,
    recipe.roles,
    recipe.choices,
    onProgress,
    now,
    0.4,
    layout,
    recipe.headerless,
    recipe.n,
    signal,
    current.entries,
  );
  if (opts.fromSelection) result.movedTo = port.qualify(range.sheet, range.address);
  else if (found.movedTo) result.movedTo = found.movedTo;
  return result;
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
    readSelection: (onProgress, signal) => loadSurvey(port, onProgress, signal),
    generate: (range, proposals, choices, onProgress, layout, headerless, signal) =>
      generateReport(port, range, proposals, choices, onProgress, undefined, layout, headerless, signal),
    refresh: (onProgress, signal) => refreshReport(port, onProgress, undefined, signal),
    refreshFromSelection: (onProgress, signal) => refreshReport(port, onProgress, undefined, signal, { fromSelection: true }),
    refreshReplacingEdits: (onProgress, signal, fromSelection) => refreshReport(port, onProgress, undefined, signal, { fromSelection, replaceEdits: true }),
    activateSheet: (name) => port.activateSheet(name),
    selectCell: (sheet, address) => port.selectCell(sheet, address),
    writeSampleSurvey: () => port.writeSampleSurvey(),
    ...(port.makeTable ? { makeSurveyTable: (range: SurveyRange) => port.makeTable!(range.sheet, range.address) } : {}),
  };
}

/** Longest margins address or table name kept from a recipe (Excel's own limits are far below). */
const MAX_MARGINS_REF = 600;

/** The pane's choices from a stored recipe's options (anything unreadable falls back to the default). */
export function choicesFromStored(options: unknown, language: string): ReportChoices {
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  const languages: readonly ReportLanguage[] = LANGUAGES;
  const sheetKeys: readonly SheetKey[] = SHEET_KEYS;
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
  if (o.pAdjust === "holm" || o.pAdjust === "bh") choices.pAdjust = o.pAdjust;
  const maxQ = o.kanoMaxQuestionable;
  if (typeof maxQ === "number" && Number.isInteger(maxQ) && maxQ >= 0) choices.kanoMaxQuestionable = maxQ;
  const importance = IMPORTANCE_METHODS.find((m) => m === o.importance);
  if (importance !== undefined) choices.importance = importance;
  if (typeof o.rakeMargins === "string" && o.rakeMargins.trim() !== "" && o.rakeMargins.length <= MAX_MARGINS_REF) choices.rakeMargins = o.rakeMargins.trim();
  const model = modelFromStored(o.model);
  if (model) choices.model = model;
  if (choices.sheets.length === 0) choices.sheets = [...sheetKeys];
  return choices;
}

/** Most survey headers a stored model assigns to one construct, and longest header kept. */
const MAX_STORED_INDICATORS = 200;
const MAX_STORED_HEADER = 1000;

/**
 * A stored model choice: a known template and, per construct of it, the headers (texts) measuring
 * it. Anything else is dropped; a recipe whose model has no readable construct keeps no model.
 */
export function modelFromStored(stored: unknown): PlsTemplateChoice | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const { template: key, indicators } = stored as { template?: unknown; indicators?: unknown };
  const template = typeof key === "string" ? plsTemplate(key) : undefined;
  if (!template || typeof indicators !== "object" || indicators === null) return undefined;
  const choice: PlsTemplateChoice = { template: template.id, indicators: {} };
  for (const { construct } of template.constructs) {
    const list = (indicators as Record<string, unknown>)[construct];
    if (!Array.isArray(list)) continue;
    const headers = list.filter((h): h is string => typeof h === "string" && h.trim() !== "" && h.length <= MAX_STORED_HEADER).slice(0, MAX_STORED_INDICATORS);
    if (headers.length > 0) choice.indicators[construct] = headers;
  }
  return Object.keys(choice.indicators).length > 0 ? choice : undefined;
}
