/**
 * resultChecks and the Summary sheet: an NPS of exactly ±100, a low α and each statistic on fewer
 * than 30 answers give their warning (crafted surveys, values computed by hand); the sample survey
 * gives none; the Summary writes the warnings next to the figures; a recommend column that is not
 * 0–10 gives no NPS.
 */
import { renderCheck } from "../../src/i18n/checks";
import { reportStrings } from "../../src/i18n/report";
import { analyze } from "../../src/report/analysis";
import { buildReportPlan } from "../../src/report/build";
import { readingChecks, resultChecks, tableReadingChecks, type Check } from "../../src/report/checks";
import type { PlanSheet, ReportPlan } from "../../src/report/plan";
import { statsFromSurvey } from "../../src/report/stats";
import type { Survey } from "../../src/survey/survey";
import { handSurvey } from "../report/fixtures";

const en = (c: Check): string => renderCheck(c, "en");
const analysisOf = (s: Survey, segment?: number) => analyze(statsFromSurvey(s, { segment }), reportStrings("en"), { segment });
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Two ratings (x = 1…5 cycled, and second(x)), a recommend score, n respondents. */
function survey(n: number, recommend: (i: number) => number, second: (x: number) => number = (x) => x): Survey {
  const x = times(n, (i) => (i % 5) + 1);
  return handSurvey([
    { header: "Speed", role: "rating", attribute: "Speed", values: x, scale: { min: 1, max: 5 } },
    { header: "Staff", role: "rating", attribute: "Staff", values: x.map(second), scale: { min: 1, max: 5 } },
    { header: "Recommend", role: "recommend", values: times(n, recommend), scale: { min: 0, max: 10 } },
  ]);
}

/** Text of every block of a sheet with the given style, top to bottom ("warning": the checks' ⚠ lines, not the notes). */
function texts(sheet: PlanSheet, style: string): string[] {
  const all = sheet.blocks.filter((b) => b.style === style).flatMap((b) => b.values.map((r) => String(r[0])));
  return style === "warning" ? all.filter((t) => t.startsWith("⚠ ")) : all;
}

const summaryOf = (plan: ReportPlan): PlanSheet => plan.sheets.find((s) => s.key === "summary")!;
const rowOf = (anchor: string): number => Number(/\d+/.exec(anchor)![0]);

describe("result checks", () => {
  test("NPS of exactly +100 and −100 (all promoters, all detractors)", () => {
    const plus = resultChecks(analysisOf(survey(40, (i) => 9 + (i % 2))));
    expect(plus.map((c) => c.key)).toEqual(["npsPlus100"]);
    expect(en(plus[0])).toBe(
      "The NPS is exactly +100 (40 answers, all promoters): check that the recommend column is the 0–10 question and its codes run the right way.",
    );
    const minus = resultChecks(analysisOf(survey(40, (i) => i % 7)));
    expect(minus.map((c) => c.key)).toEqual(["npsMinus100"]);
    expect(resultChecks(analysisOf(survey(40, (i) => (i % 2 ? 10 : 3))))).toEqual([]); // NPS 0
  });

  test("Cronbach's α below 0.5", () => {
    const a = analysisOf(
      survey(
        40,
        (i) => (i % 2 ? 10 : 3),
        (x) => (x % 5) + 1,
      ),
    );
    // Items x = 1…5 (cycled) and y = (x mod 5) + 1 = 2,3,4,5,1: var(x) = var(y) = v,
    // cov(x, y) = Σ(x − 3)(y − 3)/39 = (−2·−1 + −1·0 + 0·1 + 1·2 + 2·−2)·8/39 = 0, so the total's
    // variance is 2v and α = 2/(2 − 1)·(1 − 2v/2v) = 0.
    expect(a.alpha).toBeCloseTo(0, 12);
    const checks = resultChecks(a);
    expect(checks.map((c) => c.key)).toEqual(["alphaLow"]);
    expect(en(checks[0])).toBe("Cronbach's α is 0 (below 0.5) over 2 rating items: they hardly measure one thing — check for a reversed or misread column.");
  });

  test("fewer than 30 answers: CSI, NPS, attribute means, Kano categories, segment values", () => {
    const n = 12;
    const s = handSurvey([
      { header: "Speed", role: "rating", attribute: "Speed", values: times(n, (i) => (i % 5) + 1), scale: { min: 1, max: 5 } },
      { header: "Staff", role: "rating", attribute: "Staff", values: times(n, (i) => (i < 10 ? (i % 5) + 1 : null)), scale: { min: 1, max: 5 } },
      { header: "Recommend", role: "recommend", values: times(n, (i) => (i % 2 ? 10 : 5)), scale: { min: 0, max: 10 } },
      { header: "SMS (f)", role: "kano_functional", attribute: "SMS", pairIndex: 4, values: times(n, () => 1) },
      { header: "SMS (d)", role: "kano_dysfunctional", attribute: "SMS", pairIndex: 3, values: times(n, () => 5) },
      { header: "Branch", role: "segment", values: times(n, (i) => (i < 8 ? "North" : "South")) },
    ]);
    const checks = resultChecks(analysisOf(s, 5));
    expect(checks.map((c) => c.key)).toEqual(["fewAnswersNps", "fewAnswersCsi", "fewAnswersMeans", "fewAnswersKano", "fewAnswersSegments"]);
    expect(checks.map(en)).toEqual([
      "The NPS rests on 12 answers (fewer than 30): its margin of error is wide.",
      "The CSI rests on as few as 10 answers per attribute (fewer than 30): treat it as indicative.",
      "2 attribute means rest on fewer than 30 answers: Speed (12), Staff (10)",
      "1 Kano category rests on fewer than 30 answers: SMS (12)",
      "2 values of segment “Branch” have fewer than 30 respondents: North (8), South (4)",
    ]);
    expect(checks.map((c) => c.concerns)).toEqual(["nps", "csi", "means", "kano", "segments"]);
  });

  test("30 answers and more: no few-answers warning", () => {
    expect(resultChecks(analysisOf(survey(30, (i) => (i % 2 ? 10 : 3))))).toEqual([]);
  });
});

describe("the Summary sheet", () => {
  const meta = { source: "Survey!A1:C13", generatedAt: "2026-03-04T05:06:07.000Z", language: "en" as const };

  test("without checks in the meta it is as before; with them the warnings stand under the key table and the means table", () => {
    const s = survey(12, (i) => (i % 2 ? 10 : 5));
    const stats = statsFromSurvey(s);
    const plain = summaryOf(buildReportPlan(stats, meta));
    expect(texts(plain, "warning")).toEqual([]);

    const sheet = summaryOf(buildReportPlan(stats, { ...meta, checks: [] }));
    const warnings = sheet.blocks.filter((b) => b.style === "warning" && String(b.values[0][0]).startsWith("⚠"));
    expect(warnings.map((b) => b.values.map((r) => r[0]))).toEqual([
      [
        "⚠ The NPS rests on 12 answers (fewer than 30): its margin of error is wide.",
        "⚠ The CSI rests on as few as 12 answers per attribute (fewer than 30): treat it as indicative.",
      ],
      ["⚠ 2 attribute means rest on fewer than 30 answers: Speed (12), Staff (12)"],
    ]);
    // Under the key table (its header row is the table's first row), under the means table.
    const key = sheet.tables.find((t) => t.name === "CS_Summary_Key")!;
    const means = sheet.tables.find((t) => t.name === "CS_Summary_Means")!;
    const lastRow = (range: string): number => rowOf(range.split(":")[1]);
    expect(rowOf(warnings[0].anchor)).toBe(lastRow(key.range) + 2);
    expect(rowOf(warnings[1].anchor)).toBe(lastRow(means.range) + 2);
  });

  test("zh-CN and es Summary warnings have no English text", () => {
    const stats = statsFromSurvey(survey(12, (i) => (i % 2 ? 10 : 5)));
    const zh = texts(summaryOf(buildReportPlan(stats, { ...meta, language: "zh-CN", checks: [] })), "warning");
    expect(zh).toEqual([
      "⚠ NPS 仅依据 12 个回答（少于 30 个）：误差范围很大。",
      "⚠ CSI 所依据的每个属性回答最少只有 12 个（少于 30 个）：仅供参考。",
      "⚠ 2 个属性均值所依据的回答少于 30 个：Speed（12）、Staff（12）",
    ]);
    const es = texts(summaryOf(buildReportPlan(stats, { ...meta, language: "es", checks: [] })), "warning");
    expect(es[0]).toBe("⚠ El NPS se basa en 12 respuestas (menos de 30): su margen de error es amplio.");
  });

  test("a recommend column on 1–3 gives no NPS (key table, tiles), and says so; without the check the NPS would be −100", () => {
    const s = survey(40, (i) => (i % 3) + 1);
    const rows = times(40, (i) => [s.attributes[0].rating![i], s.attributes[1].rating![i], (i % 3) + 1]);
    const proposals = [
      { index: 0, header: "Speed", role: "rating" as const, attribute: "Speed", reason: "t" },
      { index: 1, header: "Staff", role: "rating" as const, attribute: "Staff", reason: "t" },
      { index: 2, header: "Recommend", role: "recommend" as const, scale: { min: 0, max: 10 }, reason: "t" },
    ];
    const checks = tableReadingChecks(rows, proposals);
    expect(checks.map((c) => c.key)).toEqual(["recommendNotNps", "respondentsCounted"]);
    const stats = statsFromSurvey(s);
    const without = buildReportPlan(stats, { ...meta, checks });
    const sheet = summaryOf(without);
    const labels = sheet.blocks.filter((b) => b.style === "body").flatMap((b) => b.values.map((r) => r[0]));
    expect(labels).not.toContain("Net Promoter Score");
    expect(texts(sheet, "warning")[0]).toBe(
      "⚠ The recommend column “Recommend” holds values 1–3, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.",
    );
    expect(analyze(stats, reportStrings("en")).nps?.nps).toBe(-100);
  });

  test("reading warnings given by the caller are written too (the first row looks like answers)", () => {
    const checks = readingChecks({
      layout: { platform: "plain", headerRows: 1, columns: [], numericCodes: false, firstRowLooksLikeData: true },
      proposals: [],
    });
    const stats = statsFromSurvey(survey(40, (i) => (i % 2 ? 10 : 3)));
    expect(texts(summaryOf(buildReportPlan(stats, { ...meta, checks })), "warning")).toEqual([`⚠ ${en(checks[0])}`]);
  });
});
