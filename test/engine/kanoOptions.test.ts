import fc from "fast-check";
import {
  kano,
  kanoClassify,
  kanoCollapse,
  kanoContinuous,
  kanoContinuousScores,
  kanoDropQuestionable,
  kanoFromShortForm,
  kanoPairCountsMatrix,
  kanoQuestionableCounts,
  kanoShortFormMatrix,
  type Answer,
  type KanoAnswer,
} from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError } from "./csError";

/*
 * Hand computation (written out): 5 respondents × 3 attributes, pairs (functional, dysfunctional)
 * classified by the Kano et al. (1984) table:
 *   R1: (1,5) O  (1,1) Q  (5,5) Q      → 2 Q
 *   R2: (1,3) A  (2,5) M  (1,5) O      → 0 Q
 *   R3: (5,5) Q  (3,3) I  (1,2) A      → 1 Q
 *   R4: (2,5) M  (5,1) R  (–,3) blank  → 0 Q
 *   R5: (1,1) Q  (1,1) Q  (1,1) Q      → 3 Q
 * The rm_Q rule as stp25's Kano() documents and applies it (stp4/stp25stat, R/kano.R: "rm_Q: the
 * number of Qs allowed"; a case is removed when sum(Q, na.rm = TRUE) > rm_Q, from every attribute).
 * max_questionable 1 drops R1 and R5 (more than 1 Q); kept R2, R3, R4:
 *   attribute 1: A1 M1 Q1 (N 3); attribute 2: M1 I1 R1 (N 3); attribute 3: A1 O1 (N 2).
 */
const F: Answer[][] = [
  [1, 1, 5],
  [1, 2, 1],
  [5, 3, 1],
  [2, 5, null],
  [1, 1, 1],
];
const D: Answer[][] = [
  [5, 1, 5],
  [3, 5, 5],
  [5, 3, 2],
  [5, 1, 3],
  [1, 1, 1],
];

describe("kanoQuestionableCounts / kanoDropQuestionable (stp25kano rm_Q)", () => {
  it("counts Q pairs per respondent as the hand computation", () => {
    expect(kanoQuestionableCounts(F, D)).toEqual([2, 0, 1, 0, 3]);
  });

  it("drops respondents with more Q answers than allowed: exact counts by hand", () => {
    const kept = kanoDropQuestionable(F, D, 1);
    expect(kept.rows).toEqual([2, 3, 4]);
    expect(kept.dropped).toBe(2);
    const res = kano(kept.functional, kept.dysfunctional);
    expect(res.map((r) => r.counts)).toEqual([
      { A: 1, O: 0, M: 1, I: 0, R: 0, Q: 1 },
      { A: 0, O: 0, M: 1, I: 1, R: 1, Q: 0 },
      { A: 1, O: 1, M: 0, I: 0, R: 0, Q: 0 },
    ]);
    expect(res.map((r) => r.n)).toEqual([3, 3, 2]);
  });

  it("is the rm_Q rule: a respondent with exactly max Q answers is kept, 0 keeps only Q-free ones", () => {
    expect(kanoDropQuestionable(F, D, 2).rows).toEqual([1, 2, 3, 4]);
    expect(kanoDropQuestionable(F, D, 0).rows).toEqual([2, 4]);
    expect(kanoDropQuestionable(F, D, 3).dropped).toBe(0);
  });

  it("keeps the weights of the kept respondents", () => {
    expect(kanoDropQuestionable(F, D, 1, [1, 2, 3, 4, 5]).weights).toEqual([2, 3, 4]);
  });

  it("rejects a bad maximum and a bad answer with a clear CsError", () => {
    expectCsError(() => kanoDropQuestionable(F, D, -1), "num", "-1", "whole number");
    expectCsError(() => kanoDropQuestionable(F, D, 1.5), "num", "1.5");
    const e = expectCsError(() => kanoQuestionableCounts([[1, 6]], [[1, 1]]), "num", "6");
    expect([e.row, e.column]).toEqual([1, 2]);
  });

  it("property: dropping respondents never raises N", () => {
    const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
    const data = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }))
      .chain(([n, k]) =>
        fc.tuple(
          fc.array(fc.array(answer, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
          fc.array(fc.array(answer, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
          fc.integer({ min: 0, max: k }),
        ),
      );
    fc.assert(
      fc.property(data, ([f, d, maxQ]) => {
        const all = kanoPairCountsMatrix(f, d);
        const kept = kanoDropQuestionable(f, d, maxQ);
        // Nobody kept: no pairs (an empty matrix has no columns to count).
        const some = kept.rows.length === 0 ? new Float64Array(all.length) : kanoPairCountsMatrix(kept.functional, kept.dysfunctional);
        for (let c = 0; c < all.length / 25; c++) {
          let nAll = 0;
          let nKept = 0;
          for (let i = 0; i < 25; i++) {
            nAll += all[c * 25 + i];
            nKept += some[c * 25 + i];
          }
          expect(nKept).toBeLessThanOrEqual(nAll);
        }
        expect(kept.rows.length + kept.dropped).toBe(f.length);
      }),
    );
  });
});

describe("3-point short form", () => {
  it("maps 1 like, 2 neutral, 3 dislike onto the 5-point answers 1, 3, 5", () => {
    expect([1, 2, 3].map((a) => kanoFromShortForm(a))).toEqual([1, 3, 5]);
    expect(kanoFromShortForm(null)).toBeNull();
    expect(
      kanoShortFormMatrix([
        [1, null],
        [3, 2],
      ]),
    ).toEqual([
      [1, null],
      [5, 3],
    ]);
  });

  it("has the short-form table of Kano et al. (1984) restricted to like/neutral/dislike", () => {
    // Rows functional like/neutral/dislike, columns dysfunctional like/neutral/dislike (by hand).
    const expected = [
      ["Q", "A", "O"],
      ["R", "I", "M"],
      ["R", "R", "Q"],
    ];
    for (let f = 1; f <= 3; f++) {
      for (let d = 1; d <= 3; d++) {
        expect(kanoClassify(kanoFromShortForm(f) as KanoAnswer, kanoFromShortForm(d) as KanoAnswer)).toBe(expected[f - 1][d - 1]);
      }
    }
  });

  it("property: on collapsed answers the 3-point table equals the 5-point table", () => {
    const a = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<KanoAnswer>;
    fc.assert(
      fc.property(a, a, (f, d) => {
        const short = kanoClassify(kanoFromShortForm(kanoCollapse(f)) as KanoAnswer, kanoFromShortForm(kanoCollapse(d)) as KanoAnswer);
        expect(short).toBe(kanoClassify(f, d));
      }),
    );
  });

  it("rejects answers outside 1…3 naming the cell", () => {
    const e = expectCsError(() => kanoShortFormMatrix([[1, 4]]), "num", "4", "short-form");
    expect([e.row, e.column]).toEqual([1, 2]);
    expectCsError(() => kanoCollapse(6 as KanoAnswer), "num", "6");
  });
});

describe("kanoContinuousScores (DuMouchel 1993)", () => {
  it("gives the mean functional and dysfunctional scores, by hand", () => {
    // Attribute 1: functional 1,1,5,2,1 → 4,4,−2,2,4 → 12/5; dysfunctional 5,3,5,5,1 → 4,0,4,4,−2 → 10/5.
    // Attribute 3: R4 blank; functional 5,1,1,1 → −2,4,4,4 → 10/4; dysfunctional 5,5,2,1 → 4,4,−1,−2 → 5/4.
    const s = kanoContinuousScores(F, D);
    expectClose(s[0]?.functional as number, 12 / 5, 1e-9);
    expectClose(s[0]?.dysfunctional as number, 2, 1e-9);
    expectClose(s[2]?.functional as number, 2.5, 1e-9);
    expectClose(s[2]?.dysfunctional as number, 1.25, 1e-9);
    expect(s[2]?.n).toBe(4);
  });

  it("property: equals kanoContinuous per column (an independent computation) to 1e-9, weighted", () => {
    const ans = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 });
    const rows = fc.array(fc.tuple(ans, ans, fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(rows, (rs) => {
        const f = rs.map((r) => [r[0]]);
        const d = rs.map((r) => [r[1]]);
        const w = rs.map((r) => r[2]);
        const got = kanoContinuousScores(f, d, { weights: w })[0];
        if (rs.every((r) => r[0] === null || r[1] === null)) {
          expect(got).toBeNull();
          return;
        }
        const want = kanoContinuous(
          rs.map((r) => r[0]),
          rs.map((r) => r[1]),
          w,
        );
        expectClose(got?.functional as number, want.functional, 1e-9);
        expectClose(got?.dysfunctional as number, want.dysfunctional, 1e-9);
      }),
    );
  });

  it("gives the mean self-stated importance over the respondents who answered both", () => {
    // Attribute 3: importance of R4 is ignored (its Kano pair is blank); (9 + 7 + 5 + 3)/4 = 6.
    const imp: Answer[][] = [
      [9, 1, 9],
      [8, 2, 7],
      [7, null, 5],
      [6, 4, 1],
      [5, 5, 3],
    ];
    const s = kanoContinuousScores(F, D, { importance: imp });
    expectClose(s[0]?.importance as number, 7, 1e-9);
    expectClose(s[1]?.importance as number, 3, 1e-9);
    expectClose(s[2]?.importance as number, 6, 1e-9);
    expectCsError(() => kanoContinuousScores(F, D, { importance: [[1]] }), "value");
  });
});
