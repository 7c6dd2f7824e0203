/**
 * Overall satisfaction on its own scale (1–10, or 0–10 as in the ACSI) with attribute ratings on
 * 1–5: the statistics, the report plan, the streaming row reader and the command line all read
 * overall on its scale — the numbers equal the engine's on the 1–10 answers — and nothing throws.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import { csi, derivedImportance, levelCounts, mean, meanConfidenceInterval, topBox } from "../../src/engine";
import { buildReportFromFile } from "../../src/cli/report";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlan, buildReportPlanFromSurvey } from "../../src/report/build";
import { tableReadingChecks } from "../../src/report/checks";
import type { ReportPlan } from "../../src/report/plan";
import { createRowReader, statsFromRows } from "../../src/report/rowStats";
import { betaFromCrossProducts, createStatsAccumulator, layoutFromSurvey, mergeSurveyStats, pearsonFromSums, statsFromSurvey } from "../../src/report/stats";
import { detectRoles } from "../../src/survey/roles";
import { buildSurvey, type Survey } from "../../src/survey/survey";
import { expectCsError } from "../engine/csError";
import { expectAllClose, expectClose } from "../helpers/close";
import { ratingMatrix, subSurvey } from "./fixtures";
import { MIXED_ATTRIBUTES as ATTRS, mixedTable } from "./mixedScales";
import { referenceProblems, table } from "./planCheck";

const META = { source: "file mixed.csv", generatedAt: "2026-03-05T09:00:00.000Z", language: "en" as const };
const en = reportStrings("en");
const cases = [
  { name: "overall 1–10 (scale from its answers)", header: "Overall satisfaction", lo: 1, hi: 10 },
  { name: "overall 1–10 (scale from the header)", header: "Overall satisfaction (1-10)", lo: 1, hi: 10 },
  { name: "overall 0–10 (ACSI-style, header)", header: "Overall satisfaction (0-10)", lo: 0, hi: 10 },
];

describe.each(cases)("$name, ratings 1–5", ({ header, lo, hi }) => {
  const { headers, rows } = mixedTable(header, lo, hi);
  const proposals = detectRoles(headers, rows);
  const survey = buildSurvey(headers, rows, proposals);
  const w = survey.weights!;
  const overall = survey.overall!;
  const rated = survey.attributes.map((_, i) => i);

  test("the roles: overall on its own scale, ratings and importance on 1–5", () => {
    expect(proposals.map((p) => p.role)).toEqual([
      "id",
      "segment",
      "weight",
      "overall",
      "rating",
      "importance",
      "rating",
      "importance",
      "rating",
      "importance",
      "recommend",
    ]);
    expect(proposals[3].scale).toEqual({ min: lo, max: hi });
    expect(survey.scale).toEqual({ min: 1, max: 5 });
    expect(survey.overallScale).toEqual({ min: lo, max: hi });
    expect(survey.issueCount).toBe(0);
    // The answers above 5 are there, read as numbers.
    expect(Math.max(...overall.map((x) => x ?? -1))).toBe(hi);
    expect(overall.filter((x) => x !== null && x > 5).length).toBeGreaterThan(40);
    expect(overall.filter((x) => x === null)).toHaveLength(Math.ceil((240 - 5) / 17));
  });

  const stats = statsFromSurvey(survey, { beta: true });

  test("statistics: overall's moments and levels on its scale = engine mean / levelCounts (1e-12)", () => {
    expect(stats.layout.scale).toEqual({ min: 1, max: 5 });
    expect(stats.layout.overallScale).toEqual({ min: lo, max: hi });
    expectClose(stats.overall!.sum / stats.overall!.sumW, mean(overall, w), 1e-12);
    expect(stats.overallLevels).toHaveLength(hi - lo + 1);
    expectAllClose(stats.overallLevels!, levelCounts(overall, lo, hi, w), 1e-12);
    for (const i of rated) expectAllClose(stats.attributes[i].ratingLevels!, levelCounts(survey.attributes[i].rating!, 1, 5, w), 1e-12);
  });

  test("derived importance (scale-free): Pearson r and β = engine derivedImportance", () => {
    const items = ratingMatrix(survey, rated);
    const r = derivedImportance(items, overall, "pearson", w);
    expectAllClose(
      rated.map((i) => pearsonFromSums(stats.attributes[i].withOverall!)),
      r,
      1e-12,
    );
    expectAllClose(betaFromCrossProducts(stats.drivers!), derivedImportance(items, overall, "beta", w), 1e-10);
    expect(r.every((x) => x > 0.2)).toBe(true); // the generator ties ratings to overall
  });

  test("the statistics of two halves merge into the whole's (the layout carries overall's scale)", () => {
    const a = statsFromSurvey(
      subSurvey(survey, (i) => i < 100),
      { beta: true },
    );
    const b = statsFromSurvey(
      subSurvey(survey, (i) => i >= 100),
      { beta: true },
    );
    const merged = mergeSurveyStats(a, b);
    expectClose(merged.overall!.sum, stats.overall!.sum, 1e-12);
    expectAllClose(merged.overallLevels!, stats.overallLevels!, 1e-12);
    expectAllClose(merged.drivers!.cross, stats.drivers!.cross, 1e-12);
  });

  function planOf(importance?: "pearson" | "beta"): ReportPlan {
    const plan = buildReportPlanFromSurvey(survey, META, importance ? { importance } : {});
    expect(referenceProblems(plan)).toEqual([]);
    return plan;
  }

  test("the full report plan: overall mean, its interval and top-2-box on its scale; CSI and levels on 1–5", () => {
    const plan = planOf();
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "priority", "segments"]);
    const key = table(plan, "CS_Summary_Key");
    const row = (label: string) => key.rows[key.values("Measure").indexOf(label)];
    expectClose(row(en.summary.overallMean)[1].value as number, mean(overall, w), 1e-12);
    expectClose(row(en.summary.overallMean)[2].value as number, meanConfidenceInterval(overall, 0.95, w).margin, 1e-12);
    // top-2-box of overall = the share of its two top levels (9–10)
    expectClose(row(en.summary.topBoxOverall)[1].value as number, topBox(overall, { scaleMin: lo, scaleMax: hi, weights: w }), 1e-12);
    expectClose(row(en.summary.csi)[1].value as number, csi(ratingMatrix(survey, rated), { caseWeights: w }), 1e-12);
    expect(table(plan, "CS_Summary_Levels").headers).toEqual([
      "Attribute",
      "1 Very dissatisfied",
      "2 Dissatisfied",
      "3 Neutral",
      "4 Satisfied",
      "5 Very satisfied",
    ]);
    expect(plan.notes).toEqual([en.notes.kanoMissing, en.notes.gapMissing]);
  });

  test("derived importance on the Priorities sheet = engine derivedImportance against the overall answers", () => {
    const items = ratingMatrix(survey, rated);
    expectAllClose(table(planOf("pearson"), "CS_Priority").values("Importance") as number[], derivedImportance(items, overall, "pearson", w), 1e-12);
    const beta = table(planOf("beta"), "CS_Priority").values("Importance") as number[];
    const order = table(planOf("beta"), "CS_Priority").values("Attribute") as string[];
    const expected = derivedImportance(items, overall, "beta", w);
    expectAllClose(
      beta,
      order.map((name) => expected[ATTRS.indexOf(name)]),
      1e-10,
    );
  });

  test("the streaming row reader gives the identical statistics and plan", () => {
    const reader = createRowReader(headers, proposals);
    expect(reader.overallScale).toEqual({ min: lo, max: hi });
    expect(reader.layout).toEqual(layoutFromSurvey(survey).layout);
    for (const options of [{}, { segment: 1, beta: true }]) {
      const got = statsFromRows(headers, rows, proposals, options);
      const expected = statsFromSurvey(survey, options);
      expect(isDeepStrictEqual(got.stats, expected)).toBe(true);
      expect(got.n).toBe(survey.n);
    }
    const got = statsFromRows(headers, rows, proposals, { segment: 1 });
    const streamed = buildReportPlan(got.stats, { ...META, issues: got.issues, issueCount: got.issueCount }, { segment: 1 });
    expect(isDeepStrictEqual(streamed, buildReportPlanFromSurvey(survey, META, { segment: 1 }))).toBe(true);
  });
});

test("overall on 0–10 with no recommend column stays overall satisfaction (not taken for recommend)", () => {
  const { headers, rows } = mixedTable("Overall satisfaction (0-10)", 0, 10, 120, false);
  const proposals = detectRoles(headers, rows);
  expect(proposals.map((p) => p.role)).not.toContain("recommend");
  expect(proposals[3]).toMatchObject({ role: "overall", scale: { min: 0, max: 10 } });
  const survey = buildSurvey(headers, rows, proposals);
  const plan = buildReportPlanFromSurvey(survey, META);
  const key = table(plan, "CS_Summary_Key");
  expect(key.values("Measure")).not.toContain(en.summary.nps);
  expectClose(key.rows[key.values("Measure").indexOf(en.summary.overallMean)][1].value as number, mean(survey.overall!, survey.weights), 1e-12);
  expect(isDeepStrictEqual(statsFromRows(headers, rows, proposals).stats, statsFromSurvey(survey))).toBe(true);
});

describe("the command line on a CSV with overall on 1–10 and ratings on 1–5", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cs-overall-scale-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("cs-insight report's pipeline builds the plan the in-memory path builds", async () => {
    const { headers, rows } = mixedTable("Overall satisfaction (1-10)", 1, 10, 180);
    const path = join(dir, "mixed.csv");
    writeFileSync(path, [headers, ...rows].map((r) => r.join(",")).join("\n") + "\n");
    const now = (): Date => new Date(META.generatedAt);
    const streamed = await buildReportFromFile(path, { now, segment: "Region" });
    const file = await readSurveyFile(path);
    const proposals = detectRoles(file.headers, file.rows);
    const survey = buildSurvey(file.headers, file.rows, proposals);
    // The command line gives the reading checks to the plan (Summary warnings); so does this path.
    const checks = tableReadingChecks(file.rows, proposals);
    const inMemory = buildReportPlanFromSurvey(survey, { ...META, source: file.source, checks }, { segment: 1 });
    expect(isDeepStrictEqual(streamed.plan, inMemory)).toBe(true);
    expect(streamed.result.stats.layout.overallScale).toEqual({ min: 1, max: 10 });
    expectClose(streamed.analysis.overallMean as number, mean(survey.overall!, survey.weights), 1e-12);
  });
});

describe("overall's scale in the accumulator", () => {
  const small = (overall: unknown[], scale: { min: number; max: number }): Survey => {
    const headers = ["Overall", "Q1", "Q2"];
    const rows = overall.map((o, i) => [o, String(1 + (i % 5)), String(5 - (i % 5))]);
    return buildSurvey(headers, rows, [
      { index: 0, header: "Overall", role: "overall", scale, reason: "test" },
      { index: 1, header: "Q1", role: "rating", attribute: "Q1", scale: { min: 1, max: 5 }, reason: "test" },
      { index: 2, header: "Q2", role: "rating", attribute: "Q2", scale: { min: 1, max: 5 }, reason: "test" },
    ]);
  };

  test("an answer outside overall's own scale is still an error naming the row and column", () => {
    const { layout, width } = layoutFromSurvey(small(["10", "7"], { min: 1, max: 10 }));
    expect(layout.overallScale).toEqual({ min: 1, max: 10 });
    const acc = createStatsAccumulator(layout);
    const row = new Array<number | null>(width).fill(null);
    row[layout.overall!] = 10;
    acc.addRow(row);
    row[layout.overall!] = 11;
    expectCsError(() => acc.addRow(row), "num", `row 2, column ${layout.overall! + 1}`, "outside the 1–10 scale");
  });

  test("a layout without overallScale reads overall on the ratings' scale (as before)", () => {
    const { layout, width } = layoutFromSurvey(small(["4", "5"], { min: 1, max: 5 }));
    const { overallScale, ...old } = layout;
    expect(overallScale).toEqual({ min: 1, max: 5 });
    const acc = createStatsAccumulator(old);
    const row = new Array<number | null>(width).fill(null);
    row[old.overall!] = 6;
    expectCsError(() => acc.addRow(row), "num", "outside the 1–5 scale");
    row[old.overall!] = 5;
    acc.addRow(row);
    expect(acc.result().overallLevels).toEqual([0, 0, 0, 0, 1]);
  });

  test("0 is an answer on 0–10: level 0 is counted, the mean includes it", () => {
    const s = statsFromSurvey(small(["0", "10", "5", ""], { min: 0, max: 10 }));
    expect(s.overallLevels).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expectClose(s.overall!.sum / s.overall!.sumW, 5, 1e-12);
  });
});
