import {
  absoluteRef,
  cellAddress,
  cellName,
  columnLetters,
  columnNumber,
  containsCell,
  displayRef,
  formatArea,
  formulaNumber,
  formulaText,
  looksLikeCellRef,
  MAX_COLUMNS,
  MAX_ROWS,
  parseArea,
  parseCell,
  parseRange,
  parseRect,
  quoteSheetName,
  rangeAddress,
  rectAddress,
  rectCells,
  requireCell,
  sheetRef,
  splitRef,
} from "../../src/report/a1";
import { sourceOrigin } from "../../src/report/summary";

describe("A1 addresses", () => {
  test("column letters round-trip: A, Z, AA, AZ, BA, XFD", () => {
    const cases: [number, string][] = [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [53, "BA"],
      [16384, "XFD"],
    ];
    for (const [n, s] of cases) {
      expect(columnLetters(n)).toBe(s);
      expect(columnNumber(s)).toBe(n);
    }
    expect(() => columnLetters(0)).toThrow(RangeError);
    expect(() => columnLetters(16385)).toThrow(RangeError);
  });

  test("cells and ranges, absolute and relative; parsing normalises the corners", () => {
    expect(cellAddress(7, 2)).toBe("B7");
    expect(cellAddress(7, 2, true)).toBe("$B$7");
    expect(rangeAddress(7, 2, 9, 4)).toBe("B7:D9");
    expect(rangeAddress(7, 2, 7, 2)).toBe("B7");
    expect(parseCell("$AA$10")).toEqual({ row: 10, column: 27 });
    expect(parseCell("A0B")).toBeUndefined();
    expect(parseRange("D9:B7")).toEqual({ from: { row: 7, column: 2 }, to: { row: 9, column: 4 } });
  });

  test("formula literals: text quotes doubled, negative numbers in parentheses, sheet names quoted", () => {
    expect(formulaText('say "hi"')).toBe('"say ""hi"""');
    expect(formulaNumber(-2)).toBe("(-2)");
    expect(formulaNumber(5)).toBe("5");
    expect(() => formulaNumber(Number.NaN)).toThrow(RangeError);
    expect(sheetRef("Bob's data", "A1")).toBe("'Bob''s data'!A1");
  });

  test("the survey's origin from the plan source", () => {
    expect(sourceOrigin("Survey!A1:BH601")).toEqual({ row: 1, column: 1, prefix: "Survey!" });
    expect(sourceOrigin("'My data'!$C$3:$Z$99")).toEqual({ row: 3, column: 3, prefix: "'My data'!" });
    expect(sourceOrigin("B2:D9")).toEqual({ row: 2, column: 2, prefix: "" });
    expect(sourceOrigin("file survey2024.csv")).toEqual({ row: 1, column: 1, prefix: "" });
  });

  test("one module, three views of a place: 1-based cells, 1-based rectangles, 0-based Office areas", () => {
    // The same block, B7:D9, in each view; each converts back to the same text.
    expect(parseRect("D9:B7")).toEqual({ top: 7, left: 2, bottom: 9, right: 4 });
    expect(rectAddress(parseRect("D9:B7"))).toBe("B7:D9");
    expect(parseArea("D9:B7")).toEqual({ row: 6, col: 1, rows: 3, cols: 3 });
    expect(formatArea(parseArea("B7:D9"))).toBe("B7:D9");
    expect(cellName(6, 1)).toBe("B7");
    expect(parseArea("A:C")).toEqual({ row: 0, col: 0, rows: MAX_ROWS, cols: 3 });
    expect(parseArea("3:5")).toEqual({ row: 2, col: 0, rows: 3, cols: MAX_COLUMNS });
    expect(containsCell(parseArea("B7:D9"), 6, 3)).toBe(true);
    expect(containsCell(parseArea("B7:D9"), 9, 3)).toBe(false);
    expect(rectCells(parseRect("A1:B2"))).toEqual([
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 2, column: 1 },
      { row: 2, column: 2 },
    ]);
  });

  test("cells off the sheet are not cells; the throwing forms name the text", () => {
    expect(parseCell("A0")).toBeUndefined();
    expect(parseCell("A1048577")).toBeUndefined();
    expect(parseCell("XFE1")).toBeUndefined();
    expect(parseRange("A1:B2:C3")).toBeUndefined();
    expect(() => requireCell("XFE1")).toThrow("'XFE1' is beyond column XFD");
    expect(() => requireCell("B")).toThrow("'B' is not an A1 cell address");
    expect(() => parseArea("B2:", "survey range")).toThrow("survey range: 'B2:' is not an A1 cell or range");
  });

  test("sheet qualifiers: quoted always for formulas, only when needed for people; split back", () => {
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(absoluteRef("Prioridad 优先级", parseRect("B5:B10"))).toBe("'Prioridad 优先级'!$B$5:$B$10");
    expect(displayRef("Survey", "E15")).toBe("Survey!E15");
    expect(displayRef("Kano data", "E15")).toBe("'Kano data'!E15");
    expect(displayRef("AB12", "E15")).toBe("'AB12'!E15");
    expect(displayRef("概要", "B4")).toBe("概要!B4");
    expect(splitRef(sheetRef("It's", "A1:B2"))).toEqual({ sheet: "It's", address: "A1:B2" });
    expect(splitRef("B4:B9")).toEqual({ address: "B4:B9" });
    expect(looksLikeCellRef("XY12")).toBe(true);
    expect(looksLikeCellRef("Means")).toBe(false);
  });
});
