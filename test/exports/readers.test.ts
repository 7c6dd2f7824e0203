/**
 * The readers around detectLayout: a streamed Qualtrics CSV keeps its true sheet row numbers in
 * messages (data starts at row 4), n counts respondents only, the roles file written for an
 * export reads back to the same roles, and the task pane's Refresh splits the stored range the
 * same way as Use selection (fake Excel runtime).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { buildReportFromFile } from "../../src/cli/report";
import { rolesFileText, rolesFromText, rolesToFile } from "../../src/cli/rolesFile";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";
import { createFakeExcel, createWorkbookState } from "../fake-excel";
import type { CellInput } from "../fake-excel/state";
import { exportTruth, fixturePath, fixtureRangeValues } from "../fixtures/exports";

const truth = exportTruth();
const now = (): Date => new Date("2026-12-02T00:00:00Z");

describe("command line readers", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cs-exports-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a bad answer in a Qualtrics export is reported at its sheet row (header rows 1–3 counted)", async () => {
    const t = truth.fixtures["qualtrics-numeric.csv"];
    const col = t.roles.satisfaction[0].column;
    const grid = Papa.parse<string[]>(fs.readFileSync(fixturePath("qualtrics-numeric.csv"), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    // Sheet row 6 = the third respondent; its first satisfaction answer becomes 9 (off the 1–5 scale).
    expect(grid[5][col]).toMatch(/^[1-5]$/);
    grid[5][col] = "9";
    const file = path.join(dir, "qualtrics-bad.csv");
    fs.writeFileSync(file, Papa.unparse(grid, { newline: "\r\n" }));
    const b = await buildReportFromFile(file, { now });
    expect(b.result.n).toBe(truth.n);
    expect(b.rowsRead).toBe(truth.n);
    expect(b.layout).toMatchObject({ platform: "qualtrics", headerRows: 3 });
    const issue = b.result.issues.find((i) => i.column === col + 1);
    expect([issue?.row, issue?.value]).toEqual([6, "9"]);
  });

  test("the roles file written for an export reads back to the same roles", async () => {
    for (const file of ["qualtrics-choice.csv", "surveymonkey-text.csv", "microsoft-forms.xlsx"]) {
      const b = await buildReportFromFile(fixturePath(file), { now });
      const text = rolesFileText(rolesToFile(file, b.headers, b.proposals));
      const back = rolesFromText(text, b.headers, "roles.json");
      const strip = (ps: typeof back): unknown[] => ps.map((p) => [p.index, p.role, p.attribute, p.scale, p.pairIndex]);
      expect([file, strip(back)]).toEqual([file, strip(b.proposals)]);
      const again = await buildReportFromFile(fixturePath(file), { now, roles: { text, name: "roles.json" } });
      expect([file, again.analysis.csi, again.analysis.nps?.nps]).toEqual([file, b.analysis.csi, b.analysis.nps?.nps]);
    }
  });
});

describe("task pane over the fake Excel", () => {
  const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "kano"], language: "en" };

  test("Use selection and Refresh on a Qualtrics export: 200 respondents both times (header rows 2–3 never counted)", async () => {
    const rows = (await fixtureRangeValues("qualtrics-choice.csv")) as CellInput[][]; // numbers, text, booleans as Excel holds them
    const state = createWorkbookState({ sheets: [{ name: "Export", rows }], selection: "Export!A1" });
    const svc = createServices(
      officePort(createFakeExcel(state).run, () => true),
      () => true,
    );
    const loaded = await svc.readSelection(() => undefined);
    expect(loaded.layout).toMatchObject({ platform: "qualtrics", headerRows: 3 });
    expect(loaded.range.rows).toHaveLength(truth.n);
    const first = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    expect(first.n).toBe(truth.n);
    const again = await svc.refresh(() => undefined);
    expect(again.n).toBe(truth.n);
  });
});
