/**
 * Lists in the report's notes are joined by src/i18n/format.ts formatList (issue #12). Changed
 * because it was wrong: Chinese notes joined attribute names with ", "; a Chinese enumeration takes
 * the enumeration comma 、 (GB/T 15834-2011, the 顿号). English keeps ", "; Spanish two-item lists
 * read "A y B" (CLDR's es unit-short list pattern "{0} y {1}"), as the checks' lists already did.
 */
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { detectRoles } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";

// Two attributes rated 1–5 beside three rated 1–10 (the survey's scale): the two are left out of the CSI.
const headers = [
  "Overall satisfaction (1-10)",
  "Speed satisfaction (1-5)",
  "Quality satisfaction (1-5)",
  "Staff satisfaction (1-10)",
  "Price satisfaction (1-10)",
  "Value satisfaction (1-10)",
];
const rows = Array.from({ length: 40 }, (_, i) =>
  [1 + (i % 10), 1 + ((i * 3) % 5), 1 + ((i * 2) % 5), 1 + ((i * 7) % 10), 1 + ((i * 3) % 10), 1 + (i % 10)].map(String),
);

function notes(language: "en" | "zh-CN" | "es"): string[] {
  const survey = buildSurvey(headers, rows, detectRoles(headers, rows));
  return buildReportPlanFromSurvey(survey, { source: "x.csv", generatedAt: "2026-03-05T09:00:00.000Z", language }).notes;
}

describe("lists in the report's notes", () => {
  it("are joined the language's way", () => {
    expect(notes("en")).toContain("Rated on another scale, left out of the CSI: Speed, Quality.");
    expect(notes("zh-CN")).toContain("以下属性使用其他量表，未计入 CSI：Speed、Quality。");
    expect(notes("es")).toContain("Valorados en otra escala, fuera del CSI: Speed y Quality.");
  });
});
