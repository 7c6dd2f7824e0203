/**
 * The folded "More options" (issue #13: importance by key drivers, the p-value adjustment): closed
 * after Use selection, opened by keyboard or click, and the choice made there reaches the report —
 * Shapley importance on the Priorities sheet, with its method text and R²; the Kano rule (more
 * than one Q answer left out) stated on the Kano sheet; the raking field's validation message.
 */
import { uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { describeBrowser, finished, openPane, pageErrors, sheetCells, useBrowser } from "./harness";

describeBrowser("More options (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("folds the method choices; Shapley chosen there is what the Priorities sheet uses", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();

    const importance = page.getByRole("combobox", { name: s.options.importance, exact: true });
    await expect(importance.count()).resolves.toBe(0); // folded
    const more = page.getByRole("button", { name: s.options.more, exact: true });
    await expect(more.getAttribute("aria-expanded")).resolves.toBe("false");
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(more.getAttribute("aria-expanded")).resolves.toBe("true");
    for (const name of [s.options.crosshair, s.options.importance, s.options.pAdjust, s.options.reportLanguage]) {
      await expect(page.getByRole("combobox", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    // Raking (issue #14): the margins field says at once when the text is no address; cleared, the survey's weights.
    const rake = page.getByRole("textbox", { name: s.options.rake });
    await rake.fill("two words");
    await expect(page.getByText(s.options.rakeBadAddress, { exact: true }).isVisible()).resolves.toBe(true);
    await rake.fill("Margins!A1:C9");
    await expect(page.getByText(s.options.rakeBadAddress, { exact: true }).count()).resolves.toBe(0);
    await rake.fill("");
    await importance.click();
    await page.getByRole("option", { name: s.options.importanceMethods.shapley, exact: true }).click();
    // Kano (issue #14): leave out respondents with more than one Q answer.
    await page.getByRole("combobox", { name: s.options.kanoMaxQuestionable, exact: true }).click();
    await page.getByRole("option", { name: s.options.kanoDropAbove.replace("{count}", "1"), exact: true }).click();

    await page.getByRole("button", { name: s.generate.button, exact: true }).click();
    await finished(page, s.done.title, s.errors.generateTitle, "more-options-error.png");
    const texts = Object.values(await sheetCells(page, t.sheetNames.priority)).map((c) => String(c.value));
    expect(texts.some((x) => x.includes(t.priority.importanceShapley))).toBe(true);
    expect(texts.some((x) => x.includes("R²"))).toBe(true);
    const kano = Object.values(await sheetCells(page, t.sheetNames.kano)).map((c) => String(c.value));
    const [before] = t.kano.droppedQuestionable.split("{max}");
    expect(kano.some((x) => x.startsWith(before) && x.includes("1"))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
