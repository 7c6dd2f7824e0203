/**
 * The plan's named cell styles as ExcelJS styles, and colour parsing ("#1F77B4" → "FF1F77B4").
 * One look for both back ends: title bold 16 pt, subtitle grey, header bold on a light fill,
 * note italic grey wrapped, warning dark red, emphasis bold; headline tiles (kpiLabel grey 9 pt,
 * kpiValue bold 22 pt dark blue, kpiNote grey 9 pt) on a light fill.
 */
import type { Alignment, Style } from "exceljs";
import type { CellStyle, HorizontalAlign } from "../report/plan";
import { KPI_FONT_SIZE } from "../report/textMetrics";

const FONT = { name: "Calibri", family: 2, size: 11 } as const;
export const GREY = "595959";
export const DARK_RED = "9C0006";
export const HEADER_FILL = "DDEBF7";
/** Headline tiles: a light fill, the number in dark blue. */
export const KPI_FILL = "EEF3F9";
export const KPI_COLOR = "1F4E79";

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

const kpiFill: Style["fill"] = { type: "pattern", pattern: "solid", fgColor: { argb: argb(KPI_FILL) } };

export function excelStyle(style: CellStyle | undefined): Partial<Style> {
  switch (style) {
    case "title":
      return { font: { ...FONT, size: 16, bold: true } };
    case "subtitle":
      return { font: { ...FONT, color: { argb: argb(GREY) } } };
    case "header":
      return {
        font: { ...FONT, bold: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_FILL) } },
      };
    case "note":
      return {
        font: { ...FONT, italic: true, color: { argb: argb(GREY) } },
        alignment: { wrapText: true, vertical: "top" },
      };
    case "warning":
      return { font: { ...FONT, color: { argb: argb(DARK_RED) } } };
    case "emphasis":
      return { font: { ...FONT, bold: true } };
    case "kpiLabel":
      return { font: { ...FONT, size: 9, color: { argb: argb(GREY) } }, fill: kpiFill, alignment: { vertical: "bottom" } };
    case "kpiValue":
      return {
        font: { ...FONT, size: KPI_FONT_SIZE, bold: true, color: { argb: argb(KPI_COLOR) } },
        fill: kpiFill,
        alignment: { horizontal: "left", vertical: "middle" },
      };
    case "kpiNote":
      return { font: { ...FONT, size: 9, color: { argb: argb(GREY) } }, fill: kpiFill, alignment: { horizontal: "left", vertical: "top" } };
    case "body":
    case undefined:
      return {};
  }
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
