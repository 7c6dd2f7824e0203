/**
 * The whole path on the fake: the sample survey in a worksheet → resolveSurveyAddress →
 * readSurveyRange → detectRoles → buildSurvey → buildReportPlanFromSurvey → applyPlan; every sheet,
 * cell, table and chart of the real plan lands, and the plan (so the write) does not grow with respondents.
 */
import * as path from "path";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { applyPlan } from "../../src/excel/applyPlan";
import { readSurveyRange, resolveSurveyAddress } from "../../src/excel/readSurvey";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { PlanSheet, ReportPlan } from "../../src/report/plan";
import { buildSurvey, detectRoles, type ColumnProposal } from "../../src/survey";
import { cellKey, createFakeExcel, createWorkbookState, findSheet, formatAddress, parseAddress, snapshot, type FakeWorkbookState } from "../fake-excel";

const SAMPLE = path.join(__dirname, "..", "fixtures", "sample-survey.csv");
const GENERATED_AT = "2025-01-31T09:00:00.000Z";

function planFor(headers: unknown[], rows: unknown[][], roles: ColumnProposal[], source: string): ReportPlan {
  const survey = buildSurvey(headers, rows, roles);
  const segment = roles.find((r) => r.role === "segment")?.index;
  return buildReportPlanFromSurvey(survey, { source, generatedAt: GENERATED_AT, language: "en" }, { segment });
}

/** Every cell the plan writes lands: formulas as formulas, strings as text, numbers as numbers. */
function expectSheetMatches(state: FakeWorkbookState, name: string, ps: PlanSheet): void {
  const sheet = findSheet(state, name);
  if (!sheet) throw new Error(`sheet ${name} missing`);
  const mismatches: string[] = [];
  for (const block of ps.blocks) {
    const at = parseAddress(block.anchor).area;
    block.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = sheet.cells.get(cellKey(at.row + i, at.col + j));
        const f = block.formulas?.[i][j];
        const ok = f ? cell?.formula === f : v === null ? cell === undefined || cell.value === "" : cell?.value === v && cell.formula === undefined;
        if (!ok)
          mismatches.push(
            `${formatAddress(name, { row: at.row + i, col: at.col + j, rows: 1, cols: 1 })}: ${JSON.stringify(cell)} ≠ ${JSON.stringify(f ?? v)}`,
          );
      }),
    );
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
}

describe("the sample survey, end to end", () => {
  test("read from the workbook, planned, and every sheet, cell, table and chart of the plan lands", async () => {
    const file = await readSurveyFile(SAMPLE);
    const state = createWorkbookState({ sheets: ["Survey"], selection: "Survey!C7" });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      // typed in as Excel would take it: numeric text becomes numbers
      const grid = [file.headers, ...file.rows].map((r) => r.map((v) => (v === "" ? null : v)));
      context.workbook.worksheets.getItem("Survey").getRangeByIndexes(0, 0, grid.length, file.headers.length).values = grid;
    });
    const surveyBefore = snapshot(state, "Survey");

    const where = await resolveSurveyAddress(run);
    expect(where).toEqual({ sheet: "Survey", address: `A1:BH${file.rows.length + 1}` });
    const read = await readSurveyRange(run, where);
    expect(read.rows.length).toBe(file.rows.length);
    const roles = detectRoles(read.headers, read.rows);
    const plan = planFor(read.headers, read.rows, roles, `Survey!${where.address}`);
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "kano", "gap", "priority", "segments", "trend"]);

    state.syncCount = 0;
    const result = await applyPlan(run, plan, { source: where, roles, options: { segment: 1 }, language: "en", generatedAt: GENERATED_AT });
    expect(state.syncCount).toBe(2 + plan.sheets.length); // read, one per sheet, recipe
    expect(result.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", ...plan.sheets.map((s) => s.name)]);
    expect(snapshot(state, "Survey")).toEqual(surveyBefore);

    for (const ps of plan.sheets) {
      const sheet = findSheet(state, ps.name)!;
      expectSheetMatches(state, ps.name, ps);
      expect(sheet.tables.map((t) => [t.props.name, formatAddress(ps.name, t.area).split("!")[1]])).toEqual(ps.tables.map((t) => [t.name, t.range]));
      expect(sheet.charts.map((c) => [c.props.name, c.props.chartType, c.series.length])).toEqual(
        ps.charts.map((c) => [
          c.name,
          { barStacked100: "BarStacked100", barClustered: "BarClustered", columnClustered: "ColumnClustered", xyScatter: "XYScatter", line: "LineMarkers" }[
            c.type
          ],
          c.series.length,
        ]),
      );
      expect(sheet.conditionalFormats.length).toBe(ps.conditionalFormats.length);
      for (const [k, chart] of ps.charts.entries()) {
        const written = sheet.charts[k];
        chart.series.forEach((s, i) => expect(written.series[i].props.name).toBe(s.name));
        for (const [axis, planAxis] of [
          ["Category", chart.xAxis],
          ["Value", chart.yAxis],
        ] as const) {
          if (planAxis?.crossesAt !== undefined) expect(written.axes[axis].props.positionAt).toBe(planAxis.crossesAt);
        }
        const labelled = chart.series.filter((s) => s.pointLabels).length;
        expect(written.series.filter((s) => s.points.size > 0).length).toBe(labelled);
      }
    }
    const scatter = plan.sheets.flatMap((s) => s.charts).filter((c) => c.type === "xyScatter");
    expect(scatter.length).toBeGreaterThanOrEqual(2); // Kano and IPA
  });
});

describe("the write does not grow with respondents", () => {
  test("100 and 100,000 respondents × 30 columns: same sheets, tables and charts, about the same cells, the same round trips each", async () => {
    const file = await readSurveyFile(SAMPLE);
    const keep = [...Array(26).keys(), 46, 47, 48, 49]; // id … Privacy importance, two Kano pairs
    const headers = keep.map((j) => file.headers[j]);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => keep.map((j) => (j === 0 ? `R${i + 1}` : file.rows[i % file.rows.length][j])));
    const small = rows(100);
    const roles = detectRoles(headers, small);
    const shape = (plan: ReportPlan) => plan.sheets.map((s) => [s.name, s.tables.map((t) => t.name), s.charts.map((c) => c.name)]);
    const cells = (plan: ReportPlan) => plan.sheets.reduce((sum, s) => sum + s.blocks.reduce((k, b) => k + b.values.length * (b.values[0]?.length ?? 0), 0), 0);

    const applied = [];
    for (const n of [100, 100_000]) {
      const plan = planFor(headers, n === 100 ? small : rows(n), roles, `Survey!A1:AD${n + 1}`);
      const state = createWorkbookState({ sheets: ["Survey"] });
      const result = await applyPlan(createFakeExcel(state).run, plan, {
        source: { sheet: "Survey", address: `A1:AD${n + 1}` },
        roles,
        options: {},
        language: "en",
        generatedAt: GENERATED_AT,
      });
      applied.push({
        n: plan.n,
        shape: shape(plan),
        cells: cells(plan),
        syncs: state.syncCount,
        resultSyncs: result.syncs,
        bytes: state.requestLog.reduce((sum, r) => sum + r.requestBytes, 0),
      });
    }
    const [a, b] = applied;
    expect([a.n, b.n]).toEqual([100, 100_000]);
    expect(b.shape).toEqual(a.shape);
    // the only difference: the Summary lists the first unreadable cells, capped (2 at n = 100, the cap at n = 100,000)
    expect(Math.abs(b.cells - a.cells)).toBeLessThanOrEqual(30);
    const trips = 2 + a.shape.length; // read, one per sheet, recipe
    expect([a.syncs, b.syncs, a.resultSyncs, b.resultSyncs]).toEqual([trips, trips, trips, trips]);
    expect(Math.abs(b.bytes - a.bytes) / a.bytes).toBeLessThan(0.1); // the capped issue list again
  });
});
