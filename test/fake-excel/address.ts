/**
 * A1 addresses ⇄ 0-based (row, column) areas, within Excel's grid of 1,048,576 rows × 16,384
 * columns (A…XFD). Accepts "A1", "B2:D10", "$A$1", "Sheet1!A1:C3", "'My sheet'!A1", whole columns
 * "A:C" and whole rows "2:5"; corners given in any order are normalised.
 */
import { FakeOfficeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells: top-left (row, col) 0-based, and its size. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  area: Area;
}

const bad = (address: string, why: string): FakeOfficeError => new FakeOfficeError("InvalidArgument", `fake-excel: invalid address '${address}': ${why}`);

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw bad(String(col), "column out of range");
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 0, "XFD" → 16383 (case-insensitive). */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw bad(letters, "not a column");
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw bad(letters, "beyond column XFD");
  return n - 1;
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(address: string, text: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (!m[1] && !m[2])) throw bad(address, `'${text}' is not a cell reference`);
  const corner: Corner = {};
  if (m[1]) corner.col = lettersToColumn(m[1]);
  if (m[2]) {
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROWS) throw bad(address, `row ${m[2]} is outside 1…${MAX_ROWS}`);
    corner.row = row - 1;
  }
  return corner;
}

/** Splits an optional sheet prefix ("Sheet1!", "'It''s'!") from the cell part. */
function splitSheet(address: string): { sheet?: string; cells: string } {
  if (address.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
    if (!m) throw bad(address, "unterminated quoted sheet name");
    return { sheet: m[1].replace(/''/g, "'"), cells: m[2] };
  }
  const bang = address.lastIndexOf("!");
  return bang < 0 ? { cells: address } : { sheet: address.slice(0, bang), cells: address.slice(bang + 1) };
}

export function parseAddress(address: string): ParsedAddress {
  const { sheet, cells } = splitSheet(address.trim());
  const parts = cells.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw bad(address, "expected A1 or A1:B2");
  const a = parseCorner(address, parts[0]);
  const b = parts.length === 2 ? parseCorner(address, parts[1]) : a;
  const kind = (c: Corner) => (c.row !== undefined && c.col !== undefined ? "cell" : c.col !== undefined ? "col" : "row");
  if (kind(a) !== kind(b) || (parts.length === 1 && kind(a) !== "cell")) throw bad(address, "mixed or incomplete reference");
  const r0 = a.row ?? 0,
    r1 = b.row ?? MAX_ROWS - 1,
    c0 = a.col ?? 0,
    c1 = b.col ?? MAX_COLUMNS - 1;
  const area = { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  return sheet === undefined ? { area } : { sheet, area };
}

/** Throws InvalidArgument unless the area lies inside the grid and is at least 1×1. */
export function checkArea(area: Area): Area {
  const { row, col, rows, cols } = area;
  const ok = [row, col, rows, cols].every(Number.isInteger) && row >= 0 && col >= 0 && rows >= 1 && cols >= 1;
  if (!ok || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", `fake-excel: range (row ${row}, column ${col}, ${rows}×${cols}) is outside the sheet`);
  }
  return area;
}

export const cellName = (row: number, col: number, absolute = false): string =>
  absolute ? `$${columnToLetters(col)}$${row + 1}` : `${columnToLetters(col)}${row + 1}`;

/** "A1", "B2:D10", whole columns "A:C", whole rows "2:5" — the forms Excel reports. */
export function formatArea(area: Area, absolute = false): string {
  const $ = absolute ? "$" : "";
  const lastRow = area.row + area.rows - 1,
    lastCol = area.col + area.cols - 1;
  if (area.col === 0 && area.cols === MAX_COLUMNS) return `${$}${area.row + 1}:${$}${lastRow + 1}`;
  if (area.row === 0 && area.rows === MAX_ROWS) return `${$}${columnToLetters(area.col)}:${$}${columnToLetters(lastCol)}`;
  const first = cellName(area.row, area.col, absolute);
  return area.rows === 1 && area.cols === 1 ? first : `${first}:${cellName(lastRow, lastCol, absolute)}`;
}

/** Quotes a sheet name when Excel would: anything but a plain identifier that is not a cell name. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export const formatAddress = (sheet: string, area: Area, absolute = false): string => `${quoteSheetName(sheet)}!${formatArea(area, absolute)}`;
