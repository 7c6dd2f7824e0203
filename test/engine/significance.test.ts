import fc from "fast-check";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { addToMoments, adjustPValues, emptyMoments, npsCounts, npsTest, proportionTest, welchTest, type Moments } from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError } from "./csError";

function momentsOf(xs: readonly number[], ws?: readonly number[]): Moments {
  const m = emptyMoments();
  xs.forEach((x, i) => addToMoments(m, x, ws ? ws[i] : 1));
  return m;
}

// R's datasets::sleep (Student 1908; Cushny & Peebles 1905): extra hours of sleep, by drug group.
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

/** Two-pass mean and Bessel variance: an independent computation from the raw data. */
function meanVar(xs: readonly number[]): [number, number] {
  const mu = xs.reduce((s, x) => s + x, 0) / xs.length;
  return [mu, xs.reduce((s, x) => s + (x - mu) ** 2, 0) / (xs.length - 1)];
}

describe("welchTest (Welch 1947)", () => {
  test("R: t.test(extra ~ group, data = sleep) → t = −1.8608, df = 17.776, p = 0.07939", () => {
    const r = welchTest(momentsOf(SLEEP_1), momentsOf(SLEEP_2));
    expect(r.statistic).toBeCloseTo(-1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.p).toBeCloseTo(0.07939, 5);
    expectClose(r.diff, 0.75 - 2.33, 1e-12); // R's "mean in group 1 0.75, mean in group 2 2.33"
  });

  test("sleep: the Welch formulas computed by hand from the raw data (two-pass), to 1e-9", () => {
    const [m1, v1] = meanVar(SLEEP_1);
    const [m2, v2] = meanVar(SLEEP_2);
    const se = Math.sqrt(v1 / 10 + v2 / 10);
    const df = (v1 / 10 + v2 / 10) ** 2 / ((v1 / 10) ** 2 / 9 + (v2 / 10) ** 2 / 9);
    const r = welchTest(momentsOf(SLEEP_1), momentsOf(SLEEP_2));
    expectClose(r.se, se, 1e-9);
    expectClose(r.df ?? NaN, df, 1e-9);
    expectClose(r.statistic, (m1 - m2) / se, 1e-9);
    // p back through the t quantile (a different algorithm from the CDF): F⁻¹(p/2; df) = −|t|.
    expectClose(tQuantile(r.p / 2, df), -Math.abs(r.statistic), 1e-8);
  });

  test("weights: Kish's n′ = (Σw)²/Σw² and s² = SS/(Σw − Σw²/Σw), by hand; a constant factor changes nothing", () => {
    const xs = [1, 2, 4, 5];
    const ws = [1, 1, 2, 2];
    const b = momentsOf([2, 3, 3]);
    // Σw = 6, Σw² = 10, x̄ = (1 + 2 + 8 + 10)/6 = 3.5, SS = 6.25 + 2.25 + 2·0.25 + 2·2.25 = 13.5
    const nA = 36 / 10;
    const s2A = 13.5 / (6 - 10 / 6);
    const s2B = 1 / 3 / 1; // b: mean 8/3, SS = 4/9 + 1/9 + 1/9 = 2/3, s² = (2/3)/2
    const va = s2A / nA;
    const vb = s2B / 3;
    const r = welchTest(momentsOf(xs, ws), b);
    expectClose(r.diff, 3.5 - 8 / 3, 1e-12);
    expectClose(r.se, Math.sqrt(va + vb), 1e-12);
    expectClose(r.df ?? NaN, (va + vb) ** 2 / (va ** 2 / (nA - 1) + vb ** 2 / 2), 1e-12);
    const scaled = welchTest(
      momentsOf(
        xs,
        ws.map((w) => w * 7.5),
      ),
      b,
    );
    expectClose(scaled.statistic, r.statistic, 1e-12);
    expectClose(scaled.p, r.p, 1e-12);
  });

  test("too few answers and no variance are clear errors", () => {
    expectCsError(() => welchTest(momentsOf([3]), momentsOf([1, 2])), "div0", "group A", "1 answer");
    expectCsError(() => welchTest(momentsOf([1, 2]), momentsOf([])), "div0", "group B", "0 answer");
    expectCsError(() => welchTest(momentsOf([4, 4, 4]), momentsOf([2, 2])), "div0", "neither group varies");
  });

  test("one group without variance is fine (the other carries the se)", () => {
    const r = welchTest(momentsOf([4, 4, 4]), momentsOf([1, 2, 3]));
    expectClose(r.se, Math.sqrt(1 / 3), 1e-12);
    expectClose(r.df ?? NaN, 2, 1e-12);
  });
});

describe("npsTest", () => {
  test("hand computation: 5/3/2 of 10 vs 2/2/4 of 8", () => {
    // a: p = .5, d = .2, NPS 30, var = (.5 + .2 − .3²)/10 = .061
    // b: p = .25, d = .5, NPS −25, var = (.25 + .5 − (−.25)²)/8 = .6875/8 = .0859375
    // diff = 55 points, se = 100·√(.061 + .0859375) = 100·√.1469375
    const a = npsCounts([10, 9, 9, 10, 9, 7, 8, 8, 3, 6]);
    const b = npsCounts([9, 10, 7, 7, 0, 5, 6, 6]);
    const r = npsTest(a, b);
    const se = 100 * Math.sqrt(0.1469375);
    expectClose(r.diff, 55, 1e-12);
    expectClose(r.se, se, 1e-12);
    expectClose(r.statistic, 55 / se, 1e-12);
    expect(r.df).toBeNull();
    expectClose(normalQuantile(r.p / 2, 0, 1), -55 / se, 1e-9);
  });

  test("weights: n′ = Kish (Σw)²/Σw²", () => {
    // promoters 3, passives 1, detractors 2 (Σw = 6), Σw² = 8 → n′ = 4.5; p = .5, d = 1/3
    const a = { promoters: 3, passives: 1, detractors: 2, sumW2: 8 };
    const b = { promoters: 1, passives: 1, detractors: 2 };
    const va = (0.5 + 1 / 3 - (1 / 6) ** 2) / 4.5;
    const vb = (0.25 + 0.5 - 0.0625) / 4;
    const r = npsTest(a, b);
    expectClose(r.se, 100 * Math.sqrt(va + vb), 1e-12);
    expectClose(r.diff, 100 / 6 + 25, 1e-12);
  });

  test("errors: one answer, no variance, bad counts", () => {
    expectCsError(() => npsTest({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 1, passives: 1, detractors: 1 }), "div0", "group A");
    expectCsError(() => npsTest({ promoters: 4, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 5 }), "div0", "neither group varies");
    expectCsError(() => npsTest({ promoters: -1, passives: 3, detractors: 1 }, { promoters: 1, passives: 1, detractors: 1 }), "num", "promoters");
  });
});

describe("proportionTest (pooled two-proportion z)", () => {
  test("30/50 vs 20/50: pooled .5, se = √(.25·(2/50)) = .1, z = 2; R prop.test(correct = FALSE): X² = 4, p = 0.0455", () => {
    const r = proportionTest(30, 50, 20, 50);
    expectClose(r.se, 0.1, 1e-12);
    expectClose(r.statistic, 2, 1e-12);
    expectClose(r.diff, 0.2, 1e-12);
    expectClose(r.p, 0.04550026389635842, 1e-9); // 2Φ(−2), standard normal tables 0.0455003
  });

  test("unequal sizes by hand: 18/40 vs 30/100", () => {
    // pooled 48/140, se = √(p̂(1 − p̂)(1/40 + 1/100))
    const pooled = 48 / 140;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / 40 + 1 / 100));
    const r = proportionTest(18, 40, 30, 100);
    expectClose(r.statistic, (0.45 - 0.3) / se, 1e-12);
    expectClose(normalQuantile(r.p / 2, 0, 1), -r.statistic, 1e-9);
  });

  test("errors", () => {
    expectCsError(() => proportionTest(6, 5, 1, 5), "num", "group A");
    expectCsError(() => proportionTest(1, 5, NaN, 5), "num", "group B");
    expectCsError(() => proportionTest(1, 1, 1, 5), "div0", "group A");
    expectCsError(() => proportionTest(0, 5, 0, 7), "div0", "neither group varies");
    expectCsError(() => proportionTest(5, 5, 7, 7), "div0", "neither group varies");
  });
});

// Benjamini & Hochberg (1995), section 4.1: 15 p-values of a study of myocardial infarction.
const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0];

describe("adjustPValues", () => {
  test("BH 1995 example: at q = 0.05 BH rejects 4 hypotheses, Holm (as Bonferroni) 3", () => {
    expect(adjustPValues(BH_1995, "bh").filter((p) => p <= 0.05)).toHaveLength(4);
    expect(adjustPValues(BH_1995, "holm").filter((p) => p <= 0.05)).toHaveLength(3);
  });

  test("BH 1995 example: BH adjusted by hand, m/i·p₍ᵢ₎ then the running minimum from the top", () => {
    // i = 7 (15/7·.0298 = .063857) is below i = 6 (2.5·.0278 = .0695), so 6 takes it; i = 5 (.0603) stays.
    const hand = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, (15 / 7) * 0.0298, (15 / 7) * 0.0298, 1.875 * 0.0344, (15 / 9) * 0.0459, 0.486];
    const rest = [(15 / 11) * 0.4262, 1.25 * 0.5719, (15 / 13) * 0.6528, (15 / 14) * 0.759, 1];
    adjustPValues(BH_1995, "bh").forEach((p, k) => expectClose(p, [...hand, ...rest][k], 1e-12));
  });

  test("BH 1995 example: Holm by hand, (m − i + 1)·p₍ᵢ₎ then the running maximum, capped at 1", () => {
    const hand = [0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278, 0.278, 0.3213, 1, 1, 1, 1, 1, 1];
    adjustPValues(BH_1995, "holm").forEach((p, k) => expectClose(p, hand[k], 1e-12));
  });

  test("the input's order is kept, ties get the same value, [] gives []", () => {
    expect(adjustPValues([0.01, 0.04, 0.03], "holm")).toEqual([0.03, 0.06, 0.06]);
    const bh = adjustPValues([0.04, 0.01, 0.04], "bh");
    expectClose(bh[0], 0.04, 1e-15);
    expectClose(bh[1], 0.03, 1e-15);
    expect(bh[2]).toBe(bh[0]);
    expect(adjustPValues([], "bh")).toEqual([]);
  });

  test("a p outside [0, 1] or an unknown method is a clear error naming the position", () => {
    const e = expectCsError(() => adjustPValues([0.2, 1.5], "holm"), "num", "row 2", "1.5 is not a p-value");
    expect(e.row).toBe(2);
    expectCsError(() => adjustPValues([NaN], "bh"), "num", "not a p-value");
    expectCsError(() => adjustPValues([0.2], "bonferroni" as "holm"), "value", "bonferroni");
  });
});

describe("properties (fast-check)", () => {
  const answers = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 40 });

  test("Welch: p in [0, 1]; swapping the groups negates t and keeps p and df", () => {
    fc.assert(
      fc.property(answers, answers, (xa, xb) => {
        fc.pre(new Set([...xa, ...xb]).size > 1 && (new Set(xa).size > 1 || new Set(xb).size > 1));
        const r = welchTest(momentsOf(xa), momentsOf(xb));
        const s = welchTest(momentsOf(xb), momentsOf(xa));
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
        expectClose(s.statistic, -r.statistic, 1e-9);
        expectClose(s.p, r.p, 1e-12);
        expectClose(s.df ?? NaN, r.df ?? NaN, 1e-9);
      }),
    );
  });

  test("NPS and proportion: p in [0, 1]", () => {
    const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        try {
          const r = npsTest(npsCounts(a), npsCounts(b));
          expect(r.p).toBeGreaterThanOrEqual(0);
          expect(r.p).toBeLessThanOrEqual(1);
        } catch (e) {
          expect((e as { key?: string }).key).toBe("sigNoVariance");
        }
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 500 }),
        fc.integer({ min: 2, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (na, nb, fa, fb) => {
          const sa = Math.round(fa * na);
          const sb = Math.round(fb * nb);
          fc.pre(sa + sb > 0 && sa + sb < na + nb);
          const r = proportionTest(sa, na, sb, nb);
          expect(r.p).toBeGreaterThanOrEqual(0);
          expect(r.p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  test("adjusted p: ≤ 1, ≥ raw, Holm ≥ BH, monotone in the raw order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (p) => {
        const holm = adjustPValues(p, "holm");
        const bh = adjustPValues(p, "bh");
        p.forEach((x, i) => {
          expect(bh[i]).toBeGreaterThanOrEqual(x);
          expect(holm[i]).toBeGreaterThanOrEqual(bh[i]);
          expect(holm[i]).toBeLessThanOrEqual(1);
          p.forEach((y, j) => {
            if (x <= y) {
              expect(holm[i]).toBeLessThanOrEqual(holm[j]);
              expect(bh[i]).toBeLessThanOrEqual(bh[j]);
            }
          });
        });
      }),
    );
  });
});
