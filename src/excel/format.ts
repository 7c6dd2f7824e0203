/**
 * The plan's cell styles, conditional formats and column widths through Excel JS: the report's
 * style table (src/report/theme.ts) translated, as src/xlsx/styles.ts translates it for files.
 */
import type { CellStyle, ConditionalRule, HorizontalAlign } from "../report/plan";
import { REPORT_STYLES } from "../report/theme";

export const HORIZONTAL: Record<HorizontalAlign, Excel.HorizontalAlignment | "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const satisfies Record<string, `${Excel.VerticalAlignment}`>;

/** Sets the font/fill/alignment of a named style on `range` (body: nothing). */
export function applyStyle(range: Excel.Range, style: CellStyle | undefined): void {
  if (style === undefined) return;
  const spec = REPORT_STYLES[style];
  const { format } = range;
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.size !== undefined) format.font.size = spec.size;
  if (spec.color) format.font.color = spec.color;
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.wrap) format.wrapText = true;
  if (spec.horizontal) format.horizontalAlignment = HORIZONTAL[spec.horizontal];
  if (spec.vertical) format.verticalAlignment = VERTICAL[spec.vertical];
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
