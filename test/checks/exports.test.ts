/**
 * The checks on the platform export fixtures (test/fixtures/exports, read with the detected
 * layout): what was read is said, numeric Qualtrics/SurveyMonkey codes and a headerless file warn,
 * and the labelled exports give no warning.
 */
import { resolve } from "path";
import { buildReportFromFile, type BuiltReport } from "../../src/cli/report";
import { renderCheck } from "../../src/i18n/checks";

const fixture = (name: string): string => resolve(__dirname, "../fixtures/exports", name);
const NOW = (): Date => new Date("2026-03-04T05:06:07.000Z");
const built = new Map<string, BuiltReport>();
const read = async (name: string): Promise<BuiltReport> => {
  if (!built.has(name)) built.set(name, await buildReportFromFile(fixture(name), { now: NOW }));
  return built.get(name)!;
};
const warnings = (b: BuiltReport): string[] => b.checks.filter((c) => c.severity === "warning").map((c) => c.key);
const text = (b: BuiltReport, key: string): string[] => b.checks.filter((c) => c.key === key).map((c) => renderCheck(c, "en"));

describe("checks on platform exports", () => {
  test("Qualtrics numeric: 3 header rows, metadata by kind, and the numeric codes → check the answer order", async () => {
    const b = await read("qualtrics-numeric.csv");
    expect(warnings(b)).toEqual(["numericCodesRating", "numericCodesKano"]);
    expect(text(b, "layoutDetected")).toEqual(["Read as a Qualtrics export"]);
    expect(text(b, "headerRowsSkipped")).toEqual(["2 more header rows skipped (rows 2–3): they hold question text, not answers"]);
    expect(text(b, "metadataIgnored")).toContain("Ignored as platform metadata (timestamps, 3): Start Date, End Date, Recorded Date");
    expect(text(b, "metadataIgnored")).toContain("Ignored as platform metadata (locations, 2): Location Latitude, Location Longitude");
    // The reader leaves the header rows out of the rows it counts: one respondent per data row.
    expect(text(b, "respondentsCounted")).toEqual(["200 respondents, one per data row"]);
  });

  test("SurveyMonkey numeric warns the same way; the labelled Qualtrics and SurveyMonkey exports do not", async () => {
    expect(warnings(await read("surveymonkey-numeric.csv"))).toEqual(["numericCodesRating", "numericCodesKano"]);
    expect(warnings(await read("qualtrics-choice.csv"))).toEqual([]);
    expect(warnings(await read("surveymonkey-text.csv"))).toEqual([]);
  });

  test("a file without its header row: the command line asks; read with --first-row headers anyway, the check is gone", async () => {
    await expect(read("headerless.csv")).rejects.toThrow(/row 1 looks like answers .* --first-row answers/);
    const confirmed = await buildReportFromFile(fixture("headerless.csv"), { now: NOW, firstRow: "headers" });
    expect(warnings(confirmed)).not.toContain("firstRowData");
  });

  test("LimeSurvey's answer-codes export: the coded columns (store, importance grid, Kano) are named, never read as points", async () => {
    const b = await read("limesurvey.csv");
    expect(warnings(b)).toEqual(["answerCodes"]);
    const [says] = text(b, "answerCodes");
    expect(says).toMatch(/^Answers are answer codes without their texts in 14 columns \(Q1, Q5\[SQ001\], /);
    // The numbers that are there stay right: the satisfaction grid and the recommend question are numbers.
    expect(b.analysis.csi).toBeCloseTo(60.7377, 3);
  });

  test("plain, Google Forms and LimeSurvey exports, and a recommend column observed 1–9: no warnings", async () => {
    for (const name of ["plain.csv", "google-forms.csv", "limesurvey-full.csv", "plain-nps1to9.csv", "google-forms-nps1to9.csv"]) {
      expect({ name, warnings: warnings(await read(name)) }).toEqual({ name, warnings: [] });
    }
    expect(text(await read("google-forms.csv"), "metadataIgnored")).toEqual([
      "Ignored as platform metadata (timestamps, 1): Timestamp",
      "Ignored as platform metadata (contact details, 1): Email Address",
    ]);
  });
});
