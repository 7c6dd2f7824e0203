/**
 * The PLS quality measures (src/engine/pls/quality.ts) against two independent programs on the
 * ECSI mobile-phone data (Tenenhaus et al. 2005; 250 respondents): R's plspm (its outputs as
 * stored by GoogleCloudPlatform/plspm-python) and R's seminr 3.6 (its test fixtures); sources and
 * commits in test/fixtures/pls/quality/README.md. R is computed here from the data (plain
 * Pearson); weights and loadings come from the references, never from our estimator.
 * Tolerance 1e-9 where the references give 15 significant digits (they do throughout).
 */
import { blockReliability, constructCorrelations, crossLoadingExceptions, fornellLarcker, htmt, plsQuality } from "../../../src/engine";
import { expectAllClose, expectClose } from "../../helpers/close";
import { MOBI, SATISFACTION, firstComponent, pearson, readColumns, readCsv, readTable, solve, sub } from "./qualityFixtures";

const TOL = 1e-9;
const names = (model: typeof MOBI) => model.indicators.map((i) => i.name);

describe("plspm's satisfaction model (6 Mode A blocks)", () => {
  const X = readColumns("satisfaction.csv", names(SATISFACTION));
  const R = pearson(X);
  const outer = readTable("satisfaction.outer-model.csv");
  const loadings = names(SATISFACTION).map((n) => outer.get(n, "loading"));
  // plspm ran with scaled = FALSE: a weight applies to the centred indicator, × its sd to the standardised one.
  const sd = X[0].map((_, j) => Math.sqrt(X.reduce((a, r) => a + r[j] ** 2, 0) / X.length - (X.reduce((a, r) => a + r[j], 0) / X.length) ** 2));
  const weights = names(SATISFACTION).map((n, i) => outer.get(n, "weight") * sd[i]);
  const unidim = readTable("satisfaction_unidim.csv");
  const rel = blockReliability(R, SATISFACTION, weights, loadings);

  test("R from the data and plspm's weights reproduce plspm's cross-loadings (the inputs agree)", () => {
    const cl = readTable("satisfaction.crossloadings.csv");
    SATISFACTION.indicators.forEach((ind, i) =>
      SATISFACTION.blocks.forEach((b, k) => {
        const v =
          b.reduce((a, c) => a + R[i][c] * weights[c], 0) / Math.sqrt(b.reduce((a, c) => a + b.reduce((s, d) => s + weights[c] * R[c][d] * weights[d], 0), 0));
        expectClose(v, cl.get(ind.name, SATISFACTION.constructs[k]), TOL);
      }),
    );
  });

  test("Cronbach's α = plspm's cronbach_alpha (standardised items)", () => {
    expectAllClose(
      rel.map((r) => r.alpha),
      SATISFACTION.constructs.map((c) => unidim.get(c, "cronbach_alpha")),
      TOL,
    );
  });

  test("ρC on each block's first principal component = plspm's dillon_goldstein_rho (plspm's ρ uses PCA loadings)", () => {
    SATISFACTION.blocks.forEach((b, j) => {
      const pc = firstComponent(sub(R, b, b));
      expectClose(pc.eigenvalue, unidim.get(SATISFACTION.constructs[j], "eig_1st"), TOL);
      const pcLoadings = loadings.slice();
      b.forEach((i, a) => (pcLoadings[i] = pc.loadings[a]));
      expectClose(blockReliability(R, SATISFACTION, weights, pcLoadings)[j].rhoC, unidim.get(SATISFACTION.constructs[j], "dillon_goldstein_rho"), TOL);
    });
  });

  test("AVE from plspm's loadings = plspm's ave (inner summary)", () => {
    const inner = readTable("satisfaction.inner-summary.csv");
    expectAllClose(
      rel.map((r) => r.ave),
      SATISFACTION.constructs.map((c) => inner.get(c, "ave")),
      TOL,
    );
  });

  test("construct correlations from R and the weights = the correlations of plspm's construct scores", () => {
    const scores = readColumns("satisfaction.scores.csv", SATISFACTION.constructs);
    // The scores file has no row-name column: readColumns found each construct by its header.
    const expected = pearson(scores);
    const corr = constructCorrelations(R, SATISFACTION, weights);
    corr.forEach((row, j) => expectAllClose(row, expected[j], TOL));
    expect(fornellLarcker(R, SATISFACTION, weights, loadings).correlations).toEqual(corr);
  });

  test("every indicator loads highest on its own construct in plspm's cross-loadings", () => {
    const cl = readTable("satisfaction.crossloadings.csv");
    const table = names(SATISFACTION).map((n) => SATISFACTION.constructs.map((c) => cl.get(n, c)));
    expect(crossLoadingExceptions(table, SATISFACTION)).toEqual([]);
  });
});

describe("seminr's mobi model (Image, Expectation, Value, Satisfaction)", () => {
  const X = readColumns("mobi.csv", names(MOBI));
  const R = pearson(X);
  const cl = readTable("seminr-cross_loadings.csv");
  const crossLoadings = names(MOBI).map((n) => MOBI.constructs.map((c) => cl.get(n, c)));
  const loadings = MOBI.indicators.map((ind, i) => crossLoadings[i][ind.construct]);
  // seminr's fixtures do not store this model's weights; its loadings are R_bb·w (unit-variance
  // scores), so w = R_bb⁻¹·λ recovers them — checked below on the whole cross-loading table.
  const weights = new Array<number>(loadings.length).fill(0);
  MOBI.blocks.forEach((b) =>
    solve(
      sub(R, b, b),
      b.map((i) => loadings[i]),
    ).forEach((w, a) => (weights[b[a]] = w)),
  );
  const reliability = readTable("seminr-reliability.csv");

  test("R from mobi.csv = seminr's item_cors (the data is seminr's mobi)", () => {
    const ic = readTable("seminr-item_cors.csv");
    names(MOBI).forEach((a, i) =>
      expectAllClose(
        R[i],
        names(MOBI).map((b) => ic.get(a, b)),
        1e-12,
      ),
    );
  });

  test("the recovered weights reproduce every seminr cross-loading (indicator × construct)", () => {
    MOBI.blocks.forEach((b, k) => {
      const sdk = Math.sqrt(b.reduce((a, c) => a + b.reduce((s, d) => s + weights[c] * R[c][d] * weights[d], 0), 0));
      expectClose(sdk, 1, TOL);
      names(MOBI).forEach((_, i) =>
        expectClose(
          b.reduce((a, c) => a + R[i][c] * weights[c], 0),
          crossLoadings[i][k],
          TOL,
        ),
      );
    });
  });

  test("α, ρA, ρC, AVE = seminr's reliability table", () => {
    const rel = blockReliability(R, MOBI, weights, loadings);
    for (const [field, column] of [
      ["alpha", "alpha"],
      ["rhoA", "rhoA"],
      ["rhoC", "rhoC"],
      ["ave", "AVE"],
    ] as const) {
      expectAllClose(
        rel.map((r) => r[field]),
        MOBI.constructs.map((c) => reliability.get(c, column)),
        TOL,
      );
    }
  });

  test("HTMT = seminr's htmt (upper triangle), symmetric, NaN on the diagonal", () => {
    const ref = readTable("seminr-htmt.csv");
    const h = htmt(R, MOBI);
    MOBI.constructs.forEach((a, j) =>
      MOBI.constructs.forEach((b, k) => {
        if (j === k) expect(h[j][k]).toBeNaN();
        else expectClose(h[j][k], ref.get(MOBI.constructs[Math.min(j, k)], MOBI.constructs[Math.max(j, k)]), TOL);
        expect(h[j][k]).toEqual(h[k][j]);
      }),
    );
  });

  test("Fornell–Larcker: √AVE and construct correlations = seminr's fl_table, and the verdicts it implies", () => {
    // fl_table has no row names: its rows are the constructs in order, √AVE on the diagonal, correlations below.
    const rows = readCsv("seminr-fl_table.csv")
      .slice(1)
      .map((r) => r.map((c) => (c === "NA" ? NaN : Number(c))));
    const fl = fornellLarcker(R, MOBI, weights, loadings);
    rows.forEach((row, j) => {
      expectClose(fl.sqrtAve[j], row[j], TOL);
      for (let k = 0; k < j; k++) expectClose(fl.correlations[j][k], row[k], TOL);
    });
    // The verdict from the reference table itself: √AVE above every |correlation| in its row and column.
    const full = (j: number, k: number) => (k < j ? rows[j][k] : rows[k][j]);
    const expected = rows.map((row, j) => rows.every((_, k) => k === j || row[j] > Math.abs(full(j, k))));
    expect(expected).toEqual([false, true, true, true]); // Image: √AVE 0.691 < its correlation 0.696 with Satisfaction
    expect(fl.passes).toEqual(expected);
  });

  test("plsQuality on the result's parts = the functions one by one; no cross-loading exceptions", () => {
    const q = plsQuality({ model: MOBI, indicatorCorrelations: R, outerWeights: weights, loadings, crossLoadings });
    expect(q.reliability).toEqual(blockReliability(R, MOBI, weights, loadings));
    expect(q.htmt).toEqual(htmt(R, MOBI));
    expect(q.fornellLarcker).toEqual(fornellLarcker(R, MOBI, weights, loadings));
    expect(q.crossLoadingExceptions).toEqual([]);
  });
});
