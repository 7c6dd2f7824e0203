/**
 * Issue #11 item 7: skipped cells by their sheet address, counted from the survey range's
 * top-left (not A1), and a click selects the cell in the workbook (ExcelPort.selectCell over the
 * fake Excel runtime: the selection and the active sheet move). ReportResult renders the address
 * as a link in en / zh-CN / es.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { uiStrings } from "../../src/i18n/ui";
import { ReportResult } from "../../src/taskpane/components/ReportResult";
import { classifyError, errorText } from "../../src/taskpane/errors";
import { cellLabel, issueCell, issueReason } from "../../src/taskpane/issueCells";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";
import { cellKey, createFakeExcel, createWorkbookState, findSheet, type FakeWorkbookState } from "../fake-excel";

const csv = fs.readFileSync(path.join(__dirname, "..", "fixtures", "sample-survey.csv"), "utf8");
const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary"], language: "en" };

const services = (wb: FakeWorkbookState) =>
  createServices(
    officePort(createFakeExcel(wb).run, () => true),
    () => true,
  );

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("issueCell / cellLabel / issueReason", () => {
  it("adds the range's offset: row 15, column 5 of a survey at C3:H40 is G17; of one at A1 it is E15", () => {
    expect(issueCell({ row: 15, column: 5 }, { sheet: "Survey", address: "C3:H40" })).toEqual({ sheet: "Survey", address: "G17" });
    expect(issueCell({ row: 15, column: 5 }, { sheet: "Survey", address: "A1:Z700" })).toEqual({ sheet: "Survey", address: "E15" });
    expect(issueCell({ row: 1, column: 1 }, { sheet: "S", address: "$AA$10:$AC$20" })).toEqual({ sheet: "S", address: "AA10" });
  });

  it("qualifies the address with the sheet, quoted when a formula would need it", () => {
    expect(cellLabel({ sheet: "Survey", address: "E15" })).toBe("Survey!E15");
    expect(cellLabel({ sheet: "Kano data", address: "E15" })).toBe("'Kano data'!E15");
    expect(cellLabel({ sheet: "AB12", address: "E15" })).toBe("'AB12'!E15");
    expect(cellLabel({ sheet: "O'Brien", address: "E15" })).toBe("'O''Brien'!E15");
  });

  it("says what is wrong without the row and column the address replaces", () => {
    const issue = {
      row: 15,
      column: 5,
      value: "Very satisifed",
      message: "row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale",
      key: "notOnScale" as const,
      params: { row: 15, column: 5, value: "Very satisifed", min: 1, max: 5 },
    };
    expect(issueReason(issue, "en")).toBe("'Very satisifed' is not an answer on the 1–5 scale");
    expect(issueReason(issue, "zh-CN")).toBe("“Very satisifed”不是 1–5 量表上的回答");
    expect(issueReason(issue, "es")).toBe("«Very satisifed» no es una respuesta de la escala 1–5");
    expect(issueReason({ row: 3, column: 2, value: "x", message: "row 3, column 2: something without a key" }, "es")).toBe("something without a key");
  });
});

describe("skipped cells over the fake Excel: the address of the value, and selecting it", () => {
  it("a survey at C4 of 'Kano data': each issue's address holds its value; selectCell moves the selection and the active sheet", async () => {
    const wb = createWorkbookState({ sheets: ["Notes", { name: "Kano data", rows, at: "C4" }], selection: "'Kano data'!D6" });
    const svc = services(wb);
    const loaded = await svc.readSelection(() => undefined);
    expect(loaded.source).toBe(`'Kano data'!C4:${loaded.range.address.split(":")[1]}`);
    const result = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    expect(result.survey).toEqual({ sheet: "Kano data", address: loaded.range.address });
    expect(result.issues.length).toBeGreaterThan(0);
    const sheet = findSheet(wb, "Kano data")!;
    for (const issue of result.issues) {
      const cell = issueCell(issue, result.survey!);
      const top = { row: 3, col: 2 }; // C4, 0-based
      const at = sheet.cells.get(cellKey(top.row + issue.row - 1, top.col + issue.column - 1));
      expect(String(at?.value)).toBe(issue.value);
      expect(cell.sheet).toBe("Kano data");
    }
    // The first issue: row 15, column 5 of the range → G18 on the sheet (C4 + 14 rows, + 4 columns).
    expect(result.issues[0]).toMatchObject({ row: 15, column: 5, value: "Very satisifed" });
    const first = issueCell(result.issues[0], result.survey!);
    expect(first.address).toBe("G18");

    wb.activeSheetId = findSheet(wb, "Notes")!.id;
    wb.selection = "Notes!A1";
    await svc.selectCell(first.sheet, first.address);
    expect(wb.selection).toBe("'Kano data'!G18");
    expect(wb.activeSheetId).toBe(sheet.id);
  });

  it("selecting a cell on a sheet that is gone is an Excel error naming the cell, in the pane's language", async () => {
    const wb = createWorkbookState({ sheets: [{ name: "Survey", rows }] });
    const e = await services(wb)
      .selectCell("Gone", "E15")
      .catch((x: unknown) => x);
    const err = classifyError(e);
    expect(err.kind).toBe("excel");
    expect(errorText(err, uiStrings("en"))).toMatch(/^Excel reported: selecting cell 'Gone'!E15: .*\(ItemNotFound\)\.$/);
    expect(errorText(err, uiStrings("zh-CN"))).toMatch(/^Excel 报告错误：选择单元格 'Gone'!E15 时出错：.*（ItemNotFound）。$/);
  });
});

describe("ReportResult: the skipped cells as addresses", () => {
  const issues = [
    {
      row: 15,
      column: 5,
      value: "Very satisifed",
      message: "row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale",
      key: "notOnScale" as const,
      params: { row: 15, column: 5, value: "Very satisifed", min: 1, max: 5 },
    },
  ];
  const result = { sheets: [{ key: "summary" as const, name: "Summary" }], n: 600, issues, issueCount: 1, survey: { sheet: "Survey", address: "B2:Z601" } };
  const render = (lang: "en" | "zh-CN" | "es"): string =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <ReportResult s={uiStrings(lang)} result={result} onOpen={() => undefined} onSelectCell={() => undefined} />
      </FluentProvider>,
    );

  it("names the cell by its sheet address (offset from B2) with a link that says it selects the cell, in en / zh-CN / es", () => {
    expect(text(render("en"))).toContain("Survey!F16 : 'Very satisifed' is not an answer on the 1–5 scale");
    expect(text(render("en"))).not.toContain("row 15");
    expect(render("en")).toContain('aria-label="Select cell Survey!F16"');
    expect(text(render("zh-CN"))).toContain("Survey!F16 ：“Very satisifed”不是 1–5 量表上的回答");
    expect(render("zh-CN")).toContain('aria-label="选择单元格 Survey!F16"');
    expect(text(render("es"))).toContain("Survey!F16 : «Very satisifed» no es una respuesta de la escala 1–5");
  });
});
