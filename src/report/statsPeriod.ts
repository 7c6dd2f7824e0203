/**
 * The per-period sums of the report's statistics (stats.ts feeds them in its one pass over the
 * rows): per value of the period column what a segment keeps (rows, Σw, rating Moments per
 * attribute, NPS counts, the listwise cross-products of the CSI interval) plus overall
 * satisfaction (Moments and level counts, for the mean and the top-box share), and the same
 * segment sums per period × segment value when the layout has a segment column. Mergeable by
 * fieldwise sums like the rest of SurveyStats; a result lists the periods in period order
 * (src/survey/period.ts orderPeriods), the segments within a period by code point.
 */
import { addCrossRow, mergeCrossProductsInto, mirrorCrossProducts } from "../engine/accumulators/crossProducts";
import { addLevel, emptyLevelCounts, levelCountOf, mergeCountsInto } from "../engine/accumulators/levelCounts";
import { addMomentUnchecked, emptyMoments, mergeMomentsInto } from "../engine/accumulators/moments";
import { addNpsScore, mergeNpsCountsInto } from "../engine/accumulators/npsCounts";
import type { Scale } from "../engine/types";
import { isBlankCell } from "../survey/cells";
import { orderPeriods } from "../survey/period";
import type { PeriodColumnStats, PeriodSegmentStats, PeriodStats, SegmentStats, StatsCell, StatsLayout, SurveyStats } from "./statsTypes";

/** At most this many waves are summed (and shown); more distinct values are not waves. */
export const MAX_PERIODS = 60;

const cellText = (cell: StatsCell): string | null => (isBlankCell(cell) ? null : String(cell).trim());

/** The per-period sums of one accumulator (see the module comment). */
export class PeriodSums {
  private readonly map = new Map<string, Entry>();
  /** The distinct values once there are more than MAX_PERIODS (then no sums are kept). */
  private overflow: Set<string> | undefined;
  private extra = 0;

  private readonly out: PeriodColumnStats;
  private readonly segmentColumn: number;
  private readonly overallScale: Scale | undefined;
  private readonly overallLevels: number;

  /**
   * Sums for `st` (whose `period` it sets) laid out as `layout`: `ratingColumns` = the row
   * position of each attribute's rating (−1 none), `template` = an empty group (stats.ts newSegment).
   */
  constructor(
    st: SurveyStats,
    layout: StatsLayout,
    period: { name: string; column: number },
    private readonly ratingColumns: readonly number[],
    private readonly template: () => SegmentStats,
  ) {
    this.out = { name: period.name, column: period.column, values: [], blankRows: 0 };
    st.period = this.out;
    this.segmentColumn = layout.segment?.column ?? -1;
    this.overallScale = layout.overall === undefined ? undefined : (layout.overallScale ?? layout.scale);
    this.overallLevels = levelCountOf(this.overallScale);
  }

  /**
   * One row, as the accumulator has read and validated it: weight w, overall satisfaction y and
   * recommend score rec (null = blank), the listwise deviations of the rating items (null when
   * the row is not complete).
   */
  add(row: readonly StatsCell[], w: number, y: number | null, rec: number | null, dev: Float64Array | null): void {
    const v = cellText(row[this.out.column]);
    if (v === null) {
      this.out.blankRows += 1;
      return;
    }
    const e = this.entry(v);
    if (!e) return;
    this.addTo(e.p, row, w, rec);
    if (dev && w > 0 && e.p.reliability) addCrossRow(e.p.reliability, dev, e.p.reliability.shift.length, w);
    const os = this.overallScale;
    if (y !== null && w > 0 && e.p.overall && os) {
      addMomentUnchecked(e.p.overall, y, w);
      if (e.p.overallLevels) addLevel(e.p.overallLevels, y, os.min, w);
    }
    if (this.segmentColumn < 0) return;
    const s = cellText(row[this.segmentColumn]);
    if (s === null) return;
    const g = this.segmentOf(e, s);
    this.addTo(g, row, w, rec);
    if (dev && w > 0) g.complete += 1;
  }

  merge(o: PeriodColumnStats): void {
    this.out.blankRows += o.blankRows;
    if (o.tooMany !== undefined) {
      // The other part kept only its count of values: ours stop being summed too (an upper bound).
      this.overflow ??= new Set(this.map.keys());
      this.map.clear();
      this.extra += o.tooMany;
    }
    for (const b of o.values) {
      const e = this.entry(b.value);
      if (!e) continue;
      mergeGroup(e.p, b);
      if (e.p.reliability && b.reliability) mergeCrossProductsInto(e.p.reliability, b.reliability);
      if (e.p.overall && b.overall) mergeMomentsInto(e.p.overall, b.overall);
      if (e.p.overallLevels && b.overallLevels) mergeCountsInto(e.p.overallLevels, b.overallLevels);
      for (const sb of b.segments ?? []) {
        const g = this.segmentOf(e, sb.value);
        mergeGroup(g, sb);
        g.complete += sb.complete;
      }
    }
  }

  /** A deep copy, periods in period order. */
  result(): PeriodColumnStats {
    if (this.overflow) return { ...this.out, values: [], tooMany: this.overflow.size + this.extra };
    const order = orderPeriods([...this.map.keys()]).values;
    const values = order.map((v) => {
      const e = this.map.get(v) as Entry;
      const p = copy(e.p);
      if (this.segmentColumn >= 0) {
        const keys = [...e.segs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        p.segments = keys.map((k) => JSON.parse(JSON.stringify(e.segs.get(k))) as PeriodSegmentStats);
      }
      return p;
    });
    return { ...this.out, values };
  }

  private segmentOf(e: Entry, value: string): PeriodSegmentStats {
    let g = e.segs.get(value);
    if (!g) {
      const { reliability: _none, ...rest } = this.template();
      g = { ...rest, value, complete: 0 };
      e.segs.set(value, g);
    }
    return g;
  }

  private entry(v: string): Entry | undefined {
    if (this.overflow) {
      this.overflow.add(v);
      return undefined;
    }
    let e = this.map.get(v);
    if (!e && this.map.size >= MAX_PERIODS) {
      this.overflow = new Set([...this.map.keys(), v]);
      this.map.clear();
      return undefined;
    }
    if (!e) {
      const p: PeriodStats = { ...this.template(), value: v };
      if (this.overallScale) p.overall = emptyMoments();
      if (this.overallScale && this.overallLevels > 0) p.overallLevels = emptyLevelCounts(this.overallLevels);
      e = { p, segs: new Map() };
      this.map.set(v, e);
    }
    return e;
  }

  private addTo(g: Omit<SegmentStats, "reliability">, row: readonly StatsCell[], w: number, rec: number | null): void {
    g.rows += 1;
    g.sumW += w;
    g.sumW2 += w * w;
    if (w > 0) {
      const cols = this.ratingColumns;
      for (let i = 0; i < cols.length; i++) {
        const m = g.rating[i];
        const x = cols[i] < 0 ? null : row[cols[i]];
        if (m && typeof x === "number") addMomentUnchecked(m, x, w);
      }
    }
    if (rec !== null && g.nps) addNpsScore(g.nps, rec, w);
  }
}

/** One period's sums and its segments'. */
interface Entry {
  p: PeriodStats;
  segs: Map<string, PeriodSegmentStats>;
}

/** Merge the sums a segment and a period share (rows, weights, rating moments, NPS counts): b into a. */
export function mergeGroup(a: Omit<SegmentStats, "reliability">, b: Omit<SegmentStats, "reliability">): void {
  a.rows += b.rows;
  a.sumW += b.sumW;
  a.sumW2 += b.sumW2;
  a.rating.forEach((m, i) => {
    const mb = b.rating[i];
    if (m && mb) mergeMomentsInto(m, mb);
  });
  if (a.nps && b.nps) mergeNpsCountsInto(a.nps, b.nps);
}

function copy<T extends SegmentStats>(g: T): T {
  const c = JSON.parse(JSON.stringify(g)) as T;
  if (c.reliability) mirrorCrossProducts(c.reliability);
  return c;
}
