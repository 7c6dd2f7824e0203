/**
 * The pane's "Rake weights to population margins" (issue #14, part 3) against the fake Excel
 * runtime: the margins table read from the workbook (a range or an Excel table), the report's
 * Weighting block, the recipe that keeps the address so Refresh re-rakes with the margins as they
 * are then, and the errors of a bad address or table.
 *
 * Independent check: the pane's Summary margins and figures equal those of the command line's
 * report of the same survey (test/fixtures/sample-survey.csv) raked to the same margins
 * (test/fixtures/sample-margins.csv) — two readers of the survey (Excel's values, the streamed
 * CSV) — and the achieved shares equal the targets to 1e-9.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { readMarginsFile } from "../../src/cli/marginsFile";
import { buildReportFromFile } from "../../src/cli/report";
import { CsError } from "../../src/engine/errors";
import { KeyedError } from "../../src/excel/errors";
import { formatArea } from "../../src/report/a1";
import { parseMarginsRef } from "../../src/taskpane/marginsRef";
import { officePort } from "../../src/taskpane/officePort";
import { choicesFromStored, createServices } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";
import { createFakeExcel, createWorkbookState, findSheet, getValues, setCells, type FakeWorkbookState } from "../fake-excel";
import { table } from "../report/planCheck";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const SAMPLE_CSV = path.join(FIXTURES, "sample-survey.csv");
const MARGINS_CSV = path.join(FIXTURES, "sample-margins.csv");
const asExcel = (file: string): (string | number)[][] =>
  Papa.parse<string[]>(fs.readFileSync(file, "utf8"), { skipEmptyLines: true }).data.map((r) =>
    r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)),
  );
const rows = asExcel(SAMPLE_CSV);
const margins = asExcel(MARGINS_CSV);

function workbook(): FakeWorkbookState {
  return createWorkbookState({
    sheets: [
      { name: "Survey", rows },
      { name: "Margins", rows: margins },
    ],
    selection: "Survey!C5",
  });
}

function services(state: FakeWorkbookState) {
  return createServices(
    officePort(createFakeExcel(state).run, () => true),
    () => true,
  );
}

const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "segments"], language: "en", rakeMargins: "Margins!A1:C9" };

/** A table the report wrote, read back from the fake workbook by its name. */
function writtenTable(state: FakeWorkbookState, name: string): (string | number | boolean)[][] {
  for (const sheet of state.sheets) {
    const t = sheet.tables.find((x) => x.props.name === name);
    if (t) {
      const a = t.area;
      return getValues(state, `'${sheet.name}'!${formatArea(a)}`);
    }
  }
  throw new Error(`no table ${name}`);
}

describe("parseMarginsRef: what the field accepts", () => {
  test.each([
    ["Margins!A1:C6", { sheet: "Margins", address: "A1:C6" }],
    ["'Pop margins'!$A$1:$C$9", { sheet: "Pop margins", address: "A1:C9" }],
    [" A1:C6 ", { address: "A1:C6" }],
    ["Margins", { table: "Margins" }],
    ["tbl_Margins.2026", { table: "tbl_Margins.2026" }],
  ])("%p", (text, ref) => expect(parseMarginsRef(text)).toEqual(ref));

  test.each(["", "  ", "Margins!", "!A1:C6", "A1:C6:D7", "Margins!A0", "two words", "Margins!nope"])("%p is neither a range nor a table name", (text) => {
    expect(parseMarginsRef(text)).toBeUndefined();
  });
});

describe("raking in the pane over the fake Excel", () => {
  test("Generate: the Summary's Weighting block equals the command line's for the same survey and margins; achieved = target (1e-9)", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const before = JSON.stringify([...findSheet(state, "Survey")!.cells]);
    await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    expect(JSON.stringify([...findSheet(state, "Survey")!.cells])).toBe(before); // the weight column is not changed

    const cli = await buildReportFromFile(SAMPLE_CSV, { margins: readMarginsFile(MARGINS_CSV), sheets: ["summary", "segments"] });
    const pane = writtenTable(state, "CS_Summary_Margins");
    const expected = table(cli.plan, "CS_Summary_Margins");
    expect(pane[0]).toEqual(expected.headers);
    pane.slice(1).forEach((row, i) => {
      expect(row.slice(0, 2)).toEqual(expected.rows[i].slice(0, 2).map((c) => c.value));
      expect(row[2] as number).toBeCloseTo(expected.rows[i][2].value as number, 12);
      expect(Math.abs((row[3] as number) - (row[2] as number))).toBeLessThan(1e-9);
    });
    const figures = writtenTable(state, "CS_Summary_Weighting");
    const cliFigures = table(cli.plan, "CS_Summary_Weighting").values("Value") as number[];
    figures.slice(1).forEach((row, i) => expect(row[1] as number).toBeCloseTo(cliFigures[i], 9));
    // The attribute means the pane wrote are the raked ones (the command line's), not those of the survey's weights.
    const means = writtenTable(state, "CS_Summary_Means").slice(1);
    const cliMeans = table(cli.plan, "CS_Summary_Means").values("Mean") as number[];
    expect(means).toHaveLength(cliMeans.length);
    means.forEach((row, i) => expect(row[2] as number).toBeCloseTo(cliMeans[i], 9));
  });

  test("the recipe keeps the address: Refresh re-rakes with the margins as they are then", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    // New targets for the branches (still shares adding up to 1).
    setCells(state, "Margins", "C2", [[0.3], [0.2], [0.2], [0.1], [0.2]]);
    await svc.refresh(() => undefined);
    const targets = writtenTable(state, "CS_Summary_Margins")
      .slice(1, 6)
      .map((r) => r[2] as number);
    [0.3, 0.2, 0.2, 0.1, 0.2].forEach((t, i) => expect(targets[i]).toBeCloseTo(t, 12));
  });

  test("an Excel table by name is read as it is", async () => {
    const state = workbook();
    const { run } = createFakeExcel(state);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Margins").tables.add("A1:C9", true).name = "PopMargins";
      await context.sync();
    });
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    await svc.generate(loaded.range, loaded.proposals, { ...choices, rakeMargins: "PopMargins" }, () => undefined);
    expect(writtenTable(state, "CS_Summary_Margins")).toHaveLength(9);
  });

  test("errors: a bad address, a table that is not there, a margins table whose content is wrong (located)", async () => {
    const state = workbook();
    const svc = services(state);
    const loaded = await svc.readSelection(() => undefined);
    const attempt = (rakeMargins: string) =>
      svc.generate(loaded.range, loaded.proposals, { ...choices, rakeMargins }, () => undefined).catch((e: unknown) => e);
    const bad = await attempt("two words");
    expect(bad).toBeInstanceOf(CsError);
    expect((bad as CsError).key).toBe("marginsBadRef");
    const missing = await attempt("NoSuchTable");
    expect(missing).toBeInstanceOf(KeyedError);
    expect((missing as KeyedError).key).toBe("marginsTableNotFound");
    setCells(state, "Margins", "C3", [["many"]]);
    const content = (await attempt("Margins!A1:C9")) as CsError;
    expect([content.key, content.row, content.column]).toEqual(["marginsBadTarget", 3, 3]);
    expect(content.params.file).toBe("Margins!A1:C9");
  });

  test("choicesFromStored: the address comes back trimmed; anything else is dropped", () => {
    expect(choicesFromStored({ rakeMargins: " Margins!A1:C9 " }, "en").rakeMargins).toBe("Margins!A1:C9");
    for (const bad of [42, "", "   ", null, "x".repeat(601)]) expect(choicesFromStored({ rakeMargins: bad }, "en")).not.toHaveProperty("rakeMargins");
  });
});
