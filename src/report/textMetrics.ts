import { parseCell } from "./a1";
import type { PlanSheet } from "./plan";

/**
 * Text measures both back ends share (no Office types): how wide a text is in column-width units
 * (the width of '0' in 11 pt Calibri = 1) and how many lines it wraps to in a given width, so a
 * wrapped or merged note row can be given its height — LibreOffice does not grow rows for wrapped
 * text on load, and Excel never autofits the height of merged cells.
 */

/** Points per line of 11 pt Calibri (Excel's default row height). */
export const LINE_HEIGHT = 15;

/** Excel's default column width in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

const WIDE = "\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6";
/** Words, single East Asian characters (they break anywhere), runs of spaces. */
const TOKENS = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s+`, "g");
const WIDE_CHAR = new RegExp(`[${WIDE}]`);

/** Width of one character in column-width units: East Asian wide = 2. */
function charWidth(ch: string): number {
  return WIDE_CHAR.test(ch) ? 2 : 0.9; // proportional Latin text averages a little under the width of '0'
}

/** Width of a one-line text in column-width units. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Lines a wrapped text needs in a cell `width` characters wide (greedy word wrap; East Asian
 * characters break anywhere). An estimate, used to size rows of wrapped text.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1); // cell padding
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const tok of paragraph.match(TOKENS) ?? []) {
      const w = textWidth(tok);
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

/** Width in characters of columns `col` … `col + span − 1` (1-based), from a sheet's column widths. */
export function spanWidth(widths: readonly number[] | undefined, col: number, span: number): number {
  let w = 0;
  for (let c = col; c < col + span; c++) w += widths?.[c - 1] ?? DEFAULT_COLUMN_WIDTH;
  return w;
}

/** Height in points of a row of headline numbers ("kpiValue" style, KPI_FONT_SIZE pt). */
export const KPI_ROW_HEIGHT = 33;
/** Font size of headline numbers. */
export const KPI_FONT_SIZE = 22;

/**
 * Heights (points) of the rows of `sheet` that need one, by 1-based row: a "kpiValue" row fits its
 * large font; a row with a wrapped note or header or a merged (spanned) cell fits the text's estimated lines
 * over the cell's (merged) width. Rows not listed keep the default height. Both back ends apply
 * exactly these heights.
 */
export function planRowHeights(sheet: PlanSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const atLeast = (row: number, h: number): void => {
    heights.set(row, Math.max(h, heights.get(row) ?? 0));
  };
  for (const block of sheet.blocks) {
    const at = parseCell(block.anchor);
    if (!at) continue;
    const [row0, col0] = [at.row, at.column];
    const span = block.span ?? 1;
    block.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (block.style === "kpiValue") atLeast(row0 + i, KPI_ROW_HEIGHT);
        // Notes wrap; so does a table header wider than its column (fitHeaders widens to 30 characters, no more).
        if ((block.style !== "note" && block.style !== "header" && span === 1) || typeof v !== "string") return;
        const col = col0 + j;
        const width = span > 1 ? spanWidth(sheet.columnWidths, col, span) : (sheet.columnWidths?.[col - 1] ?? DEFAULT_COLUMN_WIDTH);
        const lines = wrappedLines(v, width);
        if (lines > 1) atLeast(row0 + i, lines * LINE_HEIGHT);
      }),
    );
  }
  return heights;
}
