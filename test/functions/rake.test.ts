/**
 * CS.RAKE(groups, targets, [base_weights], [max_iterations], [tolerance]): the worksheet function
 * over engine/rake.ts — the hand-solved 2 × 2 example through cells (the example of its
 * description), shares, base weights with or without their header, number categories, and the
 * errors Excel shows.
 */
import { rake } from "../../src/engine";
import { RAKE } from "../../src/functions/functions";
import { expectAllClose } from "../helpers/close";
import { col, expectExcelError } from "./cells";

const GROUPS = [
  ["sex", "age"],
  ["m", "y"],
  ["m", "y"],
  ["m", "o"],
  ["f", "y"],
  ["f", "o"],
  ["f", "o"],
];
const TARGETS = [
  ["variable", "category", "target"],
  ["sex", "m", 40],
  ["sex", "f", 60],
  ["age", "y", 30],
  ["age", "o", 70],
];

/** The closed form of the 2 × 2 example (test/engine/rake.test.ts): odds ratio 4 kept, x = m-y total. */
const X = (310 - Math.sqrt(310 * 310 - 12 * 4800)) / 6;
const EXPECTED = [X / 2, X / 2, 40 - X, 30 - X, (30 + X) / 2, (30 + X) / 2];

/** The one column a call spilled, as numbers. */
function column(result: unknown[][]): number[] {
  return result.map((r) => {
    expect(r).toHaveLength(1);
    if (typeof r[0] !== "number") throw new Error(`expected a number, got ${JSON.stringify(r[0])}`);
    return r[0];
  });
}

describe("CS.RAKE", () => {
  test("the description's example: one column of weights, in the respondents' order", () => {
    const w = column(RAKE(GROUPS, TARGETS));
    expectAllClose(w, EXPECTED, 1e-9);
    expectAllClose(
      w.map((v) => Math.round(v * 1e4) / 1e4),
      [9.4822, 9.4822, 21.0357, 11.0357, 24.4822, 24.4822],
      1e-12,
    );
  });

  test("shares as text numbers, blank rows in the targets skipped, number categories matched as text", () => {
    const groups = [["region"], [1], [2], [2], [" 1 "]];
    const targets = [
      ["variable", "category", "target"],
      ["region", "1", "0.25"],
      [null, "", ""],
      ["region", 2, 0.75],
    ];
    // One margin is post-stratification: Σ base = 4 → region 1 total 1 over 2 people, region 2 total 3 over 2.
    expectAllClose(column(RAKE(groups, targets)), [0.5, 1.5, 1.5, 0.5], 1e-12);
  });

  test("base weights, with or without a header cell, equal the engine's", () => {
    const base = [1, 2, 1, 3, 1, 2];
    const engine = rake(
      { variables: ["sex", "age"], rows: GROUPS.slice(1) as string[][] },
      TARGETS.slice(1).map(([v, c, t]) => ({ variable: v as string, category: c as string, target: t as number })),
      {
        baseWeights: base,
      },
    );
    expectAllClose(column(RAKE(GROUPS, TARGETS, col(base))), [...engine.weights], 1e-12);
    expectAllClose(column(RAKE(GROUPS, TARGETS, col(["weight", ...base]))), [...engine.weights], 1e-12);
    expectAllClose(column(RAKE(GROUPS, TARGETS, col([null, null, null, null, null, null]))), EXPECTED, 1e-9);
  });

  test("errors name the variable, the category, the row and the argument", () => {
    expectExcelError(RAKE([...GROUPS, ["x", "y"]], TARGETS), "#VALUE!", "groups: row 8", "sex", "'x'");
    expectExcelError(RAKE(GROUPS, [...TARGETS.slice(0, 4), ["age", "o", 65], ["age", "z", 5]]), "#NUM!", "age", "z", "no respondents");
    expectExcelError(RAKE(GROUPS, [...TARGETS.slice(0, 4), ["age", "o", "many"]]), "#NUM!", "targets: row 5, column 3", "many");
    expectExcelError(
      RAKE(GROUPS, [
        ["variable", "category"],
        ["sex", "m"],
      ]),
      "#VALUE!",
      "targets",
      "3 columns",
    );
    expectExcelError(RAKE(GROUPS, TARGETS, col([1, 2])), "#VALUE!", "base_weights");
    expectExcelError(RAKE(GROUPS, TARGETS, col([1, 1, 1, 1, 1, -1])), "#NUM!", "base_weights", "row 6");
    expectExcelError(
      RAKE(
        [
          ["sex", ""],
          ["m", "y"],
        ],
        TARGETS,
      ),
      "#VALUE!",
      "groups: row 1, column 2",
    );
    expectExcelError(RAKE(GROUPS, TARGETS, undefined, 0), "#NUM!", "max_iterations");
    expectExcelError(RAKE(GROUPS, TARGETS, undefined, 1.5), "#NUM!", "max_iterations");
    // One sweep is not enough at 1e-10 for this table.
    expectExcelError(RAKE(GROUPS, TARGETS, undefined, 1), "#NUM!", "did not converge in 1 iterations");
  });

  test("a looser tolerance stops earlier, within it", () => {
    const w = column(RAKE(GROUPS, TARGETS, undefined, 100, 0.01));
    const m = w[0] + w[1] + w[2];
    expect(Math.abs(m - 40) / 40).toBeLessThanOrEqual(0.01);
    expect(w).not.toEqual(EXPECTED);
  });
});
