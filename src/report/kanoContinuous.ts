/**
 * Kano sheet, continuous view (DuMouchel 1993, in Berger et al. 1993; issue #14): per feature the
 * mean functional score (answers like/must-be/neutral/live-with/dislike → 4/2/0/−1/−2) and the mean
 * dysfunctional score (−2/−1/0/2/4), and their scatter (functional on x, dysfunctional on y, quadrant
 * lines at 2). The means are weighted sums over the 25-cell Kano pair
 * table the statistics already keep (index (f − 1)·5 + (d − 1)), so no pass over the rows is needed.
 */
import { cellAddress } from "./a1";
import type { Analysis } from "./analysis";
import { countFormat, FMT, tableName, type BuildContext } from "./common";
import type { SheetDraft } from "./sheet";
import { val, type CellInput } from "./sheet";
import { PALETTE } from "./theme";

/** Functional score per answer 1..5 (DuMouchel 1993). */
const F_SCORE = [4, 2, 0, -1, -2];
/** Dysfunctional score per answer 1..5 (DuMouchel 1993). */
const D_SCORE = [-2, -1, 0, 2, 4];

/** Mean functional and dysfunctional scores of one feature and the Σw they are over. */
export interface KanoContinuousMeans {
  functional: number;
  dysfunctional: number;
  n: number;
}

/**
 * The continuous scores of a 25-cell Kano pair table (weighted counts of answer pairs).
 * @returns the means, or undefined when the table is empty (nobody answered both questions)
 */
export function kanoContinuousFromTable(table: readonly number[]): KanoContinuousMeans | undefined {
  let n = 0;
  let f = 0;
  let d = 0;
  for (let i = 0; i < 25; i++) {
    const x = table[i] ?? 0;
    n += x;
    f += x * F_SCORE[Math.floor(i / 5)];
    d += x * D_SCORE[i % 5];
  }
  return n > 0 ? { functional: f / n, dysfunctional: d / n, n } : undefined;
}

/** The continuous scores of each feature shown on the Kano sheet (in `features` order). */
export function kanoContinuousRows(a: Analysis, features: readonly number[]): { feature: number; means: KanoContinuousMeans }[] {
  const out: { feature: number; means: KanoContinuousMeans }[] = [];
  for (const i of features) {
    const table = a.stats.attributes[i].kano;
    const means = table ? kanoContinuousFromTable(table) : undefined;
    if (means) out.push({ feature: i, means });
  }
  return out;
}

/**
 * Write the continuous table (Feature, N, mean functional, mean dysfunctional) and its scatter
 * below what the sheet holds so far; the chart spans the columns 1…chartRight.
 */
export function writeKanoContinuous(d: SheetDraft, a: Analysis, ctx: BuildContext, features: readonly number[], chartRight: number): void {
  const K = ctx.t.kano;
  const rows = kanoContinuousRows(a, features);
  if (rows.length === 0) return;
  d.lines([K.continuousHeading], "emphasis", 1);
  const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, 4);
  const cf = countFormat(a);
  const body = rows.map(({ feature, means }): CellInput[] => [
    a.stats.attributes[feature].name,
    val(means.n, cf),
    val(means.functional, FMT.mean),
    val(means.dysfunctional, FMT.mean),
  ]);
  d.table(tableName("KanoContinuous"), g, K.continuousHeaders, body);
  const chartRows = 24;
  const top = d.allocate(chartRows);
  d.chart({
    name: "KanoContinuousChart",
    type: "xyScatter",
    title: K.continuousChart,
    series: [
      {
        name: K.continuousHeaders[3],
        values: g.colRange(3),
        categories: g.colRange(2),
        pointLabels: g.colRange(0),
        color: PALETTE.seriesBlue,
      },
    ],
    from: cellAddress(top, 1),
    to: cellAddress(top + chartRows - 1, Math.max(chartRight, 4)),
    // The whole score range −2…4 on both axes; the quadrant lines at 2, the middle of 0…4 where
    // features usually fall (DuMouchel names no cut-off: a choice, stated in the method note).
    xAxis: { title: K.continuousHeaders[2], min: -2, max: 4, crossesAt: 2, numberFormat: "0" },
    yAxis: { title: K.continuousHeaders[3], min: -2, max: 4, crossesAt: 2, numberFormat: "0" },
    legend: "none",
  });
}
