/**
 * Command-line arguments → typed options, from ONE option table (REPORT_OPTIONS) that drives the
 * parser (node:util parseArgs), the --help text, and the demo (`npm run demo -- --lang zh-CN`).
 * Anything wrong with the command line itself throws UsageError (exit code 2); whether the files
 * are usable is decided later (exit code 1).
 */
import { parseArgs as tokenize } from "node:util";
import type { CrosshairMode } from "../engine/ipa";
import type { PAdjustMethod } from "../engine/significance";
import type { ImportanceMethod } from "../report/analysis";
import { CsError } from "../engine/errors";
import type { MessageParams, UsageKey } from "../engine/messageKeys";
import { LANGUAGES, languageOfTag } from "../i18n/languages";
import { SHEET_KEYS, type ReportLanguage, type SheetKey } from "../report/plan";

/**
 * The report's sheets in order — the same list as src/report/analysis.ts's ALL_SHEETS (a test
 * checks it), spelled out here so that `cs-insight --help` loads no report code (start-up time).
 */
export const ALL_SHEETS: readonly SheetKey[] = SHEET_KEYS;

/**
 * The Priorities sheet's importance methods — report/analysis.ts's IMPORTANCE_METHODS (a test
 * checks it), spelled out for the same reason as ALL_SHEETS.
 */
export const IMPORTANCE_CHOICES: readonly ImportanceMethod[] = ["stated", "pearson", "beta", "relative_weights", "shapley", "ipma"];

/**
 * The command line is wrong (exit code 2). Keyed like every error: it is made from a CsError of a
 * USAGE_KEYS key (src/engine/messageKeys.ts) — the one keyed constructor, whose params the compiler
 * checks against the English template (the CsError's code is unused: a usage error exits with 2) —
 * so main.ts can print it in the report's language; `message` is the English.
 */
export class UsageError extends Error {
  /** What is wrong, as a catalogue key; none for a bare message (printed as is in every language). */
  readonly key?: UsageKey;
  readonly params: MessageParams;

  /** `what`: the keyed error; a bare English message only for code outside src/ (test/cli/usageErrors.test.ts checks src/). */
  constructor(what: CsError<UsageKey> | string) {
    super(typeof what === "string" ? what : what.message);
    this.name = "UsageError";
    if (typeof what === "string") this.params = {};
    else {
      this.key = what.key;
      this.params = what.params;
    }
  }
}

/** The report's choices, shared by `cs-insight report` and the demo. */
export interface ReportSettings {
  roles?: string;
  writeRoles?: string;
  language: ReportLanguage;
  /** Header text or 1-based column number, as given. */
  segment?: string;
  sheets?: SheetKey[];
  crosshair?: CrosshairMode;
  /** Multiplicity adjustment of the Segments sheet's tests (--p-adjust; issue #13). */
  pAdjust?: PAdjustMethod;
  /** Kano: drop respondents with more Q answers than this (--kano-max-questionable; issue #14). */
  kanoMaxQuestionable?: number;
  /** Importance on the Priorities sheet (--importance). */
  importance?: ImportanceMethod;
  /** A margins CSV (variable, category, target): the report's weights are raked to it (--rake; issue #14). */
  rake?: string;
  /** A PLS model CSV (construct, indicators, antecedents, mode): the Model sheet (--model; issue #15). */
  model?: string;
  /** Worksheet of an .xlsx survey. */
  sheet?: string;
  /** What row 1 holds when it looks like answers: "headers" or "answers" (no header row). */
  firstRow?: "headers" | "answers";
  force: boolean;
  /** Hidden: print wall time and peak memory (maxRSS) as JSON on stderr at the end. */
  stats: boolean;
}

export interface ReportArgs extends ReportSettings {
  command: "report";
  input: string;
  out: string;
}

export type Args = ReportArgs | { command: "help" } | { command: "version" };

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in --help. */
  value?: string;
  /** One line of --help; no help = not listed (internal options). */
  help?: string;
}

/** Every option of `cs-insight report` (and of the demo), in --help order. */
export const REPORT_OPTIONS = {
  out: { type: "string", value: "<file.xlsx>", help: "the report to write (required); never overwritten without --force" },
  roles: { type: "string", value: "<roles.json>", help: "use these column roles instead of proposing them (edit a written roles file)" },
  "write-roles": { type: "string", value: "<file>", help: "where to save the roles (default: <out>.roles.json; with --roles: not saved)" },
  lang: { type: "string", value: LANGUAGES.join("|"), help: "language of the report (default en)" },
  segment: { type: "string", value: "<header|n>", help: "the segment column to compare (header text or column number; default the first)" },
  sheets: { type: "string", value: "<list>", help: `sheets to write, comma-separated: ${ALL_SHEETS.join(",")} (default all)` },
  crosshair: { type: "string", value: "<c>", help: "quadrant lines of the priority chart: mean, median, midpoint or a number (default mean)" },
  "p-adjust": { type: "string", value: "holm|bh", help: "adjustment of the Segments sheet's p-values: holm (default) or bh (Benjamini–Hochberg)" },
  "kano-max-questionable": { type: "string", value: "<n>", help: "Kano: leave out respondents with more than n questionable answers (default keep all)" },
  importance: {
    type: "string",
    value: "<how>",
    help: `importance on the priority sheet: ${IMPORTANCE_CHOICES.join(", ")} (default stated; relative_weights and shapley split R² with overall satisfaction among the attributes; ipma takes the total effects of the --model satisfaction model)`,
  },
  rake: {
    type: "string",
    value: "<margins.csv>",
    help: "rake the weights to population margins (CSV: variable, category, target as totals or shares); the whole report uses the raked weights",
  },
  model: {
    type: "string",
    value: "<model.csv|acsi|ecsi>",
    help: "the satisfaction model (CSV: construct, indicators, antecedents, mode; or the ACSI or ECSI template, its constructs measured by the columns proposed from the roles and header words): a Model sheet with the PLS path model, its 0–100 index, reliability and IPMA",
  },
  sheet: { type: "string", value: "<name>", help: "worksheet of an .xlsx survey (default the first)" },
  "first-row": { type: "string", value: "<which>", help: "what row 1 holds: headers (the column names) or answers (no header row); asked when unclear" },
  force: { type: "boolean", help: "overwrite the report (and the roles file) if they exist" },
  stats: { type: "boolean" },
  help: { type: "boolean", short: "h", help: "this text" },
  version: { type: "boolean", short: "v", help: "the version" },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof REPORT_OPTIONS;
type StringOption = { [K in OptionName]: (typeof REPORT_OPTIONS)[K]["type"] extends "string" ? K : never }[OptionName];

/** The --help lines of the options (`  --out <file.xlsx>   the report to write …`). */
/** Widest flag column of --help (e.g. "--write-roles <file>"). */
const HELP_FLAG_WIDTH = 20;

export function optionHelp(names: readonly OptionName[] = Object.keys(REPORT_OPTIONS) as OptionName[]): string {
  const rows: [string, string][] = [];
  for (const name of names) {
    const spec: OptionSpec = REPORT_OPTIONS[name];
    if (!spec.help) continue;
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    rows.push([flag, spec.help]);
  }
  // The help column stays where the usual flags end; a longer flag (--kano-max-questionable <n>) is followed by two spaces.
  const width = Math.min(Math.max(...rows.map(([f]) => f.length)), HELP_FLAG_WIDTH) + 2;
  return rows.map(([f, h]) => `  ${f.length >= width ? `${f}  ` : f.padEnd(width)}${h}`).join("\n");
}

export const USAGE = `cs-insight — customer-satisfaction reports (CSI, NPS, Kano, gaps, priorities) as an .xlsx file

Usage:
  cs-insight report <survey.csv|survey.xlsx> --out <report.xlsx> [options]
  cs-insight --help | --version
In this repository: npx cs-insight …, node bin/cs-insight.js … or npm run report -- <survey> --out …

Reads the survey (first row = headers, one respondent per row; CSV is streamed, so files of
millions of rows are fine), proposes a role for every column as the Excel task pane does, prints
them and saves them as an editable roles file, then writes the report workbook: native Excel
formulas and charts, no add-in needed to read it.

Options:
${optionHelp()}

Exit codes: 0 report written; 1 the survey, roles file or output could not be used (the message
says which, with row and column); 2 the command line is wrong.

Examples:
  cs-insight report survey.csv --out report.xlsx
  cs-insight report survey.csv --out report.xlsx --roles report.xlsx.roles.json --lang zh-CN --force
  cs-insight report survey.csv --out report.xlsx --rake margins.csv
  npm run report -- survey.xlsx --out out/report.xlsx --sheets summary,priority --crosshair midpoint`;

/** A list of choices as the usage errors say it: "en, zh-CN" and the last, "es" ("use {choices} or {last}"). */
function eitherOr(choices: readonly string[]): { choices: string; last: string } {
  return { choices: choices.slice(0, -1).join(", "), last: choices[choices.length - 1] };
}

/** --lang: a registered language in any case ("zh-cn"), or its primary language alone ("zh"). */
export function langOption(tag: string): ReportLanguage | undefined {
  const lang = languageOfTag(tag);
  return lang !== undefined && (lang.toLowerCase() === tag.toLowerCase() || !/[-_]/.test(tag)) ? lang : undefined;
}

export interface ParsedOptions {
  values: Partial<Record<StringOption, string>>;
  flags: Set<OptionName>;
  positionals: string[];
}

/**
 * node:util parseArgs over REPORT_OPTIONS, without its strict mode, so that each mistake gets this
 * command line's own message: unknown option, a value missing or given to a flag, given twice.
 */
export function parseOptions(argv: readonly string[]): ParsedOptions {
  const options = Object.fromEntries(
    Object.entries(REPORT_OPTIONS).map(([name, spec]: [string, OptionSpec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  );
  const { tokens } = tokenize({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedOptions = { values: {}, flags: new Set(), positionals: [] };
  for (const t of tokens) {
    if (t.kind === "positional") parsed.positionals.push(t.value);
    if (t.kind !== "option") continue;
    const raw = argv[t.index];
    if (!Object.prototype.hasOwnProperty.call(REPORT_OPTIONS, t.name)) throw new UsageError(new CsError("value", "usageUnknownOption", { option: raw }));
    const name = t.name as OptionName;
    if (REPORT_OPTIONS[name].type === "boolean") {
      if (t.inlineValue) throw new UsageError(new CsError("value", "usageUnknownOption", { option: raw }));
      parsed.flags.add(name);
      continue;
    }
    const key = name as StringOption;
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith("--")))
      throw new UsageError(new CsError("value", "usageNeedsValue", { option: t.rawName }));
    if (parsed.values[key] !== undefined) throw new UsageError(new CsError("value", "usageGivenTwice", { option: t.rawName }));
    parsed.values[key] = t.value;
  }
  return parsed;
}

/** The report's choices from parsed options (checked: language, sheets, crosshair, segment). */
export function reportSettings(p: ParsedOptions): ReportSettings {
  const v = p.values;
  const settings: ReportSettings = { language: "en", force: p.flags.has("force"), stats: p.flags.has("stats") };
  if (v.lang !== undefined) {
    const l = langOption(v.lang);
    if (!l) throw new UsageError(new CsError("value", "usageUseEitherOr", { option: "--lang", value: v.lang, ...eitherOr(LANGUAGES) }));
    settings.language = l;
  }
  if (v.sheets !== undefined) {
    const list = v.sheets
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const unknown = list.filter((s) => !(ALL_SHEETS as readonly string[]).includes(s));
    if (list.length === 0 || unknown.length)
      throw unknown.length
        ? new UsageError(new CsError("value", "usageUnknownSheet", { option: "--sheets", value: v.sheets, sheet: unknown[0], choices: ALL_SHEETS.join(",") }))
        : new UsageError(new CsError("value", "usageNoSheets", { option: "--sheets", value: v.sheets, choices: ALL_SHEETS.join(",") }));
    settings.sheets = ALL_SHEETS.filter((s) => list.includes(s));
  }
  if (v.crosshair !== undefined) {
    const c = v.crosshair.trim().toLowerCase();
    if (c === "mean" || c === "median" || c === "midpoint") settings.crosshair = c;
    else if (c !== "" && Number.isFinite(Number(c))) settings.crosshair = Number(c);
    else throw new UsageError(new CsError("value", "usageCrosshair", { option: "--crosshair", value: v.crosshair, choices: "mean, median, midpoint" }));
  }
  if (v["p-adjust"] !== undefined) {
    const m = v["p-adjust"].trim().toLowerCase();
    if (m !== "holm" && m !== "bh")
      throw new UsageError(new CsError("value", "usageUseEitherOr", { option: "--p-adjust", value: v["p-adjust"], ...eitherOr(["holm", "bh"]) }));
    settings.pAdjust = m;
  }
  if (v["kano-max-questionable"] !== undefined) {
    const q = Number(v["kano-max-questionable"].trim());
    if (v["kano-max-questionable"].trim() === "" || !Number.isInteger(q) || q < 0) {
      throw new UsageError(new CsError("value", "usageWholeNumber", { option: "--kano-max-questionable", value: v["kano-max-questionable"] }));
    }
    settings.kanoMaxQuestionable = q;
  }
  if (v.importance !== undefined) {
    const m = IMPORTANCE_CHOICES.find((c) => c === v.importance!.trim().toLowerCase().replace(/-/g, "_"));
    if (!m)
      throw new UsageError(new CsError("value", "usageUseOneOf", { option: "--importance", value: v.importance, choices: IMPORTANCE_CHOICES.join(", ") }));
    settings.importance = m;
  }
  if (v.segment !== undefined) {
    if (v.segment.trim() === "") throw new UsageError(new CsError("value", "usageSegmentEmpty", { option: "--segment" }));
    settings.segment = v.segment;
  }
  if (v.rake !== undefined) {
    if (v.rake.trim() === "") throw new UsageError(new CsError("value", "usageRakeFileNotFound", { option: "--rake", value: v.rake }));
    settings.rake = v.rake;
  }
  if (v.model !== undefined) {
    if (v.model.trim() === "") throw new UsageError(new CsError("value", "usageModelFileNotFound", { option: "--model", value: v.model }));
    settings.model = v.model;
  }
  if (v.roles !== undefined) settings.roles = v.roles;
  if (v["write-roles"] !== undefined) settings.writeRoles = v["write-roles"];
  if (v.sheet !== undefined) settings.sheet = v.sheet;
  if (v["first-row"] !== undefined) {
    const f = v["first-row"].trim().toLowerCase();
    if (f !== "headers" && f !== "answers")
      throw new UsageError(new CsError("value", "usageFirstRow", { option: "--first-row", value: v["first-row"], headers: "headers", answers: "answers" }));
    settings.firstRow = f;
  }
  // IPMA importance is the model's: without a model file it could only fall back.
  if (settings.importance === "ipma" && settings.model === undefined) {
    throw new UsageError(new CsError("value", "usageIpmaNeedsModel", { option: "--importance", value: "ipma", model: "--model" }));
  }
  return settings;
}

export function checkOut(out: string | undefined): string {
  if (!out) throw new UsageError(new CsError("value", "usageOutRequired", { option: "--out <report.xlsx>" }));
  if (!/\.xlsx$/i.test(out)) throw new UsageError(new CsError("value", "usageOutNotXlsx", { option: "--out", value: out }));
  return out;
}

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0) throw new UsageError(new CsError("value", "usageNoCommand"));
  if (argv[0] === "help" || argv.includes("--help") || argv.includes("-h")) return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") {
    if (argv.length > 1) throw new UsageError(new CsError("value", "usageTakesNothingElse", { option: argv[0] }));
    return { command: "version" };
  }
  if (argv[0] !== "report") {
    throw /\.(csv|xlsx|txt)$/i.test(argv[0])
      ? new UsageError(new CsError("value", "usageUnknownCommandFile", { command: argv[0], suggestion: `cs-insight report ${argv[0]}` }))
      : new UsageError(new CsError("value", "usageUnknownCommand", { command: argv[0] }));
  }
  const p = parseOptions(argv.slice(1));
  if (p.flags.has("version")) throw new UsageError(new CsError("value", "usageVersionAlone", { option: "--version", example: "cs-insight --version" }));
  const positional = p.positionals;
  if (positional.length === 0) throw new UsageError(new CsError("value", "usageNoSurvey"));
  if (positional.length > 1) throw new UsageError(new CsError("value", "usageManySurveys", { files: positional.map((s) => `'${s}'`).join(", ") }));
  const out = checkOut(p.values.out);
  return { command: "report", input: positional[0], out, ...reportSettings(p) };
}
