/**
 * Result shaping of the worksheet functions that return one value per attribute: Kano outputs,
 * IPA quadrant names, gaps and derived importance per column. Engine results in, rows of cells
 * out (attributes in input order). Blank policy of spilled results: an attribute without answers
 * is "" (the other attributes still spill); an attribute whose value is undefined for another
 * reason (e.g. an item with no variance) holds its own error value.
 */
import { keyDriverIntervals, keyDrivers, type DriverMethod } from "../engine/drivers";
import { pearson } from "../engine/importance";
import { crosshair as crosshairOf, priorityScores, quadrantOf, type CrosshairMode, type Quadrant } from "../engine/ipa";
import { CsError, isCsError } from "../engine/errors";
import { kanoClassify, kanoCountsFromPairs, kanoEvaluateLenient, kanoPairCountsMatrix, KANO_CATEGORIES, type KanoEvaluation } from "../engine/kano";
import { attributeGapSums, type GapSums } from "../engine/gap";
import { reportStrings } from "../i18n/report";
import type { ReportLanguage } from "../report/plan";
import { scaleOptions, type Answer, type KanoAnswer, type Scale } from "../survey/types";
import type { CaseWeights, Matrix } from "../engine/types";
import type { Profile } from "./args";
import { attributeCell, toExcelError } from "./errors";
import type { Cell } from "./results";

/** IPA quadrant names (Martilla & James 1977) in a language, as the report and its four-quadrant chart write them. */
export function quadrantNames(lang: ReportLanguage = "en"): Readonly<Record<Quadrant, string>> {
  return reportStrings(lang).quadrants;
}

export const KANO_OUTPUTS = ["category", "better", "worse", "total_strength", "category_strength", "fong", "counts", "table"] as const;
export type KanoOutput = (typeof KANO_OUTPUTS)[number];

/** Column c of a matrix as a one-column matrix. */
function columnOf<T>(m: readonly (readonly T[])[], c: number): T[] {
  return m.map((row) => row[c]);
}

/** Prefix a per-attribute CsError with its column, unless it already names one. */
function atColumn(e: unknown, column: number): unknown {
  if (!isCsError(e) || e.column !== undefined) return e;
  return e.at({ column });
}

/**
 * Kano results per attribute.
 * Output "category" (default), "better", "worse", "total_strength", "category_strength": one row
 * of K values; "fong": one row of K TRUE/FALSE (the top two categories differ significantly);
 * "counts": K rows × 6 columns A, O, M, I, R, Q; "table": K rows × 9 columns A, O, M, I, R, Q,
 * category, better, worse. Two single cells with output "category": that respondent's category
 * (kanoClassify), "" when either answer is blank. `threshold` 0 = the most frequent category
 * (equal counts ordered M > O > A > I > R > Q); e.g. 0.06 applies Berger et al.'s rule.
 * An attribute answered only with R/Q pairs has its category, strengths, Fong test and counts;
 * its Better/Worse (A + O + M + I = 0) are #DIV/0! in the "better"/"worse" rows and "" in the table.
 */
export function kanoCells(
  functional: readonly (readonly (KanoAnswer | null)[])[],
  dysfunctional: readonly (readonly (KanoAnswer | null)[])[],
  output: KanoOutput,
  threshold: number,
): Cell[][] {
  if (output === "category" && functional.length === 1 && functional[0].length === 1) {
    const f = functional[0][0];
    const d = dysfunctional[0][0];
    return [[f === null || d === null ? "" : kanoClassify(f, d)]];
  }
  return kanoCellsFromPairs(kanoPairCountsMatrix(functional, dysfunctional), output, threshold);
}

/** Better/Worse undefined for an attribute with only R/Q answers: that cell's #DIV/0!. */
function undefinedCoefficient(name: "Better" | "Worse", column: number): CustomFunctions.Error {
  return toExcelError(new CsError("div0", "coefficientOnlyRQ", { name }, { column }));
}

/** kanoCells from the attributes' pair tables (flat, 25 cells per attribute; kanoPairCountsMatrix). */
export function kanoCellsFromPairs(pairs: Float64Array, output: KanoOutput, threshold: number): Cell[][] {
  const k = pairs.length / 25;
  const counts: number[][] = [];
  const results: (KanoEvaluation | null | CustomFunctions.Error)[] = [];
  for (let c = 0; c < k; c++) {
    const cat = kanoCountsFromPairs(Array.from(pairs.subarray(c * 25, c * 25 + 25)));
    const row = KANO_CATEGORIES.map((x) => cat[x]);
    counts.push(row);
    const n = row.reduce((s, x) => s + x, 0);
    try {
      results.push(n === 0 ? null : kanoEvaluateLenient(cat, { threshold }));
    } catch (e) {
      results.push(toExcelError(atColumn(e, c + 1)));
    }
  }
  const field = (r: KanoEvaluation | null | CustomFunctions.Error, f: (x: KanoEvaluation) => Cell): Cell =>
    r === null ? "" : r instanceof CustomFunctions.Error ? r : f(r);
  switch (output) {
    case "counts":
      return counts;
    case "table":
      return counts.map((row, c) => [
        ...row,
        field(results[c], (r) => r.category),
        field(results[c], (r) => r.better ?? ""),
        field(results[c], (r) => r.worse ?? ""),
      ]);
    case "better":
      return [results.map((r, c) => field(r, (x) => x.better ?? undefinedCoefficient("Better", c + 1)))];
    case "worse":
      return [results.map((r, c) => field(r, (x) => x.worse ?? undefinedCoefficient("Worse", c + 1)))];
    case "total_strength":
      return [results.map((r) => field(r, (x) => x.totalStrength))];
    case "category_strength":
      return [results.map((r) => field(r, (x) => x.categoryStrength))];
    case "fong":
      return [results.map((r) => field(r, (x) => x.fong.significant))];
    default:
      return [results.map((r) => field(r, (x) => x.category))];
  }
}

/** Gap per attribute: mean of (P − E) over respondents who answered both; "" when nobody did. */
export function gapCells(perception: readonly (readonly Answer[])[], expectation: readonly (readonly Answer[])[]): Cell[][] {
  return gapCellsFromSums(attributeGapSums(perception, expectation));
}

/** gapCells from the attributes' gap sums (attributeGapSums): Σ(P − E)/Σw, "" where Σw = 0. */
export function gapCellsFromSums(sums: GapSums): Cell[][] {
  const { sumW, sumDiff } = sums;
  const out = new Array<Cell>(sumW.length);
  for (let c = 0; c < sumW.length; c++) out[c] = sumW[c] > 0 ? sumDiff[c] / sumW[c] : "";
  return [out];
}

/** Pearson r of each item with overall (pairwise complete); "" for an item without answers. */
export function pearsonCells(items: readonly (readonly Answer[])[], overall: readonly Answer[]): Cell[][] {
  const k = items[0].length;
  const out: Cell[] = [];
  for (let c = 0; c < k; c++) {
    const x = columnOf(items, c);
    if (x.every((v) => v === null)) {
      out.push("");
      continue;
    }
    out.push(
      attributeCell(() => {
        try {
          return pearson(x, overall);
        } catch (e) {
          throw atColumn(e, c + 1);
        }
      }),
    );
  }
  return [out];
}

/** The attributes with both an importance and a performance value, as index and value lists. */
function paired(importance: Profile, performance: Profile): { index: number[]; imp: number[]; perf: number[] } {
  const index: number[] = [];
  const imp: number[] = [];
  const perf: number[] = [];
  importance.means.forEach((i, k) => {
    const p = performance.means[k];
    if (i === null || p === null) return;
    index.push(k);
    imp.push(i);
    perf.push(p);
  });
  if (index.length === 0) {
    throw new CsError("div0", "noPairedAttributes");
  }
  return { index, imp, perf };
}

/** One row of K cells: the paired attributes' values in place, "" elsewhere. */
function scatter(k: number, index: readonly number[], values: readonly Cell[]): Cell[][] {
  const row = new Array<Cell>(k).fill("");
  index.forEach((at, j) => {
    row[at] = values[j];
  });
  return [row];
}

const midpoint = (s: Scale): number => (s.min + s.max) / 2;

/**
 * Quadrant name per attribute, in `lang` (default English). Crosshair: mean or median of the
 * attributes' values (per axis), the midpoint of each axis's scale, or one number for both axes;
 * on a line counts as high.
 */
export function ipaCells(importance: Profile, performance: Profile, mode: CrosshairMode, lang: ReportLanguage = "en"): Cell[][] {
  const names = quadrantNames(lang);
  const { index, imp, perf } = paired(importance, performance);
  const c = mode === "midpoint" ? { importance: midpoint(importance.scale), performance: midpoint(performance.scale) } : crosshairOf(imp, perf, mode);
  return scatter(
    importance.means.length,
    index,
    imp.map((i, j) => names[quadrantOf(i, perf[j], c)]),
  );
}

/** Improvement priority per attribute, importance normalised over the attributes with both values. */
export function priorityCells(importance: Profile, performance: Profile, scale: Scale): Cell[][] {
  const { index, imp, perf } = paired(importance, performance);
  const scores = priorityScores(imp, perf, scaleOptions(scale));
  return scatter(importance.means.length, index, scores);
}

// Key drivers (CS.DRIVERS, issue #13).

export const DRIVER_OUTPUTS = ["share", "weight", "r2", "ci_low", "ci_high", "table"] as const;
export type DriverOutput = (typeof DRIVER_OUTPUTS)[number];
/** The table's header and footer labels: the output names users type, the same in every language. */
const DRIVER_TABLE_HEADER = ["item", "weight", "share", "ci_low", "ci_high"];

/**
 * CS.DRIVERS results: "weight" / "share" / "ci_low" / "ci_high" one row of K values; "r2" one
 * number; "table" a header row (item, weight, share, ci_low, ci_high), one row per item (its
 * column number in the range, then the values) and a footer row stating the n used and R²
 * (n, count, r2, R²). The intervals are the engine's percentile bootstrap of the raw weights
 * (1,000 resamples, fixed seed), computed only for the outputs that show them.
 */
export function driverCells(items: Matrix, overall: readonly Answer[], method: DriverMethod, output: DriverOutput, weights?: CaseWeights): Cell[][] {
  const options = { method, weights };
  if (output === "weight" || output === "share" || output === "r2") {
    const fit = keyDrivers(items, overall, options);
    return output === "r2" ? [[fit.r2]] : [output === "weight" ? fit.weights : fit.shares];
  }
  const fit = keyDriverIntervals(items, overall, options);
  if (output === "ci_low") return [fit.low];
  if (output === "ci_high") return [fit.high];
  return [DRIVER_TABLE_HEADER, ...fit.weights.map((w, j) => [j + 1, w, fit.shares[j], fit.low[j], fit.high[j]]), ["n", fit.n, "r2", fit.r2, ""]];
}
