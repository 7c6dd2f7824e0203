/** saveWorkbook → openWorkbook: a colleague opening the shared workbook sees the same sheets, ids, tables, charts and settings. */
import { createFakeExcel } from "./excel";
import { openWorkbook, saveWorkbook } from "./persist";
import { createWorkbookState, snapshot } from "./state";

test("sheets (ids, cells, tables, charts, widths), selection and settings survive; session counters start fresh", async () => {
  const state = createWorkbookState({
    sheets: [
      {
        name: "Kano",
        rows: [
          ["Attribute", "Better"],
          ["Speed", 0.62],
          ["Price", 0.35],
        ],
      },
    ],
    selection: "Kano!A1:B3",
  });
  const { Excel: fx, run } = createFakeExcel(state);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Kano");
    sheet.tables.add("A1:B3", true).name = "KanoTable";
    const chart = sheet.charts.add(fx.ChartType.xyscatter, sheet.getRange("B2:B3"), fx.ChartSeriesBy.columns);
    chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#C00000");
    sheet.getRange("A:A").format.columnWidth = 80;
    context.workbook.worksheets.add("Notes").getRange("A1").values = [["keep me"]];
    context.workbook.settings.add("cs.recipe", { sheets: [{ key: "kano", name: "Kano" }] });
  });

  const copy = openWorkbook(saveWorkbook(state));

  expect(snapshot(copy)).toEqual(snapshot(state));
  expect(copy.sheets.map((s) => [s.id, s.name])).toEqual(state.sheets.map((s) => [s.id, s.name]));
  expect([copy.selection, copy.activeSheetId, copy.nextId]).toEqual([state.selection, state.activeSheetId, state.nextId]);
  expect(copy.settings).toEqual(new Map([["cs.recipe", { sheets: [{ key: "kano", name: "Kano" }] }]]));
  const [kano] = copy.sheets;
  expect(kano.tables[0].sheet).toBe(kano);
  expect(kano.charts[0].sheet).toBe(kano);
  expect(kano.tables[0].props.name).toBe("KanoTable");
  expect(kano.charts[0].series[0].points.get(1)).toEqual({ fill: "#C00000" });
  expect(kano.columnWidths.get(0)).toBe(80);
  expect([copy.syncCount, copy.requestLog]).toEqual([0, []]);

  // The reopened workbook works: a new sheet gets an id the saved one never used.
  await createFakeExcel(copy).run(async (context) => {
    context.workbook.worksheets.add("Later");
  });
  expect(new Set(copy.sheets.map((s) => s.id)).size).toBe(3);
});
