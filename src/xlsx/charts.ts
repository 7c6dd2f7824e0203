/**
 * Native charts for the xlsx writer (ExcelJS writes none). `addSheetCharts` writes one
 * xl/charts/chartN.xml per chart of a sheet (DrawingML chart, ECMA-376 Part 1 §21.2) and returns
 * the twoCellAnchor of each (§20.5) with its relationship, for the sheet's drawing part (drawing.ts,
 * which also anchors the sheet's shapes).
 *
 * Series reference the report's own cells ('Sheet name'!$B$4:$B$14) and carry a numCache/strCache
 * filled from the plan's values, so viewers draw the chart without recalculating.
 * Axes: for bar/column charts `xAxis` is the category axis and `yAxis` the value axis; for scatter
 * they are the horizontal and vertical value axes. `crossesAt` on a plan axis ("the other axis
 * crosses this one at v") is written as <c:crossesAt> on the *other* axis element, which is how
 * DrawingML states where an axis crosses its partner.
 * Point labels (scatter): the c15 `datalabelsRange` extension Excel uses ("Value From Cells"), and
 * per-point <c:dLbl> with the label text as a CELLRANGE field whose cached text is the label, for
 * readers without the extension (LibreOffice shows the text). `marker: "none"` writes
 * <c:marker><c:symbol val="none"/></c:marker> (labels only: the IPA quadrant names); `labelPositions`
 * sets each point's <c:dLblPos> to "l" or "r". A "line" chart is a <c:lineChart> with markers over
 * a category axis (the Trend sheet's waves).
 */
import type JSZip from "jszip";
import { LOCALES } from "../i18n/languages";
import type { CellValue, PlanAxis, PlanChart, PlanChartSeries, PlanSheet, ReportLanguage } from "../report/plan";
import { absoluteRef, requireCell, parseRect, splitRef } from "../report/a1";
import { anchorMarker, NS, solidFill, xmlEscape, type PartRel } from "./drawingml";
import { rangeFormat, rectValues, SheetCells } from "./planCells";
import { rgb } from "./styles";

const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const EXT_LABEL_RANGE = "{02D57815-91ED-43cb-92C2-25804820EDAC}";
const EXT_DLBL = "{CE6537A1-D6FC-4f65-9D91-7224C49458BB}";

/** Office 2013+ default series colours. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

/** A chart range resolved against the plan: its formula reference and cached values. */
export interface ChartData {
  ref: string;
  values: CellValue[];
  format: string;
}

/** Resolves "B4:B14" (the chart's sheet) or "'Other'!B4:B14" to a reference with cached values. */
export function resolveChartRange(ref: string, chartSheet: string, cells: ReadonlyMap<string, SheetCells>, where: string): ChartData {
  const { sheet = chartSheet, address: range } = splitRef(ref);
  const sheetCellMap = cells.get(sheet);
  if (!sheetCellMap) throw new Error(`${where}: range '${ref}' names sheet '${sheet}', which is not in the plan`);
  const r = parseRect(range);
  if (r.top !== r.bottom && r.left !== r.right) {
    throw new Error(`${where}: range '${ref}' must be a single row or column`);
  }
  return { ref: absoluteRef(sheet, r), values: rectValues(sheetCellMap, r), format: rangeFormat(sheetCellMap, range) };
}

// ---------------------------------------------------------------- DrawingML fragments

const val = (tag: string, v: string | number) => `<c:${tag} val="${typeof v === "string" ? xmlEscape(v) : v}"/>`;

function richText(text: string, lang: string, opts: { size: number; bold?: boolean; vertical?: boolean }): string {
  const b = opts.bold ? ` b="1"` : ` b="0"`;
  const rot = opts.vertical ? ` rot="-5400000" vert="horz"` : "";
  return (
    `<c:tx><c:rich><a:bodyPr${rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${opts.size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="${opts.size}"${b}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string, lang: string, size: number, vertical = false) =>
  `<c:title>${richText(text, lang, { size, bold: size >= 1200, vertical })}<c:overlay val="0"/></c:title>`;

const line = (hex: string, w = 9525) => `<a:ln w="${w}">${solidFill(hex)}</a:ln>`;

function numRef(d: ChartData): string {
  const pts = d.values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return (
    `<c:numRef><c:f>${xmlEscape(d.ref)}</c:f><c:numCache><c:formatCode>${xmlEscape(d.format)}</c:formatCode>` +
    `<c:ptCount val="${d.values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

const text = (v: CellValue): string | null => (v === null ? null : String(v));

function strPoints(values: CellValue[]): string {
  return (
    `<c:ptCount val="${values.length}"/>` +
    values.map((v, i) => (text(v) === null ? "" : `<c:pt idx="${i}"><c:v>${xmlEscape(text(v) ?? "")}</c:v></c:pt>`)).join("")
  );
}

const strRef = (d: ChartData) => `<c:strRef><c:f>${xmlEscape(d.ref)}</c:f><c:strCache>${strPoints(d.values)}</c:strCache></c:strRef>`;

/** Categories: numbers stay numbers (numRef), anything else is text (strRef). */
const categoryRef = (d: ChartData) => (d.values.every((v) => v === null || typeof v === "number") && d.values.some((v) => v !== null) ? numRef(d) : strRef(d));

interface AxisXml {
  id: number;
  crossId: number;
  kind: "cat" | "val";
  pos: "b" | "l";
  plan: PlanAxis | undefined;
  /** The partner's PlanAxis: its crossesAt says where this axis crosses. */
  partner: PlanAxis | undefined;
  gridlines: boolean;
  reverse?: boolean;
  crossesDefault?: "autoZero" | "max";
  defaultFormat?: string;
  /** Tick labels at the low end (keeps them at the plot edge when the axes cross mid-plot). */
  lowLabels?: boolean;
  /** Value axes: "between" for bars (bars sit between ticks), "midCat" for scatter. */
  crossBetween?: "between" | "midCat";
}

function axisXml(ax: AxisXml, lang: string): string {
  const p = ax.plan;
  const scaling =
    `<c:scaling><c:orientation val="${ax.reverse ? "maxMin" : "minMax"}"/>` +
    (ax.kind === "val" && p?.max !== undefined ? val("max", p.max) : "") +
    (ax.kind === "val" && p?.min !== undefined ? val("min", p.min) : "") +
    `</c:scaling>`;
  const fmt = p?.numberFormat ?? ax.defaultFormat;
  const crosses = ax.partner?.crossesAt !== undefined ? val("crossesAt", ax.partner.crossesAt) : val("crosses", ax.crossesDefault ?? "autoZero");
  const tag = ax.kind === "cat" ? "catAx" : "valAx";
  return (
    `<c:${tag}>${val("axId", ax.id)}${scaling}${val("delete", 0)}${val("axPos", ax.pos)}` +
    (ax.gridlines ? `<c:majorGridlines><c:spPr>${line("D9D9D9")}</c:spPr></c:majorGridlines>` : "") +
    (p?.title ? title(p.title, lang, 1000, ax.pos === "l") : "") +
    `<c:numFmt formatCode="${xmlEscape(fmt ?? "General")}" sourceLinked="${fmt ? 0 : 1}"/>` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", ax.lowLabels ? "low" : "nextTo")}` +
    `<c:spPr>${line("808080")}</c:spPr>` +
    `${val("crossAx", ax.crossId)}${crosses}` +
    (ax.kind === "cat"
      ? `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}`
      : val("crossBetween", ax.crossBetween ?? "between")) +
    `</c:${tag}>`
  );
}

/** What sets one axis apart; axisPairXml gives both axes their ids and plans. */
type AxisSide = Omit<AxisXml, "id" | "crossId" | "plan" | "partner">;

/** A chart's two axes (x = firstId, y = firstId + 1), each crossing the other where the other's plan says. */
function axisPairXml(firstId: number, chart: PlanChart, x: AxisSide, y: AxisSide, lang: string): string {
  return (
    axisXml({ ...x, id: firstId, crossId: firstId + 1, plan: chart.xAxis, partner: chart.yAxis }, lang) +
    axisXml({ ...y, id: firstId + 1, crossId: firstId, plan: chart.yAxis, partner: chart.xAxis }, lang)
  );
}

export interface ResolvedSeries {
  name: string;
  color: string;
  values: ChartData;
  categories?: ChartData;
  labels?: ChartData;
  labelPositions?: ("left" | "right")[];
  marker?: "none";
}

const seriesHead = (s: ResolvedSeries, i: number) => `${val("idx", i)}${val("order", i)}<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;

const NO_SHOW = ["showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"].map((t) => val(t, 0)).join("");

/** Per-point labels: CELLRANGE field with cached text + c15 flag (see header). */
function pointLabels(labels: ChartData, lang: string, fieldId: (k: number) => string, positions?: ("left" | "right")[]): string {
  const c15 = (inner: string) => `<c:extLst><c:ext uri="${EXT_DLBL}" xmlns:c15="${NS.c15}">${inner}</c:ext></c:extLst>`;
  const each = labels.values
    .map((v, k) => {
      const t = text(v);
      if (t === null || t === "") return "";
      return (
        `<c:dLbl>${val("idx", k)}<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>` +
        `<a:fld id="${fieldId(k)}" type="CELLRANGE"><a:rPr lang="${lang}"/><a:pPr/><a:t>${xmlEscape(t)}</a:t></a:fld>` +
        `</a:p></c:rich></c:tx>${val("dLblPos", positions?.[k] === "left" ? "l" : "r")}${NO_SHOW}` +
        c15(`<c15:dlblFieldTable/><c15:showDataLabelsRange val="1"/>`) +
        `</c:dLbl>`
      );
    })
    .join("");
  return (
    `<c:dLbls>${each}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>` +
    `${val("dLblPos", "r")}${NO_SHOW}` +
    c15(`<c15:showDataLabelsRange val="1"/><c15:showLeaderLines val="0"/>`) +
    `</c:dLbls>`
  );
}

function labelRangeExt(labels: ChartData): string {
  return (
    `<c:extLst><c:ext uri="${EXT_LABEL_RANGE}" xmlns:c15="${NS.c15}"><c15:datalabelsRange>` +
    `<c15:f>${xmlEscape(labels.ref)}</c15:f><c15:dlblRangeCache>${strPoints(labels.values)}</c15:dlblRangeCache>` +
    `</c15:datalabelsRange></c:ext></c:extLst>`
  );
}

function barChartXml(chart: PlanChart, series: ResolvedSeries[], lang: string): string {
  const horizontal = chart.type !== "columnClustered";
  const stacked = chart.type === "barStacked100";
  const ser = series
    .map(
      (s, i) =>
        `<c:ser>${seriesHead(s, i)}<c:spPr>${solidFill(s.color)}</c:spPr>${val("invertIfNegative", 0)}` +
        (s.categories ? `<c:cat>${categoryRef(s.categories)}</c:cat>` : "") +
        `<c:val>${numRef(s.values)}</c:val></c:ser>`,
    )
    .join("");
  const plot =
    `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", stacked ? "percentStacked" : "clustered")}` +
    `${val("varyColors", 0)}${ser}${val("gapWidth", stacked ? 50 : 80)}${stacked ? val("overlap", 100) : ""}` +
    `${val("axId", 1001)}${val("axId", 1002)}</c:barChart>`;
  // Horizontal bars: first category at the top (reversed category axis, value axis at its far end);
  // category labels at the plot edge even when negative bars push the axis line inwards.
  const axes = axisPairXml(
    1001,
    chart,
    { kind: "cat", pos: horizontal ? "l" : "b", gridlines: false, reverse: horizontal, lowLabels: true },
    { kind: "val", pos: horizontal ? "b" : "l", gridlines: true, crossesDefault: horizontal ? "max" : "autoZero", defaultFormat: stacked ? "0%" : undefined },
    lang,
  );
  return plot + axes;
}

function scatterChartXml(chart: PlanChart, series: ResolvedSeries[], lang: string, fieldId: (s: number, k: number) => string): string {
  const ser = series
    .map((s, i) => {
      if (!s.categories) throw new Error(`chart '${chart.name}', series '${s.name}': a scatter series needs x values (categories)`);
      return (
        `<c:ser>${seriesHead(s, i)}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
        (s.marker === "none"
          ? `<c:marker>${val("symbol", "none")}</c:marker>`
          : `<c:marker>${val("symbol", "circle")}${val("size", 7)}<c:spPr>${solidFill(s.color)}${line(s.color)}</c:spPr></c:marker>`) +
        (s.labels ? pointLabels(s.labels, lang, (k) => fieldId(i, k), s.labelPositions) : "") +
        `<c:xVal>${numRef(s.categories)}</c:xVal><c:yVal>${numRef(s.values)}</c:yVal>${val("smooth", 0)}` +
        (s.labels ? labelRangeExt(s.labels) : "") +
        `</c:ser>`
      );
    })
    .join("");
  const plot =
    `<c:scatterChart>${val("scatterStyle", "lineMarker")}${val("varyColors", 0)}${ser}` + `${val("axId", 2001)}${val("axId", 2002)}</c:scatterChart>`;
  const axis = { kind: "val", gridlines: false, lowLabels: true, crossBetween: "midCat" } as const;
  return plot + axisPairXml(2001, chart, { ...axis, pos: "b" }, { ...axis, pos: "l", gridlines: true }, lang);
}

/** Line chart (the Trend sheet): lines with circle markers over a category axis; gaps stay gaps. */
function lineChartXml(chart: PlanChart, series: ResolvedSeries[], lang: string): string {
  const ser = series
    .map(
      (s, i) =>
        `<c:ser>${seriesHead(s, i)}<c:spPr>${line(s.color, 28575)}</c:spPr>` +
        `<c:marker>${val("symbol", "circle")}${val("size", 7)}<c:spPr>${solidFill(s.color)}${line(s.color)}</c:spPr></c:marker>` +
        (s.categories ? `<c:cat>${categoryRef(s.categories)}</c:cat>` : "") +
        `<c:val>${numRef(s.values)}</c:val>${val("smooth", 0)}</c:ser>`,
    )
    .join("");
  const plot = `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${ser}${val("marker", 1)}${val("axId", 3001)}${val("axId", 3002)}</c:lineChart>`;
  const cat = axisXml({ id: 3001, crossId: 3002, kind: "cat", pos: "b", plan: chart.xAxis, partner: chart.yAxis, gridlines: false, lowLabels: true }, lang);
  const valAx = axisXml({ id: 3002, crossId: 3001, kind: "val", pos: "l", plan: chart.yAxis, partner: chart.xAxis, gridlines: true }, lang);
  return plot + cat + valAx;
}

/** The chartN.xml part for one chart (series already resolved against the plan's cells). */
export function chartSpaceXml(chart: PlanChart, series: ResolvedSeries[], language: ReportLanguage, chartNumber: number): string {
  const lang = LOCALES[language];
  const fieldId = (s: number, k: number) => `{5C1D0000-0000-4000-8000-${((chartNumber * 1000 + s) * 100000 + k).toString(16).toUpperCase().padStart(12, "0")}}`;
  const plot =
    chart.type === "xyScatter"
      ? scatterChartXml(chart, series, lang, fieldId)
      : chart.type === "line"
        ? lineChartXml(chart, series, lang)
        : barChartXml(chart, series, lang);
  const legend = chart.legend ?? "right";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val("date1904", 0)}${val("lang", lang)}${val("roundedCorners", 0)}` +
    `<c:chart>${chart.title ? title(chart.title, lang, 1400) : ""}${val("autoTitleDeleted", chart.title ? 0 : 1)}` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    (legend === "none" ? "" : `<c:legend>${val("legendPos", legend === "bottom" ? "b" : "r")}<c:overlay val="0"/></c:legend>`) +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}${line("D9D9D9")}</c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** One twoCellAnchor: from the top-left corner of `from` to the bottom-right corner of `to`; cNvPr `id`. */
function chartAnchor(chart: PlanChart, relId: string, id: number): string {
  const from = requireCell(chart.from),
    to = requireCell(chart.to);
  if (to.row < from.row || to.column < from.column) throw new Error(`chart '${chart.name}': 'to' ${chart.to} is above or left of 'from' ${chart.from}`);
  return (
    `<xdr:twoCellAnchor>${anchorMarker("from", { col: from.column - 1, colOff: 0, row: from.row - 1, rowOff: 0 })}` +
    anchorMarker("to", { col: to.column, colOff: 0, row: to.row, rowOff: 0 }) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlEscape(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** What a sheet's charts add to its drawing part and to the package. */
export interface SheetCharts {
  /** One twoCellAnchor per chart, cNvPr ids 2, 3, … in plan order. */
  anchors: string[];
  /** The drawing part's relationships to the chart parts (rId1, rId2, …). */
  rels: PartRel[];
  /** [Content_Types].xml overrides of the chart parts. */
  overrides: string[];
}

/**
 * Writes xl/charts/chartN.xml for each chart of `sheet`, numbered after `lastChartNo`; `cells`
 * maps sheet names to their plan cells (for the caches).
 */
export function addSheetCharts(
  zip: JSZip,
  sheet: PlanSheet,
  language: ReportLanguage,
  cells: ReadonlyMap<string, SheetCells>,
  lastChartNo: number,
): SheetCharts {
  const out: SheetCharts = { anchors: [], rels: [], overrides: [] };
  const names = new Set<string>();
  let chartNo = lastChartNo;
  for (const chart of sheet.charts) {
    if (names.has(chart.name)) throw new Error(`sheet '${sheet.name}': two charts are named '${chart.name}'`);
    names.add(chart.name);
    if (chart.series.length === 0) throw new Error(`sheet '${sheet.name}', chart '${chart.name}': no series`);
    chartNo++;
    const series = chart.series.map((s: PlanChartSeries, i): ResolvedSeries => {
      const where = `sheet '${sheet.name}', chart '${chart.name}', series '${s.name}'`;
      const resolve = (ref: string) => resolveChartRange(ref, sheet.name, cells, where);
      return {
        name: s.name,
        color: s.color ? rgb(s.color) : PALETTE[i % PALETTE.length],
        values: resolve(s.values),
        categories: s.categories ? resolve(s.categories) : undefined,
        labels: s.pointLabels ? resolve(s.pointLabels) : undefined,
        labelPositions: s.labelPositions,
        marker: s.marker,
      };
    });
    zip.file(`xl/charts/chart${chartNo}.xml`, chartSpaceXml(chart, series, language, chartNo));
    out.overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
    const relId = `rId${out.rels.length + 1}`;
    out.rels.push({ id: relId, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
    out.anchors.push(chartAnchor(chart, relId, out.anchors.length + 2));
  }
  return out;
}
