/** Cell rules (shape, broadcast, formulas, text) and range navigation, formats, conditional formats. */
import { createFakeExcel } from "./excel";
import { FakeWorkbookState, createWorkbookState, getValues, snapshot } from "./state";

type Batch<T> = (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<T>;

/** Runs a batch on sheet "S" of `state`, syncing at the end. */
function onSheet<T>(state: FakeWorkbookState, batch: Batch<T>): Promise<T> {
  return createFakeExcel(state).run(async (context) => {
    const result = await batch(context, context.workbook.worksheets.getItem("S"));
    await context.sync();
    return result;
  });
}

const blank = () => createWorkbookState({ sheets: ["S"] });

describe("shape rules", () => {
  test.each([
    ["too few rows", [[1, 2]]],
    [
      "too many columns",
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ["ragged", [[1, 2], [3]]],
    ["1-D", [1, 2, 3, 4]],
  ])("values of the wrong shape (%s) fail with InvalidArgument and Excel's message", async (_, input) => {
    const state = blank();
    await expect(
      onSheet(state, async (_c, s) => {
        s.getRange("A1:B2").values = input as unknown[][];
      }),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    });
    expect(snapshot(state, "S")).toEqual({});
  });

  test("formulas and numberFormat are shape-checked too", async () => {
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1:A2").formulas = [["=1"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1").numberFormat = [["0", "0"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a scalar applies to every cell of the range; null leaves a cell unchanged", async () => {
    const state = blank();
    await onSheet(state, async (_c, s) => {
      s.getRange("A1:C2").values = 7 as unknown as unknown[][];
      s.getRange("A1:C2").numberFormat = "0.00" as unknown as unknown[][];
      s.getRange("A1:C1").values = [[null, "kept?", null]];
    });
    expect(getValues(state, "S!A1:C2")).toEqual([
      [7, "kept?", 7],
      [7, 7, 7],
    ]);
    expect(snapshot(state, "S").C2).toEqual({ value: 7, numberFormat: "0.00" });
  });

  test("NaN and Infinity are rejected (office-js would silently send null)", async () => {
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1").values = [[NaN]];
      }),
    ).rejects.toThrow(/S!A1: NaN is not a finite number/);
  });
});

describe("formulas and text", () => {
  test("'=' makes a formula via values or formulas; values read back the formula text", async () => {
    const state = blank();
    const read = await onSheet(state, async (context, s) => {
      s.getRange("A1:B1").values = [[2, "=A1*2"]];
      s.getRange("C1").formulas = [["=SUM(A1:B1)"]];
      const r = s.getRange("A1:C1").load("values, formulas");
      await context.sync();
      return [r.values, r.formulas];
    });
    expect(read).toEqual([[[2, "=A1*2", "=SUM(A1:B1)"]], [[2, "=A1*2", "=SUM(A1:B1)"]]]);
    expect(snapshot(state, "S").B1).toEqual({ value: "=A1*2", formula: "=A1*2" });
  });

  test('a leading apostrophe stores the rest as text: "\'=x" is the text "=x", "\'007" the text "007"', async () => {
    const state = blank();
    await onSheet(state, async (_c, s) => {
      s.getRange("A1:C1").values = [["'=x", "'007", "'"]];
    });
    expect(snapshot(state, "S")).toEqual({ A1: { value: "=x" }, B1: { value: "007" } });
  });

  test("in a cell formatted \"@\" (Text), '=x' stays text; without it numeric strings and TRUE become values", async () => {
    const state = blank();
    await onSheet(state, async (_c, s) => {
      s.getRange("A1:B1").numberFormat = [["@", "@"]];
      s.getRange("A1:B1").values = [["=x", "007"]];
      s.getRange("A2:D2").values = [["007", "-1.5e3", "true", "=1"]];
    });
    expect(snapshot(state, "S")).toEqual({
      A1: { value: "=x", numberFormat: "@" },
      B1: { value: "007", numberFormat: "@" },
      A2: { value: 7 },
      B2: { value: -1500 },
      C2: { value: true },
      D2: { value: "=1", formula: "=1" },
    });
  });

  test("text is derived from values (fixed and percent formats rendered)", async () => {
    const text = await onSheet(blank(), async (context, s) => {
      s.getRange("A1:D1").values = [[0.256, 0.256, true, "a"]];
      s.getRange("A1:B1").numberFormat = [["0.0%", "0.00"]];
      const r = s.getRange("A1:E1").load("text");
      await context.sync();
      return r.text;
    });
    expect(text).toEqual([["25.6%", "0.26", "TRUE", "a", ""]]);
  });
});

describe("navigation", () => {
  const grid = () =>
    createWorkbookState({
      sheets: [
        {
          name: "S",
          at: "B2",
          rows: [
            ["h1", "h2", "h3"],
            [1, 2, 3],
            [4, "", 6],
          ],
        },
      ],
      selection: "S!C3",
    });

  test("address, size and index of derived ranges", async () => {
    const got = await onSheet(grid(), async (context, s) => {
      const base = s.getRange("B2:D4");
      const ranges = [
        base.getCell(1, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getOffsetRange(1, 1),
        base.getResizedRange(-1, 2),
        s.getRangeByIndexes(1, 1, 3, 3),
        s.getCell(0, 0),
        s.getRange("B:B"),
        s.getRange("2:3"),
        s.getUsedRange(),
        context.workbook.getSelectedRange().getSurroundingRegion(),
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await context.sync();
      return ranges.map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
    });
    expect(got).toEqual([
      ["S!C3", 2, 2, 1, 1],
      ["S!B4:D4", 3, 1, 1, 3],
      ["S!B2:B4", 1, 1, 3, 1],
      ["S!C3:E5", 2, 2, 3, 3],
      ["S!B2:F3", 1, 1, 2, 5],
      ["S!B2:D4", 1, 1, 3, 3],
      ["S!A1", 0, 0, 1, 1],
      ["S!B:B", 0, 1, 1_048_576, 1],
      ["S!2:3", 1, 0, 2, 16_384],
      ["S!B2:D4", 1, 1, 3, 3],
      ["S!B2:D4", 1, 1, 3, 3],
    ]);
  });

  test("getUsedRange(valuesOnly) ignores format-only cells; an empty sheet's used range is A1", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "S",
          at: "B2",
          rows: [
            ["h1", "h2", "h3"],
            [1, 2, 3],
            [4, "", 6],
          ],
        },
        "Empty",
      ],
    });
    const got = await onSheet(state, async (context, s) => {
      s.getRange("F9").format.fill.color = "#FF0000";
      await context.sync();
      const all = s.getUsedRange().load("address");
      const values = s.getUsedRange(true).load("address");
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
      await context.sync();
      return [all.address, values.address, empty.address, none.isNullObject];
    });
    expect(got).toEqual(["S!B2:F9", "S!B2:D4", "Empty!A1", true]);
  });

  test("surrounding region grows across diagonal neighbours and stops at blank rows/columns", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "S",
          rows: [
            ["a", "", ""],
            ["", "b", ""],
            ["", "", ""],
            ["far", "", ""],
          ],
        },
      ],
    });
    const address = await onSheet(state, async (context, s) => {
      const r = s.getRange("A1").getSurroundingRegion().load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("S!A1:B2");
  });

  test("ranges outside the grid or rows outside the range fail at sync", async () => {
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1").getOffsetRange(-1, 0).values = [[1]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1:B2").getRow(2).values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("XFD1").getResizedRange(0, 1).load("address");
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("Other!A1").load("address");
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("formats", () => {
  test("font, fill, column width and autofit are recorded per cell / column", async () => {
    const state = blank();
    const read = await onSheet(state, async (context, s) => {
      const header = s.getRange("A1:B1");
      header.format.font.bold = true;
      header.format.font.color = "#1F4E79";
      header.format.fill.color = "#DDEBF7";
      s.getRange("A:A").format.columnWidth = 120;
      s.getRange("B1:C1").format.autofitColumns();
      const mixed = s.getRange("A1:A2").format.font.load("bold");
      const width = s.getRange("A1").format.load("columnWidth");
      await context.sync();
      return [mixed.bold, width.columnWidth];
    });
    expect(read).toEqual([null, 120]); // mixed bold reads null, as Excel
    expect(snapshot(state, "S")).toEqual({
      A1: { value: "", format: { bold: true, color: "#1F4E79", fill: "#DDEBF7" } },
      B1: { value: "", format: { bold: true, color: "#1F4E79", fill: "#DDEBF7" } },
    });
    expect([...state.sheets[0].columnWidths]).toEqual([
      [0, 120],
      [1, "autofit"],
      [2, "autofit"],
    ]);
  });

  test("conditional formats: color scale, cell value and custom rules are recorded with their formats", async () => {
    const state = blank();
    const types = await onSheet(state, async (context, s) => {
      const range = s.getRange("B2:B9");
      const scale = range.conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const below = range.conditionalFormats.add("CellValue");
      below.cellValue.rule = { formula1: "=$B$10", operator: "LessThan" };
      below.cellValue.format.font.color = "#9C0006";
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=B2<AVERAGE($B$2:$B$9)";
      custom.custom.format.fill.color = "#FFC7CE";
      const all = s.getRange("B5").conditionalFormats.load("items/type");
      await context.sync();
      return all.items.map((cf) => cf.type);
    });
    expect(types).toEqual(["ColorScale", "CellValue", "Custom"]);
    const [scale, below, custom] = state.sheets[0].conditionalFormats;
    expect(scale.props.criteria).toEqual({ minimum: { type: "LowestValue", color: "#F8696B" }, maximum: { type: "HighestValue", color: "#63BE7B" } });
    expect(below).toMatchObject({
      area: { row: 1, col: 1, rows: 8, cols: 1 },
      props: { rule: { formula1: "=$B$10", operator: "LessThan" } },
      font: { color: "#9C0006" },
    });
    expect(custom).toMatchObject({ props: { formula: "=B2<AVERAGE($B$2:$B$9)" }, fill: { color: "#FFC7CE" } });
  });

  test("reading another type's part of a conditional format fails", async () => {
    await expect(
      onSheet(blank(), async (_c, s) => {
        s.getRange("A1").conditionalFormats.add("Custom").cellValue.rule = { formula1: "1", operator: "EqualTo" };
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
