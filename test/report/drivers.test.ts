/**
 * Key-driver importance on the Priorities sheet (issue #13): relative weights and Shapley values
 * as shares of R², computed from the report's listwise cross-product sums, equal the engine's
 * keyDrivers on the survey's rows; the sheet states the method, R² and the n used in every
 * language; a model that cannot be fitted falls back to Pearson with the reason in a note.
 */
import { keyDrivers } from "../../src/engine";
import { formatNumber, reportStrings } from "../../src/i18n/report";
import { uiStrings } from "../../src/i18n/ui";
import { IMPORTANCE_METHODS, type ReportOptions } from "../../src/report/analysis";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { ReportLanguage, ReportPlan } from "../../src/report/plan";
import type { Survey } from "../../src/survey/survey";
import { IMPORTANCE_CHOICES } from "../../src/cli/args";
import { expectAllClose } from "../helpers/close";
import { handSurvey, ratingMatrix, rng, sampleSurvey } from "./fixtures";
import { referenceProblems, sheetByKey, sheetCells, table } from "./planCheck";

const META = { source: "file sample-survey.csv", generatedAt: "2026-03-03T10:00:00Z", language: "en" as ReportLanguage };
const sample = sampleSurvey();
const rated = sample.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
const nums = (xs: unknown[]): number[] => xs.map((x) => x as number);

function build(s: Survey, options: ReportOptions = {}, language: ReportLanguage = "en"): ReportPlan {
  const plan = buildReportPlanFromSurvey(s, { ...META, language }, options);
  expect(referenceProblems(plan)).toEqual([]);
  return plan;
}

const texts = (plan: ReportPlan): string[] =>
  [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("Priorities sheet with key-driver importance", () => {
  for (const method of ["relative_weights", "shapley"] as const) {
    test(`${method}: the importance column = the engine's shares of R² on the survey's rows; method, R² and n stated`, () => {
      const plan = build(sample, { importance: method });
      const fit = keyDrivers(ratingMatrix(sample, rated), sample.overall!, { method, weights: sample.weights });
      const p = table(plan, "CS_Priority");
      const at = p.values("Attribute").map((name) => rated.findIndex((i) => sample.attributes[i].name === name));
      expectAllClose(
        nums(p.values("Importance")),
        at.map((k) => fit.shares[k]),
        1e-10,
      );
      const en = reportStrings("en");
      const lines = texts(plan);
      expect(lines.some((v) => v.includes(method === "shapley" ? en.priority.importanceShapley : en.priority.importanceRelativeWeights))).toBe(true);
      const stated = en.priority.driverFit.replace("{n}", formatNumber(en, fit.n)).replace("{r2}", formatNumber(en, fit.r2, 3));
      expect(lines).toContain(stated);
      expect(plan.notes.filter((n) => n.includes("could not be computed"))).toEqual([]);
    });
  }

  test("β states R² and n too; stated importance and Pearson state none", () => {
    const en = reportStrings("en");
    const beta = keyDrivers(ratingMatrix(sample, rated), sample.overall!, { method: "beta", weights: sample.weights });
    const line = en.priority.driverFit.replace("{n}", formatNumber(en, beta.n)).replace("{r2}", formatNumber(en, beta.r2, 3));
    expect(texts(build(sample, { importance: "beta" }))).toContain(line);
    for (const importance of ["stated", "pearson"] as const) {
      expect(texts(build(sample, { importance })).some((v) => v.startsWith("Derived from"))).toBe(false);
    }
  });

  test("in Chinese and Spanish: the method and the R² line in the report's language", () => {
    for (const language of ["zh-CN", "es"] as const) {
      const t = reportStrings(language);
      const lines = texts(build(sample, { importance: "shapley" }, language));
      expect(lines.some((v) => v.includes(t.priority.importanceShapley))).toBe(true);
      expect(lines.some((v) => v.startsWith(t.priority.driverFit.split("{n}")[0]) && v.includes("R² = "))).toBe(true);
    }
  });

  test("collinear items (X and Y rated alike): relative weights and Shapley fall back to Pearson with the reason", () => {
    const rand = rng(5);
    const overall = Array.from({ length: 40 }, () => 1 + Math.floor(rand() * 5));
    const x = overall.map((v, i) => Math.min(5, Math.max(1, v + ((i % 3) - 1))));
    const s = handSurvey([
      { header: "Overall satisfaction", role: "overall", values: overall },
      { header: "X - satisfaction", role: "rating", values: x, attribute: "X" },
      { header: "Y - satisfaction", role: "rating", values: x, attribute: "Y" },
      { header: "Z - satisfaction", role: "rating", values: overall.map((v, i) => 1 + ((v + i) % 5)), attribute: "Z" },
    ]);
    for (const [method, start] of [
      ["relative_weights", "Relative weights could not be computed (column 2: this item is (nearly) a linear combination"],
      ["shapley", "Shapley importance could not be computed (column 2:"],
    ] as const) {
      const plan = build(s, { importance: method });
      expect(plan.notes.some((n) => n.startsWith(start))).toBe(true);
      expect(texts(plan).some((v) => v.includes("Pearson correlation"))).toBe(true);
    }
  });

  test("the option lists agree: analysis, the pane (its catalogue) and --importance", () => {
    expect([...IMPORTANCE_CHOICES]).toEqual([...IMPORTANCE_METHODS]);
    for (const language of ["en", "zh-CN", "es"] as const) {
      const ui = uiStrings(language);
      expect(Object.keys(ui.options.importanceMethods).sort()).toEqual([...IMPORTANCE_METHODS].sort());
    }
  });
});
