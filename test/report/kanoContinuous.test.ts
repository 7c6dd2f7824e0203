/**
 * Kano sheet, continuous (DuMouchel) scores (issue #14 item 2). Independent computation: the
 * engine's kanoContinuousScores on the sample survey's Kano rows (a pass over the respondents)
 * against the sheet's table, which the report computes from its 25-cell pair tables instead.
 */
import { kanoContinuousScores, kanoDropQuestionable, type Answer } from "../../src/engine";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { kanoContinuousFromTable } from "../../src/report/kanoContinuous";
import { reportStrings } from "../../src/i18n/report";
import { sheetByKey, table } from "./planCheck";
import { sampleSurvey } from "./fixtures";

const survey = sampleSurvey();
const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
const matrix = (get: (i: number) => readonly Answer[]): Answer[][] => survey.weights!.map((_, r) => features.map((i) => get(i)[r]));
const F = matrix((i) => survey.attributes[i].kanoFunctional!);
const D = matrix((i) => survey.attributes[i].kanoDysfunctional!);
const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z" };
const H = reportStrings("en").kano.continuousHeaders;

describe("continuous Kano scores on the Kano sheet", () => {
  test("the table equals the engine's kanoContinuousScores on the survey's rows (weighted) to 1e-9", () => {
    expect(features.length).toBeGreaterThan(0);
    const want = kanoContinuousScores(F, D, { weights: survey.weights });
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" });
    const t = table(plan, "CS_KanoContinuous");
    expect(t.values(H[0])).toEqual(features.map((i) => survey.attributes[i].name));
    want.forEach((w, c) => {
      expect(w).not.toBeNull();
      expect(Math.abs((t.values(H[1])[c] as number) - w!.n)).toBeLessThan(1e-9);
      expect(Math.abs((t.values(H[2])[c] as number) - w!.functional)).toBeLessThan(1e-9);
      expect(Math.abs((t.values(H[3])[c] as number) - w!.dysfunctional)).toBeLessThan(1e-9);
    });
  });

  test("with kanoMaxQuestionable the scores follow the kept respondents (the same pair tables)", () => {
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" }, { kanoMaxQuestionable: 0 });
    const t = table(plan, "CS_KanoContinuous");
    const kept = kanoDropQuestionable(F, D, 0, survey.weights);
    const want = kanoContinuousScores(kept.functional, kept.dysfunctional, { weights: kept.weights });
    const all = kanoContinuousScores(F, D, { weights: survey.weights });
    want.forEach((w, c) => {
      expect(Math.abs((t.values(H[2])[c] as number) - w!.functional)).toBeLessThan(1e-9);
      expect(Math.abs((t.values(H[3])[c] as number) - w!.dysfunctional)).toBeLessThan(1e-9);
      // Dropping respondents never raises N (issue #14 property).
      expect(t.values(H[1])[c] as number).toBeLessThanOrEqual(all[c]!.n + 1e-9);
    });
  });

  test("a hand table: like/dislike twice and neutral/neutral once → functional 8/3, dysfunctional 8/3", () => {
    const cells = new Array<number>(25).fill(0);
    cells[0 * 5 + 4] = 2; // f = like (4), d = dislike (4)
    cells[2 * 5 + 2] = 1; // neutral / neutral (0, 0)
    const m = kanoContinuousFromTable(cells)!;
    expect(m.n).toBe(3);
    expect(m.functional).toBeCloseTo(8 / 3, 12);
    expect(m.dysfunctional).toBeCloseTo(8 / 3, 12);
    expect(kanoContinuousFromTable(new Array<number>(25).fill(0))).toBeUndefined();
  });

  test("the scatter: functional on x, dysfunctional on y, over the table's columns; the quadrants named in every language", () => {
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" });
    const sheet = sheetByKey(plan, "kano");
    const chart = sheet.charts.find((c) => c.name === "KanoContinuousChart")!;
    expect(chart.type).toBe("xyScatter");
    const range = sheet.tables.find((x) => x.name === "CS_KanoContinuous")!.range;
    const [from] = range.split(":");
    const top = Number(/\d+/.exec(from)![0]);
    expect(chart.series[0].categories).toBe(`C${top + 1}:C${top + features.length}`);
    expect(chart.series[0].values).toBe(`D${top + 1}:D${top + features.length}`);
    for (const lang of ["en", "zh-CN", "es"] as const) {
      const t = reportStrings(lang);
      const texts = sheetByKey(buildReportPlanFromSurvey(survey, { ...META, language: lang }), "kano")
        .blocks.flatMap((b) => b.values.flat())
        .map(String);
      const method = texts.find((s) => s === t.kano.continuousMethod[1]);
      expect(method).toBeDefined();
      for (const k of ["A", "O", "M", "I"] as const) expect(method).toContain(t.kanoCategories[k].split(/\s|质量/)[0]);
    }
  });
});
