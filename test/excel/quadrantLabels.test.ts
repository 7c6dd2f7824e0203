/**
 * The IPA chart's quadrant names through Excel JS on the fake, from a real report plan: the second
 * scatter series has markerStyle "None" and one point label per quadrant, in the report language,
 * on the inward side (ExcelApi 1.8 point.dataLabel).
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { sampleSurvey } from "../report/fixtures";
import { createFakeExcel, createWorkbookState, findSheet } from "../fake-excel";
import { fixtureRecipe } from "./fixturePlan";

const survey = sampleSurvey();

test.each(["en", "zh-CN", "es"] as const)("%s: markerStyle None and the four quadrant names as point labels", async (language) => {
  const plan = buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language });
  const q = reportStrings(language).quadrants;
  const state = createWorkbookState({ sheets: ["Survey"] });
  await applyPlan(createFakeExcel(state).run, plan, { ...fixtureRecipe, language });
  const ps = plan.sheets.find((s) => s.key === "priority")!;
  const [chart] = findSheet(state, ps.name)!.charts;
  expect(chart.series).toHaveLength(2);
  const [points, names] = chart.series;
  expect([points.props.markerStyle, names.props.markerStyle]).toEqual(["Circle", "None"]);
  const ref = (r: string): string => r.replace(/^.*!/, "");
  expect([ref(names.values!), ref(names.xValues!)]).toEqual([ps.charts[0].series[1].values, ps.charts[0].series[1].categories]);
  expect([...names.points.entries()]).toEqual([
    [0, { hasDataLabel: true, dataLabel: { text: q.concentrate, position: "Right" } }],
    [1, { hasDataLabel: true, dataLabel: { text: q.keep, position: "Left" } }],
    [2, { hasDataLabel: true, dataLabel: { text: q.low, position: "Right" } }],
    [3, { hasDataLabel: true, dataLabel: { text: q.overkill, position: "Left" } }],
  ]);
});
