/**
 * The plan's cell styles, conditional formats and column widths through Excel JS. Same look as
 * the .xlsx back end (src/xlsx/styles.ts): title bold 16 pt, subtitle grey, header bold on a
 * light blue fill, note italic grey wrapped at the top, warning dark red, emphasis bold; headline
 * tiles (label grey 9 pt, value bold 22 pt dark blue, note grey 9 pt) on a light fill.
 */
import type { CellStyle, ConditionalRule, HorizontalAlign } from "../report/plan";
import { KPI_FONT_SIZE } from "../report/textMetrics";

export const GREY = "#595959";
export const DARK_RED = "#9C0006";
export const HEADER_FILL = "#DDEBF7";
export const TITLE_SIZE = 16;
export const KPI_FILL = "#EEF3F9";
export const KPI_COLOR = "#1F4E79";
export const SMALL_SIZE = 9;

export const HORIZONTAL: Record<HorizontalAlign, Excel.HorizontalAlignment | "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

/** Sets the font/fill/alignment of a named style on `range` (body: nothing). */
export function applyStyle(range: Excel.Range, style: CellStyle | undefined): void {
  const { format } = range;
  switch (style) {
    case "title":
      format.font.bold = true;
      format.font.size = TITLE_SIZE;
      return;
    case "subtitle":
      format.font.color = GREY;
      return;
    case "header":
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      return;
    case "note":
      format.font.italic = true;
      format.font.color = GREY;
      format.wrapText = true;
      format.verticalAlignment = "Top";
      return;
    case "warning":
      format.font.color = DARK_RED;
      return;
    case "emphasis":
      format.font.bold = true;
      return;
    case "kpiLabel":
      format.font.size = SMALL_SIZE;
      format.font.color = GREY;
      format.fill.color = KPI_FILL;
      return;
    case "kpiValue":
      format.font.bold = true;
      format.font.size = KPI_FONT_SIZE;
      format.font.color = KPI_COLOR;
      format.fill.color = KPI_FILL;
      format.horizontalAlignment = "Left";
      format.verticalAlignment = "Center";
      return;
    case "kpiNote":
      format.font.size = SMALL_SIZE;
      format.font.color = GREY;
      format.fill.color = KPI_FILL;
      format.horizontalAlignment = "Left";
      format.verticalAlignment = "Top";
      return;
    case "body":
    case undefined:
      return;
  }
}

/**
 * Column width in points for a width in characters of Calibri 11's digit: (7 px × chars + 5 px
 * padding) × 0.75 pt/px — Excel's own conversion (8.43 characters = 64 px = 48 pt).
 */
export function columnWidthPoints(chars: number): number {
  return (Math.round(7 * chars) + 5) * 0.75;
}

const OPERATOR = { lessThan: "LessThan", greaterThan: "GreaterThan", equalTo: "EqualTo", between: "Between" } as const satisfies Record<
  string,
  `${Excel.ConditionalCellValueOperator}`
>;

/** Adds one conditional format; `ref` re-points formulas at renamed sheets. */
export function addConditionalFormat(range: Excel.Range, rule: ConditionalRule, ref: (formula: string) => string): void {
  switch (rule.type) {
    case "cellValue": {
      const cf = range.conditionalFormats.add("CellValue").cellValue;
      cf.format.fill.color = rule.fill;
      if (rule.fontColor) cf.format.font.color = rule.fontColor;
      cf.rule = {
        operator: OPERATOR[rule.operator],
        formula1: ref(rule.formula1),
        ...(rule.formula2 === undefined ? {} : { formula2: ref(rule.formula2) }),
      };
      return;
    }
    case "textContains": {
      const cf = range.conditionalFormats.add("ContainsText").textComparison;
      cf.format.fill.color = rule.fill;
      if (rule.fontColor) cf.format.font.color = rule.fontColor;
      cf.rule = { operator: "Contains", text: rule.text };
      return;
    }
    case "colorScale": {
      const cf = range.conditionalFormats.add("ColorScale").colorScale;
      cf.criteria = {
        minimum: { type: "LowestValue", color: rule.minColor },
        ...(rule.midColor === undefined ? {} : { midpoint: { type: "Percentile", formula: "50", color: rule.midColor } }),
        maximum: { type: "HighestValue", color: rule.maxColor },
      };
      return;
    }
    case "dataBar": {
      const bar = range.conditionalFormats.add("DataBar").dataBar;
      bar.positiveFormat.fillColor = rule.color;
      if (rule.min !== undefined) bar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
      if (rule.max !== undefined) bar.upperBoundRule = { type: "Number", formula: String(rule.max) };
      return;
    }
  }
}
