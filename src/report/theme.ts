/**
 * The report's look, declared once: each named cell style and the palette of the conditional
 * formats and charts. Both back ends translate it (src/excel/format.ts into Excel JS,
 * src/xlsx/styles.ts into ExcelJS), so a sheet looks the same in the open workbook and in the file.
 */
import type { CellStyle, HorizontalAlign } from "./plan";
import { KPI_FONT_SIZE } from "./textMetrics";

/** Colours as #RRGGBB. The good/bad pairs are Excel's own "Good" and "Bad" cell styles. */
export const PALETTE = {
  grey: "#595959",
  darkRed: "#9C0006",
  headerFill: "#DDEBF7",
  kpiFill: "#EEF3F9",
  kpiColor: "#1F4E79",
  badFill: "#FFC7CE",
  badFont: "#9C0006",
  goodFill: "#C6EFCE",
  goodFont: "#006100",
  neutralFill: "#FFEB9C",
  lightOrange: "#FCE4D6",
  lightGrey: "#EDEDED",
  /** Chart series: the measure, a comparison, a highlighted attribute. */
  seriesBlue: "#2E75B6",
  seriesGrey: "#7F7F7F",
  seriesRed: "#C0504D",
  barOrange: "#F8CBAD",
  barBlue: "#9DC3E6",
  /** Five satisfaction levels, lowest first: dissatisfied red, neutral yellow, satisfied green. */
  levels5: ["#C0392B", "#E67E22", "#F4D03F", "#82C785", "#1E8449"],
  /** Path diagram shapes: construct outline, note outline, arrows, label backgrounds, text. */
  constructLine: "#2F5597",
  noteLine: "#A6A6A6",
  arrow: "#404040",
  white: "#FFFFFF",
  black: "#000000",
} as const;

/** How both back ends draw plan shapes: construct boxes filled like headers with bold text, notes plain; arrows dark grey. */
export const SHAPE_LOOK = {
  construct: { fill: PALETTE.headerFill, line: PALETTE.constructLine, bold: true },
  note: { fill: PALETTE.white, line: PALETTE.noteLine, bold: false },
  arrow: PALETTE.arrow,
  labelFill: PALETTE.white,
  text: PALETTE.black,
  /** Font sizes in points. */
  boxText: 10,
  labelText: 9,
  /** Line widths in points. */
  boxLine: 1,
  arrowLine: 1.25,
} as const;

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (11 when absent). */
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: HorizontalAlign;
  vertical?: "top" | "middle" | "bottom";
}

export const TITLE_SIZE = 16;
export const SMALL_SIZE = 9;

const kpi = { fill: PALETTE.kpiFill } as const;

/**
 * Title bold 16 pt, subtitle grey, header bold on a light blue fill (wrapped when wider than its
 * column), note italic grey wrapped at the top, warning dark red, emphasis bold; headline tiles
 * (label grey 9 pt, value bold 22 pt dark blue, note grey 9 pt) on a light fill.
 */
export const REPORT_STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: TITLE_SIZE },
  subtitle: { color: PALETTE.grey },
  header: { bold: true, fill: PALETTE.headerFill, wrap: true },
  note: { italic: true, color: PALETTE.grey, wrap: true, vertical: "top" },
  warning: { color: PALETTE.darkRed },
  emphasis: { bold: true },
  kpiLabel: { ...kpi, size: SMALL_SIZE, color: PALETTE.grey, vertical: "bottom" },
  kpiValue: { ...kpi, bold: true, size: KPI_FONT_SIZE, color: PALETTE.kpiColor, horizontal: "left", vertical: "middle" },
  kpiNote: { ...kpi, size: SMALL_SIZE, color: PALETTE.grey, horizontal: "left", vertical: "top" },
  body: {},
};
