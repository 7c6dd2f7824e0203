/**
 * A1 addresses for the xlsx writer: "B4" ⇄ (row 4, column 2), "B4:F14" ⇄ a rectangle, and the
 * absolute, sheet-qualified form charts use ('Sheet name'!$B$4:$B$14). Rows and columns are 1-based.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** Column number → letters (1 → "A", 28 → "AB"); bijective base 26. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16384) throw new Error(`column ${col} is outside A..XFD`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B4" (or "$B$4") → { row: 4, col: 2 }. */
export function parseCell(a1: string): CellPos {
  const m = CELL.exec(a1.trim());
  if (!m) throw new Error(`'${a1}' is not an A1 cell address`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  if (col > 16384) throw new Error(`'${a1}' is beyond column XFD`);
  return { row: Number(m[2]), col };
}

/** "B4:F14" or "B4" → a normalised rectangle. */
export function parseRange(a1: string): Rect {
  const parts = a1.split(":");
  if (parts.length > 2) throw new Error(`'${a1}' is not an A1 range`);
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** Sheet name as it appears in a formula: always quoted, quotes doubled ('It''s'). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet name'!$B$4:$B$14 */
export function absoluteRef(sheet: string, r: Rect): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  const tl = abs(r.top, r.left);
  const body = r.top === r.bottom && r.left === r.right ? tl : `${tl}:${abs(r.bottom, r.right)}`;
  return `${quoteSheetName(sheet)}!${body}`;
}

/** Splits an optional sheet qualifier: "'My sheet'!B4:B9" → { sheet: "My sheet", range: "B4:B9" }. */
export function splitSheetRef(ref: string): { sheet?: string; range: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { range: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: ref.slice(bang + 1) };
}

/** Cells of a rectangle in reading order (row by row). */
export function rectCells(r: Rect): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}
