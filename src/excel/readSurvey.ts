/**
 * Reading the survey: where it is (from the selection) and its cells, in row chunks that keep
 * every request and response well under Excel's 5 MB payload limit.
 *
 * Chunk sizing: a chunk aims at CHUNK_BYTES (1 MB) of JSON. The first chunk assumes a generous
 * 64 bytes per cell (bytes per row = 64 × columns); every later chunk uses 1.25× the bytes per row
 * measured so far (headroom for longer text further down), growing at most 4× per step. A response
 * that still exceeds Excel's limit is retried with half the rows. So the 100,000 × 30 sample-like
 * survey of scripts/bench-apply.ts takes 21 chunks of ≤ 0.8 MB instead of ~100 with a fixed
 * per-cell estimate, and no chunk comes near 5 MB.
 */
import { Area, cellName, containsArea, containsCell, formatArea, parseArea, sheetRef } from "../report/a1";
import { throwIfCancelled } from "./cancel";
import { ExcelAccessError, KeyedError, officeCode } from "./errors";
import type { ExcelRun } from "./run";

export interface SurveyRange {
  sheet: string;
  /** The range read (bottom clipped to the sheet's used range), e.g. "A1:AD100001". */
  address: string;
  headers: unknown[];
  rows: unknown[][];
  /**
   * Set when the range read is the whole block below its first row (its last row is the last of
   * the top-left cell's current region): that cell ("A1") and the column count, by which Refresh
   * finds the block again as it is then. Absent for part of a block: Refresh reads `address`.
   */
  anchor?: string;
  columns?: number;
  /** The Excel table the survey was read from (its whole range): Refresh reads the table by this name. */
  table?: string;
}

/** Target JSON size of one chunk (Excel's limit is 5 MB per request and per response). */
export const CHUNK_BYTES = 1_000_000;
const FIRST_BYTES_PER_CELL = 64;
const HEADROOM = 1.25;
const GROWTH = 4;

const INDEXES = "rowIndex, columnIndex, rowCount, columnCount";

function areaOf(range: Excel.Range): Area {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/**
 * The survey's sheet and address, from the user's selection:
 * - inside an Excel table (one cell or row: its first cell; a block: wholly inside): the whole
 *   table, and its name;
 * - one cell or one row: its current region (Ctrl+*, `getSurroundingRegion`), else — the region
 *   being a lone cell — the sheet's used range;
 * - a larger block (or whole columns): the used cells within the selection.
 * Two round trips at most.
 */
export async function resolveSurveyAddress(run: ExcelRun): Promise<{ sheet: string; address: string; table?: string }> {
  return run(async (context) => {
    const selection = context.workbook.getSelectedRange().load(INDEXES);
    const sheet = selection.worksheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load(INDEXES);
    const usedInSelection = selection.getUsedRangeOrNullObject(true).load(INDEXES);
    const tables = sheet.tables.load("items/name");
    try {
      await context.sync();
    } catch (e) {
      throw new ExcelAccessError("reading the selection (select one block of cells)", e, { key: "excelReadSelection" });
    }
    const selected = areaOf(selection);
    const usedArea = used.isNullObject ? undefined : areaOf(used);
    const empty = () =>
      new KeyedError(`sheet '${sheet.name}' is empty around ${formatArea(selected)}: select the survey (a header row and its answers)`, {
        key: "emptySelection",
        params: { sheet: sheet.name, address: formatArea(selected) },
      });

    const block = selected.rows > 1;
    if (block && tables.items.length === 0) {
      if (usedInSelection.isNullObject) throw empty();
      return { sheet: sheet.name, address: formatArea(areaOf(usedInSelection)) };
    }

    const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load(INDEXES) }));
    const region = block ? undefined : selection.getSurroundingRegion().load(INDEXES);
    try {
      await context.sync();
    } catch (e) {
      const range = sheetRef(sheet.name, formatArea(selected));
      throw new ExcelAccessError(`reading around ${range}`, e, { key: "excelReadAround", params: { range } });
    }
    const inside = (a: Area) => (block ? containsArea(a, selected) : containsCell(a, selected.row, selected.col));
    const table = tableRanges.map((t) => ({ name: t.name, area: areaOf(t.range) })).find((t) => inside(t.area));
    if (table) return { sheet: sheet.name, address: formatArea(table.area), table: table.name };
    if (!region) {
      if (usedInSelection.isNullObject) throw empty();
      return { sheet: sheet.name, address: formatArea(areaOf(usedInSelection)) };
    }
    const around = areaOf(region);
    if (around.rows > 1) return { sheet: sheet.name, address: formatArea(around) };
    if (usedArea && usedArea.rows > 1) return { sheet: sheet.name, address: formatArea(usedArea) };
    throw empty();
  });
}

/** JSON size of a value as office-js sends it (UTF-8 bytes; ASCII-only text counts 1 byte a character). */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

/**
 * Where to read a survey: `address` as it is, or — with `anchor` (the top-left cell of the header
 * row) and `columns` — the header row's `columns` cells and the rows below it down to the end of
 * the anchor's current region (Ctrl+*, `getSurroundingRegion`) as the sheet is now, so rows
 * appended under the survey are read and deleted ones are not.
 */
export interface SurveySource {
  sheet: string;
  address: string;
  anchor?: string;
  columns?: number;
  /**
   * An Excel table holding the survey: read whole (header row + body) as it is now, wherever it
   * is (its sheet renamed or not). Gone, the source is read by `anchor` or `address` instead.
   */
  table?: string;
}

/** The recorded table's sheet and range as they are now, or undefined when it is gone (one or two round trips). */
async function tableNow(context: Excel.RequestContext, name: string): Promise<{ sheet: string; name: string; area: Area } | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(name).load("name");
  await context.sync();
  if (table.isNullObject) return undefined;
  const range = table.getRange().load(INDEXES);
  const sheet = table.worksheet.load("name");
  await context.sync();
  return { sheet: sheet.name, name: table.name, area: areaOf(range) };
}

/** The anchor's cell and the column count, when `where` locates the survey by its header row. */
function anchorOf(where: SurveySource, label: string): { row: number; col: number; cols: number } | undefined {
  if (where.anchor === undefined || where.columns === undefined) return undefined;
  const cell = parseArea(where.anchor, `survey header ${label}`);
  if (!(Number.isInteger(where.columns) && where.columns > 0)) throw new RangeError(`columns must be a positive whole number, not ${where.columns}`);
  return { row: cell.row, col: cell.col, cols: where.columns };
}

/** The table of `tables` whose header row starts at the anchor and is as wide (one round trip). */
async function tableAt(
  context: Excel.RequestContext,
  sheet: string,
  tables: Excel.Table[],
  anchor: { row: number; col: number; cols: number },
): Promise<{ sheet: string; name: string; area: Area } | undefined> {
  const ranges = tables.map((t) => ({ name: t.name, range: t.getRange().load(INDEXES) }));
  await context.sync();
  const at = ranges.find((t) => t.range.rowIndex === anchor.row && t.range.columnIndex === anchor.col && t.range.columnCount === anchor.cols);
  return at && { sheet, name: at.name, area: areaOf(at.range) };
}

/**
 * Reads `where` (first row = headers; a recorded table that still exists, or a table whose header
 * row stands at the anchor: the table as it is now) as values (numbers, strings, booleans; dates
 * as serial numbers), chunk by chunk: one round trip for the shape and header row (two more for a
 * recorded table, one more when the anchor's sheet has tables), then one per chunk.
 * Trailing blank rows (below the used range) are not read. Errors name the sheet and the rows.
 */
export async function readSurveyRange(
  run: ExcelRun,
  where: SurveySource,
  opts: { chunkRows?: number; onProgress?: (rowsRead: number, totalRows: number) => void; signal?: AbortSignal } = {},
): Promise<SurveyRange> {
  const label = sheetRef(where.sheet, where.address);
  parseArea(where.address, `survey range ${label}`);
  if (opts.chunkRows !== undefined && !(Number.isInteger(opts.chunkRows) && opts.chunkRows > 0)) {
    throw new RangeError(`chunkRows must be a positive whole number, not ${opts.chunkRows}`);
  }
  const anchor = anchorOf(where, label);
  return run(async (context) => {
    let table: Awaited<ReturnType<typeof tableNow>>;
    try {
      table = where.table === undefined ? undefined : await tableNow(context, where.table);
    } catch (e) {
      throw new ExcelAccessError(`reading table ${where.table}`, e, { key: "excelRead", params: { range: where.table ?? label } });
    }
    const sheetName = table?.sheet ?? where.sheet;
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const range = (
      table
        ? sheet.getRangeByIndexes(table.area.row, table.area.col, table.area.rows, table.area.cols)
        : anchor
          ? sheet.getRangeByIndexes(anchor.row, anchor.col, 1, anchor.cols)
          : sheet.getRange(where.address)
    ).load(INDEXES);
    const header = range.getRow(0).load("values");
    const region = range.getCell(0, 0).getSurroundingRegion().load(INDEXES);
    const used = sheet.getUsedRangeOrNullObject(true).load(INDEXES);
    const sheetTables = anchor && !table ? sheet.tables.load("items/name") : undefined;
    try {
      await context.sync();
      // Found by its header row, the survey may be a table now (made since, or renamed): then the table is read and remembered.
      if (anchor && sheetTables && sheetTables.items.length > 0) table = await tableAt(context, sheetName, sheetTables.items, anchor);
    } catch (e) {
      throw new ExcelAccessError(`reading ${label}`, e, { key: "excelRead", params: { range: label } });
    }
    // Located by the header row: from it down to the last row of its current region.
    const regionEnd = region.rowIndex + region.rowCount;
    const area = table ? table.area : anchor ? { ...areaOf(range), rows: Math.max(1, regionEnd - range.rowIndex) } : areaOf(range);
    const usedEnd = used.isNullObject ? area.row : used.rowIndex + used.rowCount;
    const total = Math.max(0, Math.min(area.row + area.rows, usedEnd) - area.row - 1);
    const read: SurveyRange = { sheet: sheetName, address: formatArea({ ...area, rows: total + 1 }), headers: header.values[0] ?? [], rows: [] };
    // A table's header row is its anchor too: should the table go, Refresh finds the survey by it.
    if (table || anchor || area.row + total + 1 === regionEnd) {
      read.anchor = cellName(area.row, area.col);
      read.columns = area.cols;
    }
    if (table) read.table = table.name;

    let chunk = opts.chunkRows ?? Math.max(1, Math.floor(CHUNK_BYTES / (FIRST_BYTES_PER_CELL * area.cols)));
    let bytesSeen = 0;
    for (let done = 0; done < total;) {
      throwIfCancelled(opts.signal); // between chunks: reading changes nothing, so a cancel simply stops
      const rows = Math.min(chunk, total - done);
      const first = area.row + 1 + done;
      const part = sheet.getRangeByIndexes(first, area.col, rows, area.cols).load("values");
      try {
        // One sync per chunk is the point: each request stays under Excel's 5 MB payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (officeCode(e) === "ResponsePayloadSizeLimitExceeded" && rows > 1) {
          chunk = Math.ceil(rows / 2);
          continue;
        }
        const at = sheetRef(sheetName, read.address);
        throw new ExcelAccessError(`reading ${at}, rows ${first + 1}–${first + rows}`, e, {
          key: "excelReadRows",
          params: { range: at, first: first + 1, last: first + rows },
        });
      }
      for (const row of part.values) read.rows.push(row);
      done += rows;
      opts.onProgress?.(done, total);
      if (opts.chunkRows === undefined) {
        bytesSeen += jsonBytes(part.values);
        const perRow = Math.max((HEADROOM * bytesSeen) / done, 2 * area.cols);
        chunk = Math.max(1, Math.min(GROWTH * rows, Math.floor(CHUNK_BYTES / perRow)));
      }
    }
    return read;
  });
}
