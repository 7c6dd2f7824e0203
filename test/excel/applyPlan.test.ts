/** applyPlan against the fake Excel: what lands, in how many round trips, and what is never touched. */
import { applyPlan } from "../../src/excel/applyPlan";
import { columnWidthPoints } from "../../src/excel/format";
import { inspectRecipe, loadRecipe, RECIPE_KEY } from "../../src/excel/recipe";
import type { ReportPlan } from "../../src/report/plan";
import { createFakeExcel, createWorkbookState, findSheet, getValues, snapshot, type FakeWorkbookState } from "../fake-excel";
import { fixturePlan, fixtureRecipe, HYPERLINK } from "./fixturePlan";

const surveyRows = [
  ["id", "Waiting time", "Staff"],
  [1, 4, 5],
  [2, 3, 4],
  [3, "=1+1", "N/A"],
];

function workbook(extra: { name: string; rows: (string | number)[][] }[] = []): FakeWorkbookState {
  return createWorkbookState({ sheets: [{ name: "Survey", rows: surveyRows }, ...extra], selection: "Survey!A1" });
}

const sheet = (state: FakeWorkbookState, name: string) => {
  const s = findSheet(state, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe("applyPlan: the report lands", () => {
  let state: FakeWorkbookState;
  let result: Awaited<ReturnType<typeof applyPlan>>;
  const steps: string[] = [];

  beforeAll(async () => {
    state = workbook();
    result = await applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe, { onProgress: (s) => steps.push(s) });
  });

  test("sheets in plan order after the survey, in 2 + one round trip per sheet, with calculation and screen updating suspended while writing", () => {
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Summary", "Priority"]);
    expect(result.sheets).toEqual([
      { key: "summary", name: "Summary" },
      { key: "priority", name: "Priority" },
    ]);
    expect(result.syncs).toBe(4);
    expect(state.syncCount).toBe(4);
    expect(state.suspensions).toEqual({ calculation: 2, screenUpdating: 2 });
    expect(steps).toEqual(["reading the workbook", "writing 2 sheets", "saving the recipe"]);
    expect(state.activeSheetId).toBe(sheet(state, "Summary").id);
    expect(result.maxPayloadBytes).toBeGreaterThan(0);
    expect(result.maxPayloadBytes).toBeGreaterThanOrEqual(Math.max(...state.requestLog.map((r) => r.requestBytes)));
  });

  test("values, formulas and number formats", () => {
    expect(getValues(state, "Summary!A4:C5")).toEqual([
      ["Attribute", "Mean", "Weight"],
      ["Waiting time", 3.2, 1],
    ]);
    const summary = sheet(state, "Summary");
    expect(summary.cells.get("8,1")).toMatchObject({ formula: "=100*(SUMPRODUCT(B5:B7,C5:C7)/SUM(C5:C7)-1)/(5-1)", numberFormat: "0.0" });
    expect(summary.cells.get("4,1")?.numberFormat).toBe("0.00");
    expect(getValues(state, "Summary!A11:F11")).toEqual([["Level", "1", "2", "3", "4", "5"]]); // headers stay text
    expect(getValues(state, "Priority!C4:C6")).toEqual([["='Summary'!B5"], ["=Summary!B6"], ["='Summary'!B7"]]);
  });

  test("survey text is written as text: '=HYPERLINK(…)' and '-Parking' are not formulas", () => {
    expect(sheet(state, "Summary").cells.get("6,0")).toEqual({ value: HYPERLINK });
    expect(sheet(state, "Priority").cells.get("5,0")).toEqual({ value: "-Parking" });
  });

  test("styles, column widths, frozen rows", () => {
    const cells = sheet(state, "Summary").cells;
    expect(cells.get("0,0")?.format).toEqual({ bold: true, size: 16 });
    expect(cells.get("3,1")?.format).toEqual({ bold: true, fill: "#DDEBF7", wrapText: true });
    expect(cells.get("1,0")?.format).toEqual({ italic: true, color: "#595959", wrapText: true, verticalAlignment: "Top" });
    expect(sheet(state, "Summary").columnWidths.get(0)).toBe(columnWidthPoints(28));
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(sheet(state, "Summary").freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet(state, "Priority").freeze).toEqual({ rows: 1, columns: 0 });
  });

  test("tables with names and styles", () => {
    const tables = state.sheets.flatMap((s) => s.tables.map((t) => [s.name, t.props.name, t.props.style, t.area]));
    expect(tables).toEqual([
      ["Summary", "CS_Means", "TableStyleMedium2", { row: 3, col: 0, rows: 4, cols: 3 }],
      ["Summary", "CS_Levels", "TableStyleLight9", { row: 10, col: 0, rows: 3, cols: 6 }],
      ["Priority", "CS_Priority", "TableStyleMedium2", { row: 2, col: 0, rows: 4, cols: 5 }],
    ]);
  });

  test("conditional formats: data bar, cell value, text contains, colour scale", () => {
    expect(sheet(state, "Summary").conditionalFormats.map((cf) => [cf.type, cf.props.positiveFormat])).toEqual([
      ["DataBar", expect.objectContaining({ fillColor: "#5B9BD5" })],
    ]);
    const [value, text, scale] = sheet(state, "Priority").conditionalFormats;
    expect([value.type, value.props.rule, value.fill.color, value.font.color]).toEqual([
      "CellValue",
      { operator: "GreaterThan", formula1: "=0.3" },
      "#FFC7CE",
      "#9C0006",
    ]);
    expect([text.type, text.props.rule, text.fill.color]).toEqual(["ContainsText", { operator: "Contains", text: "Concentrate" }, "#FFEB9C"]);
    expect([scale.type, scale.props.criteria]).toEqual([
      "ColorScale",
      {
        minimum: { type: "LowestValue", color: "#F8696B" },
        midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      },
    ]);
  });

  test("100 % stacked bars: five series over the report's own cells, colours, legend, position", () => {
    const [chart] = sheet(state, "Summary").charts;
    expect([chart.props.name, chart.props.chartType, chart.title.text, chart.legend]).toEqual([
      "CSM levels",
      "BarStacked100",
      "Answers per level",
      { visible: true, position: "Bottom" },
    ]);
    expect(chart.series.map((s) => [s.props.name, s.values, s.xValues, s.props.fill])).toEqual(
      ["B", "C", "D", "E", "F"].map((c, k) => [
        String(k + 1),
        `Summary!${c}12:${c}13`,
        "Summary!A12:A13",
        ["#C00000", "#ED7D31", "#BFBFBF", "#9BC2E6", "#2E75B6"][k],
      ]),
    );
    expect(chart.axes.Value.props.numberFormat).toBe("0%");
    expect(chart.position).toEqual({ startCell: "Summary!H2", endCell: "Summary!O16" });
  });

  test("IPA scatter: x = performance, y = importance, axes crossing at the means, one label per attribute", () => {
    const [chart] = sheet(state, "Priority").charts;
    expect([chart.props.chartType, chart.legend.visible]).toEqual(["XYScatter", false]);
    const [series] = chart.series;
    expect([series.values, series.xValues, series.props.markerBackgroundColor]).toEqual(["Priority!B4:B6", "Priority!C4:C6", "#2E75B6"]);
    expect(chart.axes.Category.props).toMatchObject({ minimum: 1, maximum: 5, position: "Custom", positionAt: 3.7 });
    expect(chart.axes.Value.props).toMatchObject({ minimum: 1, maximum: 5, position: "Custom", positionAt: 3.83 });
    expect([chart.axes.Category.title.text, chart.axes.Value.title.text]).toEqual(["Performance", "Importance"]);
    expect([...series.points.entries()]).toEqual([
      [0, { hasDataLabel: true, dataLabel: { text: "Waiting time", position: "Right" } }],
      [1, { hasDataLabel: true, dataLabel: { text: "Staff", position: "Right" } }],
      [2, { hasDataLabel: true, dataLabel: { text: "-Parking", position: "Right" } }],
    ]);
  });

  test("the recipe round-trips through the settings, with the sheets' names and ids", async () => {
    const { written, ...recipe } = (await loadRecipe(createFakeExcel(state).run))!;
    expect(recipe).toEqual({
      version: 1,
      ...fixtureRecipe,
      sheets: [
        { key: "summary", name: "Summary", id: sheet(state, "Summary").id },
        { key: "priority", name: "Priority", id: sheet(state, "Priority").id },
      ],
    });
    // What was written, as read back: one hash per non-empty cell of each sheet.
    expect(Object.keys(written!)).toEqual(["summary", "priority"]);
    expect(Object.keys(written!.summary.cells).sort()).toEqual(
      Object.keys(snapshot(state, "Summary"))
        .filter((a) => snapshot(state, "Summary")[a].value !== "")
        .sort(),
    );
  });
});

describe("applyPlan: ownership", () => {
  test("generating twice replaces the owned sheets: same names, no suffix, no duplicate tables or charts", async () => {
    const state = workbook([{ name: "Notes", rows: [["my notes"]] }]);
    const { run } = createFakeExcel(state);
    await applyPlan(run, fixturePlan(), fixtureRecipe);
    const firstIds = state.sheets.map((s) => s.id);
    state.syncCount = 0;
    const again = await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(state.syncCount).toBe(4);
    expect(again.replaced).toEqual(["Summary", "Priority"]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Notes", "Summary", "Priority"]);
    expect(state.sheets.slice(0, 2).map((s) => s.id)).toEqual(firstIds.slice(0, 2));
    expect(state.sheets.flatMap((s) => s.tables.map((t) => t.props.name))).toEqual(["CS_Means", "CS_Levels", "CS_Priority"]);
    expect(state.sheets.flatMap((s) => s.charts).length).toBe(2);
  });

  test("a user's 'Summary' is untouched; the report's gets ' (2)' and formulas follow it; every other cell is identical", async () => {
    const state = workbook([
      {
        name: "Summary",
        rows: [
          ["my own summary", 42],
          ["=SUM(B1:B1)", ""],
        ],
      },
    ]);
    const { run } = createFakeExcel(state);
    const before = snapshot(state);
    const userSheet = sheet(state, "Summary");
    const first = await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(first.sheets.map((s) => s.name)).toEqual(["Summary (2)", "Priority"]);
    expect(getValues(state, "Priority!C4:C6")).toEqual([["='Summary (2)'!B5"], ["='Summary (2)'!B6"], ["='Summary (2)'!B7"]]);
    const second = await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(second.sheets.map((s) => s.name)).toEqual(["Summary (2)", "Priority"]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Summary", "Summary (2)", "Priority"]);
    expect(sheet(state, "Summary")).toBe(userSheet);
    const after = snapshot(state);
    expect({ Survey: after.Survey, Summary: after.Summary }).toEqual(before);
    expect(userSheet.tables.length + userSheet.charts.length + userSheet.conditionalFormats.length).toBe(0);
  });

  test("long names keep within 31 characters when suffixed", async () => {
    const long = "Zufriedenheit nach Filiale 2025"; // 31 characters
    const plan = fixturePlan();
    plan.sheets[1].name = long;
    const state = workbook([{ name: long, rows: [["mine"]] }]);
    const result = await applyPlan(createFakeExcel(state).run, plan, fixtureRecipe);
    expect(result.sheets[1].name).toBe("Zufriedenheit nach Filiale (2)");
    expect(result.sheets[1].name.length).toBeLessThanOrEqual(31);
  });

  test("a table name taken by a user's table gets '_2'", async () => {
    const state = workbook([
      {
        name: "Mine",
        rows: [
          ["a", "b"],
          [1, 2],
        ],
      },
    ]);
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Mine").tables.add("A1:B2", true).name = "CS_Means";
    });
    await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(sheet(state, "Summary").tables.map((t) => t.props.name)).toEqual(["CS_Means_2", "CS_Levels"]);
    expect(sheet(state, "Mine").tables.map((t) => t.props.name)).toEqual(["CS_Means"]);
  });

  test("a sheet the recipe lists but the user deleted and re-created (new id) is the user's; the survey sheet is never deleted", async () => {
    const state = workbook([{ name: "Summary", rows: [["recreated by the user"]] }]);
    state.settings.set(RECIPE_KEY, {
      version: 1,
      ...fixtureRecipe,
      sheets: [
        { key: "summary", name: "Summary", id: "{an-old-id}" },
        { key: "priority", name: "Survey" },
      ],
    });
    const before = snapshot(state);
    const result = await applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe);
    expect(result.replaced).toEqual([]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Summary", "Summary (2)", "Priority"]);
    const after = snapshot(state);
    expect({ Survey: after.Survey, Summary: after.Summary }).toEqual(before);
  });

  test("an unreadable recipe owns nothing: nothing is deleted, the new report gets suffixes", async () => {
    const state = workbook();
    const { run } = createFakeExcel(state);
    await applyPlan(run, fixturePlan(), fixtureRecipe);
    state.settings.set(RECIPE_KEY, "{not json");
    expect(await inspectRecipe(run)).toEqual({ status: "unreadable", problem: "the stored recipe is not valid JSON" });
    const result = await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(result.sheets.map((s) => s.name)).toEqual(["Summary (2)", "Priority (2)"]);
    expect(state.sheets.length).toBe(5);
  });

  test("a report that replaces every visible sheet but the survey still works when the survey sheet is hidden", async () => {
    const state = workbook();
    const { run } = createFakeExcel(state);
    await applyPlan(run, fixturePlan(), fixtureRecipe);
    sheet(state, "Survey").visibility = "Hidden";
    await applyPlan(run, fixturePlan(), fixtureRecipe);
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Summary", "Priority"]);
  });
});

describe("applyPlan: size and failure", () => {
  test("the same plan for 100 and for 100,000 respondents takes the same 4 round trips and about the same bytes", async () => {
    const small = workbook();
    const large = workbook();
    await applyPlan(createFakeExcel(small).run, fixturePlan(100), fixtureRecipe);
    await applyPlan(createFakeExcel(large).run, fixturePlan(100_000), fixtureRecipe);
    expect([small.syncCount, large.syncCount]).toEqual([4, 4]);
    expect(Math.abs(small.maxPayloadBytes - large.maxPayloadBytes)).toBeLessThan(100);
  });

  test("a plan whose cells exceed the 4 MB write budget is written in more round trips, each under 5 MB", async () => {
    const plan = fixturePlan();
    // four blocks of ~1.2 MB: together over the budget, each far under Excel's limit
    const rows = Array.from({ length: 6_000 }, (_, i) => [`segment ${i} ${"x".repeat(800)}`, i, i / 7]);
    for (let b = 0; b < 4; b++) plan.sheets[1].blocks.push({ anchor: `A${20 + 1_500 * b}`, values: rows.slice(1_500 * b, 1_500 * (b + 1)) });
    const state = workbook();
    const result = await applyPlan(createFakeExcel(state).run, plan, fixtureRecipe);
    expect(result.syncs).toBe(state.syncCount);
    expect(state.syncCount).toBeGreaterThan(4);
    expect(state.requestLog.every((r) => r.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(state.suspensions.screenUpdating).toBe(state.syncCount - 2);
    expect(getValues(state, "Priority!A6019:B6019")).toEqual([[rows[5999][0], 5999]]);
  });

  test("a plan that cannot be written fails before any round trip, naming the sheet and cell", async () => {
    const plan: ReportPlan = fixturePlan();
    plan.sheets[0].blocks[3].values[0][1] = Number.NaN;
    plan.sheets[1].blocks[2].formulas![0][2] = "SUM(B4)";
    const state = workbook();
    await expect(applyPlan(createFakeExcel(state).run, plan, fixtureRecipe)).rejects.toThrow(
      "sheet 'Summary', cell B5: NaN is not a finite number; sheet 'Priority', cell C4: formula 'SUM(B4)' does not start with \"=\"",
    );
    expect(state.syncCount).toBe(0);
  });

  test("an Excel failure names the step and keeps the Office error code", async () => {
    const state = workbook();
    state.payloadLimitBytes = 500; // the write request is larger
    await expect(applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe)).rejects.toMatchObject({
      message: expect.stringContaining("writing the report (writing the sheets)"),
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});
