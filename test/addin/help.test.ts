/**
 * The bundled help page (src/taskpane/help.html) in step with the add-in: each language's section
 * lists every worksheet function the add-in declares (FUNCTION_NAMES, the metadata's ids) and
 * describes the satisfaction model option by the pane's own words for it.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTION_NAMES } from "../../src/i18n/en/ui";
import { UI_LANGUAGES, uiStrings } from "../../src/i18n/ui";

const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/help.html"), "utf8");

describe("help.html", () => {
  test.each([...UI_LANGUAGES])("%s: every function, and the satisfaction model option", (lang) => {
    const start = html.indexOf(`<section id="${lang}"`);
    expect(start).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf("</section>", start));
    const missing = FUNCTION_NAMES.filter((f) => !section.includes(`<code>CS.${f}</code>`));
    expect(missing).toEqual([]);
    // The option's name as the pane shows it, up to its parenthesis ("Satisfaction model (PLS …)").
    const option = uiStrings(lang).options.model.split(/[(（]/u)[0].trim();
    expect(section.toLowerCase()).toContain(option.toLowerCase());
  });
});
