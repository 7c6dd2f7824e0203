/**
 * The task pane's catalogues by language, the language Office asks for, and the one placeholder
 * filler (`format`, shared with the report strings in ./report).
 */
import { en, type Catalogue } from "./en";
import { es } from "./es";
import { zhCN } from "./zh-CN";
import { format } from "./report";

export { format } from "./report";
export type { Catalogue } from "./en";

export const UI_LANGUAGES = ["en", "zh-CN", "es"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, "zh-CN": zhCN, es };

/** The task pane strings of a language. */
export function uiStrings(lang: UiLanguage): Catalogue {
  return CATALOGUES[lang];
}

/** Office's display language ("zh-TW", "es-MX", "en-GB", undefined …) → a catalogue: zh-* → zh-CN, es-* → es, else en. */
export function pickLanguage(displayLanguage: string | undefined): UiLanguage {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  if (tag === "es" || tag.startsWith("es-")) return "es";
  return "en";
}

/** The language of a catalogue returned by uiStrings ("en" for any other object). */
export function languageOf(s: Catalogue): UiLanguage {
  return UI_LANGUAGES.find((lang) => CATALOGUES[lang] === s) ?? "en";
}

/**
 * "700 respondents", or after Refresh "700 respondents (was 600)", in the catalogue's language:
 * numbers through Intl.NumberFormat, the plural form through Intl.PluralRules of its locale.
 */
export function respondentsText(s: Catalogue, n: number, previous?: number): string {
  const number = new Intl.NumberFormat(s.locale);
  const form = new Intl.PluralRules(s.locale).select(n) === "one" ? s.done.respondents.one : s.done.respondents.other;
  const respondents = format(form, { count: number.format(n) });
  return previous === undefined ? respondents : format(s.done.respondentsWas, { respondents, previous: number.format(previous) });
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}
