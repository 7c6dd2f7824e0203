/**
 * Kano sheet: respondents dropped as inconsistent (ReportOptions.kanoMaxQuestionable, issue #14).
 * Independent computation: the engine's kanoDropQuestionable on the survey's Kano columns, then
 * kanoPairCounts of the kept respondents, against the report's streaming statistics.
 */
import { kanoDropQuestionable, kanoPairCounts, kanoQuestionableCounts, type Answer } from "../../src/engine";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { mergeSurveyStats, statsFromSurvey } from "../../src/report/stats";
import { parseArgs } from "../../src/cli/args";
import { expectAllClose } from "../helpers/close";
import { sheetByKey, sheetCells } from "./planCheck";
import { sampleSurvey, subSurvey } from "./fixtures";

const survey = sampleSurvey();
const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
const matrix = (get: (i: number) => readonly Answer[]): Answer[][] => survey.weights!.map((_, r) => features.map((i) => get(i)[r]));
const F = matrix((i) => survey.attributes[i].kanoFunctional!);
const D = matrix((i) => survey.attributes[i].kanoDysfunctional!);

describe("kanoMaxQuestionable in the report", () => {
  test("the Kano tables equal the engine's on the kept respondents; the dropped count is theirs", () => {
    const maxQ = 0;
    const kept = kanoDropQuestionable(F, D, maxQ, survey.weights);
    const stats = statsFromSurvey(survey, { kanoMaxQuestionable: maxQ });
    expect(stats.kanoDropped).toBe(kept.dropped);
    expect(stats.kanoDropped ?? 0).toBe(kanoQuestionableCounts(F, D).filter((q) => q > maxQ).length);
    features.forEach((i, c) => {
      const want = kanoPairCounts(
        kept.functional.map((row) => row[c]),
        kept.dysfunctional.map((row) => row[c]),
        kept.weights,
      );
      expectAllClose(stats.attributes[i].kano!, want, 1e-12);
    });
  });

  test("mergeable: the two halves' stats merge to the whole (dropped counts add)", () => {
    const opts = { kanoMaxQuestionable: 0 };
    const first = statsFromSurvey(
      subSurvey(survey, (r) => r < 300),
      opts,
    );
    const second = statsFromSurvey(
      subSurvey(survey, (r) => r >= 300),
      opts,
    );
    expect(mergeSurveyStats(first, second).kanoDropped).toBe(statsFromSurvey(survey, opts).kanoDropped);
  });

  test("the Kano sheet states the rule and the count in its language; without the option nothing changes", () => {
    const dropped = kanoDropQuestionable(F, D, 0).dropped;
    const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z" };
    const texts = (lang: "en" | "zh-CN" | "es", q?: number) => {
      const plan = buildReportPlanFromSurvey(survey, { ...META, language: lang }, { kanoMaxQuestionable: q });
      return [...sheetCells(sheetByKey(plan, "kano")).values()].map((c) => String(c.value));
    };
    expect(texts("en", 0)).toContain(
      `Respondents left out as inconsistent (more than 0 questionable answer pairs over the features; the rm_Q rule of stp25kano): ${dropped}.`,
    );
    expect(texts("zh-CN", 0).some((s) => s.includes("rm_Q") && s.includes(`：${dropped}`))).toBe(true);
    expect(texts("es", 0).some((s) => s.includes("rm_Q") && s.includes(`: ${dropped}.`))).toBe(true);
    expect(texts("en").some((s) => s.includes("rm_Q"))).toBe(false);
  });

  test("--kano-max-questionable on the command line", () => {
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx", "--kano-max-questionable", "1"])).toMatchObject({ kanoMaxQuestionable: 1 });
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx"])).not.toHaveProperty("kanoMaxQuestionable");
    expect(() => parseArgs(["report", "s.csv", "--out", "r.xlsx", "--kano-max-questionable", "-1"])).toThrow("whole number");
    expect(() => parseArgs(["report", "s.csv", "--out", "r.xlsx", "--kano-max-questionable", "x"])).toThrow("whole number");
  });
});
