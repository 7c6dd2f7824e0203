/** Tables as a survey lives in them: found by name after a sheet rename, grown by rows.add, kept across save/reopen. */
import { createFakeExcel } from "./excel";
import { openWorkbook, saveWorkbook } from "./persist";
import { createWorkbookState, getValues } from "./state";

const survey = [
  ["id", "q1", "nps"],
  ["R1", 4, 9],
  ["R2", 5, 10],
];

function surveyWorkbook() {
  const state = createWorkbookState({
    sheets: [{ name: "Survey", rows: [...survey, [], ["note under the survey"]] }],
  });
  return { state, run: createFakeExcel(state).run };
}

describe("table rows", () => {
  test("rows.add at the end grows the table over the new rows and moves the cells below down", async () => {
    const { state, run } = surveyWorkbook();
    const read = await run(async (context) => {
      const table = context.workbook.worksheets.getItem("Survey").tables.add("A1:C3", true);
      table.name = "Responses";
      const row = table.rows.add(undefined, [
        ["R3", 3, 7],
        ["R4", 2, 0],
      ]);
      row.load("index");
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("rowCount");
      const rows = table.rows.load("items/values, count");
      await context.sync();
      return { index: row.index, address: range.address, bodyRows: body.rowCount, count: rows.count, last: rows.items[3].values };
    });
    expect(read).toEqual({ index: 2, address: "Survey!A1:C5", bodyRows: 4, count: 4, last: [["R4", 2, 0]] });
    // The note that stood two rows under the survey moved down with it.
    expect(getValues(state, "Survey!A5:A7")).toEqual([["R4"], [""], ["note under the survey"]]);
  });

  test("rows.add(index) inserts inside the body; a wrong width or index is refused, the table unchanged", async () => {
    const { state, run } = surveyWorkbook();
    await run(async (context) => {
      const table = context.workbook.tables.add("Survey!A1:C3", true);
      table.rows.add(0, [["R0", 1, 1]]);
    });
    expect(getValues(state, "Survey!A2:A4")).toEqual([["R0"], ["R1"], ["R2"]]);
    expect(state.sheets[0].tables[0].area).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
    await expect(
      run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(undefined, [["too", "short"]]);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(9, [["R9", 1, 1]]);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(state.sheets[0].tables[0].area.rows).toBe(4);
  });

  test("a table below in the same columns moves down; one straddling the columns is refused", async () => {
    const state = createWorkbookState({ sheets: [{ name: "S", rows: [["a", "b"], [1, 2], [], ["c", "d"], [3, 4]] }] });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.tables.add("S!A1:B2", true);
      context.workbook.tables.add("S!A4:B5", true);
      await context.sync();
      context.workbook.tables.getItem("Table1").rows.add(undefined, [[5, 6]]);
    });
    expect(state.sheets[0].tables[1].area).toEqual({ row: 4, col: 0, rows: 2, cols: 2 });
    expect(getValues(state, "S!A5:B6")).toEqual([
      ["c", "d"],
      [3, 4],
    ]);
    const wide = createWorkbookState({ sheets: [{ name: "S", rows: [["a"], [1], [], ["c", "d"], [3, 4]] }] });
    await expect(
      createFakeExcel(wide).run(async (context) => {
        context.workbook.tables.add("S!A1:A2", true);
        context.workbook.tables.add("S!A4:B5", true);
        await context.sync();
        context.workbook.tables.getItem("Table1").rows.add(undefined, [[2]]);
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a renamed sheet's table is found by name; its grown extent survives save and reopen", async () => {
    const { state, run } = surveyWorkbook();
    await run(async (context) => {
      const table = context.workbook.tables.add("Survey!A1:C3", true);
      table.name = "Responses";
      table.rows.add(undefined, [["R3", 1, 6]]);
      context.workbook.worksheets.getItem("Survey").name = "Answers";
    });
    const reopened = openWorkbook(saveWorkbook(state));
    const read = await createFakeExcel(reopened).run(async (context) => {
      const table = context.workbook.tables.getItem("responses");
      const range = table.getRange().load("address, values");
      const header = table.getHeaderRowRange().load("values");
      const sheet = table.worksheet.load("name");
      const onSheet = context.workbook.worksheets.getItem("Answers").tables.getItemOrNullObject("Responses");
      await context.sync();
      return { address: range.address, header: header.values, sheet: sheet.name, onSheet: !onSheet.isNullObject, last: range.values[3] };
    });
    expect(read).toEqual({ address: "Answers!A1:C4", header: [survey[0]], sheet: "Answers", onSheet: true, last: ["R3", 1, 6] });
  });
});
