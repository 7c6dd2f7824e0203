/**
 * The task pane's pipeline (src/taskpane/pipeline.ts over officePort) against the fake Excel
 * runtime: read the selected sample survey → proposals; generate → the report's sheets, the
 * recipe, progress from 0 to 1; Refresh from the stored recipe; requirement sets; errors.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { CsError } from "../../src/engine/errors";
import { localizeMessage } from "../../src/i18n/messages";
import { reportStrings } from "../../src/i18n/report";
import { respondentsText, uiStrings } from "../../src/i18n/ui";
import { classifyError, errorText } from "../../src/taskpane/errors";
import { officePort } from "../../src/taskpane/officePort";
import { choicesFromStored, columnSamples, createServices, ReportEditedError, reportOptions } from "../../src/taskpane/pipeline";
import type { Progress, ReportChoices } from "../../src/taskpane/services";
import { RECIPE_KEY, type Recipe } from "../../src/excel/recipe";
import {
  cellKey,
  createFakeExcel,
  createWorkbookState,
  findSheet,
  openWorkbook,
  saveWorkbook,
  setCells,
  workbookSnapshot,
  type FakeWorkbookState,
} from "../fake-excel";

const csv = fs.readFileSync(path.join(__dirname, "..", "fixtures", "sample-survey.csv"), "utf8");
/** The sample as Excel hands it over: numbers as numbers, empty cells as "". */
const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));

const all = (_: string, __: string): boolean => true;

function workbook(selection = "Survey!C5"): FakeWorkbookState {
  return createWorkbookState({ sheets: [{ name: "Survey", rows }, "Notes"], selection });
}

function services(state: FakeWorkbookState, isSetSupported = all) {
  return createServices(officePort(createFakeExcel(state).run, isSetSupported), () => true);
}

/** `count` more respondents like the sample's first ones, with ids R0601…, for appending under the survey. */
function moreRows(count: number): (string | number)[][] {
  return rows.slice(1, count + 1).map((r, i) => [`R${String(601 + i).padStart(4, "0")}`, ...r.slice(1)]);
}

/** Excel's "Delete sheet rows" on the fake: rows first…first+count−1 (0-based) go, the rows below move up. */
function deleteSheetRows(state: FakeWorkbookState, sheetName: string, first: number, count: number): void {
  const sheet = findSheet(state, sheetName)!;
  const moved = new Map<string, typeof sheet.cells extends Map<string, infer C> ? C : never>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r < first) moved.set(key, cell);
    else if (r >= first + count) moved.set(cellKey(r - count, c), cell);
  }
  sheet.cells = moved;
}

/** The Summary's subtitle ("n = 700 respondents …"), wherever it is on the sheet. */
function summaryN(state: FakeWorkbookState, summary: string): string | undefined {
  const cells = [...findSheet(state, summary)!.cells.values()].map((c) => String(c.value));
  return cells.find((v) => v.startsWith("n = "));
}

const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "kano", "gap", "priority", "segments"], language: "en" };

describe("pipeline over the fake Excel", () => {
  it("reads the survey around the selected cell and proposes a role per column with an example answer", async () => {
    const state = workbook();
    const seen: Progress[] = [];
    const loaded = await services(state).readSelection((p) => seen.push(p));
    expect(loaded.source).toBe("'Survey'!A1:BH601");
    expect(loaded.range.rows).toHaveLength(600);
    expect(loaded.proposals).toHaveLength(60);
    expect(loaded.proposals.slice(0, 6).map((p) => p.role)).toEqual(["id", "segment", "period", "weight", "overall", "recommend"]);
    expect(loaded.samples.slice(0, 5)).toEqual(["R0001", "Harbour", "2026-Q2", "1.64", "Very satisfied"]);
    expect(seen.at(-1)?.fraction).toBeLessThanOrEqual(1);
    expect(seen.some((p) => p.detail.step === "read" && p.detail.done === 600 && p.detail.total === 600)).toBe(true);
  });

  it("generates the five sheets with tables and charts, stores the recipe, reports progress up to 1, leaves the survey alone", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const before = JSON.stringify([...findSheet(state, "Survey")!.cells]);
    const seen: Progress[] = [];
    const result = await svc.generate(loaded.range, loaded.proposals, choices, (p) => seen.push(p));

    const t = reportStrings("en").sheetNames;
    expect(result.sheets).toEqual([
      { key: "summary", name: t.summary },
      { key: "kano", name: t.kano },
      { key: "gap", name: t.gap },
      { key: "priority", name: t.priority },
      { key: "segments", name: t.segments },
    ]);
    expect(result.n).toBe(600);
    for (const { name } of result.sheets) {
      const sheet = findSheet(state, name)!;
      expect({ name, tables: sheet.tables.length > 0, charts: sheet.charts.length > 0 }).toEqual({ name, tables: true, charts: true });
    }
    expect(JSON.stringify([...findSheet(state, "Survey")!.cells])).toBe(before);
    expect(findSheet(state, "Notes")!.cells.size).toBe(0);

    const fractions = seen.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    expect(seen.map((p) => p.detail.step).filter((s, i, a) => a.indexOf(s) === i)).toEqual(["survey", "stats", "plan", "write"]);

    // The sample's bad cells are counted (the generator plants a few) and listed with their place.
    expect(result.issueCount).toBeGreaterThan(0);
    expect(result.issues[0].message).toMatch(/^row \d+, column \d+: /);

    await expect(svc.storedReport()).resolves.toEqual({ source: "'Survey'!A1:BH601" });
  });

  it("refreshes from the stored recipe: same roles and options, the owned sheets replaced, not duplicated", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const proposals = loaded.proposals.map((p) => (p.header === "Branch" ? { ...p, role: "ignore" as const } : p));
    await svc.generate(loaded.range, proposals, { ...choices, sheets: ["summary", "kano"], crosshair: "median", language: "es" }, () => undefined);
    const names = state.sheets.map((s) => s.name);
    const t = reportStrings("es").sheetNames;
    expect(names).toEqual(["Survey", "Notes", t.summary, t.kano]);

    state.selection = "Notes!A1"; // Refresh does not depend on the selection
    const seen: Progress[] = [];
    const result = await svc.refresh((p) => seen.push(p));
    expect(result.sheets.map((s) => s.name)).toEqual([t.summary, t.kano]);
    expect(state.sheets.map((s) => s.name)).toEqual(names);
    expect(seen[0].detail.step).toBe("read");
    expect(seen.at(-1)?.fraction).toBe(1);
  });

  it("Refresh follows the data: 100 rows appended under the survey, saved and reopened → n = 700 (was 600)", async () => {
    const first = workbook();
    const loaded = await services(first).readSelection(() => undefined);
    const generated = await services(first).generate(loaded.range, loaded.proposals, { ...choices, sheets: ["summary"] }, () => undefined);
    expect(generated.n).toBe(600);
    expect(generated.previousN).toBeUndefined();
    const stored = first.settings.get(RECIPE_KEY) as Recipe;
    expect(stored.source).toEqual({ sheet: "Survey", address: "A1:BH601", anchor: "A1", columns: 60 });
    expect(stored.n).toBe(600);
    const summary = reportStrings("en").sheetNames.summary;
    expect(summaryN(first, summary)).toMatch(/^n = 600 respondents/);

    setCells(first, "Survey", "A602", moreRows(100));
    const reopened = openWorkbook(saveWorkbook(first));
    const svc = services(reopened);
    const result = await svc.refresh(() => undefined);
    expect(result.n).toBe(700);
    expect(result.previousN).toBe(600);
    expect(respondentsText(uiStrings("en"), result.n, result.previousN)).toBe("700 respondents (was 600)");
    expect(summaryN(reopened, summary)).toMatch(/^n = 700 respondents/);
    const after = reopened.settings.get(RECIPE_KEY) as Recipe;
    expect(after.source).toEqual({ sheet: "Survey", address: "A1:BH701", anchor: "A1", columns: 60 });
    expect(after.n).toBe(700);
    await expect(svc.storedReport()).resolves.toEqual({ source: "'Survey'!A1:BH701" });

    // Delete 150 respondents' rows (rows 2–151): Refresh reads the 550 left, and says it had 700.
    deleteSheetRows(reopened, "Survey", 1, 150);
    const fewer = await svc.refresh(() => undefined);
    expect(fewer.n).toBe(550);
    expect(fewer.previousN).toBe(700);
    expect(summaryN(reopened, summary)).toMatch(/^n = 550 respondents/);
    expect((reopened.settings.get(RECIPE_KEY) as Recipe).source.address).toBe("A1:BH551");

    // The survey deleted (its header row too): Refresh says so rather than writing a report of nobody.
    deleteSheetRows(reopened, "Survey", 0, 551);
    const gone = await svc.refresh(() => undefined).catch((x: unknown) => x);
    expect(errorText(classifyError(gone), uiStrings("en"))).toBe(
      "the survey is no longer at 'Survey'!A1: its header row is empty. Select the survey and generate the report again.",
    );
    expect(errorText(classifyError(gone), uiStrings("es"))).toMatch(/^la encuesta ya no está en 'Survey'!A1: /);
  });

  it("an old recipe (address only, no n) still refreshes at its address, without a previous n", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    await svc.generate(loaded.range, loaded.proposals, { ...choices, sheets: ["summary"] }, () => undefined);
    const stored = state.settings.get(RECIPE_KEY) as Recipe;
    const { anchor: _a, columns: _c, ...oldSource } = stored.source;
    const { n: _n, ...old } = stored;
    state.settings.set(RECIPE_KEY, { ...old, source: oldSource });

    setCells(state, "Survey", "A602", moreRows(100));
    const result = await svc.refresh(() => undefined);
    expect(result.n).toBe(600);
    expect(result.previousN).toBeUndefined();
    // Its address is now part of a larger block, so the recipe keeps only the address: as before, 600 again.
    const rewritten = state.settings.get(RECIPE_KEY) as Recipe;
    expect(rewritten.source).toEqual({ sheet: "Survey", address: "A1:BH601" });
    expect(rewritten.n).toBe(600);
    const again = await svc.refresh(() => undefined);
    expect([again.n, again.previousN]).toEqual([600, 600]);
  });

  it("a survey selected as part of a block (the first 300 respondents) is refreshed at its address: appended rows stay out", async () => {
    const state = workbook("Survey!A1:BH301");
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    expect(loaded.range.rows).toHaveLength(300);
    expect(loaded.range.anchor).toBeUndefined();
    await svc.generate(loaded.range, loaded.proposals, { ...choices, sheets: ["summary"] }, () => undefined);
    expect((state.settings.get(RECIPE_KEY) as Recipe).source).toEqual({ sheet: "Survey", address: "A1:BH301" });
    setCells(state, "Survey", "A602", moreRows(100));
    const result = await svc.refresh(() => undefined);
    expect([result.n, result.previousN]).toEqual([300, 300]);
  });

  it("refuses to refresh a workbook without a report", async () => {
    await expect(services(workbook()).refresh(() => undefined)).rejects.toThrow(/no CS Insight report/);
    await expect(services(workbook()).storedReport()).resolves.toBeUndefined();
  });

  it("names the missing requirement sets, and none when Excel has them all", () => {
    expect(services(workbook()).missingRequirements()).toEqual([]);
    const noShared = (name: string): boolean => name !== "SharedRuntime";
    expect(services(workbook(), noShared).missingRequirements()).toEqual(["SharedRuntime 1.1"]);
    expect(services(workbook(), () => false).missingRequirements()).toEqual(["ExcelApi 1.9", "SharedRuntime 1.1"]);
  });

  it("activates a sheet by name; a missing sheet is an Excel error naming it", async () => {
    const state = workbook();
    await services(state).activateSheet("Notes");
    expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe("Notes");
    const e = await services(state)
      .activateSheet("Gone")
      .catch((x: unknown) => x);
    const err = classifyError(e);
    expect(err.kind).toBe("excel");
    expect(errorText(err, uiStrings("en"))).toMatch(/^Excel reported: .*'Gone'.*\(ItemNotFound\)\.$/);
  });

  it("says what to select when the selection is an empty cell on an empty sheet", async () => {
    const e = await services(workbook("Notes!B2"))
      .readSelection(() => undefined)
      .catch((x: unknown) => x);
    expect(errorText(classifyError(e), uiStrings("en"))).toMatch(/Notes.*empty.*select the survey/);
  });
});

describe("pipeline pieces", () => {
  it("takes the first non-blank cell of each column as its example", () => {
    expect(
      columnSamples({
        sheet: "S",
        address: "A1:C4",
        headers: ["a", "b", "c"],
        rows: [
          ["", 0, ""],
          [" x ", 1, ""],
          ["y", 2, null as unknown as string],
        ],
      }),
    ).toEqual(["x", "0", ""]);
  });

  it("turns the pane's choices into report options (segment only when chosen)", () => {
    expect(reportOptions(choices)).toEqual({ sheets: choices.sheets, crosshair: "mean" });
    expect(reportOptions({ ...choices, segment: 1, scale: { min: 1, max: 7 } })).toEqual({ sheets: choices.sheets, crosshair: "mean", segment: 1 });
  });

  it("reads stored options back, falling back to the defaults for anything unreadable", () => {
    expect(choicesFromStored({ crosshair: "midpoint", sheets: ["kano", "bogus"], segment: 2, scale: { min: 0, max: 10 } }, "zh-CN")).toEqual({
      crosshair: "midpoint",
      sheets: ["kano"],
      segment: 2,
      scale: { min: 0, max: 10 },
      language: "zh-CN",
    });
    expect(choicesFromStored("junk", "fr")).toEqual({ crosshair: "mean", sheets: ["summary", "kano", "gap", "priority", "segments", "trend"], language: "en" });
    expect(choicesFromStored({ sheets: [], segment: -1, scale: { min: 5, max: 1 } }, "es")).toEqual({
      crosshair: "mean",
      sheets: ["summary", "kano", "gap", "priority", "segments", "trend"],
      language: "es",
    });
  });

  it("shows survey errors with the fix, Excel errors with their code", () => {
    const s = uiStrings("en");
    const data = classifyError(new CsError("value", "notOnScale", { value: "Very satisifed", min: 1, max: 5 }, { row: 14, column: 3 }));
    expect(errorText(data, s)).toBe(
      "row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale. Correct the survey or the column roles, then try again.",
    );
    const office = Object.assign(new Error("The requested resource doesn't exist."), { name: "RichApi.Error", code: "ItemNotFound" });
    expect(errorText(classifyError(office), s)).toBe("Excel reported: The requested resource doesn't exist (ItemNotFound).");
    expect(errorText(classifyError("boom"), uiStrings("zh-CN"))).toBe("boom。");
  });
});

describe("errors and skipped cells in the pane's language", () => {
  it("a survey error is said in the pane's language, and again in another when the user switches", () => {
    const e = new CsError("value", "notOnScale", { value: "Very satisifed", min: 1, max: 5 }, { row: 14, column: 3 });
    const err = classifyError(e);
    expect(errorText(err, uiStrings("en"))).toBe(
      "row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale. Correct the survey or the column roles, then try again.",
    );
    expect(errorText(err, uiStrings("zh-CN"))).toBe("第 14 行，第 3 列：“Very satisifed”不是 1–5 量表上的回答。请更正调查数据或列角色后重试。");
    expect(errorText(err, uiStrings("es"))).toBe(
      "fila 14, columna 3: «Very satisifed» no es una respuesta de la escala 1–5. Corrija la encuesta o los roles de las columnas y vuelva a intentarlo.",
    );
  });

  it("an empty selection, a missing sheet and a workbook without a report: no English but Excel's own words and names", async () => {
    const empty = await services(workbook("Notes!B2"))
      .readSelection(() => undefined)
      .catch((x: unknown) => x);
    expect(errorText(classifyError(empty), uiStrings("zh-CN"))).toBe("工作表“Notes”在 B2 周围没有数据：请选择调查数据（标题行及其回答）。");
    expect(errorText(classifyError(empty), uiStrings("es"))).toBe(
      "la hoja «Notes» está vacía alrededor de B2: seleccione la encuesta (una fila de encabezados y sus respuestas).",
    );
    const gone = classifyError(
      await services(workbook())
        .activateSheet("Gone")
        .catch((x: unknown) => x),
    );
    expect(gone.kind).toBe("excel");
    expect(errorText(gone, uiStrings("zh-CN"))).toMatch(/^Excel 报告错误：显示工作表“Gone”时出错：.*（ItemNotFound）。$/);
    expect(errorText(gone, uiStrings("en"))).toMatch(/^Excel reported: showing sheet 'Gone': .*\(ItemNotFound\)\.$/);
    const none = await services(workbook())
      .refresh(() => undefined)
      .catch((x: unknown) => x);
    expect(errorText(classifyError(none), uiStrings("es"))).toBe("este libro no contiene ningún informe de CS Insight que actualizar.");
  });

  it("the skipped cells of a generated report carry their message keys, so the pane can say them in any language", async () => {
    const svc = services(workbook());
    const loaded = await svc.readSelection(() => undefined);
    const result = await svc.generate(loaded.range, loaded.proposals, { ...choices, sheets: ["summary"] }, () => undefined);
    expect(result.issues.map((i) => i.key)).toEqual(["notOnScale", "notOnScale", "notNpsScore", "notKanoAnswer"]);
    expect(localizeMessage(result.issues[0], "zh-CN")).toBe("第 15 行，第 5 列：“Very satisifed”不是 1–5 量表上的回答");
  });
});

describe("Refresh keeps the manager's inputs and asks before replacing edits", () => {
  const summary = reportStrings("en").sheetNames.summary;

  async function generated() {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    await svc.generate(loaded.range, loaded.proposals, { ...choices, sheets: ["summary", "kano"] }, () => undefined);
    return { state, svc, recipe: state.settings.get(RECIPE_KEY) as Recipe };
  }

  /** The cell a workbook name points at, as the fake holds it. */
  const named = (state: FakeWorkbookState, name: string) => {
    const n = state.names.find((x) => x.name === name)!;
    const sheet = state.sheets.find((s) => s.id === n.sheetId)!;
    return { sheet, cell: sheet.cells.get(cellKey(n.area.row, n.area.col)) };
  };

  it("an edited CSI weight is read back through its name and written again after Refresh; untouched weights stay the report's", async () => {
    const { state, svc, recipe } = await generated();
    const [first, second] = recipe.inputs!;
    setCells(state, summary, first.address, [[4]]);
    setCells(state, summary, second.address, [["heavy"]]);
    await svc.refresh(() => undefined);
    expect(named(state, first.name).sheet.name).toBe(summary);
    expect(named(state, first.name).cell?.value).toBe(4);
    expect(named(state, second.name).cell?.value).toBe("heavy");
    const third = (state.settings.get(RECIPE_KEY) as Recipe).inputs![2];
    expect(named(state, third.name).cell?.value).toBe(1);
    // The names point at the new Summary, not at a deleted sheet.
    expect(state.names.every((n) => state.sheets.some((s) => s.id === n.sheetId))).toBe(true);
  }, 30_000); // a Generate and a Refresh of the 600-respondent sample

  it("a note typed on a report sheet stops Refresh before anything is written, listing the cell; replacing goes ahead", async () => {
    const { state, svc } = await generated();
    const kano = reportStrings("en").sheetNames.kano;
    setCells(state, kano, "Z3", [["ask the branch"]]);
    const before = JSON.stringify(workbookSnapshot(state));
    const stopped = await svc.refresh(() => undefined).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(ReportEditedError);
    expect((stopped as ReportEditedError).cells).toEqual([`${kano}!Z3`]);
    expect(JSON.stringify(workbookSnapshot(state))).toBe(before);
    await svc.refreshReplacingEdits(() => undefined);
    expect(findSheet(state, kano)!.cells.get(cellKey(2, 25))).toBeUndefined();
    await expect(svc.refresh(() => undefined)).resolves.toBeDefined();
  }, 30_000);
});
