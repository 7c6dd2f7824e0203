/**
 * CS.KANO's options beyond the 5-point evaluation (src/engine/kanoOptions.ts): the 3-point short
 * form, dropping respondents with more than max_questionable Q answers, and the continuous
 * (DuMouchel) scores with self-stated importance. Answers in, rows of cells out (attributes in
 * input order); an attribute without answers is "" as in every Kano output.
 */
import { CsError } from "../engine/errors";
import { kanoPairCountsMatrix, type KanoAnswer } from "../engine/kano";
import { kanoContinuousScores, kanoDropQuestionable, kanoShortFormMatrix } from "../engine/kanoOptions";
import { parseMatrix, ratingParser } from "../survey/parse";
import { detectRatingScaleOf } from "../survey/scale";
import type { Answer } from "../survey/types";
import { inArgument } from "./errors";
import { kanoCells, kanoCellsFromPairs, KANO_OUTPUTS } from "./outputs";
import type { Cell } from "./results";

/** KANO's outputs: the 5-point ones, "continuous" (K rows: functional, dysfunctional[, importance]) and "importance". */
export const KANO_OPTION_OUTPUTS = [...KANO_OUTPUTS, "continuous", "importance"] as const;
export type KanoOptionOutput = (typeof KANO_OPTION_OUTPUTS)[number];

/** max_questionable when omitted: no respondent can have more Q answers (stp25kano's rm_Q = Inf). */
export const NO_MAX_QUESTIONABLE = Number.MAX_SAFE_INTEGER;

export interface KanoOptions {
  readonly output: KanoOptionOutput;
  readonly threshold: number;
  readonly maxQuestionable: number;
  readonly scalePoints: number;
  /** Self-stated importance, the raw range (one column per attribute), or undefined. */
  readonly importance?: readonly (readonly unknown[])[];
}

type KanoRows = readonly (readonly (KanoAnswer | null)[])[];

/** The importance range read on its own scale (detected from its numbers), the same shape as the answers. */
function readImportance(raw: readonly (readonly unknown[])[], rows: number, cols: number): Answer[][] {
  if (raw.length !== rows || raw[0].length !== cols) {
    throw new CsError("value", "argumentShapeMismatch", {
      first: "importance",
      firstRows: raw.length,
      firstColumns: raw[0].length,
      second: "functional",
      secondRows: rows,
      secondColumns: cols,
    });
  }
  try {
    return parseMatrix(raw, ratingParser(detectRatingScaleOf([raw])));
  } catch (e) {
    throw inArgument(e, "importance");
  }
}

/**
 * KANO with its options. scale_points 3: the answers (already read as 1 like, 2 neutral, 3
 * dislike) are mapped onto the 5-point table. max_questionable given: respondents with more Q
 * answers are dropped first, and "counts"/"table" gain a last column N (the respondents used).
 */
export function kanoOptionCells(functional: KanoRows, dysfunctional: KanoRows, o: KanoOptions): Cell[][] {
  if (o.scalePoints !== 3 && o.scalePoints !== 5) throw new CsError("num", "badKanoScalePoints", { value: o.scalePoints });
  const cols = functional[0]?.length ?? 0;
  let f: KanoRows = o.scalePoints === 3 ? kanoShortFormMatrix(functional) : functional;
  let d: KanoRows = o.scalePoints === 3 ? kanoShortFormMatrix(dysfunctional) : dysfunctional;
  let importance = o.importance === undefined ? undefined : readImportance(o.importance, functional.length, cols);
  const filtering = o.maxQuestionable !== NO_MAX_QUESTIONABLE;
  if (filtering) {
    const kept = kanoDropQuestionable(f, d, o.maxQuestionable);
    const pick = <T>(m: readonly T[]): T[] => kept.rows.map((r) => m[r - 1]);
    [f, d] = [pick(f), pick(d)];
    if (importance !== undefined) importance = pick(importance);
  }
  if (o.output === "continuous" || o.output === "importance") {
    if (o.output === "importance" && importance === undefined) throw new CsError("value", "kanoImportanceNeeded", { output: "importance" });
    const scores = f.length === 0 ? new Array<null>(cols).fill(null) : kanoContinuousScores(f, d, { importance });
    if (o.output === "importance") return [scores.map((s) => s?.importance ?? "")];
    return scores.map((s) => {
      const row: Cell[] = s === null ? ["", ""] : [s.functional, s.dysfunctional];
      if (importance !== undefined) row.push(s?.importance ?? "");
      return row;
    });
  }
  if (!filtering) return kanoCells(f, d, o.output, o.threshold);
  const pairs = f.length === 0 ? new Float64Array(cols * 25) : kanoPairCountsMatrix(f, d);
  const cells = kanoCellsFromPairs(pairs, o.output, o.threshold);
  if (o.output !== "counts" && o.output !== "table") return cells;
  // N = A + O + M + I + R + Q of the kept respondents (the first six cells of each row).
  return cells.map((row) => [...row, (row.slice(0, 6) as number[]).reduce((a, b) => a + b, 0)]);
}
