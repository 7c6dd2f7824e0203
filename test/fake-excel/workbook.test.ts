/** Worksheets, tables, charts, settings, snapshots, the Office fake and installed globals. */
import { createFakeExcel } from "./excel";
import { installFakeGlobals } from "./install";
import { createFakeOffice } from "./office";
import { createWorkbookState, getValues, setCells, snapshot } from "./state";

const kanoRows = [
  ["Attribute", "Better", "|Worse|"],
  ["Speed", 0.62, 0.41],
  ["Price", 0.35, 0.72],
  ["Support", 0.51, 0.55],
];

describe("worksheets", () => {
  test("add, getItem (case-insensitive), position, visibility, activate, delete", async () => {
    const state = createWorkbookState({ sheets: ["Survey"] });
    const { run } = createFakeExcel(state);
    const read = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const summary = sheets.add("Summary");
      const hidden = sheets.add("Data (hidden)");
      hidden.visibility = "Hidden";
      summary.position = 0;
      summary.activate();
      const again = sheets.getItem("SUMMARY").load("name, position, visibility");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      sheets.getItem("Survey").delete();
      sheets.load("items/name");
      await context.sync();
      return [again.name, again.position, again.visibility, active.name, sheets.items.map((s) => s.name)];
    });
    expect(read).toEqual(["Summary", 0, "Visible", "Summary", ["Summary", "Data (hidden)"]]);
  });

  test("getItemOrNullObject: isNullObject after sync (PropertyNotLoaded before)", async () => {
    const { run } = createFakeExcel(createWorkbookState({ sheets: ["Survey"] }));
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Kano");
      const found = context.workbook.worksheets.getItemOrNullObject("survey");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
    });
  });

  test.each([
    ["a duplicate name (any case)", "survey", "ItemAlreadyExists"],
    ["a name over 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a forbidden character", "Q1/Q2", "InvalidArgument"],
  ])("adding a sheet with %s fails with %s", async (_, name, code) => {
    const { run } = createFakeExcel(createWorkbookState({ sheets: ["Survey"] }));
    await expect(
      run(async (context) => {
        context.workbook.worksheets.add(name);
      }),
    ).rejects.toMatchObject({ code });
  });

  test("the last visible sheet can be neither hidden nor deleted", async () => {
    const { run } = createFakeExcel(createWorkbookState({ sheets: ["Only"] }));
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Only").visibility = "Hidden";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a proxy of a deleted sheet fails with ItemNotFound", async () => {
    const { run } = createFakeExcel(createWorkbookState({ sheets: ["A", "B"] }));
    await expect(
      run(async (context) => {
        const b = context.workbook.worksheets.getItem("B");
        b.delete();
        await context.sync();
        b.getRange("A1").values = [[1]];
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("getSelectedRange follows state.selection", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: kanoRows }], selection: "Survey!A1:C4" });
    const values = await createFakeExcel(state).run(async (context) => {
      const r = context.workbook.getSelectedRange().load("values, address");
      await context.sync();
      return [r.address, r.values];
    });
    expect(values).toEqual(["Survey!A1:C4", kanoRows]);
  });
});

describe("tables", () => {
  test("tables.add records name, style, banding; ranges and workbook.tables find it", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Kano", rows: kanoRows }] });
    const read = await createFakeExcel(state).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Kano");
      const table = sheet.tables.add("A1:C4", true);
      table.name = "KanoTable";
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      const found = context.workbook.tables.getItem("kanotable").load("name, style, showBandedRows");
      const none = context.workbook.tables.getItemOrNullObject("Other");
      await context.sync();
      return [body.address, header.values, found.name, found.style, found.showBandedRows, none.isNullObject];
    });
    expect(read).toEqual(["Kano!A2:C4", [kanoRows[0]], "KanoTable", "TableStyleLight9", false, true]);
    expect(state.sheets[0].tables).toMatchObject([
      { area: { row: 0, col: 0, rows: 4, cols: 3 }, props: { name: "KanoTable", style: "TableStyleLight9", showBandedRows: false } },
    ]);
  });

  test("default names count up; overlapping tables and duplicate names are refused", async () => {
    const state = createWorkbookState({ sheets: [{ name: "T", rows: kanoRows }] });
    const { run } = createFakeExcel(state);
    const names = await run(async (context) => {
      const t1 = context.workbook.tables.add("T!A1:A4", true).load("name");
      const t2 = context.workbook.worksheets.getItem("T").tables.add("C1:C4", true).load("name");
      await context.sync();
      return [t1.name, t2.name];
    });
    expect(names).toEqual(["Table1", "Table2"]);
    await expect(
      run(async (context) => {
        context.workbook.tables.add("T!A1:B2", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(async (context) => {
        context.workbook.tables.getItem("Table2").name = "table1";
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      run(async (context) => {
        context.workbook.tables.getItem("Table2").name = "has space";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("charts", () => {
  test("a clustered bar chart: series and categories derived from the range, titles, axes, labels, position", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "Gap",
          rows: [
            ["Dimension", "Gap"],
            ["Tangibles", -0.65],
            ["Reliability", -1.1],
          ],
        },
      ],
    });
    const { Excel: fx, run } = createFakeExcel(state);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Gap");
      const chart = sheet.charts.add(fx.ChartType.barClustered, sheet.getRange("A1:B3"), fx.ChartSeriesBy.columns);
      chart.name = "GapChart";
      chart.title.text = "Gap by dimension";
      chart.axes.valueAxis.minimum = -2;
      chart.axes.valueAxis.maximum = 0;
      chart.axes.valueAxis.title.text = "P − E";
      chart.series.getItemAt(0).dataLabels.showValue = true;
      chart.setPosition("D2", "K18");
    });
    const [chart] = state.sheets[0].charts;
    expect(chart).toMatchObject({
      source: "Gap!A1:B3",
      seriesBy: "Columns",
      position: { startCell: "Gap!D2", endCell: "Gap!K18" },
      props: { name: "GapChart", chartType: "BarClustered" },
      title: { text: "Gap by dimension" },
      axes: { Value: { props: { minimum: -2, maximum: 0 }, title: { text: "P − E" } } },
    });
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({ props: { name: "Gap" }, values: "Gap!B2:B3", xValues: "Gap!A2:A3", dataLabels: { showValue: true } });
  });

  test("100 % stacked bars: a blank corner cell gives a header row of series names and a column of categories", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "L",
          rows: [
            ["", "1", "2", "3"],
            ["Speed", 0.1, 0.3, 0.6],
            ["Price", 0.2, 0.5, 0.3],
          ],
        },
      ],
    });
    await createFakeExcel(state).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("L");
      sheet.charts.add("BarStacked100", sheet.getRange("A1:D3"), "Columns");
    });
    // "1","2","3" were typed as text in the set-up cells, so they are series names
    expect(state.sheets[0].charts[0].series.map((s) => [s.props.name, s.values, s.xValues])).toEqual([
      ["1", "L!B2:B3", "L!A2:A3"],
      ["2", "L!C2:C3", "L!A2:A3"],
      ["3", "L!D2:D3", "L!A2:A3"],
    ]);
  });

  test("an XY scatter built series by series, with crosshairs via setPositionAt and point colours", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Kano", rows: kanoRows }] });
    const { Excel: fx, run } = createFakeExcel(state);
    const count = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Kano");
      const chart = sheet.charts.add(fx.ChartType.xyscatter, sheet.getRange("B2:C4"), fx.ChartSeriesBy.columns);
      const s = chart.series.getItemAt(0);
      s.name = "Attributes";
      s.setXAxisValues(sheet.getRange("C2:C4"));
      s.setValues(sheet.getRange("B2:B4"));
      s.points.getItemAt(1).format.fill.setSolidColor("#C00000");
      s.dataLabels.showCategoryName = true;
      chart.axes.valueAxis.setPositionAt(0.5);
      chart.axes.categoryAxis.setPositionAt(0.5);
      const points = s.points.load("items");
      await context.sync();
      return points.count;
    });
    const chart = state.sheets[0].charts[0];
    expect(count).toBe(3);
    expect(chart.props.chartType).toBe("XYScatter");
    expect(chart.series[0]).toMatchObject({
      props: { name: "Attributes" },
      values: "Kano!B2:B4",
      xValues: "Kano!C2:C4",
      dataLabels: { showCategoryName: true },
    });
    expect(chart.series[0].points.get(1)).toEqual({ fill: "#C00000" });
    expect(chart.axes.Value.props).toMatchObject({ position: "Custom", positionAt: 0.5 });
    expect(chart.axes.Category.props).toMatchObject({ position: "Custom", positionAt: 0.5 });
  });

  test("enum members the fake does not list fail loudly instead of reading undefined", () => {
    const { Excel: fx } = createFakeExcel(createWorkbookState());
    expect(fx.ChartType.barStacked100).toBe("BarStacked100");
    expect(() => (fx.ChartType as unknown as Record<string, string>).surfaceWireframe).toThrow(/Excel.ChartType.surfaceWireframe is not modelled/);
  });
});

describe("settings", () => {
  test("settings persist across runs as JSON copies; getItemOrNullObject and items", async () => {
    const state = createWorkbookState();
    const { run } = createFakeExcel(state);
    const recipe = { source: "Survey!A1:M301", roles: { B: "rating" }, created: new Date(Date.UTC(2025, 0, 2)) };
    await run(async (context) => {
      context.workbook.settings.add("cs.recipe", recipe);
      context.workbook.settings.add("cs.owned", ["Summary", "Kano"]);
    });
    expect(state.settings.get("cs.recipe")).toEqual({ ...recipe, created: "2025-01-02T00:00:00.000Z" });
    const read = await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject("cs.recipe").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("cs.nothing");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      return [item.isNullObject, item.value.source, missing.isNullObject, all.items.map((s) => s.key)];
    });
    expect(read).toEqual([false, "Survey!A1:M301", true, ["cs.recipe", "cs.owned"]]);
    await run(async (context) => {
      context.workbook.settings.getItem("cs.owned").value = ["Summary"];
      context.workbook.settings.getItem("cs.recipe").delete();
    });
    expect([...state.settings]).toEqual([["cs.owned", ["Summary"]]]);
  });
});

describe("snapshot", () => {
  test("is a deep, plain copy: equal before/after when other sheets are untouched, different when touched", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: kanoRows }, "Summary"] });
    setCells(state, "Survey", "E1", [[{ value: "=B2*2", formula: "=B2*2" }]]);
    const before = snapshot(state);
    expect(before.Survey.E1).toEqual({ value: "=B2*2", formula: "=B2*2" });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Summary").getRange("A1").values = [["CSI"]];
    });
    const after = snapshot(state);
    expect(after.Survey).toEqual(before.Survey);
    expect(after.Summary).not.toEqual(before.Summary);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Survey").getRange("B2").format.font.bold = true;
    });
    expect(snapshot(state, "Survey")).not.toEqual(before.Survey);
    expect(getValues(state, "Survey!A1:C1")).toEqual([kanoRows[0]]);
  });
});

describe("Office and globals", () => {
  test("onReady resolves with host Excel; isSetSupported compares versions numerically", async () => {
    const Office = createFakeOffice({ supportedSets: { ExcelApi: "1.12", SharedRuntime: "1.1" }, displayLanguage: "zh-CN" });
    const seen: unknown[] = [];
    await expect(Office.onReady((info) => seen.push(info))).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual([{ host: "Excel", platform: "PC" }]);
    const r = Office.context.requirements;
    expect([r.isSetSupported("ExcelApi", "1.9"), r.isSetSupported("excelapi", "1.12"), r.isSetSupported("ExcelApi", "1.13")]).toEqual([true, true, false]);
    expect([r.isSetSupported("SharedRuntime"), r.isSetSupported("CustomFunctionsRuntime", "1.1")]).toEqual([true, false]);
    expect(Office.context.displayLanguage).toBe("zh-CN");
  });

  test("installFakeGlobals lets code call the global Excel.run and Office.onReady; later overwrites are ignored", async () => {
    const target: Record<string, unknown> = {};
    const state = createWorkbookState({ sheets: ["Survey"] });
    const { uninstall } = installFakeGlobals(target, { state });
    const g = target as unknown as { Excel: typeof Excel; Office: typeof Office };
    await expect(g.Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    await g.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Survey").getRange("A1").values = [["hi"]];
    });
    expect(getValues(state, "Survey!A1")).toEqual([["hi"]]);
    const realRun = g.Excel.run;
    (g.Excel as unknown as Record<string, unknown>).run = () => "office.js";
    (g.Excel as unknown as Record<string, unknown>).Added = 1;
    target.Excel = {};
    expect(g.Excel.run).toBe(realRun);
    expect((g.Excel as unknown as Record<string, unknown>).Added).toBe(1);
    uninstall();
    expect("Excel" in target).toBe(false);
  });
});
