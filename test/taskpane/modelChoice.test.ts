/**
 * The pane's satisfaction model (issue #15, part 5) against the fake Excel runtime: a template
 * (ACSI) with survey columns assigned to its constructs gives the Model sheet; the recipe keeps
 * the choice so Refresh estimates it again on the survey as it is then; a model that cannot be
 * estimated leaves the Model sheet out with a warning that says why, and the rest of the report is
 * written.
 *
 * Independent check: the pane's Model tables equal those of the command line's --model report of
 * the same survey file (test/fixtures/sample-survey.csv) with the template's model table — two
 * readers of the survey (Excel's values, the streamed CSV) — to 1e-9.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { buildReportFromFile } from "../../src/cli/report";
import { PLS_TEMPLATES, templateModel, type PlsTemplateChoice } from "../../src/engine/pls/templates";
import { reportStrings } from "../../src/i18n/report";
import { plsTemplateReportStepCount, plsTemplateReportSteps } from "../../src/report/plsTemplateReport";
import { detectRoles } from "../../src/survey/roles";
import { formatArea } from "../../src/report/a1";
import { officePort } from "../../src/taskpane/officePort";
import { choicesFromStored, createServices, modelFromStored } from "../../src/taskpane/pipeline";
import type { Progress, ReportChoices } from "../../src/taskpane/services";
import { createFakeExcel, createWorkbookState, findSheet, getValues, setCells, type FakeWorkbookState } from "../fake-excel";
import { table } from "../report/planCheck";

const SAMPLE_CSV = path.join(__dirname, "..", "fixtures", "sample-survey.csv");
const csvText = fs.readFileSync(SAMPLE_CSV, "utf8");
const asExcel = (text: string): (string | number)[][] =>
  Papa.parse<string[]>(text, { skipEmptyLines: true }).data.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
const rows = asExcel(csvText);

const acsi: PlsTemplateChoice = {
  template: "acsi",
  indicators: {
    expectation: ["Expectation: Staff courtesy", "Expectation: Staff knowledge", "Expectation: Problem resolution"],
    quality: ["Staff courtesy - satisfaction", "Staff knowledge - satisfaction", "Transaction accuracy - satisfaction", "Problem resolution - satisfaction"],
    value: ["Fees - satisfaction"],
    satisfaction: ["Overall satisfaction"],
    loyalty: ["Likelihood to recommend (0-10)"],
  },
};
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary"], language: "en", model: acsi };

function workbook(): FakeWorkbookState {
  return createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!C5" });
}

function services(state: FakeWorkbookState) {
  return createServices(
    officePort(createFakeExcel(state).run, () => true),
    () => true,
  );
}

/** A table the report wrote, read back from the fake workbook by its name. */
function writtenTable(state: FakeWorkbookState, name: string): (string | number | boolean)[][] {
  for (const sheet of state.sheets) {
    const t = sheet.tables.find((x) => x.props.name === name);
    if (t) return getValues(state, `'${sheet.name}'!${formatArea(t.area)}`);
  }
  throw new Error(`no table ${name}`);
}

/** Every text cell of a sheet. */
function texts(state: FakeWorkbookState, sheet: string): string[] {
  return [...findSheet(state, sheet)!.cells.values()].flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
}

/** The command line's Model sheet of a survey file with the template's model table. */
async function cliModel(file: string) {
  const { specs } = templateModel(PLS_TEMPLATES[0], acsi.indicators, reportStrings("en").model.constructNames);
  return (await buildReportFromFile(file, { model: { specs, name: "acsi.csv" }, sheets: ["summary"] })).plan;
}

/** The pane's Model tables equal the command line's to 1e-9 (numbers) and exactly (texts). */
async function expectSameModel(state: FakeWorkbookState, file: string): Promise<void> {
  const plan = await cliModel(file);
  for (const name of ["CS_Model_Index", "CS_Model_Paths", "CS_Model_Reliability"]) {
    const pane = writtenTable(state, name);
    const cli = table(plan, name);
    expect(pane[0]).toEqual(cli.headers);
    expect(pane).toHaveLength(cli.rows.length + 1);
    pane.slice(1).forEach((row, i) =>
      row.forEach((v, k) => {
        const want = cli.rows[i][k].value;
        if (typeof want === "number") expect(Math.abs((v as number) - want)).toBeLessThan(1e-9);
        else expect(v).toEqual(want ?? "");
      }),
    );
  }
}

describe("the satisfaction model in the pane over the fake Excel", () => {
  test("Generate: the Model sheet equals the command line's --model report of the same survey (1e-9); Complaints, unmeasured, is left out and said", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const progress: Progress[] = [];
    const result = await svc.generate(loaded.range, loaded.proposals, choices, (p) => progress.push(p));
    expect(result.sheets.map((s) => s.key)).toEqual(["summary", "model"]);
    // The bar moves while the model is estimated: its own step, over [0.2, 0.3], never back.
    const model = progress.filter((p) => p.detail.step === "model").map((p) => p.fraction);
    expect(model.length).toBeGreaterThan(20);
    expect(model.every((f, i) => f >= 0.2 && f <= 0.3 && (i === 0 || f >= model[i - 1]))).toBe(true);
    expect(model.at(-1)!).toBeGreaterThan(0.28);
    await expectSameModel(state, SAMPLE_CSV);
    const index = writtenTable(state, "CS_Model_Index");
    expect(index.slice(1).map((r) => r[0])).toEqual(["Expectation", "Perceived quality", "Perceived value", "Satisfaction", "Loyalty"]);
    expect(texts(state, "Model").some((x) => x.includes("Complaints") && x.includes("ACSI"))).toBe(true);
    expect(result.checks?.some((c) => c.key === "modelFailed")).toBe(false);
  });

  test("Refresh keeps the model: new responses are estimated with it (the command line's on the longer file, 1e-9)", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    const before = writtenTable(state, "CS_Model_Index");
    // 60 new respondents: the first 60 with every rating one point lower where it can be.
    const added = rows.slice(1, 61).map((r, i) => r.map((c, k) => (k === 0 ? `N${i}` : typeof c === "number" && k > 5 && c > 1 && c <= 7 ? c - 1 : c)));
    setCells(state, "Survey", `A${rows.length + 1}`, added);
    const refreshed = await svc.refresh(() => undefined);
    expect(refreshed.n).toBe(rows.length - 1 + added.length);
    const after = writtenTable(state, "CS_Model_Index");
    expect(after[4][1]).not.toBeCloseTo(before[4][1] as number, 6);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cs-model-"));
    try {
      const file = path.join(dir, "longer.csv");
      fs.writeFileSync(file, Papa.unparse([...rows, ...added]));
      await expectSameModel(state, file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a column the model names is gone: no Model sheet, the rest written, and a warning names the column", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const gone: ReportChoices = { ...choices, model: { ...acsi, indicators: { ...acsi.indicators, value: ["Fees (renamed)"] } } };
    const result = await svc.generate(loaded.range, loaded.proposals, gone, () => undefined);
    expect(result.sheets.map((s) => s.key)).toEqual(["summary"]);
    const warning = result.checks?.find((c) => c.key === "modelFailed");
    expect(warning?.severity).toBe("warning");
    expect(String(warning?.params.reason)).toContain("Fees (renamed)");
    expect(texts(state, "Summary").some((x) => x.includes("No Model sheet") && x.includes("Fees (renamed)"))).toBe(true);
  });

  test("no column for Satisfaction: the warning says so in the report's language", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const { satisfaction: _, ...rest } = acsi.indicators;
    const result = await svc.generate(
      loaded.range,
      loaded.proposals,
      { ...choices, language: "es", model: { template: "acsi", indicators: rest } },
      () => undefined,
    );
    const warning = result.checks?.find((c) => c.key === "modelFailed");
    expect(String(warning?.params.reason)).toContain("ninguna columna de la encuesta mide Satisfacción");
    expect(result.sheets.map((s) => s.key)).toEqual(["summary"]);
  });
});

describe("modelFromStored: the recipe's model choice", () => {
  test("round trip through the stored options", () => {
    expect(choicesFromStored(JSON.parse(JSON.stringify(choices)), "en").model).toEqual(acsi);
  });

  test.each([
    ["not an object", 42],
    ["unknown template", { template: "ccsi", indicators: { satisfaction: ["x"] } }],
    ["no indicators", { template: "acsi" }],
    ["indicators not lists", { template: "ecsi", indicators: { satisfaction: "Overall" } }],
    ["only blank headers", { template: "ecsi", indicators: { satisfaction: ["", "  ", 3] } }],
  ])("%s → no model", (_, stored) => {
    expect(modelFromStored(stored)).toBeUndefined();
    expect(choicesFromStored({ model: stored }, "en")).not.toHaveProperty("model");
  });

  test("constructs not in the template and non-text headers are dropped", () => {
    expect(
      modelFromStored({ template: "acsi", indicators: { image: ["Brand"], satisfaction: ["Overall", 7, null, "x".repeat(1001)], nonsense: ["q"] } }),
    ).toEqual({
      template: "acsi",
      indicators: { satisfaction: ["Overall"] },
    });
  });
});

describe("plsTemplateReportStepCount: the progress bar's total", () => {
  test("is the number of pauses plsTemplateReportSteps makes, within 2 (the last row slice, the fit)", () => {
    const survey = Papa.parse<string[]>(csvText, { skipEmptyLines: true }).data;
    const [headers, ...body] = survey;
    const data = Array.from({ length: 4500 }, (_, i) => body[i % body.length]);
    const proposals = detectRoles(headers, data);
    const steps = plsTemplateReportSteps(headers, data, proposals, acsi, { language: "en", firstRow: 2, resamples: 20 });
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(Math.abs(pauses - plsTemplateReportStepCount(data.length, acsi, 20))).toBeLessThanOrEqual(2);
  });
});
