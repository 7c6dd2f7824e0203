/** Issue #11 item 7: `<html lang>` follows the pane language (the browser suite checks it on the page). */
import { UI_LANGUAGES } from "../../src/i18n/ui";
import { setPageLanguage } from "../../src/taskpane/pageLanguage";

describe("setPageLanguage", () => {
  it("sets documentElement.lang to en, zh-CN and es in turn", () => {
    const doc = { documentElement: { lang: "en" } };
    const seen = UI_LANGUAGES.map((lang) => {
      setPageLanguage(lang, doc);
      return doc.documentElement.lang;
    });
    expect(seen).toEqual(["en", "zh-CN", "es"]);
  });

  it("does nothing without a document (server-side rendering, jest's node environment)", () => {
    expect(typeof document).toBe("undefined");
    expect(() => setPageLanguage("es")).not.toThrow();
  });
});
