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

/** Points per line of 11 pt Calibri (Excel's default row height). */
export const LINE_HEIGHT = 15;

const WIDE = "\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6";
/** Words, single East Asian characters (they break anywhere), runs of spaces. */
const TOKENS = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s+`, "g");
const WIDE_CHAR = new RegExp(`[${WIDE}]`);

/** Width of one character in column-width units ('0' of 11 pt Calibri = 1): East Asian wide = 2. */
function charWidth(ch: string): number {
  return WIDE_CHAR.test(ch) ? 2 : 0.9; // proportional Latin text averages a little under the width of '0'
}

/**
 * Lines a wrapped text needs in a column `width` characters wide (greedy word wrap; East Asian
 * characters break anywhere). An estimate, used to give wrapped note rows a height, because
 * LibreOffice does not grow rows for wrapped text on load.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1); // cell padding
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const tok of paragraph.match(TOKENS) ?? []) {
      const w = [...tok].reduce((sum, ch) => sum + charWidth(ch), 0);
      if (/^\s+$/.test(tok)) {
        if (used > 0) used += w;
        continue;
      }
      if (used > 0 && used + w > room) {
        lines++; // the word goes to the next line
        used = 0;
      }
      used += w;
      while (used > room) {
        lines++; // a word longer than the line is split
        used -= room;
      }
    }
  }
  return lines;
}
