/**
 * The manager's edits on a report sheet: what the report wrote is kept as one short hash per
 * non-empty cell (of its formula, or its constant), read back from Excel right after writing, so
 * the comparison on Refresh sees exactly what Excel holds both times. Input cells (named, meant to
 * be changed) are left out. Pure: no Office calls.
 */
import { cellName } from "../report/a1";
import type { WrittenSheet } from "./recipe";

/** FNV-1a (32-bit) of the value's type and text, in base 36: a changed cell is missed 1 time in 4·10⁹. */
export function cellHash(value: unknown): string {
  const text = `${typeof value}:${String(value)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const isEmpty = (v: unknown): boolean => v === "" || v === null || v === undefined;

/**
 * The hashes of a grid read from a sheet (`Range.formulas` of its used range, whose top-left cell
 * is at 0-based `row`, `col`); the cells named in `skip` (A1: the input cells) are hashed apart, in
 * `inputs`, so Refresh keeps only the entries the manager changed.
 */
export function writtenSheet(formulas: readonly (readonly unknown[])[], row: number, col: number, skip: ReadonlySet<string> = new Set()): WrittenSheet {
  const cells: Record<string, string> = {};
  const inputs: Record<string, string> = {};
  formulas.forEach((line, i) =>
    line.forEach((v, j) => {
      const at = cellName(row + i, col + j);
      if (skip.has(at)) inputs[at] = cellHash(isEmpty(v) ? "" : v);
      else if (!isEmpty(v)) cells[at] = cellHash(v);
    }),
  );
  return skip.size > 0 ? { cells, inputs } : { cells };
}

/** Row, then column, of an A1 cell name (for a reading order of the changed cells). */
function position(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return [0, 0];
  return [Number(m[2]), [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)];
}

/** The cells that differ (changed, cleared or new), in reading order: row by row, left to right. */
export function changedCells(before: WrittenSheet, now: WrittenSheet): string[] {
  const out = new Set<string>();
  for (const [at, h] of Object.entries(before.cells)) if (now.cells[at] !== h) out.add(at);
  for (const at of Object.keys(now.cells)) if (!(at in before.cells)) out.add(at);
  return [...out].sort((a, b) => {
    const [ra, ca] = position(a);
    const [rb, cb] = position(b);
    return ra - rb || ca - cb;
  });
}
