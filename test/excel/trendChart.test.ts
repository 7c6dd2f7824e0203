/**
 * The Office.js back end draws the Trend sheet's line chart (issue #13) on the fake Excel: chart
 * type LineMarkers, one series per plan series with its values and wave categories, circle
 * markers, and the series colour on both the line (format.line) and the markers.
 */
import * as path from "path";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { applyPlan } from "../../src/excel/applyPlan";
import { readSurveyRange, resolveSurveyAddress } from "../../src/excel/readSurvey";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { buildSurvey, detectRoles } from "../../src/survey";
import { createFakeExcel, createWorkbookState, findSheet } from "../fake-excel";

const SAMPLE = path.join(__dirname, "..", "fixtures", "sample-survey.csv");

test("the Trend sheet's line chart lands with its type, series, markers and colours", async () => {
  const file = await readSurveyFile(SAMPLE);
  const state = createWorkbookState({ sheets: ["Survey"], selection: "Survey!A1" });
  const { run } = createFakeExcel(state);
  await run(async (context) => {
    const grid = [file.headers, ...file.rows].map((r) => r.map((v) => (v === "" ? null : v)));
    context.workbook.worksheets.getItem("Survey").getRangeByIndexes(0, 0, grid.length, file.headers.length).values = grid;
  });
  const where = await resolveSurveyAddress(run);
  const read = await readSurveyRange(run, where);
  const roles = detectRoles(read.headers, read.rows);
  const plan = buildReportPlanFromSurvey(buildSurvey(read.headers, read.rows, roles), {
    source: `Survey!${where.address}`,
    generatedAt: "2026-03-01T00:00:00.000Z",
    language: "en",
  });
  await applyPlan(run, plan, { source: where, roles, options: {}, language: "en", generatedAt: "2026-03-01T00:00:00.000Z" });

  const planSheet = plan.sheets.find((s) => s.key === "trend")!;
  const chart = findSheet(state, planSheet.name)!.charts.find((c) => c.props.name === "TrendChart")!;
  expect(chart.props.chartType).toBe("LineMarkers");
  const planChart = planSheet.charts[0];
  expect(chart.series.map((s) => s.props.name)).toEqual(planChart.series.map((s) => s.name));
  chart.series.forEach((s, i) => {
    const ps = planChart.series[i];
    expect(s.values).toBe(`${planSheet.name}!${ps.values}`);
    expect(s.xValues).toBe(`${planSheet.name}!${ps.categories}`);
    expect(s.props.markerStyle).toBe("Circle");
    expect(s.props.markerBackgroundColor).toBe(ps.color);
    expect((s.props.line as { color?: string } | undefined)?.color).toBe(ps.color);
  });
});
