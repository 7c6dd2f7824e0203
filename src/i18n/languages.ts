/**
 * The languages of CS Insight, derived from the one registry (./packs): the pane, the report,
 * the messages, the checks and the answer wordings all speak these.
 */
import type { LanguagePack } from "./pack";
import { PACKS } from "./packs";

export type Language = (typeof PACKS)[number]["id"];

/** Every registered language, in the registry's order (English first: the fallback). */
export const LANGUAGES: readonly Language[] = PACKS.map((p) => p.id);

/** The BCP 47 locale Intl formats each language with (numbers, dates, plurals, lists). */
export const LOCALES: Readonly<Record<Language, string>> = Object.fromEntries(PACKS.map((p) => [p.id, p.locale])) as Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The pack of a language; a language without a pack is a programming error. */
export function packOf(lang: Language): LanguagePack {
  const pack = (PACKS as readonly LanguagePack[]).find((p) => p.id === lang);
  if (!pack) throw new Error(`language ${String(lang)} is not supported (${LANGUAGES.join(", ")})`);
  return pack;
}

/**
 * A language tag from Office, a worksheet argument or the command line ("zh-TW", "es_MX", "EN",
 * "zh-Hans") → the registered language it names: the same tag, else the same primary language
 * subtag ("zh-TW" → zh-CN); undefined when none is registered.
 */
export function languageOfTag(tag: string): Language | undefined {
  const t = tag.trim().toLowerCase().replace(/_/g, "-");
  const exact = LANGUAGES.find((l) => l.toLowerCase() === t);
  if (exact !== undefined) return exact;
  const primary = t.split("-")[0];
  return LANGUAGES.find((l) => l.toLowerCase().split("-")[0] === primary);
}
