/**
 * The report's catalogues (each language pack's `report`, ./packs; one file per language:
 * ./<lang>/report.ts) and the text
 * helpers the report builders use: `format` fills `{name}` placeholders; numbers and dates that go
 * into text are written by ./format.ts for the catalogue's `locale` (formatNumber, formatDate here
 * take the catalogue the builders hold).
 */
import type { ReportLanguage } from "../report/plan";
import type { ReportStrings } from "./en/report";
import { LANGUAGES, isLanguage, packOf } from "./languages";
import * as intl from "./format";

export type { ReportStrings } from "./en/report";

/** The report strings of a language. */
export function reportStrings(lang: ReportLanguage): ReportStrings {
  if (!isLanguage(lang)) throw new Error(`report language ${String(lang)} is not supported (${LANGUAGES.join(", ")})`);
  return packOf(lang).report;
}

/** The language of a catalogue returned by reportStrings ("en" for any other object). */
export function reportLanguageOf(s: ReportStrings): ReportLanguage {
  return LANGUAGES.find((lang) => packOf(lang).report === s) ?? LANGUAGES[0];
}

/** Fill `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : m));
}

/** A number for text, in the catalogue's locale (grouping, decimal sign), with at most `digits` decimals. */
export function formatNumber(s: ReportStrings, x: number, digits = 0): string {
  return intl.formatNumber(x, intl.languageOfLocale(s.locale), { maxDecimals: digits });
}

/** A number for text with exactly `digits` decimals ("0.030", "67.0"), so figures side by side read alike. */
export function formatFixed(s: ReportStrings, x: number, digits: number): string {
  return intl.formatNumber(x, intl.languageOfLocale(s.locale), { decimals: digits });
}

/** A p-value as a manager reads it: "p = 0.003", or "p < 0.001" below 0.001 (the Segments and Trend sheets). */
export function formatP(s: ReportStrings, p: number): string {
  const T = s.segments.tests;
  return p < 0.001 ? format(T.pBelow, { p: formatFixed(s, 0.001, 3) }) : format(T.p, { p: formatFixed(s, p, 3) });
}

/** The date of an ISO timestamp, long form, in UTC (so the text does not depend on the machine's zone). */
export function formatDate(s: ReportStrings, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : intl.formatDate(d, intl.languageOfLocale(s.locale));
}
