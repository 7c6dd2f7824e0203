/**
 * Layout at a real task-pane size (issue #11, "First run" and "Layout at a real pane size"): at
 * 320 × 560 CSS px, in en, zh-CN and es, after Use selection on the sample survey the Generate
 * button is on screen without scrolling (and stays there while the body scrolls); every role
 * dropdown shows its whole role name; the page itself never scrolls (the body is the one
 * scroller); the pane-language picker is in Settings, not the header; the placemat folds away once
 * a survey is read and opens again; the Help link points at the bundled help page, which the
 * build emitted. Tabbing down the roles list never hides the focus under the action bar; Refresh
 * (a stored report) and Generate (beside the written report) are on screen too. The role
 * dropdowns still open by mouse and keyboard.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { ARTIFACTS, describeBrowser, finished, openPane, pageErrors, useBrowser, type FakeWindow } from "./harness";

const VIEWPORT = { width: 320, height: 560 };

/** True when the element's box lies wholly inside the viewport and it is the topmost thing at its centre. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  return target.evaluate((el, vp) => {
    const r = el.getBoundingClientRect();
    const inside = r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= vp.width && r.bottom <= vp.height;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && hit !== null && el.contains(hit);
  }, VIEWPORT);
}

/** The role dropdowns whose visible text is cut (overflows its box), with what they show. */
const truncatedRoles = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[role=combobox][aria-label]")]
      .filter((c) => c.closest("[role=region]") !== null)
      .map((c) => ({ label: c.getAttribute("aria-label") ?? "", text: c.querySelector<HTMLElement>("span[title]")! }))
      .filter(({ text }) => text.scrollWidth > text.clientWidth || text.scrollHeight > text.clientHeight || text.getBoundingClientRect().width === 0)
      .map(({ label, text }) => `${label}: ${text.textContent ?? ""}`),
  );

const PANES: [string, UiLanguage][] = [
  ["en-US", "en"],
  ["zh-CN", "zh-CN"],
  ["es-ES", "es"],
];

describeBrowser("task pane layout at 320 × 560 (headless Chromium, fake Excel)", () => {
  useBrowser();

  it.each(PANES)(
    "%s: Generate on screen, whole role names, picker in Settings, placemat folds, Help bundled",
    async (display, lang) => {
      const s = uiStrings(lang);
      const page = await openPane(display, { viewport: VIEWPORT });
      const useSelection = page.getByRole("button", { name: s.start.useSelection, exact: true });
      await useSelection.waitFor();

      // First run: the placemat is open and the stage's action is already on screen.
      await expect(page.getByText(s.placemat.does).isVisible()).resolves.toBe(true);
      await expect(onScreen(page, useSelection)).resolves.toBe(true);

      // The language picker is in Settings, not in the header.
      await expect(page.locator("header").getByRole("combobox").count()).resolves.toBe(0);
      const settings = page.locator("section[aria-labelledby='cs-settings']");
      await expect(settings.getByRole("combobox").textContent()).resolves.toContain(s.languageName);
      await expect(settings.getByText(s.paneLanguage, { exact: true }).count()).resolves.toBe(1);

      // Help: a link to the bundled page at this language's part; the build serves that page.
      const help = settings.getByRole("link", { name: new RegExp(`^${s.settings.help}`) });
      await expect(help.getAttribute("href")).resolves.toBe(`help.html#${lang}`);
      const res = await page.request.get(new URL(`help.html`, page.url()).href);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain(`<section id="${lang}" lang="${lang}">`);
      // Clicking it opens that page outside the pane (a new tab here: the fake Office has no browser window).
      const [opened] = await Promise.all([page.context().waitForEvent("page"), help.click()]);
      await opened.waitForLoadState();
      expect(opened.url()).toBe(new URL(`help.html#${lang}`, page.url()).href);
      await expect(opened.locator(`section[id="${lang}"] h1`).isVisible()).resolves.toBe(true);
      await opened.close();

      await useSelection.click();
      await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
      const generate = page.getByRole("button", { name: s.generate.button, exact: true });

      // Generate is on screen without any scrolling, and the page itself does not scroll.
      await expect(onScreen(page, generate)).resolves.toBe(true);
      const box = (await generate.boundingBox())!;
      console.log(`Layout ${lang} 320×560: Generate at y ${Math.round(box.y)}–${Math.round(box.y + box.height)} px without scrolling`);
      // What a manager sees at this size (docs/screenshots/taskpane-320x560-<lang>.png is copied from it).
      await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-320x560-${lang}.png`) });
      await expect(page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight <= window.innerHeight])).resolves.toEqual([0, true]);

      // The placemat folded to one line; it opens again and folds again.
      const placemat = page.getByRole("button", { name: s.placemat.heading, exact: true });
      await expect(placemat.getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(page.getByText(s.placemat.does).count()).resolves.toBe(0);
      await placemat.click();
      await page.getByText(s.placemat.does).waitFor({ state: "visible" });
      await expect(placemat.getAttribute("aria-expanded")).resolves.toBe("true");
      await placemat.click();
      await page.getByText(s.placemat.does).waitFor({ state: "hidden" }); // after the collapse motion
      await expect(placemat.getAttribute("aria-expanded")).resolves.toBe("false");

      // Every role dropdown shows the whole role name (60 columns of the sample).
      await expect(page.getByRole("region", { name: s.columns.tableLabel }).getByRole("combobox").count()).resolves.toBe(60);
      await expect(truncatedRoles(page)).resolves.toEqual([]);
      // The longest role names, set on one column, are not cut either.
      const weight = page.getByRole("combobox", { name: s.columns.roleLabel.replace("{header}", "Weight"), exact: true });
      for (const role of ["recommend", "overall", "competitor", "kano_dysfunctional"] as const) {
        await weight.click();
        await page.getByRole("option", { name: s.roles[role], exact: true }).click();
        await expect(weight.textContent()).resolves.toBe(s.roles[role]);
        await expect(truncatedRoles(page)).resolves.toEqual([]);
      }

      // Tabbing down the roles list: each focused dropdown is scrolled into view above the action bar, not under it.
      const bar = page.getByRole("group", { name: s.start.heading, exact: true });
      await page.getByRole("region", { name: s.columns.tableLabel }).getByRole("combobox").first().focus();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        const [focused, barTop] = await Promise.all([
          page.evaluate(() => document.activeElement!.getBoundingClientRect().bottom),
          bar.evaluate((el) => el.getBoundingClientRect().top),
        ]);
        expect({ i, clear: focused <= barTop }).toEqual({ i, clear: true });
      }

      // Generate stays on screen with the body scrolled to the end of the roles list.
      await page.locator("#cs-body").evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(onScreen(page, generate)).resolves.toBe(true);
      await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
      await page.screenshot({ path: `test-artifacts/layout-${lang}-320x560.png` });
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  it("keeps each stage's primary action on screen: Generate beside the written report, Refresh in a colleague's copy", async () => {
    const s = uiStrings("en");
    const author = await openPane("en-US", { viewport: VIEWPORT });
    await author.getByRole("button", { name: s.start.useSelection, exact: true }).click();
    const generate = author.getByRole("button", { name: s.generate.button, exact: true });
    await generate.click();
    await finished(author, s.done.title, s.errors.generateTitle, "layout-generate-error.png");
    // The result took the focus (scrolled into the body's view); Generate is still on screen, the page unscrolled.
    await expect(author.getByRole("button", { name: /^Open sheet / }).count()).resolves.toBe(6);
    await expect(author.evaluate(() => document.activeElement?.closest("section")?.getAttribute("aria-labelledby"))).resolves.toBe("cs-result");
    await expect(onScreen(author, generate)).resolves.toBe(true);
    await expect(author.evaluate(() => window.scrollY)).resolves.toBe(0);
    const saved = await author.evaluate(() => {
      const w = window as unknown as FakeWindow;
      return w.__csFake.saveWorkbook(w.__csInstalled.state);
    });
    await author.context().close();

    const page = await openPane("en-US", { workbook: saved, viewport: VIEWPORT });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    await expect(onScreen(page, refresh)).resolves.toBe(true);
    await expect(onScreen(page, page.getByRole("button", { name: s.start.newReport, exact: true }))).resolves.toBe(true);
    await page.getByRole("button", { name: s.start.newReport, exact: true }).click();
    await expect(onScreen(page, page.getByRole("button", { name: s.start.useSelection, exact: true }))).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("opens a role dropdown from the keyboard and changes the role (Enter, End, Enter)", async () => {
    const s = uiStrings("es");
    const page = await openPane("es-ES", { viewport: VIEWPORT });
    await page.getByRole("button", { name: s.start.useSelection, exact: true }).click();
    const branch = page.getByRole("combobox", { name: s.columns.roleLabel.replace("{header}", "Branch"), exact: true });
    await branch.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("listbox").isVisible()).resolves.toBe(true);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect(branch.textContent()).resolves.toBe(s.roles.ignore);
    await expect(page.getByRole("listbox").count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
