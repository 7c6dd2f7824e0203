/** The page's `lang` attribute follows the pane language, so screen readers and fonts pick the right one. */
import type { UiLanguage } from "../i18n/ui";

/** Sets `<html lang>` to the pane language ("en", "zh-CN", "es"); a page without a document is left alone. */
export function setPageLanguage(
  lang: UiLanguage,
  doc: { documentElement: { lang: string } } | undefined = typeof document === "undefined" ? undefined : document,
): void {
  if (doc) doc.documentElement.lang = lang;
}
