/** The placeholder task pane renders its catalogue text (server-side render, no DOM needed). */
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/components/App";
import { en, FUNCTION_NAMES } from "../../src/i18n/en";

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("task pane placeholder (App)", () => {
  it("lists the ten CS functions in order, each with its description", () => {
    const page = text(renderToString(<App strings={en} dark={false} />));
    expect(FUNCTION_NAMES).toEqual(["CSI", "KANO", "GAP", "IPA", "PRIORITY", "NPS", "TOPBOX", "LEVELS", "ALPHA", "IMPORTANCE"]);
    const positions = FUNCTION_NAMES.map((name) => page.indexOf(`CS.${name} ${en.functions[name]}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain(en.appName);
    expect(page).toContain(en.intro);
  });

  it("uses Fluent's web dark theme when asked and the light one otherwise, and sets the page language", () => {
    const dark = renderToString(<App strings={en} dark={true} />);
    const light = renderToString(<App strings={en} dark={false} />);
    expect(dark).toContain('lang="en-US"');
    expect(dark).toContain("--colorNeutralBackground1: #292929"); // webDarkTheme
    expect(light).toContain("--colorNeutralBackground1: #ffffff"); // webLightTheme
    expect(text(dark)).toContain("CS.IMPORTANCE");
  });
});
