/**
 * A1 addresses: the one home of column letters, cell and range references, sheet qualifiers and
 * their parsing, for the report builders and both back ends (a lint rule keeps them here).
 *
 * Two coordinate systems, each where it belongs:
 * - 1-based `row`/`column` (row 1 = the sheet's first row, column 1 = "A"), as A1 text counts;
 *   a `Rect` is a 1-based rectangle by its corners (the xlsx writer, the report builders);
 * - 0-based `Area` (origin + size), as Office.js's `Range.rowIndex` / `columnIndex` count (src/excel/).
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters of a 1-based column: 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD" (bijective base 26). */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) {
    throw new RangeError(`column ${column} is outside A..XFD`);
  }
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 1-based column of letters: "A" → 1, "AA" → 27 (no bound check: see parseCell). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B7" for row 7, column 2; `abs` adds "$" to both parts ("$B$7"). */
export function cellAddress(row: number, column: number, abs = false): string {
  const d = abs ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row}`;
}

/** "B7:D9" (or "B7" for one cell). */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number, abs = false): string {
  const a = cellAddress(row1, col1, abs);
  return row1 === row2 && col1 === col2 ? a : `${a}:${cellAddress(row2, col2, abs)}`;
}

export interface CellPos {
  row: number;
  column: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Whether a name would be read as a cell reference ("AB12"): such names are refused for sheets' tables and names. */
export const looksLikeCellRef = (name: string): boolean => /^[A-Za-z]{1,3}\d+$/.test(name);

/** Parse "B7" / "$B$7" → { row: 7, column: 2 }; undefined if it is not a cell on the sheet (A1..XFD1048576). */
export function parseCell(ref: string): CellPos | undefined {
  const m = CELL.exec(ref.trim());
  if (!m) return undefined;
  const row = Number(m[2]);
  const column = columnNumber(m[1]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row, column };
}

/** Parse "B7:D9" or "B7" → the corners (top-left, bottom-right); undefined if malformed. */
export function parseRange(ref: string): { from: CellPos; to: CellPos } | undefined {
  const [a, b, extra] = ref.split(":");
  const from = parseCell(a ?? "");
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to || extra !== undefined) return undefined;
  return {
    from: { row: Math.min(from.row, to.row), column: Math.min(from.column, to.column) },
    to: { row: Math.max(from.row, to.row), column: Math.max(from.column, to.column) },
  };
}

/** A cell the caller requires: its position, or an error naming the text. */
export function requireCell(ref: string): CellPos {
  const at = parseCell(ref);
  if (at) return at;
  const m = CELL.exec(ref.trim());
  throw new Error(m && columnNumber(m[1]) > MAX_COLUMNS ? `'${ref}' is beyond column XFD` : `'${ref}' is not an A1 cell address`);
}

// --- 1-based rectangles (by corners) ---------------------------------------------------------

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4:F14" or "B4" → a normalised rectangle; throws naming the text when it is not one. */
export function parseRect(ref: string): Rect {
  const parts = ref.split(":");
  if (parts.length > 2) throw new Error(`'${ref}' is not an A1 range`);
  const a = requireCell(parts[0]);
  const b = parts.length === 2 ? requireCell(parts[1]) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** "B4:F14", or "B4" for one cell; `abs` gives "$B$4:$F$14". */
export function rectAddress(r: Rect, abs = false): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right, abs);
}

/** Cells of a rectangle in reading order (row by row). */
export function rectCells(r: Rect): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) out.push({ row, column });
  return out;
}

// --- 0-based areas (as Office.js counts) ------------------------------------------------------

/** A rectangle of cells, 0-based like `Range.rowIndex` / `Range.columnIndex`. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B7" for the 0-based row 6, col 1. */
export function cellName(row: number, col: number): string {
  return cellAddress(row + 1, col + 1);
}

/** "B7:D9", or "B7" for one cell. */
export function formatArea(a: Area): string {
  return rangeAddress(a.row + 1, a.col + 1, a.row + a.rows, a.col + a.cols);
}

const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** "B4:F14" / "$B$4" / "A:C" / "3:5" → the area; throws naming `where` when it is not a cell, range, or whole columns/rows. */
export function parseArea(address: string, where = "address"): Area {
  const columns = WHOLE_COLUMNS.exec(address.trim());
  if (columns) {
    const a = parseArea(`${columns[1]}1:${columns[2]}1`, where);
    return { ...a, row: 0, rows: MAX_ROWS };
  }
  const rowsOnly = WHOLE_ROWS.exec(address.trim());
  if (rowsOnly) {
    const a = parseArea(`A${rowsOnly[1]}:A${rowsOnly[2]}`, where);
    return { ...a, col: 0, cols: MAX_COLUMNS };
  }
  const r = parseRange(address);
  if (!r) throw new Error(`${where}: '${address}' is not an A1 cell or range`);
  return { row: r.from.row - 1, col: r.from.column - 1, rows: r.to.row - r.from.row + 1, cols: r.to.column - r.from.column + 1 };
}

/** Whether `outer` contains the 0-based cell (row, col). */
export function containsCell(outer: Area, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

/** Whether `outer` contains every cell of `inner`. */
export function containsArea(outer: Area, inner: Area): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, inner.row + inner.rows - 1, inner.col + inner.cols - 1);
}

// --- sheet qualifiers ------------------------------------------------------------------------

/** A sheet name as a formula writes it: always quoted (valid for every name), inner quotes doubled ('It''s'). */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** 'Sheet name'!A1 — a sheet-qualified reference. */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** Survey!E15 when the sheet name needs no quotes, else 'Kano data'!E15 — as Excel shows a reference to people. */
export function displayRef(sheet: string, ref: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !looksLikeCellRef(sheet) ? `${sheet}!${ref}` : sheetRef(sheet, ref);
}

/** 'Sheet name'!$B$4:$B$14 — the absolute, sheet-qualified form charts use. */
export function absoluteRef(sheet: string, r: Rect): string {
  return sheetRef(sheet, rectAddress(r, true));
}

/** "'Kano data'!B2:B9" → { sheet: "Kano data", address: "B2:B9" }; "B2:B9" → { address }. */
export function splitRef(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { address: ref };
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: ref.slice(bang + 1) };
}

// --- literals in formulas --------------------------------------------------------------------

/** A formula string literal: "text" with inner quotes doubled. */
export function formulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number as a formula literal in English syntax ("-1" in parentheses so "x-(-1)" stays valid). */
export function formulaNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`${x} cannot be written in a formula`);
  const s = String(x);
  return x < 0 ? `(${s})` : s;
}
