/**
 * Office's display language ("zh-CN", "es-ES", "en-US"), for code outside the task pane: the
 * worksheet functions say their error messages in it. Undefined outside Office (tests, a plain
 * browser) or before Office has loaded.
 */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" || !Office.context ? undefined : Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}
