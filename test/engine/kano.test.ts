import fc from "fast-check";
import {
  betterCoefficient,
  kano,
  kanoClassify,
  kanoContinuous,
  kanoCountsFromPairs,
  kanoEvaluate,
  kanoEvaluateLenient,
  kanoPairCounts,
  mergeKanoPairCounts,
  worseCoefficient,
  type Answer,
  type KanoAnswer,
  type KanoCategory,
  type KanoCounts,
} from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

/** DESIGN §4.2 evaluation table, rows = functional 1..5, columns = dysfunctional 1..5. */
const DESIGN_TABLE: KanoCategory[][] = [
  ["Q", "A", "A", "A", "O"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "R", "R", "R", "Q"],
];

/** One answer pair per category, used to build respondents with known counts. */
const PAIR: Record<KanoCategory, [KanoAnswer, KanoAnswer]> = {
  A: [1, 3],
  O: [1, 5],
  M: [3, 5],
  I: [3, 3],
  R: [5, 1],
  Q: [1, 1],
};

function respondents(counts: Partial<KanoCounts>): { f: Answer[]; d: Answer[] } {
  const f: Answer[] = [];
  const d: Answer[] = [];
  for (const [cat, n] of Object.entries(counts) as [KanoCategory, number][]) {
    for (let i = 0; i < n; i++) {
      f.push(PAIR[cat][0]);
      d.push(PAIR[cat][1]);
    }
  }
  return { f, d };
}

const WORKED: KanoCounts = { A: 1, O: 10, M: 9, I: 2, R: 3, Q: 0 };

describe("Kano evaluation table (Berger et al. 1993)", () => {
  test("all 25 cells match DESIGN §4.2", () => {
    for (let f = 1; f <= 5; f++) {
      for (let d = 1; d <= 5; d++) {
        expect(kanoClassify(f as KanoAnswer, d as KanoAnswer)).toBe(DESIGN_TABLE[f - 1][d - 1]);
      }
    }
  });

  test("off scale: an answer not 1–5 throws num naming the value", () => {
    expectCsError(() => kanoClassify(6 as KanoAnswer, 1), "num", "6", "1–5");
    expectCsError(() => kanoClassify(1, 0 as KanoAnswer), "num", "dysfunctional");
  });
});

describe("Kano worked example (25 respondents: M9 O10 A1 I2 R3)", () => {
  const { f, d } = respondents(WORKED);

  test("counts, Better 0.5, Worse −0.8636, strengths", () => {
    const r = kanoEvaluate(kanoCountsFromPairs(kanoPairCounts(f, d)));
    expect(r.counts).toEqual(WORKED);
    expect(r.n).toBe(25);
    expectClose(r.better, 0.5, 1e-12); // (1 + 10)/22
    expectClose(r.worse, -19 / 22, 1e-12); // −(10 + 9)/22 = −0.863636…
    expectClose(r.worse, -0.8636, 1e-4);
    expectClose(r.totalStrength, 20 / 25); // (A + O + M)/N
    expectClose(r.categoryStrength, 1 / 25); // (10 − 9)/25 = 0.04
  });

  test("most frequent category is O; Fong: not significant", () => {
    const r = kanoEvaluate(WORKED);
    expect(r.mostFrequent).toBe("O");
    expect(r.fong.first).toBe("O");
    expect(r.fong.second).toBe("M");
    expect(r.fong.difference).toBe(1);
    // 1.65·√((10 + 9)(50 − 19)/50) = 1.65·√11.78 = 5.6631…
    expectClose(r.fong.critical, 1.65 * Math.sqrt((19 * 31) / 50), 1e-12);
    expect(r.fong.significant).toBe(false);
  });

  test("category O when the most frequent decides (threshold 0)", () => {
    expect(kanoEvaluate(WORKED, { threshold: 0 }).category).toBe("O");
    expect(kanoEvaluate(WORKED, { threshold: 0.04 }).category).toBe("O");
  });

  test("threshold rule: category strength 0.04 < 0.06 (default) → M > O > A > I picks M", () => {
    // DESIGN §4.2 states both this rule and "→ category O" for this example; they conflict.
    // The engine follows the rule; `mostFrequent` carries the plain-majority answer (O).
    expect(kanoEvaluate(WORKED).category).toBe("M");
  });

  test("kano() on a matrix gives the same result per column", () => {
    const rows = f.length;
    const F: Answer[][] = Array.from({ length: rows }, (_, i) => [f[i], PAIR.A[0]]);
    const D: Answer[][] = Array.from({ length: rows }, (_, i) => [d[i], PAIR.A[1]]);
    const [c1, c2] = kano(F, D, { threshold: 0 });
    expect(c1).toEqual(kanoEvaluate(WORKED, { threshold: 0 }));
    expect(c2.category).toBe("A");
    expect(c2.better).toBe(1);
    expect(c2.worse).toBe(0);
  });
});

describe("Kano category rules", () => {
  test("a clear majority wins regardless of precedence", () => {
    expect(kanoEvaluate({ A: 10, O: 2, M: 3, I: 5, R: 0, Q: 0 }).category).toBe("A");
  });

  test("equal counts: M > O > A > I decides", () => {
    expect(kanoEvaluate({ A: 5, O: 0, M: 0, I: 5, R: 0, Q: 0 }).category).toBe("A");
    expect(kanoEvaluate({ A: 5, O: 5, M: 0, I: 0, R: 0, Q: 0 }).category).toBe("O");
    expect(kanoEvaluate({ A: 0, O: 0, M: 4, I: 4, R: 0, Q: 0 }).category).toBe("M");
  });

  test("R or Q among the top two: the most frequent is kept", () => {
    expect(kanoEvaluate({ A: 0, O: 0, M: 9, I: 0, R: 10, Q: 0 }).category).toBe("R");
    expect(kanoEvaluate({ A: 0, O: 0, M: 10, I: 1, R: 9, Q: 0 }).category).toBe("M");
  });

  test("Fong significant when |a − b| ≥ critical", () => {
    const r = kanoEvaluate({ A: 20, O: 2, M: 1, I: 2, R: 0, Q: 0 });
    expect(r.fong.significant).toBe(true);
    expect(r.category).toBe("A");
  });

  test("Better ∈ [0, 1] and Worse ∈ [−1, 0] for any answers (property)", () => {
    const ans = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(ans, ans), { minLength: 1, maxLength: 40 }), (pairs) => {
        const counts = kanoCountsFromPairs(
          kanoPairCounts(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ),
        );
        if (counts.A + counts.O + counts.M + counts.I === 0) {
          if (counts.R + counts.Q > 0) expectCsError(() => kanoEvaluate(counts), "div0");
          return;
        }
        const r = kanoEvaluate(counts);
        expect(r.better).toBeGreaterThanOrEqual(0);
        expect(r.better).toBeLessThanOrEqual(1);
        expect(r.worse).toBeGreaterThanOrEqual(-1);
        expect(r.worse).toBeLessThanOrEqual(0);
        expect(r.categoryStrength).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(r.fong.critical)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("Kano pair counts (the mergeable statistic)", () => {
  test("cell index (f − 1)·5 + (d − 1)", () => {
    const p = kanoPairCounts([1, 3, 3], [5, 5, 2]);
    expect(p[0 * 5 + 4]).toBe(1);
    expect(p[2 * 5 + 4]).toBe(1);
    expect(p[2 * 5 + 1]).toBe(1);
    expect(p.reduce((a, b) => a + b, 0)).toBe(3);
  });

  test("weighted pair counts = counts of rows repeated by integer weights", () => {
    const f: Answer[] = [1, 3, 5, 2, null];
    const d: Answer[] = [5, 5, 1, 3, 4];
    const w = [2, 1, 3, 0, 1];
    expect(kanoPairCounts(f, d, w)).toEqual(kanoPairCounts(repeatRows(f, w), repeatRows(d, w)));
  });

  test("merging tables of two halves = table of the whole", () => {
    const f: Answer[] = [1, 3, 5, 2, 4, 1];
    const d: Answer[] = [5, 5, 1, 3, 4, 2];
    expect(mergeKanoPairCounts(kanoPairCounts(f.slice(0, 2), d.slice(0, 2)), kanoPairCounts(f.slice(2), d.slice(2)))).toEqual(kanoPairCounts(f, d));
  });

  test("blank policy: a pair with a blank on either side is skipped", () => {
    const p = kanoPairCounts([1, null, 3], [5, 5, null]);
    expect(p.reduce((a, b) => a + b, 0)).toBe(1);
  });

  test("off scale: answer 6 throws num naming the row and value", () => {
    const e = expectCsError(() => kanoPairCounts([1, 6], [5, 5]), "num", "row 2", "6");
    expect(e.row).toBe(2);
  });

  test("off scale in a matrix: names row and column", () => {
    expectCsError(
      () =>
        kano(
          [
            [1, 1],
            [2, 2.5],
          ],
          [
            [5, 5],
            [5, 5],
          ],
        ),
      "num",
      "row 2, column 2",
      "2.5",
    );
    expectCsError(() => kano([[1, 1]], [[5, 0]]), "num", "row 1, column 2", "dysfunctional");
  });

  test("non-number answers throw value", () => {
    expectCsError(() => kano([[NaN]], [[5]]), "value", "NaN");
    expectCsError(() => kanoPairCounts(["like" as unknown as number], [5]), "value", "'like'");
  });

  test("shape: functional and dysfunctional of different shapes throw value", () => {
    expectCsError(() => kanoPairCounts([1, 2], [5]), "value");
    expectCsError(() => kano([[1, 2]], [[5]]), "value", "1×2", "1×1");
    expectCsError(() => kano([[1], [2]], [[5]]), "value");
  });

  test("a pair table of the wrong size throws value", () => {
    expectCsError(() => kanoCountsFromPairs([1, 2, 3]), "value", "25");
  });
});

describe("too few answers", () => {
  test("no answers: kanoEvaluate throws div0", () => {
    expectCsError(() => kanoEvaluate({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 }), "div0", "no Kano answers");
  });

  test("only R/Q answers: Better/Worse undefined → div0", () => {
    expectCsError(() => kanoEvaluate({ A: 0, O: 0, M: 0, I: 0, R: 2, Q: 1 }), "div0", "no A/O/M/I answers");
    expectCsError(() => betterCoefficient({ A: 0, O: 0, M: 0, I: 0, R: 1, Q: 0 }), "div0");
    expectCsError(() => worseCoefficient({ A: 0, O: 0, M: 0, I: 0, R: 1, Q: 0 }), "div0");
  });

  test("kano(): a column with no usable answers throws div0 naming the column", () => {
    const e = expectCsError(
      () =>
        kano(
          [
            [1, 5],
            [3, 5],
          ],
          [
            [5, 1],
            [5, null],
          ],
        ),
      "div0",
      "column 2",
      "A/O/M/I",
    );
    expect(e.column).toBe(2);
    expectCsError(() => kano([[1, null]], [[5, null]]), "div0", "column 2");
  });

  test("bad threshold throws num", () => {
    expectCsError(() => kanoEvaluate(WORKED, { threshold: -0.1 }), "num");
  });
});

describe("continuous Kano (DuMouchel 1993)", () => {
  test("functional 4/2/0/−1/−2, dysfunctional −2/−1/0/2/4", () => {
    // (1,5) → 4, 4; (3,3) → 0, 0; (2,4) → 2, 2; (5,1) → −2, −2
    const r = kanoContinuous([1, 3, 2, 5], [5, 3, 4, 1]);
    expectClose(r.functional, (4 + 0 + 2 - 2) / 4);
    expectClose(r.dysfunctional, (4 + 0 + 2 - 2) / 4);
    expect(r.importance).toBeUndefined();
    const s = kanoContinuous([4], [2]);
    expect([s.functional, s.dysfunctional]).toEqual([-1, -1]);
  });

  test("weighted and pairwise complete", () => {
    const r = kanoContinuous([1, 3, null], [5, 3, 1], [3, 1, 5]);
    expectClose(r.functional, (3 * 4 + 0) / 4);
    expectClose(r.dysfunctional, (3 * 4 + 0) / 4);
  });

  test("too few answers: no complete pair throws div0", () => {
    expectCsError(() => kanoContinuous([1, null], [null, 5]), "div0");
  });
});

describe("kanoEvaluateLenient: attributes answered only with R/Q", () => {
  test("only R: category R, strengths and Fong defined, Better/Worse null", () => {
    const r = kanoEvaluateLenient({ A: 0, O: 0, M: 0, I: 0, R: 3, Q: 1 });
    expect([r.category, r.mostFrequent, r.n]).toEqual(["R", "R", 4]);
    expect(r.better).toBeNull();
    expect(r.worse).toBeNull();
    expect(r.totalStrength).toBe(0); // (A + O + M)/N
    expectClose(r.categoryStrength, (3 - 1) / 4);
    // Fong: |3 − 1| = 2 vs 1.65·√((3 + 1)(8 − 4)/8) = 1.65·√2 = 2.3335 → not significant
    expectClose(r.fong.critical, 1.65 * Math.SQRT2);
    expect([r.fong.first, r.fong.second, r.fong.significant]).toEqual(["R", "Q", false]);
  });

  test("only Q: category Q", () => {
    const r = kanoEvaluateLenient({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 2 });
    expect([r.category, r.better, r.worse]).toEqual(["Q", null, null]);
  });

  test("otherwise the same as kanoEvaluate (worked example, both thresholds)", () => {
    expect(kanoEvaluateLenient(WORKED)).toEqual(kanoEvaluate(WORKED));
    expect(kanoEvaluateLenient(WORKED, { threshold: 0 })).toEqual(kanoEvaluate(WORKED, { threshold: 0 }));
  });

  test("no answers and bad input still throw", () => {
    expectCsError(() => kanoEvaluateLenient({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 }), "div0", "no Kano answers");
    expectCsError(() => kanoEvaluateLenient({ A: -1, O: 0, M: 0, I: 0, R: 1, Q: 0 }), "num");
    expectCsError(() => kanoEvaluateLenient(WORKED, { threshold: 2 }), "num");
  });
});
