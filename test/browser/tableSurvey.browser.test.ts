/**
 * The survey as an Excel table (issue #11): Use selection on the 600-respondent sample → the pane
 * offers to make it a table → Make it a table → a table stands over the survey, every cell as it
 * was; Generate; 50 responses added to the table (table.rows.add in the page's fake workbook); the
 * workbook saved and reopened; Refresh → the Summary counts 650 and the pane says "(was 600)".
 */
import { respondentsText, uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { RECIPE_KEY, type Recipe } from "../../src/excel/recipe";
import { expectClose } from "../helpers/close";
import {
  columnName,
  describeBrowser,
  expectedNps,
  finished,
  openPane,
  pageErrors,
  sheetCells,
  summaryNps,
  surveyRows,
  useBrowser,
  type FakeWindow,
} from "./harness";

describeBrowser("the survey made an Excel table (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("offer → Make it a table (cells unchanged) → Generate → 50 rows added to the table → Refresh: n 650 (was 600)", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const author = await openPane("en-US");
    await author.getByRole("button", { name: s.start.useSelection }).click();
    await author.getByText(s.tableOffer.offer).waitFor();
    const before = await sheetCells(author, "Survey");
    await author.getByRole("button", { name: s.tableOffer.make }).click();

    const tables = () =>
      author.evaluate(() =>
        (window as unknown as FakeWindow).__csInstalled.state.sheets.flatMap((sh) =>
          sh.tables.map((tb) => ({ sheet: sh.name, name: String(tb.props.name), area: tb.area })),
        ),
      );
    await author.getByText(/^The survey is now the Excel table /).waitFor();
    const made = await tables();
    expect(made).toEqual([{ sheet: "Survey", name: made[0]?.name, area: { row: 0, col: 0, rows: surveyRows.length, cols: surveyRows[0].length } }]);
    await expect(author.getByText(s.tableOffer.made.replace("{table}", made[0].name)).count()).resolves.toBe(1);
    expect(await sheetCells(author, "Survey")).toEqual(before);
    await expect(author.getByRole("button", { name: s.tableOffer.make }).count()).resolves.toBe(0);

    await author.getByRole("button", { name: s.generate.button }).click();
    await finished(author, s.done.title, s.errors.generateTitle, "table-generate-error.png");
    await expect(author.getByText(respondentsText(s, 600)).count()).resolves.toBeGreaterThan(0);

    // 50 new responses added to the table (as a user typing under it, or Power Automate's "Add a row into a table").
    const added = surveyRows.slice(1, 51).map((row, i) => row.map((cell, c) => (c === 0 ? `T${String(i + 1).padStart(4, "0")}` : cell)));
    const { saved, source } = await author.evaluate(
      async ({ rows, table, key }) => {
        const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
        const recipe = w.state.settings.get(key) as Recipe;
        await f.createFakeExcel(w.state).run(async (context) => {
          context.workbook.tables.getItem(table).rows.add(undefined, rows);
        });
        return { saved: f.saveWorkbook(w.state), source: recipe.source };
      },
      { rows: added, table: made[0].name, key: RECIPE_KEY },
    );
    await author.context().close();
    // The report remembers the survey by its table (rows added to a table need not sit right under the old ones).
    expect(source.table).toBe(made[0].name);

    const page = await openPane("en-US", { workbook: saved });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    await refresh.click();
    await finished(page, s.done.title, s.errors.refreshTitle, "table-refresh-error.png");

    await expect(page.getByText(respondentsText(s, 650, 600)).count()).resolves.toBeGreaterThan(0);
    const summary = await sheetCells(page, t.sheetNames.summary);
    const values = Object.values(summary).map((cell) => cell.value);
    expect(values).toContain(650);
    expect(values).not.toContain(600);
    expectClose(summaryNps(summary, t.summary.nps), expectedNps([...surveyRows, ...added]));
    // The added rows are the table's last ones, under the sample's.
    const survey = await sheetCells(page, "Survey");
    expect(survey[`A${surveyRows.length + 50}`]?.value).toBe("T0050");
    expect(survey[`${columnName(surveyRows[0].length - 1)}1`]?.value).toBe(surveyRows[0][surveyRows[0].length - 1]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("Not now: the offer goes, the survey stays a plain range and the report remembers it by its header row", async () => {
    const s = uiStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByText(s.tableOffer.offer).waitFor();
    await page.getByRole("button", { name: s.tableOffer.ignore }).click();
    await expect(page.getByText(s.tableOffer.offer).count()).resolves.toBe(0);
    await page.getByRole("button", { name: s.generate.button }).click();
    await finished(page, s.done.title, s.errors.generateTitle, "table-ignored-error.png");
    const { tables, source } = await page.evaluate((key) => {
      const { state } = (window as unknown as FakeWindow).__csInstalled;
      return { tables: state.sheets.find((sh) => sh.name === "Survey")?.tables.length, source: (state.settings.get(key) as Recipe).source };
    }, RECIPE_KEY);
    expect(tables).toBe(0);
    expect(source).toEqual({
      sheet: "Survey",
      address: `A1:${columnName(surveyRows[0].length - 1)}${surveyRows.length}`,
      anchor: "A1",
      columns: surveyRows[0].length,
    });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
