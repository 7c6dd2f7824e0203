/**
 * The model preview's box text (ModelDiagram's boxLines): a construct's name on at most two lines of
 * 14 characters, broken at spaces, the rest cut with an ellipsis — for the template names of the
 * three languages and a long one of a user's.
 */
import { boxLines } from "../../src/taskpane/components/ModelDiagram";
import { reportStrings } from "../../src/i18n/report";
import { LANGUAGES } from "../../src/i18n/languages";

describe("boxLines", () => {
  it("keeps a short name on one line and breaks a longer one at a space", () => {
    expect(boxLines("Satisfaction")).toEqual(["Satisfaction"]);
    expect(boxLines("Perceived quality")).toEqual(["Perceived", "quality"]);
    expect(boxLines("Calidad percibida")).toEqual(["Calidad", "percibida"]);
    expect(boxLines("  Brand   image ")).toEqual(["Brand image"]);
  });
  it("cuts a name longer than two lines with an ellipsis", () => {
    expect(boxLines("Overall perceived quality of the after-sales service")).toEqual(["Overall", "perceived qua…"]);
  });
  it("fits every template construct of every language in two lines of 14 characters, nothing cut", () => {
    for (const lang of LANGUAGES) {
      for (const name of Object.values(reportStrings(lang).model.constructNames)) {
        const lines = boxLines(name);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines.join(" ")).toBe(name);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
      }
    }
  });
});
