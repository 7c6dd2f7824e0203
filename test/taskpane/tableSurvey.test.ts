/**
 * The survey as an Excel table (issue #11), through the pipeline over officePort and the fake
 * Excel: the offer's conditions, Make it a table (cells unchanged), the recipe's `table`, and
 * Refresh reading the table as it has grown — after save and reopen, after a sheet rename — or,
 * the table deleted, by its header row.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { RECIPE_KEY, type Recipe } from "../../src/excel/recipe";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import type { LoadedSurvey, ReportChoices } from "../../src/taskpane/services";
import { reducer, initialState } from "../../src/taskpane/state";
import { asTable, tableOfferProblem } from "../../src/taskpane/tableOffer";
import { createFakeExcel, createWorkbookState, openWorkbook, saveWorkbook, snapshot, type FakeWorkbookState } from "../fake-excel";

const csv = fs.readFileSync(path.join(__dirname, "..", "fixtures", "sample-survey.csv"), "utf8");
const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary"], language: "en" };
const services = (state: FakeWorkbookState) =>
  createServices(
    officePort(createFakeExcel(state).run, () => true),
    () => true,
  );
/** `count` more respondents like the sample's first ones, with new ids. */
const moreRows = (count: number) => rows.slice(1, count + 1).map((r, i) => [`N${String(i + 1).padStart(4, "0")}`, ...r.slice(1)]);

function loaded(headers: unknown[], extra: Partial<LoadedSurvey> = {}): LoadedSurvey {
  return { range: { sheet: "S", address: "B2:D4", headers, rows: [[1, 2, 3]] }, source: "S!B2:D4", proposals: [], samples: [], ...extra };
}

describe("when the pane offers a table", () => {
  test("a plain range with distinct text headers is offered; a table, a headerless range, an export or renamable headers are not", () => {
    expect(tableOfferProblem(loaded(["id", "Q1", "NPS"]))).toBeUndefined();
    expect(tableOfferProblem(loaded(["id", "Q1", "NPS"], { range: { ...loaded([]).range, headers: ["id", "Q1", "NPS"], table: "T" } }))).toBe("isTable");
    expect(tableOfferProblem(loaded(["Column 1"], { headerless: { language: "en" } }))).toBe("noHeaderRow");
    const layout = { platform: "qualtrics", headerRows: 3, metadataColumns: [], firstRowLooksLikeData: false } as unknown as LoadedSurvey["layout"];
    expect(tableOfferProblem(loaded(["id"], { layout }))).toBe("exportHeaders");
    // Excel would rename these (a blank, a duplicate in another case, a number), changing cells.
    expect(tableOfferProblem(loaded(["id", "", "NPS"]))).toBe("headerNames");
    expect(tableOfferProblem(loaded(["id", "q1", "Q1"]))).toBe("headerNames");
    expect(tableOfferProblem(loaded(["id", 2025, "NPS"]))).toBe("headerNames");
    expect(tableOfferProblem(loaded(["id"], { range: { ...loaded([]).range, headers: ["id"], rows: [] } }))).toBe("noAnswers");
  });

  test("once made, the survey carries the table and its header row (top-left cell, width); the reducer does the same", () => {
    const survey = loaded(["id", "Q1", "NPS"]);
    expect(asTable(survey, "Table1").range).toMatchObject({ table: "Table1", anchor: "B2", columns: 3, address: "B2:D4" });
    const state = reducer({ ...initialState, survey }, { type: "tableMade", table: "Table1" });
    expect(state.survey?.range.table).toBe("Table1");
    expect(reducer(initialState, { type: "tableMade", table: "Table1" })).toBe(initialState);
  });
});

describe("a survey made a table, then refreshed", () => {
  it("Make it a table leaves every cell as it was; Generate records the table; 50 rows added to it → Refresh n = 650 (was 600)", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows }, "Notes"], selection: "Survey!C5" });
    const svc = services(state);
    const survey = await svc.readSelection(() => undefined);
    expect(tableOfferProblem(survey)).toBeUndefined();
    const before = snapshot(state);
    const name = await svc.makeSurveyTable!(survey.range);
    expect(snapshot(state)).toEqual(before);
    expect(state.sheets[0].tables.map((t) => [t.props.name, t.area])).toEqual([[name, { row: 0, col: 0, rows: rows.length, cols: rows[0].length }]]);

    const tabled = asTable(survey, name);
    const generated = await svc.generate(tabled.range, tabled.proposals, choices, () => undefined);
    expect(generated.n).toBe(600);
    expect((state.settings.get(RECIPE_KEY) as Recipe).source).toEqual({ sheet: "Survey", address: "A1:BH601", anchor: "A1", columns: 60, table: name });

    await createFakeExcel(state).run(async (context) => {
      context.workbook.tables.getItem(name).rows.add(undefined, moreRows(50));
    });
    const reopened = openWorkbook(saveWorkbook(state));
    const refreshed = await services(reopened).refresh(() => undefined);
    expect([refreshed.n, refreshed.previousN]).toEqual([650, 600]);
    expect((reopened.settings.get(RECIPE_KEY) as Recipe).source).toMatchObject({ sheet: "Survey", address: "A1:BH651", table: name });
  }, 30_000);

  it("the table's sheet renamed: Refresh reads the table where it is now; the table deleted: by its header row", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!A1" });
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.tables.add("Survey!A1:BH601", true).name = "Responses";
    });
    const svc = services(state);
    const survey = await svc.readSelection(() => undefined);
    expect(survey.range.table).toBe("Responses");
    expect(tableOfferProblem(survey)).toBe("isTable");
    await svc.generate(survey.range, survey.proposals, choices, () => undefined);

    await run(async (context) => {
      context.workbook.worksheets.getItem("Survey").name = "Wave 2";
      context.workbook.tables.getItem("Responses").rows.add(undefined, moreRows(10));
    });
    const renamed = await svc.refresh(() => undefined);
    expect([renamed.n, renamed.previousN, renamed.survey]).toEqual([610, 600, { sheet: "Wave 2", address: "A1:BH611" }]);
    expect((state.settings.get(RECIPE_KEY) as Recipe).source).toEqual({ sheet: "Wave 2", address: "A1:BH611", anchor: "A1", columns: 60, table: "Responses" });

    await run(async (context) => {
      context.workbook.tables.getItem("Responses").delete();
    });
    const gone = await svc.refresh(() => undefined);
    expect([gone.n, gone.previousN]).toEqual([610, 610]);
    expect((state.settings.get(RECIPE_KEY) as Recipe).source).toEqual({ sheet: "Wave 2", address: "A1:BH611", anchor: "A1", columns: 60 });
  }, 30_000);
});
