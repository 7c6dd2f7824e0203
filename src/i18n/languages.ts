/**
 * The languages of CS Insight, declared once: the pane, the report, the messages, the checks and
 * the answer wordings all speak these. Each has its folder of catalogues (./<lang>/).
 */
export const LANGUAGES = ["en", "zh-CN", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale Intl formats each language with (numbers, dates, plurals, lists). */
export const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", "zh-CN": "zh-CN", es: "es-ES" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
