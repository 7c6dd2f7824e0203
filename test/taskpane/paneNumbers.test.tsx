/**
 * Numbers in the pane's words go through src/i18n/format.ts (issue #12). Outputs that changed
 * because they were wrong: the scale choices wrote 0.5 in Spanish ("0,5" now), and the header-row
 * note wrote its column count without digit groups ("12,345 columns" now; Spanish groups from
 * five digits, CLDR / RAE: "12.345", but "1234"). Expectations from those conventions.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { HeaderRowQuestion } from "../../src/taskpane/components/HeaderRowQuestion";
import { ReportOptions } from "../../src/taskpane/components/ReportOptions";

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

function options(lang: UiLanguage, detected: { min: number; max: number }): string {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <ReportOptions
        s={uiStrings(lang)}
        choices={{ crosshair: "mean", sheets: ["summary"] }}
        language="en"
        proposals={[]}
        detected={detected}
        onChange={() => undefined}
      />
    </FluentProvider>,
  );
  return text(html);
}

function headerless(lang: UiLanguage, columns: number): string {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <HeaderRowQuestion s={uiStrings(lang)} asked={false} headerlessColumns={columns} onAnswer={() => undefined} />
    </FluentProvider>,
  );
  return text(html);
}

describe("numbers in the pane", () => {
  it("writes the detected scale in the pane's language (decimal comma in Spanish), whatever the report language", () => {
    expect(options("es", { min: 0.5, max: 4.5 })).toContain("Automática (0,5–4,5)");
    expect(options("en", { min: 0.5, max: 4.5 })).toContain("Automatic (0.5–4.5)");
    expect(options("zh-CN", { min: 1, max: 5 })).toContain("1–5");
  });

  it("groups the column count of a range read without a header row as the locale does", () => {
    expect(headerless("en", 12345)).toContain("the 12,345 columns are named");
    expect(headerless("es", 12345)).toContain("las 12.345 columnas");
    expect(headerless("es", 1234)).toContain("las 1234 columnas");
    expect(headerless("zh-CN", 12345)).toContain("12,345 列");
  });
});
