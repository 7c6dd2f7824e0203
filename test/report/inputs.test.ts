/**
 * Manager inputs on the Summary: each CSI weight cell has a workbook name; entries read back on
 * Refresh are written again, and the CSI (the report's value and the sheet's formula) uses the
 * weight-used rule: a number ≥ 0, else the report's weight.
 */
import { columnMeans } from "../../src/engine";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { csiWeightKey, inputName, weightUsed, weightUsedFormula, type InputEntry } from "../../src/report/inputs";
import { reportStrings } from "../../src/i18n/report";
import { expectClose } from "../helpers/close";
import { ratingMatrix, sampleSurvey } from "./fixtures";
import { sheetByKey, table } from "./planCheck";

const survey = sampleSurvey();
const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language: "en" as const };
const t = reportStrings("en");
const rated = survey.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
const names = rated.map((i) => survey.attributes[i].name);

/** 100·Σw(m−1)/(4·Σw) over the weighted attribute means (the ACSI form on a 1–5 scale). */
function weightedCsi(weights: number[]): number {
  const means = columnMeans(ratingMatrix(survey, rated), survey.weights!);
  const sw = weights.reduce((s, x) => s + x, 0);
  return (100 * means.reduce((s, m, k) => s + (m - 1) * weights[k], 0)) / (4 * sw);
}

const csiValue = (inputs?: Record<string, InputEntry>): number => {
  const plan = buildReportPlanFromSurvey(survey, META, inputs ? { inputs } : {});
  const key = table(plan, "CS_Summary_Key");
  return key.rows[key.values("Measure").indexOf(t.summary.csi)][1].value as number;
};

test("weightUsed: finite numbers ≥ 0 are used; text, blanks, negatives, booleans, NaN fall back", () => {
  expect([weightUsed(2.5, 1), weightUsed(0, 1)]).toEqual([2.5, 0]);
  expect(["heavy", "", -1, true, null, Number.NaN, Infinity].map((x) => weightUsed(x, 0.7))).toEqual([0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]);
  expect(weightUsedFormula("D31", 0.25)).toBe("=IF(ISNUMBER(D31),IF(D31>=0,D31,0.25),0.25)");
});

test("inputName: Excel name characters only, unique ignoring case", () => {
  const taken = new Set<string>();
  expect(inputName("CS_W_", "Staff friendliness", taken)).toBe("CS_W_Staff_friendliness");
  expect(inputName("CS_W_", "staff-friendliness", taken)).toBe("CS_W_staff_friendliness_2");
  expect(inputName("CS_W_", "等待时间", taken)).toBe("CS_W_等待时间");
});

test("the Summary names one input per CSI weight cell, at the cells of the CSI weight column", () => {
  const plan = buildReportPlanFromSurvey(survey, META);
  const summary = sheetByKey(plan, "summary");
  const means = table(plan, "CS_Summary_Means");
  expect(summary.inputs?.map((i) => i.key)).toEqual(names.map(csiWeightKey));
  expect(new Set(summary.inputs?.map((i) => i.name.toLowerCase())).size).toBe(names.length);
  for (const i of summary.inputs ?? []) expect(i.name).toMatch(/^CS_W_[\p{L}\p{N}_.]+$/u);
  // Column D of the means table, one row per attribute under its header row.
  const header = Number(/\d+/.exec(sheetByKey(plan, "summary").tables.find((x) => x.name === "CS_Summary_Means")!.range)![0]);
  expect(summary.inputs?.map((i) => i.address)).toEqual(names.map((_, r) => `D${header + 1 + r}`));
  expect(means.values("Attribute")).toEqual(names);
});

test("an edited weight is written again and the CSI uses it; text and a negative entry stay in their cells but count as 1", () => {
  const edited = names.map(() => 1);
  edited[0] = 3;
  expectClose(csiValue({ [csiWeightKey(names[0])]: { value: 3 } }), weightedCsi(edited), 1e-9);
  expect(csiValue()).not.toBeCloseTo(weightedCsi(edited), 3);

  const inputs = { [csiWeightKey(names[0])]: { value: "heavy" }, [csiWeightKey(names[1])]: { value: -2 } };
  const plan = buildReportPlanFromSurvey(survey, META, { inputs });
  const means = table(plan, "CS_Summary_Means");
  expect(means.values("CSI weight").slice(0, 3)).toEqual(["heavy", -2, 1]);
  expect(means.values("Weight used").slice(0, 3)).toEqual([1, 1, 1]);
  expectClose(csiValue(inputs), weightedCsi(names.map(() => 1)), 1e-9);
});

test("a formula entry is written back as a formula; entries of attributes no longer in the report are ignored", () => {
  const inputs = { [csiWeightKey(names[1])]: { value: 2, formula: "=1+1" }, [csiWeightKey("Gone attribute")]: { value: 9 } };
  const plan = buildReportPlanFromSurvey(survey, META, { inputs });
  const cell = table(plan, "CS_Summary_Means").col("CSI weight")[1];
  expect([cell.formula, cell.value]).toEqual(["=1+1", 2]);
  const weights = names.map((_, r) => (r === 1 ? 2 : 1));
  expectClose(csiValue(inputs), weightedCsi(weights), 1e-9);
});
