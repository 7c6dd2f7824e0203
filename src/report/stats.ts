/**
 * SurveyStats: the report's aggregates as mergeable sufficient statistics, fed one respondent
 * (row) at a time. Every field is a (case-weighted) sum, so the statistics of two parts of a
 * survey merge by addition: stats(A ∪ B) = merge(stats(A), stats(B)) — a 5-million-row CSV can be
 * streamed through `createStatsAccumulator` in chunks (or in parallel) and merged.
 *
 * What is summed (w = case weight; frequency semantics as in the engine — weight 0 drops the row
 * from every statistic but still counts in `rows`):
 * - per attribute: engine `Moments` of rating / importance / expectation / perception /
 *   competitor; level counts of the ratings; the gap P − E and the P and E moments over the pairs
 *   answered (so gap = P̄ − Ē exactly); the 25-cell Kano pair table (engine layout, index
 *   (f − 1)·5 + (d − 1)); pairwise sums with overall satisfaction (Pearson r);
 * - overall satisfaction (on its own scale, `overallScale`, e.g. 1–10 with ratings on 1–5): Moments
 *   and level counts; NPS counts (engine `NpsCounts` with Σw²);
 * - listwise cross-products of the rating items (Cronbach's α, the CSI's interval), and — when the
 *   layout asks for β — of the rating items plus overall (standardised regression weights);
 * - per value of one segment column: rows, Σw, rating Moments per attribute, NPS counts.
 *
 * Not in the engine (implemented here, because the engine's versions take whole arrays):
 * pairwise power sums for Pearson r, listwise cross-product matrices for α and β, and the
 * per-segment nested statistics. Cross-products are taken about a fixed shift (the scale
 * midpoint) so the power-sum formulas lose no precision on rating data.
 *
 * Blank policy: null/undefined/"" = no answer, skipped per statistic (pairwise for gap, Kano and
 * Pearson; listwise for α and β). An answer outside its role's scale, a Kano answer that is not an
 * integer 1–5 or a recommend score that is not an integer 0–10 → CsError "num" naming the row
 * (1-based count of rows added) and column; text in an answer column → CsError "value".
 * Level counts: a fractional rating counts at the nearest level (Math.round).
 */
import { CsError, locatedError } from "../engine/errors";
import { emptyMoments, type Moments } from "../engine/describe";
import { solveLinearSystem } from "../engine/importance";
import type { NpsCounts } from "../engine/nps";
import type { Scale } from "../engine/types";
import type { Survey } from "../survey/survey";

/** One cell handed to `addRow`: a number (answer), text (segment value) or blank. */
export type StatsCell = number | string | null | undefined;

/** The answer roles an attribute can carry (besides the Kano pair). */
export type AttributeRole = "rating" | "importance" | "expectation" | "perception" | "competitor";
export const ATTRIBUTE_ANSWER_ROLES: readonly AttributeRole[] = ["rating", "importance", "expectation", "perception", "competitor"];

/** Where one attribute's answers are in a row: 0-based positions in the array given to addRow. */
export interface AttributeLayout {
  name: string;
  columns: Partial<Record<AttributeRole | "kanoFunctional" | "kanoDysfunctional", number>>;
  /** Scale per answer role (Kano answers are always 1–5). */
  scales: Partial<Record<AttributeRole, Scale>>;
}

export interface StatsLayout {
  attributes: AttributeLayout[];
  /** 0-based positions of overall satisfaction (on `overallScale`) and recommend (0–10). */
  overall?: number;
  recommend?: number;
  /** The segment column whose values split the nested statistics. */
  segment?: { name: string; column: number };
  /** Scale of the attribute ratings (default of the other answer roles but importance). */
  scale: Scale;
  /** Scale of overall satisfaction; default `scale`. Pearson r and β are scale-free, so it may differ. */
  overallScale?: Scale;
  importanceScale: Scale;
  /** Also sum the listwise cross-products of ratings + overall (for β importance). Default false. */
  beta?: boolean;
}

/** Pairwise power sums of (x, y) about fixed shifts, over pairs with both answers (weight > 0). */
export interface PairSums {
  n: number;
  sumW: number;
  shiftX: number;
  shiftY: number;
  /** Σw(x − shiftX), Σw(y − shiftY), Σw(x − sx)², Σw(y − sy)², Σw(x − sx)(y − sy). */
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

/** Listwise sums over rows where every variable is answered: Σw, Σw·dᵢ, Σw·dᵢ·dⱼ, d = x − shift. */
export interface CrossProducts {
  n: number;
  sumW: number;
  sumW2: number;
  shift: number[];
  sum: number[];
  /** k×k, row-major, symmetric. */
  cross: number[];
}

export interface GapStats {
  /** Moments of P − E over the pairs answered. */
  gap: Moments;
  /** Moments of P and of E over the same pairs. */
  perception: Moments;
  expectation: Moments;
}

export interface AttributeStats {
  name: string;
  scales: Partial<Record<AttributeRole, Scale>>;
  rating?: Moments;
  /** Level counts of the ratings, index 0 = scale.min (only for integer scales ≤ 101 levels). */
  ratingLevels?: number[];
  importance?: Moments;
  expectation?: Moments;
  perception?: Moments;
  competitor?: Moments;
  gap?: GapStats;
  /** Kano pair table, 25 cells, index (f − 1)·5 + (d − 1). */
  kano?: number[];
  /** Rating vs overall satisfaction, pairwise (for Pearson r). */
  withOverall?: PairSums;
}

export interface SegmentStats {
  value: string;
  rows: number;
  sumW: number;
  sumW2: number;
  /** Rating moments per attribute (null where the attribute has no rating). */
  rating: (Moments | null)[];
  nps?: NpsCounts;
  /** Listwise cross-products of the rating items over this segment's rows (as SurveyStats.reliability). */
  reliability?: CrossProducts;
}

export interface SurveyStats {
  layout: StatsLayout;
  /** Rows added (respondents), weight 0 included. */
  rows: number;
  sumW: number;
  sumW2: number;
  /** True when some row had a weight other than 1. */
  weighted: boolean;
  attributes: AttributeStats[];
  overall?: Moments;
  /** Level counts of overall satisfaction, index 0 = the overall scale's min. */
  overallLevels?: number[];
  nps?: NpsCounts;
  /** Attribute indexes that carry ratings, in order (the variables of `reliability`). */
  ratingItems: number[];
  /** Listwise cross-products of the rating items (≥ 1 item). */
  reliability?: CrossProducts;
  /** Listwise cross-products of the rating items + overall (last variable), when layout.beta. */
  drivers?: CrossProducts;
  segment?: { name: string; column: number; values: SegmentStats[]; blankRows: number };
}

export interface StatsAccumulator {
  /** Add one respondent: `row[i]` = the cell at layout position i; weight default 1. */
  addRow(row: readonly StatsCell[], weight?: number): void;
  /** Add another accumulator's (or result's) sums; layouts must be identical. */
  merge(other: StatsAccumulator | SurveyStats): void;
  /** A snapshot (deep copy) of the sums so far. */
  result(): SurveyStats;
}

const MAX_LEVELS = 101;

function levelCount(s: Scale | undefined): number {
  if (!s || !Number.isInteger(s.min) || !Number.isInteger(s.max) || !(s.min < s.max)) return 0;
  const k = s.max - s.min + 1;
  return k <= MAX_LEVELS ? k : 0;
}

const mid = (s: Scale): number => (s.min + s.max) / 2;

function emptyPair(shiftX: number, shiftY: number): PairSums {
  return { n: 0, sumW: 0, shiftX, shiftY, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
}

function emptyCross(shift: number[]): CrossProducts {
  const k = shift.length;
  return { n: 0, sumW: 0, sumW2: 0, shift: shift.slice(), sum: new Array<number>(k).fill(0), cross: new Array<number>(k * k).fill(0) };
}

function emptyNps(): NpsCounts {
  return { promoters: 0, passives: 0, detractors: 0, sumW2: 0 };
}

function cloneLayout(l: StatsLayout): StatsLayout {
  return JSON.parse(JSON.stringify(l)) as StatsLayout;
}

/** A blank cell: null, undefined or white-space text. */
function isBlank(x: StatsCell): x is null | undefined | string {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

function answerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number): number | null {
  const x = row[col];
  if (typeof x === "number") {
    if (x >= lo && x <= hi) return x;
    const at = { row: r, column: col + 1 };
    if (x - x !== 0) throw locatedError("value", at, `${x} is not a number`, { key: "notANumber", params: { value: String(x) } });
    throw locatedError("num", at, `${x} is outside the ${lo}–${hi} scale`, { key: "outsideScale", params: { value: String(x), min: lo, max: hi } });
  }
  if (isBlank(x)) return null;
  throw locatedError("value", { row: r, column: col + 1 }, `'${String(x)}' is not a number`, { key: "textNotANumber", params: { value: String(x) } });
}

/** An answer that must be a whole number on lo–hi: a recommend score (0–10) or a Kano answer (1–5). */
function integerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number, what: "score" | "kano"): number | null {
  const x = answerAt(row, col, lo, hi, r);
  if (x !== null && !Number.isInteger(x)) {
    const at = { row: r, column: col + 1 };
    if (what === "kano") throw locatedError("num", at, `${x} is not a Kano answer (1–5)`, { key: "notKanoNumber", params: { value: String(x) } });
    throw locatedError("num", at, `${x} is not a whole-number score ${lo}–${hi}`, {
      key: "notWholeScore",
      params: { value: String(x), min: lo, max: hi },
    });
  }
  return x;
}

interface AttrPlan {
  rating: number;
  importance: number;
  expectation: number;
  perception: number;
  competitor: number;
  kf: number;
  kd: number;
  scales: Record<AttributeRole, Scale>;
  levels: number;
}

function checkLayout(layout: StatsLayout): void {
  const positions = (l: StatsLayout): number[] => {
    const out: number[] = [];
    for (const a of l.attributes) for (const c of Object.values(a.columns)) if (c !== undefined) out.push(c);
    if (l.overall !== undefined) out.push(l.overall);
    if (l.recommend !== undefined) out.push(l.recommend);
    if (l.segment) out.push(l.segment.column);
    return out;
  };
  for (const p of positions(layout)) {
    if (!Number.isInteger(p) || p < 0) {
      throw new CsError(
        "value",
        `layout position ${String(p)} is not a column index (0, 1, …)`,
        {},
        { key: "layoutPosition", params: { position: String(p) } },
      );
    }
  }
  for (const a of layout.attributes) {
    const hasF = a.columns.kanoFunctional !== undefined;
    const hasD = a.columns.kanoDysfunctional !== undefined;
    if (hasF !== hasD) {
      throw new CsError(
        "value",
        `attribute '${a.name}': a Kano question needs both the functional and the dysfunctional column`,
        {},
        {
          key: "kanoPairIncomplete",
          params: { attribute: a.name },
        },
      );
    }
  }
}

/** Mutable state of an accumulator; result() deep-copies it. */
class Accumulator implements StatsAccumulator {
  private readonly layout: StatsLayout;
  /** Scale of overall satisfaction (layout.overallScale ?? layout.scale). */
  private readonly overallScale: Scale;
  private readonly key: string;
  private readonly plan: AttrPlan[];
  private readonly st: SurveyStats;
  private readonly relCols: number[];
  private readonly relDev: Float64Array;
  private readonly drvDev: Float64Array;
  private readonly segMap = new Map<string, SegmentStats>();

  constructor(layout: StatsLayout) {
    checkLayout(layout);
    this.layout = cloneLayout(layout);
    this.key = JSON.stringify(this.layout);
    const L = this.layout;
    const os = L.overallScale ?? L.scale;
    this.overallScale = os;
    const fallback: Record<AttributeRole, Scale> = {
      rating: L.scale,
      importance: L.importanceScale,
      expectation: L.scale,
      perception: L.scale,
      competitor: L.scale,
    };
    this.plan = L.attributes.map((a) => {
      const scales = { ...fallback, ...a.scales } as Record<AttributeRole, Scale>;
      return {
        rating: a.columns.rating ?? -1,
        importance: a.columns.importance ?? -1,
        expectation: a.columns.expectation ?? -1,
        perception: a.columns.perception ?? -1,
        competitor: a.columns.competitor ?? -1,
        kf: a.columns.kanoFunctional ?? -1,
        kd: a.columns.kanoDysfunctional ?? -1,
        scales,
        levels: levelCount(scales.rating),
      };
    });
    const ratingItems: number[] = [];
    const attributes: AttributeStats[] = L.attributes.map((a, i) => {
      const p = this.plan[i];
      const s: AttributeStats = { name: a.name, scales: { ...a.scales } };
      for (const role of ATTRIBUTE_ANSWER_ROLES) if (a.columns[role] !== undefined) s.scales[role] = p.scales[role];
      if (p.rating >= 0) {
        ratingItems.push(i);
        s.rating = emptyMoments();
        if (p.levels > 0) s.ratingLevels = new Array<number>(p.levels).fill(0);
        if (L.overall !== undefined) s.withOverall = emptyPair(mid(p.scales.rating), mid(os));
      }
      if (p.importance >= 0) s.importance = emptyMoments();
      if (p.expectation >= 0) s.expectation = emptyMoments();
      if (p.perception >= 0) s.perception = emptyMoments();
      if (p.competitor >= 0) s.competitor = emptyMoments();
      if (p.expectation >= 0 && p.perception >= 0) {
        s.gap = { gap: emptyMoments(), perception: emptyMoments(), expectation: emptyMoments() };
      }
      if (p.kf >= 0 && p.kd >= 0) s.kano = new Array<number>(25).fill(0);
      return s;
    });
    this.relCols = ratingItems.map((i) => this.plan[i].rating);
    const relShift = ratingItems.map((i) => mid(this.plan[i].scales.rating));
    this.relDev = new Float64Array(ratingItems.length + 1);
    this.drvDev = new Float64Array(ratingItems.length + 1);
    this.st = {
      layout: this.layout,
      rows: 0,
      sumW: 0,
      sumW2: 0,
      weighted: false,
      attributes,
      ratingItems,
    };
    if (L.overall !== undefined) {
      this.st.overall = emptyMoments();
      const lv = levelCount(os);
      if (lv > 0) this.st.overallLevels = new Array<number>(lv).fill(0);
    }
    if (L.recommend !== undefined) this.st.nps = emptyNps();
    if (ratingItems.length > 0) this.st.reliability = emptyCross(relShift);
    if (L.beta && ratingItems.length > 0 && L.overall !== undefined) this.st.drivers = emptyCross([...relShift, mid(os)]);
    if (L.segment) this.st.segment = { name: L.segment.name, column: L.segment.column, values: [], blankRows: 0 };
  }

  addRow(row: readonly StatsCell[], weight = 1): void {
    const st = this.st;
    const L = this.layout;
    const r = st.rows + 1;
    if (!(typeof weight === "number" && weight - weight === 0 && weight >= 0)) {
      throw locatedError("num", { row: r }, `case weight ${String(weight)} must be a finite number ≥ 0`, {
        key: "badCaseWeight",
        params: { value: String(weight) },
      });
    }
    st.rows = r;
    if (weight !== 1) st.weighted = true;
    // Validate the overall and recommend answers even for weight 0 (errors do not depend on weights).
    const os = this.overallScale;
    const y = L.overall === undefined ? null : answerAt(row, L.overall, os.min, os.max, r);
    const rec = L.recommend === undefined ? null : integerAt(row, L.recommend, 0, 10, r, "score");
    const w = weight;
    const w2 = w * w;
    st.sumW += w;
    st.sumW2 += w2;

    if (y !== null && st.overall && w > 0) {
      addM(st.overall, y, w, w2);
      if (st.overallLevels) st.overallLevels[Math.round(y) - os.min] += w;
    }
    if (rec !== null && st.nps) addNps(st.nps, rec, w, w2);

    const attrs = st.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const p = this.plan[i];
      const a = attrs[i];
      const sc = p.scales;
      if (p.rating >= 0) {
        const x = answerAt(row, p.rating, sc.rating.min, sc.rating.max, r);
        if (x !== null && w > 0) {
          addM(a.rating as Moments, x, w, w2);
          if (a.ratingLevels) a.ratingLevels[Math.round(x) - sc.rating.min] += w;
          if (y !== null && a.withOverall) addPair(a.withOverall, x, y, w);
        }
      }
      if (p.importance >= 0) {
        const x = answerAt(row, p.importance, sc.importance.min, sc.importance.max, r);
        if (x !== null && w > 0) addM(a.importance as Moments, x, w, w2);
      }
      if (p.competitor >= 0) {
        const x = answerAt(row, p.competitor, sc.competitor.min, sc.competitor.max, r);
        if (x !== null && w > 0) addM(a.competitor as Moments, x, w, w2);
      }
      let e: number | null = null;
      let pp: number | null = null;
      if (p.expectation >= 0) {
        e = answerAt(row, p.expectation, sc.expectation.min, sc.expectation.max, r);
        if (e !== null && w > 0) addM(a.expectation as Moments, e, w, w2);
      }
      if (p.perception >= 0) {
        pp = answerAt(row, p.perception, sc.perception.min, sc.perception.max, r);
        if (pp !== null && w > 0) addM(a.perception as Moments, pp, w, w2);
      }
      if (a.gap && e !== null && pp !== null && w > 0) {
        addM(a.gap.gap, pp - e, w, w2);
        addM(a.gap.perception, pp, w, w2);
        addM(a.gap.expectation, e, w, w2);
      }
      if (a.kano) {
        const f = integerAt(row, p.kf, 1, 5, r, "kano");
        const d = integerAt(row, p.kd, 1, 5, r, "kano");
        if (f !== null && d !== null) a.kano[f * 5 + d - 6] += w;
      }
    }

    // Listwise cross-products (the rating values were validated above).
    const rel = st.reliability;
    let listwise = false;
    if (rel && w > 0) {
      const cols = this.relCols;
      const k = cols.length;
      const dev = this.relDev;
      let complete = true;
      for (let j = 0; j < k; j++) {
        const x = row[cols[j]];
        if (typeof x !== "number") {
          complete = false;
          break;
        }
        dev[j] = x - rel.shift[j];
      }
      if (complete) {
        listwise = true;
        addCross(rel, dev, k, w);
        const drv = st.drivers;
        if (drv && y !== null) {
          const dd = this.drvDev;
          dd.set(dev.subarray(0, k));
          dd[k] = y - drv.shift[k];
          addCross(drv, dd, k + 1, w);
        }
      }
    }

    const seg = st.segment;
    if (seg && L.segment) {
      const cell = row[L.segment.column];
      const v = isBlank(cell) ? null : String(cell).trim();
      if (v === null) seg.blankRows += 1;
      else {
        let s = this.segMap.get(v);
        if (!s) {
          s = newSegment(v, st);
          this.segMap.set(v, s);
        }
        s.rows += 1;
        s.sumW += w;
        s.sumW2 += w2;
        if (w > 0) {
          for (let i = 0; i < attrs.length; i++) {
            const p = this.plan[i];
            const m = s.rating[i];
            if (m === null) continue;
            const x = row[p.rating];
            if (typeof x === "number") addM(m, x, w, w2);
          }
          if (listwise && s.reliability) addCross(s.reliability, this.relDev, this.relCols.length, w);
        }
        if (rec !== null && s.nps) addNps(s.nps, rec, w, w2);
      }
    }
  }

  merge(other: StatsAccumulator | SurveyStats): void {
    const o = "result" in other ? other.result() : other;
    if (JSON.stringify(o.layout) !== this.key) {
      throw new CsError("value", "survey statistics with different layouts (columns, roles or scales) cannot merge", {}, { key: "layoutsDiffer" });
    }
    const st = this.st;
    st.rows += o.rows;
    st.sumW += o.sumW;
    st.sumW2 += o.sumW2;
    st.weighted = st.weighted || o.weighted;
    st.attributes.forEach((a, i) => {
      const b = o.attributes[i];
      for (const role of ATTRIBUTE_ANSWER_ROLES) {
        const m = a[role];
        const mb = b[role];
        if (m && mb) addMoments(m, mb);
      }
      if (a.ratingLevels && b.ratingLevels) addArray(a.ratingLevels, b.ratingLevels);
      if (a.gap && b.gap) {
        addMoments(a.gap.gap, b.gap.gap);
        addMoments(a.gap.perception, b.gap.perception);
        addMoments(a.gap.expectation, b.gap.expectation);
      }
      if (a.kano && b.kano) addArray(a.kano, b.kano);
      if (a.withOverall && b.withOverall) {
        const p = a.withOverall;
        const q = b.withOverall;
        p.n += q.n;
        p.sumW += q.sumW;
        p.sumX += q.sumX;
        p.sumY += q.sumY;
        p.sumXX += q.sumXX;
        p.sumYY += q.sumYY;
        p.sumXY += q.sumXY;
      }
    });
    if (st.overall && o.overall) addMoments(st.overall, o.overall);
    if (st.overallLevels && o.overallLevels) addArray(st.overallLevels, o.overallLevels);
    if (st.nps && o.nps) mergeNps(st.nps, o.nps);
    if (st.reliability && o.reliability) mergeCross(st.reliability, o.reliability);
    if (st.drivers && o.drivers) mergeCross(st.drivers, o.drivers);
    if (st.segment && o.segment) {
      st.segment.blankRows += o.segment.blankRows;
      for (const sb of o.segment.values) {
        let s = this.segMap.get(sb.value);
        if (!s) {
          s = newSegment(sb.value, st);
          this.segMap.set(sb.value, s);
        }
        s.rows += sb.rows;
        s.sumW += sb.sumW;
        s.sumW2 += sb.sumW2;
        s.rating.forEach((m, i) => {
          const mb = sb.rating[i];
          if (m && mb) addMoments(m, mb);
        });
        if (s.nps && sb.nps) mergeNps(s.nps, sb.nps);
        if (s.reliability && sb.reliability) mergeCross(s.reliability, sb.reliability);
      }
    }
  }

  result(): SurveyStats {
    const out = JSON.parse(JSON.stringify(this.st)) as SurveyStats;
    if (out.segment) {
      const values = [...this.segMap.values()].map((s) => JSON.parse(JSON.stringify(s)) as SegmentStats);
      values.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      for (const v of values) if (v.reliability) mirror(v.reliability);
      out.segment.values = values;
    }
    if (out.reliability) mirror(out.reliability);
    if (out.drivers) mirror(out.drivers);
    return out;
  }
}

/** Copy the upper triangle of the cross-products into the lower one. */
function mirror(c: CrossProducts): void {
  const k = c.shift.length;
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) c.cross[i * k + j] = c.cross[j * k + i];
}

function newSegment(value: string, st: SurveyStats): SegmentStats {
  const s: SegmentStats = {
    value,
    rows: 0,
    sumW: 0,
    sumW2: 0,
    rating: st.attributes.map((a) => (a.rating ? emptyMoments() : null)),
  };
  if (st.nps) s.nps = emptyNps();
  if (st.reliability) s.reliability = emptyCross(st.reliability.shift);
  return s;
}

/** Moments += (x, w) without re-validating (hot loop; callers validated x and w). */
function addM(m: Moments, x: number, w: number, w2: number): void {
  m.n += 1;
  m.sumW += w;
  m.sumW2 += w2;
  m.sum += w * x;
  m.sumSq += w * x * x;
}

function addMoments(a: Moments, b: Moments): void {
  a.n += b.n;
  a.sumW += b.sumW;
  a.sumW2 += b.sumW2;
  a.sum += b.sum;
  a.sumSq += b.sumSq;
}

function addArray(a: number[], b: readonly number[]): void {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
}

function addNps(c: NpsCounts, score: number, w: number, w2: number): void {
  if (score >= 9) c.promoters += w;
  else if (score >= 7) c.passives += w;
  else c.detractors += w;
  c.sumW2 = (c.sumW2 ?? 0) + w2;
}

function mergeNps(a: NpsCounts, b: NpsCounts): void {
  a.promoters += b.promoters;
  a.passives += b.passives;
  a.detractors += b.detractors;
  a.sumW2 = (a.sumW2 ?? 0) + (b.sumW2 ?? b.promoters + b.passives + b.detractors);
}

function addPair(p: PairSums, x: number, y: number, w: number): void {
  const dx = x - p.shiftX;
  const dy = y - p.shiftY;
  p.n += 1;
  p.sumW += w;
  p.sumX += w * dx;
  p.sumY += w * dy;
  p.sumXX += w * dx * dx;
  p.sumYY += w * dy * dy;
  p.sumXY += w * dx * dy;
}

/** Upper triangle during accumulation; result() mirrors it (see symmetric()). */
function addCross(c: CrossProducts, dev: Float64Array, k: number, w: number): void {
  c.n += 1;
  c.sumW += w;
  c.sumW2 += w * w;
  const cross = c.cross;
  for (let i = 0; i < k; i++) {
    const wi = w * dev[i];
    c.sum[i] += wi;
    const base = i * k;
    for (let j = i; j < k; j++) cross[base + j] += wi * dev[j];
  }
}

function mergeCross(a: CrossProducts, b: CrossProducts): void {
  a.n += b.n;
  a.sumW += b.sumW;
  a.sumW2 += b.sumW2;
  addArray(a.sum, b.sum);
  const k = a.shift.length;
  // b may be a mirrored result: add only its upper triangle.
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) a.cross[i * k + j] += b.cross[i * k + j];
}

/** Create an accumulator for rows laid out as `layout` describes. */
export function createStatsAccumulator(layout: StatsLayout): StatsAccumulator {
  return new Accumulator(layout);
}

/** Merge two results (new object): the statistics of both parts together. */
export function mergeSurveyStats(a: SurveyStats, b: SurveyStats): SurveyStats {
  const acc = new Accumulator(a.layout);
  acc.merge(a);
  acc.merge(b);
  return acc.result();
}

export interface SurveyLayoutOptions {
  /** 0-based survey column of the segment to split by; default the first segment column. */
  segment?: number;
  /** Sum the cross-products needed for β importance. */
  beta?: boolean;
}

/**
 * The layout of a Survey's own columns: positions are the survey range's 0-based columns.
 * Throws CsError "value" when `segment` names a column that is not a segment column.
 */
export function layoutFromSurvey(survey: Survey, opts: SurveyLayoutOptions = {}): { layout: StatsLayout; width: number } {
  let next = survey.headers.length;
  const slot = (col: number | undefined): number => {
    if (col !== undefined) return col;
    return next++; // a column the survey has no index for (hand-built surveys): a scratch slot
  };
  const attributes: AttributeLayout[] = survey.attributes.map((a) => {
    const columns: AttributeLayout["columns"] = {};
    const scales: AttributeLayout["scales"] = {};
    const field: Record<AttributeRole, keyof typeof a> = {
      rating: "rating",
      importance: "importance",
      expectation: "expectation",
      perception: "perception",
      competitor: "competitor",
    };
    for (const role of ATTRIBUTE_ANSWER_ROLES) {
      if (a[field[role]] === undefined) continue;
      columns[role] = slot(a.columns[role]);
      const s = a.scales[role] ?? (role === "importance" ? survey.importanceScale : survey.scale);
      scales[role] = { min: s.min, max: s.max };
    }
    if (a.kanoFunctional && a.kanoDysfunctional) {
      columns.kanoFunctional = slot(a.columns.kano_functional);
      columns.kanoDysfunctional = slot(a.columns.kano_dysfunctional);
    }
    return { name: a.name, columns, scales };
  });
  const layout: StatsLayout = {
    attributes,
    scale: { min: survey.scale.min, max: survey.scale.max },
    importanceScale: { min: survey.importanceScale.min, max: survey.importanceScale.max },
  };
  if (survey.overall) {
    layout.overall = next++;
    const os = survey.overallScale ?? survey.scale;
    layout.overallScale = { min: os.min, max: os.max };
  }
  if (survey.recommend) layout.recommend = next++;
  let seg = survey.segments[0];
  if (opts.segment !== undefined) {
    seg = survey.segments.find((s) => s.column === opts.segment) as typeof seg;
    if (!seg) {
      throw new CsError(
        "value",
        `column ${opts.segment + 1} is not a segment column of the survey`,
        {},
        {
          key: "notSegmentColumn",
          params: { index: opts.segment + 1 },
        },
      );
    }
  }
  if (seg) layout.segment = { name: seg.name, column: seg.column };
  if (opts.beta) layout.beta = true;
  return { layout, width: next };
}

/** SurveyStats of a whole Survey (each respondent fed through addRow with its case weight). */
export function statsFromSurvey(survey: Survey, opts: SurveyLayoutOptions = {}): SurveyStats {
  const { layout, width } = layoutFromSurvey(survey, opts);
  const acc = createStatsAccumulator(layout);
  // (position, source) pairs to copy into the scratch row.
  const sources: { at: number; values: readonly StatsCell[] }[] = [];
  survey.attributes.forEach((a, i) => {
    const c = layout.attributes[i].columns;
    if (a.rating && c.rating !== undefined) sources.push({ at: c.rating, values: a.rating });
    if (a.importance && c.importance !== undefined) sources.push({ at: c.importance, values: a.importance });
    if (a.expectation && c.expectation !== undefined) sources.push({ at: c.expectation, values: a.expectation });
    if (a.perception && c.perception !== undefined) sources.push({ at: c.perception, values: a.perception });
    if (a.competitor && c.competitor !== undefined) sources.push({ at: c.competitor, values: a.competitor });
    if (a.kanoFunctional && c.kanoFunctional !== undefined) sources.push({ at: c.kanoFunctional, values: a.kanoFunctional });
    if (a.kanoDysfunctional && c.kanoDysfunctional !== undefined) {
      sources.push({ at: c.kanoDysfunctional, values: a.kanoDysfunctional });
    }
  });
  if (survey.overall && layout.overall !== undefined) sources.push({ at: layout.overall, values: survey.overall });
  if (survey.recommend && layout.recommend !== undefined) sources.push({ at: layout.recommend, values: survey.recommend });
  if (layout.segment) {
    const seg = survey.segments.find((s) => s.column === layout.segment?.column);
    if (seg) sources.push({ at: seg.column, values: seg.values });
  }
  const row = new Array<StatsCell>(width).fill(null);
  const weights = survey.weights;
  for (let i = 0; i < survey.n; i++) {
    for (let s = 0; s < sources.length; s++) row[sources[s].at] = sources[s].values[i];
    acc.addRow(row, weights === undefined ? 1 : weights[i]);
  }
  return acc.result();
}

// ---------------------------------------------------------------------------------------------
// Statistics from the sums (what the builders use).

/**
 * Pearson r from pairwise sums: r = Sxy/√(Sxx·Syy), S.. = centred sums of squares and products
 * (Pearson 1896; shift-invariant, so the shifted power sums give the engine's `pearson`).
 * Throws "div0" for fewer than 2 pairs or a variable without variance (as the engine).
 */
export function pearsonFromSums(p: PairSums): number {
  if (p.n < 2) throw new CsError("div0", `${p.n} complete pair(s): a correlation needs at least 2`, {}, { key: "tooFewPairs", params: { count: p.n } });
  const sxx = p.sumXX - (p.sumX * p.sumX) / p.sumW;
  const syy = p.sumYY - (p.sumY * p.sumY) / p.sumW;
  const sxy = p.sumXY - (p.sumX * p.sumY) / p.sumW;
  const tiny = 1e-13;
  if (!(sxx > tiny * p.sumXX)) throw noVariance("x");
  if (!(syy > tiny * p.sumYY)) throw noVariance("y");
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/** "x has no variance …" (the engine's pearson says the same). */
function noVariance(variable: "x" | "y"): CsError {
  return new CsError(
    "div0",
    `${variable} has no variance (all answers equal): the correlation is undefined`,
    {},
    {
      key: "noVariance",
      params: { variable },
    },
  );
}

/** Centred cross-products Sᵢⱼ = Σw·dᵢdⱼ − Σw·dᵢ·Σw·dⱼ/Σw (full symmetric k×k). */
export function centredCrossProducts(c: CrossProducts): number[] {
  const k = c.shift.length;
  const out = new Array<number>(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const v = c.cross[i * k + j] - (c.sum[i] * c.sum[j]) / c.sumW;
      out[i * k + j] = v;
      out[j * k + i] = v;
    }
  }
  return out;
}

/**
 * Cronbach's α = k/(k − 1)·(1 − ΣSᵢᵢ/ΣᵢⱼSᵢⱼ) from listwise cross-products (Cronbach 1951; the
 * total's sum of squares is the sum of all centred cross-products). Same result as the engine's
 * cronbachAlpha on the same rows. Throws "div0" for < 2 items, < 2 complete rows, or a total
 * without variance.
 */
export function alphaFromCrossProducts(c: CrossProducts): { alpha: number; k: number; n: number } {
  const k = c.shift.length;
  if (k < 2) throw new CsError("div0", `Cronbach's alpha needs at least 2 items, not ${k}`, {}, { key: "alphaTooFewItems", params: { count: k } });
  if (c.n < 2) {
    throw new CsError(
      "div0",
      `Cronbach's alpha needs at least 2 complete rows (listwise), found ${c.n}`,
      {},
      {
        key: "alphaTooFewRows",
        params: { count: c.n },
      },
    );
  }
  const s = centredCrossProducts(c);
  let items = 0;
  let total = 0;
  let size = 0;
  for (let i = 0; i < k; i++) {
    const v = s[i * k + i];
    items += v > 0 ? v : 0;
    for (let j = 0; j < k; j++) {
      total += s[i * k + j];
      size += Math.abs(c.cross[i * k + j]);
    }
  }
  if (!(total > 1e-13 * size)) {
    throw new CsError("div0", "the total score has zero variance: Cronbach's alpha is undefined", {}, { key: "alphaZeroVariance" });
  }
  return { alpha: (k / (k - 1)) * (1 - items / total), k, n: c.n };
}

/**
 * Standardised OLS weights β = R⁻¹·r from listwise cross-products of items + overall (last
 * variable): R = item correlations, r = item–overall correlations (engine's β, same rows).
 * Throws "div0" when complete rows ≤ items or a variable has no variance; "num" for collinear items.
 */
export function betaFromCrossProducts(c: CrossProducts): number[] {
  const d = c.shift.length;
  const k = d - 1;
  if (c.n <= k) {
    throw new CsError(
      "div0",
      `β needs more complete rows than items: ${c.n} complete row(s) for ${k} item(s)`,
      {},
      {
        key: "betaTooFewRows",
        params: { rows: c.n, items: k },
      },
    );
  }
  const s = centredCrossProducts(c);
  const sd = new Array<number>(d);
  for (let i = 0; i < d; i++) {
    const v = s[i * d + i];
    if (!(v > 1e-13 * Math.abs(c.cross[i * d + i]))) {
      if (i === k) throw new CsError("div0", "overall has no variance in the complete rows: β is undefined", {}, { key: "betaOverallNoVariance" });
      throw locatedError("div0", { column: i + 1 }, "no variance in the complete rows: β is undefined", { key: "betaNoVariance" });
    }
    sd[i] = Math.sqrt(v);
  }
  const R: number[][] = [];
  const rxy: number[] = [];
  for (let i = 0; i < k; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) row.push(i === j ? 1 : s[i * d + j] / (sd[i] * sd[j]));
    R.push(row);
    rxy.push(s[i * d + k] / (sd[i] * sd[k]));
  }
  return solveLinearSystem(R, rxy);
}

/**
 * Moments of a linear combination Σaᵢxᵢ over the listwise rows of `c`, about the shift
 * (Σw·(a·d), Σw·(a·d)²) — e.g. the respondent-level CSI, for its confidence interval.
 * The mean is shifted by a·shift; the variance (and so an interval's half-width) is exact.
 */
export function combinationMoments(c: CrossProducts, a: readonly number[]): Moments {
  const k = c.shift.length;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < k; i++) {
    sum += a[i] * c.sum[i];
    for (let j = 0; j < k; j++) sumSq += a[i] * a[j] * c.cross[i * k + j];
  }
  return { n: c.n, sumW: c.sumW, sumW2: c.sumW2, sum, sumSq };
}
