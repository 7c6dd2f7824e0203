/**
 * Refresh follows the data (issue #11): the author generates the report on the 600-respondent
 * sample, 100 responses are appended under the survey, the workbook is saved and reopened, and one
 * click on Refresh reads 700 respondents — the Summary's count and NPS follow (checked against an
 * independent count and NPS of the sheet's rows) and the pane says "700 respondents (was 600)".
 */
import { respondentsText, uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { expectClose } from "../helpers/close";
import { describeBrowser, expectedNps, finished, openPane, pageErrors, sheetCells, summaryNps, surveyRows, useBrowser, type FakeWindow } from "./harness";

describeBrowser("Refresh follows the survey's rows (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("appended responses are in after Refresh: n 600 → 700, NPS recomputed, the pane says (was 600)", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const author = await openPane("en-US");
    await author.getByRole("button", { name: s.start.useSelection }).click();
    await author.getByRole("button", { name: s.generate.button }).click();
    await finished(author, s.done.title, s.errors.generateTitle, "follows-generate-error.png");
    await expect(author.getByText(respondentsText(s, 600)).count()).resolves.toBeGreaterThan(0);

    // 100 new responses right under the survey: the first 100 respondents' answers again, new ids.
    const appended = surveyRows.slice(1, 101).map((row, i) => row.map((cell, c) => (c === 0 ? `N${String(i + 1).padStart(4, "0")}` : cell)));
    const saved = await author.evaluate(
      ({ rows, at }) => {
        const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
        f.setCells(w.state, "Survey", at, rows);
        return f.saveWorkbook(w.state);
      },
      { rows: appended, at: `A${surveyRows.length + 1}` },
    );
    await author.context().close();

    const page = await openPane("en-US", { workbook: saved });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    await refresh.click();
    await finished(page, s.done.title, s.errors.refreshTitle, "follows-refresh-error.png");

    // The pane: the new count and the old one.
    await expect(page.getByText(respondentsText(s, 700, 600)).count()).resolves.toBeGreaterThan(0);
    // The Summary: its respondents figure and its NPS over all 700 rows.
    const summary = await sheetCells(page, t.sheetNames.summary);
    const label = Object.keys(summary).find((a) => summary[a].value === t.summary.tiles.respondents || summary[a].value === t.summary.respondents);
    expect(label).toBeDefined();
    const values = Object.values(summary).map((cell) => cell.value);
    expect(values).toContain(700);
    expect(values).not.toContain(600);
    expectClose(summaryNps(summary, t.summary.nps), expectedNps([...surveyRows, ...appended]));
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
