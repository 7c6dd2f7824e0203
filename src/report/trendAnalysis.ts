/**
 * Trend across waves (issue #13): per value of the period column, in period order, the figures
 * the Summary shows for all respondents — n, CSI (same items and weights) with the interval of the
 * respondent-level index, overall mean with its t-interval, NPS with its margin of error, top-2-box
 * share with the t-interval of its 0/1 indicator — and each wave's change against the previous
 * wave and the first, tested: CSI by Welch's t on the respondent-level index (listwise rows),
 * overall mean by Welch's t, NPS by its z-test, top-box by the pooled two-proportion z on Kish's
 * effective n (engine/significance.ts). The p-values of all the changes are Holm-adjusted together
 * (one family: the sheet's table); a change is significant when its adjusted p < 0.05.
 */
import type { Moments } from "../engine/accumulators/moments";
import { csiFromMeans } from "../engine/csi";
import { meanIntervalFromMoments } from "../engine/describe";
import { topBoxFromCounts } from "../engine/levels";
import { npsFromCounts } from "../engine/nps";
import { adjustPValues, npsTest, proportionTest, welchTest, type TestResult } from "../engine/significance";
import { orderPeriods, periodLabel, type PeriodOrder } from "../survey/period";
import { csiIndexMoments, csiMargin, SMALL_SEGMENT, type Analysis } from "./analysis";
import type { PeriodStats, SegmentStats } from "./statsTypes";
import { attempt } from "./attempt";

export type TrendMeasure = "csi" | "overall" | "nps" | "topBox";
export const TREND_MEASURES: readonly TrendMeasure[] = ["csi", "overall", "nps", "topBox"];

/** Significance level of the change tests (after adjustment). */
export const TREND_ALPHA = 0.05;

/** One measure in one wave: its value, the half-width of its 95% interval and the answers behind it. */
export interface TrendFigure {
  value: number;
  margin: number | null;
  answers: number;
}

export interface TrendWave {
  value: string;
  /** How the sheet shows it (an Excel date serial as its date). */
  label: string;
  rows: number;
  figures: Partial<Record<TrendMeasure, TrendFigure>>;
}

export interface TrendChange {
  measure: TrendMeasure;
  /** Index of the wave (≥ 1) and of the wave it is compared with (the previous one, or 0). */
  wave: number;
  against: number;
  /** Change in the measure's own units (CSI, NPS points; top-box as a share). */
  diff: number;
  test?: TestResult;
  /** Holm-adjusted p (over every tested change of the sheet). */
  adjustedP?: number;
  significant?: boolean;
}

export interface TrendCell {
  csi: number | null;
  nps: number | null;
  /** Fewer than SMALL_SEGMENT answers behind the figure shown. */
  small: boolean;
}

export interface Trend {
  name: string;
  waves: TrendWave[];
  order: PeriodOrder;
  blankRows: number;
  /** Measures some wave has. */
  measures: TrendMeasure[];
  changes: TrendChange[];
  /** Segment × wave (when the survey has a segment column): CSI (NPS when no CSI) per cell. */
  segments?: { name: string; values: string[]; cells: (TrendCell | null)[][] };
}

/** The 0/1 indicator of a top-2-box answer as Moments: its mean is the share, Σw² that of the answers. */
function topBoxMoments(p: PeriodStats): Moments | undefined {
  const lv = p.overallLevels;
  const o = p.overall;
  if (!lv || !o || o.sumW <= 0 || lv.length < 2) return undefined;
  const top = lv[lv.length - 1] + lv[lv.length - 2];
  return { n: o.n, sumW: o.sumW, sumW2: o.sumW2, sum: top, sumSq: top };
}

function groupCsi(a: Analysis, g: Omit<SegmentStats, "reliability">): number | undefined {
  if (a.csiItems.length === 0) return undefined;
  const means = a.csiItems.map((i) => {
    const m = g.rating[i];
    return m && m.sumW > 0 ? m.sum / m.sumW : undefined;
  });
  if (means.some((m) => m === undefined)) return undefined;
  return attempt(() => csiFromMeans(means as number[], { weights: a.csiWeights, scaleMin: a.scale.min, scaleMax: a.scale.max }));
}

function wave(a: Analysis, p: PeriodStats): TrendWave {
  const f: TrendWave["figures"] = {};
  const csi = groupCsi(a, p);
  if (csi !== undefined) {
    const margin = csiMargin(p.reliability, a.stats.ratingItems, a.csiItems, a.csiWeights, a.scale) ?? null;
    f.csi = { value: csi, margin, answers: p.reliability?.n ?? 0 };
  }
  const o = p.overall;
  if (o && o.sumW > 0) f.overall = { value: o.sum / o.sumW, margin: attempt(() => meanIntervalFromMoments(o).margin) ?? null, answers: o.n };
  const nps = p.nps && attempt(() => npsFromCounts(p.nps!));
  if (nps) f.nps = { value: nps.nps, margin: nps.marginOfError, answers: nps.effectiveN };
  const tb = topBoxMoments(p);
  if (tb && a.stats.overallLevels) {
    const share = topBoxFromCounts(p.overallLevels!, 2);
    f.topBox = { value: share, margin: attempt(() => meanIntervalFromMoments(tb).margin) ?? null, answers: tb.n };
  }
  return { value: p.value, label: periodLabel(p.value), rows: p.rows, figures: f };
}

const kish = (m: Moments): number => (m.sumW2 > 0 ? (m.sumW * m.sumW) / m.sumW2 : 0);

/** The test of wave b against wave a (b − a), or undefined when it cannot be computed. */
function changeTest(a: Analysis, m: TrendMeasure, pa: PeriodStats, pb: PeriodStats): TestResult | undefined {
  switch (m) {
    case "csi": {
      const idx = (p: PeriodStats) => csiIndexMoments(p.reliability, a.stats.ratingItems, a.csiItems, a.csiWeights, a.scale);
      const ia = idx(pa);
      const ib = idx(pb);
      return ia && ib ? attempt(() => welchTest(ib, ia)) : undefined;
    }
    case "overall":
      return pa.overall && pb.overall ? attempt(() => welchTest(pb.overall!, pa.overall!)) : undefined;
    case "nps":
      return pa.nps && pb.nps ? attempt(() => npsTest(pb.nps!, pa.nps!)) : undefined;
    case "topBox": {
      const ta = topBoxMoments(pa);
      const tb = topBoxMoments(pb);
      if (!ta || !tb) return undefined;
      const na = kish(ta);
      const nb = kish(tb);
      return attempt(() => proportionTest((tb.sum / tb.sumW) * nb, nb, (ta.sum / ta.sumW) * na, na));
    }
  }
}

/** The trend of the survey's period column, or undefined when it has none. */
export function analyzeTrend(a: Analysis): Trend | undefined {
  const per = a.stats.period;
  if (!per) return undefined;
  const order = orderPeriods(per.values.map((p) => p.value));
  const waves = per.values.map((p) => wave(a, p));
  // Two values shown alike ("46023" and "2026-01-01") keep their own text: headers must differ.
  if (new Set(waves.map((w) => w.label)).size < waves.length) for (const w of waves) w.label = w.value;
  const measures = TREND_MEASURES.filter((m) => waves.some((w) => w.figures[m]));
  const changes: TrendChange[] = [];
  for (let i = 1; i < waves.length; i++) {
    for (const m of measures) {
      for (const j of i === 1 ? [0] : [i - 1, 0]) {
        const fb = waves[i].figures[m];
        const fa = waves[j].figures[m];
        if (!fa || !fb) continue;
        const test = changeTest(a, m, per.values[j], per.values[i]);
        changes.push({ measure: m, wave: i, against: j, diff: fb.value - fa.value, ...(test ? { test } : {}) });
      }
    }
  }
  const tested = changes.filter((c) => c.test);
  const adjusted = adjustPValues(
    tested.map((c) => c.test!.p),
    "holm",
  );
  tested.forEach((c, k) => {
    c.adjustedP = adjusted[k];
    c.significant = adjusted[k] < TREND_ALPHA;
  });
  const trend: Trend = { name: per.name, waves, order, blankRows: per.blankRows, measures, changes };
  const segs = segmentCells(a, per.values);
  if (segs) trend.segments = { name: a.stats.segment!.name, ...segs };
  return trend;
}

function segmentCells(a: Analysis, periods: readonly PeriodStats[]): { values: string[]; cells: (TrendCell | null)[][] } | undefined {
  if (!a.stats.segment || periods.every((p) => !p.segments?.length)) return undefined;
  const values = [...new Set(periods.flatMap((p) => (p.segments ?? []).map((s) => s.value)))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const cells = values.map((v) =>
    periods.map((p): TrendCell | null => {
      const g = p.segments?.find((s) => s.value === v);
      if (!g) return null;
      const csi = groupCsi(a, g) ?? null;
      const nps = (g.nps && attempt(() => npsFromCounts(g.nps!))) || undefined;
      const answers = csi !== null ? g.complete : (nps?.effectiveN ?? 0);
      return { csi, nps: nps?.nps ?? null, small: answers < SMALL_SEGMENT };
    }),
  );
  return { values, cells };
}
