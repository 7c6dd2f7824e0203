import fc from "fast-check";
import { cronbachAlpha, cronbachAlphaFromSums, standardDeviation, type Answer } from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

// i1 = (4,3,5,2), i2 = (5,4,5,3), i3 = (4,3,5,2): rows are respondents.
const ITEMS: Answer[][] = [
  [4, 5, 4],
  [3, 4, 3],
  [5, 5, 5],
  [2, 3, 2],
];

describe("Cronbach's alpha (Cronbach 1951)", () => {
  test("worked example → 0.9795918 (= 48/49)", () => {
    const r = cronbachAlpha(ITEMS);
    // item variances 5/3, 2.75/3, 5/3; total variance 36.75/3 → 1.5·(1 − 12.75/36.75) = 48/49
    expectClose(r.alpha, 48 / 49, 1e-12);
    expectClose(r.alpha, 0.9795918, 1e-7);
    expect([r.k, r.n]).toEqual([3, 4]);
  });

  test("equals k/(k − 1)·(1 − Σsᵢ²/s_T²) computed with standardDeviation (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 30 }), (rows) => {
        const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
        const tv = standardDeviation(totals) ** 2;
        if (!(tv > 0)) {
          expectCsError(() => cronbachAlpha(rows), "div0");
          return;
        }
        let sv = 0;
        for (let c = 0; c < 4; c++) sv += standardDeviation(rows.map((r) => r[c])) ** 2;
        expectClose(cronbachAlpha(rows).alpha, (4 / 3) * (1 - sv / tv), 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  test("blank policy: listwise deletion — a row with a blank is dropped", () => {
    const r = cronbachAlpha([...ITEMS, [1, null, 5]]);
    expectClose(r.alpha, 48 / 49, 1e-12);
    expect(r.n).toBe(4);
  });

  test("weights = rows repeated by integer weights", () => {
    const w = [1, 3, 2, 1];
    expectClose(cronbachAlpha(ITEMS, w).alpha, cronbachAlpha(repeatRows(ITEMS, w)).alpha, 1e-12);
  });

  test("too few items: one item throws div0", () => {
    expectCsError(() => cronbachAlpha([[1], [2], [3]]), "div0", "at least 2 items");
  });

  test("too few answers: fewer than 2 complete rows throws div0", () => {
    expectCsError(
      () =>
        cronbachAlpha([
          [1, 2],
          [3, null],
        ]),
      "div0",
      "2 complete rows",
      "found 1",
    );
  });

  test("zero variance of the total throws div0", () => {
    expectCsError(
      () =>
        cronbachAlpha([
          [3, 3],
          [3, 3],
          [3, 3],
        ]),
      "div0",
      "zero variance",
    );
  });

  test("shape: ragged rows throw value; weights of wrong length throw value", () => {
    expectCsError(() => cronbachAlpha([[1, 2], [3]]), "value", "row 2");
    expectCsError(() => cronbachAlpha(ITEMS, [1, 1]), "value");
  });

  test("non-number throws value naming row and column", () => {
    expectCsError(
      () =>
        cronbachAlpha([
          [1, 2],
          [3, NaN],
        ]),
      "value",
      "row 2, column 2",
    );
  });
});

describe("cronbachAlphaFromSums", () => {
  test("the worked example's listwise sums → 48/49", () => {
    // items (4,3,5,2), (5,4,5,3), (4,3,5,2); totals 13, 10, 15, 7
    const r = cronbachAlphaFromSums({
      k: 3,
      n: 4,
      sumW: 4,
      sum: [14, 17, 14],
      sumSq: [54, 75, 54],
      totalSum: 45,
      totalSumSq: 169 + 100 + 225 + 49,
    });
    expectClose(r.alpha, 48 / 49, 1e-12);
    expect([r.k, r.n]).toEqual([3, 4]);
  });

  test("too few items or rows, or a constant total → div0", () => {
    const base = { k: 2, n: 2, sumW: 2, sum: [2, 2], sumSq: [2, 2], totalSum: 4, totalSumSq: 8 };
    expectCsError(() => cronbachAlphaFromSums({ ...base, k: 1 }), "div0", "at least 2 items");
    expectCsError(() => cronbachAlphaFromSums({ ...base, n: 1 }), "div0", "at least 2 complete rows");
    expectCsError(() => cronbachAlphaFromSums(base), "div0", "zero variance");
  });
});
