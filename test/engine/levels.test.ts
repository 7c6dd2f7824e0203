import { levelCounts, levelShares, mergeLevelCounts, topBox, topBoxFromCounts, type Answer } from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

/** 42 fives, 32 fours, 10 threes, 9 twos, 14 ones (107 answers). */
const answers: Answer[] = [];
[
  [5, 42],
  [4, 32],
  [3, 10],
  [2, 9],
  [1, 14],
].forEach(([level, n]) => {
  for (let i = 0; i < n; i++) answers.push(level);
});

describe("level counts and shares (CSM distribution)", () => {
  test("counts index 0 = scale minimum", () => {
    expect(levelCounts(answers, 1, 5)).toEqual([14, 9, 10, 32, 42]);
  });

  test("shares sum to 1", () => {
    const s = levelShares(levelCounts(answers, 1, 5));
    expectAllClose(
      s,
      [14, 9, 10, 32, 42].map((c) => c / 107),
    );
    expectClose(
      s.reduce((a, b) => a + b, 0),
      1,
      1e-12,
    );
  });

  test("a matrix counts every cell; the row's weight applies to each of its cells", () => {
    const m: Answer[][] = [
      [1, 2],
      [2, null],
      [5, 5],
    ];
    expect(levelCounts(m, 1, 5)).toEqual([1, 2, 0, 0, 2]);
    expect(levelCounts(m, 1, 5, [2, 1, 0.5])).toEqual([2, 3, 0, 0, 1]);
  });

  test("weighted counts = counts of rows repeated by integer weights", () => {
    const v: Answer[] = [1, 3, 3, null, 5, 2];
    const w = [2, 0, 1, 3, 4, 1];
    expect(levelCounts(v, 1, 5, w)).toEqual(levelCounts(repeatRows(v, w), 1, 5));
  });

  test("0–10 scale has 11 levels", () => {
    expect(levelCounts([0, 10, 10], 0, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  test("merging counts of two halves = counts of the whole", () => {
    const a = levelCounts(answers.slice(0, 50), 1, 5);
    const b = levelCounts(answers.slice(50), 1, 5);
    expect(mergeLevelCounts(a, b)).toEqual(levelCounts(answers, 1, 5));
  });

  test("blank policy: null answers are skipped; no answers → all-zero counts", () => {
    expect(levelCounts([null, 2, null], 1, 5)).toEqual([0, 1, 0, 0, 0]);
    expect(levelCounts([null], 1, 5)).toEqual([0, 0, 0, 0, 0]);
  });

  test("too few answers: shares of all-zero counts throw div0", () => {
    expectCsError(() => levelShares([0, 0, 0]), "div0");
  });

  test("off scale: a value outside the scale throws num naming row and value", () => {
    const e = expectCsError(() => levelCounts([1, 6], 1, 5), "num", "row 2", "6", "1–5");
    expect(e.row).toBe(2);
  });

  test("off scale: a non-integer value throws num", () => {
    expectCsError(() => levelCounts([3.5], 1, 5), "num", "3.5", "not a level");
  });

  test("off scale: in a matrix the message names row and column", () => {
    expectCsError(
      () =>
        levelCounts(
          [
            [1, 2],
            [3, 0],
          ],
          1,
          5,
        ),
      "num",
      "row 2, column 2",
      "0",
    );
  });

  test("non-number throws value", () => {
    expectCsError(() => levelCounts([NaN], 1, 5), "value", "NaN");
    expectCsError(() => levelCounts([["x" as unknown as number]], 1, 5), "value", "'x'");
  });

  test("bad scale (non-integer or reversed) throws num", () => {
    expectCsError(() => levelCounts([1], 1, 4.5), "num");
    expectCsError(() => levelCounts([1], 5, 1), "num");
  });

  test("shape: weights of the wrong length throw value", () => {
    expectCsError(() => levelCounts([1, 2], 1, 5, [1]), "value");
  });

  test("negative counts throw num", () => {
    expectCsError(() => levelShares([1, -1]), "num", "-1");
  });
});

describe("top-box", () => {
  test("worked example: 42/32/10/9/14 on 5..1, top 2 → 74/107 = 0.6916", () => {
    expectClose(topBox(answers), 74 / 107, 1e-12);
    expectClose(topBox(answers), 0.6916, 1e-4);
    expectClose(topBoxFromCounts([14, 9, 10, 32, 42], 2), 74 / 107, 1e-12);
  });

  test("top 1 box and all boxes", () => {
    expectClose(topBoxFromCounts([14, 9, 10, 32, 42], 1), 42 / 107);
    expectClose(topBoxFromCounts([14, 9, 10, 32, 42], 5), 1);
  });

  test("top-2 of a 0–10 scale counts 9 and 10", () => {
    expectClose(topBox([9, 10, 8, 0], { scaleMin: 0, scaleMax: 10 }), 0.5);
  });

  test("boxes outside 1..levels throw num", () => {
    expectCsError(() => topBoxFromCounts([1, 2, 3], 0), "num");
    expectCsError(() => topBoxFromCounts([1, 2, 3], 4), "num", "between 1 and 3");
    expectCsError(() => topBoxFromCounts([1, 2, 3], 1.5), "num");
  });

  test("too few answers: all blanks throw div0", () => {
    expectCsError(() => topBox([null, null]), "div0");
  });
});
