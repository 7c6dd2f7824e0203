/**
 * "Try it with sample data" (issue #11 item 5): the bundled sample survey (src/sample/, seeded) is
 * written through the port to a new sheet of the fake Excel, selected, and Use selection reads it
 * with the roles the report needs.
 */
import { reportStrings } from "../../src/i18n/report";
import { createServices } from "../../src/taskpane/pipeline";
import { officePort } from "../../src/taskpane/officePort";
import { SAMPLE_RESPONDENTS, SAMPLE_SHEET, sampleSurvey } from "../../src/sample/sampleSurvey";
import { createFakeExcel, createWorkbookState, findSheet } from "../fake-excel";

const all = (): boolean => true;

describe("sample survey", () => {
  it("is the same for the same seed, has a header row and 80 respondents", () => {
    const rows = sampleSurvey();
    expect(sampleSurvey()).toEqual(rows);
    expect(rows).toHaveLength(SAMPLE_RESPONDENTS + 1);
    expect(rows[0]).toHaveLength(17);
    expect(rows.slice(1).every((r) => r.length === 17)).toBe(true);
    expect(sampleSurvey(7)).not.toEqual(rows);
  });

  it("writes to a new sheet, selects it, and Use selection proposes the report's roles", async () => {
    const state = createWorkbookState({ sheets: ["Sheet1"], selection: "Sheet1!A1" });
    const svc = createServices(officePort(createFakeExcel(state).run, all), () => true);
    const name = await svc.writeSampleSurvey();
    expect(name).toBe(SAMPLE_SHEET);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", SAMPLE_SHEET]);
    expect(findSheet(state, SAMPLE_SHEET)!.cells.size).toBeGreaterThan(0);
    expect(state.selection).toBe(`'${SAMPLE_SHEET}'!A1:Q81`);

    const loaded = await svc.readSelection(() => undefined);
    expect(loaded.source).toBe(`'${SAMPLE_SHEET}'!A1:Q81`);
    expect(loaded.range.rows).toHaveLength(SAMPLE_RESPONDENTS);
    expect(loaded.proposals.map((p) => [p.role, p.attribute ?? null])).toEqual([
      ["id", null],
      ["segment", null],
      ["overall", null],
      ["recommend", null],
      ...["Waiting time", "Staff courtesy", "Mobile app", "Fees"].flatMap((a) => [
        ["rating", a],
        ["importance", a],
      ]),
      ...["Weekend opening", "Queue SMS alert"].flatMap((f) => [
        ["kano_functional", f],
        ["kano_dysfunctional", f],
      ]),
      ["period", null],
    ]);
    expect(loaded.samples.slice(0, 2)).toEqual(["S001", String(sampleSurvey()[1][1])]);

    const result = await svc.generate(loaded.range, loaded.proposals, { crosshair: "mean", sheets: ["summary", "priority"], language: "en" }, () => undefined);
    expect(result.n).toBe(SAMPLE_RESPONDENTS);
    expect(result.issueCount).toBe(0);
    const t = reportStrings("en").sheetNames;
    expect(result.sheets.map((s) => s.name)).toEqual([t.summary, t.priority]);
  });

  it("takes a free name when the workbook already has a sample sheet", async () => {
    const state = createWorkbookState({ sheets: [SAMPLE_SHEET], selection: `'${SAMPLE_SHEET}'!A1` });
    const svc = createServices(officePort(createFakeExcel(state).run, all), () => true);
    await expect(svc.writeSampleSurvey()).resolves.toBe(`${SAMPLE_SHEET} (2)`);
    expect(state.selection).toBe(`'${SAMPLE_SHEET} (2)'!A1:Q81`);
    expect(findSheet(state, SAMPLE_SHEET)!.cells.size).toBe(0);
  });
});
