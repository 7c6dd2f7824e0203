/**
 * Analysis: the report's numbers, computed once from SurveyStats with the engine's functions
 * (CSI, NPS, Kano, IPA, priority) and shared by the sheet builders, which only lay them out.
 * Everything here is a pure function of (stats, options).
 */
import type { Moments } from "../engine/accumulators/moments";
import { csiFromMeans } from "../engine/csi";
import { meanIntervalFromMoments, momentsMean, type MeanInterval } from "../engine/describe";
import { driversFromCrossProducts } from "../engine/drivers";
import { isCsError } from "../engine/errors";
import { crosshair as engineCrosshair, priorityRanks, priorityScores, quadrantOf, type Crosshair, type CrosshairMode, type Quadrant } from "../engine/ipa";
import { kanoCountsFromPairs, kanoEvaluate, type KanoCategory, type KanoResult } from "../engine/kano";
import { topBoxFromCounts } from "../engine/levels";
import { npsFromCounts, type NpsResult } from "../engine/nps";
import type { PAdjustMethod } from "../engine/significance";
import type { Scale } from "../engine/types";
import { scaleOptions } from "../survey/types";
import { localizeMessage, type MessageLanguage } from "../i18n/messages";
import { formatList } from "../i18n/format";
import { format, reportLanguageOf, type ReportStrings } from "../i18n/report";
import { csiWeightKey, weightUsed, type InputEntry } from "./inputs";
import { SHEET_KEYS, type SheetKey } from "./plan";
import { segmentTests, type SegmentTest } from "./segmentTests";
import { alphaFromCrossProducts, betaFromCrossProducts, combinationMoments, pearsonFromSums, type CrossProducts, type SurveyStats } from "./stats";
import { attempt } from "./attempt";
import type { PlsReport } from "./modelSheet";
import { plsImportance } from "./plsImportance";

export type ImportanceMethod = "stated" | "pearson" | "beta" | "relative_weights" | "shapley" | "ipma";
/** Every importance method, in the order the pane and --importance list them ("ipma" needs the satisfaction model). */
export const IMPORTANCE_METHODS: readonly ImportanceMethod[] = ["stated", "pearson", "beta", "relative_weights", "shapley", "ipma"];
/** The derived methods computed from the listwise cross-products of the ratings and overall (key drivers, issue #13). */
export type ModelImportance = "beta" | "relative_weights" | "shapley";

/** True for a method that needs the listwise cross-products (statsFromSurvey's `beta` sums). */
export function usesDriverSums(method: ImportanceMethod | undefined): method is ModelImportance {
  return method === "beta" || method === "relative_weights" || method === "shapley";
}

export interface ReportOptions {
  /** Sheets to build (default all five, in the order summary, kano, gap, priority, segments). */
  sheets?: SheetKey[];
  /** IPA crosshair (default "mean"). */
  crosshair?: CrosshairMode;
  /** Importance for the priority sheet (default "stated"; falls back to "pearson" when absent). */
  importance?: ImportanceMethod;
  /** 0-based survey column of the segment (used when the statistics are built from a survey). */
  segment?: number;
  /** CSI attribute weights (default "equal"; "importance" = the priority sheet's importance). */
  csiWeights?: "equal" | "importance";
  /**
   * The manager's entries in the report's input cells, by input key (csiWeightKey), as read back
   * on Refresh: they are written again and a CSI weight entry is used by the weightUsed rule.
   */
  inputs?: Readonly<Record<string, InputEntry>>;
  /** Multiplicity adjustment of the Segments sheet's tests against the rest (default "holm"; issue #13). */
  pAdjust?: PAdjustMethod;
  /** Kano: drop respondents with more Q answers than this (stp25kano's rm_Q; issue #14); default keep all. */
  kanoMaxQuestionable?: number;
}

export const ALL_SHEETS: readonly SheetKey[] = SHEET_KEYS;

/** The result, or the CsError's message in `lang` (the reason given in a note). */
function tryOrReason<T>(f: () => T, lang: MessageLanguage): T | { reason: string } {
  try {
    return f();
  } catch (e) {
    if (isCsError(e)) return { reason: localizeMessage(e, lang) };
    throw e;
  }
}

export interface PriorityRow {
  /** Attribute index. */
  attribute: number;
  importance: number;
  /** Importance used for the score (negative derived importance → 0). */
  importanceUsed: number;
  performance: number;
  quadrant: Quadrant;
  gap: number | null;
  kano: KanoCategory | null;
  competitor: number | null;
  score: number;
  rank: number;
}

export interface SegmentRow {
  value: string;
  rows: number;
  sumW: number;
  csi: number | null;
  /** Half-width of the segment CSI's 95% interval (as the Summary's, over the segment's rows). */
  csiMargin: number | null;
  nps: number | null;
  /** The segment NPS's margin of error (engine npsFromCounts). */
  npsMargin: number | null;
  /** Respondents behind the CSI interval (rated every rating attribute, listwise). */
  csiAnswers: number | null;
  /** Effective number of recommend answers behind the NPS margin (their count when unweighted). */
  npsAnswers: number | null;
  /** This segment against the rest of the sample: the measures that could be tested (segmentTests.ts). */
  tests: SegmentTest[];
}

/** Segments with fewer answers than this behind a measure carry a caution on the Segments sheet. */
export const SMALL_SEGMENT = 30;

export interface Analysis {
  stats: SurveyStats;
  options: Required<Pick<ReportOptions, "crosshair" | "importance" | "csiWeights" | "pAdjust">>;
  /** Rating scale (ratings and overall). */
  scale: Scale;
  /** Attribute indexes in the CSI (rated on `scale`). */
  csiItems: number[];
  means: number[];
  answers: number[];
  /** The weights the CSI uses (the manager's entries where usable, else the defaults). */
  csiWeights: number[];
  /** The report's own weights (equal or importance), used where an entry is not a weight. */
  csiWeightDefaults: number[];
  /** The manager's entry per CSI item, when Refresh read one back. */
  csiWeightEntries: (InputEntry | undefined)[];
  csiWeightMode: "equal" | "importance";
  csi?: number;
  /** Half-width of the CSI's 95% interval (respondent-level index, listwise rows). */
  csiMargin?: number;
  /** Level counts per CSI item (when the scale has integer levels). */
  levels?: number[][];
  nps?: NpsResult;
  overall?: MeanInterval;
  overallMean?: number;
  topBoxOverall?: number;
  alpha?: number;
  /** Kano result per attribute (undefined = no Kano pair or no usable answers). */
  kano: (KanoResult | undefined)[];
  gaps: (number | undefined)[];
  importanceMethod?: ImportanceMethod;
  /** The regression behind model-based importance (β, relative weights, Shapley): R² and the listwise n. */
  drivers?: { method: ModelImportance; r2?: number; n: number };
  /** IPMA importance (issue #15): the satisfaction model's target and the respondents it was estimated on. */
  ipma?: { target: string; n: number };
  /** Importance per attribute index (where available); relative weights and Shapley as shares of R². */
  importance: (number | undefined)[];
  priority?: { rows: PriorityRow[]; crosshair: Crosshair; importanceScale?: Scale };
  segments?: { name: string; column: number; rows: SegmentRow[]; blankRows: number };
  notes: string[];
}

const sameScale = (a: Scale | undefined, b: Scale): boolean => a !== undefined && a.min === b.min && a.max === b.max;

/**
 * Compute everything the sheets show. Notes (fallbacks, omissions within a sheet) go to `notes`.
 * `model`: the satisfaction model estimated on the survey (its IPMA is importance "ipma").
 */
export function analyze(stats: SurveyStats, t: ReportStrings, options: ReportOptions = {}, model?: PlsReport): Analysis {
  const opts = {
    crosshair: options.crosshair ?? "mean",
    importance: options.importance ?? "stated",
    csiWeights: options.csiWeights ?? "equal",
    pAdjust: options.pAdjust ?? "holm",
  } as const;
  const scale = stats.layout.scale;
  const attrs = stats.attributes;
  const notes: string[] = [];

  // Ratings: the CSI items are the rated attributes on the survey's rating scale.
  const rated = stats.ratingItems.filter((i) => (attrs[i].rating?.sumW ?? 0) > 0);
  const csiItems = rated.filter((i) => sameScale(attrs[i].scales.rating, scale));
  const other = rated.filter((i) => !csiItems.includes(i));
  if (other.length)
    notes.push(
      format(t.notes.otherScale, {
        attributes: formatList(
          other.map((i) => attrs[i].name),
          reportLanguageOf(t),
        ),
      }),
    );
  if (stats.ratingItems.length === 0) notes.push(t.notes.noRatings);
  const means = csiItems.map((i) => momentsMean(attrs[i].rating!));
  const answers = csiItems.map((i) => attrs[i].rating!.n);

  // Importance per attribute (stated, or derived against overall satisfaction).
  const importance: (number | undefined)[] = attrs.map(() => undefined);
  let importanceMethod: ImportanceMethod | undefined;
  let drivers: Analysis["drivers"];
  let ipma: Analysis["ipma"];
  const stated = rated.filter((i) => (attrs[i].importance?.sumW ?? 0) > 0);
  const pearsonAll = (): void => {
    for (const i of rated) {
      const p = attrs[i].withOverall;
      if (p) importance[i] = attempt(() => pearsonFromSums(p));
    }
  };
  // IPMA: the model's total effects on its target, for the ratings that are its indicators.
  const fromModel = opts.importance === "ipma" && model ? plsImportance(model) : undefined;
  const inModel = fromModel ? rated.filter((i) => fromModel.byColumn.has(stats.layout.attributes[i]?.columns.rating ?? -1)) : [];
  if (opts.importance === "ipma" && (!fromModel || inModel.length === 0)) {
    notes.push(fromModel ? format(t.notes.ipmaNoRatings, { target: fromModel.target }) : t.notes.ipmaNoModel);
  }
  if (fromModel && inModel.length > 0) {
    importanceMethod = "ipma";
    ipma = { target: fromModel.target, n: fromModel.n };
    for (const i of inModel) importance[i] = fromModel.byColumn.get(stats.layout.attributes[i].columns.rating!);
    const outside = rated.filter((i) => !inModel.includes(i)).map((i) => attrs[i].name);
    if (outside.length > 0) notes.push(format(t.notes.ipmaNotInModel, { target: fromModel.target, attributes: formatList(outside, reportLanguageOf(t)) }));
  } else if (opts.importance === "stated" && stated.length > 0) {
    importanceMethod = "stated";
    for (const i of stated) importance[i] = momentsMean(attrs[i].importance!);
  } else if (usesDriverSums(opts.importance) && stats.drivers) {
    const model = modelImportance(stats.drivers, opts.importance, reportLanguageOf(t));
    if ("reason" in model) {
      notes.push(format(fallbackNote(t, opts.importance), { reason: model.reason }));
      importanceMethod = "pearson";
      pearsonAll();
    } else {
      importanceMethod = opts.importance;
      drivers = model.drivers;
      stats.ratingItems.forEach((i, k) => {
        if (rated.includes(i)) importance[i] = model.values[k];
      });
    }
  } else if (stats.overall && rated.length > 0) {
    if (opts.importance === "stated") notes.push(t.notes.importanceFallback);
    // (ipma without the model: its note is above.)
    else if (usesDriverSums(opts.importance)) {
      const reason = localizeMessage({ key: "noOverallRows", message: "no overall satisfaction rows" }, reportLanguageOf(t));
      notes.push(format(fallbackNote(t, opts.importance), { reason }));
    }
    importanceMethod = "pearson";
    pearsonAll();
  }

  // CSI weights.
  let csiWeightMode: "equal" | "importance" = "equal";
  let csiWeights = csiItems.map(() => 1);
  if (opts.csiWeights === "importance") {
    const w = csiItems.map((i) => importance[i]);
    if (csiItems.length > 0 && w.every((x) => x !== undefined && x >= 0) && w.some((x) => (x as number) > 0)) {
      csiWeightMode = "importance";
      csiWeights = w as number[];
    } else notes.push(t.notes.csiWeightsFallback);
  }
  const csiWeightDefaults = csiWeights;
  const csiWeightEntries = csiItems.map((i) => options.inputs?.[csiWeightKey(attrs[i].name)]);
  csiWeights = csiWeightDefaults.map((d, r) => weightUsed(csiWeightEntries[r]?.value, d));

  const a: Analysis = {
    stats,
    options: opts,
    scale,
    csiItems,
    means,
    answers,
    csiWeights,
    csiWeightDefaults,
    csiWeightEntries,
    csiWeightMode,
    kano: attrs.map(() => undefined),
    gaps: attrs.map(() => undefined),
    importance,
    importanceMethod,
    notes,
  };
  if (drivers) a.drivers = drivers;
  if (ipma) a.ipma = ipma;

  if (csiItems.length > 0) {
    // attempt: the manager may have set every weight to 0 (the sheet's CSI is then #DIV/0! too).
    a.csi = attempt(() => csiFromMeans(means, { weights: csiWeights, ...scaleOptions(scale) }));
    if (a.csi !== undefined) a.csiMargin = csiMargin(stats.reliability, stats.ratingItems, csiItems, csiWeights, scale);
    if (csiItems.every((i) => attrs[i].ratingLevels)) a.levels = csiItems.map((i) => attrs[i].ratingLevels!.slice());
  }
  if (stats.nps) {
    const counts = stats.nps;
    a.nps = attempt(() => npsFromCounts(counts));
  }
  if (stats.overall && stats.overall.sumW > 0) {
    const overall = stats.overall;
    a.overallMean = momentsMean(overall);
    a.overall = attempt(() => meanIntervalFromMoments(overall));
    const lv = stats.overallLevels;
    if (lv && scale.max - scale.min >= 1) a.topBoxOverall = attempt(() => topBoxFromCounts(lv, 2));
  }
  if (stats.reliability && stats.ratingItems.length >= 2) {
    const rel = stats.reliability;
    a.alpha = attempt(() => alphaFromCrossProducts(rel).alpha);
  }

  attrs.forEach((at, i) => {
    if (at.kano) {
      const pairs = at.kano;
      a.kano[i] = attempt(() => kanoEvaluate(kanoCountsFromPairs(pairs)));
      if (!a.kano[i]) notes.push(format(t.notes.kanoEmptyFeature, { feature: at.name }));
    }
    if (at.gap && at.gap.gap.sumW > 0) a.gaps[i] = at.gap.gap.sum / at.gap.gap.sumW;
  });

  a.priority = priority(a, t);
  a.segments = segments(a);
  return a;
}

/** The note when a model-based importance falls back to Pearson ({reason}). */
function fallbackNote(t: ReportStrings, method: ModelImportance): string {
  return method === "beta" ? t.notes.betaFallback : method === "shapley" ? t.notes.shapleyFallback : t.notes.relativeWeightsFallback;
}

/**
 * Model-based importance from the listwise cross-products (ratings + overall): β as before
 * (betaFromCrossProducts); relative weights and Shapley values as shares of R² (engine drivers.ts,
 * so the priority shares are each attribute's part of the explained variance). With R² and n.
 */
function modelImportance(
  c: CrossProducts,
  method: ModelImportance,
  lang: MessageLanguage,
): { values: number[]; drivers: NonNullable<Analysis["drivers"]> } | { reason: string } {
  if (method === "beta") {
    const beta = tryOrReason(() => betaFromCrossProducts(c), lang);
    if (!Array.isArray(beta)) return beta;
    return { values: beta, drivers: { method, r2: attempt(() => driversFromCrossProducts(c, "beta").r2), n: c.n } };
  }
  const fit = tryOrReason(() => driversFromCrossProducts(c, method), lang);
  if ("reason" in fit) return fit;
  return { values: fit.shares, drivers: { method, r2: fit.r2, n: fit.n } };
}

/**
 * Half-width of the CSI's 95% interval: t(0.975, n′ − 1)·s_I/√n′, where I = Σaₖxₖ is the
 * respondent-level index with aₖ = 100·wₖ/((max − min)·Σw), s_I² = a′Ca from the listwise
 * cross-products (respondents who rated every attribute) and n′ their Kish effective size.
 * Undefined when there are too few complete respondents.
 */
export function csiMargin(
  rel: CrossProducts | undefined,
  ratingItems: readonly number[],
  items: number[],
  weights: number[],
  scale: Scale,
): number | undefined {
  const m = csiIndexMoments(rel, ratingItems, items, weights, scale);
  return m && attempt(() => meanIntervalFromMoments(m).margin);
}

/** Moments of the respondent-level index I (about the shift: its variance is exact), as csiMargin uses. */
export function csiIndexMoments(
  rel: CrossProducts | undefined,
  ratingItems: readonly number[],
  items: number[],
  weights: number[],
  scale: Scale,
): Moments | undefined {
  if (!rel) return undefined;
  const sumW = weights.reduce((s, w) => s + w, 0);
  const coef = ratingItems.map((i) => {
    const k = items.indexOf(i);
    return k < 0 ? 0 : (100 * weights[k]) / ((scale.max - scale.min) * sumW);
  });
  return combinationMoments(rel, coef);
}

/** Kano tie order of the priority ranks, M > O > A > I > R > Q > none (engine priorityRanks). */
export function kanoTieOrder(c: KanoCategory | null): number {
  return c === null ? 7 : { M: 1, O: 2, A: 3, I: 4, R: 5, Q: 6 }[c];
}

function priority(a: Analysis, t: ReportStrings): Analysis["priority"] {
  const attrs = a.stats.attributes;
  const items = a.stats.ratingItems.filter((i) => a.importance[i] !== undefined && (attrs[i].rating?.sumW ?? 0) > 0);
  const onScale = items.filter((i) => sameScale(attrs[i].scales.rating, a.scale));
  if (onScale.length === 0) return undefined;
  const imp = onScale.map((i) => a.importance[i] as number);
  const used = imp.map((x) => (x > 0 ? x : 0));
  const perf = onScale.map((i) => momentsMean(attrs[i].rating!));
  const negative = onScale.filter((_, k) => imp[k] < 0).map((i) => attrs[i].name);
  if (negative.length) a.notes.push(format(t.notes.negativeImportance, { attributes: formatList(negative, reportLanguageOf(t)) }));
  const scores = attempt(() => priorityScores(used, perf, scaleOptions(a.scale)));
  if (!scores) return undefined;
  const kanoCats = onScale.map((i) => a.kano[i]?.category ?? null);
  const ranks = priorityRanks(scores, kanoCats);
  const mode = a.options.crosshair;
  let c: Crosshair;
  const importanceScale = a.importanceMethod === "stated" ? onScale.map((i) => attrs[i].scales.importance).find(Boolean) : undefined;
  if (mode === "midpoint") {
    const mean = engineCrosshair(imp, perf, "mean");
    c = {
      importance: importanceScale ? (importanceScale.min + importanceScale.max) / 2 : mean.importance,
      performance: (a.scale.min + a.scale.max) / 2,
    };
  } else c = engineCrosshair(imp, perf, mode);
  const rows: PriorityRow[] = onScale.map((i, k) => ({
    attribute: i,
    importance: imp[k],
    importanceUsed: used[k],
    performance: perf[k],
    quadrant: quadrantOf(imp[k], perf[k], c),
    gap: a.gaps[i] ?? null,
    kano: kanoCats[k],
    competitor: attrs[i].competitor && attrs[i].competitor!.sumW > 0 ? momentsMean(attrs[i].competitor!) : null,
    score: scores[k],
    rank: ranks[k],
  }));
  return { rows, crosshair: c, importanceScale };
}

function segments(a: Analysis): Analysis["segments"] {
  const seg = a.stats.segment;
  if (!seg) return undefined;
  const csiDefinition = a.csi === undefined ? undefined : { items: a.csiItems, weights: a.csiWeights, scale: a.scale };
  const tests = segmentTests(a.stats, csiDefinition, a.options.pAdjust);
  const rows: SegmentRow[] = seg.values.map((s) => {
    const means = a.csiItems.map((i) => {
      const m = s.rating[i];
      return m && m.sumW > 0 ? m.sum / m.sumW : undefined;
    });
    const csi =
      a.csiItems.length > 0 && means.every((m) => m !== undefined)
        ? (attempt(() => csiFromMeans(means as number[], { weights: a.csiWeights, ...scaleOptions(a.scale) })) ?? null)
        : null;
    const csiMarginOf = csi === null ? null : (csiMargin(s.reliability, a.stats.ratingItems, a.csiItems, a.csiWeights, a.scale) ?? null);
    const counts = s.nps;
    const npsResult = counts ? attempt(() => npsFromCounts(counts)) : undefined;
    const nps = npsResult?.nps ?? null;
    const npsMargin = npsResult?.marginOfError ?? null;
    // Answers behind the measures: the respondents who rated every CSI attribute (the listwise
    // base of the CSI interval) or who answered the recommend question.
    const csiAnswers = s.reliability ? s.reliability.n : null;
    const npsAnswers = npsResult ? npsResult.effectiveN : null;
    return { value: s.value, rows: s.rows, sumW: s.sumW, csi, csiMargin: csiMarginOf, nps, npsMargin, csiAnswers, npsAnswers, tests: tests.get(s.value) ?? [] };
  });
  return { name: seg.name, column: seg.column, rows, blankRows: seg.blankRows };
}
