/**
 * A1 addresses for the report builders: column letters, cell and range addresses, and the
 * inverse (parsing a reference), all 1-based (row 1 = the sheet's first row, column 1 = "A").
 */

/** Column letters of a 1-based column: 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > 16384) {
    throw new RangeError(`column ${column} is outside A..XFD`);
  }
  let s = "";
  let c = column;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = (c - 1 - r) / 26;
  }
  return s;
}

/** 1-based column of letters: "A" → 1, "AA" → 27. */
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

/** Parse "B7" / "$B$7" → { row: 7, column: 2 }; undefined if it is not a cell reference. */
export function parseCell(ref: string): CellPos | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** Parse "B7:D9" or "B7" → the corners (top-left, bottom-right); undefined if malformed. */
export function parseRange(ref: string): { from: CellPos; to: CellPos } | undefined {
  const [a, b] = ref.split(":");
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return undefined;
  return {
    from: { row: Math.min(from.row, to.row), column: Math.min(from.column, to.column) },
    to: { row: Math.max(from.row, to.row), column: Math.max(from.column, to.column) },
  };
}

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

/** 'Sheet name'!A1 — a sheet-qualified reference (quotes doubled inside the name). */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
