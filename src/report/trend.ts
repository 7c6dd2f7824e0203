/**
 * Trend sheet (issue #13): one row per wave of the period column, earliest first (trendAnalysis.ts
 * computes the figures and tests), with each measure's 95% margin; a line chart of CSI and NPS by
 * wave; the change of each measure against the previous wave and the first — a formula over the
 * wave table's cells (=C9−C8) — and whether it is significant, in words; a compact segment × wave
 * table of the CSI (NPS without CSI) when the survey also has a segment column, a figure with few
 * answers behind it marked "*". Method notes at the foot.
 */
import { cellAddress } from "./a1";
import { format, formatNumber, formatP, type ReportStrings } from "../i18n/report";
import { SMALL_SEGMENT, type Analysis } from "./analysis";
import { FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import { PALETTE } from "./theme";
import { TREND_ALPHA, type Trend, type TrendChange, type TrendMeasure } from "./trendAnalysis";

/** Value and change formats of each measure (top-box is a share). */
const VALUE_FMT: Record<TrendMeasure, string> = { csi: FMT.index, overall: FMT.mean, nps: FMT.index, topBox: FMT.share };
const CHANGE_FMT: Record<TrendMeasure, string> = { csi: "+0.0;-0.0;0.0", overall: "+0.00;-0.00;0.00", nps: "+0.0;-0.0;0.0", topBox: "+0.0%;-0.0%;0.0%" };
const marginFormat = (m: TrendMeasure): string => `"± "${VALUE_FMT[m]}`;

/** "p = 0.012", "p < 0.001": the adjusted p as a manager reads it (one wording with the Segments sheet). */
export const pText = formatP;

/** The words for one tested change. */
export function changeWords(t: ReportStrings, c: TrendChange | undefined): string {
  const T = t.trend;
  if (!c || c.adjustedP === undefined) return T.notTested;
  const p = pText(t, c.adjustedP);
  if (!c.significant) return format(T.notSignificant, { p });
  return format(c.diff > 0 ? T.significantRise : T.significantFall, { p });
}

/** Why the waves are in text order, or undefined when they are in time order. */
export function trendOrderNote(trend: Trend, t: ReportStrings): string | undefined {
  const r = trend.order.reason;
  if (!r) return undefined;
  if (r.type === "unrecognised") return format(t.trend.textOrderUnrecognised, { value: r.value });
  return format(t.trend.textOrderMixed, { first: t.trend.kinds[r.kinds[0]], second: t.trend.kinds[r.kinds[1]] });
}

export function buildTrend(a: Analysis, trend: Trend, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const T = t.trend;
  const params = { period: trend.name, min: formatNumber(t, SMALL_SEGMENT), alpha: formatNumber(t, TREND_ALPHA, 2) };
  const d = startSheet(
    "trend",
    format(T.title, params),
    T.method.map((m) => format(m, params)),
    a,
    ctx,
  );
  const orderNote = trendOrderNote(trend, t);
  if (orderNote) d.lines([orderNote], "warning", 1);

  // Wave table: wave, n, then value and margin of each measure present.
  const ms = trend.measures;
  const waves = trend.waves;
  const first = trend.name.trim() !== "" ? trend.name : T.waveHeader;
  const marginHeader: Record<TrendMeasure, string> = {
    csi: T.headers.csiMargin,
    overall: T.headers.overallMargin,
    nps: T.headers.npsMargin,
    topBox: T.headers.topBoxMargin,
  };
  const headers = [first, T.headers.n, ...ms.flatMap((m) => [T.headers[m], marginHeader[m]])];
  const col = (m: TrendMeasure): number => 2 + 2 * ms.indexOf(m);
  const g = d.geom(d.allocate(waves.length + 1), 1, waves.length, headers.length);
  const body = waves.map((w): CellInput[] => [
    w.label,
    val(w.rows, FMT.integer),
    ...ms.flatMap((m) => {
      const f = w.figures[m];
      return [val(f ? f.value : null, VALUE_FMT[m]), val(f ? f.margin : null, marginFormat(m))];
    }),
  ]);
  d.table(tableName("Trend"), g, headers, body);

  const charted = (["csi", "nps"] as const).filter((m) => ms.includes(m));
  if (charted.length > 0) {
    const colors = { csi: PALETTE.seriesBlue, nps: PALETTE.seriesRed };
    d.chart({
      name: "TrendChart",
      type: "line",
      title: T.chart,
      series: charted.map((m) => ({ name: T.measures[m], values: g.colRange(col(m)), categories: g.colRange(0), color: colors[m] })),
      from: cellAddress(g.top, headers.length + 2),
      to: cellAddress(g.top + Math.max(waves.length + 3, 16), headers.length + 10),
      yAxis: { numberFormat: "0" },
      legend: "bottom",
    });
  }

  // Change table: one row per later wave and measure.
  const changeRows: CellInput[][] = [];
  const find = (m: TrendMeasure, i: number, j: number): TrendChange | undefined =>
    trend.changes.find((c) => c.measure === m && c.wave === i && c.against === j);
  const delta = (m: TrendMeasure, i: number, j: number): CellInput => {
    const c = find(m, i, j);
    return c ? fx(`=${g.cell(i, col(m))}-${g.cell(j, col(m))}`, c.diff, CHANGE_FMT[m]) : null;
  };
  for (let i = 1; i < waves.length; i++) {
    for (const m of ms) {
      if (!find(m, i, 0)) continue;
      changeRows.push([waves[i].label, T.measures[m], delta(m, i, i - 1), changeWords(t, find(m, i, i - 1)), delta(m, i, 0), changeWords(t, find(m, i, 0))]);
    }
  }
  const H = T.changeHeaders;
  const changeHeaders = [first, H.measure, H.vsPrevious, H.previousTest, H.vsFirst, H.firstTest];
  if (changeRows.length > 0) {
    d.lines([T.changeHeading], "emphasis");
    const cg = d.geom(d.allocate(changeRows.length + 1), 1, changeRows.length, changeHeaders.length);
    d.table(tableName("Trend", "Change"), cg, changeHeaders, changeRows);
    for (const c of [3, 5]) {
      d.conditionalFormat(cg.colRange(c), { type: "textContains", text: prefix(T.significantFall), fill: PALETTE.badFill, fontColor: PALETTE.badFont });
      d.conditionalFormat(cg.colRange(c), { type: "textContains", text: prefix(T.significantRise), fill: PALETTE.goodFill, fontColor: PALETTE.goodFont });
    }
  }

  const segs = trend.segments;
  let segHeaders: string[] = [];
  if (segs && segs.values.length > 0) {
    const measure = a.csi !== undefined ? "csi" : "nps";
    const segName = segs.name.trim() !== "" && !waves.some((w) => w.label === segs.name) ? segs.name : t.segments.segmentHeader;
    d.lines([format(T.segmentHeading, { measure: T.measures[measure], segment: segName })], "emphasis");
    segHeaders = [segName, ...waves.map((w) => w.label)];
    const sg = d.geom(d.allocate(segs.values.length + 1, 0), 1, segs.values.length, segHeaders.length);
    let anySmall = false;
    const rows = segs.values.map((v, r): CellInput[] => [
      v,
      ...segs.cells[r].map((c) => {
        const x = c ? c[measure] : null;
        if (x === null) return null;
        anySmall ||= c!.small;
        return val(x, c!.small ? `${FMT.index}" *"` : FMT.index);
      }),
    ]);
    d.table(tableName("Trend", "Segments"), sg, segHeaders, rows);
    if (anySmall) d.lines([format(T.smallMark, params)], "note", 1);
    else d.allocate(0);
  }

  const widths = headers.map((h, c) => (c === 0 ? fitWidth([first, ...waves.map((w) => w.label), ...(segs?.values ?? [])], 14, 40) : fitWidth([h], 10, 20)));
  for (let c = 1; c < Math.max(changeHeaders.length, segHeaders.length); c++) {
    const texts = [changeHeaders[c], segHeaders[c], ...changeRows.map((r) => (typeof r[c] === "string" ? (r[c] as string) : null))];
    widths[c] = Math.max(widths[c] ?? 0, fitWidth(texts, 10, c === 3 || c === 5 ? 34 : 20));
  }
  d.columnWidths(widths);
  return d.build();
}

/** The words before the "{p}" of a template: what a conditional format looks for. */
function prefix(template: string): string {
  return template
    .split("{p}")[0]
    .replace(/[(（]\s*$/u, "")
    .trim();
}
