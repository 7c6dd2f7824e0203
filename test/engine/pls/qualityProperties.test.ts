/**
 * Properties, edge cases and errors of the PLS quality measures (src/engine/pls/quality.ts,
 * qualityFlags.ts). The published-output checks are in quality.test.ts; here: identities that
 * hold for any input (α of identical items = 1, ρC ≥ AVE, ρA = α for equal weights — Dijkstra &
 * Henseler 2015 —, α = the engine's raw-score cronbachAlpha on z-scores, HTMT symmetric and
 * invariant to indicator order and sign), what NaN means where, and every input error.
 */
import fc from "fast-check";
import {
  blockReliability,
  constructCorrelations,
  cronbachAlpha,
  crossLoadingExceptions,
  fornellLarcker,
  htmt,
  PLS_QUALITY_THRESHOLDS,
  qualityFlags,
} from "../../../src/engine";
import type { PlsModel } from "../../../src/engine/pls/types";
import { expectClose } from "../../helpers/close";
import { expectCsError, repeatRows } from "../csError";
import { modelOf, pearson } from "./qualityFixtures";

const ones = (k: number) => Array.from({ length: k }, () => Array.from({ length: k }, () => 1));
const block = (construct: string, n: number, mode: "A" | "B" = "A") => ({
  construct,
  mode,
  indicators: Array.from({ length: n }, (_, i) => `${construct}${i + 1}`),
});

/** Random data (n rows, p columns of 1–10 answers) whose columns all vary, and its correlation matrix. */
const dataArb = (p: number) =>
  fc
    .array(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: p, maxLength: p }), { minLength: 8, maxLength: 30 })
    .filter((X) => X[0].every((_, j) => X.some((r) => r[j] !== X[0][j])));

describe("reliability identities", () => {
  test("k identical items: α = ρA = ρC = AVE = 1 (R all ones, equal weights, loadings 1)", () => {
    for (let k = 2; k <= 8; k++) {
      const r = blockReliability(ones(k), modelOf([block("Q", k)]), new Array(k).fill(0.3), new Array(k).fill(1))[0];
      for (const v of [r.alpha, r.rhoA, r.rhoC, r.ave]) expectClose(v, 1, 1e-12);
    }
  });

  test("α from R = cronbachAlpha (reliability.ts, raw sums of squares) on the z-scored items", () => {
    fc.assert(
      fc.property(dataArb(4), (X) => {
        const n = X.length;
        const z = X[0].map((_, j) => {
          const m = X.reduce((a, r) => a + r[j], 0) / n;
          const s = Math.sqrt(X.reduce((a, r) => a + (r[j] - m) ** 2, 0));
          return X.map((r) => (r[j] - m) / s);
        });
        const rows = X.map((_, i) => z.map((col) => col[i]));
        const R = pearson(X);
        const total = R.flat().reduce((a, b) => a + b, 0);
        if (!(total > 1e-9)) return;
        const ours = blockReliability(R, modelOf([block("Q", 4)]), [1, 1, 1, 1], [0.5, 0.5, 0.5, 0.5])[0].alpha;
        expectClose(ours, cronbachAlpha(rows).alpha, 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  test("ρC ≥ AVE for loadings in (0, 1)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 2, maxLength: 10 }), (l) => {
        const k = l.length;
        const R = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0.3)));
        const r = blockReliability(R, modelOf([block("Q", k)]), new Array(k).fill(1), l)[0];
        expect(r.rhoC).toBeGreaterThanOrEqual(r.ave - 1e-15);
      }),
      { numRuns: 200 },
    );
  });

  test("ρA with equal weights = α, and ρA does not depend on the weights' scale or sign", () => {
    fc.assert(
      fc.property(
        dataArb(5),
        fc.array(fc.double({ min: 0.1, max: 2, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (X, w, c) => {
          const R = pearson(X);
          const model = modelOf([block("Q", 5)]);
          const l = [0.5, 0.5, 0.5, 0.5, 0.5];
          const equal = blockReliability(R, model, [1, 1, 1, 1, 1], l)[0];
          if (Number.isNaN(equal.alpha)) return;
          expectClose(equal.rhoA, equal.alpha, 1e-9);
          const a = blockReliability(R, model, w, l)[0].rhoA;
          const b = blockReliability(
            R,
            model,
            w.map((x) => -c * x),
            l,
          )[0].rhoA;
          if (Number.isNaN(a)) expect(b).toBeNaN();
          else expectClose(b, a, 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("case weights", () => {
  test("enter only through R: quality on the weighted R = quality on the rows repeated by integer weights", () => {
    const model = modelOf([block("A", 2), block("B", 2)]);
    fc.assert(
      fc.property(dataArb(4), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }), (X, w0) => {
        const w = X.map((_, i) => w0[i]);
        const a = htmt(pearson(X, w), model);
        const b = htmt(pearson(repeatRows(X, w)), model);
        // A constant indicator (drawn now and then) leaves HTMT undefined (NaN) both ways.
        a.forEach((row, j) => row.forEach((v, k) => (j === k || Number.isNaN(b[j][k]) ? expect(v).toBeNaN() : expectClose(v, b[j][k], 1e-9))));
      }),
      { numRuns: 50, seed: 20261203 }, // fixed: random near-constant columns make HTMT ill-conditioned (a 1e-9 rounding flake on a fresh clone)
    );
  });
});

describe("HTMT properties", () => {
  const model = modelOf([block("A", 3), block("B", 2), block("C", 3)]);

  test("symmetric, NaN on the diagonal, unchanged by reordering the indicators (within and across blocks)", () => {
    fc.assert(
      fc.property(dataArb(8), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (X, keys) => {
        const R = pearson(X);
        const h = htmt(R, model);
        h.forEach((row, j) => row.forEach((v, k) => (j === k ? expect(v).toBeNaN() : expect(v).toBe(h[k][j]))));
        // perm[q] = the old position of the indicator now at q.
        const perm = keys
          .map((key, i) => ({ key, i }))
          .sort((a, b) => a.key - b.key || a.i - b.i)
          .map((x) => x.i);
        const at = perm.map((_, q) => q);
        perm.forEach((old, q) => (at[old] = q));
        const shuffled: PlsModel = {
          ...model,
          indicators: perm.map((old) => model.indicators[old]),
          blocks: model.blocks.map((b) => b.map((old) => at[old])),
        };
        const R2 = perm.map((a) => perm.map((b) => R[a][b]));
        // A block with a constant indicator has no HTMT (NaN) in either order.
        htmt(R2, shuffled).forEach((row, j) =>
          row.forEach((v, k) => (j === k || Number.isNaN(h[j][k]) ? expect(v).toBeNaN() : expectClose(v, h[j][k], 1e-12))),
        );
      }),
      { numRuns: 100 },
    );
  });

  test("absolute correlations: reversing an indicator (−x) leaves HTMT unchanged; signed correlations would not", () => {
    const m2 = modelOf([block("A", 2), block("B", 2)]);
    const R = [
      [1, 0.6, 0.4, 0.2],
      [0.6, 1, 0.3, 0.5],
      [0.4, 0.3, 1, 0.7],
      [0.2, 0.5, 0.7, 1],
    ];
    // (0.4 + 0.2 + 0.3 + 0.5)/4 / √(0.6·0.7), by hand
    expectClose(htmt(R, m2)[0][1], 0.35 / Math.sqrt(0.42), 1e-12);
    const flip = R.map((row, i) => row.map((v, j) => ((i === 0) !== (j === 0) ? -v : v)));
    expectClose(htmt(flip, m2)[0][1], 0.35 / Math.sqrt(0.42), 1e-12);
    const signed = (-0.4 - 0.2 + 0.3 + 0.5) / 4 / Math.sqrt(-0.6 * 0.7);
    expect(signed).toBeNaN(); // the original signed form breaks down on a reversed item
  });

  test("a single-indicator block's monotrait mean is 1 (seminr): HTMT = mean |heterotrait r| / √(other block's mean)", () => {
    const m2 = modelOf([block("A", 1), block("B", 2)]);
    const R = [
      [1, 0.4, 0.2],
      [0.4, 1, 0.5],
      [0.2, 0.5, 1],
    ];
    expectClose(htmt(R, m2)[0][1], 0.3 / Math.sqrt(0.5), 1e-12);
  });
});

describe("where a measure does not apply (NaN / null)", () => {
  const R = [
    [1, 0.5, 0.3, 0.2, 0.1],
    [0.5, 1, 0.3, 0.2, 0.1],
    [0.3, 0.3, 1, 0.4, 0.2],
    [0.2, 0.2, 0.4, 1, 0.2],
    [0.1, 0.1, 0.2, 0.2, 1],
  ];
  const model = modelOf([block("A", 2), block("F", 2, "B"), block("S", 1)]);
  const w = [0.6, 0.6, 0.7, 0.5, 1];
  const l = [0.85, 0.85, 0.9, 0.6, 1];

  test("Mode B and single-indicator blocks: α, ρA, ρC, AVE NaN; the Mode A block computed", () => {
    const [a, f, s] = blockReliability(R, model, w, l);
    expectClose(a.alpha, (2 * 0.5) / 1.5, 1e-12);
    for (const v of [f.alpha, f.rhoA, f.rhoC, f.ave, s.alpha, s.rhoA, s.rhoC, s.ave]) expect(v).toBeNaN();
  });

  test("HTMT NaN for pairs with a Mode B block; Fornell–Larcker null without AVE; construct correlations still defined", () => {
    const h = htmt(R, model);
    expect([h[0][1], h[1][0], h[1][2]]).toEqual([NaN, NaN, NaN]);
    expectClose(h[0][2], (0.1 + 0.1) / 2 / Math.sqrt(0.5), 1e-12);
    const fl = fornellLarcker(R, model, w, l);
    expect(fl.passes.slice(1)).toEqual([null, null]);
    expect(typeof fl.passes[0]).toBe("boolean");
    expect(constructCorrelations(R, model, w).flat().every(Number.isFinite)).toBe(true);
  });

  test("a block whose total has no variance (x and −x): α and ρA NaN, no Infinity", () => {
    const r = blockReliability(
      [
        [1, -1],
        [-1, 1],
      ],
      modelOf([block("Q", 2)]),
      [1, 1],
      [0.5, -0.5],
    )[0];
    expect([r.alpha, r.rhoA]).toEqual([NaN, NaN]);
    // ρC and AVE follow their formulas on the loadings given: Σλ = 0 → ρC = 0; AVE = 0.25.
    expect([r.rhoC, r.ave]).toEqual([0, 0.25]);
  });

  test("cross-loadings: an indicator loading as high elsewhere (in absolute value) is an exception; Mode B not checked", () => {
    const cl = [
      [0.8, -0.8, 0.1],
      [0.9, 0.2, 0.3],
      [0.2, 0.6, 0.9],
      [0.1, 0.5, 0.2],
      [0.3, 0.4, 1],
    ];
    expect(crossLoadingExceptions(cl, model)).toEqual([{ indicator: 0, construct: 0, loading: 0.8, other: 1, crossLoading: -0.8 }]);
  });
});

describe("thresholds as flags", () => {
  test("≥ 0.7 / ≥ 0.5 pass at the bound, HTMT < 0.85 / < 0.9 fail at it, NaN → null", () => {
    const t = PLS_QUALITY_THRESHOLDS;
    expect([t.reliability, t.ave, t.htmtConservative, t.htmtLiberal]).toEqual([0.7, 0.5, 0.85, 0.9]);
    const f = qualityFlags(
      [
        { alpha: 0.7, rhoA: 0.6999, rhoC: 0.95, ave: 0.5 },
        { alpha: NaN, rhoA: 0.8, rhoC: NaN, ave: 0.4999 },
      ],
      [
        [NaN, 0.85],
        [0.85, NaN],
      ],
    );
    expect(f.reliability).toEqual([
      { alpha: true, rhoA: false, rhoC: true, ave: true },
      { alpha: null, rhoA: true, rhoC: null, ave: false },
    ]);
    expect(f.htmt[0]).toEqual([
      { conservative: null, liberal: null },
      { conservative: false, liberal: true },
    ]);
    expect(qualityFlags([], [[0.9]]).htmt[0][0]).toEqual({ conservative: false, liberal: false });
  });
});

describe("input errors (CsError naming what and where)", () => {
  const model = modelOf([block("A", 2), block("B", 1)]);
  const R = [
    [1, 0.5, 0.2],
    [0.5, 1, 0.3],
    [0.2, 0.3, 1],
  ];
  const ok = [0.5, 0.5, 1];

  test("a model whose blocks do not cover its indicators exactly once", () => {
    const broken: PlsModel[] = [
      { ...model, blocks: [[0, 1], []] },
      { ...model, blocks: [[0, 0], [2]] },
      { ...model, blocks: [[0, 1], [3]] },
      { ...model, blocks: [[0], [2]] },
      { ...model, blocks: [[0, 2], [1]] },
      { ...model, modes: ["A"] },
    ];
    for (const m of broken) expectCsError(() => htmt(R, m), "value", "construct");
    expectCsError(() => htmt(R, { ...model, blocks: [[0, 1], []] }), "value", "construct B");
  });

  test("R not a p × p correlation matrix: the size, or the cell and its value", () => {
    expectCsError(() => htmt(R.slice(0, 2), model), "value", "must be 3 × 3", "not 2 rows × 3 columns");
    expectCsError(() => htmt([R[0], R[1], [0.2, 0.3]], model), "value", "not 3 rows × 2 columns");
    expectCsError(() => htmt(null as unknown as number[][], model), "value", "must be 3 × 3");
    const cell = (i: number, j: number, v: unknown) => R.map((row, a) => row.map((x, b) => (a === i && b === j ? v : x))) as number[][];
    expectCsError(() => htmt(cell(1, 1, 0.9), model), "value", "row 2, column 2: 0.9 is not a correlation");
    expectCsError(() => htmt(cell(0, 2, 0.25), model), "value", "row 1, column 3: 0.25");
    expectCsError(() => htmt(cell(0, 1, NaN), model), "value", "row 1, column 2: NaN");
    expectCsError(() => htmt(cell(2, 0, "x"), model), "value", "row 1, column 3");
    const big = [
      [1, 1.5],
      [1.5, 1],
    ];
    expectCsError(() => htmt(big, modelOf([block("A", 2)])), "value", "1.5 is not a correlation");
  });

  test("weights, loadings and cross-loadings: count, and the indicator of a value that is not finite", () => {
    expectCsError(() => blockReliability(R, model, [1, 1], ok), "value", "2 outer weights given for the 3 indicators");
    expectCsError(() => blockReliability(R, model, [1, Infinity, 1], ok), "value", "indicator A2: the outer weight Infinity");
    expectCsError(() => blockReliability(R, model, ok, [1, 1, 1, 1]), "value", "4 loadings given for the 3 indicators");
    expectCsError(() => fornellLarcker(R, model, ok, [1, NaN, 1]), "value", "indicator A2: the loading NaN");
    expectCsError(() => crossLoadingExceptions([[1, 0]], model), "value", "a row per indicator (3) and a column per construct (2)");
    expectCsError(
      () =>
        crossLoadingExceptions(
          [
            [1, 0],
            [1, 0],
            [0, NaN],
          ],
          model,
        ),
      "value",
      "indicator B1, construct B: the cross-loading NaN",
    );
  });
});
