/**
 * The checks' texts (src/report/checks.ts; one file per language, ./<lang>/checks.ts), and the one
 * renderer the command line, the roles file, the task pane and the Summary sheet share.
 *
 * Rendering rules:
 * - numbers are written by ./format.ts (grouping, decimal comma in Spanish, at most two decimals);
 * - a template may have plural forms; the language's plural rule (./format.ts selectPlural) picks
 *   one from the param named in PLURAL_BY (Chinese has one form, so its templates are plain strings);
 * - lists (column headers, attributes, keyed items such as "Fees (12)") are joined as an
 *   enumeration (./format.ts formatList: Intl.ListFormat, the enumeration comma in Chinese);
 * - the params in TERM_PARAMS (platform, metadata kind) are names from src/survey/layoutTypes.ts,
 *   translated from TERMS.
 * Every language has every key with the English placeholders (test/checks/catalogue.test.ts).
 */
import { LANGUAGES, packOf, type Language } from "./languages";
import { formatList, formatNumber, selectPlural } from "./format";
import { CHECK_KEYS, type Check, type CheckKey, type CheckParam, type CheckText } from "../report/checks";

export type CheckLanguage = Language;
export const CHECK_LANGUAGES: readonly CheckLanguage[] = LANGUAGES;
export { CHECK_KEYS };

/** A template, or its plural forms (plural categories of ./format.ts; "other" always). */
export type CheckTemplate = string | { readonly one?: string; readonly other: string };

/** The param whose number picks a plural form. */
export const PLURAL_BY: Partial<Record<CheckKey, string>> = {
  headerRowsSkipped: "count",
  pairsImportance: "count",
  pairsGap: "count",
  pairsKano: "count",
  respondentsCounted: "respondents",
  respondentsFromRows: "respondents",
  reasonHeaderRows: "count",
  reasonEmptyRows: "count",
  reasonOtherRows: "count",
  numericCodesRating: "count",
  numericCodesKano: "count",
  answerCodes: "count",
  weightNegative: "count",
  fewAnswersMeans: "count",
  fewAnswersKano: "count",
  fewAnswersSegments: "count",
};

/** Params that hold a name from the layout contract, translated through TERMS. */
export const TERM_PARAMS: readonly string[] = ["platform", "kind"];

/** The words around the checks: headings, labels, the roles file's comment intro. */
export interface CheckChrome {
  heading: string;
  warning: string;
  info: string;
  noWarnings: string;
  /** First comment line of a roles file. */
  /** The task pane's heading over the list. */
  paneHeading: string;
  /** The pane's live summary; {count} warnings. */
  paneWarnings: CheckTemplate;
  /** Over the warnings of a written report in the pane. */
  resultHeading: string;
}

/** One language's checks: its templates, its layout terms, its chrome. */
export interface CheckPack {
  readonly templates: Readonly<Record<CheckKey, CheckTemplate>>;
  readonly terms: Readonly<Record<string, string>>;
  readonly chrome: CheckChrome;
}

/** The checks of a language: its pack's (./packs). */
const checksOf = (lang: CheckLanguage): CheckPack => packOf(lang).checks;

export function checkTemplates(lang: CheckLanguage): Readonly<Record<CheckKey, CheckTemplate>> {
  return checksOf(lang).templates;
}

export function checkChrome(lang: CheckLanguage): CheckChrome {
  return checksOf(lang).chrome;
}

export function checkTerms(lang: CheckLanguage): Readonly<Record<string, string>> {
  return checksOf(lang).terms;
}

/** A number the language's way, at most two decimals ("1,234", "0,42"). */
export function checkNumber(x: number, lang: CheckLanguage): string {
  return formatNumber(x, lang, { maxDecimals: 2 });
}

/** The form of a template for a count (the language's plural rule; "other" without a count). */
export function pluralForm(t: CheckTemplate, count: number | undefined, lang: CheckLanguage): string {
  if (typeof t === "string") return t;
  return count === undefined ? t.other : selectPlural(t, count, lang);
}

function isTextList(v: CheckParam): v is readonly CheckText[] {
  return Array.isArray(v) && v.length > 0 && typeof v[0] === "object";
}

function paramText(name: string, v: CheckParam, lang: CheckLanguage): string {
  if (typeof v === "number") return checkNumber(v, lang);
  if (typeof v === "string") return TERM_PARAMS.includes(name) ? (checksOf(lang).terms[v] ?? v) : v;
  const items = isTextList(v) ? v.map((t) => renderCheck(t, lang)) : (v as readonly string[]).slice();
  return formatList(items, lang);
}

/** A check (or a keyed list item) in `lang`. */
export function renderCheck(c: CheckText, lang: CheckLanguage): string {
  const by = PLURAL_BY[c.key];
  const count = by !== undefined && typeof c.params[by] === "number" ? (c.params[by] as number) : undefined;
  const template = pluralForm(checksOf(lang).templates[c.key], count, lang);
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(c.params, name) ? paramText(name, c.params[name], lang) : m,
  );
}

/** "warning: …" / "read: …" — one line per check, warnings first as given. */
export function checkLine(c: Check, lang: CheckLanguage): string {
  const ch = checksOf(lang).chrome;
  const sep = packOf(lang).labelSeparator;
  return `${c.severity === "warning" ? ch.warning : ch.info}${sep}${renderCheck(c, lang)}`;
}

/** The pane's live summary: "2 warnings to review", or "No warnings.". */
export function warningsSummary(checks: readonly Check[], lang: CheckLanguage): string {
  const count = checks.filter((c) => c.severity === "warning").length;
  if (count === 0) return checksOf(lang).chrome.noWarnings;
  return pluralForm(checksOf(lang).chrome.paneWarnings, count, lang).replace("{count}", checkNumber(count, lang));
}
