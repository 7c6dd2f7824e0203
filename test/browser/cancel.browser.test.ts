/**
 * Cancel (issue #11): while Generate writes the report (every Excel round trip slowed to 400 ms in
 * the fake), the user clicks Cancel → the pane says it was cancelled and the workbook — every
 * sheet, cell, table, chart and setting (fake-excel workbookSnapshot) — is exactly as before.
 * The same for Refresh of an existing report: the old report stays intact.
 */
import { uiStrings } from "../../src/i18n/ui";
import type { Page } from "playwright-core";
import { describeBrowser, finished, openPane, pageErrors, useBrowser, type FakeWindow } from "./harness";

const snapshotOf = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
    return JSON.stringify(f.workbookSnapshot(w.state));
  });

const slow = (page: Page, ms: number): Promise<void> =>
  page.evaluate((latency) => {
    (window as unknown as FakeWindow).__csInstalled.state.latencyMs = latency;
  }, ms);

/** Starts a task with every round trip slowed, clicks Cancel once it writes, and expects the workbook exactly as before. */
async function expectCancelLeavesWorkbook(page: Page, start: () => Promise<void>): Promise<void> {
  const s = uiStrings("en");
  const before = await snapshotOf(page);
  await slow(page, 400);
  await start();
  await page.getByText(s.generate.steps.write).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: s.errors.cancel, exact: true }).click();
  await page.getByText(s.errors.cancelled).waitFor({ timeout: 30_000 });
  await slow(page, 0);
  expect(await snapshotOf(page)).toBe(before);
}

describeBrowser("Cancel leaves the workbook as it was (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("Generate cancelled while writing: the workbook is unchanged and the pane says so", async () => {
    const s = uiStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();
    const generate = page.getByRole("button", { name: s.generate.button });
    await generate.waitFor();
    await expectCancelLeavesWorkbook(page, () => generate.click());
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("Refresh cancelled while writing: the old report is intact", async () => {
    const s = uiStrings("en");
    const author = await openPane("en-US");
    await author.getByRole("button", { name: s.start.useSelection }).click();
    await author.getByRole("button", { name: s.generate.button }).click();
    await finished(author, s.done.title, s.errors.generateTitle, "cancel-generate-error.png");
    const saved = await author.evaluate(() => {
      const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
      return f.saveWorkbook(w.state);
    });
    await author.context().close();

    const page = await openPane("en-US", { workbook: saved });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    await expectCancelLeavesWorkbook(page, () => refresh.click());
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
