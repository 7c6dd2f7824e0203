/**
 * applyPlan's layout on the fake Excel, with the plan the xlsx writer's layout test uses
 * (test/xlsx/layoutPlan.ts): spanned notes merged one row at a time and wrapped at the top, the
 * rows given planRowHeights' heights (as the .xlsx file), headline tiles, per-column alignment,
 * filter buttons, data-bar bounds, gridlines; plan problems a span can cause.
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { planProblems } from "../../src/excel/planCheck";
import { planRowHeights } from "../../src/report/textMetrics";
import { createFakeExcel, createWorkbookState, findSheet, getValues, type FakeSheetState } from "../fake-excel";
import { LAYOUT_SHEET, layoutPlan, LONG_NOTE, WARNING } from "../xlsx/layoutPlan";
import { fixtureRecipe } from "./fixturePlan";

let sheet: FakeSheetState;

beforeAll(async () => {
  const state = createWorkbookState({
    sheets: [
      {
        name: "Survey",
        rows: [
          ["id", "q1"],
          [1, 4],
        ],
      },
    ],
  });
  await applyPlan(createFakeExcel(state).run, layoutPlan(), fixtureRecipe);
  sheet = findSheet(state, LAYOUT_SHEET) as FakeSheetState;
  expect(getValues(state, `${LAYOUT_SHEET}!A3:A3`)).toEqual([[LONG_NOTE]]);
});

const format = (row: number, col: number) => sheet.cells.get(`${row},${col}`)?.format;

test("each spanned block is merged across its span, one area per row; nothing else is merged", () => {
  expect(sheet.merges).toEqual([
    { row: 2, col: 0, rows: 1, cols: 4 },
    { row: 11, col: 0, rows: 1, cols: 3 },
  ]);
  expect(sheet.cells.get("11,0")?.value).toBe(WARNING);
});

test("merged cells wrap at the top and keep their style (note italic grey, warning dark red)", () => {
  expect(format(2, 0)).toMatchObject({ italic: true, color: "#595959", wrapText: true, verticalAlignment: "Top" });
  expect(format(11, 0)).toMatchObject({ color: "#9C0006", wrapText: true, verticalAlignment: "Top" });
});

test("row heights are exactly planRowHeights (the merged note over 56 characters, the tiles' 33 pt, the wrapped warning)", () => {
  const expected = [...planRowHeights(layoutPlan().sheets[0])].map(([row, h]) => [row - 1, h]);
  expect(expected.map(([row]) => row)).toEqual([2, 4, 11]);
  expect([...sheet.rowHeights].sort((a, b) => a[0] - b[0])).toEqual(expected);
  expect(sheet.rowHeights.get(2)).toBeGreaterThan(15);
});

test("headline tiles: label grey 9 pt, value bold 22 pt dark blue on the tile fill (formula kept), note grey 9 pt", () => {
  expect(format(3, 1)).toEqual({ size: 9, color: "#595959", fill: "#EEF3F9" });
  expect(format(4, 1)).toEqual({ bold: true, size: 22, color: "#1F4E79", fill: "#EEF3F9", horizontalAlignment: "Left", verticalAlignment: "Center" });
  expect(sheet.cells.get("4,1")).toMatchObject({ formula: "=B9", numberFormat: "0.00" });
  expect(format(5, 2)).toMatchObject({ size: 9, fill: "#EEF3F9", horizontalAlignment: "Left", verticalAlignment: "Top" });
  expect(format(5, 0)).toMatchObject({ fill: "#EEF3F9" }); // an empty tile cell keeps the fill
});

test("per-column alignment: header Mean right, Category centred in header and body; other cells untouched", () => {
  expect(format(7, 1)?.horizontalAlignment).toBe("Right");
  expect(format(7, 2)?.horizontalAlignment).toBe("Center");
  expect(format(9, 2)?.horizontalAlignment).toBe("Center");
  expect(format(7, 0)?.horizontalAlignment).toBeUndefined();
  expect(format(8, 1)?.horizontalAlignment).toBeUndefined();
});

test("filter buttons hidden unless the table asks; data bar bounds; gridlines off", () => {
  expect(sheet.tables.map((t) => [t.props.name, t.props.showFilterButton])).toEqual([
    ["CS_Layout", false],
    ["CS_Layout_Filters", true],
  ]);
  expect(sheet.conditionalFormats[0].props).toMatchObject({
    positiveFormat: expect.objectContaining({ fillColor: "#9DC3E6" }),
    lowerBoundRule: { type: "Number", formula: "1" },
    upperBoundRule: { type: "Number", formula: "5" },
  });
  expect(sheet.showGridlines).toBe(false);
});

test("planProblems: a span on a wide block, a span below 1, a cell inside a merged area, a short align list", () => {
  const p = layoutPlan();
  const blocks = p.sheets[0].blocks;
  blocks[3].span = 2;
  blocks[1].span = 0.5;
  blocks.push({ anchor: "B3", values: [["inside"]] });
  blocks[6].align = ["left"];
  expect(planProblems(p)).toEqual([
    "sheet 'Panel', block at A2: span 0.5 is not a whole number ≥ 1",
    "sheet 'Panel', block at A4: span needs a block one column wide (it is 3)",
    "sheet 'Panel', block at A8: align has 1 entries for 3 columns",
    "sheet 'Panel': cell B3 is written inside the merged cells of the block at A3",
  ]);
});
