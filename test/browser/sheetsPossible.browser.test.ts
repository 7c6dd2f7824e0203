/**
 * Sheets the data cannot give (issue #11 item 3): on the bundled sample survey with its Kano
 * columns set to Ignore, the Kano checkbox is unchecked and disabled with the reason beside it
 * (aria-describedby); a Kano pair brings it back; Generate writes no Kano sheet and the result
 * lists the sheets written.
 */
import path from "node:path";
import { uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { sampleSurvey } from "../../src/sample/sampleSurvey";
import { detectRoles } from "../../src/survey/roles";
import { createWorkbookState, saveWorkbook } from "../fake-excel";
import { ARTIFACTS, describeBrowser, finished, openPane, pageErrors, useBrowser, type FakeWindow } from "./harness";
import type { Page } from "playwright-core";

const setRole = async (page: Page, header: string, role: string): Promise<void> => {
  await page.getByRole("combobox", { name: `Role of ${header}`, exact: true }).click();
  await page.getByRole("option", { name: role, exact: true }).click();
};

describeBrowser("sheets the roles cannot give (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("shows Kano disabled with its reason once the Kano columns are ignored, and Generate writes no Kano sheet", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const [headers, ...rows] = sampleSurvey();
    const kanoColumns = detectRoles(headers, rows).filter((p) => p.role.startsWith("kano_"));
    expect(kanoColumns).toHaveLength(4);
    const workbook = saveWorkbook(createWorkbookState({ sheets: [{ name: "Survey", rows: sampleSurvey() }], selection: "Survey!A1" }));
    const page = await openPane("en-US", { workbook });
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();

    const kano = page.getByRole("checkbox", { name: s.options.sheetNames.kano, exact: true });
    await expect(kano.isDisabled()).resolves.toBe(false);
    await expect(kano.isChecked()).resolves.toBe(true);
    for (const p of kanoColumns) await setRole(page, p.header, s.roles.ignore);

    await expect(kano.isDisabled()).resolves.toBe(true);
    await expect(kano.isChecked()).resolves.toBe(false);
    const reasonId = await kano.getAttribute("aria-describedby");
    expect(reasonId).toBeTruthy();
    await expect(page.locator(`[id="${reasonId}"]`).innerText()).resolves.toBe(s.options.sheetMissing.kanoMissing);
    await expect(page.getByText(s.options.sheetMissing.kanoMissing, { exact: true }).isVisible()).resolves.toBe(true);

    // One Kano pair back: the sheet is possible and checked again; then ignored once more.
    await setRole(page, kanoColumns[0].header, s.roles[kanoColumns[0].role]);
    await setRole(page, kanoColumns[1].header, s.roles[kanoColumns[1].role]);
    await expect(kano.isDisabled()).resolves.toBe(false);
    await expect(kano.isChecked()).resolves.toBe(true);
    await expect(page.getByText(s.options.sheetMissing.kanoMissing, { exact: true }).count()).resolves.toBe(0);
    await setRole(page, kanoColumns[0].header, s.roles.ignore);
    await expect(kano.isDisabled()).resolves.toBe(true);

    await page.getByRole("button", { name: s.generate.button }).click();
    await finished(page, s.done.title, s.errors.generateTitle, "sheets-possible");
    // The sample has no expectation/perception pair either: Gaps is left out as well.
    const written = [t.sheetNames.summary, t.sheetNames.priority, t.sheetNames.segments, t.sheetNames.trend];
    await expect(page.getByRole("button", { name: /^Open sheet / }).allTextContents()).resolves.toEqual(written);
    const sheets = await page.evaluate(() => (window as unknown as FakeWindow).__csInstalled.state.sheets.map((sh) => sh.name));
    expect(sheets).toEqual(["Survey", ...written]);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it.each([
    ["zh-CN", "zh-CN"],
    ["es-ES", "es"],
  ] as const)(
    "%s: a survey without Kano columns shows the reason in the pane's language",
    async (display, lang) => {
      const s = uiStrings(lang);
      const all = sampleSurvey();
      const keep = all[0].map((_, i) => i).filter((i) => !/functional/.test(String(all[0][i])));
      const rows = all.map((r) => keep.map((i) => r[i]));
      const page = await openPane(display, { workbook: saveWorkbook(createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!A1" })) });
      await page.getByRole("button", { name: s.start.useSelection }).click();
      await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
      const kano = page.getByRole("checkbox", { name: s.options.sheetNames.kano, exact: true });
      await expect(kano.isDisabled()).resolves.toBe(true);
      const reasonId = await kano.getAttribute("aria-describedby");
      await expect(page.locator(`[id="${reasonId}"]`).innerText()).resolves.toBe(s.options.sheetMissing.kanoMissing);
      // Summary and Priorities stay enabled and checked.
      for (const key of ["summary", "priority"] as const) {
        const box = page.getByRole("checkbox", { name: s.options.sheetNames[key], exact: true });
        await expect(Promise.all([box.isDisabled(), box.isChecked()])).resolves.toEqual([false, true]);
      }
      await page.getByRole("heading", { name: s.options.heading, exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `sheets-possible-${lang}.png`) });
      expect(pageErrors).toEqual([]);
    },
    60_000,
  );
});
