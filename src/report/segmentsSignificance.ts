/**
 * The Segments sheet's second table (issue #13): each segment's CSI, overall mean, NPS and top-2-box
 * beside the REST of the sample's (the margins), and the differences that are significant after
 * the adjustment, in words ("significantly below the rest: NPS −50.7 vs 12.3, p = 0.003"). The
 * tests are computed in segmentTests.ts; here they are only laid out. Values, not formulas: a
 * p-value has no worksheet formula that both back ends and LibreOffice recompute alike.
 */
import { format, formatFixed, formatP, type ReportStrings } from "../i18n/report";
import type { Analysis, SegmentRow } from "./analysis";
import { FMT, tableName } from "./common";
import { PALETTE } from "./theme";
import { SIGNIFICANCE_LEVEL, TESTED_MEASURES, type SegmentTest, type TestedMeasure } from "./segmentTests";
import { fitWidth, val, type CellInput, type SheetDraft } from "./sheet";

/** Number format and text digits of each measure's value. */
const SHOWN: Record<TestedMeasure, { fmt: string; digits: number }> = {
  csi: { fmt: FMT.index, digits: 1 },
  overall: { fmt: FMT.mean, digits: 2 },
  nps: { fmt: FMT.index, digits: 1 },
  topBox: { fmt: FMT.share, digits: 1 },
};

const fixed = formatFixed;

/** A measure's value as the verdict writes it. */
function valueText(t: ReportStrings, m: TestedMeasure, x: number): string {
  if (m === "topBox") return format(t.segments.tests.percent, { value: fixed(t, 100 * x, SHOWN.topBox.digits) });
  return fixed(t, x, SHOWN[m].digits);
}

const pText = formatP;

/** The verdict of one segment: its significant differences, below the rest first; "" when none. */
export function verdictText(t: ReportStrings, tests: readonly SegmentTest[]): string {
  const T = t.segments.tests;
  const item = (x: SegmentTest): string =>
    format(T.item, {
      measure: T.measures[x.measure],
      value: valueText(t, x.measure, x.segment),
      rest: valueText(t, x.measure, x.rest),
      p: pText(t, x.adjusted),
    });
  const significant = tests.filter((x) => x.significant);
  const below = significant.filter((x) => x.segment < x.rest).map(item);
  const above = significant.filter((x) => x.segment > x.rest).map(item);
  const parts: string[] = [];
  if (below.length) parts.push(format(T.below, { items: below.join(T.separator) }));
  if (above.length) parts.push(format(T.above, { items: above.join(T.separator) }));
  return parts.join(T.separator);
}

/**
 * Write the table from the draft's current row (below everything written so far, and below
 * `clearOf`, the last row of a chart beside the first table). Nothing when no test could be made.
 */
export function writeSegmentTests(d: SheetDraft, rows: readonly SegmentRow[], t: ReportStrings, first: string, clearOf: number): void {
  const T = t.segments.tests;
  const measures = TESTED_MEASURES.filter((m) => rows.some((r) => r.tests.some((x) => x.measure === m)));
  if (measures.length === 0) return;
  if (d.row <= clearOf) d.row = clearOf + 2;
  d.lines([T.title], "emphasis");
  const headers = [first, ...measures.flatMap((m) => [T.headers[m], format(T.headers.rest, { measure: T.headers[m] })]), T.headers.verdict];
  const verdicts = rows.map((r) => verdictText(t, r.tests));
  const body = rows.map((r, i): CellInput[] => {
    const cells: CellInput[] = [r.value];
    for (const m of measures) {
      const x = r.tests.find((y) => y.measure === m);
      cells.push(val(x?.segment ?? null, SHOWN[m].fmt), val(x?.rest ?? null, SHOWN[m].fmt));
    }
    cells.push(verdicts[i] === "" ? null : verdicts[i]); // no verdict: an empty cell (Excel keeps no "" value)
    return cells;
  });
  const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, headers.length);
  d.table(tableName("Segments", "Tests"), g, headers, body);
  const cVerdict = headers.length - 1;
  const belowWords = format(T.below, { items: "" }).replace(/[:：\s]+$/u, "");
  d.conditionalFormat(g.colRange(cVerdict), { type: "textContains", text: belowWords, fill: PALETTE.badFill, fontColor: PALETTE.badFont });
  // The verdict is the last column, so a long one runs on into the empty cells to its right;
  // wider than 40 characters would stretch the chart above it.
  const widths = [...d.columnWidthList];
  while (widths.length < headers.length) widths.push(10);
  widths[cVerdict] = Math.max(widths[cVerdict], fitWidth([T.headers.verdict, ...verdicts], 24, 40));
  d.columnWidths(widths);
}

/** The method lines of the tests (at the sheet's foot), or none when the table is not written. */
export function segmentTestsMethod(a: Analysis, rows: readonly SegmentRow[], t: ReportStrings): string[] {
  if (!rows.some((r) => r.tests.length > 0)) return [];
  const T = t.segments.tests;
  return T.method.map((m) => format(m, { method: T.methods[a.options.pAdjust], level: fixed(t, SIGNIFICANCE_LEVEL, 2) }));
}
