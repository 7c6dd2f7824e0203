import fc from "fast-check";
import { columnMoments, csi, csiFromMeans, csiFromMoments, mergeMoments, type Answer } from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

/** One column holding `counts[i]` answers of level i + 1. */
function columnFromCounts(counts: number[]): Answer[][] {
  const rows: Answer[][] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) rows.push([i + 1]);
  });
  return rows;
}

describe("CSI (Fornell et al. 1996, range-normalised)", () => {
  test("worked example: counts 50/150/250/500/50 on 1–5 → 58.75", () => {
    // mean = 3350/1000 = 3.35; 100·(3.35 − 1)/4 = 58.75
    expectClose(csi(columnFromCounts([50, 150, 250, 500, 50])), 58.75, 1e-12);
  });

  test("worked example: means 8.2/7.6/7.1, weights .40/.35/.25 on 1–10 → 74.6111…", () => {
    const v = csiFromMeans([8.2, 7.6, 7.1], { weights: [0.4, 0.35, 0.25], scaleMin: 1, scaleMax: 10 });
    // [(7.2)(.40) + (6.6)(.35) + (6.1)(.25)]/9 × 100 = 6.715/9 × 100 = 74.6111…
    expectClose(v, 671.5 / 9, 1e-12);
    expect(v.toFixed(2)).toBe("74.61");
  });

  test("weights need not sum to 1 (40/35/25 = .40/.35/.25)", () => {
    const a = csiFromMeans([8.2, 7.6, 7.1], { weights: [40, 35, 25], scaleMin: 1, scaleMax: 10 });
    expectClose(a, 671.5 / 9, 1e-12);
  });

  test('method "max": 100·Σw·m̄/(max·Σw)', () => {
    expectClose(csiFromMeans([4, 3], { method: "max" }), 70);
    expectClose(csiFromMeans([4, 3]), 62.5);
  });

  test("bounds: scale minimum → 0, maximum → 100", () => {
    expect(csiFromMeans([1, 1])).toBe(0);
    expect(csiFromMeans([5, 5])).toBe(100);
  });

  test("csi of a matrix = csiFromMeans of its column means", () => {
    const m: Answer[][] = [
      [5, 4, null],
      [3, 4, 2],
      [4, null, 3],
    ];
    expectClose(csi(m, { weights: [1, 2, 1] }), csiFromMeans([4, 4, 2.5], { weights: [1, 2, 1] }));
  });

  test("csiFromMoments of merged chunks = csi of the whole", () => {
    const m: Answer[][] = [
      [5, 1],
      [3, 2],
      [4, 4],
      [2, 5],
    ];
    const merged = columnMoments(m.slice(0, 2)).map((a, i) => mergeMoments(a, columnMoments(m.slice(2))[i]));
    expectClose(csiFromMoments(merged), csi(m));
  });

  test("case weights = rows repeated by integer weights (property)", () => {
    const cell = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(cell, { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (rowsW) => {
          const rows = rowsW.map(([r]) => r);
          const w = rowsW.map(([, k]) => k);
          if (rows.every((r) => r[0] === null)) return;
          if (rows.every((r) => r[1] === null)) return;
          const opts = { scaleMin: 1, scaleMax: 7 };
          expectClose(csi(rows, { ...opts, caseWeights: w }), csi(repeatRows(rows, w), opts), 1e-10);
        },
      ),
      { numRuns: 100 },
    );
  });

  test("CSI ∈ [0, 100] for any on-scale means and weights (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.constantFrom<"range" | "max">("range", "max"),
        (pairs, method) => {
          const means = pairs.map(([u]) => 1 + 9 * u);
          const weights = pairs.map(([, w]) => w);
          if (!(weights.reduce((a, b) => a + b, 0) > 0)) return;
          const v = csiFromMeans(means, { weights, scaleMin: 1, scaleMax: 10, method });
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100 + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });

  test("off scale: an answer outside the scale throws num naming row, column and value", () => {
    const e = expectCsError(
      () =>
        csi([
          [1, 2],
          [3, 7],
        ]),
      "num",
      "row 2, column 2",
      "7",
      "1–5",
    );
    expect([e.row, e.column]).toEqual([2, 2]);
  });

  test("off scale: a mean outside the scale throws num naming the column", () => {
    expectCsError(() => csiFromMeans([3, 5.5]), "num", "column 2", "5.5");
  });

  test("too few answers: a column with no answers throws div0 naming it", () => {
    expectCsError(
      () =>
        csi([
          [1, null],
          [2, null],
        ]),
      "div0",
      "column 2",
    );
  });

  test("too few answers: no attributes throws div0", () => {
    expectCsError(() => csiFromMeans([]), "div0");
    expectCsError(() => csi([]), "div0");
  });

  test("all-zero weights throw div0", () => {
    expectCsError(() => csiFromMeans([3, 4], { weights: [0, 0] }), "div0", "all zero");
  });

  test("negative or NaN weight throws num naming the column", () => {
    expectCsError(() => csiFromMeans([3, 4], { weights: [1, -0.5] }), "num", "column 2", "-0.5");
    expectCsError(() => csiFromMeans([3, 4], { weights: [NaN, 1] }), "num", "column 1", "NaN");
  });

  test("shape: weights of the wrong length throw value", () => {
    expectCsError(() => csiFromMeans([3, 4, 5], { weights: [1, 1] }), "value", "2 given for 3");
    expectCsError(() => csi([[1, 2]], { caseWeights: [1, 1] }), "value");
  });

  test("bad scale throws num", () => {
    expectCsError(() => csiFromMeans([3], { scaleMin: 5, scaleMax: 1 }), "num", "scale");
  });

  test("text in a cell throws value", () => {
    expectCsError(() => csi([["Very satisifed" as unknown as number]]), "value", "'Very satisifed'");
  });
});
