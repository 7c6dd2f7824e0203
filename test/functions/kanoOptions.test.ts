/**
 * CS.KANO's options (issue 14): max_questionable, scale_points 3, importance and the outputs
 * "continuous" / "importance", checked against hand computations written out below and against
 * the engine on the same answers.
 */
import fc from "fast-check";
import { KANO, KANO_FUNCTION } from "../../src/functions/functions";
import { expectAllClose } from "../helpers/close";
import { expectExcelError, KANO_WORDS, LANGUAGES, nums } from "./cells";

/*
 * 5 respondents × 3 attributes (the engine test's hand computation):
 *   R1: (1,5) O  (1,1) Q  (5,5) Q      → 2 Q
 *   R2: (1,3) A  (2,5) M  (1,5) O      → 0 Q
 *   R3: (5,5) Q  (3,3) I  (1,2) A      → 1 Q
 *   R4: (2,5) M  (5,1) R  (–,3) blank  → 0 Q
 *   R5: (1,1) Q  (1,1) Q  (1,1) Q      → 3 Q
 */
const F = [
  [1, 1, 5],
  [1, 2, 1],
  [5, 3, 1],
  [2, 5, ""],
  [1, 1, 1],
];
const D = [
  [5, 1, 5],
  [3, 5, 5],
  [5, 3, 2],
  [5, 1, 3],
  [1, 1, 1],
];

describe("KANO max_questionable", () => {
  it("drops R1 and R5 at 1: counts A,O,M,I,R,Q then N, by hand", () => {
    expect(KANO(F, D, "counts", undefined, 1)).toEqual([
      [1, 0, 1, 0, 0, 1, 3],
      [0, 0, 1, 1, 1, 0, 3],
      [1, 1, 0, 0, 0, 0, 2],
    ]);
  });

  it("table ends with N; other outputs keep their shape", () => {
    const t = KANO(F, D, "table", 0, 1);
    expect(t.map((r) => r.length)).toEqual([10, 10, 10]);
    expect(t.map((r) => r[9])).toEqual([3, 3, 2]);
    // Attribute 3 kept: A1 O1 → Better (1 + 1)/2 = 1, Worse −1/2.
    expect(t[2].slice(7, 9)).toEqual([1, -0.5]);
    expect(KANO(F, D, "category", 0, 1)[0].length).toBe(3);
  });

  it("without it, the counts are those of every respondent (no N column)", () => {
    expect(KANO(F, D, "counts")).toEqual([
      [1, 1, 1, 0, 0, 2],
      [0, 0, 1, 1, 1, 2],
      [1, 1, 0, 0, 0, 2],
    ]);
  });

  it("0 keeps only respondents without Q answers; nobody kept spills blanks", () => {
    expect(KANO(F, D, "counts", undefined, 0).map((r) => r[6])).toEqual([2, 2, 1]);
    expect(KANO([[1]], [[1]], "counts", undefined, 0)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(KANO([[1], [1]], [[1], [1]], "category", undefined, 0)).toEqual([[""]]);
  });

  it("a negative or fractional maximum is #NUM!", () => {
    expectExcelError(KANO(F, D, "counts", undefined, -1), "#NUM!", "max_questionable");
    expectExcelError(KANO(F, D, "counts", undefined, 1.5), "#NUM!", "max_questionable");
  });

  it("property: N with a maximum never exceeds N without, and equals the general path", () => {
    const ans = fc.constantFrom(1, 2, 3, 4, 5, "");
    const data = fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 3 })).chain(([n, k]) => {
      const m = fc.array(fc.array(ans, { minLength: k, maxLength: k }), { minLength: n, maxLength: n });
      return fc.tuple(m, m, fc.integer({ min: 0, max: k }));
    });
    fc.assert(
      fc.property(data, ([f, d, q]) => {
        const all = KANO(f, d, "counts");
        const kept = KANO(f, d, "counts", undefined, q);
        kept.forEach((row, c) => {
          const nAll = (all[c] as number[]).reduce((a, b) => a + b, 0);
          expect(row[6]).toBeLessThanOrEqual(nAll);
        });
        expect(KANO_FUNCTION.run([f, d, "counts", null, q], { fastPath: false })).toEqual(kept);
      }),
      { numRuns: 200 },
    );
  });
});

describe("KANO scale_points 3 (short form)", () => {
  // Short form by hand: (1,2) A, (1,3) O, (2,3) M, (2,2) I, (3,1) R, (1,1) Q.
  const f3 = [[1], [1], [2], [2], [3], [1]];
  const d3 = [[2], [3], [3], [2], [1], [1]];

  it("classifies by the short-form table: one of each category", () => {
    expect(KANO(f3, d3, "counts", undefined, undefined, 3)).toEqual([[1, 1, 1, 1, 1, 1]]);
    expect(KANO([[1]], [[3]], "category", undefined, undefined, 3)).toEqual([["O"]]);
  });

  it("reads the like / neutral / dislike labels of three languages", () => {
    for (const lang of LANGUAGES) {
      const w = KANO_WORDS[lang];
      const short = [w[0], w[2], w[4]];
      const f = f3.map(([a]) => [short[a - 1]]);
      const d = d3.map(([a]) => [short[a - 1]]);
      expect(KANO(f, d, "counts", undefined, undefined, 3)).toEqual([[1, 1, 1, 1, 1, 1]]);
    }
  });

  it("equals the 5-point result on the 5-point answers collapsed (like; must-be/neutral/live-with; dislike)", () => {
    const collapse = (a: number): number => (a === 1 ? 1 : a === 5 ? 3 : 2);
    const five = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(five, (pairs) => {
        const f = pairs.map((p) => [p[0]]);
        const d = pairs.map((p) => [p[1]]);
        const short = KANO(
          pairs.map((p) => [collapse(p[0])]),
          pairs.map((p) => [collapse(p[1])]),
          "table",
          0.06,
          undefined,
          3,
        );
        expect(short).toEqual(KANO(f, d, "table", 0.06));
      }),
      { numRuns: 200 },
    );
  });

  it("rejects a 4 or 5 answer and a must-be label on the short form, and 4 answer points", () => {
    expectExcelError(KANO([[4]], [[1]], "category", undefined, undefined, 3), "#VALUE!", "functional: row 1, column 1", "short-form");
    expectExcelError(KANO([["I expect it"]], [[1]], "category", undefined, undefined, 3), "#VALUE!", "short-form");
    expectExcelError(KANO([[1]], [[1]], "category", undefined, undefined, 4), "#NUM!", "3 (short form) or 5");
  });
});

describe("KANO continuous and importance (DuMouchel 1993)", () => {
  // Attribute 1: functional 1,1,5,2,1 → 4,4,−2,2,4 → 12/5; dysfunctional 5,3,5,5,1 → 4,0,4,4,−2 → 2.
  // Attribute 2: functional 1,2,3,5,1 → 4,2,0,−2,4 → 8/5; dysfunctional 1,5,3,1,1 → −2,4,0,−2,−2 → −2/5.
  // Attribute 3 (R4 blank): functional 5,1,1,1 → −2,4,4,4 → 10/4; dysfunctional 5,5,2,1 → 4,4,−1,−2 → 5/4.
  const imp = [
    [9, 1, 9],
    [8, 2, 7],
    [7, "", 5],
    [6, 4, 1],
    [5, 5, 3],
  ];

  it("gives per attribute the mean functional and dysfunctional score (1e-9)", () => {
    const c = KANO(F, D, "continuous");
    expectAllClose(c.flat() as number[], [12 / 5, 2, 8 / 5, -2 / 5, 10 / 4, 5 / 4], 1e-9);
  });

  it("adds the mean importance (over respondents with both answers) as a third value", () => {
    // Importance means: (9+8+7+6+5)/5 = 7; (1+2+4+5)/4 = 3; R4 dropped for attribute 3: (9+7+5+3)/4 = 6.
    const c = KANO(F, D, "continuous", undefined, undefined, undefined, imp);
    expect(c.map((r) => r.length)).toEqual([3, 3, 3]);
    expectAllClose(
      c.map((r) => r[2] as number),
      [7, 3, 6],
      1e-9,
    );
    expectAllClose(nums(KANO(F, D, "importance", undefined, undefined, undefined, imp)), [7, 3, 6], 1e-9);
  });

  it("with max_questionable, scores of the kept respondents only", () => {
    // Kept R2, R3, R4; attribute 1: functional 1,5,2 → 4,−2,2 → 4/3; dysfunctional 3,5,5 → 0,4,4 → 8/3.
    const c = KANO(F, D, "continuous", undefined, 1, undefined, imp);
    expectAllClose(c[0] as number[], [4 / 3, 8 / 3, 7], 1e-9);
  });

  it("output importance without an importance range, or one of another shape, is #VALUE!", () => {
    expectExcelError(KANO(F, D, "importance"), "#VALUE!", "importance");
    expectExcelError(KANO(F, D, "importance", undefined, undefined, undefined, [[1, 2, 3]]), "#VALUE!", "importance");
  });
});
