/**
 * CS.DRIVERS(items, overall, [method], [output], [case_weights]): the worksheet function over the
 * engine's key drivers — the published rwa example through cells, the outputs' shapes, labels,
 * blanks, case weights and the errors Excel shows.
 */
import { keyDriverIntervals, keyDrivers } from "../../src/engine";
import { mulberry32 } from "../../src/engine/mulberry32";
import { DRIVERS, DRIVERS_FUNCTION } from "../../src/functions/functions";
import { expectAllClose, expectClose } from "../helpers/close";
import { MTCARS } from "../helpers/mtcars";
import { col, expectExcelError, nums, SATISFACTION_WORDS } from "./cells";

const ITEMS = MTCARS.map((r) => [r[1], r[2], r[3], r[4]]); // cyl, disp, hp, wt
const MPG = col(MTCARS.map((r) => r[0]));

/** Survey-like 1–5 ratings: 4 items sharing a factor, overall driven by them, seeded. */
function survey(n: number, seed: number): { items: number[][]; overall: number[] } {
  const rand = mulberry32(seed);
  const items: number[][] = [];
  const overall: number[] = [];
  for (let r = 0; r < n; r++) {
    const f = rand();
    const row = [0, 1, 2, 3].map(() => Math.round(1 + 4 * (0.5 * f + 0.5 * rand())));
    items.push(row);
    overall.push(Math.min(5, Math.max(1, Math.round((row[0] + 2 * row[1] + row[3]) / 4 + rand() - 0.5))));
  }
  return { items, overall };
}

describe("CS.DRIVERS", () => {
  test("rwa's published mtcars example (mpg ~ cyl + disp + hp + wt): shares by default, raw weights, R²", () => {
    // martinctc.github.io/rwa, "Regression methods": raw 0.2096904 … , rescaled 24.70914 …, R² 0.8486.
    expectAllClose(nums(DRIVERS(ITEMS, MPG)), [0.2470914, 0.2218908, 0.212057, 0.3189607], 1e-7);
    expectAllClose(nums(DRIVERS(ITEMS, MPG, "relative_weights", "weight")), [0.2096904, 0.1883043, 0.179959, 0.2706812], 6e-8);
    expectClose(nums(DRIVERS(ITEMS, MPG, "relative weights", "R2"))[0], 0.8486, 5e-5);
  });

  test("every method and output equals the engine on the same rows (shapley, pearson, beta; weight, share, r2, ci)", () => {
    const { items, overall } = survey(120, 4);
    for (const method of ["relative_weights", "shapley", "pearson", "beta"] as const) {
      const fit = keyDrivers(items, overall, { method });
      expectAllClose(nums(DRIVERS(items, col(overall), method, "weight")), fit.weights, 1e-12);
      expectAllClose(nums(DRIVERS(items, col(overall), method, "share")), fit.shares, 1e-12);
      expectClose(nums(DRIVERS(items, col(overall), method, "r2"))[0], fit.r2, 1e-12);
    }
    const ci = keyDriverIntervals(items, overall, { method: "shapley" });
    expectAllClose(nums(DRIVERS(items, col(overall), "shapley", "ci_low")), ci.low, 1e-12);
    expectAllClose(nums(DRIVERS(items, col(overall), "shapley", "ci_high")), ci.high, 1e-12);
  });

  test('"table": a header row, one row per item with its column number, a last row with n and R²', () => {
    const { items, overall } = survey(80, 9);
    const table = DRIVERS(items, col(overall), "shapley", "table");
    const fit = keyDriverIntervals(items, overall, { method: "shapley" });
    expect(table[0]).toEqual(["item", "weight", "share", "ci_low", "ci_high"]);
    expect(table).toHaveLength(items[0].length + 2);
    fit.weights.forEach((w, j) => {
      const r = table[j + 1] as number[];
      expect(r[0]).toBe(j + 1);
      expectAllClose(r.slice(1), [w, fit.shares[j], fit.low[j], fit.high[j]], 1e-12);
      expect(r[3]).toBeLessThanOrEqual(r[1]);
      expect(r[4]).toBeGreaterThanOrEqual(r[1]);
    });
    expect(table[table.length - 1].slice(0, 3)).toEqual(["n", 80, "r2"]);
    expectClose(table[table.length - 1][3] as number, fit.r2, 1e-12);
  });

  test("labels read as their scale points, blanks and N/A drop the row (listwise), the n used in the table", () => {
    const { items, overall } = survey(60, 2);
    const words = SATISFACTION_WORDS.es;
    const labelled = overall.map((y) => words[y - 1]);
    expectAllClose(nums(DRIVERS(items, col(labelled))), nums(DRIVERS(items, col(overall))), 1e-12);
    const holed: unknown[][] = items.map((r, i) => (i % 6 === 0 ? [r[0], "", r[2], r[3]] : i % 7 === 0 ? [r[0], r[1], "N/A", r[3]] : r));
    const kept = items.map((_, i) => i).filter((i) => i % 6 !== 0 && i % 7 !== 0);
    const table = DRIVERS(holed, col(overall), "relative_weights", "table");
    expect(table[table.length - 1][1]).toBe(kept.length);
    expectAllClose(
      nums(DRIVERS(holed, col(overall), "relative_weights", "weight")),
      keyDrivers(
        kept.map((i) => items[i]),
        kept.map((i) => overall[i]),
      ).weights,
      1e-12,
    );
  });

  test("case weights: frequency weights, as repeated rows", () => {
    const { items, overall } = survey(50, 6);
    const w = items.map((_, i) => 1 + (i % 3));
    const rep = (xs: unknown[]) => xs.flatMap((x, i) => Array.from({ length: w[i] }, () => x));
    expectAllClose(
      nums(DRIVERS(items, col(overall), "shapley", "weight", col(w))),
      nums(DRIVERS(rep(items) as number[][], col(rep(overall)), "shapley", "weight")),
      1e-10,
    );
  });

  test("errors: a duplicated item (#NUM!), a constant item (#DIV/0!), too few rows, a bad method or output, mismatched rows", () => {
    const { items, overall } = survey(40, 8);
    const dup = items.map((r) => [r[0], r[1], r[1]]);
    expectExcelError(DRIVERS(dup, col(overall))[0][0], "#NUM!", "column 3", "linear combination");
    const constant = items.map((r) => [r[0], 3, r[2]]);
    expectExcelError(DRIVERS(constant, col(overall))[0][0], "#DIV/0!", "column 2", "no variance");
    expectExcelError(DRIVERS(items.slice(0, 5), col(overall.slice(0, 5)))[0][0], "#DIV/0!", "at least 6 complete rows");
    expectExcelError(DRIVERS(items, col(overall), "lasso")[0][0], "#VALUE!", "'lasso'", "relative_weights, shapley, pearson, beta");
    expectExcelError(DRIVERS(items, col(overall), "shapley", "mean")[0][0], "#VALUE!", "share, weight, r2, ci_low, ci_high, table");
    expectExcelError(DRIVERS(items, col(overall.slice(1)))[0][0], "#VALUE!", "overall");
  });

  test("the fast path (ranges of plain numbers on their scales) gives the general path's result; labels, blanks and 0 take the general path", () => {
    const { items, overall } = survey(90, 12);
    const cases: unknown[][][][] = [
      [items, col(overall)],
      [ITEMS, MPG],
      [items.map((r, i) => (i === 3 ? [r[0], 0, r[2], r[3]] : r)), col(overall)],
      [items, col(overall.map((y, i) => (i === 5 ? "Very satisfied" : y)))],
      [items.map((r, i) => (i === 7 ? [r[0], r[1], "", r[3]] : r)), col(overall)],
    ];
    for (const [it, ov] of cases) {
      for (const method of ["relative_weights", "shapley"]) {
        for (const output of ["share", "table"]) {
          const raw = [it, ov, method, output, null] as Parameters<typeof DRIVERS_FUNCTION.run>[0];
          expect(DRIVERS_FUNCTION.run(raw)).toEqual(DRIVERS_FUNCTION.run(raw, { fastPath: false }));
        }
      }
    }
    expect(DRIVERS_FUNCTION.hasFastPath).toBe(true);
  });
});
