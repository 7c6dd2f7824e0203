import fc from "fast-check";
import { crosshair, csiFromMeans, ipa, priorityRanks, priorityScores, quadrantOf } from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError } from "./csError";

const I = [4.5, 4.2, 3.1, 2.8];
const P = [4.4, 3.0, 2.5, 4.6];

describe("crosshair", () => {
  test("mean (default)", () => {
    const c = crosshair(I, P);
    expectClose(c.importance, (4.5 + 4.2 + 3.1 + 2.8) / 4);
    expectClose(c.performance, (4.4 + 3.0 + 2.5 + 4.6) / 4);
  });

  test("median", () => {
    const c = crosshair(I, P, "median");
    expectClose(c.importance, (3.1 + 4.2) / 2);
    expectClose(c.performance, (3.0 + 4.4) / 2);
  });

  test("midpoint of the scale", () => {
    expect(crosshair(I, P, "midpoint", { min: 1, max: 5 })).toEqual({ importance: 3, performance: 3 });
    expect(crosshair(I, P, "midpoint", { min: 0, max: 10 })).toEqual({ importance: 5, performance: 5 });
  });

  test("a number", () => {
    expect(crosshair(I, P, 3.5)).toEqual({ importance: 3.5, performance: 3.5 });
  });

  test("midpoint without a scale throws value", () => {
    expectCsError(() => crosshair(I, P, "midpoint"), "value", "scale");
  });

  test("shape: importance and performance of different lengths throw value", () => {
    expectCsError(() => crosshair(I, P.slice(1)), "value", "4", "3");
  });

  test("too few answers: no attributes throws div0", () => {
    expectCsError(() => crosshair([], []), "div0");
  });
});

describe("quadrants (Martilla & James 1977)", () => {
  test("one attribute in each quadrant", () => {
    const r = ipa(I, P, { crosshair: 3.5 });
    expect(r.quadrants).toEqual(["keep", "concentrate", "low", "overkill"]);
  });

  test("a point on a crosshair counts as high", () => {
    const c = { importance: 3, performance: 3 };
    expect(quadrantOf(3, 3, c)).toBe("keep");
    expect(quadrantOf(3, 2.99, c)).toBe("concentrate");
    expect(quadrantOf(2.99, 3, c)).toBe("overkill");
    expect(quadrantOf(2.99, 2.99, c)).toBe("low");
  });

  test("ipa midpoint uses the scale options (default 1–5)", () => {
    expect(ipa(I, P, { crosshair: "midpoint" }).crosshair).toEqual({ importance: 3, performance: 3 });
    expect(ipa([4, 6], [4, 6], { crosshair: "midpoint", scaleMin: 0, scaleMax: 10 }).quadrants).toEqual(["low", "keep"]);
  });
});

describe("improvement priority", () => {
  test("score = Iₙ·(max − P)/(max − min)", () => {
    const s = priorityScores([1, 3], [4, 2]);
    expectAllClose(s, [0.25 * (1 / 4), 0.75 * (3 / 4)]);
  });

  test("scores sum to 1 − CSI/100 when importance = CSI weights (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom([1, 5], [1, 10], [0, 10]),
        (pairs, [min, max]) => {
          const w = pairs.map(([x]) => x);
          if (!(w.reduce((a, b) => a + b, 0) > 0)) return;
          const means = pairs.map(([, u]) => min + u * (max - min));
          const s = priorityScores(w, means, { scaleMin: min, scaleMax: max });
          const total = s.reduce((a, b) => a + b, 0);
          expectClose(total, 1 - csiFromMeans(means, { weights: w, scaleMin: min, scaleMax: max }) / 100, 1e-9);
          for (const x of s) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  test("negative importance throws num naming the column", () => {
    expectCsError(() => priorityScores([0.5, -0.2], [3, 3]), "num", "column 2", "-0.2");
  });

  test("all-zero importance throws div0", () => {
    expectCsError(() => priorityScores([0, 0], [3, 3]), "div0");
  });

  test("performance off the scale throws num naming the column", () => {
    expectCsError(() => priorityScores([1, 1], [3, 6]), "num", "column 2", "6");
  });

  test("shape: different lengths throw value", () => {
    expectCsError(() => priorityScores([1, 1, 1], [3, 3]), "value");
  });
});

describe("priority ranks", () => {
  test("1 = highest score", () => {
    expect(priorityRanks([0.1, 0.3, 0.2])).toEqual([3, 1, 2]);
  });

  test("ties broken M > O > A > I, then R, Q, none", () => {
    expect(priorityRanks([0.2, 0.2, 0.2, 0.2], ["I", "A", "M", "O"])).toEqual([4, 3, 1, 2]);
    expect(priorityRanks([0.2, 0.2, 0.2], [null, "Q", "R"])).toEqual([3, 2, 1]);
  });

  test("ties in score and category: input order", () => {
    expect(priorityRanks([0.2, 0.5, 0.2, 0.2])).toEqual([2, 1, 3, 4]);
    expect(priorityRanks([0.2, 0.2], ["M", "M"])).toEqual([1, 2]);
  });

  test("shape: categories of a different length throw value", () => {
    expectCsError(() => priorityRanks([0.1, 0.2], ["M"]), "value");
  });

  test("unknown category or non-number score throws value", () => {
    expectCsError(() => priorityRanks([0.1, 0.2], ["M", "X" as "M"]), "value", "column 2", "'X'");
    expectCsError(() => priorityRanks([0.1, NaN]), "value", "column 2");
  });
});
