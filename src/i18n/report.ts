/**
 * The report's catalogues by language (one file per language: ./<lang>/report.ts) and the text
 * helpers the report builders use: `format` fills `{name}` placeholders; numbers and dates that go
 * into text are written by ./format.ts for the catalogue's `locale` (formatNumber, formatDate here
 * take the catalogue the builders hold).
 */
import type { ReportLanguage } from "../report/plan";
import { en, type ReportStrings } from "./en/report";
import { es } from "./es/report";
import { zhCN } from "./zh-CN/report";
import * as intl from "./format";

export type { ReportStrings } from "./en/report";

const CATALOGUES: Record<ReportLanguage, ReportStrings> = { en, "zh-CN": zhCN, es };

/** The report strings of a language. */
export function reportStrings(lang: ReportLanguage): ReportStrings {
  const s = CATALOGUES[lang];
  if (!s) throw new Error(`report language ${String(lang)} is not supported (en, zh-CN, es)`);
  return s;
}

/** The language of a catalogue returned by reportStrings ("en" for any other object). */
export function reportLanguageOf(s: ReportStrings): ReportLanguage {
  return (Object.keys(CATALOGUES) as ReportLanguage[]).find((lang) => CATALOGUES[lang] === s) ?? "en";
}

/** Fill `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : m));
}

/** A number for text, in the catalogue's locale (grouping, decimal sign), with at most `digits` decimals. */
export function formatNumber(s: ReportStrings, x: number, digits = 0): string {
  return intl.formatNumber(x, intl.languageOfLocale(s.locale), { maxDecimals: digits });
}

/** The date of an ISO timestamp, long form, in UTC (so the text does not depend on the machine's zone). */
export function formatDate(s: ReportStrings, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : intl.formatDate(d, intl.languageOfLocale(s.locale));
}
