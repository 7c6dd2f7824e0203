import { displaySource } from "../../src/report/common";
import { reportStrings } from "../../src/i18n/report";

describe("the source line is in the report language", () => {
  test("a command-line file source is translated; a range address stays", () => {
    expect(displaySource("file survey.csv", reportStrings("zh-CN"))).toBe("文件 survey.csv");
    expect(displaySource("file survey.xlsx, sheet Datos", reportStrings("es"))).toBe("archivo survey.xlsx, hoja Datos");
    expect(displaySource("file survey.csv", reportStrings("en"))).toBe("file survey.csv");
    expect(displaySource("'Survey'!A1:BH601", reportStrings("zh-CN"))).toBe("'Survey'!A1:BH601");
  });
});
