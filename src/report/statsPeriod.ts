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
import { addLevel, emptyLevelCounts, mergeCountsInto } from "../engine/accumulators/levelCounts";
import { addMomentUnchecked, emptyMoments, mergeMomentsInto } from "../engine/accumulators/moments";
import { addNpsScore, mergeNpsCountsInto } from "../engine/accumulators/npsCounts";
import type { Scale } from "../engine/types";
import { isBlankCell } from "../survey/cells";
import { orderPeriods } from "../survey/period";
import type { PeriodColumnStats, PeriodStats, SegmentStats, StatsCell } from "./statsTypes";

/** What one row adds, as the accumulator has already read and validated it. */
export interface PeriodRow {
  row: readonly StatsCell[];
  w: number;
  /** Overall satisfaction and recommend score (null = blank). */
  y: number | null;
  rec: number | null;
  /** The row's listwise deviations of the rating items, or null when it is not complete. */
  dev: Float64Array | null;
}

/** At most this many waves are summed (and shown); more distinct values are not waves. */
export const MAX_PERIODS = 60;

const cellText = (cell: StatsCell): string | null => (isBlankCell(cell) ? null : String(cell).trim());

/** The per-period sums of one accumulator (see the module comment). */
export class PeriodSums {
  private readonly map = new Map<string, { p: PeriodStats; segs: Map<string, SegmentStats> }>();
  /** The distinct values once there are more than MAX_PERIODS (then no sums are kept). */
  private overflow: Set<string> | undefined;
  private extra = 0;

  /**
   * `template` gives the shape of a new group (newSegment of stats.ts), `ratingColumns` the row
   * position of each attribute's rating (−1 none), `segmentColumn` that of the segment (−1 none).
   */
  constructor(
    private readonly out: PeriodColumnStats,
    private readonly template: () => SegmentStats,
    private readonly ratingColumns: readonly number[],
    private readonly segmentColumn: number,
    private readonly overallScale: Scale | undefined,
    private readonly overallLevels: number,
  ) {}

  add(r: PeriodRow): void {
    const v = cellText(r.row[this.out.column]);
    if (v === null) {
      this.out.blankRows += 1;
      return;
    }
    const e = this.entry(v);
    if (!e) return;
    this.addTo(e.p, r);
    const os = this.overallScale;
    if (r.y !== null && r.w > 0 && e.p.overall && os) {
      addMomentUnchecked(e.p.overall, r.y, r.w);
      if (e.p.overallLevels) addLevel(e.p.overallLevels, r.y, os.min, r.w);
    }
    if (this.segmentColumn < 0) return;
    const s = cellText(r.row[this.segmentColumn]);
    if (s === null) return;
    let g = e.segs.get(s);
    if (!g) e.segs.set(s, (g = { ...this.template(), value: s }));
    this.addTo(g, r);
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
      if (e.p.overall && b.overall) mergeMomentsInto(e.p.overall, b.overall);
      if (e.p.overallLevels && b.overallLevels) mergeCountsInto(e.p.overallLevels, b.overallLevels);
      for (const sb of b.segments ?? []) {
        let g = e.segs.get(sb.value);
        if (!g) e.segs.set(sb.value, (g = { ...this.template(), value: sb.value }));
        mergeGroup(g, sb);
      }
    }
  }

  /** A deep copy, periods in period order. */
  result(): PeriodColumnStats {
    if (this.overflow) return { ...this.out, values: [], tooMany: this.overflow.size + this.extra };
    const order = orderPeriods([...this.map.keys()]).values;
    const values = order.map((v) => {
      const e = this.map.get(v) as { p: PeriodStats; segs: Map<string, SegmentStats> };
      const p = copy(e.p);
      if (this.segmentColumn >= 0) {
        const keys = [...e.segs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        p.segments = keys.map((k) => copy(e.segs.get(k) as SegmentStats));
      }
      return p;
    });
    return { ...this.out, values };
  }

  private entry(v: string): { p: PeriodStats; segs: Map<string, SegmentStats> } | undefined {
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

  private addTo(g: SegmentStats, r: PeriodRow): void {
    g.rows += 1;
    g.sumW += r.w;
    g.sumW2 += r.w * r.w;
    if (r.w > 0) {
      for (let i = 0; i < this.ratingColumns.length; i++) {
        const m = g.rating[i];
        const x = this.ratingColumns[i] < 0 ? null : r.row[this.ratingColumns[i]];
        if (m && typeof x === "number") addMomentUnchecked(m, x, r.w);
      }
      if (r.dev && g.reliability) addCrossRow(g.reliability, r.dev, g.reliability.shift.length, r.w);
    }
    if (r.rec !== null && g.nps) addNpsScore(g.nps, r.rec, r.w);
  }
}

function mergeGroup(a: SegmentStats, b: SegmentStats): void {
  a.rows += b.rows;
  a.sumW += b.sumW;
  a.sumW2 += b.sumW2;
  a.rating.forEach((m, i) => {
    const mb = b.rating[i];
    if (m && mb) mergeMomentsInto(m, mb);
  });
  if (a.nps && b.nps) mergeNpsCountsInto(a.nps, b.nps);
  if (a.reliability && b.reliability) mergeCrossProductsInto(a.reliability, b.reliability);
}

function copy<T extends SegmentStats>(g: T): T {
  const c = JSON.parse(JSON.stringify(g)) as T;
  if (c.reliability) mirrorCrossProducts(c.reliability);
  return c;
}
