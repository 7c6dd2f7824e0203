/**
 * CS.SIGTEST and CS.PADJUST (issue #13): the worked examples of the engine through the cells
 * Excel passes, the outputs and shapes, and the errors naming the argument or the cell.
 */
import { adjustPValues, npsTest, proportionTest } from "../../src/engine";
import { PADJUST, SIGTEST } from "../../src/functions/functions";
import { useDisplayLanguage } from "../../src/functions/errors";
import { expectClose } from "../helpers/close";
import { col, expectExcelError, repeat } from "./cells";

// R's datasets::sleep (Student 1908): extra hours of sleep, drug 1 and drug 2.
const SLEEP_1 = col([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
const SLEEP_2 = col([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

/** The single value of a 1×1 result. */
function one(result: unknown[][]): unknown {
  expect(result.length).toBe(1);
  expect(result[0].length).toBe(1);
  return result[0][0];
}

describe("CS.SIGTEST", () => {
  test('"mean": R t.test(extra ~ group, data = sleep) → t = −1.8608, df = 17.776, p = 0.07939', () => {
    expect(one(SIGTEST(SLEEP_1, SLEEP_2)) as number).toBeCloseTo(0.07939, 5);
    expect(one(SIGTEST(SLEEP_1, SLEEP_2, "mean", "statistic")) as number).toBeCloseTo(-1.8608, 4);
    expect(one(SIGTEST(SLEEP_1, SLEEP_2, "mean", "df")) as number).toBeCloseTo(17.776, 3);
    expectClose(one(SIGTEST(SLEEP_1, SLEEP_2, "mean", "diff")) as number, -1.58, 1e-12);
  });

  test('"table": a header row and one row of p, statistic, df, diff, se', () => {
    const t = SIGTEST(SLEEP_1, SLEEP_2, "mean", "table");
    expect(t[0]).toEqual(["p", "statistic", "df", "diff", "se"]);
    expect(t).toHaveLength(2);
    const [p, stat, df, diff, se] = t[1] as number[];
    expect(p).toBeCloseTo(0.07939, 5);
    expect(df).toBeCloseTo(17.776, 3);
    expectClose(stat, diff / se, 1e-12);
  });

  test("labels read as numbers on the scale both groups share (mean of 5-point labels)", () => {
    const words = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];
    const a = [5, 4, 4, 3, 5, 2];
    const b = [3, 2, 4, 1, 2];
    const numeric = one(SIGTEST(col(a), col(b), "mean", "statistic")) as number;
    const labelled = one(SIGTEST(col(a.map((x) => words[x - 1])), col(b.map((x) => words[x - 1])), "mean", "statistic")) as number;
    expectClose(labelled, numeric, 1e-12);
  });

  test('"nps": the engine\'s z-test on the counts of each group (hand computation in test/engine)', () => {
    const a = [10, 9, 9, 10, 9, 7, 8, 8, 3, 6]; // 5 promoters, 3 passives, 2 detractors: NPS 30
    const b = [9, 10, 7, 7, 0, 5, 6, 6]; // 2, 2, 4: NPS −25
    const expected = npsTest({ promoters: 5, passives: 3, detractors: 2 }, { promoters: 2, passives: 2, detractors: 4 });
    expectClose(one(SIGTEST(col(a), col(b), "nps", "diff")) as number, 55, 1e-12);
    expectClose(one(SIGTEST(col(a), col(b), "nps")) as number, expected.p, 1e-12);
    expectClose(one(SIGTEST(col(a), col(b), "NPS", "se")) as number, 100 * Math.sqrt(0.1469375), 1e-12);
    expect(SIGTEST(col(a), col(b), "nps", "table")[1][2]).toBe(""); // a z-test has no df
    expectExcelError(SIGTEST(col(a), col(b), "nps", "df"), "#N/A", "z-test");
  });

  test('"topbox": top-2 boxes of the detected scale, pooled z (30/50 vs 20/50 → z = 2, p = 0.0455)', () => {
    const a = col(repeat([30, 10, 10], [5, 4, 2])); // 1–5 detected: top-2 = 4–5 → 40/50
    const b = col(repeat([10, 20, 20], [5, 4, 1])); // 30/50
    const expected = proportionTest(40, 50, 30, 50);
    expectClose(one(SIGTEST(a, b, "topbox", "statistic")) as number, expected.statistic, 1e-12);
    const c = col(repeat([20, 10, 20], [4, 5, 3])); // top-2 = 30/50
    const d = col(repeat([5, 15, 30], [5, 4, 1])); // 20/50
    expectClose(one(SIGTEST(c, d, "topbox", "statistic")) as number, 2, 1e-12);
    expectClose(one(SIGTEST(c, d, "topbox")) as number, 0.04550026389635842, 1e-9);
    expectClose(one(SIGTEST(c, d, "topbox", "diff")) as number, 0.2, 1e-12);
  });

  test("on a 1–10 scale the top-2 boxes are 9–10", () => {
    const a = col([10, 9, 8, 7, 2, 3]); // 2 of 6
    const b = col([10, 1, 2, 3, 4, 5, 6, 7]); // 1 of 8
    expectClose(one(SIGTEST(a, b, "topbox", "statistic")) as number, proportionTest(2, 6, 1, 8).statistic, 1e-12);
  });

  test("blanks are skipped; too few answers and no variance are errors naming the group", () => {
    expectClose(one(SIGTEST([...SLEEP_1, [""], [null]], SLEEP_2)) as number, one(SIGTEST(SLEEP_1, SLEEP_2)) as number, 1e-15);
    expectExcelError(SIGTEST(col([3]), col([1, 2, 3])), "#DIV/0!", "group_a", "1 answer");
    expectExcelError(SIGTEST(col([1, 2, 3]), col(["", null])), "#DIV/0!", "group_b", "0 answer");
    expectExcelError(SIGTEST(col([4, 4]), col([2, 2, 2])), "#DIV/0!", "neither group varies");
    expectExcelError(SIGTEST(col([9, 10]), col([10, 9]), "topbox"), "#DIV/0!", "neither group varies");
  });

  test("unreadable cells and bad options name the argument and the cell", () => {
    expectExcelError(SIGTEST(col([1, 2, 3]), col([2, "lots", 3])), "#VALUE!", "group_b", "row 2", "lots");
    expectExcelError(SIGTEST(col([1, 11, 3]), col([2, 3, 4]), "nps"), "#VALUE!", "group_a", "row 2", "0–10");
    expectExcelError(SIGTEST(SLEEP_1, SLEEP_2, "median"), "#VALUE!", "median", "mean, nps, topbox");
    expectExcelError(SIGTEST(SLEEP_1, SLEEP_2, "mean", "t"), "#VALUE!", "p, statistic, df, diff, se, table");
    expectExcelError(
      SIGTEST(
        [
          [1, 2],
          [3, 4],
        ],
        SLEEP_2,
      ),
      "#VALUE!",
      "group_a",
      "one row or one column",
    );
  });

  test("messages follow Office's display language", () => {
    useDisplayLanguage(() => "es-ES");
    try {
      expectExcelError(SIGTEST(col([3]), col([1, 2, 3])), "#DIV/0!", "grupo A");
    } finally {
      useDisplayLanguage(() => undefined);
    }
  });
});

describe("CS.PADJUST", () => {
  test("holm (default) and bh on a column; the engine's values (BH 1995 checked in test/engine)", () => {
    expect(PADJUST(col([0.01, 0.04, 0.03]))).toEqual(col([0.03, 0.06, 0.06]));
    const bh = PADJUST(col([0.01, 0.04, 0.03]), "bh");
    [0.03, 0.04, 0.04].forEach((x, i) => expectClose(bh[i][0] as number, x, 1e-15));
  });

  test("the input's shape is kept and blanks stay blank (adjusted over the values only)", () => {
    const p = [
      [0.01, "", 0.2],
      [null, 0.04, "0.03"],
    ];
    const out = PADJUST(p, "holm");
    const expected = adjustPValues([0.01, 0.2, 0.04, 0.03], "holm");
    expect(out).toEqual([
      [expected[0], "", expected[1]],
      ["", expected[2], expected[3]],
    ]);
  });

  test("a p outside [0, 1] or text is an error naming the cell; an unknown method names the choices", () => {
    expectExcelError(
      PADJUST([
        [0.2, 0.5],
        [1.2, 0.1],
      ]),
      "#NUM!",
      "row 2, column 1",
      "1.2 is not a p-value",
    );
    expectExcelError(PADJUST(col([0.2, -0.01])), "#NUM!", "row 2");
    expectExcelError(PADJUST(col([0.2, "small"])), "#VALUE!", "row 2", "small");
    expectExcelError(PADJUST(col([0.2]), "bonferroni"), "#VALUE!", "bonferroni", "holm, bh");
  });
});
