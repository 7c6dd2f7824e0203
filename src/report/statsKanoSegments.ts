/**
 * Kano pair tables per segment (issue #14, Kano by segment): the 25-cell table of each Kano feature
 * over one segment's rows, beside the stats.ts accumulator (which calls these two functions).
 * Blank policy: as the whole-sample tables (a pair counts when both answers are given; respondents
 * dropped by kanoMaxQuestionable are left out by the caller).
 */
import { addKanoPair, emptyKanoTable, mergeCountsInto } from "../engine/accumulators/levelCounts";
import type { SegmentStats, StatsCell, SurveyStats } from "./statsTypes";

/** The segment's tables, created on first use (null for a feature without a Kano pair). */
function tablesOf(s: SegmentStats, st: SurveyStats): (number[] | null)[] {
  s.kano ??= st.attributes.map((a) => (a.kano ? emptyKanoTable() : null));
  return s.kano;
}

/** Add one kept respondent's Kano pairs (answers already validated by the caller) to its segment. */
export function addSegmentKano(s: SegmentStats, st: SurveyStats, row: readonly StatsCell[], cols: readonly { kf: number; kd: number }[], w: number): void {
  if (!st.attributes.some((a) => a.kano)) return;
  const tables = tablesOf(s, st);
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    if (!t) continue;
    const f = row[cols[i].kf];
    const d = row[cols[i].kd];
    if (typeof f === "number" && typeof d === "number") addKanoPair(t, f, d, w);
  }
}

/** Merge another accumulator's tables of the same segment into `s`. */
export function mergeSegmentKano(s: SegmentStats, o: SegmentStats, st: SurveyStats): void {
  if (!o.kano) return;
  const tables = tablesOf(s, st);
  o.kano.forEach((t, i) => {
    const into = tables[i];
    if (t && into) mergeCountsInto(into, t);
  });
}
