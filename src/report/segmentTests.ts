/**
 * The Segments sheet's significance tests (issue #13): each segment against the REST of the sample
 * (rest = total − segment, fieldwise on the accumulators: engine/accumulators/rest.ts) on
 *  - CSI: Welch's t on the per-respondent index I = Σaₖxₖ (the CSI interval's index, over the
 *    respondents who rated every CSI attribute), aₖ = 100·wₖ/((max − min)·Σw);
 *  - overall satisfaction: Welch's t on its mean;
 *  - NPS: the z-test of the NPS difference;
 *  - top-box (top-2 boxes of overall satisfaction): the pooled two-proportion z-test, sizes = Kish n′.
 * Every p-value of the table (segments × measures) is adjusted together (Holm by default,
 * Benjamini–Hochberg as an option); a difference is significant when its adjusted p < 0.05.
 * A test that is undefined (too few answers, no variance) is left out, silently: the sheet shows
 * no verdict for it.
 */
import { restCounts, restCrossProducts, restMoments, restNpsCounts } from "../engine/accumulators/rest";
import { combinationMoments } from "../engine/accumulators/crossProducts";
import { csiFromMeans } from "../engine/csi";
import { momentsMean } from "../engine/describe";
import { topBoxFromCounts } from "../engine/levels";
import { npsFromCounts } from "../engine/nps";
import { adjustPValues, npsTest, proportionTest, welchTest, type PAdjustMethod, type TestResult } from "../engine/significance";
import type { Moments } from "../engine/accumulators/moments";
import type { SegmentStats, SurveyStats } from "./statsTypes";
import type { Scale } from "../engine/types";
import { attempt } from "./attempt";

/** The measures tested, in the order the sheet shows them. */
export const TESTED_MEASURES = ["csi", "overall", "nps", "topBox"] as const;
export type TestedMeasure = (typeof TESTED_MEASURES)[number];

/** The significance level the adjusted p-values are compared with. */
export const SIGNIFICANCE_LEVEL = 0.05;

/** One measure of one segment against the rest. */
export interface SegmentTest {
  measure: TestedMeasure;
  /** The segment's value and the rest's, as the sheet shows them (CSI 0–100, mean, NPS points, top-box share). */
  segment: number;
  rest: number;
  /** The raw two-sided p and the adjusted one (across the whole table). */
  p: number;
  adjusted: number;
  significant: boolean;
}

/** What the tests need of the analysis: the CSI's items, weights and scale (analysis.ts). */
export interface CsiDefinition {
  items: readonly number[];
  weights: readonly number[];
  scale: Scale;
}

/** The CSI index coefficients aₖ over the listwise variables (stats.ratingItems), 0 for items not in the CSI. */
function indexCoefficients(stats: SurveyStats, csi: CsiDefinition): number[] {
  const sumW = csi.weights.reduce((s, w) => s + w, 0);
  return stats.ratingItems.map((i) => {
    const k = csi.items.indexOf(i);
    return k < 0 ? 0 : (100 * csi.weights[k]) / ((csi.scale.max - csi.scale.min) * sumW);
  });
}

/** CSI from per-item moments (the Summary's rule); undefined when an item has no answers. */
function csiOf(moments: readonly (Moments | null | undefined)[], csi: CsiDefinition): number | undefined {
  const means = csi.items.map((i) => {
    const m = moments[i];
    return m && m.sumW > 0 ? m.sum / m.sumW : undefined;
  });
  if (csi.items.length === 0 || means.some((m) => m === undefined)) return undefined;
  return attempt(() => csiFromMeans(means as number[], { weights: [...csi.weights], scaleMin: csi.scale.min, scaleMax: csi.scale.max }));
}

/** Top-box successes and Kish size of overall satisfaction's level counts and moments. */
function topBoxSample(levels: readonly number[], m: Moments): { share: number; n: number } | undefined {
  const share = attempt(() => topBoxFromCounts(levels, 2));
  if (share === undefined || !(m.sumW2 > 0)) return undefined;
  return { share, n: (m.sumW * m.sumW) / m.sumW2 };
}

type Raw = Omit<SegmentTest, "adjusted" | "significant">;

/** The tests of one segment against the rest (before adjustment). */
function testsOf(stats: SurveyStats, s: SegmentStats, csi: CsiDefinition | undefined): Raw[] {
  const out: Raw[] = [];
  const add = (measure: TestedMeasure, segment: number | undefined, rest: number | undefined, test: () => TestResult): void => {
    if (segment === undefined || rest === undefined) return;
    const r = attempt(test);
    if (r !== undefined) out.push({ measure, segment, rest, p: r.p });
  };
  if (csi && stats.reliability && s.reliability) {
    const coef = indexCoefficients(stats, csi);
    const restRel = restCrossProducts(stats.reliability, s.reliability);
    const restRatings = stats.attributes.map((a, i) => (a.rating && s.rating[i] ? restMoments(a.rating, s.rating[i] as Moments) : null));
    add("csi", csiOf(s.rating, csi), csiOf(restRatings, csi), () => welchTest(combinationMoments(s.reliability!, coef), combinationMoments(restRel, coef)));
  }
  if (stats.overall && s.overall) {
    const rest = restMoments(stats.overall, s.overall);
    const mean = (m: Moments): number | undefined => (m.sumW > 0 ? momentsMean(m) : undefined);
    add("overall", mean(s.overall), mean(rest), () => welchTest(s.overall!, rest));
    if (stats.overallLevels && s.overallLevels) {
      const a = topBoxSample(s.overallLevels, s.overall);
      const b = topBoxSample(restCounts(stats.overallLevels, s.overallLevels), rest);
      if (a && b) add("topBox", a.share, b.share, () => proportionTest(a.share * a.n, a.n, b.share * b.n, b.n));
    }
  }
  if (stats.nps && s.nps) {
    const rest = restNpsCounts(stats.nps, s.nps);
    const value = (c: typeof rest): number | undefined => attempt(() => npsFromCounts(c).nps);
    add("nps", value(s.nps), value(rest), () => npsTest(s.nps!, rest));
  }
  const order = (m: TestedMeasure): number => TESTED_MEASURES.indexOf(m);
  return out.sort((x, y) => order(x.measure) - order(y.measure));
}

/**
 * Every segment of `stats.segment` against the rest, adjusted across the table by `method`.
 * Returns the tests per segment value (in stats.segment.values order).
 */
export function segmentTests(stats: SurveyStats, csi: CsiDefinition | undefined, method: PAdjustMethod): Map<string, SegmentTest[]> {
  const out = new Map<string, SegmentTest[]>();
  const seg = stats.segment;
  if (!seg) return out;
  const raw = seg.values.map((s) => testsOf(stats, s, csi));
  const adjusted = adjustPValues(
    raw.flatMap((r) => r.map((x) => x.p)),
    method,
  );
  let k = 0;
  seg.values.forEach((s, i) => {
    out.set(
      s.value,
      raw[i].map((x) => {
        const adj = adjusted[k++];
        return { ...x, adjusted: adj, significant: adj < SIGNIFICANCE_LEVEL };
      }),
    );
  });
  return out;
}
