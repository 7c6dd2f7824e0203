/**
 * ReportPlan: the report as plain data (no Office types). Builders in src/report/ produce it;
 * src/excel/ applies it through Excel JS, src/xlsx/ writes it as a file. One builder, two back ends.
 *
 * Conventions
 * - Addresses are A1 strings relative to the sheet they belong to ("B4:F14"), never sheet-qualified,
 *   except inside formulas, which may reference other report sheets as 'Sheet name'!A1.
 * - Formulas are in English A1 syntax with a leading "=", functions Excel and LibreOffice both know
 *   (SUMPRODUCT, SUM, AVERAGE, MEDIAN, IF, RANK.EQ, COUNTIF, INDEX/MATCH). No CS.* calls (DESIGN §5).
 * - A string in `values` is always text: back ends must write it so that Excel never evaluates it
 *   (a header "=HYPERLINK(...)" stays text).
 * - Every formula cell also carries its expected value (computed by the engine), so the xlsx back end
 *   can store a cached result and tests can compare a spreadsheet engine's recalculation with it.
 */
import type { Language } from "../i18n/languages";

import type { PlanInput } from "./inputs";
import type { Frame } from "./shapes";

export type ReportLanguage = Language;

/** The report's sheets, in output order: the one declaration the others derive from. */
export const SHEET_KEYS = ["summary", "kano", "gap", "priority", "segments", "trend"] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];
/**
 * Sheets only the command line writes, from inputs beyond the survey (the Model sheet of a PLS
 * model file, --model; issue #15): not among the pane's sheet choices.
 */
export type PlanSheetKey = SheetKey | "model";

export type CellValue = string | number | boolean | null;

/**
 * Named cell looks (both back ends draw them alike). "kpiLabel" / "kpiValue" / "kpiNote" are the
 * three rows of a headline tile (small grey label, large bold number, small grey detail) on a
 * light fill; a "kpiValue" row is made tall enough for its large font.
 */
export type CellStyle = "title" | "subtitle" | "note" | "header" | "body" | "emphasis" | "warning" | "kpiLabel" | "kpiValue" | "kpiNote";

export type HorizontalAlign = "left" | "center" | "right";

/** A rectangle of cells written at `anchor` (top-left). All 2-D arrays have the same shape. */
export interface PlanBlock {
  anchor: string;
  /** Literal values; for a formula cell, the engine's expected value of the formula. */
  values: CellValue[][];
  /** Where non-null, the cell holds this formula (leading "="). */
  formulas?: (string | null)[][];
  /** Excel number formats ("0.00", "0.0%", "@"); null = General. */
  numberFormats?: (string | null)[][];
  style?: CellStyle;
  /**
   * For a block one column wide: each row's cell is merged with the cells to its right so that it
   * covers `span` columns (≥ 1), and its text wraps over that width; the back ends make the row
   * tall enough for the wrapped text (estimated over the merged width). No other block writes
   * inside a merged area. Used for notes, so a long method note reads across the sheet's tables
   * instead of down a narrow column A.
   */
  span?: number;
  /** Horizontal alignment per column of the block (null = the cell's default: numbers right, text left). */
  align?: (HorizontalAlign | null)[];
}

export interface PlanTable {
  /** Workbook-unique table name: letters, digits, underscore; starts with a letter (e.g. "CS_Means"). */
  name: string;
  /** Range including the header row. */
  range: string;
  style?: string;
  /**
   * Filter/sort buttons in the header row (default false: the report's tables are read, not
   * re-sorted — sorting would break the running ranges of rank formulas).
   */
  showFilterButton?: boolean;
}

export type ConditionalRule =
  | { type: "cellValue"; operator: "lessThan" | "greaterThan" | "equalTo" | "between"; formula1: string; formula2?: string; fill: string; fontColor?: string }
  | { type: "textContains"; text: string; fill: string; fontColor?: string }
  | { type: "colorScale"; minColor: string; midColor?: string; maxColor: string }
  /** Bars from `min` to `max` when given (e.g. the rating scale), else from the range's lowest to highest value. */
  | { type: "dataBar"; color: string; min?: number; max?: number };

export interface PlanConditionalFormat {
  range: string;
  rule: ConditionalRule;
}

/** "line": lines with markers over categories (the Trend sheet's waves). */
export type PlanChartType = "barStacked100" | "barClustered" | "columnClustered" | "xyScatter" | "line";

export interface PlanChartSeries {
  /** Series name (text). */
  name: string;
  /** Range of the series values (y values for scatter). */
  values: string;
  /** Category labels (bar/column) or x values (scatter). */
  categories?: string;
  /** Per-point data labels taken from this range (e.g. attribute names on the IPA scatter). */
  pointLabels?: string;
  /** Where each point's label sits relative to its point (default "right" for every point). */
  labelPositions?: ("left" | "right")[];
  /** "none": the points carry only their labels, no marker (the IPA chart's quadrant names). */
  marker?: "none";
  color?: string;
}

export interface PlanAxis {
  title?: string;
  min?: number;
  max?: number;
  /** The other axis crosses this one at this value (quadrant lines of the IPA chart). */
  crossesAt?: number;
  numberFormat?: string;
}

export interface PlanChart {
  /** Sheet-unique chart name. */
  name: string;
  type: PlanChartType;
  title: string;
  series: PlanChartSeries[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  xAxis?: PlanAxis;
  yAxis?: PlanAxis;
  legend?: "right" | "bottom" | "none";
}

/**
 * A native drawing shape (the Model sheet's path diagram). A "box" is a rounded rectangle covering
 * the cells `from`…`to` (top-left and bottom-right, like a chart) with its text centred; "construct"
 * (default) is a filled box with bold text, "note" a plain outlined one. An "arrow" is a straight
 * connector from the edge of box `fromShape` to the edge of box `toShape`, arrowhead at the end,
 * attached to both (moving a box in Excel keeps it connected); `label` ("0.54") is a small text box
 * at its middle. Names are unique among a sheet's shapes; an arrow names boxes of its own sheet.
 */
export type PlanShapeStyle = "construct" | "note";

export interface PlanBox {
  kind: "box";
  name: string;
  text: string;
  /** The cell whose top-left corner `frame` is measured from. */
  at: string;
  /** Left, top, width and height in points from that corner: the same box in Excel and the .xlsx, whatever the column widths. */
  frame: Frame;
  style?: PlanShapeStyle;
}

export interface PlanArrow {
  kind: "arrow";
  name: string;
  fromShape: string;
  toShape: string;
  label?: string;
}

export type PlanShape = PlanBox | PlanArrow;

export interface PlanSheet {
  key: PlanSheetKey;
  /** Display name in the report language (≤ 31 chars, no []:*?/\). */
  name: string;
  blocks: PlanBlock[];
  tables: PlanTable[];
  charts: PlanChart[];
  conditionalFormats: PlanConditionalFormat[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Rows frozen at the top (e.g. the title rows). */
  freezeRows?: number;
  /** Show the worksheet's gridlines (default true; a report sheet reads better without). */
  showGridlines?: boolean;
  /** Cells the manager may change (CSI weights): the back ends give each its workbook name. */
  inputs?: PlanInput[];
  /** Boxes and arrows drawn over the cells (after the charts), in this order. */
  shapes?: PlanShape[];
}

export interface ReportPlan {
  version: 1;
  language: ReportLanguage;
  /** ISO 8601 timestamp of the build (injected, so builders stay deterministic). */
  generatedAt: string;
  /** Where the data came from: "Survey!A1:BV601" or "file survey.csv". */
  source: string;
  /** Respondents analysed. */
  n: number;
  sheets: PlanSheet[];
  /** Why a sheet was left out, problems skipped (shown on the Summary sheet too). */
  notes: string[];
}
