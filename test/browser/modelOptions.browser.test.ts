/**
 * The satisfaction model under More options (issue #15, part 5), in headless Chromium over the fake
 * Excel: choosing ECSI proposes the sample survey's columns for its constructs (overall →
 * Satisfaction, recommend → Loyalty, Fees → Perceived value, SERVQUAL expectations → Expectation),
 * the model preview draws the model and lists its paths and the constructs left out, moving a column to another
 * construct takes it from the first, IPMA importance is offered once there is a model, and Generate
 * writes the Model sheet with the index table and a Priorities sheet ranked by IPMA importance.
 */
import { uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { choose, describeBrowser, finished, openPane, openSelect, pageErrors, sheetCells, sheetList, useBrowser } from "./harness";

describeBrowser("Satisfaction model option (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("ECSI: columns proposed per construct, the preview follows the choices, and the Model sheet is written", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const names = t.model.constructNames;
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    await page.getByRole("button", { name: s.options.more, exact: true }).click();

    // IPMA importance is offered only with a model.
    await openSelect(page, s.options.importance, s.options.importanceMethods.shapley);
    await expect(page.getByRole("option", { name: s.options.importanceMethods.ipma, exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press("Escape");

    await choose(page, s.options.model, t.model.templates.ecsi);
    const construct = (k: keyof typeof names) => page.getByRole("combobox", { name: names[k], exact: true });
    await expect(construct("satisfaction").textContent()).resolves.toContain("Overall satisfaction");
    await expect(construct("loyalty").textContent()).resolves.toContain("Likelihood to recommend (0-10)");
    await expect(construct("value").textContent()).resolves.toContain("Fees - satisfaction");
    await expect(construct("expectation").textContent()).resolves.toContain("Expectation: Waiting time");

    // The drawing: a box per construct measured (five) with its name, an arrow per path (seven), within the pane.
    const diagram = page.getByTestId("cs-model-diagram");
    const drawn = async () => ({ boxes: await diagram.locator("rect").count(), arrows: await diagram.locator("line").count() });
    await expect(drawn()).resolves.toEqual({ boxes: 5, arrows: 7 });
    await expect(diagram.locator("text").allTextContents()).resolves.toEqual(
      [names.expectation, names.quality, names.value, names.satisfaction, names.loyalty].map((n) => n.replace(" ", "")),
    );
    const frame = await diagram.boundingBox();
    expect(frame!.x).toBeGreaterThanOrEqual(0);
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const preview = page.getByRole("list", { name: s.options.modelPreview });
    const lines = async (): Promise<string[]> => (await preview.getByRole("listitem").allTextContents()).map((x) => x.trim());
    await expect(lines()).resolves.toEqual([
      `${names.quality} ← ${names.expectation}`,
      `${names.value} ← ${names.expectation}, ${names.quality}`,
      `${names.satisfaction} ← ${names.expectation}, ${names.quality}, ${names.value}`,
      `${names.loyalty} ← ${names.satisfaction}`,
      `Left out (no column): ${names.image}, ${names.complaints}`,
    ]);

    // Fees chosen for perceived quality: taken from perceived value, which is then left out.
    await openSelect(page, names.quality, "Fees - satisfaction", "menuitemcheckbox");
    // A multiselect's list is a menu of checkable items (Fluent's roles); it stays within the pane.
    const menu = page.getByRole("menu");
    const box = await menu.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.getByRole("menuitemcheckbox", { name: "Fees - satisfaction", exact: true }).click();
    await page.keyboard.press("Escape");
    await expect(construct("value").textContent()).resolves.not.toContain("Fees");
    await expect(lines()).resolves.toContain(`Left out (no column): ${names.image}, ${names.value}, ${names.complaints}`);
    await expect(drawn()).resolves.toEqual({ boxes: 4, arrows: 4 });

    await choose(page, s.options.importance, s.options.importanceMethods.ipma);

    await page.getByRole("button", { name: s.generate.button, exact: true }).click();
    await finished(page, s.done.title, s.errors.generateTitle, "model-options-error.png");
    expect((await sheetList(page)).map((x) => x.name)).toContain(t.sheetNames.model);
    const model = Object.values(await sheetCells(page, t.sheetNames.model)).map((c) => c.value);
    expect(model).toContain(t.model.indexHeaders[1]);
    expect(model).toContain(names.satisfaction);
    expect(model).not.toContain(names.value);
    // The Priorities sheet takes its importance from the model's IPMA.
    const priority = Object.values(await sheetCells(page, t.sheetNames.priority)).map((c) => String(c.value));
    expect(priority.some((x) => x.includes("IPMA") && x.includes(names.satisfaction))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
