/**
 * Refresh finds a survey that is no longer at its place (issue #11): its sheet renamed → found
 * again by its header row and the pane says where; moved where the bounded search does not look
 * (below row 50 of a sheet that starts with other notes) → the pane asks, the user selects the
 * survey and clicks "Use the selection as the survey" → refreshed from there, 600 respondents.
 * Never Excel's raw "ItemNotFound" text.
 */
import { format, respondentsText, uiStrings } from "../../src/i18n/ui";
import { describeBrowser, finished, openPane, pageErrors, surveyRows, useBrowser, type FakeWindow } from "./harness";
import type { Page } from "playwright-core";

/** Generates the report on the sample survey and returns the saved workbook after `edit` ran in the page. */
async function generatedThen(edit: string, rows: (string | number)[][]): Promise<string> {
  const s = uiStrings("en");
  const author = await openPane("en-US");
  await author.getByRole("button", { name: s.start.useSelection }).click();
  await author.getByRole("button", { name: s.generate.button }).click();
  await finished(author, s.done.title, s.errors.generateTitle, "moved-generate-error.png");
  const saved = await author.evaluate(
    ({ edit, rows }) => {
      const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
      new Function("f", "state", "rows", edit)(f, w.state, rows);
      return f.saveWorkbook(w.state);
    },
    { edit, rows },
  );
  await author.context().close();
  return saved;
}

async function clickRefresh(page: Page): Promise<void> {
  const s = uiStrings("en");
  const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
  await refresh.waitFor();
  await refresh.click();
}

describeBrowser("Refresh of a survey that moved (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("a renamed survey sheet is found again by its header row, and the pane says where", async () => {
    const s = uiStrings("en");
    const saved = await generatedThen(`f.findSheet(state, "Survey").name = "Responses 2026";`, []);
    const page = await openPane("en-US", { workbook: saved });
    await clickRefresh(page);
    await finished(page, s.done.title, s.errors.refreshTitle, "moved-renamed-error.png");
    await expect(page.getByText(format(s.done.movedTo, { range: "'Responses 2026'!A1" })).count()).resolves.toBe(1);
    await expect(page.getByText(respondentsText(s, 600, 600)).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("main").innerText()).resolves.not.toMatch(/ItemNotFound/);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("a survey moved out of sight is asked for; the selection is used once the user points at it", async () => {
    const s = uiStrings("en");
    const move = `
      const old = f.findSheet(state, "Survey");
      state.sheets.splice(state.sheets.indexOf(old), 1);
      const archive = f.newSheet(state, "Archive");
      state.sheets.unshift(archive);
      f.setCells(state, "Archive", "A1", [["Survey archived on 2 December"]]);
      f.setCells(state, "Archive", "A60", rows);`;
    const saved = await generatedThen(move, surveyRows);
    const page = await openPane("en-US", { workbook: saved });
    await clickRefresh(page);
    const use = page.getByRole("button", { name: s.errors.useSelectionAsSurvey });
    await use.waitFor();
    await expect(page.getByRole("alert").innerText()).resolves.toMatch(/header row was not found on any sheet/);
    await expect(page.locator("main").innerText()).resolves.not.toMatch(/ItemNotFound/);

    // The user selects the survey's top-left cell and points at it.
    await page.evaluate(() => {
      (window as unknown as FakeWindow).__csInstalled.state.selection = "Archive!A60";
    });
    await use.click();
    await finished(page, s.done.title, s.errors.refreshTitle, "moved-pointed-error.png");
    await expect(page.getByText(respondentsText(s, 600, 600)).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText(format(s.done.movedTo, { range: "'Archive'!A60:BH660" })).count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
