/** A1 addresses and the plan-formula → file-formula conversion (_xlfn. prefixes). */
import { absoluteRef, columnLetters, parseRect as parseRange, requireCell as parseCell, splitRef } from "../../src/report/a1";
import { fromFileFormula, toFileFormula } from "../../src/xlsx/formula";

describe("A1 addresses", () => {
  test("column letters are bijective base 26", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    for (const c of [1, 26, 27, 700, 16384]) expect(parseCell(`${columnLetters(c)}7`)).toEqual({ row: 7, column: c });
  });

  test("ranges are normalised; absolute references quote the sheet name and double its quotes", () => {
    expect(parseRange("F14:B4")).toEqual({ top: 4, left: 2, bottom: 14, right: 6 });
    expect(parseRange("$C$3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(absoluteRef("Prioridad 优先级", parseRange("B5:B10"))).toBe("'Prioridad 优先级'!$B$5:$B$10");
    expect(absoluteRef("It's", parseRange("A1"))).toBe("'It''s'!$A$1");
    expect(splitRef("'It''s'!A1:B2")).toEqual({ sheet: "It's", address: "A1:B2" });
    expect(splitRef("B4:B9")).toEqual({ address: "B4:B9" });
  });

  test("bad addresses are refused", () => {
    expect(() => parseCell("A0")).toThrow(/not an A1 cell address/);
    expect(() => parseCell("XFE1")).toThrow(/beyond column XFD/);
    expect(() => parseRange("A1:B2:C3")).toThrow(/not an A1 range/);
  });
});

describe("file formulas", () => {
  test("leading '=' removed; Excel 2010+ functions get _xlfn.; older ones do not", () => {
    expect(toFileFormula("=RANK.EQ(E5,$E$5:$E$10)")).toBe("_xlfn.RANK.EQ(E5,$E$5:$E$10)");
    expect(toFileFormula("=SUMPRODUCT(A1:A3,B1:B3)/SUM(B1:B3)")).toBe("SUMPRODUCT(A1:A3,B1:B3)/SUM(B1:B3)");
    expect(toFileFormula("=stdev.s(A1:A9)+T.DIST.2T(2, 5)+T.DIST(1,2,TRUE)")).toBe("_xlfn.STDEV.S(A1:A9)+_xlfn.T.DIST.2T(2, 5)+_xlfn.T.DIST(1,2,TRUE)");
    expect(toFileFormula("=IFNA(MATCH(1,A:A,0),0)")).toBe("_xlfn.IFNA(MATCH(1,A:A,0),0)");
  });

  test("text literals and quoted sheet names are left alone; names merely containing a function name too", () => {
    expect(toFileFormula(`=IF(A1>0,"RANK.EQ(x)",'VAR.S sheet'!B2)`)).toBe(`IF(A1>0,"RANK.EQ(x)",'VAR.S sheet'!B2)`);
    expect(toFileFormula(`=CONCATENATE("a""b",MYVAR.S(1))`)).toBe(`CONCATENATE("a""b",MYVAR.S(1))`);
    expect(toFileFormula("=_xlfn.RANK.EQ(A1,A1:A2)")).toBe("_xlfn.RANK.EQ(A1,A1:A2)");
  });

  test("fromFileFormula is the inverse", () => {
    for (const f of ["=RANK.EQ(E5,$E$5:$E$10)", `=IF(A1,"_xlfn.x",1)`, "=AVERAGE(B5:B10)"]) expect(fromFileFormula(toFileFormula(f))).toBe(f);
  });
});
