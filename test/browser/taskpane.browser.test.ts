/**
 * The built task pane in headless Chromium (DESIGN §6): the page as `npm run build:dev` makes it
 * (office.js from node_modules served at /office-js/), the fake Excel runtime injected before any
 * page script with a workbook holding the sample survey; click Use selection → the roles table →
 * Generate report → the sheet links; then the fake workbook must hold the five report sheets with
 * their tables and charts. A second page in zh-CN must speak Chinese, down to the skipped cells of
 * the report it generates. Refresh: the author edits recommend scores and adds a "Notes" sheet, a
 * colleague opens the saved workbook (fake-excel saveWorkbook/openWorkbook: sheet ids and settings
 * kept) and gets Refresh in one click — the report sheets are replaced (no "Summary (2)"), the NPS
 * follows the edit, Notes and the survey are untouched. Keyboard: Tab/Enter/Space alone from page
 * load to a written report, past the 60-dropdown roles table by its "Skip to options" button.
 * Header-row question (issue #8): headerless.csv is asked about before the roles table, and "Row 1
 * is a respondent" reads 200 respondents. Screenshots go to test-artifacts/ (git-ignored). No network: every
 * request not to 127.0.0.1 is aborted. The build, server and pages come from ./harness.ts.
 *
 * Needs Debian's chromium at /usr/bin/chromium (CHROMIUM_PATH overrides); CS_SKIP_BROWSER=1 skips.
 */
import * as path from "path";
import { RECIPE_KEY } from "../../src/excel/recipe";
import { format, uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";
import { createWorkbookState, saveWorkbook } from "../fake-excel";
import { fixtureCsvRows } from "../fixtures/exports";
import { excelTyped } from "../fixtures/exports/excelTyped";
import { expectClose } from "../helpers/close";
import {
  ARTIFACTS,
  changedCells,
  columnName,
  describeBrowser,
  expectedNps,
  finished,
  openPane,
  pageErrors,
  sheetCells,
  sheetList,
  summaryNps,
  surveyRows,
  useBrowser,
  type FakeWindow,
} from "./harness";
describeBrowser("task pane in headless Chromium (fake Excel)", () => {
  useBrowser();

  it("reads the selection, maps the columns, generates the report and links its sheets (en)", async () => {
    const s = uiStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();

    // The roles table: 60 columns, each with a role dropdown; Branch proposed as a segment.
    const table = page.getByRole("region", { name: s.columns.tableLabel });
    await table.waitFor();
    await expect(page.getByRole("combobox", { name: /^Role of / }).count()).resolves.toBe(60);
    await expect(page.getByRole("combobox", { name: "Role of Branch", exact: true }).textContent()).resolves.toContain(s.roles.segment);
    await expect(page.getByText("'Survey'!A1:BH601: 600 respondents, 60 columns").count()).resolves.toBe(1);

    await page.getByRole("button", { name: s.generate.button }).click();
    const t = reportStrings("en");
    const names = [t.sheetNames.summary, t.sheetNames.kano, t.sheetNames.gap, t.sheetNames.priority, t.sheetNames.segments, t.sheetNames.trend];
    const links = page.getByRole("button", { name: /^Open sheet / });
    await page.getByText(s.done.title).or(page.getByText(s.errors.generateTitle)).waitFor({ timeout: 60_000 });
    if ((await page.getByText(s.errors.generateTitle).count()) > 0) {
      await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en-error.png"), fullPage: true });
      throw new Error(`the pane shows an error:\n${await page.locator("main").innerText()}`);
    }
    await expect(links.allTextContents()).resolves.toEqual(names);

    const book = await page.evaluate(() => {
      const installed = (window as unknown as { __csInstalled: { state: import("../fake-excel").FakeWorkbookState } }).__csInstalled;
      return installed.state.sheets.map((sh) => ({ name: sh.name, cells: sh.cells.size, tables: sh.tables.length, charts: sh.charts.length }));
    });
    expect(book.map((b) => b.name)).toEqual(["Survey", ...names]);
    for (const sheet of book.slice(1)) {
      expect({ sheet: sheet.name, hasTable: sheet.tables > 0, hasChart: sheet.charts > 0, hasCells: sheet.cells > 10 }).toEqual({
        sheet: sheet.name,
        hasTable: true,
        hasChart: true,
        hasCells: true,
      });
    }

    // A sheet link activates its sheet.
    await links.filter({ hasText: t.sheetNames.kano }).click();
    await expect(
      page.evaluate(() => {
        const st = (window as unknown as { __csInstalled: { state: import("../fake-excel").FakeWorkbookState } }).__csInstalled.state;
        return st.sheets.find((sh) => sh.id === st.activeSheetId)?.name;
      }),
    ).resolves.toBe(t.sheetNames.kano);

    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("speaks Chinese when Office's display language is zh-CN", async () => {
    const s = uiStrings("zh-CN");
    const page = await openPane("zh-CN");
    await page.getByRole("button", { name: s.start.useSelection }).waitFor();
    await expect(page.getByText(s.start.heading, { exact: true }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    await expect(page.getByRole("button", { name: s.generate.button }).count()).resolves.toBe(1);
    // <html lang> follows the pane language.
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    // Generate: the skipped cells are listed in Chinese, like the rest of the pane.
    await page.getByRole("button", { name: s.generate.button }).click();
    await page.getByText(s.done.title).or(page.getByText(s.errors.generateTitle)).waitFor({ timeout: 60_000 });
    const skipped = await page.locator("section[aria-labelledby='cs-result'] li").allInnerTexts();
    // Skipped cells by their sheet address (the survey is at Survey!A1), said in Chinese.
    const problems = skipped.filter((t) => t.startsWith("Survey!"));
    expect(problems[0]).toBe("Survey!E15：“Very satisifed”不是 1–5 量表上的回答");
    expect(problems).toHaveLength(4);
    for (const p of problems)
      expect(
        p
          .replace(/^Survey![A-Z]+\d+/, "")
          .replace(/“[^”]*”/g, "")
          .replace("Kano", ""),
      ).not.toMatch(/[A-Za-z]/);
    // Clicking the address selects that cell in the workbook (and shows its sheet); focus stays in the pane.
    await page.getByRole("button", { name: format(s.done.selectCell, { cell: "Survey!E15" }) }).click();
    await expect(
      page.evaluate(() => {
        const st = (window as unknown as FakeWindow).__csInstalled.state;
        return { selection: st.selection, active: st.sheets.find((sh) => sh.id === st.activeSheetId)?.name };
      }),
    ).resolves.toEqual({ selection: "Survey!E15", active: "Survey" });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh-CN.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("works from the keyboard, in Spanish, in Office's dark theme", async () => {
    const s = uiStrings("es");
    const page = await openPane("es-ES", { theme: { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" } });
    await page.getByRole("button", { name: s.start.useSelection }).waitFor();
    // Focus order: Use selection first (the language picker is in Settings, after the actions: issue #11).
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(s.start.useSelection);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    // Focus moves to what was read; the next Tab stops are Skip to options (shown only while focused),
    // the labelled scrolling table region, then the table's role dropdowns.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/600 encuestados, 60 columnas$/);
    const skip = page.getByRole("button", { name: s.columns.skipToOptions, exact: true });
    await expect(skip.boundingBox().then((b) => (b?.width ?? 0) <= 1)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Saltar a las opciones");
    await expect(skip.boundingBox().then((b) => (b?.width ?? 0) > 20 && (b?.height ?? 0) > 10)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => [document.activeElement?.getAttribute("role"), document.activeElement?.getAttribute("aria-label")])).resolves.toEqual([
      "region",
      "Columnas de la encuesta y sus roles",
    ]);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Rol de Respondent ID");
    await expect(page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor)).resolves.toBe("rgb(41, 41, 41)");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-es-dark.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
  it("refreshes a colleague's copy of the workbook in one click: report replaced, user sheets untouched", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const names = [t.sheetNames.summary, t.sheetNames.kano, t.sheetNames.gap, t.sheetNames.priority, t.sheetNames.segments, t.sheetNames.trend];

    // Author: generate the report, then edit the survey and add a sheet of their own.
    const author = await openPane("en-US");
    await author.getByRole("button", { name: s.start.useSelection }).click();
    await author.getByRole("button", { name: s.generate.button }).click();
    await finished(author, s.done.title, s.errors.generateTitle, "taskpane-refresh-generate-error.png");
    const npsBefore = summaryNps(await sheetCells(author, t.sheetNames.summary), t.summary.nps);
    expectClose(npsBefore, expectedNps(surveyRows));

    const header = surveyRows[0];
    const rec = header.indexOf("Likelihood to recommend (0-10)");
    const detractors = surveyRows.map((row, i) => ({ row, i })).filter(({ row, i }) => i > 0 && typeof row[rec] === "number" && (row[rec] as number) <= 6);
    const edits = detractors.slice(0, 8).map(({ i }) => `${columnName(rec)}${i + 1}`); // 8 detractors become promoters
    expect(edits).toHaveLength(8);
    const surveyBefore = await sheetCells(author, "Survey");
    const notes = [
      ["Follow-up", "Harbour branch"],
      ["Owner", "Ana"],
      ["Due (week)", 27],
    ];
    await author.evaluate(
      ({ cells, notes }) => {
        const {
          __csFake: f,
          __csInstalled: { state },
        } = window as unknown as FakeWindow;
        for (const a of cells) f.setCells(state, "Survey", a, [[10]]);
        state.sheets.push(f.newSheet(state, "Notes"));
        f.setCells(state, "Notes", "B2", notes);
      },
      { cells: edits, notes },
    );
    const surveyEdited = await sheetCells(author, "Survey");
    expect(changedCells(surveyBefore, surveyEdited)).toEqual(edits);
    expect(edits.map((a) => surveyEdited[a])).toEqual(edits.map(() => ({ value: 10 })));
    const notesBefore = await sheetCells(author, "Notes");
    expect(notesBefore).toEqual({
      B2: { value: "Follow-up" },
      C2: { value: "Harbour branch" },
      B3: { value: "Owner" },
      C3: { value: "Ana" },
      B4: { value: "Due (week)" },
      C4: { value: 27 },
    });
    const sheetsBefore = await sheetList(author);
    expect(sheetsBefore.map((sh) => sh.name)).toEqual(["Survey", ...names, "Notes"]);
    const saved = await author.evaluate(() => {
      const w = window as unknown as FakeWindow;
      return w.__csFake.saveWorkbook(w.__csInstalled.state);
    });
    await author.context().close();

    // Colleague: opens the shared workbook; the pane offers Refresh (the recipe is in workbook.settings).
    const started = Date.now();
    const page = await openPane("en-US", { workbook: saved });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    await expect(page.getByText(format(s.start.refreshHint, { source: "'Survey'!A1:BH601" })).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: s.start.useSelection }).count()).resolves.toBe(0);
    await refresh.click();
    await finished(page, s.done.title, s.errors.refreshTitle, "taskpane-refresh-error.png");
    const refreshMs = Date.now() - started;
    await expect(page.getByRole("button", { name: /^Open sheet / }).allTextContents()).resolves.toEqual(names);

    // The report's sheets were replaced (new ids, same names, no "Summary (2)"); the user's sheets kept their ids.
    const sheetsAfter = await sheetList(page);
    expect(sheetsAfter.map((sh) => sh.name).sort()).toEqual(sheetsBefore.map((sh) => sh.name).sort());
    expect(sheetsAfter.filter((sh) => / \(\d+\)$|^~cs-insight/.test(sh.name))).toEqual([]);
    const idOf = (list: { id: string; name: string }[], name: string) => list.find((sh) => sh.name === name)?.id;
    for (const name of ["Survey", "Notes"]) expect(idOf(sheetsAfter, name)).toBe(idOf(sheetsBefore, name));
    for (const name of names) expect({ name, replaced: idOf(sheetsAfter, name) !== idOf(sheetsBefore, name) }).toEqual({ name, replaced: true });
    const recipe = await page.evaluate(
      (key) => (window as unknown as FakeWindow).__csInstalled.state.settings.get(key) as { sheets: { name: string; id: string }[] },
      RECIPE_KEY,
    );
    expect(recipe.sheets.map((sh) => [sh.name, sh.id])).toEqual(names.map((name) => [name, idOf(sheetsAfter, name)]));

    // The NPS follows the edit: 8 detractors → promoters raises it, to the value of the edited survey.
    const edited = surveyRows.map((row) => row.slice());
    for (const { i } of detractors.slice(0, 8)) edited[i][rec] = 10;
    const npsAfter = summaryNps(await sheetCells(page, t.sheetNames.summary), t.summary.nps);
    expect(npsAfter).toBeGreaterThan(npsBefore);
    expectClose(npsAfter, expectedNps(edited));

    // Untouched: the user's sheet, and the survey except the edited cells.
    await expect(sheetCells(page, "Notes")).resolves.toEqual(notesBefore);
    expect(changedCells(surveyEdited, await sheetCells(page, "Survey"))).toEqual([]);

    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-refresh.png"), fullPage: true });
    console.log(`Refresh: colleague's page open → report rebuilt in ${refreshMs} ms; NPS ${npsBefore.toFixed(2)} → ${npsAfter.toFixed(2)}`);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("generates a report with the keyboard alone: Tab, Enter and Space from page load, skipping the roles table", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).waitFor();
    const focusedButton = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return e instanceof HTMLButtonElement && e.getAttribute("role") === null ? (e.textContent ?? "") : "";
      });
    /** Presses Tab until the button reading `text` has focus; how many presses it took. */
    const tabTo = async (text: string, limit: number): Promise<number> => {
      for (let presses = 1; presses <= limit; presses++) {
        await page.keyboard.press("Tab");
        if ((await focusedButton()) === text) return presses;
      }
      throw new Error(`'${text}' not reached in ${limit} Tab presses`);
    };

    const toUse = await tabTo(s.start.useSelection, 5);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    // Skip to options is the first stop after the survey summary; Enter lands on the first option (the rating scale).
    const toSkip = await tabTo(s.columns.skipToOptions, 1);
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("combobox", { name: s.options.scale, exact: true })
        .evaluate((e) => e === document.activeElement && e.closest("section")?.getAttribute("aria-labelledby")),
    ).resolves.toBe("cs-options");
    const toGenerate = toSkip + (await tabTo(s.generate.button, 10 - toSkip));
    expect(toGenerate).toBeLessThanOrEqual(10);
    await page.keyboard.press("Space");
    await finished(page, s.done.title, s.errors.generateTitle, "taskpane-keyboard-error.png");

    const names = [t.sheetNames.summary, t.sheetNames.kano, t.sheetNames.gap, t.sheetNames.priority, t.sheetNames.segments, t.sheetNames.trend];
    await expect(sheetList(page).then((l) => l.map((sh) => sh.name))).resolves.toEqual(["Survey", ...names]);
    expectClose(summaryNps(await sheetCells(page, t.sheetNames.summary), t.summary.nps), expectedNps(surveyRows));
    // Focus moved to the result, so the sheet links are the next Tab stops.
    await expect(page.evaluate(() => document.activeElement?.closest("section")?.getAttribute("aria-labelledby"))).resolves.toBe("cs-result");
    console.log(`Keyboard: ${toUse} Tab to Use selection, ${toGenerate} more (via Skip to options) to Generate report`);
    expect(pageErrors).toEqual([]);
  }, 60_000);
  it("shows what was read above the roles table after Use selection: warnings first, a live summary", async () => {
    const s = uiStrings("en");
    // 40 respondents; "Weight" holds latitudes and the recommend question was asked on 1–3.
    const rows: (string | number)[][] = [["Respondent ID", "Weight", "Speed - satisfaction", "Staff - satisfaction", "Likelihood to recommend"]];
    for (let i = 0; i < 40; i++) rows.push([`R${i + 1}`, Number((40.712776 + i * 0.731457).toFixed(6)), (i % 5) + 1, (i % 5) + 1, (i % 3) + 1]);
    const page = await openPane("en-US", { workbook: saveWorkbook(createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!A1" })) });
    await page.getByRole("button", { name: s.start.useSelection }).click();
    const checks = page.getByRole("region", { name: "What was read" });
    await checks.waitFor();
    await expect(checks.getByRole("status").innerText()).resolves.toBe("2 warnings to review");
    const items = await checks.locator(".fui-MessageBar").allInnerTexts();
    expect(items.slice(0, 2).map((t) => t.split(":")[0].trim())).toEqual([
      "The weight column “Weight” looks like map coordinates (latitude or longitude), not case weights",
      "The recommend column “Likelihood to recommend” holds values 1–3, not a 0–10 scale",
    ]);
    expect(items[2].split("\n").map((t) => t.trim())).toEqual([
      "Read as a plain table (one header row, one respondent per row)",
      "40 respondents, one per data row",
    ]);
    // Above the roles table; a role change that removes the cause removes the warning.
    const table = page.getByRole("region", { name: s.columns.tableLabel });
    const [top, tableTop] = [(await checks.boundingBox())!.y, (await table.boundingBox())!.y];
    expect(top).toBeLessThan(tableTop);
    await page.getByRole("combobox", { name: "Role of Weight", exact: true }).click();
    await page.getByRole("option", { name: s.roles.ignore, exact: true }).click();
    await expect(checks.getByRole("status").innerText()).resolves.toBe("1 warning to review");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-checks.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("asks about the header row when row 1 looks like answers; Row 1 is a respondent reads 200 respondents (issue #8)", async () => {
    const s = uiStrings("en");
    const rows = excelTyped(fixtureCsvRows("headerless.csv")) as (string | number)[][];
    const page = await openPane("en-US", { workbook: saveWorkbook(createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!A1" })) });
    await page.getByRole("button", { name: s.start.useSelection }).click();
    const question = page.getByRole("group", { name: s.headerRow.question });
    await question.waitFor();
    // Asked before the roles table: no table yet, Generate disabled, respondent 1 not counted.
    await expect(page.getByRole("region", { name: s.columns.tableLabel }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: s.generate.button }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText("'Survey'!A1:Y200: 199 respondents, 25 columns").count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-header-row.png"), fullPage: true });
    // Keyboard: the answers are buttons in the group.
    await question.getByRole("button", { name: s.headerRow.respondent }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    await expect(page.getByText("'Survey'!A1:Y200: 200 respondents, 25 columns").count()).resolves.toBe(1);
    await expect(page.getByRole("combobox", { name: "Role of Column 2", exact: true }).textContent()).resolves.toContain(s.roles.segment);
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: format(s.headerRow.readHeaderless, { columns: 25 }) })
        .count(),
    ).resolves.toBe(1);
    await page.getByRole("button", { name: s.generate.button }).click();
    await finished(page, s.done.title, s.errors.generateTitle, "taskpane-header-row-error.png");
    const recipe = await page.evaluate(
      (key) => (window as unknown as FakeWindow).__csInstalled.state.settings.get(key) as { options: { headerless?: unknown } },
      RECIPE_KEY,
    );
    expect(recipe.options.headerless).toEqual({ language: "en" });
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
