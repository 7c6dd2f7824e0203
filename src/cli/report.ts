/**
 * `cs-insight report`: survey file → roles → SurveyStats (row by row) → ReportPlan → .xlsx.
 *
 * `buildReportFromFile` is the pipeline (no printing, no writing; the tests and the demo call it);
 * `reportCommand` adds the command line around it: output checks before any work, the roles table
 * and file, progress on stderr, the atomic write and the closing summary.
 */
import { existsSync } from "fs";
import { basename, resolve } from "path";
import { CsError } from "../engine/errors";
import { checkChrome, checkLine } from "../i18n/checks";
import { formatInteger, formatList, formatNumber, selectPlural } from "../i18n/format";
import { packOf } from "../i18n/languages";
import { localizeMessage } from "../i18n/messages";
import { reportStrings } from "../i18n/report";
import { analyze, usesDriverSums, type Analysis, type ReportOptions } from "../report/analysis";
import { buildReportPlan } from "../report/build";
import { npsSuppressed, profiledColumns, readingChecks, resultChecks, sortChecks, withoutNps, type Check } from "../report/checks";
import { createProfileSet, type ProfileSet } from "../report/columnProfile";
import type { ReportLanguage, ReportPlan } from "../report/plan";
import { createRakeCollector, type MarginsTable, type RakedWeights, type WeightingSummary } from "../report/raking";
import { createSurveyStatsBuilder, type RowStatsResult, type SurveyStatsBuilder } from "../report/rowStats";
import type { SurveyLayout } from "../survey/layoutTypes";
import { detectRoles, type ColumnProposal } from "../survey/roles";
import { columnLetters } from "../report/a1";
import { writeReportXlsx } from "../xlsx/writeWorkbook";
import { UsageError, type ReportArgs } from "./args";
import { checkWritable, readRolesFile, writeFileSafely } from "./files";
import { checkRatedAttributes } from "./inputLimits";
import { readMarginsFile, readTableFile } from "./marginsFile";
import { parsePlsModelTable } from "../engine/pls/model";
import { plsTemplate, type PlsTemplateKey } from "../engine/pls/templates";
import type { PlsConstructSpec } from "../engine/pls/types";
import { templateSpecs } from "../report/plsTemplateReport";
import { suggestConstructs } from "../survey/constructs";
import { createPlsCollector, type PlsCollector } from "../report/plsSurvey";
import type { PlsReport } from "../report/modelSheet";
import { columnsLeftOut, rolesFromText, rolesFileText, rolesToFile } from "./rolesFile";
import { readSurveyRows, type FirstRow } from "./surveyRows";
import { clip, formatTable } from "./table";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The report's timestamp (tests fix it; default the clock). */
  now?: () => Date;
}

export interface BuildFromFileOptions {
  language?: ReportLanguage;
  /** Roles file text and name (instead of proposing roles from the data). */
  roles?: { text: string; name: string };
  /** Segment column: header text or 1-based column number. */
  segment?: string;
  sheets?: ReportOptions["sheets"];
  crosshair?: ReportOptions["crosshair"];
  pAdjust?: ReportOptions["pAdjust"];
  kanoMaxQuestionable?: ReportOptions["kanoMaxQuestionable"];
  /** Importance on the Priorities sheet (relative weights and Shapley: key drivers, issue #13). */
  importance?: ReportOptions["importance"];
  /** Population margins (--rake): the weights are raked to them in a first pass over the rows. */
  margins?: MarginsTable;
  /**
   * The PLS model (--model): a model table, or a template (ACSI, ECSI) whose constructs take the
   * columns proposed from the roles and header words (survey/constructs.ts, as the pane proposes
   * them); estimated in the main pass, shown on the Model sheet.
   */
  model?: CliModel;
  /** .xlsx: worksheet name. */
  sheet?: string;
  /** What row 1 of a plain table is, when the user has said (--first-row); absent: asked when it looks like answers. */
  firstRow?: FirstRow;
  /** The report's timestamp (default now). */
  now?: () => Date;
  /**
   * Called once the roles are known, before the rows are read (print, save), with the checks the
   * header and the first rows already give (layout, pairs, weight and recommend values).
   */
  onRoles?(headers: string[], proposals: ColumnProposal[], checks: Check[]): void;
  onProgress?(rows: number): void;
  /** Rows between progress calls (default 100,000). */
  progressEvery?: number;
}

export interface BuiltReport {
  plan: ReportPlan;
  /** The numbers behind the plan (CSI, NPS, Kano, priorities), as the sheets show them. */
  analysis: Analysis;
  options: ReportOptions;
  headers: string[];
  proposals: ColumnProposal[];
  result: RowStatsResult;
  /** "file survey.csv" (the report's source line). */
  source: string;
  /** Data rows read, empty ones included (header rows of an export not). */
  rowsRead: number;
  /** The export layout (platform, header rows, metadata columns) the survey was read with. */
  layout: SurveyLayout;
  /** What was read and the warnings about it and the results, warnings first (src/report/checks.ts). */
  checks: Check[];
  /** The raking of the weights (--rake). */
  weighting?: WeightingSummary;
  /** The PLS model of --model, as the Model sheet shows it. */
  model?: PlsReport;
}

/** Errors about a survey without respondents (the roles are not to blame: no hint about them). */
const noRespondents = new WeakSet<Error>();

function emptySurvey(e: CsError): CsError {
  noRespondents.add(e);
  return e;
}

/**
 * Row 1 looks like answers, not column names (issue #8): rather than a report whose attributes are
 * called "4" and "Very", the user is asked which it is (--first-row headers|answers).
 */
/** A cell's text on one line: control characters and line breaks become a space (messages are one line). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const oneLine = (v: string): string => v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();

function firstRowQuestion(input: string, row1: readonly string[]): CsError {
  const values =
    row1
      .slice(0, 4)
      .map((v) => `"${clip(oneLine(v), 20)}"`)
      .join(", ") + (row1.length > 4 ? ", …" : "");
  const file = basename(input);
  // The flags and the generated names are the command line's own words: params, not translated.
  const params = { file, values, asAnswers: "--first-row answers", asHeaders: "--first-row headers", names: "Column 1, Column 2, …" };
  return new CsError("value", "firstRowLooksLikeAnswers", params);
}

const loose = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** The 0-based column of a --segment value (header or 1-based number); must be a segment column. */
export function resolveSegment(value: string, headers: readonly string[], proposals: readonly ColumnProposal[]): number {
  const segments = proposals.filter((p) => p.role === "segment");
  // "none" is translated (the messages' terms); the headers stay as they are in the survey.
  const list = segments.length ? segments.map((p) => `${p.index + 1} "${p.header}"`).join(", ") : "none";
  let index: number;
  if (/^\d+$/.test(value.trim())) {
    index = Number(value) - 1;
    if (index < 0 || index >= headers.length)
      throw new UsageError(new CsError("value", "usageSegmentOutOfRange", { option: "--segment", value, columns: headers.length, list }));
  } else {
    index = headers.findIndex((h) => h.trim() === value.trim());
    if (index < 0) index = headers.findIndex((h) => loose(h) === loose(value));
    if (index < 0) throw new UsageError(new CsError("value", "usageSegmentNoSuchColumn", { option: "--segment", value, list }));
  }
  if (!segments.some((p) => p.index === index)) {
    const role = proposals.find((p) => p.index === index)?.role ?? "ignore";
    throw new UsageError(
      new CsError("value", "usageSegmentWrongRole", {
        option: "--segment",
        value,
        index: index + 1,
        header: headers[index],
        role,
        list,
        rolesOption: "--roles",
      }),
    );
  }
  return index;
}

/** --model: a model table read from a file, or a template to fill with the survey's columns. */
export type CliModel = { specs: PlsConstructSpec[]; name: string } | { template: PlsTemplateKey; name: string };

/**
 * The PLS collector of the model over this survey's header (a model file's errors name its cells).
 * A template's constructs take the proposed columns; those no column measures are left out, and
 * `notes` says so on the Model sheet.
 */
function modelCollector(
  model: CliModel,
  headers: readonly unknown[],
  proposals: readonly ColumnProposal[],
  sample: readonly (readonly unknown[])[],
  language: ReportLanguage,
  weights?: ArrayLike<number>,
): { collector: PlsCollector; notes: string[] } {
  if ("specs" in model) return { collector: createPlsCollector(headers, proposals, model.specs, sample, weights), notes: [] };
  const template = plsTemplate(model.template)!;
  const { specs, notes } = templateSpecs({ template: template.id, indicators: suggestConstructs(proposals, template) }, language);
  return { collector: createPlsCollector(headers, proposals, specs, sample, weights), notes };
}

/**
 * The model of --model: a template's name ("acsi", "ecsi", any case) when no file of that name
 * exists, else the model file, read and parsed — a usage error when it cannot be had, its cells
 * named when malformed.
 */
export function readModelFile(path: string): CliModel {
  const template = plsTemplate(path.trim().toLowerCase());
  if (template && !existsSync(path)) return { template: template.id, name: template.id.toUpperCase() };
  const name = basename(path);
  return { specs: parsePlsModelTable(readTableFile(path, "--model")), name };
}

/** Reads the survey row by row and builds the report plan (see the header). */
export async function buildReportFromFile(input: string, opts: BuildFromFileOptions = {}): Promise<BuiltReport> {
  const language = opts.language ?? "en";
  let builder: SurveyStatsBuilder | undefined;
  let headers: string[] = [];
  let proposals: ColumnProposal[] = [];
  const options: ReportOptions = {};
  if (opts.sheets) options.sheets = opts.sheets;
  if (opts.crosshair !== undefined) options.crosshair = opts.crosshair;
  if (opts.pAdjust !== undefined) options.pAdjust = opts.pAdjust;
  if (opts.kanoMaxQuestionable !== undefined) options.kanoMaxQuestionable = opts.kanoMaxQuestionable;
  if (opts.importance !== undefined) options.importance = opts.importance;

  let profiles: ProfileSet | undefined;
  let surveyLayout: SurveyLayout | undefined;
  let rolesKnown = false;
  /** The roles from the header and the first rows: worked out (and reported) once, whichever pass asks first. */
  const rolesOf = (h: string[], sample: readonly (readonly unknown[])[], layout: SurveyLayout): void => {
    if (rolesKnown) return;
    if (layout.firstRowLooksLikeData && opts.firstRow === undefined && !opts.roles) throw firstRowQuestion(input, h);
    surveyLayout = layout;
    headers = h.map((x) => x.trim());
    proposals = opts.roles ? rolesFromText(opts.roles.text, h, opts.roles.name) : detectRoles(h, sample, layout);
    checkRatedAttributes(basename(input), proposals); // before any row is read (inputLimits.ts)
    // What the header and the first rows already say (the roles file carries it as comments).
    const early = createProfileSet(profiledColumns(proposals));
    for (const row of sample) early.addRow(row);
    opts.onRoles?.(headers, proposals, readingChecks({ layout, proposals, profiles: early.profiles }));
    if (opts.segment !== undefined) options.segment = resolveSegment(opts.segment, headers, proposals);
    rolesKnown = true;
  };

  // --rake: a first pass collects each respondent's margin categories and base weight (the file is
  // streamed again below); the raked weights then stand in for the weight column in every statistic.
  let raked: RakedWeights | undefined;
  if (opts.margins) {
    const margins = opts.margins;
    let collect: ReturnType<typeof createRakeCollector> | undefined;
    await readSurveyRows(input, {
      sheet: opts.sheet,
      firstRow: opts.firstRow,
      prepare(h, sample, layout) {
        rolesOf(h, sample, layout);
        const c = createRakeCollector(h, proposals, margins);
        collect = c;
        return (row, sheetRow) => c.addRow(row, sheetRow);
      },
    });
    if (collect && collect.n > 0) raked = collect.finish();
  }

  let pls: PlsCollector | undefined;
  let modelNotes: string[] = [];
  const read = await readSurveyRows(input, {
    sheet: opts.sheet,
    firstRow: opts.firstRow,
    onProgress: opts.onProgress,
    progressEvery: opts.progressEvery,
    prepare(h, sample, layout) {
      rolesOf(h, sample, layout);
      if (opts.model) ({ collector: pls, notes: modelNotes } = modelCollector(opts.model, h, proposals, sample, language, raked?.weights));
      const c = pls;
      const b = createSurveyStatsBuilder(h, proposals, {
        segment: options.segment,
        beta: usesDriverSums(options.importance),
        kanoMaxQuestionable: options.kanoMaxQuestionable,
        ...(raked ? { caseWeights: raked.weights } : {}),
      });
      builder = b;
      const p = createProfileSet(profiledColumns(proposals));
      profiles = p;
      return (row, sheetRow) => {
        p.addRow(row);
        b.addRow(row, sheetRow);
        c?.addRow(row, sheetRow);
      };
    },
  });
  if (!builder) throw new Error("internal: the survey reader never asked for the roles");
  const result = builder.result();
  const name = basename(input);
  if (read.rows === 0) throw emptySurvey(new CsError("value", "noDataRows", { file: name }));
  if (result.n === 0) throw emptySurvey(new CsError("value", "allRowsEmpty", { file: name }));
  const layout = result.stats.layout;
  if (layout.attributes.length === 0 && layout.overall === undefined && layout.recommend === undefined) {
    throw new CsError("value", "noUsableRole", {
      file: name,
      roles: "rating, overall, recommend, importance, expectation/perception, Kano",
      flag: "--roles",
    });
  }
  surveyLayout ??= read.layout;
  const reading = readingChecks({
    layout: surveyLayout,
    proposals,
    // The reader counts data rows below an export's header rows (the header rows are not in it).
    rowsIncludeHeaderRows: false,
    rowsRead: read.rows,
    respondents: result.n,
    emptyRows: result.skippedRows,
    profiles: profiles?.profiles,
  });
  const model = pls?.finish();
  if (model && modelNotes.length > 0) model.notes = modelNotes;
  const plan = buildReportPlan(
    result.stats,
    {
      source: read.source,
      generatedAt: (opts.now ?? (() => new Date()))().toISOString(),
      language,
      issues: result.issues,
      issueCount: result.issueCount,
      checks: reading,
      ...(raked ? { weighting: raked.summary } : {}),
      ...(model ? { model } : {}),
    },
    options,
  );
  // The same statistics the plan was built from (no NPS of a recommend column that is not 0–10).
  const stats = npsSuppressed(reading) ? withoutNps(result.stats) : result.stats;
  const analysis = analyze(stats, reportStrings(language), options, model);
  const checks = sortChecks([...reading, ...resultChecks(analysis)]);
  const weighting = raked ? { weighting: raked.summary } : {};
  return {
    plan,
    analysis,
    options,
    headers,
    proposals,
    result,
    source: read.source,
    rowsRead: read.rows,
    layout: read.layout,
    checks,
    ...weighting,
    ...(model ? { model } : {}),
  };
}

/** The roles as a table for the terminal. */
export function rolesTable(headers: readonly string[], proposals: readonly ColumnProposal[]): string[] {
  const rows: string[][] = [["col", "header", "role", "attribute", "scale", "pairs with"]];
  for (const p of [...proposals].sort((a, b) => a.index - b.index)) {
    rows.push([
      `${p.index + 1} ${columnLetters(p.index + 1)}`,
      clip(p.header || "(empty)", 40),
      p.role,
      clip(p.attribute ?? "", 28),
      p.scale ? `${p.scale.min}–${p.scale.max}` : "",
      p.pairIndex !== undefined ? `${p.pairIndex + 1} ${columnLetters(p.pairIndex + 1)}` : "",
    ]);
  }
  return formatTable(rows);
}

// The command line's own words are English: its numbers and plurals are written the English way.
const fmt = (x: number | undefined, dp: number): string => (x === undefined ? "—" : formatNumber(x, "en", { decimals: dp }));
const count = (n: number): string => formatInteger(n, "en");
const counted = (n: number, one: string, other: string): string => `${count(n)} ${selectPlural({ one, other }, n, "en")}`;

/** The Checks block: heading, then one line per check (warnings first), in the report's language. */
export function checkLines(checks: readonly Check[], language: ReportLanguage): string[] {
  if (checks.length === 0) return [];
  return [`${checkChrome(language).heading}${packOf(language).labelSeparator.trimEnd()}`, ...checks.map((c) => `  ${checkLine(c, language)}`), ""];
}

/** The roles file's "checks" list: what the header and the first rows gave, in the report's language. */
export function rolesComments(checks: readonly Check[], language: ReportLanguage): string[] {
  return checks.map((c) => checkLine(c, language));
}

/** The closing summary: checks, n, CSI, NPS, sheets, skipped cells (their problems in the report's language), notes. */
export function summaryLines(built: BuiltReport, outPath: string): string[] {
  const { plan, analysis: a, result } = built;
  const lines: string[] = checkLines(built.checks, plan.language);
  const weighted = result.stats.weighted ? ` (weighted base ${fmt(result.stats.sumW, 1)})` : "";
  lines.push(`Respondents: ${count(result.n)}${weighted}${result.skippedRows ? `; ${count(result.skippedRows)} empty row(s) skipped` : ""}`);
  const w = built.weighting;
  if (w) {
    const variables = formatList([...new Set(w.margins.map((m) => m.variable))], "en");
    lines.push(
      `Weights raked to the margins of ${variables} (${w.baseColumn === undefined ? "from equal weights" : `from ${w.baseColumn}`}): ` +
        `effective n′ ${fmt(w.effectiveN, 1)}, design effect ${fmt(w.designEffect, 2)}, weights ${fmt(w.min, 3)}–${fmt(w.max, 3)}, ${counted(w.iterations, "iteration", "iterations")}`,
    );
  }
  if (a.csi !== undefined)
    lines.push(`CSI: ${fmt(a.csi, 2)}${a.csiMargin !== undefined ? ` ± ${fmt(a.csiMargin, 2)} (95%)` : ""} on ${a.csiItems.length} attributes`);
  if (a.nps) lines.push(`NPS: ${fmt(a.nps.nps, 1)} ± ${fmt(a.nps.marginOfError, 1)} (95%)`);
  lines.push(
    `Sheets: ${formatList(
      plan.sheets.map((s) => `${s.name} (${counted(s.tables.length, "table", "tables")}, ${counted(s.charts.length, "chart", "charts")})`),
      "en",
    )}`,
  );
  if (result.issueCount > 0) {
    lines.push(`${count(result.issueCount)} cell(s) could not be read and were skipped (first ones also listed on the Summary sheet):`);
    for (const i of result.issues.slice(0, 5)) lines.push(`  ${columnLetters(i.column)}${i.row}  ${localizeMessage(i, plan.language)}`);
    if (result.issueCount > 5) lines.push(`  … and ${count(result.issueCount - 5)} more`);
  }
  for (const note of plan.notes) lines.push(`Note: ${note}`);
  lines.push(`Report written: ${outPath}`);
  return lines;
}

/** The `report` command (see the header). Throws UsageError, CsError or OutputError. */
export async function reportCommand(args: ReportArgs, io: CliIO): Promise<void> {
  const t0 = process.hrtime.bigint();
  const input = resolve(args.input);
  const out = resolve(args.out);
  if (input === out) throw new UsageError(new CsError("value", "usageOutIsSurvey", { option: "--out" }));
  const rolesOut = args.writeRoles !== undefined ? resolve(args.writeRoles) : args.roles === undefined ? `${out}.roles.json` : undefined;
  if (rolesOut !== undefined && (rolesOut === input || rolesOut === out))
    throw new UsageError(new CsError("value", "usageWriteRolesClash", { option: "--write-roles", value: String(args.writeRoles) }));
  // Before any work: the outputs can be written and are not there (unless --force).
  checkWritable(out, args.force, "the report");
  if (rolesOut !== undefined) checkWritable(rolesOut, args.force, "the roles file");
  if (!existsSync(input)) throw new CsError("value", "fileNotFound", { file: args.input });
  let roles: { text: string; name: string } | undefined;
  if (args.roles !== undefined) {
    roles = readRolesFile(args.roles); // names the path: not found, a folder, not UTF-8, …
  }
  // Before the survey is read: a margins file that cannot be had, or a malformed table, stops here.
  const margins = args.rake === undefined ? undefined : readMarginsFile(args.rake);
  const model = args.model === undefined ? undefined : readModelFile(args.model);

  let progressShown = false;
  let rolesSaved = false;
  const building = buildReportFromFile(input, {
    language: args.language,
    roles,
    segment: args.segment,
    sheets: args.sheets,
    crosshair: args.crosshair,
    pAdjust: args.pAdjust,
    kanoMaxQuestionable: args.kanoMaxQuestionable,
    importance: args.importance,
    ...(margins ? { margins } : {}),
    ...(model ? { model } : {}),
    sheet: args.sheet,
    firstRow: args.firstRow,
    now: io.now,
    onProgress(rows) {
      progressShown = true;
      io.err(`… ${count(rows)} rows read`);
    },
    onRoles(headers, proposals, checks) {
      io.out(`Column roles (${roles ? `from ${roles.name}` : "proposed from the headers and the first rows"}):`);
      for (const line of rolesTable(headers, proposals)) io.out(line);
      if (roles) {
        const left = columnsLeftOut(headers, proposals);
        if (left.length)
          io.err(
            `note: ${left.length} column(s) not in ${roles.name} are ignored: ${left
              .slice(0, 8)
              .map((i) => `${i + 1} "${headers[i]}"`)
              .join(", ")}${left.length > 8 ? ", …" : ""}`,
          );
      }
      if (rolesOut !== undefined) {
        writeFileSafely(
          rolesOut,
          rolesFileText(rolesToFile(basename(input), headers, proposals), rolesComments(checks, args.language ?? "en")),
          args.force,
          "the roles file",
        );
        rolesSaved = true;
        io.out(`Roles saved to ${rolesOut} (edit it and pass it back with --roles)`);
      }
      io.out("");
    },
  });
  const built = await building.catch((e: unknown) => {
    // Raking's errors are about the margins, not the roles: no hint about the roles file.
    const aboutMargins = e instanceof CsError && /^(rake|margins)/.test(e.key);
    if (rolesSaved && e instanceof CsError && !noRespondents.has(e) && !aboutMargins) {
      throw new CsError(e.code, "rolesUsedHint", { message: localizeMessage(e, args.language ?? "en"), file: rolesOut ?? "", flag: "--roles" });
    }
    throw e;
  });
  if (progressShown) io.err(`… ${count(built.rowsRead)} rows read in all`);
  const bytes = await writeReportXlsx(built.plan);
  writeFileSafely(out, bytes, args.force, "the report"); // checks again: no file appeared meanwhile
  // Warnings also on stderr, one per line, so they show when stdout goes to a file or a pipe.
  for (const c of built.checks) if (c.severity === "warning") io.err(checkLine(c, built.plan.language));
  for (const line of summaryLines(built, out)) io.out(line);
  if (args.stats) {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    io.err(JSON.stringify({ rows: built.rowsRead, respondents: built.result.n, ms: Math.round(ms), maxRssKB: process.resourceUsage().maxRSS }));
  }
}
