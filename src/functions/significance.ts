/**
 * CS.SIGTEST and CS.PADJUST (issue #13): their option and output tables, and their bodies. The
 * groups are read here, not by convert.ts, because the reading depends on the measure: ratings
 * on the scale detected from both groups together (mean, top-box) or 0–10 scores (NPS).
 */
import { vectorMoments } from "../engine/describe";
import { CsError, isCsError } from "../engine/errors";
import { levelCounts } from "../engine/levels";
import { npsCounts } from "../engine/nps";
import { adjustPValues, npsTest, proportionTest, welchTest, P_ADJUST_METHODS, type PAdjustMethod, type TestResult } from "../engine/significance";
import { numberFromText } from "../survey/labels";
import { displayValue, parseMatrix, parseNpsScore, ratingParser, type CellParser } from "../survey/parse";
import { detectRatingScaleOf } from "../survey/scale";
import type { Answer, Scale } from "../survey/types";
import { inArgument } from "./errors";
import { isNoValueCell, vectorOf, type Range } from "./ranges";
import type { Cell } from "./results";

export const SIGTEST_MEASURES = ["mean", "nps", "topbox"] as const;
export type SigTestMeasure = (typeof SIGTEST_MEASURES)[number];

/** The outputs of CS.SIGTEST; "table" is the header row and one row of the other five, in this order. */
export const SIGTEST_OUTPUTS = ["p", "statistic", "df", "diff", "se", "table"] as const;
export type SigTestOutput = (typeof SIGTEST_OUTPUTS)[number];

export const PADJUST_METHODS: readonly PAdjustMethod[] = P_ADJUST_METHODS;

/** How many top levels CS.SIGTEST's "topbox" counts (the top-2 boxes, as CS.TOPBOX's default). */
const TOP_BOXES = 2;

const ARGUMENT = { A: "group_a", B: "group_b" } as const;

/** One group's answers, parsed by `parse`; a reading error names the argument. */
function answersOf(range: Range, parse: CellParser<Answer>, name: string): Answer[] {
  try {
    return vectorOf(parseMatrix(range, parse), "answers");
  } catch (e) {
    throw inArgument(e, name);
  }
}

/** The top-box successes and size of a group on an integer scale. */
function topBoxOf(values: readonly Answer[], scale: Scale, name: string): { top: number; n: number } {
  let counts: number[];
  try {
    counts = levelCounts(values, scale.min, scale.max);
  } catch (e) {
    throw inArgument(e, name);
  }
  const n = counts.reduce((s, c) => s + c, 0);
  const boxes = Math.min(TOP_BOXES, counts.length);
  const top = counts.slice(counts.length - boxes).reduce((s, c) => s + c, 0);
  return { top, n };
}

/** The test of `measure` on the two groups. Engine errors about a group name its argument. */
export function sigTest(a: Range, b: Range, measure: SigTestMeasure): TestResult {
  try {
    if (measure === "nps") {
      return npsTest(npsCounts(answersOf(a, parseNpsScore, ARGUMENT.A)), npsCounts(answersOf(b, parseNpsScore, ARGUMENT.B)));
    }
    const scale = detectRatingScaleOf([a, b]);
    const parse = ratingParser(scale);
    const xa = answersOf(a, parse, ARGUMENT.A);
    const xb = answersOf(b, parse, ARGUMENT.B);
    if (measure === "mean") return welchTest(vectorMoments(xa), vectorMoments(xb));
    const ta = topBoxOf(xa, scale, ARGUMENT.A);
    const tb = topBoxOf(xb, scale, ARGUMENT.B);
    return proportionTest(ta.top, ta.n, tb.top, tb.n);
  } catch (e) {
    const group = isCsError(e) && e.argument === undefined ? e.params.group : undefined;
    throw group === "A" || group === "B" ? inArgument(e, ARGUMENT[group]) : e;
  }
}

/** CS.SIGTEST's cells: one value, or for "table" the header row and one row of values. */
export function sigTestCells(a: Range, b: Range, measure: SigTestMeasure, output: SigTestOutput): Cell[][] {
  const r = sigTest(a, b, measure);
  const values: Record<Exclude<SigTestOutput, "table">, Cell> = { p: r.p, statistic: r.statistic, df: r.df ?? "", diff: r.diff, se: r.se };
  if (output === "table") {
    const keys = SIGTEST_OUTPUTS.filter((o): o is Exclude<SigTestOutput, "table"> => o !== "table");
    return [keys.slice(), keys.map((k) => values[k])];
  }
  if (output === "df" && r.df === null) throw new CsError("na", "sigNoDf", { measure });
  return [[values[output]]];
}

/** One p-value cell: blank → null, a number (or numeric text) in [0, 1], else CsError naming the cell. */
function pValueOf(cell: unknown, row: number, column: number): number | null {
  if (isNoValueCell(cell)) return null;
  const x = typeof cell === "number" ? cell : typeof cell === "string" ? numberFromText(cell) : NaN;
  if (Number.isNaN(x) && typeof cell !== "number") throw new CsError("value", "textNotANumber", { value: displayValue(cell) }, { row, column });
  if (!(x >= 0 && x <= 1)) throw new CsError("num", "badPValue", { value: displayValue(cell) }, { row, column });
  return x;
}

/** CS.PADJUST's cells: the adjusted p-values in the range's shape, blanks as "". */
export function pAdjustCells(range: Range, method: PAdjustMethod): Cell[][] {
  const parsed = range.map((row, r) => row.map((cell, c) => pValueOf(cell, r + 1, c + 1)));
  const raw: number[] = [];
  for (const row of parsed) for (const p of row) if (p !== null) raw.push(p);
  const adjusted = adjustPValues(raw, method);
  let k = 0;
  return parsed.map((row) => row.map((p) => (p === null ? "" : adjusted[k++])));
}
