/**
 * The Summary's Weighting block for a report whose weights were raked to population margins
 * (src/report/raking.ts): what was raked to and from what base, the figures of the weights
 * (Kish's effective n′, the design effect, the range, the sweeps), each margin's target and
 * achieved share, and the method (Deming & Stephan 1940; Kish 1965). Numbers are written as
 * numbers with number formats, so they can be checked and reused.
 */
import { formatList } from "../i18n/format";
import { format } from "../i18n/report";
import { FMT, tableName, type BuildContext } from "./common";
import type { WeightingSummary } from "./raking";
import { val, type CellInput, type SheetDraft } from "./sheet";

/** Weights have no natural unit: three decimals tell 0.412 from 0.415. */
const WEIGHT_FORMAT = "0.000";
const DEFF_FORMAT = "0.00";

/** Writes the Weighting block at the draft's current row: heading, note, figures, margins, method. */
export function writeWeighting(d: SheetDraft, w: WeightingSummary, ctx: BuildContext): void {
  const W = ctx.t.summary.weighting;
  const variables = [...new Set(w.margins.map((m) => m.variable))];
  const base = w.baseColumn === undefined ? W.baseEqual : format(W.baseColumn, { column: w.baseColumn });
  d.lines([W.heading], "emphasis");
  d.lines([format(W.raked, { variables: formatList(variables, ctx.language), base })], "note");
  const figures: CellInput[][] = [
    [W.effectiveN, val(w.effectiveN, FMT.index)],
    [W.designEffect, val(w.designEffect, DEFF_FORMAT)],
    [W.minWeight, val(w.min, WEIGHT_FORMAT)],
    [W.maxWeight, val(w.max, WEIGHT_FORMAT)],
    [W.iterations, val(w.iterations, FMT.integer)],
  ];
  const fg = d.geom(d.allocate(figures.length + 1), 1, figures.length, 2);
  d.table(tableName("Summary", "Weighting"), fg, W.figuresHeaders, figures);
  const rows = w.margins.map((m): CellInput[] => [m.variable, m.category, val(m.target, FMT.share), val(m.achieved, FMT.share)]);
  const mg = d.geom(d.allocate(rows.length + 1), 1, rows.length, 4);
  d.table(tableName("Summary", "Margins"), mg, W.marginsHeaders, rows);
  d.lines([W.method], "note", 1);
}
