/**
 * Segments sheet: per value of the segment column n, CSI (same items and weights as the Summary)
 * and NPS (when a recommend column exists), ranked by CSI (NPS when there are no ratings), with
 * the all-respondent row below. Each measure carries its 95% margin (CSI: the Summary's interval
 * over the segment's rows; NPS: the engine's margin of error) and a segment with fewer than
 * SMALL_SEGMENT answers behind a figure shown carries a caution (a value). Formulas: rank = RANK(value, column) (LibreOffice and Excel both
 * know RANK; descending); the flag names a segment whose ranked measure differs significantly
 * from the rest (adjusted p < 0.05, segmentTests.ts) — a difference that may be noise is not
 * flagged (issue #13). Chart: bars of the ranked measure. Below them, each segment against the rest
 * of the sample, with the significant differences in words (segmentsSignificance.ts).
 */
import { cellAddress } from "./a1";
import { format, formatNumber, type ReportStrings } from "../i18n/report";
import { SMALL_SEGMENT, type Analysis, type SegmentRow } from "./analysis";
import { FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import { PALETTE } from "./theme";
import { segmentTestsMethod, writeSegmentTests } from "./segmentsSignificance";

/** The measure the segments are ranked by, or undefined when there is none. */
export function segmentMeasure(a: Analysis): "csi" | "nps" | undefined {
  if (a.csi !== undefined) return "csi";
  if (a.nps !== undefined) return "nps";
  return undefined;
}

/** The flag of a segment: its ranked measure significantly below or above the rest, else none. */
function flagOf(r: SegmentRow, measure: "csi" | "nps", T: ReportStrings["segments"]): string | null {
  const test = r.tests.find((x) => x.measure === measure);
  if (!test?.significant) return null;
  return test.segment < test.rest ? T.significantlyBelow : T.significantlyAbove;
}

export function buildSegments(a: Analysis, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const T = t.segments;
  const seg = a.segments!;
  const measure = segmentMeasure(a)!;
  const measureName = measure === "csi" ? T.headers.csi : T.headers.nps;
  const params = { segment: seg.name, measure: measureName, min: formatNumber(t, SMALL_SEGMENT) };
  const d = startSheet("segments", format(T.title, params), [...T.method.map((m) => format(m, params)), ...segmentTestsMethod(a, seg.rows, t)], a, ctx);

  const value = (r: SegmentRow): number | null => (measure === "csi" ? r.csi : r.nps);
  const rows = [...seg.rows].sort((x, y) => {
    const vx = value(x);
    const vy = value(y);
    if (vx === null || vy === null) return vx === null ? (vy === null ? 0 : 1) : -1;
    return vy - vx || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0);
  });
  const defined = rows.filter((r) => value(r) !== null).length;
  const hasCsi = a.csi !== undefined;
  const hasNps = a.nps !== undefined;
  // A segment is small when fewer than SMALL_SEGMENT answers stand behind a figure it shows.
  const small = (r: SegmentRow): boolean =>
    (hasCsi && r.csi !== null && (r.csiAnswers ?? 0) < SMALL_SEGMENT) || (hasNps && r.nps !== null && (r.npsAnswers ?? 0) < SMALL_SEGMENT);
  const hasCaution = rows.some(small);
  type Column = "segment" | "n" | "csi" | "csiMargin" | "nps" | "npsMargin" | "rank" | "flag" | "caution";
  const columns: Column[] = ["segment", "n"];
  if (hasCsi) columns.push("csi", "csiMargin");
  if (hasNps) columns.push("nps", "npsMargin");
  columns.push("rank", "flag");
  if (hasCaution) columns.push("caution");
  const used = new Set(Object.values(T.headers));
  const first = seg.name.trim() !== "" && !used.has(seg.name) ? seg.name : T.segmentHeader;
  const headers = columns.map((c) => (c === "segment" ? first : T.headers[c]));
  const cN = columns.indexOf("n");
  const cCsi = columns.indexOf("csi");
  const cCsiMargin = columns.indexOf("csiMargin");
  const cNps = columns.indexOf("nps");
  const cNpsMargin = columns.indexOf("npsMargin");
  const cMeasure = measure === "csi" ? cCsi : cNps;
  const cRank = columns.indexOf("rank");
  const cFlag = columns.indexOf("flag");
  const cCaution = columns.indexOf("caution");
  const marginFormat = `"± "${FMT.index}`;

  const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, headers.length);
  const totalRow = d.allocate(1);
  const ranked = defined > 0 ? g.colRange(cMeasure, true, 0, defined - 1) : "";
  const chartBottom = defined > 0 ? g.top + Math.max(rows.length + 3, 16) : 0;

  const body = rows.map((r, i): CellInput[] => {
    const out: CellInput[] = new Array<CellInput>(headers.length).fill(null);
    out[0] = r.value;
    out[cN] = val(r.rows, FMT.integer);
    if (cCsi >= 0) out[cCsi] = val(r.csi, FMT.index);
    if (cCsiMargin >= 0) out[cCsiMargin] = val(r.csi === null ? null : r.csiMargin, marginFormat);
    if (cNps >= 0) out[cNps] = val(r.nps, FMT.index);
    if (cNpsMargin >= 0) out[cNpsMargin] = val(r.nps === null ? null : r.npsMargin, marginFormat);
    if (cCaution >= 0 && small(r)) out[cCaution] = `⚠ ${format(T.smallSegment, params)}`;
    const v = value(r);
    if (v !== null) {
      const here = g.cell(i, cMeasure);
      const rank = 1 + rows.slice(0, defined).filter((o) => (value(o) as number) > v).length;
      out[cRank] = fx(`=RANK(${here},${ranked})`, rank, FMT.integer);
      out[cFlag] = flagOf(r, measure, T);
    }
    return out;
  });
  d.table(tableName("Segments"), g, headers, body, undefined, { center: [cRank, cFlag] });
  const totals: CellInput[] = new Array<CellInput>(headers.length).fill(null);
  totals[0] = T.allRespondents;
  totals[cN] = val(a.stats.rows, FMT.integer);
  if (cCsi >= 0) totals[cCsi] = val(a.csi ?? null, FMT.index);
  if (cCsiMargin >= 0) totals[cCsiMargin] = val(a.csiMargin ?? null, marginFormat);
  if (cNps >= 0) totals[cNps] = val(a.nps?.nps ?? null, FMT.index);
  if (cNpsMargin >= 0) totals[cNpsMargin] = val(a.nps?.marginOfError ?? null, marginFormat);
  d.write(totalRow, 1, [totals], "emphasis", { align: headers.map((_, c) => (c === cRank || c === cFlag ? "center" : null)) });
  if (defined > 0) {
    const measureRange = g.colRange(cMeasure, false, 0, defined - 1);
    d.conditionalFormat(g.colRange(cFlag), { type: "textContains", text: T.significantlyBelow, fill: PALETTE.badFill, fontColor: PALETTE.badFont });
    d.conditionalFormat(g.colRange(cFlag), { type: "textContains", text: T.significantlyAbove, fill: PALETTE.goodFill, fontColor: PALETTE.goodFont });
    d.chart({
      name: "SegmentsChart",
      type: "barClustered",
      title: format(T.chart, params),
      series: [{ name: measureName, values: measureRange, categories: g.colRange(0, false, 0, defined - 1), color: PALETTE.seriesBlue }],
      from: cellAddress(g.top, headers.length + 2),
      to: cellAddress(chartBottom, headers.length + 10),
      yAxis: { title: measureName, numberFormat: "0" },
      legend: "none",
    });
  }
  d.columnWidths(
    headers.map((h, c) =>
      c === 0
        ? fitWidth([first, T.allRespondents, ...rows.map((r) => r.value)], 14, 40)
        : c === cFlag
          ? fitWidth([h, T.significantlyBelow, T.significantlyAbove], 12, 30)
          : c === cCaution
            ? fitWidth([h, `⚠ ${format(T.smallSegment, params)}`], 12, 30)
            : fitWidth([h], 10, 20),
    ),
  );
  writeSegmentTests(d, rows, t, first, chartBottom);
  return d.build();
}
