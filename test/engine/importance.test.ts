import { derivedImportance, pearson, solveLinearSystem, type Answer } from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

describe("Pearson correlation", () => {
  test("hand-computed: x = 1..5, y = 2,4,5,4,5 → 6/√60", () => {
    // x̄ = 3, ȳ = 4; Σdxdy = 6, Σdx² = 10, Σdy² = 6
    expectClose(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), 6 / Math.sqrt(60), 1e-12);
    expectClose(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), 0.7745967, 1e-7);
  });

  test("perfect linear relations → ±1", () => {
    expectClose(pearson([1, 2, 3], [2, 4, 6]), 1);
    expectClose(pearson([1, 2, 3], [6, 4, 2]), -1);
  });

  test("blank policy: pairwise complete", () => {
    expectClose(pearson([1, 2, null, 3, 4, 5], [2, 4, 1, 5, null, 4]), pearson([1, 2, 3, 5], [2, 4, 5, 4]), 1e-12);
  });

  test("weights = rows repeated by integer weights", () => {
    const x: Answer[] = [1, 2, 3, 4, 5];
    const y: Answer[] = [2, 4, 5, 4, 5];
    const w = [1, 0, 3, 2, 1];
    expectClose(pearson(x, y, w), pearson(repeatRows(x, w), repeatRows(y, w)), 1e-12);
  });

  test("too few answers: fewer than 2 pairs throws div0", () => {
    expectCsError(() => pearson([1, null], [2, 3]), "div0", "1 complete pair");
  });

  test("zero variance throws div0", () => {
    expectCsError(() => pearson([3, 3, 3], [1, 2, 3]), "div0", "x has no variance");
    expectCsError(() => pearson([1, 2, 3], [3, 3, 3]), "div0", "y has no variance");
  });

  test("shape: different lengths throw value", () => {
    expectCsError(() => pearson([1, 2], [1]), "value");
  });
});

// Two predictors with correlated columns.
const X1 = [1, 2, 3, 4, 5, 6, 7, 8];
const X2 = [2, 1, 4, 3, 6, 5, 8, 9];
const Y = [1, 3, 2, 5, 4, 7, 6, 9];
const ITEMS: Answer[][] = X1.map((x, i) => [x, X2[i]]);

describe("derived importance", () => {
  test("pearson: r of each item with overall", () => {
    expectAllClose(derivedImportance(ITEMS, Y), [pearson(X1, Y), pearson(X2, Y)], 1e-12);
  });

  test("beta: 2-predictor closed form β₁ = (r1y − r12·r2y)/(1 − r12²)", () => {
    const r1y = pearson(X1, Y);
    const r2y = pearson(X2, Y);
    const r12 = pearson(X1, X2);
    const b = derivedImportance(ITEMS, Y, "beta");
    expectClose(b[0], (r1y - r12 * r2y) / (1 - r12 * r12), 1e-10);
    expectClose(b[1], (r2y - r12 * r1y) / (1 - r12 * r12), 1e-10);
  });

  test("beta: equals raw OLS slopes (2×2 inverse of centred X'X) rescaled by sₓ/s_y", () => {
    const m = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const c1 = X1.map((x) => x - m(X1));
    const c2 = X2.map((x) => x - m(X2));
    const cy = Y.map((y) => y - m(Y));
    const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
    const [a, bb, d] = [dot(c1, c1), dot(c1, c2), dot(c2, c2)];
    const det = a * d - bb * bb;
    const [u, v] = [dot(c1, cy), dot(c2, cy)];
    const b1 = (d * u - bb * v) / det;
    const b2 = (a * v - bb * u) / det;
    const [s1, s2, sy] = [Math.sqrt(a), Math.sqrt(d), Math.sqrt(dot(cy, cy))];
    expectAllClose(derivedImportance(ITEMS, Y, "beta"), [(b1 * s1) / sy, (b2 * s2) / sy], 1e-10);
  });

  test("beta with one item = pearson r", () => {
    expectClose(
      derivedImportance(
        X1.map((x) => [x]),
        Y,
        "beta",
      )[0],
      pearson(X1, Y),
      1e-12,
    );
  });

  test("beta blank policy: listwise complete rows", () => {
    const items: Answer[][] = [...ITEMS, [null, 3], [4, 4]];
    const overall: Answer[] = [...Y, 5, null];
    expectAllClose(derivedImportance(items, overall, "beta"), derivedImportance(ITEMS, Y, "beta"), 1e-12);
  });

  test("beta weights = rows repeated by integer weights", () => {
    const w = [1, 2, 1, 3, 1, 1, 2, 1];
    expectAllClose(derivedImportance(ITEMS, Y, "beta", w), derivedImportance(repeatRows(ITEMS, w), repeatRows(Y, w), "beta"), 1e-10);
  });

  test("collinear items throw num naming the item", () => {
    const items: Answer[][] = X1.map((x, i) => [x, X2[i], 2 * x + 1]);
    expectCsError(() => derivedImportance(items, Y, "beta"), "num", "column 3", "collinear");
  });

  test("too few answers: complete rows ≤ items throws div0", () => {
    expectCsError(
      () =>
        derivedImportance(
          [
            [1, 2],
            [2, 1],
          ],
          [1, 2],
          "beta",
        ),
      "div0",
      "2 complete row(s) for 2 item(s)",
    );
  });

  test("zero variance of an item throws div0 naming its column", () => {
    expectCsError(
      () =>
        derivedImportance(
          X1.map((x) => [x, 3]),
          Y,
          "beta",
        ),
      "div0",
      "column 2",
    );
    expectCsError(
      () =>
        derivedImportance(
          X1.map((x) => [x, 3]),
          Y,
        ),
      "div0",
      "column 2",
    );
  });

  test("pearson errors name the column (and the row of a bad value)", () => {
    const items: Answer[][] = X1.map((x) => [x, x]);
    items[3][1] = NaN;
    expectCsError(() => derivedImportance(items, Y), "value", "row 4, column 2");
  });

  test("shape: overall of a different length throws value", () => {
    expectCsError(() => derivedImportance(ITEMS, Y.slice(1)), "value", "7", "8");
  });
});

describe("solveLinearSystem (Gaussian elimination, partial pivoting)", () => {
  test("needs a row swap (zero first pivot)", () => {
    // 2y + z = 7 ; x + y + z = 6 ; 2x + y − z = 1  → x = 1, y = 2, z = 3
    const x = solveLinearSystem(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 1, -1],
      ],
      [7, 6, 1],
    );
    expectAllClose(x, [1, 2, 3], 1e-12);
  });

  test("singular matrix throws num", () => {
    expectCsError(
      () =>
        solveLinearSystem(
          [
            [1, 2],
            [2, 4],
          ],
          [1, 2],
        ),
      "num",
      "collinear",
    );
  });
});
