/**
 * The task pane's catalogues (each language pack's `ui`, ./packs), the language Office asks for,
 * and the one placeholder filler (`format`, shared with the report strings in ./report).
 */
import { LANGUAGES, languageOfTag, packOf, type Language } from "./languages";
import type { Catalogue, Plural } from "./en/ui";
import { format } from "./report";
import { formatInteger, languageOfLocale, selectPlural } from "./format";

export { format } from "./report";
export type { Catalogue, Plural } from "./en/ui";

export const UI_LANGUAGES = LANGUAGES;
export type UiLanguage = Language;

/** The task pane strings of a language. */
export function uiStrings(lang: UiLanguage): Catalogue {
  return packOf(lang).ui;
}

/**
 * Office's display language ("zh-TW", "es-MX", "en-GB", undefined …) → a catalogue: the pack of
 * that tag or of its primary language (zh-* → zh-CN, es-* → es), else the first (en).
 */
export function pickLanguage(displayLanguage: string | undefined): UiLanguage {
  return languageOfTag(displayLanguage ?? "") ?? LANGUAGES[0];
}

/** The language of a catalogue returned by uiStrings ("en" for any other object). */
export function languageOf(s: Catalogue): UiLanguage {
  return UI_LANGUAGES.find((lang) => packOf(lang).ui === s) ?? LANGUAGES[0];
}

/**
 * "700 respondents", or after Refresh "700 respondents (was 600)", in the catalogue's language:
 * numbers and the plural form by ./format.ts for its locale.
 */
export function respondentsText(s: Catalogue, n: number, previous?: number): string {
  const respondents = countText(s, s.done.respondents, n);
  return previous === undefined ? respondents : format(s.done.respondentsWas, { respondents, previous: countNumber(s, previous) });
}

/** A count in the catalogue's language ("8,001"; "8.001" in Spanish). */
export function countNumber(s: Catalogue, n: number): string {
  return formatInteger(n, languageOfLocale(s.locale));
}

/**
 * A counted text ("1 sheet", "3 sheets") in the catalogue's language: the form by its plural rule
 * (./format.ts selectPlural: "one", else "other"), {count} written as a count.
 */
export function countText(s: Catalogue, forms: Plural, count: number, params: Record<string, string | number> = {}): string {
  return format(selectPlural(forms, count, languageOfLocale(s.locale)), { ...params, count: countNumber(s, count) });
}

/** The edited cells Refresh would replace, for the question: the first `shown`, then "and N more". */
export function editedCellsText(s: Catalogue, cells: readonly string[], shown = 10): string {
  const listed = cells.slice(0, shown).join(s.edited.separator);
  const rest = cells.length - Math.min(shown, cells.length);
  return format(s.edited.body, { cells: rest > 0 ? listed + countText(s, s.edited.more, rest) : listed });
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}
