/**
 * Nothing analysable (issue #11): a selection whose columns hold only names, cities and comments
 * is said to have nothing to analyse right after Use selection — before any click on Generate —
 * and Generate stays disabled (described by the message).
 */
import { uiStrings } from "../../src/i18n/ui";
import { createWorkbookState, saveWorkbook } from "../fake-excel";
import { describeBrowser, openPane, pageErrors, useBrowser } from "./harness";

describeBrowser("nothing to analyse (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("says at once that no column can give a figure, and Generate is disabled", async () => {
    const s = uiStrings("en");
    const cities = ["Lisbon", "Porto", "Faro", "Braga"];
    const rows: (string | number)[][] = [["Name", "City", "Comment"]];
    for (let i = 0; i < 40; i++) rows.push([`Customer ${i + 1}`, cities[i % cities.length], i % 3 === 0 ? "Friendly staff" : "Long queue at the desk"]);
    const page = await openPane("en-US", { workbook: saveWorkbook(createWorkbookState({ sheets: [{ name: "Notes", rows }], selection: "Notes!A1" })) });
    await page.getByRole("button", { name: s.start.useSelection }).click();

    const message = page.getByRole("alert").filter({ hasText: s.errors.noAnalysable });
    await message.waitFor();
    const generate = page.getByRole("button", { name: s.generate.button });
    await expect(generate.isDisabled()).resolves.toBe(true);
    await expect(generate.getAttribute("aria-describedby")).resolves.toBe("cs-nothing-to-analyse");
    // No report sheet was written.
    const sheets = await page.evaluate(() =>
      (window as unknown as { __csInstalled: { state: { sheets: { name: string }[] } } }).__csInstalled.state.sheets.map((sh) => sh.name),
    );
    expect(sheets).toEqual(["Notes"]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
