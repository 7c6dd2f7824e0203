/** Reading the survey through the fake: chunked reads under the payload limit, and where the survey is. */
import { readSurveyRange, resolveSurveyAddress } from "../../src/excel/readSurvey";
import { createFakeExcel, createWorkbookState, setCells } from "../fake-excel";

const COLS = 30;
const headers = Array.from({ length: COLS }, (_, j) => (j === 0 ? "id" : j === 1 ? "Branch" : `Q${j} satisfaction`));
/** Respondent i: id, a branch label, then answers 1–5 with a blank every 97th cell (deterministic). */
function respondent(i: number): (string | number)[] {
  return headers.map((_, j) => (j === 0 ? i + 1 : j === 1 ? ["North", "South", "East"][i % 3] : (i * 31 + j * 7) % 97 === 0 ? "" : 1 + ((i * 7 + j * 3) % 5)));
}
const surveyRows = (n: number) => Array.from({ length: n }, (_, i) => respondent(i));
/** What Excel's `values` returns for the rows: the same, blank cells reading back as "". */
const expected = surveyRows;

describe("readSurveyRange by the header row (anchor + columns): the block as it is now", () => {
  /** A title in A1, the survey's header row at B3 (12 columns, 20 respondents), a note two rows below it. */
  function sheetWithSurvey(n: number) {
    const cols = headers.slice(0, 12);
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [["Branch survey 2026"]] }] });
    setCells(state, "Survey", "B3", [cols, ...surveyRows(n).map((r) => r.slice(0, 12))]);
    setCells(state, "Survey", `B${3 + n + 2}`, [["Note: wave 2 starts in June"]]);
    return state;
  }
  const where = { sheet: "Survey", address: "B3:M23", anchor: "B3", columns: 12 };

  test("the address read is the whole block: the read carries its anchor and width", async () => {
    const state = sheetWithSurvey(20);
    const read = await readSurveyRange(createFakeExcel(state).run, { sheet: "Survey", address: "B3:M23" });
    expect([read.address, read.anchor, read.columns, read.rows.length]).toEqual(["B3:M23", "B3", 12, 20]);
    const part = await readSurveyRange(createFakeExcel(state).run, { sheet: "Survey", address: "B3:M13" });
    expect([part.address, part.anchor, part.columns, part.rows.length]).toEqual(["B3:M13", undefined, undefined, 10]);
  });

  test("rows appended under the survey are read; the note below the blank row, the title and a column added on the right are not", async () => {
    const state = sheetWithSurvey(20);
    setCells(
      state,
      "Survey",
      "B24",
      surveyRows(25)
        .slice(20)
        .map((r) => r.slice(0, 12)),
    );
    setCells(state, "Survey", "N3", [["Added later"], ["x"]]);
    const read = await readSurveyRange(createFakeExcel(state).run, where);
    expect(read.address).toBe("B3:M28");
    expect(read.headers).toEqual(headers.slice(0, 12));
    expect(read.rows).toEqual(expected(25).map((r) => r.slice(0, 12)));
    expect(state.syncCount).toBe(2);
  });

  test("cleared rows at the bottom are not read; an address-only source still reads its address", async () => {
    const state = sheetWithSurvey(20);
    setCells(
      state,
      "Survey",
      "B19",
      Array.from({ length: 5 }, () => Array.from({ length: 12 }, () => "")),
    );
    const read = await readSurveyRange(createFakeExcel(state).run, where);
    expect([read.address, read.rows.length]).toEqual(["B3:M18", 15]);
    const old = await readSurveyRange(createFakeExcel(state).run, { sheet: "Survey", address: "B3:M23" });
    expect([old.address, old.rows.length]).toEqual(["B3:M23", 20]);
  });
});

describe("readSurveyRange of a survey in an Excel table: the table as it is now", () => {
  /** A title in A1, the survey as table "Responses" at B3 (4 columns, 5 respondents), a note three rows below. */
  async function tabled() {
    const cols = headers.slice(0, 4);
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [["Branch survey 2026"]] }] });
    setCells(state, "Survey", "B3", [cols, ...surveyRows(5).map((r) => r.slice(0, 4))]);
    setCells(state, "Survey", "B11", [["Note: wave 2 starts in June"]]);
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Survey").tables.add("B3:E8", true).name = "Responses";
    });
    return { state, run };
  }
  const recorded = { sheet: "Survey", address: "B3:E8", anchor: "B3", columns: 4, table: "Responses" };

  test("the selection in the table reads the whole table and names it, with its header row as the anchor", async () => {
    const { state, run } = await tabled();
    state.selection = "Survey!C5";
    const read = await readSurveyRange(run, await resolveSurveyAddress(run));
    expect([read.sheet, read.address, read.table, read.anchor, read.columns]).toEqual(["Survey", "B3:E8", "Responses", "B3", 4]);
    expect(read.headers).toEqual(headers.slice(0, 4));
    expect(read.rows).toEqual(expected(5).map((r) => r.slice(0, 4)));
  });

  test("rows added to the table are read (the note it pushed down is not); deleted rows are not", async () => {
    const { run } = await tabled();
    const added = surveyRows(8)
      .slice(5)
      .map((r) => r.slice(0, 4));
    await run(async (context) => {
      context.workbook.tables.getItem("Responses").rows.add(undefined, added);
    });
    const grown = await readSurveyRange(run, recorded);
    expect([grown.address, grown.rows.length, grown.table]).toEqual(["B3:E11", 8, "Responses"]);
    expect(grown.rows.slice(5)).toEqual(added);

    // Shrunk: the table now ends after 2 respondents (the rows below it are no longer the survey's).
    const shrunk = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers.slice(0, 4), ...surveyRows(5).map((r) => r.slice(0, 4))] }] });
    const small = createFakeExcel(shrunk);
    await small.run(async (context) => {
      context.workbook.tables.add("Survey!A1:D3", true).name = "Responses";
    });
    const read = await readSurveyRange(small.run, { sheet: "Survey", address: "A1:D6", anchor: "A1", columns: 4, table: "Responses" });
    expect([read.address, read.rows.length]).toEqual(["A1:D3", 2]);
  });

  test("the table's sheet renamed: read where the table is now; the table deleted: read by the header row", async () => {
    const { state, run } = await tabled();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Survey").name = "Answers";
    });
    const moved = await readSurveyRange(run, recorded);
    expect([moved.sheet, moved.address, moved.table, moved.rows.length]).toEqual(["Answers", "B3:E8", "Responses", 5]);

    await run(async (context) => {
      context.workbook.tables.getItem("Responses").delete();
    });
    setCells(state, "Answers", "B9", [surveyRows(6)[5].slice(0, 4)]); // typed under the former table
    const gone = await readSurveyRange(run, { ...recorded, sheet: "Answers" });
    expect([gone.sheet, gone.address, gone.table, gone.anchor, gone.rows.length]).toEqual(["Answers", "B3:E9", undefined, "B3", 6]);
  });

  test("the table renamed, or a plain survey made a table since: found by its header row, the table is read and named", async () => {
    const { run } = await tabled();
    await run(async (context) => {
      const table = context.workbook.tables.getItem("Responses");
      table.name = "Wave2";
      table.rows.add(undefined, [surveyRows(6)[5].slice(0, 4)]);
    });
    const renamed = await readSurveyRange(run, recorded);
    expect([renamed.address, renamed.table, renamed.rows.length]).toEqual(["B3:E9", "Wave2", 6]);
    const plain = await readSurveyRange(run, { sheet: "Survey", address: "B3:E8", anchor: "B3", columns: 4 });
    expect([plain.address, plain.table]).toEqual(["B3:E9", "Wave2"]);
    // A table elsewhere on the sheet (not at the header row, or narrower) is not the survey.
    const narrower = await readSurveyRange(run, { sheet: "Survey", address: "B3:F8", anchor: "B3", columns: 5 });
    expect(narrower.table).toBeUndefined();
  });
});

describe("readSurveyRange", () => {
  test("100 respondents × 30 columns: one round trip for shape and headers plus one per chunk; values as written", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...surveyRows(100)] }] });
    const { run } = createFakeExcel(state);
    const progress: [number, number][] = [];
    const read = await readSurveyRange(run, { sheet: "Survey", address: "A1:AD101" }, { chunkRows: 40, onProgress: (r, t) => progress.push([r, t]) });
    expect(read.headers).toEqual(headers);
    expect(read.rows).toEqual(expected(100));
    expect(read.address).toBe("A1:AD101");
    expect(progress).toEqual([
      [40, 100],
      [80, 100],
      [100, 100],
    ]);
    expect(state.syncCount).toBe(1 + progress.length);
  });

  test("adaptive chunks: 100 respondents fit in one chunk", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...surveyRows(100)] }] });
    const { run } = createFakeExcel(state);
    const read = await readSurveyRange(run, { sheet: "Survey", address: "A1:AD101" });
    expect(read.rows).toEqual(expected(100));
    expect(state.syncCount).toBe(2);
  });

  test("100,000 respondents × 30 columns: syncs grow with chunks only, every request under 5 MB, values identical", async () => {
    const n = 100_000;
    const source = surveyRows(n);
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...source] }] });
    const { run } = createFakeExcel(state);
    let chunks = 0;
    const read = await readSurveyRange(run, { sheet: "Survey", address: "A1:AD100001" }, { onProgress: () => chunks++ });
    expect(state.syncCount).toBe(1 + chunks);
    expect(chunks).toBeLessThanOrEqual(20);
    expect(state.requestLog.every((r) => r.payloadBytes < 5 * 1024 * 1024)).toBe(true);
    expect(state.maxPayloadBytes).toBeLessThan(1_200_000);
    expect(read.rows.length).toBe(n);
    for (let i = 0; i < n; i += 9_973) expect(read.rows[i]).toEqual(respondent(i));
    expect(JSON.stringify(read.rows) === JSON.stringify(source)).toBe(true); // blanks read back as "", as written
  });

  test("a response over Excel's limit is retried with half the rows", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...surveyRows(400)] }] });
    state.payloadLimitBytes = 10_000;
    const { run } = createFakeExcel(state);
    const read = await readSurveyRange(run, { sheet: "Survey", address: "A1:AD401" }, { chunkRows: 400 });
    expect(read.rows).toEqual(expected(400));
    const ok = state.requestLog.filter((r) => r.payloadBytes <= 10_000);
    expect(ok.length).toBeGreaterThan(1);
  });

  test("trailing blank rows below the used range are not read", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers.slice(0, 3), ...surveyRows(9).map((r) => r.slice(0, 3))] }] });
    const { run } = createFakeExcel(state);
    const read = await readSurveyRange(run, { sheet: "Survey", address: "A:C" });
    expect(read.address).toBe("A1:C10");
    expect(read.rows.length).toBe(9);
  });

  test("errors name the sheet and range", async () => {
    const { run } = createFakeExcel(createWorkbookState({ sheets: ["Survey"] }));
    await expect(readSurveyRange(run, { sheet: "Nope", address: "A1:B2" })).rejects.toThrow("reading 'Nope'!A1:B2: ");
    await expect(readSurveyRange(run, { sheet: "Survey", address: "A1:B2:C3" })).rejects.toThrow("'Survey'!A1:B2:C3");
  });
});

describe("resolveSurveyAddress", () => {
  /** A survey block at B3:E8 (header + 5 rows), a separate note at H1, a table at B12:D15. */
  function workbook(selection: string) {
    const state = createWorkbookState({
      sheets: [{ name: "Data", rows: [["id", "q1", "q2", "q3"], ...[1, 2, 3, 4, 5].map((i) => [i, 5, 4, (i % 5) + 1])], at: "B3" }],
      selection,
    });
    setCells(state, "Data", "H1", [["note: exported 2025-01-31"]]);
    setCells(state, "Data", "B12", [
      ["id", "nps", "segment"],
      [1, 9, "A"],
      [2, 7, "B"],
      [3, 10, "A"],
    ]);
    return state;
  }

  test("a single selected cell inside a data block gives the whole block", async () => {
    const { run } = createFakeExcel(workbook("Data!C5"));
    expect(await resolveSurveyAddress(run)).toEqual({ sheet: "Data", address: "B3:E8" });
  });

  test("a single row inside the block gives the block too", async () => {
    const { run } = createFakeExcel(workbook("Data!B6:E6"));
    expect(await resolveSurveyAddress(run)).toEqual({ sheet: "Data", address: "B3:E8" });
  });

  test("a selection inside a table gives the table's range (even where the table's region is larger)", async () => {
    const state = workbook("Data!C14");
    setCells(state, "Data", "E12", [["extra"], ["x"]]); // touches the table: current region would grow
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      const t = context.workbook.worksheets.getItem("Data").tables.add("B12:D15", true);
      t.name = "Answers";
    });
    expect(await resolveSurveyAddress(run)).toEqual({ sheet: "Data", address: "B12:D15", table: "Answers" });
  });

  test("a block wholly inside a table gives the whole table; a block reaching out of it stays as selected", async () => {
    const tabled = async (selection: string) => {
      const { run } = createFakeExcel(workbook(selection));
      await run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("B12:D15", true).name = "Answers";
      });
      return resolveSurveyAddress(run);
    };
    expect(await tabled("Data!C13:D14")).toEqual({ sheet: "Data", address: "B12:D15", table: "Answers" });
    expect(await tabled("Data!B3:D14")).toEqual({ sheet: "Data", address: "B3:D14" });
  });

  test("a block selection is kept, whole columns are clipped to the used cells", async () => {
    expect(await resolveSurveyAddress(createFakeExcel(workbook("Data!B3:D6")).run)).toEqual({ sheet: "Data", address: "B3:D6" });
    expect(await resolveSurveyAddress(createFakeExcel(workbook("Data!B:E")).run)).toEqual({ sheet: "Data", address: "B3:E15" });
  });

  test("an empty cell far from the data falls back to the used range; an empty sheet is an error", async () => {
    expect(await resolveSurveyAddress(createFakeExcel(workbook("Data!Z100")).run)).toEqual({ sheet: "Data", address: "B1:H15" });
    const empty = createFakeExcel(createWorkbookState({ sheets: ["Blank"], selection: "Blank!A1" }));
    await expect(resolveSurveyAddress(empty.run)).rejects.toThrow("sheet 'Blank' is empty around A1");
  });
});
