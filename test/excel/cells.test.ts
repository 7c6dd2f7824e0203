/** The text rule and the re-pointing of formulas at renamed sheets and tables. */
import { parseArea, splitRef } from "../../src/report/a1";
import { cellInput, mayNotStayText, renameRefs } from "../../src/excel/cells";
import { uniqueSheetName } from "../../src/excel/applyPlan";
import { createFakeExcel, createWorkbookState, findSheet } from "../fake-excel";

describe("text stays text", () => {
  test.each(['=HYPERLINK("http://x")', "+1", "-Parking", "@user", "'quoted", "#N/A", "007", "1/2", "50%", "TRUE", "false", " =1", "Q1 speed"])(
    "'%s' is prefixed",
    (s) => {
      expect(mayNotStayText(s)).toBe(true);
      expect(cellInput(s)).toBe(`'${s}`);
    },
  );

  test.each(["Waiting time", "Très satisfait", "非常满意", "Keep up the good work", ""])("'%s' is written as is", (s) => {
    expect(cellInput(s)).toBe(s);
  });

  test("numbers, booleans and blanks pass through", () => {
    expect([cellInput(3.5), cellInput(false), cellInput(null)]).toEqual([3.5, false, null]);
  });

  test("through the fake (Excel's typing rules), every prefixed string reads back unchanged and is not a formula", async () => {
    const texts = ['=HYPERLINK("http://x")', "+1", "-x", "@u", "'q", "#N/A", "007", "TRUE", "plain"];
    const state = createWorkbookState();
    await createFakeExcel(state).run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${texts.length}`).values = texts.map((t) => [cellInput(t)]);
    });
    const cells = texts.map((_, i) => findSheet(state, "Sheet1")?.cells.get(`${i},0`));
    expect(cells).toEqual(texts.map((value) => ({ value })));
  });
});

describe("renameRefs", () => {
  const sheets = new Map([
    ["summary", "Summary (2)"],
    ["kano data", "Kano data (2)"],
  ]);
  test.each([
    ["='Summary'!B5", "='Summary (2)'!B5"],
    ["=Summary!B5*2", "='Summary (2)'!B5*2"],
    ["=SUM('Kano data'!B2:B9)+summary!A1", "=SUM('Kano data (2)'!B2:B9)+'Summary (2)'!A1"],
    ['=IF(A1="Summary!B5","Summary!",Priority!A1)', '=IF(A1="Summary!B5","Summary!",Priority!A1)'],
    ["=MySummary!A1", "=MySummary!A1"],
    ["=SUM(CS_Means[Mean])", "=SUM(CS_Means_2[Mean])"],
  ])("%s → %s", (formula, expected) => {
    expect(renameRefs(formula, sheets, new Map([["cs_means", "CS_Means_2"]]))).toBe(expected);
  });

  test("quotes inside sheet names", () => {
    expect(renameRefs("='It''s'!A1", new Map([["it's", "It's (2)"]]))).toBe("='It''s (2)'!A1");
  });
});

describe("names and addresses", () => {
  test("suffixes count up and keep within 31 characters", () => {
    expect(uniqueSheetName("Summary", new Set(["summary", "summary (2)"]))).toBe("Summary (3)");
    expect(uniqueSheetName("Kano", new Set(["summary"]))).toBe("Kano");
    expect(uniqueSheetName("x".repeat(31), new Set(["x".repeat(31)]))).toBe(`${"x".repeat(27)} (2)`);
  });

  test("A1 areas, whole columns and sheet-qualified references", () => {
    expect(parseArea("B4:F14")).toEqual({ row: 3, col: 1, rows: 11, cols: 5 });
    expect(parseArea("$C$2")).toEqual({ row: 1, col: 2, rows: 1, cols: 1 });
    expect(parseArea("A:C")).toEqual({ row: 0, col: 0, rows: 1_048_576, cols: 3 });
    expect(() => parseArea("B4:")).toThrow("'B4:' is not an A1 cell or range");
    expect(splitRef("'Kano ''data'''!B2:B9")).toEqual({ sheet: "Kano 'data'", address: "B2:B9" });
    expect(splitRef("B2:B9")).toEqual({ address: "B2:B9" });
  });
});
