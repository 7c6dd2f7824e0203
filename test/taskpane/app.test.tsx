/**
 * The task pane's first render (server-side, no DOM): before the boot effect runs it shows the
 * header, the loading line and the help, in the language and theme it was given; the written
 * report's skipped cells in the pane's language. The flow itself (clicks, roles table, report) is
 * covered in headless Chromium by test/browser/.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { FUNCTION_NAMES } from "../../src/i18n/en/ui";
import { IDS } from "../functions/metadataShape";
import { uiStrings } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/components/App";
import { ReportResult } from "../../src/taskpane/components/ReportResult";
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
  refreshFromSelection: never,
  refreshReplacingEdits: never,
  activateSheet: never,
  selectCell: never,
  writeSampleSurvey: never,
};

describe("task pane (App), first render", () => {
  it("shows the name, the language picker, the loading line and the functions help heading", () => {
    const s = uiStrings("en");
    const page = text(renderToString(<App services={stub} language="en" dark={false} />));
    for (const t of [s.appName, s.tagline, s.paneLanguage, s.languageName, s.loading, s.functionsHeading]) expect(page).toContain(t);
    expect([...FUNCTION_NAMES]).toEqual(IDS); // every function the add-in declares, in its order
  });

  it("keeps the header to the name: the pane-language picker and the Help link are in Settings (issue #11)", () => {
    const s = uiStrings("es");
    const html = renderToString(<App services={stub} language="es" dark={false} />);
    const header = /<header[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1] ?? "";
    expect(text(header).trim()).toBe(`${s.appName} ${s.tagline}`);
    expect(header).not.toContain('role="combobox"');
    const settings = /<section[^>]*aria-labelledby="cs-settings"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(text(settings)).toContain(s.settings.heading);
    expect(text(settings)).toContain(s.paneLanguage);
    expect(settings).toContain('role="combobox"');
    expect(settings).toMatch(/<a[^>]*href="help\.html#es"/);
    expect(text(settings)).toContain(`${s.settings.help} ${s.settings.opensWindow}`);
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

describe("the written report (ReportResult): skipped cells in the pane's language", () => {
  const issues = [
    {
      row: 15,
      column: 5,
      value: "Very satisifed",
      message: "row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale",
      key: "notOnScale" as const,
      params: { row: 15, column: 5, value: "Very satisifed", min: 1, max: 5 },
    },
    { row: 3, column: 2, value: "x", message: "row 3, column 2: something without a key" },
  ];
  const result = { sheets: [{ key: "summary" as const, name: "概要" }], n: 600, issues, issueCount: 2 };
  const render = (lang: "en" | "zh-CN" | "es"): string =>
    text(
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <ReportResult s={uiStrings(lang)} result={result} onOpen={() => undefined} onSelectCell={() => undefined} />
        </FluentProvider>,
      ),
    );

  it("lists them in Chinese, in Spanish, and in English as the parser wrote them (a message without a key as written)", () => {
    const zh = render("zh-CN");
    expect(zh).toContain("第 15 行，第 5 列：“Very satisifed”不是 1–5 量表上的回答");
    expect(zh).not.toContain("is not an answer");
    expect(render("es")).toContain("fila 15, columna 5: «Very satisifed» no es una respuesta de la escala 1–5");
    expect(render("en")).toContain("row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale");
    expect(zh).toContain("row 3, column 2: something without a key");
  });

  it("says the respondents, and after Refresh the number before, in the pane's language", () => {
    const say = (lang: "en" | "zh-CN" | "es", n: number, previousN?: number): string =>
      text(
        renderToString(
          <FluentProvider theme={webLightTheme}>
            <ReportResult
              s={uiStrings(lang)}
              result={{ ...result, n, ...(previousN !== undefined ? { previousN } : {}) }}
              onOpen={() => undefined}
              onSelectCell={() => undefined}
            />
          </FluentProvider>,
        ),
      );
    expect(say("en", 700, 600)).toContain("700 respondents (was 600) 1 sheet.");
    expect(say("zh-CN", 700, 600)).toContain("700 位受访者（之前为 600 位）");
    expect(say("es", 700, 600)).toContain("700 encuestados (antes 600)");
    expect(say("en", 600)).toContain("600 respondents 1 sheet.");
    expect(say("en", 600)).not.toContain("was");
  });

  it("counts sheets and skipped cells through Intl.PluralRules: 1 sheet / 3 sheets, 1 cell / 2 cells, in en and es", () => {
    const say = (lang: "en" | "es", sheets: number, issueCount: number): string =>
      text(
        renderToString(
          <FluentProvider theme={webLightTheme}>
            <ReportResult
              s={uiStrings(lang)}
              result={{
                ...result,
                sheets: Array.from({ length: sheets }, (_, k) => ({ key: "summary" as const, name: `S${k}` })),
                issueCount,
              }}
              onOpen={() => undefined}
              onSelectCell={() => undefined}
            />
          </FluentProvider>,
        ),
      );
    expect(say("en", 1, 1)).toContain("1 sheet. Select it to open it:");
    expect(say("en", 1, 1)).toContain("1 cell could not be read and was skipped");
    expect(say("en", 3, 2)).toContain("3 sheets. Select one to open it:");
    expect(say("en", 3, 2)).toContain("2 cells could not be read and were skipped");
    expect(say("es", 1, 1)).toContain("1 hoja. Selecciónela para abrirla:");
    expect(say("es", 1, 1)).toContain("1 celda no se pudo leer y se omitió");
    expect(say("es", 3, 1200)).toContain("3 hojas.");
    expect(say("es", 3, 1200)).toContain("1200 celdas no se pudieron leer");
    expect(say("en", 3, 1200)).toContain("1,200 cells could not be read");
  });
});
