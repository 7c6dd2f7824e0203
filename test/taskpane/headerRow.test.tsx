/**
 * Issue #8: a first row that looks like answers is not taken as headers — the pane asks. Through
 * the real pipeline over the fake Excel runtime (port double) with the export fixtures: the
 * question and 199 respondents before the answer; "Row 1 is a respondent" → generated column
 * names, 200 respondents, roles from the values, kept in the recipe for Refresh, skipped cells on
 * their sheet rows; "Row 1 holds column names" → as read, the warning gone; no question on
 * plain.csv or the platform fixtures. HeaderRowQuestion rendered in en / zh-CN / es.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { parseRecipe, RECIPE_KEY } from "../../src/excel/recipe";
import { renderCheck } from "../../src/i18n/checks";
import { uiStrings } from "../../src/i18n/ui";
import { HeaderRowQuestion } from "../../src/taskpane/components/HeaderRowQuestion";
import { officePort } from "../../src/taskpane/officePort";
import { asHeaderless, createServices, headerlessColumnNames, headerlessFromStored } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";
import { generateProblem, headerRowAsked, initialState, readingChecksOf, reducer, type PaneState } from "../../src/taskpane/state";
import { createFakeExcel, createWorkbookState, type FakeWorkbookState } from "../fake-excel";
import { fixtureFiles, fixtureRangeValues } from "../fixtures/exports";

type Cells = (string | number)[][];

const services = (wb: FakeWorkbookState) =>
  createServices(
    officePort(createFakeExcel(wb).run, () => true),
    () => true,
  );
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary"], language: "en" };

async function workbookOf(file: string, edit?: (rows: Cells) => void): Promise<FakeWorkbookState> {
  const rows = (await fixtureRangeValues(file)) as Cells;
  edit?.(rows);
  return createWorkbookState({ sheets: [{ name: "Survey", rows }, "Notes"], selection: "Survey!A1" });
}

async function readState(wb: FakeWorkbookState): Promise<PaneState> {
  const booted = reducer(initialState, { type: "booted", host: true, missing: [] });
  return reducer(booted, { type: "read", survey: await services(wb).readSelection(() => undefined) });
}

/** The options of the recipe as stored in the workbook's settings. */
function storedOptions(wb: FakeWorkbookState): Record<string, unknown> {
  const stored = parseRecipe(wb.settings.get(RECIPE_KEY));
  if (stored.status !== "ok") throw new Error(`no readable recipe: ${stored.status}`);
  return stored.recipe.options as Record<string, unknown>;
}

describe("headerless.csv in the pane: the header-row question", () => {
  test("before the answer: the question is asked, 199 respondents, respondent 1's answers as column names", async () => {
    const state = await readState(await workbookOf("headerless.csv"));
    expect(state.survey?.layout?.firstRowLooksLikeData).toBe(true);
    expect(headerRowAsked(state)).toBe(true);
    expect(state.survey?.range.rows).toHaveLength(199);
    expect(state.survey?.range.headers.slice(0, 4)).toEqual(["R0001", "Downtown", 3, 6]);
    expect(readingChecksOf(state).map((c) => c.key)).toContain("firstRowData");
    expect(state.survey?.headerless).toBeUndefined();
  });

  test("Row 1 is a respondent: Column 1 … Column 25, 200 respondents, roles from the values; Generate n = 200; recipe keeps it", async () => {
    const wb = await workbookOf("headerless.csv");
    const asked = await readState(wb);
    const state = reducer(asked, { type: "headerRow", answer: "respondent", language: "en" });
    const survey = state.survey!;
    expect(headerRowAsked(state)).toBe(false);
    expect(generateProblem(state)).toBeUndefined();
    expect(survey.headerless).toEqual({ language: "en" });
    expect(survey.range.headers).toHaveLength(25);
    expect(survey.range.headers.slice(0, 3)).toEqual(["Column 1", "Column 2", "Column 3"]);
    expect(survey.range.headers.at(-1)).toBe("Column 25");
    expect(survey.range.rows).toHaveLength(200);
    expect(survey.range.rows[0].slice(0, 4)).toEqual(["R0001", "Downtown", 3, 6]);
    expect(survey.source).toBe("'Survey'!A1:Y200");
    expect(survey.samples.slice(0, 3)).toEqual(["R0001", "Downtown", "3"]);
    expect(survey.layout?.firstRowLooksLikeData).toBe(false);
    // Roles re-proposed from the values: the proposals name the generated columns, something is analysable.
    expect(state.proposals.map((p) => p.header)).toEqual(survey.range.headers);
    expect(state.proposals).toBe(survey.proposals);
    expect(state.proposals.find((p) => p.index === 1)?.role).toBe("segment");
    expect(readingChecksOf(state).map((c) => c.key)).not.toContain("firstRowData");
    expect(readingChecksOf(state).find((c) => c.key === "respondentsCounted")?.params).toEqual({ respondents: 200 });
    // What was read says so (pane and Summary sheet), not "a plain table (one header row …)".
    const info = readingChecksOf(state).filter((c) => c.severity === "info");
    expect(info.map((c) => c.key)).toContain("noHeaderRow");
    expect(info.map((c) => c.key)).not.toContain("layoutDetected");
    expect(survey.layout?.noHeaderRow).toBe(true);

    const svc = services(wb);
    const result = await svc.generate(survey.range, state.proposals, choices, () => undefined, survey.layout, survey.headerless);
    expect(result.n).toBe(200);
    expect(storedOptions(wb).headerless).toEqual({ language: "en" });

    // Refresh reads the same cells headerless again (the selection is elsewhere now).
    wb.selection = "Notes!A1";
    const again = await svc.refresh(() => undefined);
    expect(again.n).toBe(200);
    expect(again.checks?.map((c) => c.key)).not.toContain("firstRowData");
    expect(storedOptions(wb).headerless).toEqual({ language: "en" });
  });

  test("Row 1 holds column names: read as before, the warning goes, Generate n = 199 and no headerless in the recipe", async () => {
    const wb = await workbookOf("headerless.csv");
    const asked = await readState(wb);
    const state = reducer(asked, { type: "headerRow", answer: "names", language: "en" });
    expect(headerRowAsked(state)).toBe(false);
    expect(state.survey?.range).toBe(asked.survey?.range);
    expect(state.proposals).toBe(asked.proposals);
    expect(readingChecksOf(state).map((c) => c.key)).not.toContain("firstRowData");
    const survey = state.survey!;
    const result = await services(wb).generate(survey.range, state.proposals, choices, () => undefined, survey.layout, survey.headerless);
    expect(result.n).toBe(199);
    expect(storedOptions(wb)).not.toHaveProperty("headerless");
    // Answered: a second answer changes nothing.
    expect(reducer(state, { type: "headerRow", answer: "respondent", language: "en" })).toBe(state);
  });

  test("skipped cells keep their sheet rows: row 1 is a data row once headerless", async () => {
    const wb = await workbookOf("headerless.csv", (rows) => {
      rows[0][2] = "Very satisifed"; // sheet row 1, overall satisfaction (column 3)
      rows[9][2] = "Very satisifed"; // sheet row 10
    });
    const state = reducer(await readState(wb), { type: "headerRow", answer: "respondent", language: "en" });
    const survey = state.survey!;
    const overall = state.proposals[2];
    expect(["overall", "rating"]).toContain(overall.role);
    const svc = services(wb);
    const result = await svc.generate(survey.range, state.proposals, choices, () => undefined, survey.layout, survey.headerless);
    const mine = result.issues.filter((i) => i.column === 3 && i.value === "Very satisifed");
    expect(mine.map((i) => i.row)).toEqual([1, 10]);
    expect(mine[0].message).toMatch(/^row 1, column 3: /);
    const again = await svc.refresh(() => undefined);
    expect(again.issues.filter((i) => i.column === 3 && i.value === "Very satisifed").map((i) => i.row)).toEqual([1, 10]);
  });

  test.each([
    ["qualtrics-numeric.csv", 18],
    ["surveymonkey-text.csv", 10],
  ])("an export with extra header rows (%s): skipped cells name their sheet row too", async (file, column) => {
    const wb = await workbookOf(file, (rows) => {
      rows[9][column] = "Very satisifed"; // sheet row 10
    });
    const state = await readState(wb);
    expect(headerRowAsked(state)).toBe(false);
    const survey = state.survey!;
    const result = await services(wb).generate(survey.range, state.proposals, choices, () => undefined, survey.layout, survey.headerless);
    expect(result.issues.filter((i) => i.value === "Very satisifed").map((i) => [i.row, i.column])).toEqual([[10, column + 1]]);
  });

  test.each([
    ["zh-CN", "第 1 列", "第 25 列"],
    ["es", "Columna 1", "Columna 25"],
  ] as const)("in %s the columns are named %s … %s, and Refresh names them the same", async (lang, first, last) => {
    const wb = await workbookOf("headerless.csv");
    const state = reducer(await readState(wb), { type: "headerRow", answer: "respondent", language: lang });
    const survey = state.survey!;
    expect([survey.range.headers[0], survey.range.headers[24]]).toEqual([first, last]);
    await services(wb).generate(survey.range, state.proposals, { ...choices, language: "en" }, () => undefined, survey.layout, survey.headerless);
    expect(storedOptions(wb).headerless).toEqual({ language: lang });
    const recipe = await officePort(createFakeExcel(wb).run, () => true).loadRecipe();
    expect(recipe?.headerless).toEqual({ language: lang });
    expect(recipe?.roles[0].header).toBe(first);
  });
});

describe("no question where the first row is a header row", () => {
  const files = fixtureFiles().filter((f) => f !== "headerless.csv");

  test("the fixtures checked are plain.csv and the platform exports", () => {
    expect(files).toContain("plain.csv");
    expect(files).toContain("microsoft-forms.xlsx");
    expect(files).toHaveLength(15);
  });

  test.each(files)("%s: not asked, roles table and Generate as before", async (file) => {
    const state = await readState(await workbookOf(file));
    expect(headerRowAsked(state)).toBe(false);
    expect(state.survey?.layout?.firstRowLooksLikeData).toBe(false);
    expect(state.survey?.headerless).toBeUndefined();
    expect(readingChecksOf(state).map((c) => c.key)).not.toContain("firstRowData");
    // An answer without a question changes nothing.
    expect(reducer(state, { type: "headerRow", answer: "respondent", language: "en" })).toBe(state);
  });

  test("plain.csv reads 200 respondents with its own column names", async () => {
    const state = await readState(await workbookOf("plain.csv"));
    expect(state.survey?.range.rows).toHaveLength(200);
    expect(state.survey?.range.headers[0]).toBe("Respondent");
  });
});

describe("pipeline pieces of the header-row question", () => {
  test("the noHeaderRow check in en / zh-CN / es", () => {
    const c = { key: "noHeaderRow" as const, params: {} };
    expect(renderCheck(c, "en")).toBe("Read without a header row: row 1 is a respondent and the columns are named by their number");
    expect(renderCheck(c, "zh-CN")).toBe("按无标题行读取：第 1 行是一位受访者，各列按序号命名");
    expect(renderCheck(c, "es")).toBe("Leído sin fila de encabezado: la fila 1 es un encuestado y las columnas se nombran por su número");
  });

  test("asHeaderless: the first row joins the data, the widest row sets the column count", () => {
    const range = { sheet: "S", address: "A1:C3", headers: [1, 2], rows: [[3, 4, 5], [6]] };
    expect(asHeaderless(range, "en")).toEqual({ sheet: "S", address: "A1:C3", headers: ["Column 1", "Column 2", "Column 3"], rows: [[1, 2], [3, 4, 5], [6]] });
    expect(range.rows).toHaveLength(2); // not changed in place
    expect(headerlessColumnNames(2, "zh-CN")).toEqual(["第 1 列", "第 2 列"]);
    expect(headerlessColumnNames(1, "es")).toEqual(["Columna 1"]);
  });

  test("headerlessFromStored reads only a known language", () => {
    expect(headerlessFromStored({ headerless: { language: "es" } })).toEqual({ language: "es" });
    expect(headerlessFromStored({ headerless: { language: "fr" } })).toBeUndefined();
    expect(headerlessFromStored({ headerless: true })).toBeUndefined();
    expect(headerlessFromStored("junk")).toBeUndefined();
  });
});

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("HeaderRowQuestion", () => {
  const render = (lang: "en" | "zh-CN" | "es", props: { asked: boolean; headerlessColumns?: number }): string =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <HeaderRowQuestion s={uiStrings(lang)} onAnswer={() => undefined} {...props} />
      </FluentProvider>,
    );

  test("asked: the question in a polite live region, two buttons in a group it labels (en)", () => {
    const html = render("en", { asked: true });
    expect(html).toMatch(
      /id="cs-header-row-question" role="status" aria-live="polite">Row 1 looks like answers, not column names\. Does your selection have a header row\?</,
    );
    expect(html).toMatch(/role="group" aria-labelledby="cs-header-row-question"/);
    const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual(["Row 1 holds column names", "Row 1 is a respondent"]);
  });

  test.each([
    ["zh-CN", "第 1 行看起来是回答，而不是列名。所选区域有标题行吗？", "第 1 行是列名", "第 1 行是一位受访者"],
    [
      "es",
      "La fila 1 parece contener respuestas, no nombres de columna. ¿Tiene su selección una fila de encabezado?",
      "La fila 1 tiene los nombres de columna",
      "La fila 1 es un encuestado",
    ],
  ] as const)("in %s", (lang, question, names, respondent) => {
    const page = text(render(lang, { asked: true }));
    for (const t of [question, names, respondent]) expect(page).toContain(t);
    expect(page).not.toMatch(/Row 1|column names/);
  });

  test("answered: no buttons; the live region says how the columns were named, or nothing", () => {
    const headerless = render("en", { asked: false, headerlessColumns: 25 });
    expect(headerless).not.toContain("<button");
    expect(headerless).toMatch(/role="status" aria-live="polite">Row 1 is read as a respondent; the 25 columns are named Column 1, Column 2, …</);
    expect(text(render("zh-CN", { asked: false, headerlessColumns: 25 }))).toContain("第 1 行已作为一位受访者读取；25 列依次命名为第 1 列、第 2 列……");
    const names = render("en", { asked: false });
    expect(names).toMatch(/role="status" aria-live="polite"><\/p>/);
  });
});
