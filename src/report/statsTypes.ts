/** The shapes of the report's survey statistics (see stats.ts): layouts in, mergeable sums out. */
import type { CrossProducts, GapStats, Moments, NpsCounts, PairSums } from "../engine/accumulators";
import type { Scale } from "../engine/types";

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
  /** The period column whose values split the trend statistics (statsPeriod.ts). */
  period?: { name: string; column: number };
  /** Leave respondents with more Q Kano answers than this out of the Kano tables (stp25kano's rm_Q). */
  kanoMaxQuestionable?: number;
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
  /** Importance over the respondents in `kano` who rated it (Kano features with an importance column; statsKanoImportance.ts). */
  kanoImportance?: Moments;
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
  /** Overall satisfaction of this segment's rows: moments and level counts (as SurveyStats's; the significance tests). */
  overall?: Moments;
  overallLevels?: number[];
  /** Listwise cross-products of the rating items over this segment's rows (as SurveyStats.reliability). */
  reliability?: CrossProducts;
  /** Kano pair table per attribute over this segment's kept rows (null: no Kano pair; statsKanoSegments.ts). */
  kano?: (number[] | null)[];
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
  /** Respondents left out of the Kano tables by layout.kanoMaxQuestionable (counted, not weighted). */
  kanoDropped?: number;
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
  /** Per period value (the Trend sheet), when the layout has a period column. */
  period?: PeriodColumnStats;
}

// --- Trend across waves (issue #13): the per-period sums (statsPeriod.ts adds them) ---

export interface PeriodStats extends SegmentStats {
  /** Overall satisfaction over the period's rows (when the layout has overall satisfaction). */
  overall?: Moments;
  /** Its level counts, index 0 = the overall scale's min. */
  overallLevels?: number[];
  /** Per value of the layout's segment column, over this period's rows (code-point order). */
  segments?: PeriodSegmentStats[];
}

/** A segment within a period: as SegmentStats without the cross-products (the compact table shows no interval). */
export interface PeriodSegmentStats extends Omit<SegmentStats, "reliability"> {
  /** Rows that rated every rating item (listwise): the base of the CSI shown. */
  complete: number;
}

export interface PeriodColumnStats {
  name: string;
  column: number;
  /** Earliest first (src/survey/period.ts orderPeriods). */
  values: PeriodStats[];
  /** Rows with a blank period (in no period). */
  blankRows: number;
  /**
   * Set when the column has more than MAX_PERIODS distinct values (a timestamp, not a wave): the
   * count of distinct values seen; `values` is then empty (the sums are not kept).
   */
  tooMany?: number;
}

export interface StatsAccumulator {
  /** Add one respondent: `row[i]` = the cell at layout position i; weight default 1. */
  addRow(row: readonly StatsCell[], weight?: number): void;
  /** Add another accumulator's (or result's) sums; layouts must be identical. */
  merge(other: StatsAccumulator | SurveyStats): void;
  /** A snapshot (deep copy) of the sums so far. */
  result(): SurveyStats;
}
