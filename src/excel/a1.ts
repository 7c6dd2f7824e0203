/**
 * A1 addresses as src/excel/ needs them: 0-based areas (as Excel's rowIndex/columnIndex), column
 * letters, sheet-qualified references ('Kano data'!B2:B9) and their parts.
 */

/** A rectangle of cells, 0-based like `Range.rowIndex` / `Range.columnIndex`. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`column ${col + 1} is outside A..XFD`);
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "B7" for row 6, col 1 (0-based). */
export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B7:D9", or "B7" for one cell. */
export function formatArea(a: Area): string {
  const first = cellName(a.row, a.col);
  return a.rows === 1 && a.cols === 1 ? first : `${first}:${cellName(a.row + a.rows - 1, a.col + a.cols - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(ref: string): { row: number; col: number } | undefined {
  const m = CELL.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) return undefined;
  return { row: row - 1, col: col - 1 };
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
  const [a, b, extra] = address.split(":");
  const from = parseCell(a ?? "");
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to || extra !== undefined) throw new Error(`${where}: '${address}' is not an A1 cell or range`);
  const row = Math.min(from.row, to.row),
    col = Math.min(from.col, to.col);
  return { row, col, rows: Math.abs(to.row - from.row) + 1, cols: Math.abs(to.col - from.col) + 1 };
}

/** 'Sheet name'!A1 with inner quotes doubled (always quoted: valid for every name). */
export function qualify(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** "'Kano data'!B2:B9" → { sheet: "Kano data", address: "B2:B9" }; "B2:B9" → { address }. */
export function splitRef(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { address: ref };
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: ref.slice(bang + 1) };
}

/** Whether `outer` contains the cell (row, col). */
export function containsCell(outer: Area, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

/** Whether `outer` contains every cell of `inner`. */
export function containsArea(outer: Area, inner: Area): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, inner.row + inner.rows - 1, inner.col + inner.cols - 1);
}
