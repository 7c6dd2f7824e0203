import {
  attributeGapSums,
  attributeGaps,
  attributeGapsFromSums,
  dimensionGaps,
  overallGap,
  SERVQUAL_DIMENSIONS,
  servperf,
  servqualScore,
  type Answer,
} from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

const DIM_GAPS = [-0.65, -1.1, -0.83, -0.7, -1.01];

describe("SERVQUAL score (Parasuraman, Zeithaml & Berry 1988)", () => {
  test("worked example: unweighted mean of dimension gaps → −0.858", () => {
    expectClose(servqualScore(DIM_GAPS), -0.858, 1e-12);
  });

  test("worked example: points 10/30/25/20/15 → −0.894 (exact)", () => {
    // .10(−.65) + .30(−1.10) + .25(−.83) + .20(−.70) + .15(−1.01)
    //  = −.065 − .330 − .2075 − .140 − .1515 = −0.8940 exactly (not −0.8935)
    expectClose(servqualScore(DIM_GAPS, [10, 30, 25, 20, 15]), -0.894, 1e-12);
  });

  test("points must sum to 100: otherwise num naming the sum", () => {
    expectCsError(() => servqualScore(DIM_GAPS, [10, 30, 25, 20, 5]), "num", "sum to 90");
  });

  test("negative points throw num naming the column", () => {
    expectCsError(() => servqualScore(DIM_GAPS, [-10, 50, 25, 20, 15]), "num", "column 1");
  });

  test("shape: points of the wrong length throw value", () => {
    expectCsError(() => servqualScore(DIM_GAPS, [50, 50]), "value");
  });

  test("too few answers: no dimensions throws div0", () => {
    expectCsError(() => servqualScore([]), "div0");
  });
});

describe("SERVQUAL dimensions", () => {
  test("22 items: tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22", () => {
    expect(SERVQUAL_DIMENSIONS.map((d) => [d.name, d.items[0] + 1, d.items[d.items.length - 1] + 1, d.items.length])).toEqual([
      ["tangibles", 1, 4, 4],
      ["reliability", 5, 9, 5],
      ["responsiveness", 10, 13, 4],
      ["assurance", 14, 17, 4],
      ["empathy", 18, 22, 5],
    ]);
  });

  test("dimension gap = mean of its items' gaps", () => {
    const items = Array.from({ length: 22 }, (_, i) => -(i + 1) / 10); // −0.1 … −2.2
    expectAllClose(dimensionGaps(items), [-0.25, -0.7, -1.15, -1.55, -2.0], 1e-12);
  });

  test("shape: a dimension naming an item beyond the gaps throws value", () => {
    expectCsError(() => dimensionGaps(new Array<number>(20).fill(0)), "value", "empathy", "item 21", "20 item gaps");
  });

  test("too few answers: a dimension without items throws div0", () => {
    expectCsError(() => dimensionGaps([1], [{ name: "tangibles", items: [] }]), "div0", "tangibles");
  });
});

describe("attribute gaps (P − E)", () => {
  const P: Answer[][] = [
    [5, 3],
    [4, null],
    [3, 2],
  ];
  const E: Answer[][] = [
    [6, 4],
    [6, 5],
    [null, 4],
  ];

  test("blank policy: pairwise complete per attribute", () => {
    // col 1: (5−6), (4−6) → −1.5 ; col 2: (3−4), (2−4) → −1.5
    expectAllClose(attributeGaps(P, E), [-1.5, -1.5]);
  });

  test("weighted gaps = gaps of rows repeated by integer weights", () => {
    const w = [3, 1, 2];
    expectAllClose(attributeGaps(P, E, w), attributeGaps(repeatRows(P, w), repeatRows(E, w)), 1e-12);
    expectAllClose(attributeGaps(P, E, w), [-5 / 4, -7 / 5]);
  });

  test("overall gap = (weighted) mean of attribute gaps", () => {
    expectClose(overallGap([-1, -2, -3]), -2);
    expectClose(overallGap([-1, -2, -3], [1, 1, 2]), -9 / 4);
  });

  test("shape: perception and expectation of different shapes throw value", () => {
    expectCsError(() => attributeGaps(P, E.slice(0, 2)), "value", "3×2", "2×2");
  });

  test("too few answers: an attribute with no complete pair throws div0 naming it", () => {
    const e = expectCsError(() => attributeGaps([[1, null]], [[2, 3]]), "div0", "column 2");
    expect(e.column).toBe(2);
  });

  test("too few answers: no gaps / all-zero weights throw div0", () => {
    expectCsError(() => overallGap([]), "div0");
    expectCsError(() => overallGap([1, 2], [0, 0]), "div0");
  });

  test("non-number throws value naming row and column", () => {
    expectCsError(() => attributeGaps([[1, NaN]], [[2, 3]]), "value", "row 1, column 2");
  });
});

describe("SERVPERF", () => {
  test("mean of the attribute means of perception (blanks skipped per attribute)", () => {
    expectClose(
      servperf([
        [5, 3],
        [4, null],
        [3, 2],
      ]),
      (4 + 2.5) / 2,
    );
  });

  test("too few answers: an attribute with no answers throws div0 naming it", () => {
    expectCsError(() => servperf([[5, null]]), "div0", "column 2");
  });
});

describe("gap sums", () => {
  test("Σw and Σw(P − E) over the pairs answered; gaps from them", () => {
    const p: Answer[][] = [
      [4, null],
      [5, 3],
      [2, 6],
    ];
    const e: Answer[][] = [
      [5, 2],
      [3, null],
      [2, 7],
    ];
    const sums = attributeGapSums(p, e);
    expect(Array.from(sums.sumW)).toEqual([3, 1]);
    expect(Array.from(sums.sumDiff)).toEqual([-1 + 2 + 0, -1]);
    expect(attributeGapsFromSums(sums)).toEqual([1 / 3, -1]);
    expect(attributeGaps(p, e)).toEqual([1 / 3, -1]);
    const weighted = attributeGapSums(p, e, [2, 1, 0]);
    expect(Array.from(weighted.sumW)).toEqual([3, 0]);
    expect(Array.from(weighted.sumDiff)).toEqual([-2 + 2, 0]);
  });

  test("an attribute without pairs → div0 naming its column", () => {
    const sums = { sumW: new Float64Array([1, 0]), sumDiff: new Float64Array([1, 0]) };
    const err = expectCsError(() => attributeGapsFromSums(sums), "div0", "column 2");
    expect(err.column).toBe(2);
  });
});
