/**
 * The plan's named cell styles as ExcelJS styles, and colour parsing ("#1F77B4" → "FF1F77B4").
 * One look for both back ends: title bold 16 pt, subtitle grey, header bold on a light fill,
 * note italic grey wrapped, warning dark red, emphasis bold.
 */
import type { Style } from "exceljs";
import type { CellStyle } from "../report/plan";

const FONT = { name: "Calibri", family: 2, size: 11 } as const;
export const GREY = "595959";
export const DARK_RED = "9C0006";
export const HEADER_FILL = "DDEBF7";

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
    case "body":
    case undefined:
      return {};
  }
}
