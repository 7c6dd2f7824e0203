/**
 * The plan's named cell styles as ExcelJS styles — the report's style table (src/report/theme.ts)
 * translated, as src/excel/format.ts translates it for Excel JS — and colour parsing ("#1F77B4" → "FF1F77B4").
 */
import type { Alignment, Style } from "exceljs";
import type { CellStyle, HorizontalAlign } from "../report/plan";
import { REPORT_STYLES } from "../report/theme";

const FONT = { name: "Calibri", family: 2, size: 11 } as const;

/** "#1f77b4" | "1F77B4" → "1F77B4" (RRGGBB, upper case). */
export function rgb(color: string): string {
  const hex = color.trim().replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`colour '${color}' is not #RRGGBB`);
  return hex.toUpperCase();
}

/** "#1f77b4" → "FF1F77B4" (opaque ARGB, as ExcelJS wants). */
export function argb(color: string): string {
  return "FF" + rgb(color);
}

export function excelStyle(style: CellStyle | undefined): Partial<Style> {
  if (style === undefined || style === "body") return {};
  const spec = REPORT_STYLES[style];
  const out: Partial<Style> = {
    font: {
      ...FONT,
      ...(spec.size === undefined ? {} : { size: spec.size }),
      ...(spec.bold ? { bold: true } : {}),
      ...(spec.italic ? { italic: true } : {}),
      ...(spec.color ? { color: { argb: argb(spec.color) } } : {}),
    },
  };
  if (spec.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  const alignment: Partial<Alignment> = {
    ...(spec.wrap ? { wrapText: true } : {}),
    ...(spec.horizontal ? { horizontal: spec.horizontal } : {}),
    ...(spec.vertical ? { vertical: spec.vertical } : {}),
  };
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  return out;
}

/** A cell's alignment: the style's, with the block's horizontal alignment and the wrap of a merged (spanned) cell. */
export function cellAlignment(style: CellStyle | undefined, align: HorizontalAlign | null, spanned: boolean): Partial<Alignment> | undefined {
  const base = excelStyle(style).alignment;
  if (!align && !spanned) return base;
  return {
    ...base,
    ...(align ? { horizontal: align } : {}),
    ...(spanned ? { wrapText: true, vertical: "top" as const } : {}),
  };
}

export { LINE_HEIGHT, wrappedLines } from "../report/textMetrics";
