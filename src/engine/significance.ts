/**
 * Significance of differences between two groups (issue #13): Welch's t on means, a z-test on
 * NPS, the pooled two-proportion z-test (top-box), and multiplicity adjustment (Holm 1979;
 * Benjamini & Hochberg 1995). Every p is two-sided.
 *
 * Case weights: the sample size of a group is Kish's effective n, n′ = (Σw)²/Σw² (= n when
 * unweighted), as the confidence intervals (describe.ts, nps.ts), so weights widen the test by
 * their design effect; with the variance of reliability weights below, rescaling them changes nothing.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import type { Moments } from "./accumulators/moments";
import type { NpsCounts } from "./accumulators/npsCounts";
import { momentsMean, sumOfSquares } from "./describe";
import { CsError } from "./errors";
import { isFiniteNumber, show } from "./validate";

/**
 * One two-group test. `statistic` = t or z, `df` = degrees of freedom (null for a z-test),
 * `p` = two-sided p-value, `diff` = estimate of group a − group b (NPS in points, a proportion
 * as a share 0…1), `se` = the standard error the statistic divides by (statistic = diff / se).
 */
export interface TestResult {
  statistic: number;
  df: number | null;
  p: number;
  diff: number;
  se: number;
}

/** Kish's effective n (Σw)²/Σw², overflow-safe; 0 when Σw² is not positive. */
function kish(sumW: number, sumW2: number): number {
  if (!(sumW2 > 0)) return 0;
  const ratio = sumW / Math.sqrt(sumW2);
  return sumW * sumW < Infinity ? (sumW * sumW) / sumW2 : ratio * ratio;
}

/** Two-sided p of a standard normal z: 2·Φ(−|z|) (the lower tail, accurate for large |z|). */
function normalP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

/** Two-sided p of Student's t with df degrees of freedom: 2·F(−|t|; df). */
function studentP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Throw unless a group has at least 2 answers and an effective n above 1. */
function checkGroup(group: "A" | "B", count: number, effectiveN: number): void {
  if (!(count >= 2)) throw new CsError("div0", "sigTooFewAnswers", { group, count });
  if (!(effectiveN > 1)) throw new CsError("div0", "sigTooFewEffective", { group, value: effectiveN });
}

/**
 * Welch's two-sample t-test (Welch 1947): t = (x̄a − x̄b)/se, se = √(sa²/n′a + sb²/n′b), with the
 * Welch–Satterthwaite df = se⁴ / ((sa²/n′a)²/(n′a − 1) + (sb²/n′b)²/(n′b − 1)), n′ = Kish's
 * effective n (Σw)²/Σw², s² = Σw(x − x̄)² / (Σw − Σw²/Σw) (unbiased for reliability weights,
 * = Bessel's s² unweighted; unchanged when every weight is multiplied by a constant).
 * Matches R's t.test(x, y) (var.equal = FALSE) when unweighted.
 * @param a Moments of group a (accumulators/moments.ts).
 * @param b Moments of group b.
 * @returns t, df, two-sided p, diff = x̄a − x̄b and se.
 * @throws CsError "div0" sigTooFewAnswers when a group has fewer than 2 answers,
 *   sigTooFewEffective when its effective n is ≤ 1, sigNoVariance when neither group varies.
 * @example
 * welchTest({ n: 3, sumW: 3, sumW2: 3, sum: 6, sumSq: 14 }, { n: 2, sumW: 2, sumW2: 2, sum: 2, sumSq: 2 }).statistic
 * // → 1.7320508075688774
 */
export function welchTest(a: Moments, b: Moments): TestResult {
  const na = kish(a.sumW, a.sumW2);
  const nb = kish(b.sumW, b.sumW2);
  checkGroup("A", a.n, na);
  checkGroup("B", b.n, nb);
  const va = reliabilityVariance(a) / na;
  const vb = reliabilityVariance(b) / nb;
  const se2 = va + vb;
  if (!(se2 > 0)) throw new CsError("div0", "sigNoVariance");
  const se = Math.sqrt(se2);
  const diff = momentsMean(a) - momentsMean(b);
  const df = (se2 * se2) / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
  const statistic = diff / se;
  return { statistic, df, p: studentP(statistic, df), diff, se };
}

/** s² = Σw(x − x̄)² / (Σw − Σw²/Σw); the caller has checked n′ > 1, so the divisor is positive. */
function reliabilityVariance(m: Moments): number {
  return sumOfSquares(m) / (m.sumW - m.sumW2 / m.sumW);
}

/** Shares and effective n of NPS counts, after checking them. */
function npsParts(c: NpsCounts, group: "A" | "B"): { p: number; d: number; n: number } {
  for (const key of ["promoters", "passives", "detractors"] as const) {
    const v = c[key];
    if (!isFiniteNumber(v) || v < 0) throw new CsError("num", "badNpsCount", { group: key, value: show(v) });
  }
  const total = c.promoters + c.passives + c.detractors;
  const sumW2 = c.sumW2 ?? total;
  if (!isFiniteNumber(sumW2) || sumW2 < 0) throw new CsError("num", "badNpsSumW2", { field: "sumW2", value: show(sumW2) });
  const n = kish(total, sumW2);
  // Counts carry no answer count: n′ > 1 is the floor (unweighted, n′ = n ≥ 2), as for the means.
  if (!(n > 1)) throw new CsError("div0", "sigTooFewEffective", { group, value: n });
  return { p: c.promoters / total, d: c.detractors / total, n };
}

/**
 * Difference of two NPS (a − b, in points), as a z-test: each NPS = 100·(p − d) has variance
 * 100²·(p + d − (p − d)²)/n′ (a difference of multinomial shares; n′ = Kish's effective n, as
 * the NPS margin of error in nps.ts), the groups are independent, z = diff / se, p = 2Φ(−|z|).
 * @param a NPS counts of group a (accumulators/npsCounts.ts).
 * @param b NPS counts of group b.
 * @returns z, df = null, two-sided p, diff in NPS points and se in points.
 * @throws CsError "div0" sigTooFewEffective when a group's effective n is ≤ 1, sigNoVariance
 *   when neither NPS varies (each group all promoters, all detractors or all passives); "num"
 *   for a negative or non-finite count.
 * @example
 * npsTest({ promoters: 2, passives: 1, detractors: 1 }, { promoters: 1, passives: 1, detractors: 2 }).diff
 * // → 50
 */
export function npsTest(a: NpsCounts, b: NpsCounts): TestResult {
  const x = npsParts(a, "A");
  const y = npsParts(b, "B");
  const va = (x.p + x.d - (x.p - x.d) ** 2) / x.n;
  const vb = (y.p + y.d - (y.p - y.d) ** 2) / y.n;
  const v = Math.max(0, va) + Math.max(0, vb);
  if (!(v > 0)) throw new CsError("div0", "sigNoVariance");
  const se = 100 * Math.sqrt(v);
  const diff = 100 * (x.p - x.d - (y.p - y.d));
  const statistic = diff / se;
  return { statistic, df: null, p: normalP(statistic), diff, se };
}

/** Check one group's successes and size: finite, 0 ≤ successes ≤ size, size > 1. */
function checkProportion(group: "A" | "B", successes: number, size: number): void {
  if (!isFiniteNumber(successes) || !isFiniteNumber(size) || successes < 0 || successes > size) {
    throw new CsError("num", "sigBadProportion", { group, successes: show(successes), size: show(size) });
  }
  if (!(size > 1)) throw new CsError("div0", "sigTooFewEffective", { group, value: size });
}

/**
 * Pooled two-proportion z-test: p̂ = (sa + sb)/(na + nb), se = √(p̂(1 − p̂)(1/na + 1/nb)),
 * z = (sa/na − sb/nb)/se, p = 2Φ(−|z|) — R's prop.test(correct = FALSE) (its χ² = z²).
 * Weighted: pass na = Kish's effective n (Σw)²/Σw² and sa = the weighted share × na.
 * @param successA Successes (top-box answers) in group a.
 * @param nA Size of group a (> 1).
 * @param successB Successes in group b.
 * @param nB Size of group b (> 1).
 * @returns z, df = null, two-sided p, diff = share a − share b (0…1 scale), the pooled se.
 * @throws CsError "num" sigBadProportion for a count that is not finite or outside 0…size,
 *   "div0" sigTooFewEffective for a size ≤ 1, sigNoVariance when the pooled share is 0 or 1.
 * @example
 * proportionTest(30, 50, 20, 50).se
 * // → 0.1
 */
export function proportionTest(successA: number, nA: number, successB: number, nB: number): TestResult {
  checkProportion("A", successA, nA);
  checkProportion("B", successB, nB);
  const pooled = (successA + successB) / (nA + nB);
  const v = pooled * (1 - pooled) * (1 / nA + 1 / nB);
  if (!(v > 0)) throw new CsError("div0", "sigNoVariance");
  const se = Math.sqrt(v);
  const diff = successA / nA - successB / nB;
  const statistic = diff / se;
  return { statistic, df: null, p: normalP(statistic), diff, se };
}

/** Multiplicity adjustments: Holm's step-down (family-wise error) or Benjamini–Hochberg (false discovery rate). */
export type PAdjustMethod = "holm" | "bh";

export const P_ADJUST_METHODS: readonly PAdjustMethod[] = ["holm", "bh"];

/**
 * Adjust p-values for multiple testing, as R's p.adjust: with p₍₁₎ ≤ … ≤ p₍ₘ₎,
 * Holm (1979): p̃₍ᵢ₎ = maxⱼ≤ᵢ min(1, (m − j + 1)·p₍ⱼ₎);
 * BH (Benjamini & Hochberg 1995): p̃₍ᵢ₎ = minⱼ≥ᵢ min(1, m/j·p₍ⱼ₎).
 * The result is in the input's order; Holm ≥ BH ≥ raw; an empty list gives [].
 * @param p The raw p-values, each in [0, 1].
 * @param method "holm" or "bh".
 * @returns The adjusted p-values, in the order of `p`.
 * @throws CsError "num" badPValue (row = position, 1-based) for a p outside [0, 1] or not a
 *   number; "value" unknownChoice for another method.
 * @example
 * adjustPValues([0.01, 0.04, 0.03], "holm")
 * // → [0.03, 0.06, 0.06]
 */
export function adjustPValues(p: readonly number[], method: PAdjustMethod): number[] {
  if (!P_ADJUST_METHODS.includes(method)) {
    throw new CsError("value", "unknownChoice", { value: String(method), options: P_ADJUST_METHODS.join(", ") });
  }
  const m = p.length;
  for (let i = 0; i < m; i++) {
    const x = p[i];
    if (!isFiniteNumber(x) || x < 0 || x > 1) throw new CsError("num", "badPValue", { value: show(x) }, { row: i + 1 });
  }
  // Ascending order of p (ties by position, so the result does not depend on the sort's stability).
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => p[i] - p[j] || i - j);
  const out = new Array<number>(m);
  if (method === "holm") {
    let running = 0;
    for (let k = 0; k < m; k++) {
      running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
      out[order[k]] = running;
    }
  } else {
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
      running = Math.min(running, (m / (k + 1)) * p[order[k]]);
      out[order[k]] = running;
    }
  }
  return out;
}
