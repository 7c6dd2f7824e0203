/**
 * The one registry of languages: a language is its folder (./<lang>/index.ts exporting a
 * LanguagePack) and its line here. LANGUAGES, Language, LOCALES and every catalogue lookup
 * (./languages, ./ui, ./report, ./checks, ./messages) derive from this list; the tests iterate it
 * (test/i18n/pseudoLocale.test.ts registers a pseudo language by mocking this module).
 */
import type { LanguagePack } from "./pack";
import { pack as en } from "./en";
import { pack as es } from "./es";
import { pack as zhCN } from "./zh-CN";

/** The languages in the picker's order; the first (English, the reference) is the fallback. */
export const PACKS = [en, zhCN, es] as const satisfies readonly LanguagePack[];
