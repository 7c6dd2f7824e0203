/**
 * The members added for the report applier (src/excel/applyPlan.ts): font italic/size, wrap and
 * vertical alignment, freeze panes, text-comparison and data-bar conditional formats, per-point
 * chart data labels and scatter marker colours.
 */
import { createFakeExcel } from "./excel";
import { createWorkbookState, findSheet, getValues } from "./state";

describe("range format: italic, size, wrap, vertical alignment", () => {
  test("written at sync to every cell, read back uniform or null when mixed; size 11 and Bottom are defaults", async () => {
    const state = createWorkbookState({ sheets: [{ name: "S", rows: [["a", "b"]] }] });
    const { run } = createFakeExcel(state);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const a1 = sheet.getRange("A1");
      a1.format.font.italic = true;
      a1.format.font.size = 16;
      a1.format.wrapText = true;
      a1.format.verticalAlignment = "Top";
      expect(a1.format.font.size).toBe(16); // a set value reads back locally
      const both = sheet.getRange("A1:B1");
      both.format.load("wrapText, verticalAlignment");
      both.format.font.load("italic, size");
      const b1 = sheet.getRange("B1").format.font.load("italic, size");
      await context.sync();
      return [both.format.font.italic, both.format.font.size, both.format.wrapText, both.format.verticalAlignment, b1.italic, b1.size];
    });
    expect(read).toEqual([null, null, null, null, false, 11]);
    expect(findSheet(state, "S")?.cells.get("0,0")?.format).toEqual({ italic: true, size: 16, wrapText: true, verticalAlignment: "Top" });
  });

  test("a font size Excel refuses fails the sync", async () => {
    const { run } = createFakeExcel(createWorkbookState());
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.size = 0;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Range.getUsedRangeOrNullObject", () => {
  test("the used cells inside the range, or a null object when it is blank", async () => {
    const state = createWorkbookState({ sheets: [{ name: "S", rows: [["note"], [], ["", "id", "q1"], ["", 1, 5]] }] });
    const { run } = createFakeExcel(state);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const used = sheet.getRange("B:C").getUsedRangeOrNullObject(true).load("address");
      const blank = sheet.getRange("E1:F9").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      return [used.isNullObject, used.address, blank.isNullObject];
    });
    expect(read).toEqual([false, "S!B3:C4", true]);
  });
});

describe("payload accounting", () => {
  test("only loads add response bytes (setPositionAt once made the counter a string)", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "P",
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("P");
      const chart = sheet.charts.add("XYScatter", sheet.getRange("B1:B2"), "Columns");
      chart.axes.categoryAxis.setPositionAt(2.5);
      sheet.load("name");
    });
    expect(state.requestLog[0].responseBytes).toBe(3); // "P"
    expect(Number.isFinite(state.maxPayloadBytes)).toBe(true);
  });
});

describe("current region on a tall block", () => {
  test("getSurroundingRegion of one cell in 20,000 × 3 answers is the whole block (rows grown in one sweep)", async () => {
    const rows = [["id", "q1", "q2"], ...Array.from({ length: 20_000 }, (_, i) => [i + 1, (i % 5) + 1, ((i * 3) % 5) + 1])];
    const state = createWorkbookState({ sheets: [{ name: "S", rows, at: "B2" }] });
    const { run } = createFakeExcel(state);
    const address = await run(async (context) => {
      const region = context.workbook.worksheets.getItem("S").getRange("C9000").getSurroundingRegion().load("address");
      await context.sync();
      return region.address;
    });
    expect(address).toBe("S!B2:D20002");
  });
});

describe("freeze panes", () => {
  test("freezeRows replaces an earlier freeze; unfreeze clears it", async () => {
    const state = createWorkbookState();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      panes.freezeColumns(2);
      panes.freezeRows(3);
      await context.sync();
      expect(state.sheets[0].freeze).toEqual({ rows: 3, columns: 0 });
      panes.unfreeze();
    });
    expect(state.sheets[0].freeze).toBeUndefined();
  });
});

describe("conditional formats: text comparison and data bars", () => {
  test("rule, font and fill of a ContainsText format; the bar colour of a DataBar format", async () => {
    const state = createWorkbookState();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const text = sheet.getRange("A1:A9").conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "Must-be" };
      text.textComparison.format.fill.color = "#FFC7CE";
      text.textComparison.format.font.color = "#9C0006";
      const bars = sheet.getRange("B1:B9").conditionalFormats.add("DataBar");
      bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
      bars.dataBar.positiveFormat.gradientFill = false;
    });
    const [text, bars] = state.sheets[0].conditionalFormats;
    expect([text.type, text.props.rule, text.fill.color, text.font.color]).toEqual([
      "ContainsText",
      { operator: "Contains", text: "Must-be" },
      "#FFC7CE",
      "#9C0006",
    ]);
    expect([bars.type, bars.props.positiveFormat]).toEqual(["DataBar", { fillColor: "#5B9BD5", gradientFill: false, borderColor: "" }]);
  });

  test("reading another type's part fails like Excel", async () => {
    const { run } = createFakeExcel(createWorkbookState());
    await expect(
      run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("ColorScale");
        cf.dataBar.positiveFormat.fillColor = "#000000";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("chart points and scatter markers", () => {
  test("per-point label text and series marker colours are recorded; a point outside the series fails", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "P",
          rows: [
            ["x", "y", "label"],
            [1, 2, "Speed"],
            [3, 4, "Price"],
          ],
        },
      ],
    });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("P");
      const chart = sheet.charts.add("XYScatter", sheet.getRange("B2:B3"), "Columns");
      const series = chart.series.getItemAt(0);
      series.setXAxisValues(sheet.getRange("A2:A3"));
      series.markerBackgroundColor = "#4472C4";
      series.markerForegroundColor = "#4472C4";
      const point = series.points.getItemAt(1);
      point.hasDataLabel = true;
      point.dataLabel.text = "Price";
      point.dataLabel.position = "Right";
    });
    const series = state.sheets[0].charts[0].series[0];
    expect(series.props).toMatchObject({ markerBackgroundColor: "#4472C4", markerForegroundColor: "#4472C4" });
    expect(series.points.get(1)).toEqual({ hasDataLabel: true, dataLabel: { text: "Price", position: "Right" } });
    await expect(
      run(async (context) => {
        const chart = context.workbook.worksheets.getItem("P").charts.getItem("Chart 1");
        chart.series.getItemAt(0).points.getItemAt(2).dataLabel.text = "none";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("merging, row height, horizontal alignment, gridlines, filter buttons, data-bar bounds", () => {
  test("merge(): one area (only the top-left value kept); merge(true): one area per row; one cell is a no-op", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "S",
          rows: [
            ["note", "x", "y"],
            ["a", "b", "c"],
            ["d", "e", "f"],
          ],
        },
      ],
    });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A2:C3").merge(true);
      sheet.getRange("E5").merge(false);
    });
    const s = findSheet(state, "S")!;
    expect(s.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 1, col: 0, rows: 1, cols: 3 },
      { row: 2, col: 0, rows: 1, cols: 3 },
    ]);
    expect(getValues(state, "S!A1:C3")).toEqual([
      ["note", "", ""],
      ["a", "", ""],
      ["d", "", ""],
    ]);
  });

  test("merging over cells already merged is not modelled and fails the sync", async () => {
    const state = createWorkbookState();
    const { run } = createFakeExcel(state);
    await run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").merge());
    await expect(run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("B1:D1").merge())).rejects.toMatchObject({
      code: "NotImplemented",
    });
  });

  test("rowHeight is set on every row of the range (15 by default, null when mixed); horizontalAlignment per cell (General not stored)", async () => {
    const state = createWorkbookState({ sheets: [{ name: "S", rows: [["a", 1]] }] });
    const { run } = createFakeExcel(state);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A2:B3").format.rowHeight = 33;
      sheet.getRange("B1").format.horizontalAlignment = "Right";
      sheet.getRange("A1").format.horizontalAlignment = "General";
      const tall = sheet.getRange("A2:A3").format.load("rowHeight");
      const mixed = sheet.getRange("A1:A2").format.load("rowHeight, horizontalAlignment");
      const b1 = sheet.getRange("B1").format.load("horizontalAlignment");
      await context.sync();
      return [tall.rowHeight, mixed.rowHeight, mixed.horizontalAlignment, b1.horizontalAlignment];
    });
    expect(read).toEqual([33, null, "General", "Right"]);
    const s = findSheet(state, "S")!;
    expect([...s.rowHeights]).toEqual([
      [1, 33],
      [2, 33],
    ]);
    expect(s.cells.get("0,1")?.format).toEqual({ horizontalAlignment: "Right" });
    expect(s.cells.get("0,0")?.format).toBeUndefined();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.rowHeight = 500;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.horizontalAlignment = "Middle" as "Center";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("showGridlines on the sheet, showFilterButton on a table, lower/upper bound rules of a data bar", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "S",
          rows: [
            ["k", "v"],
            ["a", 1],
            ["b", 2],
          ],
        },
      ],
    });
    const { run } = createFakeExcel(state);
    const shown = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.showGridlines = false;
      const table = sheet.tables.add("S!A1:B3", true);
      table.showFilterButton = false;
      const bar = sheet.getRange("B2:B3").conditionalFormats.add("DataBar").dataBar;
      bar.lowerBoundRule = { type: "Number", formula: "1" };
      bar.upperBoundRule = { type: "Number", formula: "5" };
      sheet.load("showGridlines");
      await context.sync();
      return sheet.showGridlines;
    });
    const s = findSheet(state, "S")!;
    expect([shown, s.showGridlines]).toEqual([false, false]);
    expect(s.tables[0].props.showFilterButton).toBe(false);
    expect(s.conditionalFormats[0].props).toMatchObject({ lowerBoundRule: { type: "Number", formula: "1" }, upperBoundRule: { type: "Number", formula: "5" } });
    expect(createWorkbookState().sheets[0].showGridlines).toBe(true);
  });
});
