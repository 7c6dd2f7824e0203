/**
 * Kano sheet: per feature the category counts A, O, M, I, R, Q (values), the category (value:
 * the engine's threshold rule), and as formulas over the counts: N = SUM, Better = (A+O)/(A+O+M+I),
 * Worse = −(O+M)/(A+O+M+I), |Worse| = ABS(Worse), total strength = (A+O+M)/N, category strength =
 * (LARGE(…,1) − LARGE(…,2))/N, Fong significant = IF(|a−b| ≥ 1.65·√((a+b)(2N−a−b)/(2N)), yes, no).
 * Chart: scatter of Better (y) against |Worse| (x), axes 0–1 crossing at 0.5, labels = features,
 * about as wide as tall, below the table, with a guide to its quadrants beside it. Then the
 * self-stated importance when the survey has it (kanoImportance.ts), the continuous (DuMouchel)
 * scores and their chart (kanoContinuous.ts), and Kano by segment (kanoSegments.ts).
 */
import { KANO_CATEGORIES, type KanoCategory } from "../engine/kano";
import { cellAddress, formulaText } from "./a1";
import type { Analysis } from "./analysis";
import { countFormat, FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import { writeKanoContinuous } from "./kanoContinuous";
import { writeKanoImportance } from "./kanoImportance";
import { kanoBySegment, kanoSegmentWidths, writeKanoSegments } from "./kanoSegments";
import { PALETTE } from "./theme";
import { format } from "../i18n/report";

const CATEGORY_FILL: Record<KanoCategory, string> = {
  A: PALETTE.goodFill,
  O: PALETTE.headerFill,
  M: PALETTE.lightOrange,
  I: PALETTE.lightGrey,
  R: PALETTE.badFill,
  Q: PALETTE.neutralFill,
};

/** Attribute indexes shown on the Kano sheet (features with a usable Kano result). */
export function kanoFeatures(a: Analysis): number[] {
  return a.stats.attributes.map((_, i) => i).filter((i) => a.kano[i] !== undefined);
}

export function buildKano(a: Analysis, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const K = t.kano;
  // Respondents dropped as inconsistent (ReportOptions.kanoMaxQuestionable): the count and the rule.
  const maxQ = a.stats.layout.kanoMaxQuestionable;
  const dropped = maxQ === undefined ? [] : [format(K.droppedQuestionable, { max: maxQ, count: a.stats.kanoDropped ?? 0 })];
  const d = startSheet("kano", K.title, [...K.method, ...dropped, ...K.continuousMethod], a, ctx);
  const features = kanoFeatures(a);
  const names = features.map((i) => a.stats.attributes[i].name);
  const g = d.geom(d.allocate(features.length + 1), 1, features.length, 15);
  const cf = countFormat(a);
  const rows = features.map((i, r): CellInput[] => {
    const res = a.kano[i]!;
    const c = (col: number): string => g.cell(r, col);
    const [A, O, M, I] = [c(1), c(2), c(3), c(4)];
    const N = c(7);
    const counts = `${c(1)}:${c(6)}`;
    const first = `LARGE(${counts},1)`;
    const second = `LARGE(${counts},2)`;
    const core = `(${A}+${O}+${M}+${I})`;
    const fong =
      `=IF(ABS(${first}-${second})>=1.65*SQRT((${first}+${second})*(2*${N}-${first}-${second})/(2*${N})),` + `${formulaText(t.yes)},${formulaText(t.no)})`;
    return [
      names[r],
      ...KANO_CATEGORIES.map((k) => val(res.counts[k], cf)),
      fx(`=SUM(${counts})`, res.n, cf),
      t.kanoCategories[res.category],
      fx(`=(${A}+${O})/${core}`, res.better, FMT.ratio),
      fx(`=-(${O}+${M})/${core}`, res.worse, FMT.ratio),
      fx(`=ABS(${c(10)})`, Math.abs(res.worse), FMT.ratio),
      fx(`=(${A}+${O}+${M})/${N}`, res.totalStrength, FMT.share),
      fx(`=(${first}-${second})/${N}`, res.categoryStrength, FMT.share),
      fx(fong, res.fong.significant ? t.yes : t.no),
    ];
  });
  d.table(tableName("Kano"), g, K.headers, rows, undefined, { center: [8, 14] });
  for (const k of KANO_CATEGORIES) {
    d.conditionalFormat(g.colRange(8), { type: "textContains", text: t.kanoCategories[k], fill: CATEGORY_FILL[k] });
  }
  const widths = [
    fitWidth([K.headers[0], ...names], 14, 40),
    8,
    8,
    8,
    8,
    8,
    8,
    9,
    fitWidth([K.headers[8], ...Object.values(t.kanoCategories)], 12, 24),
    10,
    10,
    10,
    14,
    16,
    14,
  ];
  const segmentRows = kanoBySegment(a, features);
  const bySegment = kanoSegmentWidths(a, segmentRows);
  if (bySegment) [widths[1], widths[3]] = [Math.max(widths[1], bySegment.feature), Math.max(widths[3], bySegment.category)];
  d.columnWidths(widths);
  // The chart about as wide as tall (columns up to ~80 characters, 24 rows); the reading guide beside it.
  const chartRows = 24;
  const chartTop = d.allocate(chartRows);
  let chartRight = 1;
  for (let w = widths[0]; chartRight < widths.length && w + widths[chartRight] <= 80; chartRight++) w += widths[chartRight];
  const guideCol = chartRight + 2;
  d.write(
    chartTop + 1,
    guideCol,
    K.chartGuide.map((line) => [line]),
    "note",
    { span: Math.max(1, widths.length - guideCol + 1) },
  );
  d.chart({
    name: "KanoChart",
    type: "xyScatter",
    title: K.chart,
    series: [
      {
        name: K.yAxis,
        values: g.colRange(9),
        categories: g.colRange(11),
        pointLabels: g.colRange(0),
        color: PALETTE.seriesBlue,
      },
    ],
    from: cellAddress(chartTop, 1),
    to: cellAddress(chartTop + chartRows - 1, chartRight),
    xAxis: { title: K.xAxis, min: 0, max: 1, crossesAt: 0.5, numberFormat: "0.0" },
    yAxis: { title: K.yAxis, min: 0, max: 1, crossesAt: 0.5, numberFormat: "0.0" },
    legend: "none",
  });
  writeKanoImportance(d, a, ctx, features);
  writeKanoContinuous(d, a, ctx, features, chartRight);
  writeKanoSegments(d, a, ctx, segmentRows);
  return d.build();
}
