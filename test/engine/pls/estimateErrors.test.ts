/**
 * The errors of the PLS estimator (src/engine/pls/estimate.ts and its data side, moments.ts), each
 * on a small model built so that the cause is known by construction: too few complete rows, a
 * constant indicator, two identical indicators in a Mode B block (a singular C_BB), two constructs
 * with identical scores as antecedents (a singular Φ_AA), one iteration with a tolerance no change
 * can meet, bad options, scales not one per indicator, a text cell. The ECSI data are R plspm's
 * "satisfaction" (test/fixtures/pls/quality/satisfaction.csv, source in its README.md).
 */
import { checkIndexWeights, estimatePls } from "../../../src/engine/pls/estimate";
import { parsePlsModelTable, resolvePlsModel } from "../../../src/engine/pls/model";
import type { PlsModel } from "../../../src/engine/pls/types";
import { expectCsError } from "../csError";
import { readCsv } from "./qualityFixtures";

const [satHeader, ...satBody] = readCsv("satisfaction.csv");
const SAT_HEADERS = satHeader.slice(1);
/** The answers (gender, text, left as null: no indicator uses it). */
const SAT_ROWS = satBody.map((r) => r.slice(1).map((c) => (/^-?\d/.test(c) ? Number(c) : null)));

const HEAD = ["construct", "indicators", "antecedents", "mode"];
const modelOf = (rows: string[][], headers: readonly string[]): PlsModel => resolvePlsModel(parsePlsModelTable([HEAD, ...rows]), headers);

/** Four columns a, b, c, d: imag1, imag2, sat1, sat2 of the first 20 ECSI respondents. */
const ABCD = ["a", "b", "c", "d"];
const SMALL: number[][] = SAT_ROWS.slice(0, 20).map((r) => [r[0], r[1], r[19], r[20]] as number[]);

describe("estimatePls errors", () => {
  it("plsTooFewRows: fewer complete rows than the largest block + 2 (names both)", () => {
    const m = modelOf(
      [
        ["X", "a, b, c", ""],
        ["Y", "d", "X"],
      ],
      ABCD,
    );
    // 8 rows, 4 of them with a blank: 4 complete < 3 + 2.
    const rows: (number | null)[][] = SMALL.slice(0, 8).map((r, i) => (i % 2 === 0 ? [...r] : [null, ...r.slice(1)]));
    const e = expectCsError(() => estimatePls(rows, m), "num", "at least 5", "4 row(s)");
    expect([e.key, e.params.needed, e.params.rows]).toEqual(["plsTooFewRows", 5, 4]);
    // A case weight of 0 leaves a row out too.
    const f = expectCsError(() => estimatePls(SMALL.slice(0, 5), m, { weights: [1, 1, 1, 1, 0] }), "num");
    expect([f.key, f.params.rows]).toEqual(["plsTooFewRows", 4]);
  });
  it("plsNoVariance: a constant indicator, named", () => {
    const m = modelOf(
      [
        ["X", "a, b", ""],
        ["Y", "c, d", "X"],
      ],
      ABCD,
    );
    const rows = SMALL.map((r) => [r[0], r[1], 3, r[3]]);
    const e = expectCsError(() => estimatePls(rows, m), "div0", "indicator c");
    expect([e.key, e.params.indicator]).toEqual(["plsNoVariance", "c"]);
  });
  it("plsModeBSingular: two identical indicators in a Mode B block, names the construct", () => {
    const headers = [...ABCD, "a copy"];
    const rows = SMALL.map((r) => [...r, r[0]]);
    const m = modelOf(
      [
        ["X", "a, a copy, b", "", "B"],
        ["Y", "c, d", "X", "A"],
      ],
      headers,
    );
    const e = expectCsError(() => estimatePls(rows, m), "num", "construct X");
    expect([e.key, e.params.construct]).toEqual(["plsModeBSingular", "X"]);
    // The same duplicate in a Mode A block is fine: its weights come from covariances, not a regression.
    const ok = estimatePls(
      rows,
      modelOf(
        [
          ["X", "a, a copy, b", "", "A"],
          ["Y", "c, d", "X", "A"],
        ],
        headers,
      ),
    );
    expect(ok.outerWeights[0]).toBeCloseTo(ok.outerWeights[1], 12);
  });
  it("plsCollinearPaths: two antecedents with identical scores, names the construct", () => {
    const headers = [...ABCD, "a copy"];
    const rows = SMALL.map((r) => [...r, r[0]]);
    const m = modelOf(
      [
        ["X", "a", ""],
        ["Z", "a copy", ""],
        ["Y", "c, d", "X, Z"],
      ],
      headers,
    );
    for (const scheme of ["path", "centroid", "factorial"] as const) {
      const e = expectCsError(() => estimatePls(rows, m, { scheme }), "num", "construct Y");
      expect([e.key, e.params.construct]).toEqual(["plsCollinearPaths", "Y"]);
    }
  });
  it("plsNoConvergence: one iteration and a tolerance no change can meet (the ECSI model)", () => {
    const m = modelOf(
      [
        ["IMAG", "imag1, imag2, imag3, imag4, imag5", ""],
        ["EXPE", "expe1, expe2, expe3, expe4, expe5", "IMAG"],
        ["SAT", "sat1, sat2, sat3, sat4", "IMAG, EXPE"],
      ],
      SAT_HEADERS,
    );
    const e = expectCsError(() => estimatePls(SAT_ROWS, m, { maxIterations: 1, tolerance: Number.MIN_VALUE }), "num", "1 iterations");
    expect(e.key).toBe("plsNoConvergence");
    expect(e.params.iterations).toBe(1);
    expect(e.params.change).toBeGreaterThan(0);
    // With the defaults it converges: the error is the cap's, not the model's.
    expect(estimatePls(SAT_ROWS, m).iterations).toBeGreaterThan(1);
  });
  it("plsBadOption: names the option, the value and what is expected", () => {
    const m = modelOf(
      [
        ["X", "a, b", ""],
        ["Y", "c, d", "X"],
      ],
      ABCD,
    );
    const bad: [Record<string, unknown>, string, string][] = [
      [{ scheme: "horizontal" }, "scheme", "horizontal"],
      [{ tolerance: 0 }, "tolerance", "0"],
      [{ tolerance: -1e-7 }, "tolerance", "-1e-7"],
      [{ tolerance: NaN }, "tolerance", "NaN"],
      [{ tolerance: Infinity }, "tolerance", "Infinity"],
      [{ maxIterations: 0 }, "maxIterations", "0"],
      [{ maxIterations: 2.5 }, "maxIterations", "2.5"],
    ];
    for (const [options, name, value] of bad) {
      const e = expectCsError(() => estimatePls(SMALL, m, options), "value", name);
      expect([e.key, e.params.name, e.params.value]).toEqual(["plsBadOption", name, value]);
    }
  });
  it("plsScaleCount: scales neither one for all nor one per indicator", () => {
    const m = modelOf(
      [
        ["X", "a, b", ""],
        ["Y", "c, d", "X"],
      ],
      ABCD,
    );
    // Checked before the iterations (regression: a model that does not converge hid it behind plsNoConvergence).
    const opts = {
      scale: [
        { min: 1, max: 10 },
        { min: 1, max: 10 },
      ],
      maxIterations: 1,
      tolerance: Number.MIN_VALUE,
    };
    const e = expectCsError(() => estimatePls(SMALL, m, opts), "value", "2 scales", "4 indicators");
    expect([e.key, e.params.given, e.params.indicators]).toEqual(["plsScaleCount", 2, 4]);
  });
  it("a text cell in an indicator's column names its row and column", () => {
    const m = modelOf(
      [
        ["X", "a, b", ""],
        ["Y", "c, d", "X"],
      ],
      ABCD,
    );
    const rows: unknown[][] = SMALL.map((r) => [...r]);
    rows[2][1] = "four";
    const e = expectCsError(() => estimatePls(rows as number[][], m), "value", "four");
    expect([e.key, e.row, e.column]).toEqual(["textNotANumber", 3, 2]);
    // A text cell in a column no indicator uses is ignored.
    const other = SMALL.map((r) => [...r, "note"]);
    expect(estimatePls(other as unknown as number[][], m).n).toBe(20);
  });
});

describe("checkIndexWeights", () => {
  it("refuses the index of seminr's formative Quality block (PERQ6's weight is −0.086 there too) and passes the reflective ones", () => {
    const [head, ...body] = readCsv("mobi.csv");
    const rows = body.map((r) => r.slice(1).map(Number));
    const m = modelOf(
      [
        ["Image", "IMAG1, IMAG2, IMAG3, IMAG4, IMAG5", ""],
        ["Expectation", "CUEX1, CUEX2, CUEX3", "Image"],
        ["Quality", "PERQ1, PERQ2, PERQ3, PERQ4, PERQ5, PERQ6, PERQ7", "", "B"],
        ["Complaints", "CUSCO", ""],
        ["Loyalty", "CUSL1, CUSL2, CUSL3", "Expectation, Quality, Complaints"],
      ],
      head.slice(1),
    );
    const r = estimatePls(rows, m, { tolerance: 1e-12 });
    const e = expectCsError(() => checkIndexWeights(r, [2]), "num", "PERQ6");
    expect([e.key, e.params.construct, e.params.indicator]).toEqual(["plsIndexNegativeWeight", "Quality", "PERQ6"]);
    expect(() => checkIndexWeights(r, [0, 1, 3, 4])).not.toThrow();
    // Their indices are weighted means of answers on 1–10: inside the scale's 0–100.
    for (const j of [0, 1, 3, 4]) expect(r.index[j] >= 0 && r.index[j] <= 100).toBe(true);
  });
});
