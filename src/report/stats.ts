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
 *   (f − 1)·5 + (d − 1)) and the Kano features' importance over it (statsKanoImportance.ts);
 *   pairwise sums with overall satisfaction (Pearson r);
 * - overall satisfaction (on its own scale, `overallScale`, e.g. 1–10 with ratings on 1–5): Moments
 *   and level counts; NPS counts (engine `NpsCounts` with Σw²);
 * - listwise cross-products of the rating items (Cronbach's α, the CSI's interval), and — when the
 *   layout asks for β — of the rating items plus overall (standardised regression weights);
 * - per value of one segment column: rows, Σw, rating Moments per attribute, NPS counts, overall
 *   satisfaction's Moments and level counts (the Segments sheet's tests against the rest).
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
// Per-module imports, not the barrel: the barrel's re-exports are getters, slow in the row loop.
import { addCrossRow, emptyCrossProducts, mergeCrossProductsInto, mirrorCrossProducts } from "../engine/accumulators/crossProducts";
import { addGapPair, emptyGapStats, mergeGapStatsInto } from "../engine/accumulators/gapSums";
import { addKanoPair, addLevel, emptyKanoTable, emptyLevelCounts, levelCountOf, mergeCountsInto } from "../engine/accumulators/levelCounts";
import { addMomentUnchecked, emptyMoments, mergeMomentsInto, type Moments } from "../engine/accumulators/moments";
import { addNpsScore, emptyNpsCounts, mergeNpsCountsInto } from "../engine/accumulators/npsCounts";
import { addPair, emptyPairSums, mergePairSumsInto } from "../engine/accumulators/pairSums";
import { CsError } from "../engine/errors";
import type { Scale } from "../engine/types";
import { isBlankCell as isBlank } from "../survey/cells";
import { mergeGroup, PeriodSums } from "./statsPeriod";
import { answerAt, checkCaseWeightCount, checkLayout, integerAt, kanoQuestionableAt } from "./statsRead";
import { addSegmentKano, mergeSegmentKano } from "./statsKanoSegments";
import { addKanoImportance, mergeKanoImportance, startKanoImportance } from "./statsKanoImportance";
import type { AttributeLayout, AttributeRole, AttributeStats, SegmentStats, StatsAccumulator, StatsCell, StatsLayout, SurveyStats } from "./statsTypes";
import { ATTRIBUTE_ANSWER_ROLES } from "./statsTypes";
import type { Survey } from "../survey/survey";
import { ROW_SLICE, runSteps, type Steps } from "../survey/steps";

// The engine accumulators and their results, re-exported for the report's builders.
export type { CrossProducts, GapStats, PairSums } from "../engine/accumulators";
export { betaFromCrossProducts, centredCrossProducts, combinationMoments, pearsonFromSums } from "../engine/accumulators";
export { alphaFromCrossProducts } from "../engine/reliability";

export * from "./statsTypes";

/** Shift of the power sums: the scale midpoint, near the data, so no precision is lost. */
const mid = (s: Scale): number => (s.min + s.max) / 2;

function cloneLayout(l: StatsLayout): StatsLayout {
  return JSON.parse(JSON.stringify(l)) as StatsLayout;
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
  private readonly periods?: PeriodSums;

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
        levels: levelCountOf(scales.rating),
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
        if (p.levels > 0) s.ratingLevels = emptyLevelCounts(p.levels);
        if (L.overall !== undefined) s.withOverall = emptyPairSums(mid(p.scales.rating), mid(os));
      }
      if (p.importance >= 0) s.importance = emptyMoments();
      if (p.expectation >= 0) s.expectation = emptyMoments();
      if (p.perception >= 0) s.perception = emptyMoments();
      if (p.competitor >= 0) s.competitor = emptyMoments();
      if (p.expectation >= 0 && p.perception >= 0) {
        s.gap = emptyGapStats();
      }
      if (p.kf >= 0 && p.kd >= 0) s.kano = emptyKanoTable();
      startKanoImportance(s, p.kf >= 0 && p.kd >= 0, p.importance >= 0);
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
      const lv = levelCountOf(os);
      if (lv > 0) this.st.overallLevels = emptyLevelCounts(lv);
    }
    if (L.recommend !== undefined) this.st.nps = emptyNpsCounts();
    if (ratingItems.length > 0) this.st.reliability = emptyCrossProducts(relShift);
    if (L.beta && ratingItems.length > 0 && L.overall !== undefined) this.st.drivers = emptyCrossProducts([...relShift, mid(os)]);
    if (L.segment) this.st.segment = { name: L.segment.name, column: L.segment.column, values: [], blankRows: 0 };
    if (L.period)
      this.periods = new PeriodSums(
        this.st,
        L,
        L.period,
        this.plan.map((p) => p.rating),
        () => newSegment("", this.st),
      );
  }

  addRow(row: readonly StatsCell[], weight = 1): void {
    const st = this.st;
    const L = this.layout;
    const r = st.rows + 1;
    if (!(typeof weight === "number" && weight - weight === 0 && weight >= 0)) {
      throw new CsError("num", "badCaseWeight", { value: String(weight) }, { row: r });
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
      addMomentUnchecked(st.overall, y, w);
      if (st.overallLevels) addLevel(st.overallLevels, y, os.min, w);
    }
    if (rec !== null && st.nps) addNpsScore(st.nps, rec, w);
    const maxQ = L.kanoMaxQuestionable;
    const pairs = maxQ === undefined ? [] : this.plan.filter((p) => p.kf >= 0 && p.kd >= 0).map((p) => [p.kf, p.kd] as const);
    const kanoKept = maxQ === undefined || kanoQuestionableAt(row, pairs, r) <= maxQ;
    if (!kanoKept) st.kanoDropped = (st.kanoDropped ?? 0) + 1;
    const attrs = st.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const p = this.plan[i];
      const a = attrs[i];
      const sc = p.scales;
      if (p.rating >= 0) {
        const x = answerAt(row, p.rating, sc.rating.min, sc.rating.max, r);
        if (x !== null && w > 0) {
          addMomentUnchecked(a.rating as Moments, x, w);
          if (a.ratingLevels) addLevel(a.ratingLevels, x, sc.rating.min, w);
          if (y !== null && a.withOverall) addPair(a.withOverall, x, y, w);
        }
      }
      let imp: number | null = null;
      if (p.importance >= 0) {
        imp = answerAt(row, p.importance, sc.importance.min, sc.importance.max, r);
        if (imp !== null && w > 0) addMomentUnchecked(a.importance as Moments, imp, w);
      }
      if (p.competitor >= 0) {
        const x = answerAt(row, p.competitor, sc.competitor.min, sc.competitor.max, r);
        if (x !== null && w > 0) addMomentUnchecked(a.competitor as Moments, x, w);
      }
      let e: number | null = null;
      let pp: number | null = null;
      if (p.expectation >= 0) {
        e = answerAt(row, p.expectation, sc.expectation.min, sc.expectation.max, r);
        if (e !== null && w > 0) addMomentUnchecked(a.expectation as Moments, e, w);
      }
      if (p.perception >= 0) {
        pp = answerAt(row, p.perception, sc.perception.min, sc.perception.max, r);
        if (pp !== null && w > 0) addMomentUnchecked(a.perception as Moments, pp, w);
      }
      if (a.gap && e !== null && pp !== null && w > 0) {
        addGapPair(a.gap, pp, e, w);
      }
      if (a.kano && kanoKept) {
        const f = integerAt(row, p.kf, 1, 5, r, "kano");
        const d = integerAt(row, p.kd, 1, 5, r, "kano");
        if (f !== null && d !== null) {
          addKanoPair(a.kano, f, d, w);
          addKanoImportance(a, imp, w);
        }
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
        addCrossRow(rel, dev, k, w);
        const drv = st.drivers;
        if (drv && y !== null) {
          const dd = this.drvDev;
          dd.set(dev.subarray(0, k));
          dd[k] = y - drv.shift[k];
          addCrossRow(drv, dd, k + 1, w);
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
        if (kanoKept) addSegmentKano(s, st, row, this.plan, w);
        if (w > 0) {
          for (let i = 0; i < attrs.length; i++) {
            const p = this.plan[i];
            const m = s.rating[i];
            if (m === null) continue;
            const x = row[p.rating];
            if (typeof x === "number") addMomentUnchecked(m, x, w);
          }
          if (listwise && s.reliability) addCrossRow(s.reliability, this.relDev, this.relCols.length, w);
        }
        if (rec !== null && s.nps) addNpsScore(s.nps, rec, w);
        if (y !== null && s.overall && w > 0) {
          addMomentUnchecked(s.overall, y, w);
          if (s.overallLevels) addLevel(s.overallLevels, y, os.min, w);
        }
      }
    }
    if (this.periods) this.periods.add(row, w, y, rec, listwise ? this.relDev : null);
  }

  merge(other: StatsAccumulator | SurveyStats): void {
    const o = "result" in other ? other.result() : other;
    if (JSON.stringify(o.layout) !== this.key) {
      throw new CsError("value", "layoutsDiffer");
    }
    const st = this.st;
    st.rows += o.rows;
    st.sumW += o.sumW;
    st.sumW2 += o.sumW2;
    st.weighted = st.weighted || o.weighted;
    if (o.kanoDropped !== undefined) st.kanoDropped = (st.kanoDropped ?? 0) + o.kanoDropped;
    st.attributes.forEach((a, i) => {
      const b = o.attributes[i];
      for (const role of ATTRIBUTE_ANSWER_ROLES) {
        const m = a[role];
        const mb = b[role];
        if (m && mb) mergeMomentsInto(m, mb);
      }
      if (a.ratingLevels && b.ratingLevels) mergeCountsInto(a.ratingLevels, b.ratingLevels);
      if (a.gap && b.gap) {
        mergeGapStatsInto(a.gap, b.gap);
      }
      if (a.kano && b.kano) mergeCountsInto(a.kano, b.kano);
      mergeKanoImportance(a, b);
      if (a.withOverall && b.withOverall) mergePairSumsInto(a.withOverall, b.withOverall);
    });
    if (st.overall && o.overall) mergeMomentsInto(st.overall, o.overall);
    if (st.overallLevels && o.overallLevels) mergeCountsInto(st.overallLevels, o.overallLevels);
    if (st.nps && o.nps) mergeNpsCountsInto(st.nps, o.nps);
    if (st.reliability && o.reliability) mergeCrossProductsInto(st.reliability, o.reliability);
    if (st.drivers && o.drivers) mergeCrossProductsInto(st.drivers, o.drivers);
    if (st.segment && o.segment) {
      st.segment.blankRows += o.segment.blankRows;
      for (const sb of o.segment.values) {
        let s = this.segMap.get(sb.value);
        if (!s) {
          s = newSegment(sb.value, st);
          this.segMap.set(sb.value, s);
        }
        mergeGroup(s, sb);
        mergeSegmentKano(s, sb, st);
        if (s.overall && sb.overall) mergeMomentsInto(s.overall, sb.overall);
        if (s.overallLevels && sb.overallLevels) mergeCountsInto(s.overallLevels, sb.overallLevels);
        if (s.reliability && sb.reliability) mergeCrossProductsInto(s.reliability, sb.reliability);
      }
    }
    if (this.periods && o.period) this.periods.merge(o.period);
  }

  result(): SurveyStats {
    const out = JSON.parse(JSON.stringify(this.st)) as SurveyStats;
    if (out.segment) {
      const values = [...this.segMap.values()].map((s) => JSON.parse(JSON.stringify(s)) as SegmentStats);
      values.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      for (const v of values) if (v.reliability) mirrorCrossProducts(v.reliability);
      out.segment.values = values;
    }
    if (out.reliability) mirrorCrossProducts(out.reliability);
    if (this.periods) out.period = this.periods.result();
    if (out.drivers) mirrorCrossProducts(out.drivers);
    return out;
  }
}

function newSegment(value: string, st: SurveyStats): SegmentStats {
  const s: SegmentStats = {
    value,
    rows: 0,
    sumW: 0,
    sumW2: 0,
    rating: st.attributes.map((a) => (a.rating ? emptyMoments() : null)),
  };
  if (st.nps) s.nps = emptyNpsCounts();
  if (st.overall) s.overall = emptyMoments();
  if (st.overallLevels) s.overallLevels = emptyLevelCounts(st.overallLevels.length);
  if (st.reliability) s.reliability = emptyCrossProducts(st.reliability.shift);
  return s;
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
  /** Kano: leave out respondents with more Q answers than this (StatsLayout.kanoMaxQuestionable). */
  kanoMaxQuestionable?: number;
  /**
   * Case weights to use instead of the survey's weight column (raked weights, src/report/raking.ts),
   * one per respondent in order; the statistics are then weighted whatever the values.
   */
  caseWeights?: ArrayLike<number>;
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
    for (const role of ATTRIBUTE_ANSWER_ROLES) {
      // An answer role names the attribute's field of the same name.
      if (a[role] === undefined) continue;
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
      throw new CsError("value", "notSegmentColumn", { index: opts.segment + 1 });
    }
  }
  if (seg) layout.segment = { name: seg.name, column: seg.column };
  if (survey.period && survey.periodColumn !== undefined) layout.period = { name: survey.headers[survey.periodColumn] ?? "", column: survey.periodColumn };
  if (opts.beta) layout.beta = true;
  if (opts.kanoMaxQuestionable !== undefined) layout.kanoMaxQuestionable = opts.kanoMaxQuestionable;
  return { layout, width: next };
}

/** SurveyStats of a whole Survey (each respondent fed through addRow with its case weight). */
export function statsFromSurvey(survey: Survey, opts: SurveyLayoutOptions = {}): SurveyStats {
  return runSteps(statsFromSurveySteps(survey, opts));
}

/** statsFromSurvey as steps (src/survey/steps.ts): a pause every ROW_SLICE respondents. */
export function* statsFromSurveySteps(survey: Survey, opts: SurveyLayoutOptions = {}): Steps<SurveyStats> {
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
  if (layout.period && survey.period) sources.push({ at: layout.period.column, values: survey.period });
  const row = new Array<StatsCell>(width).fill(null);
  checkCaseWeightCount(opts.caseWeights, survey.n);
  const weights = opts.caseWeights ?? survey.weights;
  for (let i = 0; i < survey.n; i++) {
    for (let s = 0; s < sources.length; s++) row[sources[s].at] = sources[s].values[i];
    acc.addRow(row, weights === undefined ? 1 : weights[i]);
    if (i % ROW_SLICE === ROW_SLICE - 1) yield;
  }
  yield;
  const result = acc.result();
  if (opts.caseWeights) result.weighted = true;
  return result;
}
