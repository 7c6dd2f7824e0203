import fc from "fast-check";
import {
  DRIVER_BOOTSTRAP,
  derivedImportance,
  driversFromCorrelations,
  keyDriverIntervals,
  keyDrivers,
  keyDriverSteps,
  pearson,
  solveLinearSystem,
  type Answer,
  type DriverMethod,
} from "../../src/engine";
import { fullModelR2, relativeWeights, symmetricEigen } from "../../src/engine/driverMath";
import { mulberry32 } from "../../src/engine/mulberry32";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";
import { MTCARS } from "../helpers/mtcars";

const mpg = MTCARS.map((r) => r[0]);
const carItems = (cols: number[]) => MTCARS.map((r) => cols.map((c) => r[c]));
const CYL_DISP_HP_WT = carItems([1, 2, 3, 4]);

/** Listwise correlation matrix (items then overall), each entry by the engine's pearson (importance.ts). */
function correlations(items: readonly (readonly number[])[], y: readonly number[]): { rxx: number[][]; rxy: number[] } {
  const k = items[0].length;
  const col = (c: number) => items.map((r) => r[c]);
  const rxx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : pearson(col(i), col(j)))));
  return { rxx, rxy: Array.from({ length: k }, (_, i) => pearson(col(i), y)) };
}

/** R² of a subset by solving its normal equations afresh (the existing Gaussian solver). */
function subsetR2(rxx: number[][], rxy: number[], subset: number[]): number {
  if (subset.length === 0) return 0;
  const a = subset.map((i) => subset.map((j) => rxx[i][j]));
  const b = subset.map((i) => rxy[i]);
  return solveLinearSystem(a, b).reduce((acc, beta, i) => acc + beta * b[i], 0);
}

/** LMG by its definition: the average over all k! orderings of each item's increment of R². */
function lmgByOrderings(rxx: number[][], rxy: number[]): number[] {
  const k = rxy.length;
  const out = new Array<number>(k).fill(0);
  let count = 0;
  const perm = (prefix: number[], rest: number[]): void => {
    if (rest.length === 0) {
      count += 1;
      for (let i = 0; i < k; i++) out[prefix[i]] += subsetR2(rxx, rxy, prefix.slice(0, i + 1)) - subsetR2(rxx, rxy, prefix.slice(0, i));
      return;
    }
    rest.forEach((x, i) => perm([...prefix, x], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  perm(
    [],
    rxy.map((_, i) => i),
  );
  return out.map((x) => x / count);
}

const matMul = (a: number[][], b: number[][]) => a.map((row) => b[0].map((_, j) => row.reduce((s, x, i) => s + x * b[i][j], 0)));
const inverse = (a: number[][]) => {
  const cols = a.map((_, j) =>
    solveLinearSystem(
      a,
      a.map((_, i) => (i === j ? 1 : 0)),
    ),
  );
  return a.map((_, i) => cols.map((c) => c[i]));
};

/** Relative weights with R^½ by the Denman–Beavers iteration (no eigen-decomposition): independent of the engine's Jacobi. */
function relativeWeightsDenmanBeavers(rxx: number[][], rxy: number[]): number[] {
  let y = rxx.map((r) => r.slice());
  let z: number[][] = rxx.map((r, i) => r.map((_, j) => (i === j ? 1 : 0)));
  for (let it = 0; it < 60; it++) {
    const yi = inverse(y);
    const zi = inverse(z);
    y = y.map((r, i) => r.map((x, j) => (x + zi[i][j]) / 2));
    z = z.map((r, i) => r.map((x, j) => (x + yi[i][j]) / 2));
  }
  const beta = solveLinearSystem(y, rxy);
  return rxy.map((_, j) => y[j].reduce((acc, lam, m) => acc + lam * lam * beta[m] * beta[m], 0));
}

/** A correlation system from plain Rxx and rxy. */
function system(rxx: number[][], rxy: number[]) {
  const k = rxy.length;
  const corr = new Float64Array((k + 1) * (k + 1));
  for (let i = 0; i <= k; i++) {
    for (let j = 0; j <= k; j++) corr[i * (k + 1) + j] = i === k && j === k ? 1 : i === k ? rxy[j] : j === k ? rxy[i] : rxx[i][j];
  }
  return { k, corr };
}

/** Random survey-like data: k items sharing a factor, overall driven by them, seeded. */
function synthetic(n: number, k: number, seed: number): { items: number[][]; overall: number[] } {
  const rand = mulberry32(seed);
  const items: number[][] = [];
  const overall: number[] = [];
  for (let r = 0; r < n; r++) {
    const f = rand();
    const row = Array.from({ length: k }, () => Math.round(1 + 4 * (0.6 * f + 0.4 * rand())));
    items.push(row);
    overall.push(row.reduce((s, x, i) => s + x * (i + 1), 0) / k + 2 * rand());
  }
  return { items, overall };
}

describe("relative weights (Johnson 2000)", () => {
  test("rwa's documented example: mtcars, mpg ~ cyl + disp + hp + wt", () => {
    // Published: martinctc.github.io/rwa, "Regression methods" vignette (rwa_multiregress on mtcars).
    const fit = keyDrivers(CYL_DISP_HP_WT, mpg, { method: "relative_weights" });
    expectAllClose(fit.weights, [0.2096904, 0.1883043, 0.179959, 0.2706812], 6e-8);
    expectAllClose(
      fit.shares.map((s) => 100 * s),
      [24.70914, 22.18908, 21.2057, 31.89607],
      6e-6,
    );
    expectClose(fit.r2, 0.8486, 5e-5);
    expect(fit.n).toBe(32);
  });

  test("independent: R^½ by Denman–Beavers (no eigen-solver) on mtcars with gear, and Σε = R² from the Gaussian solver", () => {
    const items = carItems([1, 2, 3, 5]);
    const { rxx, rxy } = correlations(items, mpg);
    const fit = keyDrivers(items, mpg);
    expectAllClose(fit.weights, relativeWeightsDenmanBeavers(rxx, rxy), 1e-9);
    const r2 = subsetR2(rxx, rxy, [0, 1, 2, 3]);
    expectClose(fit.r2, r2, 1e-9);
    expectClose(
      fit.weights.reduce((a, b) => a + b, 0),
      r2,
      1e-9,
    );
  });

  test("the Jacobi eigen-solver reconstructs its matrix and gives orthonormal vectors", () => {
    const { rxx } = correlations(carItems([1, 2, 3, 4, 5]), mpg);
    const { values, vectors: v } = symmetricEigen(rxx);
    const back = rxx.map((_, i) => rxx.map((_, j) => values.reduce((s, l, m) => s + v[i][m] * l * v[j][m], 0)));
    back.forEach((row, i) => expectAllClose(row, rxx[i], 1e-12));
    const vtv = matMul(
      v[0].map((_, i) => v.map((r) => r[i])),
      v,
    );
    vtv.forEach((row, i) =>
      expectAllClose(
        row,
        row.map((_, j) => (i === j ? 1 : 0)),
        1e-12,
      ),
    );
  });
});

describe("Shapley / LMG (Lindeman, Merenda & Gold 1980)", () => {
  test("mtcars cyl, disp, hp, wt: equals the average over all 24 orderings, each subset solved afresh", () => {
    const { rxx, rxy } = correlations(CYL_DISP_HP_WT, mpg);
    const fit = keyDrivers(CYL_DISP_HP_WT, mpg, { method: "shapley" });
    expectAllClose(fit.weights, lmgByOrderings(rxx, rxy), 1e-9);
    // Independently with numpy 2.4 (np.corrcoef, np.linalg.solve over all orderings), printed to 8 decimals.
    expectAllClose(fit.weights, [0.21570939, 0.20069837, 0.17007695, 0.26215009], 1e-8);
  });

  test("7 correlated items of synthetic data: the walk equals brute force over all 5,040 orderings", () => {
    const { items, overall } = synthetic(300, 7, 11);
    const { rxx, rxy } = correlations(items, overall);
    const fit = keyDrivers(items, overall, { method: "shapley" });
    expectAllClose(fit.weights, lmgByOrderings(rxx, rxy), 1e-9);
    expectClose(fit.r2, subsetR2(rxx, rxy, [0, 1, 2, 3, 4, 5, 6]), 1e-9);
  });

  test("two items: the closed form ((r₁² + R² − r₂²)/2, …)", () => {
    const rxx = [
      [1, 0.4],
      [0.4, 1],
    ];
    const rxy = [0.5, 0.3];
    const r2 = (0.25 + 0.09 - 2 * 0.4 * 0.5 * 0.3) / (1 - 0.16);
    const fit = driversFromCorrelations(system(rxx, rxy), "shapley", { n: 10, sumW: 10 });
    expectAllClose(fit.weights, [(0.25 + r2 - 0.09) / 2, (0.09 + r2 - 0.25) / 2], 1e-12);
  });
});

describe("the data path: listwise rows, case weights, pearson and beta", () => {
  const { items, overall } = synthetic(80, 4, 5);
  const holed: Answer[][] = items.map((r, i) => (i % 7 === 3 ? [r[0], null, r[2], r[3]] : r));
  const holedOverall: Answer[] = overall.map((y, i) => (i % 11 === 5 ? null : y));
  const complete = holed.map((_, i) => i).filter((i) => holed[i].every((x) => x !== null) && holedOverall[i] !== null);

  test("listwise deletion: the same as the complete rows alone, and the n used", () => {
    for (const method of ["relative_weights", "shapley", "pearson", "beta"] as DriverMethod[]) {
      const fit = keyDrivers(holed, holedOverall, { method });
      const ref = keyDrivers(
        complete.map((i) => items[i]),
        complete.map((i) => overall[i]),
        { method },
      );
      expect(fit.n).toBe(complete.length);
      expectAllClose(fit.weights, ref.weights, 1e-12);
    }
  });

  test("pearson = the engine's r on the complete rows; beta = derivedImportance's β", () => {
    const rows = complete.map((i) => items[i]);
    const ys = complete.map((i) => overall[i]);
    const fit = keyDrivers(holed, holedOverall, { method: "pearson" });
    expectAllClose(
      fit.weights,
      [0, 1, 2, 3].map((c) =>
        pearson(
          rows.map((r) => r[c]),
          ys,
        ),
      ),
      1e-12,
    );
    expectAllClose(keyDrivers(holed, holedOverall, { method: "beta" }).weights, derivedImportance(rows, ys, "beta"), 1e-12);
    expectClose(
      fit.shares.reduce((a, b) => a + b, 0),
      1,
      1e-12,
    );
  });

  test("case weights are frequency weights: the same as rows repeated; weight 0 drops a row", () => {
    const w = items.map((_, i) => (i % 5) % 3);
    for (const method of ["relative_weights", "shapley"] as DriverMethod[]) {
      const fit = keyDrivers(items, overall, { method, weights: w });
      const ref = keyDrivers(repeatRows(items, w), repeatRows(overall, w), { method });
      expectAllClose(fit.weights, ref.weights, 1e-10);
      expect(fit.n).toBe(w.filter((x) => x > 0).length);
      expect(fit.sumW).toBe(w.reduce((a, b) => a + b, 0));
    }
  });
});

describe("bad input: a clear CsError naming the item", () => {
  const { items, overall } = synthetic(40, 3, 9);

  test("a duplicated item → #NUM! at its column", () => {
    const dup = items.map((r) => [r[0], r[1], r[0], r[2]]);
    for (const method of ["relative_weights", "shapley", "beta", "pearson"] as DriverMethod[]) {
      const e = expectCsError(() => keyDrivers(dup, overall, { method }), "num", "column 3", "linear combination");
      expect(e.key).toBe("driverCollinear");
    }
  });

  test("a nearly duplicated item (1e-6 apart) is collinear too; a linear combination of two", () => {
    const near = items.map((r, i) => [r[0], r[1], r[0] + (i % 2) * 1e-6]);
    expectCsError(() => keyDrivers(near, overall), "num", "column 3");
    const combo = items.map((r) => [r[0], r[1], 2 * r[0] - r[1], r[2]]);
    expectCsError(() => keyDrivers(combo, overall, { method: "shapley" }), "num", "column 3");
  });

  test("a constant item, a constant overall", () => {
    const constant = items.map((r) => [r[0], 4, r[2]]);
    expect(expectCsError(() => keyDrivers(constant, overall), "div0", "column 2", "no variance").key).toBe("driverNoVariance");
    expectCsError(
      () =>
        keyDrivers(
          items,
          overall.map(() => 3),
        ),
      "div0",
      "overall has no variance",
    );
  });

  test("answers too large to square and add up: #NUM!, not a variance of 0", () => {
    const huge = items.map((r, i) => [r[0] * 1e307, r[1], r[2] + (i % 2)]);
    expect(expectCsError(() => keyDrivers(huge, overall), "num", "too large").key).toBe("driverSumsOverflow");
    expect(expectCsError(() => keyDrivers(items, overall, { weights: items.map(() => 1e306) }), "num").key).toBe("driverSumsOverflow");
  });

  test("fewer complete rows than items + 2", () => {
    expectCsError(() => keyDrivers(items.slice(0, 4), overall.slice(0, 4)), "div0", "at least 5 complete rows for 3 item(s)", "4 complete row(s)");
    expect(keyDrivers(items.slice(0, 5), overall.slice(0, 5)).n).toBe(5);
  });

  test("a non-number cell, unequal lengths, no items, an unknown method, too many items for Shapley", () => {
    const bad: Answer[][] = items.map((r) => r.slice());
    (bad[6] as unknown[])[1] = "x";
    expectCsError(() => keyDrivers(bad, overall), "value", "row 7, column 2");
    expectCsError(() => keyDrivers(items, overall.slice(1)), "value", "overall has 39 answers");
    expectCsError(() => keyDrivers([[], []], [1, 2]), "div0", "no items");
    expectCsError(() => keyDrivers(items, overall, { method: "lasso" as DriverMethod }), "value", "lasso", "relative_weights, shapley, pearson, beta");
    const wide = synthetic(60, 25, 3);
    expectCsError(() => keyDrivers(wide.items, wide.overall, { method: "shapley" }), "num", "limited to 24 items (25 given)");
  });
});

describe("properties (fast-check)", () => {
  const dataArb = fc.record({ k: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 12, max: 60 }), seed: fc.integer() });

  test("relative weights and Shapley add up to R², shares to 1; both ≥ 0", () => {
    fc.assert(
      fc.property(dataArb, ({ k, n, seed }) => {
        const { items, overall } = synthetic(n, k, seed);
        for (const method of ["relative_weights", "shapley"] as DriverMethod[]) {
          let fit;
          try {
            fit = keyDrivers(items, overall, { method });
          } catch {
            return; // a draw with a constant or collinear item: covered by the error tests
          }
          const { rxx, rxy } = correlations(items, overall);
          expectClose(
            fit.weights.reduce((a, b) => a + b, 0),
            subsetR2(
              rxx,
              rxy,
              rxy.map((_, i) => i),
            ),
            1e-9,
          );
          expectClose(
            fit.shares.reduce((a, b) => a + b, 0),
            1,
            1e-9,
          );
          if (method === "relative_weights") fit.weights.forEach((x) => expect(x).toBeGreaterThanOrEqual(-1e-12));
        }
      }),
      { numRuns: 60 },
    );
  });

  test("uncorrelated items: Shapley and relative weights are r²", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 1, maxLength: 8 }), (rxy) => {
        const rxx = rxy.map((_, i) => rxy.map((_, j) => (i === j ? 1 : 0)));
        const r2 = rxy.map((r) => r * r);
        for (const method of ["shapley", "relative_weights"] as DriverMethod[]) {
          const s = system(rxx, rxy);
          if (r2.reduce((a, b) => a + b, 0) < 1e-12) return;
          expectAllClose(driversFromCorrelations(s, method, { n: 10, sumW: 10 }).weights, r2, 1e-12);
        }
      }),
    );
  });

  test("permuting the items permutes the weights", () => {
    fc.assert(
      fc.property(dataArb, fc.integer(), ({ k, n, seed }, shuffleSeed) => {
        const { items, overall } = synthetic(n, k, seed);
        const rand = mulberry32(shuffleSeed);
        const order = items[0].map((_, i) => i).sort(() => rand() - 0.5);
        for (const method of ["relative_weights", "shapley", "beta", "pearson"] as DriverMethod[]) {
          let fit;
          try {
            fit = keyDrivers(items, overall, { method });
          } catch {
            return;
          }
          const moved = keyDrivers(
            items.map((r) => order.map((c) => r[c])),
            overall,
            { method },
          );
          expectAllClose(
            moved.weights,
            order.map((c) => fit.weights[c]),
            1e-9,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("percentile bootstrap", () => {
  const { items, overall } = synthetic(60, 3, 21);

  test("1,000 resamples by default, a stable result with the fixed seed, intervals around the estimate", () => {
    const a = keyDriverIntervals(items, overall);
    const b = keyDriverIntervals(items, overall);
    expect(a.resamples).toBe(DRIVER_BOOTSTRAP.resamples);
    expect(a.level).toBe(0.95);
    expect(b.low).toEqual(a.low);
    expect(b.high).toEqual(a.high);
    a.weights.forEach((w, j) => {
      expect(a.low[j]).toBeLessThanOrEqual(w);
      expect(a.high[j]).toBeGreaterThanOrEqual(w);
    });
    expect(keyDriverIntervals(items, overall, { seed: 7, resamples: 50 }).low).not.toEqual(keyDriverIntervals(items, overall, { resamples: 50 }).low);
  });

  test("independent: the same draws made into explicit resampled data sets, fitted one by one, R's type-7 percentiles", () => {
    const B = 40;
    const got = keyDriverIntervals(items, overall, { method: "shapley", resamples: B, seed: 99, level: 0.9 });
    const rand = mulberry32(99);
    const fits: number[][] = [];
    for (let b = 0; b < B; b++) {
      const idx = items.map(() => Math.floor(rand() * items.length));
      fits.push(
        keyDrivers(
          idx.map((i) => items[i]),
          idx.map((i) => overall[i]),
          { method: "shapley" },
        ).weights,
      );
    }
    const q = (xs: number[], p: number) => {
      const s = xs.slice().sort((x, y) => x - y);
      const h = (s.length - 1) * p;
      const lo = Math.floor(h);
      return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
    };
    expectAllClose(
      got.low,
      [0, 1, 2].map((j) =>
        q(
          fits.map((f) => f[j]),
          0.05,
        ),
      ),
      1e-9,
    );
    expectAllClose(
      got.high,
      [0, 1, 2].map((j) =>
        q(
          fits.map((f) => f[j]),
          0.95,
        ),
      ),
      1e-9,
    );
  });

  test("written as steps: paused many times, the same result as run straight through", () => {
    const steps = keyDriverSteps(items, overall, { resamples: 30 });
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses += 1;
      next = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(30);
    expect(next.value).toEqual(keyDriverIntervals(items, overall, { resamples: 30 }));
  });

  test("bad options: level outside (0, 1), resamples not a whole number ≥ 1", () => {
    expectCsError(() => keyDriverIntervals(items, overall, { level: 1 }), "num");
    expectCsError(() => keyDriverIntervals(items, overall, { resamples: 0 }), "num", "≥ 1");
    expectCsError(() => keyDriverIntervals(items, overall, { resamples: 2.5 }), "num");
  });
});

describe("the collinearity check", () => {
  test("R² of the full model equals the Gaussian solver's; relative weights of the correlation form", () => {
    const { rxx, rxy } = correlations(CYL_DISP_HP_WT, mpg);
    expectClose(fullModelR2(system(rxx, rxy)), subsetR2(rxx, rxy, [0, 1, 2, 3]), 1e-12);
    expectClose(
      relativeWeights(rxx, rxy).weights.reduce((a, b) => a + b, 0),
      subsetR2(rxx, rxy, [0, 1, 2, 3]),
      1e-12,
    );
  });
});
