/**
 * Progress you can follow (issue #11), in headless Chromium on the fake Excel: reading a
 * 20,000-respondent survey, the pane counts rows with the locale's digit separators (en "2,600 of
 * 20,000", es "12.345 de 20.000") and, with every round trip slowed, says how long is left once
 * enough is read; a small survey read in one go, and the end of any read, show no estimate.
 * No timings are asserted (speed is scripts/bench-pane.ts's).
 */
import type { Page } from "playwright-core";
import { uiStrings } from "../../src/i18n/ui";
import { describeBrowser, fillSurvey, openPane, pageErrors, useBrowser, type FakeWindow } from "./harness";

/** Records every text the progress status shows (role=status), in order, without repeats. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __status: string[] }).__status = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = (el.textContent ?? "").trim();
        if (text !== "" && seen[seen.length - 1] !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { __status: string[] }).__status]);
}

const slow = (page: Page, ms: number): Promise<void> =>
  page.evaluate((latency) => {
    (window as unknown as FakeWindow).__csInstalled.state.latencyMs = latency;
  }, ms);

/** Reads the page's survey with Use selection; the status texts seen on the way. */
async function readSurvey(page: Page, lang: "en" | "es"): Promise<string[]> {
  const s = uiStrings(lang);
  const statuses = await recordStatus(page);
  await page.getByRole("button", { name: s.start.useSelection }).click();
  await page.getByRole("button", { name: s.generate.button }).waitFor({ timeout: 120_000 });
  return statuses();
}

describeBrowser("progress text: digit separators and the time left (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("en: 20,000 rows read slowly — separators, then 'about N seconds left', none at the end", async () => {
    const page = await openPane("en-US");
    await fillSurvey(page, 20_000);
    await slow(page, 400);
    const seen = await readSurvey(page, "en");
    const rows = seen.filter((t) => t.startsWith("Read "));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((t) => / of 20,000 rows/.test(t))).toBe(true);
    expect(rows.some((t) => /^Read \d{1,2},\d{3} of 20,000 rows/.test(t))).toBe(true);
    expect(seen.join("\n")).not.toMatch(/20000/);
    // Enough read at this pace: an estimate in whole seconds.
    expect(rows.some((t) => /^Read [\d,]+ of 20,000 rows · about \d+ seconds? left$/.test(t))).toBe(true);
    // All read, the answers checked (95 % done): what is left is under 2 s, so no estimate.
    expect(seen).toContain(uiStrings("en").generate.steps.survey);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("es: the same in Spanish, with '.' grouping five-digit counts", async () => {
    const page = await openPane("es-ES");
    await fillSurvey(page, 20_000);
    await slow(page, 400);
    const seen = await readSurvey(page, "es");
    const rows = seen.filter((t) => t.startsWith("Leídas "));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((t) => / de 20\.000 filas/.test(t))).toBe(true);
    expect(rows.some((t) => /^Leídas \d{2}\.\d{3} de 20\.000 filas/.test(t))).toBe(true);
    expect(rows.some((t) => /^Leídas [\d.]+ de 20\.000 filas, quedan? aproximadamente \d+ segundos?$/.test(t))).toBe(true);
    expect(seen).toContain(uiStrings("es").generate.steps.survey);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("a survey read in one round trip shows its rows and no estimate", async () => {
    const page = await openPane("en-US");
    const seen = await readSurvey(page, "en");
    expect(seen).toContain("Read 600 of 600 rows");
    expect(seen.some((t) => / left$/.test(t))).toBe(false);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
