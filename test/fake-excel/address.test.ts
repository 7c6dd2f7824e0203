import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS, checkArea, columnToLetters, formatAddress, formatArea, lettersToColumn, parseAddress, quoteSheetName } from "./address";

describe("column letters", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnToLetters(col)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(col);
    expect(lettersToColumn(letters.toLowerCase())).toBe(col);
  });

  test("XFE and beyond are outside the grid", () => {
    expect(() => lettersToColumn("XFE")).toThrow(/beyond column XFD/);
    expect(() => columnToLetters(MAX_COLUMNS)).toThrow(/out of range/);
    expect(() => lettersToColumn("ABCD")).toThrow();
  });

  test("letters round-trip for every column (sampled)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => lettersToColumn(columnToLetters(c)) === c),
      { numRuns: 200 },
    );
  });
});

describe("parseAddress", () => {
  test.each([
    ["A1", undefined, { row: 0, col: 0, rows: 1, cols: 1 }],
    ["B2:D10", undefined, { row: 1, col: 1, rows: 9, cols: 3 }],
    ["D10:B2", undefined, { row: 1, col: 1, rows: 9, cols: 3 }],
    ["$A$1:$C$3", undefined, { row: 0, col: 0, rows: 3, cols: 3 }],
    ["Sheet1!A1:C3", "Sheet1", { row: 0, col: 0, rows: 3, cols: 3 }],
    ["'My sheet'!A1", "My sheet", { row: 0, col: 0, rows: 1, cols: 1 }],
    ["'It''s'!B2", "It's", { row: 1, col: 1, rows: 1, cols: 1 }],
    ["A:C", undefined, { row: 0, col: 0, rows: MAX_ROWS, cols: 3 }],
    ["2:5", undefined, { row: 1, col: 0, rows: 4, cols: MAX_COLUMNS }],
    ["XFD1048576", undefined, { row: MAX_ROWS - 1, col: MAX_COLUMNS - 1, rows: 1, cols: 1 }],
  ])("%s", (address, sheet, area) => {
    expect(parseAddress(address)).toEqual(sheet === undefined ? { area } : { sheet, area });
  });

  test.each(["", "A", "1", "A0", "A1048577", "XFE1", "A1:B", "A1:B2:C3", "'open!A1", "A1:"])("rejects '%s' as InvalidArgument", (address) => {
    expect(() => parseAddress(address)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  test("areas must stay inside 1,048,576 rows × 16,384 columns", () => {
    expect(() => checkArea({ row: MAX_ROWS - 1, col: 0, rows: 2, cols: 1 })).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => checkArea({ row: 0, col: MAX_COLUMNS - 2, rows: 1, cols: 3 })).toThrow();
    expect(() => checkArea({ row: -1, col: 0, rows: 1, cols: 1 })).toThrow();
    expect(() => checkArea({ row: 0, col: 0, rows: 0, cols: 1 })).toThrow();
  });
});

describe("formatting", () => {
  test("Excel's forms: single cell, rectangle, whole columns, whole rows, absolute", () => {
    expect(formatArea({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(formatArea({ row: 1, col: 1, rows: 9, cols: 3 })).toBe("B2:D10");
    expect(formatArea({ row: 0, col: 0, rows: MAX_ROWS, cols: 3 })).toBe("A:C");
    expect(formatArea({ row: 1, col: 0, rows: 4, cols: MAX_COLUMNS })).toBe("2:5");
    expect(formatArea({ row: 1, col: 1, rows: 2, cols: 2 }, true)).toBe("$B$2:$C$3");
  });

  test("sheet names are quoted when Excel would quote them", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Summary_2")).toBe("Summary_2");
    expect(quoteSheetName("汇总")).toBe("汇总");
    expect(quoteSheetName("My sheet")).toBe("'My sheet'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("AB12")).toBe("'AB12'"); // looks like a cell
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(formatAddress("My sheet", { row: 0, col: 0, rows: 2, cols: 2 })).toBe("'My sheet'!A1:B2");
  });

  test("format → parse round trip for random areas and sheet names", () => {
    const area = fc.record({ row: fc.integer({ min: 0, max: MAX_ROWS - 1 }), col: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }) }).chain(({ row, col }) =>
      fc.record({
        row: fc.constant(row),
        col: fc.constant(col),
        rows: fc.integer({ min: 1, max: Math.min(MAX_ROWS - row, 5000) }),
        cols: fc.integer({ min: 1, max: Math.min(MAX_COLUMNS - col, 300) }),
      }),
    );
    const sheet = fc.stringMatching(/^[A-Za-z' 0-9_]{1,12}$/).filter((s) => !s.startsWith("'") && !s.endsWith("'"));
    fc.assert(
      fc.property(area, sheet, (a, s) => {
        expect(parseAddress(formatAddress(s, a))).toEqual({ sheet: s, area: a });
        expect(parseAddress(formatArea(a, true)).area).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
