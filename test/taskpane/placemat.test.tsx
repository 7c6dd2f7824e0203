/**
 * The start screen's placemat (issue #11 item 5): what the add-in does, what the survey needs (the
 * five export platforms by name) and the five report sheets, in each pane language.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { uiStrings, UI_LANGUAGES } from "../../src/i18n/ui";
import { Placemat, sheetList } from "../../src/taskpane/components/Placemat";

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("placemat", () => {
  it("names the five sheets in the pane language", () => {
    expect(sheetList("en")).toBe("Summary, Priorities, Gaps, Kano, Segments, Trend");
    expect(sheetList("es")).toBe("Resumen, Prioridades, Brechas, Kano, Segmentos, Tendencia");
    expect(sheetList("zh-CN")).toBe("概要、改进优先级、差距分析、Kano分析、细分对比、趋势");
  });

  it.each(UI_LANGUAGES)("says what the add-in does, needs and gives (%s), under a labelled heading", (lang) => {
    const s = uiStrings(lang);
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Placemat s={s} language={lang} />
      </FluentProvider>,
    );
    const page = text(html);
    for (const t of [s.placemat.heading, s.placemat.does, s.placemat.needs, s.placemat.needsHeading, s.placemat.givesHeading]) expect(page).toContain(t);
    for (const p of ["Qualtrics", "SurveyMonkey", "Google Forms", "Microsoft Forms", "LimeSurvey"]) expect(page).toContain(p);
    expect(page).toContain(sheetList(lang));
    expect(html).toContain('aria-labelledby="cs-placemat"');
    expect(html).toMatch(/<h2[^>]*id="cs-placemat"/);
  });

  it("differs between the languages (no English left in zh-CN or es)", () => {
    expect(uiStrings("zh-CN").placemat.does).not.toBe(uiStrings("en").placemat.does);
    expect(uiStrings("es").placemat.gives).not.toBe(uiStrings("en").placemat.gives);
  });
});
