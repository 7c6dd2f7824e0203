/**
 * Gap sheet: per attribute the mean expectation E and perception P over the respondents who
 * answered both (values) and Gap = P − E (formula, = the engine's pairwise mean of P − E); the
 * overall gap = AVERAGE of the attribute gaps (formula, engine overallGap). With exactly 22 items
 * the SERVQUAL dimensions (AVERAGE over each dimension's item gaps) and the unweighted score
 * (AVERAGE of the dimension gaps) follow. Chart: clustered bars of the gaps.
 */
import { dimensionGaps, overallGap, SERVQUAL_DIMENSIONS, servqualScore } from "../engine/gap";
import { formatList } from "../i18n/format";
import { format, formatNumber, reportLanguageOf } from "../i18n/report";
import { cellAddress, rangeAddress } from "./a1";
import type { Analysis } from "./analysis";
import { FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import { PALETTE } from "./theme";

/** Attribute indexes on the Gap sheet (expectation/perception pairs answered). */
export function gapAttributes(a: Analysis): number[] {
  return a.stats.attributes.map((_, i) => i).filter((i) => a.gaps[i] !== undefined);
}

export function buildGap(a: Analysis, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const G = t.gap;
  const items = gapAttributes(a);
  const attrs = a.stats.attributes;
  const scales = [
    ...new Set(
      items.flatMap((i) =>
        [attrs[i].scales.expectation, attrs[i].scales.perception]
          .filter((s) => s !== undefined)
          .map((s) => `${formatNumber(t, s!.min)}–${formatNumber(t, s!.max)}`),
      ),
    ),
  ];
  const servqual = items.length === 22;
  const method = [...G.method.map((m) => format(m, { scale: formatList(scales, reportLanguageOf(t)) })), ...(servqual ? [G.servqualMethod] : [])];
  const d = startSheet("gap", G.title, method, a, ctx);
  const names = items.map((i) => attrs[i].name);
  const g = d.geom(d.allocate(items.length + 1), 1, items.length, 5);
  const gaps = items.map((i) => a.gaps[i] as number);
  const rows = items.map((i, r): CellInput[] => {
    const s = attrs[i].gap!;
    return [
      names[r],
      val(s.expectation.sum / s.expectation.sumW, FMT.mean),
      val(s.perception.sum / s.perception.sumW, FMT.mean),
      fx(`=${g.cell(r, 2)}-${g.cell(r, 1)}`, gaps[r], FMT.mean),
      val(s.gap.n, FMT.integer),
    ];
  });
  d.table(tableName("Gap"), g, G.headers, rows);
  d.conditionalFormat(g.colRange(3), { type: "cellValue", operator: "lessThan", formula1: "0", fill: PALETTE.badFill, fontColor: PALETTE.badFont });
  d.conditionalFormat(g.colRange(3), { type: "cellValue", operator: "greaterThan", formula1: "0", fill: PALETTE.goodFill, fontColor: PALETTE.goodFont });

  const og = d.geom(d.allocate(2), 1, 1, 2);
  d.table(tableName("Gap", "Overall"), og, G.overallHeaders, [[G.overall, fx(`=AVERAGE(${g.colRange(3)})`, overallGap(gaps), FMT.mean)]], "TableStyleLight9");

  if (servqual) {
    const dims = dimensionGaps(gaps);
    const sg = d.geom(d.allocate(SERVQUAL_DIMENSIONS.length + 2), 1, SERVQUAL_DIMENSIONS.length + 1, 3);
    const col = g.column(3);
    const dimRows = SERVQUAL_DIMENSIONS.map((dim, j): CellInput[] => {
      const from = dim.items[0];
      const to = dim.items[dim.items.length - 1];
      return [G.dimensions[dim.name], `${from + 1}–${to + 1}`, fx(`=AVERAGE(${rangeAddress(g.first + from, col, g.first + to, col)})`, dims[j], FMT.mean)];
    });
    dimRows.push([G.servqualScore, null, fx(`=AVERAGE(${sg.colRange(2, false, 0, SERVQUAL_DIMENSIONS.length - 1)})`, servqualScore(dims), FMT.mean)]);
    d.table(tableName("Gap", "Servqual"), sg, G.servqualHeaders, dimRows, "TableStyleLight9");
  }

  d.chart({
    name: "GapChart",
    type: "barClustered",
    title: G.chart,
    series: [{ name: G.headers[3], values: g.colRange(3), categories: g.colRange(0), color: PALETTE.seriesRed }],
    from: cellAddress(g.top, 7),
    to: cellAddress(g.top + Math.max(items.length + 2, 18), 15),
    yAxis: { title: G.axis, numberFormat: "0.0" },
    legend: "none",
  });
  d.columnWidths([fitWidth([G.headers[0], G.overall, G.servqualScore, ...names], 14, 44), 14, 14, 14, 14]);
  return d.build();
}
