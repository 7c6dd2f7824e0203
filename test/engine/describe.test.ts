import fc from "fast-check";
import {
  addToMoments,
  columnMeans,
  columnMoments,
  emptyMoments,
  mean,
  meanConfidenceInterval,
  meanIntervalFromMoments,
  median,
  mergeMoments,
  momentsMean,
  momentsVariance,
  standardDeviation,
  vectorMoments,
  type Answer,
  type Moments,
} from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

const data = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, Σ(x−x̄)² = 32

describe("mean, standard deviation", () => {
  test("textbook data: mean 5, sample variance 32/7", () => {
    expectClose(mean(data), 5);
    expectClose(standardDeviation(data), Math.sqrt(32 / 7));
    expectClose(momentsVariance(vectorMoments(data)), 32 / 7);
  });

  test("blank policy: null answers are skipped", () => {
    expectClose(mean([1, null, 3, null]), 2);
    expectClose(standardDeviation([null, 1, 3]), Math.sqrt(2));
  });

  test("too few answers: mean of no answers throws div0", () => {
    expectCsError(() => mean([null, null]), "div0", "no answers");
    expectCsError(() => mean([]), "div0");
    expectCsError(() => momentsMean(emptyMoments()), "div0");
  });

  test("too few answers: variance of one answer throws div0", () => {
    expectCsError(() => standardDeviation([5, null]), "div0", "at least 2");
  });

  test("weights summing to ≤ 1: frequency variance throws div0 with a hint", () => {
    expectCsError(() => standardDeviation([1, 2], [0.5, 0.5]), "div0", "normalise");
  });

  test("bad value: NaN, Infinity or text throws value naming the row", () => {
    expectCsError(() => mean([1, NaN]), "value", "row 2", "NaN");
    expectCsError(() => mean([Infinity]), "value", "row 1");
    expectCsError(() => mean([1, "3" as unknown as number]), "value", "row 2", "'3'");
  });

  test("shape: case weights of the wrong length throw value", () => {
    expectCsError(() => mean([1, 2, 3], [1, 1]), "value", "2 given for 3");
  });

  test("bad weight: negative or NaN weight throws num naming the row", () => {
    expectCsError(() => mean([1, 2], [1, -1]), "num", "row 2", "-1");
    expectCsError(() => mean([1, 2], [NaN, 1]), "num", "row 1", "NaN");
  });

  test("weight 0 drops the answer", () => {
    expectClose(mean([1, 100, 3], [1, 0, 1]), 2);
    expect(vectorMoments([1, 100, 3], [1, 0, 1]).n).toBe(2);
  });
});

describe("columnMeans / columnMoments", () => {
  const m: Answer[][] = [
    [1, 5, null],
    [3, null, 2],
    [5, 4, 4],
  ];

  test("per-column means with blanks skipped", () => {
    expectAllClose(columnMeans(m), [3, 4.5, 3]);
  });

  test("too few answers: a column with no answers throws div0 naming it", () => {
    const e = expectCsError(
      () =>
        columnMeans([
          [1, null],
          [2, null],
        ]),
      "div0",
      "column 2",
    );
    expect(e.column).toBe(2);
  });

  test("shape: ragged rows throw value naming the row", () => {
    expectCsError(() => columnMoments([[1, 2], [3]]), "value", "row 2");
  });

  test("bad value in a matrix names row and column", () => {
    const e = expectCsError(
      () =>
        columnMeans([
          [1, 2],
          [3, NaN],
        ]),
      "value",
      "row 2, column 2",
    );
    expect([e.row, e.column]).toEqual([2, 2]);
  });

  test("off-scale answers throw num when a scale is given", () => {
    expectCsError(() => columnMoments([[1, 6]], undefined, { min: 1, max: 5 }), "num", "row 1, column 2", "6", "1–5");
  });

  test("weighted means equal the unweighted means of rows repeated by integer weights (property)", () => {
    const cell = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(cell, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 25,
        }),
        (rowsW) => {
          const rows = rowsW.map(([r]) => r);
          const w = rowsW.map(([, k]) => k);
          const rep = repeatRows(rows, w);
          const a = columnMoments(rows, w);
          // All weights 0 → no rows → no columns: compare with empty moments.
          const b = rep.length ? columnMoments(rep) : [0, 1, 2].map(() => emptyMoments());
          for (let c = 0; c < 3; c++) {
            expect(a[c].sumW).toBe(b[c].n); // n counts rows; Σw counts repetitions
            if (b[c].sumW > 0) expectClose(momentsMean(a[c]), momentsMean(b[c]), 1e-12);
            if (b[c].sumW > 1) expectClose(momentsVariance(a[c]), momentsVariance(b[c]), 1e-9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("Moments merge", () => {
  test("merging the Moments of two halves equals the Moments of the whole (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { nil: null }), { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.nat(40),
        (xs, ws, cut) => {
          const w = ws.slice(0, xs.length);
          const k = Math.min(cut, xs.length);
          const whole = vectorMoments(xs, w);
          const merged = mergeMoments(vectorMoments(xs.slice(0, k), w.slice(0, k)), vectorMoments(xs.slice(k), w.slice(k)));
          expect(merged.n).toBe(whole.n);
          for (const f of ["sumW", "sumW2", "sum", "sumSq"] as const) expectClose(merged[f], whole[f], 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });

  test("addToMoments streams to the same Moments as vectorMoments", () => {
    const m = emptyMoments();
    const w = [1, 2, 0.5, 3, 1, 1, 2, 1];
    data.forEach((x, i) => addToMoments(m, x, w[i]));
    const v = vectorMoments(data, w);
    expect(m).toEqual(v);
  });

  test("addToMoments rejects a non-finite answer (value) and a negative weight (num)", () => {
    expectCsError(() => addToMoments(emptyMoments(), NaN), "value");
    expectCsError(() => addToMoments(emptyMoments(), 1, -2), "num", "-2");
  });

  test("emptyMoments is the identity of mergeMoments", () => {
    const v = vectorMoments(data);
    expect(mergeMoments(v, emptyMoments())).toEqual(v);
  });
});

describe("mean confidence interval (Student t)", () => {
  test("worked example: n = 32, x̄ = 49, s = 3, 95% → ±1.0816", () => {
    const m: Moments = { n: 32, sumW: 32, sumW2: 32, sum: 49 * 32, sumSq: 9 * 31 + 32 * 49 * 49 };
    const ci = meanIntervalFromMoments(m);
    expectClose(ci.mean, 49);
    expectClose(ci.sd, 3, 1e-12);
    expectClose(ci.margin, 1.0816, 1e-4);
    // t(0.975, 31) = 2.039513446 (published tables: 2.0395)
    expectClose(ci.margin, (2.039513446396408 * 3) / Math.sqrt(32), 1e-12);
    expectClose(ci.lower, 49 - ci.margin);
    expectClose(ci.upper, 49 + ci.margin);
    expect(ci.effectiveN).toBe(32);
  });

  test("raw data: 2,4,4,4,5,5,7,9 at 95% uses t(0.975, 7) = 2.364624", () => {
    const ci = meanConfidenceInterval(data);
    expectClose(ci.margin, (2.364624251592785 * Math.sqrt(32 / 7)) / Math.sqrt(8), 1e-10);
    expect(ci.n).toBe(8);
  });

  test("99% is wider than 95%", () => {
    expect(meanConfidenceInterval(data, 0.99).margin).toBeGreaterThan(meanConfidenceInterval(data, 0.95).margin);
  });

  test("weights: Kish effective n = (Σw)²/Σw²; equal weights change nothing", () => {
    const w = [1, 2, 3, 1, 2, 3, 1, 2];
    const sw = w.reduce((a, b) => a + b, 0);
    const sw2 = w.reduce((a, b) => a + b * b, 0);
    const ci = meanConfidenceInterval(data, 0.95, w);
    expectClose(ci.effectiveN, (sw * sw) / sw2);
    expectClose(ci.mean, mean(data, w));
    expectClose(ci.sd, standardDeviation(data, w));
    const eq = meanConfidenceInterval(
      data,
      0.95,
      data.map(() => 1),
    );
    expectClose(eq.margin, meanConfidenceInterval(data).margin);
  });

  test("bad level: outside (0, 1) throws num", () => {
    expectCsError(() => meanConfidenceInterval(data, 95), "num", "95");
    expectCsError(() => meanConfidenceInterval(data, 0), "num");
  });

  test("too few answers: one answer throws div0", () => {
    expectCsError(() => meanConfidenceInterval([3]), "div0");
  });
});

describe("median", () => {
  test("odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  test("too few answers: empty list throws div0", () => {
    expectCsError(() => median([]), "div0");
  });
});
