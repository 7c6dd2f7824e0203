import { cellAddress, columnLetters, columnNumber, formulaNumber, formulaText, parseCell, parseRange, rangeAddress, sheetRef } from "../../src/report/a1";
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
});
