/**
 * The PLS model table (src/engine/pls/model.ts): every error its doc blocks list, with the row and
 * column of the model table it names and its parameters; header words in English, Spanish and
 * Chinese; the list separators; blank rows; and the resolved ECSI model (Tenenhaus et al. 2005,
 * Fig. 1; R plspm's satisfaction example) on the headers of test/fixtures/pls/quality/satisfaction.csv,
 * whose indices are worked out by hand from the file's column order below.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { parsePlsModelTable, resolvePlsModel } from "../../../src/engine/pls/model";
import type { PlsConstructSpec } from "../../../src/engine/pls/types";
import { expectCsError } from "../csError";

const HEAD = ["construct", "indicators", "antecedents", "mode"];
/** The satisfaction data's headers (its first column is R's row names). */
const SAT_HEADERS = readFileSync(resolve(__dirname, "../../fixtures/pls/quality/satisfaction.csv"), "utf8")
  .split(/\r?\n/)[0]
  .split(",")
  .map((c) => c.replace(/"/g, ""))
  .slice(1);

/** The ECSI model as published (Tenenhaus et al. 2005, Fig. 1). */
const ECSI: string[][] = [
  HEAD,
  ["IMAG", "imag1, imag2, imag3, imag4, imag5", "", "A"],
  ["EXPE", "expe1, expe2, expe3, expe4, expe5", "IMAG", "A"],
  ["QUAL", "qual1, qual2, qual3, qual4, qual5", "EXPE", "A"],
  ["VAL", "val1, val2, val3, val4", "EXPE, QUAL", "A"],
  ["SAT", "sat1, sat2, sat3, sat4", "IMAG, EXPE, QUAL, VAL", "A"],
  ["LOY", "loy1, loy2, loy3, loy4", "IMAG, SAT", "A"],
];

const spec = (construct: string, indicators: string[], antecedents: string[] = [], mode: "A" | "B" = "A"): PlsConstructSpec => ({
  construct,
  indicators,
  antecedents,
  mode,
});
const resolveTable = (rows: unknown[][], headers: string[]) => resolvePlsModel(parsePlsModelTable(rows), headers);

describe("parsePlsModelTable", () => {
  it("reads header words in English, Spanish and Chinese, in any column order, without case or spaces", () => {
    const tables: unknown[][][] = [
      [
        ["Construct", "Indicators", "Antecedents", "Mode"],
        ["SAT", "s1, s2", "IMAG", "b"],
      ],
      [
        ["MODO", "antecedentes", "Indicadores", "constructo"],
        ["b", "IMAG", "s1, s2", "SAT"],
      ],
      [
        ["构念", "指标", "前因", "模式"],
        ["SAT", "s1, s2", "IMAG", "B"],
      ],
      [
        ["潜变量", "题项", "前因变量", "mode"],
        ["SAT", "s1, s2", "IMAG", "B"],
      ],
      [
        [" con struct ", "INDI_CATOR", "ante-cedent", "Mode"],
        ["SAT", "s1, s2", "IMAG", "B"],
      ],
    ];
    for (const t of tables) {
      const [s] = parsePlsModelTable(t);
      expect([s.construct, s.indicators, s.antecedents, s.mode]).toEqual(["SAT", ["s1", "s2"], ["IMAG"], "B"]);
    }
    // The cells' location follows the columns: the Spanish table has construct in column 4.
    expect(parsePlsModelTable(tables[1])[0].at).toEqual({ row: 2, construct: 4, indicators: 3, antecedents: 2, mode: 1 });
  });
  it("splits lists on , ; ， ； 、 and trims each name", () => {
    const [s] = parsePlsModelTable([HEAD.slice(0, 3), ["SAT", " a ,b;c，d；e、 f ,, ", "X;Y、Z"]]);
    expect(s.indicators).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(s.antecedents).toEqual(["X", "Y", "Z"]);
    // Without a mode column every construct is Mode A; the location has no mode column.
    expect(s.mode).toBe("A");
    expect(s.at).toEqual({ row: 2, construct: 1, indicators: 2, antecedents: 3, mode: undefined });
  });
  it("skips entirely blank rows but keeps each row's own number; a blank mode is A", () => {
    const specs = parsePlsModelTable([HEAD, ["", null, undefined, "  "], ["X", "a", "", ""], [], ["Y", "b", "X", null]]);
    expect(specs.map((s) => [s.construct, s.mode, s.at?.row])).toEqual([
      ["X", "A", 3],
      ["Y", "A", 5],
    ]);
  });
  it("plsModelNotTable: not rows of cells", () => {
    for (const bad of [[], "table", [["construct"], "row"], null] as unknown[]) {
      const e = expectCsError(() => parsePlsModelTable(bad as unknown[][]), "value");
      expect(e.key).toBe("plsModelNotTable");
    }
  });
  it("plsModelColumnMissing: names the missing column, at row 1 (regression: the name was lost as a location parameter)", () => {
    const e = expectCsError(
      () =>
        parsePlsModelTable([
          ["construct", "indicators", "mode"],
          ["X", "a", "A"],
        ]),
      "value",
      "no antecedents column",
    );
    expect([e.key, e.params.field, e.row]).toEqual(["plsModelColumnMissing", "antecedents", 1]);
    const f = expectCsError(() => parsePlsModelTable([["indicadores", "antecedentes"]]), "value", "no construct column");
    expect(f.params.field).toBe("construct");
  });
  it("plsModelNoConstructs: a header row only (or only blank rows under it)", () => {
    for (const t of [[HEAD], [HEAD, ["", "", "", ""]]]) {
      const e = expectCsError(() => parsePlsModelTable(t), "value");
      expect([e.key, e.row]).toEqual(["plsModelNoConstructs", 1]);
    }
  });
  it("plsConstructBlank: a row with cells but no construct, at its row and the construct column", () => {
    const e = expectCsError(
      () =>
        parsePlsModelTable([
          ["mode", "indicators", "antecedents", "construct"],
          ["A", "x1", "", "X"],
          ["A", "y1", "X", " "],
        ]),
      "value",
    );
    expect([e.key, e.row, e.column]).toEqual(["plsConstructBlank", 3, 4]);
  });
  it("plsBadMode: names the construct and the mode, at its row and the mode column", () => {
    const e = expectCsError(() => parsePlsModelTable([HEAD, ["X", "x1", "", "A"], ["Y", "y1", "X", "formative"]]), "value", "Y", "formative");
    expect([e.key, e.params.construct, e.params.value, e.row, e.column]).toEqual(["plsBadMode", "Y", "formative", 3, 4]);
  });
});

describe("resolvePlsModel", () => {
  it("resolves the ECSI model on the satisfaction headers: indices, blocks, antecedents", () => {
    const m = resolveTable(ECSI, SAT_HEADERS);
    expect(m.constructs).toEqual(["IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"]);
    expect(m.modes).toEqual(["A", "A", "A", "A", "A", "A"]);
    // satisfaction.csv: imag1..5, expe1..5, qual1..5, val1..4, sat1..4, loy1..4, gender → columns 0..26 in that order.
    expect(m.indicators.map((i) => i.column)).toEqual(Array.from({ length: 27 }, (_, k) => k));
    expect(m.indicators.map((i) => i.name).slice(19, 23)).toEqual(["sat1", "sat2", "sat3", "sat4"]);
    expect(m.indicators.map((i) => i.construct)).toEqual([
      ...[0, 0, 0, 0, 0],
      ...[1, 1, 1, 1, 1],
      ...[2, 2, 2, 2, 2],
      ...[3, 3, 3, 3],
      ...[4, 4, 4, 4],
      ...[5, 5, 5, 5],
    ]);
    expect(m.blocks).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14],
      [15, 16, 17, 18],
      [19, 20, 21, 22],
      [23, 24, 25, 26],
    ]);
    expect(m.antecedents).toEqual([[], [0], [1], [1, 2], [0, 1, 2, 3], [0, 4]]);
  });
  it("matches constructs and indicators without case or spaces; a path written twice is one path", () => {
    const m = resolveTable([HEAD, ["Image", "IMAG 1, imag2", ""], ["Sat", "sat1", "image; IMAGE、 Image "]], SAT_HEADERS);
    expect(m.indicators.map((i) => [i.name, i.column])).toEqual([
      ["imag1", 0],
      ["imag2", 1],
      ["sat1", 19],
    ]);
    expect(m.antecedents).toEqual([[], [0]]);
  });
  it("plsModelNoConstructs: no specs", () => {
    expect(expectCsError(() => resolvePlsModel([], SAT_HEADERS), "value").key).toBe("plsModelNoConstructs");
  });
  it("plsConstructBlank: a spec without a name (no location without a table)", () => {
    const e = expectCsError(() => resolvePlsModel([spec("X", ["imag1"]), spec("  ", ["sat1"], ["X"])], SAT_HEADERS), "value");
    expect([e.key, e.row, e.column]).toEqual(["plsConstructBlank", undefined, undefined]);
  });
  it("plsConstructTwice: names the construct and its first row, at the second's construct cell", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["SAT", "sat1", ""], ["X", "imag1", "SAT"], ["sat ", "sat2", ""]], SAT_HEADERS), "value", "row 2");
    expect([e.key, e.params.construct, e.params.first, e.row, e.column]).toEqual(["plsConstructTwice", "sat", 2, 4, 1]);
  });
  it("plsNoIndicators: names the construct, at its indicators cell", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", " , ;", "X"]], SAT_HEADERS), "value", "Y");
    expect([e.key, e.params.construct, e.row, e.column]).toEqual(["plsNoIndicators", "Y", 3, 2]);
  });
  it("plsIndicatorUnknownSuggest / plsIndicatorUnknown: names the indicator, the closest header when there is one", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", "sat1, sat01", "X"]], SAT_HEADERS), "value", "sat01", "sat1");
    expect([e.key, e.params.construct, e.params.indicator, e.params.suggestion, e.row, e.column]).toEqual([
      "plsIndicatorUnknownSuggest",
      "Y",
      "sat01",
      "sat1",
      3,
      2,
    ]);
    const f = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", "recommend", "X"]], SAT_HEADERS), "value", "recommend");
    expect([f.key, f.params.indicator, f.row, f.column]).toEqual(["plsIndicatorUnknown", "recommend", 3, 2]);
  });
  it("plsIndicatorAmbiguous: two headers equal without case or spaces, named by their columns", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "q 1", ""], ["Y", "y", "X"]], ["Q1", "y", "q1 "]), "value", "q 1");
    expect([e.key, e.params.first, e.params.second, e.row, e.column]).toEqual(["plsIndicatorAmbiguous", 1, 3, 2, 2]);
    // An exact match wins over the loose ones.
    expect(resolveTable([HEAD, ["X", "Q1", ""], ["Y", "y", "X"]], ["Q1", "y", "q1 "]).indicators[0].column).toBe(0);
  });
  it("plsIndicatorTwice: one header in two blocks names both constructs", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1, imag2", ""], ["Y", "sat1, IMAG2", "X"]], SAT_HEADERS), "value", "X", "Y");
    expect([e.key, e.params.indicator, e.params.first, e.params.second, e.row, e.column]).toEqual(["plsIndicatorTwice", "IMAG2", "X", "Y", 3, 2]);
  });
  it("plsAntecedentUnknown and plsAntecedentSelf: at the antecedents cell", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", "sat1", "X, Value"]], SAT_HEADERS), "value", "Value");
    expect([e.key, e.params.construct, e.params.antecedent, e.row, e.column]).toEqual(["plsAntecedentUnknown", "Y", "Value", 3, 3]);
    const f = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", "sat1", "X, y"]], SAT_HEADERS), "value", "Y");
    expect([f.key, f.params.construct, f.row, f.column]).toEqual(["plsAntecedentSelf", "Y", 3, 3]);
  });
  it("plsCycle: names the cycle", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1", "Z"], ["Y", "sat1", "X"], ["Z", "loy1", "Y"], ["W", "val1", "X"]], SAT_HEADERS), "value");
    expect(e.key).toBe("plsCycle");
    // X ← Z ← Y ← X: each construct once, back to the start.
    const cycle = String(e.params.cycle).split(" ← ");
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(["X", "Y", "Z"]));
    expect(cycle).toHaveLength(4);
  });
  it("plsBadMode: a spec with a mode other than A or B", () => {
    const e = expectCsError(() => resolvePlsModel([spec("X", ["imag1"]), { ...spec("Y", ["sat1"], ["X"]), mode: "C" as "A" }], SAT_HEADERS), "value", "C");
    expect([e.key, e.params.construct]).toEqual(["plsBadMode", "Y"]);
  });
  it("plsNoEndogenous: no construct has antecedents", () => {
    const e = expectCsError(() => resolveTable([HEAD, ["X", "imag1", ""], ["Y", "sat1", ""]], SAT_HEADERS), "value");
    expect(e.key).toBe("plsNoEndogenous");
  });
});
