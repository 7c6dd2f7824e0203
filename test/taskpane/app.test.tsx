/**
 * The task pane's first render (server-side, no DOM): before the boot effect runs it shows the
 * header, the loading line and the help, in the language and theme it was given. The flow itself
 * (clicks, roles table, report) is covered in headless Chromium by test/browser/.
 */
import { renderToString } from "react-dom/server";
import { FUNCTION_NAMES } from "../../src/i18n/en";
import { uiStrings } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/components/App";
import type { TaskpaneServices } from "../../src/taskpane/services";

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

const never = (): Promise<never> => new Promise(() => undefined);
const stub: TaskpaneServices = {
  inExcel: () => true,
  missingRequirements: () => [],
  storedReport: never,
  readSelection: never,
  generate: never,
  refresh: never,
  activateSheet: never,
};

describe("task pane (App), first render", () => {
  it("shows the name, the language picker, the loading line and the functions help heading", () => {
    const s = uiStrings("en");
    const page = text(renderToString(<App services={stub} language="en" dark={false} />));
    for (const t of [s.appName, s.tagline, s.paneLanguage, s.languageName, s.loading, s.functionsHeading]) expect(page).toContain(t);
    expect(FUNCTION_NAMES).toHaveLength(10);
  });

  it("speaks the language it is given", () => {
    const zh = uiStrings("zh-CN");
    const html = renderToString(<App services={stub} language="zh-CN" dark={false} />);
    expect(html).toContain('lang="zh-CN"');
    expect(text(html)).toContain(zh.loading);
    expect(text(html)).toContain(zh.functionsHeading);
    expect(text(renderToString(<App services={stub} language="es" dark={false} />))).toContain(uiStrings("es").tagline);
  });

  it("uses Fluent's web dark theme when asked and the light one otherwise", () => {
    const dark = renderToString(<App services={stub} language="en" dark={true} />);
    const light = renderToString(<App services={stub} language="en" dark={false} />);
    expect(dark).toContain("--colorNeutralBackground1: #292929"); // webDarkTheme
    expect(light).toContain("--colorNeutralBackground1: #ffffff"); // webLightTheme
  });
});
