/**
 * Survey files for the command line, read row by row: CSV is streamed (papaparse over a Node read
 * stream, chunk callbacks, ~1 MB at a time), so memory stays flat however long the file is; .xlsx
 * is read into memory by ExcelJS (readSurveyFile) and then handed out the same way.
 *
 * Two phases in one pass: the header and the first `sampleRows` data rows are collected and given
 * to `prepare(headers, sample)` (role detection looks at them), which returns the sink every data
 * row then goes to — the sample rows first, then the rest of the file — with its sheet row number
 * (header = row 1, so a CSV's rows are its line numbers when no quoted field spans lines).
 *
 * The first LAYOUT_TOP_ROWS rows are held back until detectLayout has said how many of them are
 * headers (Qualtrics 3, SurveyMonkey 2, else 1); the data rows keep their true sheet row numbers
 * and `prepare` gets the layout's one-line headers and the layout itself.
 *
 * Rows are as a CSV reader gives them: text cells, ragged rows allowed. Empty lines inside the file
 * are empty rows (the survey reader skips and counts them); empty lines at the end are dropped.
 */
import { existsSync, statSync } from "fs";
import { basename, extname } from "path";
import Papa from "papaparse";
import { CsError } from "../engine/errors";
import { detectLayout, LAYOUT_TOP_ROWS, layoutHeaders } from "../survey/layout";
import type { SurveyLayout } from "../survey/layoutTypes";
import { checkColumnCount, utf8FileStream } from "./inputLimits";
import { readSurveyFile, sniffCsv } from "./readSurveyFile";
import { isSavPath, readSavRows } from "./sav/rows";
import { SAMPLE } from "../survey/roles/stats";

export type RowSink = (row: readonly unknown[], sheetRow: number) => void;

export interface SurveyRowsOptions {
  /** Data rows collected before `prepare` is called (default 5000, what detectRoles looks at). */
  sampleRows?: number;
  /** Called once with the header row and the first data rows; returns where every data row goes. */
  prepare(headers: string[], sample: readonly (readonly unknown[])[], layout: SurveyLayout): RowSink;
  /** Data rows read so far, every `progressEvery` rows (default 100,000). */
  onProgress?(rows: number): void;
  progressEvery?: number;
  /** .xlsx: worksheet name (default the first). */
  sheet?: string;
  /** CSV: bytes read at a time (default 64 KB: a chunk's rows die young, so memory stays flat). */
  chunkBytes?: number;
  /**
   * What row 1 of a plain table is: "headers" (the column names) or "answers" (the first
   * respondent: the columns are named Column 1 … N and row 1 is data). Absent: as the layout says.
   */
  firstRow?: FirstRow;
}

export type FirstRow = "headers" | "answers";

/** Column names of a file without a header row ("Column 1" …, as role detection names unnamed columns). */
export function generatedHeaders(width: number): string[] {
  return Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
}

export interface SurveyRowsResult {
  /** "file survey.csv" / "file survey.xlsx, sheet Survey" (the report's source line). */
  source: string;
  /** Data rows read (empty rows inside the file included; header rows not). */
  rows: number;
  /** The export layout detected from the first rows. */
  layout: SurveyLayout;
}

export const DEFAULT_SAMPLE_ROWS = SAMPLE;
const PROGRESS_EVERY = 100_000;
/** A CSV chunk without the end of a single row for this long means a quote that never closes. */
const MAX_ROW_CHARS = 16 << 20;
const STREAM_CHUNK = 64 << 10; // ~1,000 rows of a typical survey per chunk

export function isCsvPath(path: string): boolean {
  return [".csv", ".txt", ".tsv"].includes(extname(path).toLowerCase());
}

/** Reads a CSV or .xlsx survey (see the header comment). Throws CsError "value" for unusable files. */
export async function readSurveyRows(path: string, opts: SurveyRowsOptions): Promise<SurveyRowsResult> {
  if (!existsSync(path)) throw new CsError("value", "fileNotFound", { file: path });
  if (statSync(path).isDirectory()) throw new CsError("value", "surveyIsFolder", { file: path });
  const ext = extname(path).toLowerCase();
  if (isCsvPath(path)) return streamCsv(path, opts);
  if (ext === ".xlsx" || ext === ".xlsm") return readXlsxRows(path, opts);
  if (isSavPath(ext)) return readSavRows(path, opts); // SPSS .sav / .zsav (src/cli/sav/)
  throw new CsError("value", "unsupportedFileType", { file: path, ext: ext || "(none)" });
}

async function readXlsxRows(path: string, opts: SurveyRowsOptions): Promise<SurveyRowsResult> {
  const table = await readSurveyFile(path, opts.sheet);
  const headers = table.headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  if (headers.every((h) => h.trim() === "")) throw new CsError("value", "headerRowEmpty", { file: path });
  let layout = table.layout ?? detectLayout([table.headers]);
  let first = table.firstRow ?? 2;
  let rows = table.rows;
  if (opts.firstRow === "answers" && layout.platform === "plain") {
    // Row 1 is a respondent: it joins the data, the columns get generated names.
    rows = [table.headers, ...table.rows];
    headers.splice(0, headers.length, ...generatedHeaders(headers.length));
    layout = detectLayout([headers, ...rows.slice(0, LAYOUT_TOP_ROWS - 1)]);
    first = 1;
  } else if (opts.firstRow === "headers") layout = { ...layout, firstRowLooksLikeData: false }; // the user says so
  const sink = opts.prepare(headers, rows.slice(0, opts.sampleRows ?? DEFAULT_SAMPLE_ROWS), layout);
  const every = opts.progressEvery ?? PROGRESS_EVERY;
  for (let i = 0; i < rows.length; i++) {
    sink(rows[i], i + first);
    if (opts.onProgress && (i + 1) % every === 0) opts.onProgress(i + 1);
  }
  return { source: table.source, rows: rows.length, layout };
}

function streamCsv(path: string, opts: SurveyRowsOptions): Promise<SurveyRowsResult> {
  const dialect = sniffCsv(path); // papaparse would guess from the first chunk alone
  const name = basename(path);
  const sampleRows = opts.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const every = opts.progressEvery ?? PROGRESS_EVERY;
  let headers: string[] | null = null;
  let top: string[][] | null = []; // the first rows, until the layout says which are headers
  let layout: SurveyLayout | null = null;
  let headerRows = 1;
  let sample: string[][] | null = [];
  let sink: RowSink | null = null;
  let records = 0; // data records so far (header excluded)
  let pendingEmpty = 0; // empty lines not yet known to be inside the file (not at its end)
  let charsSinceRow = 0; // characters read since the last chunk that completed a row

  const emit = (row: readonly unknown[]): void => {
    records++;
    const sheetRow = records + headerRows;
    if (sink) sink(row, sheetRow);
    else {
      (sample as string[][]).push(row as string[]);
      if ((sample as string[][]).length >= sampleRows) startSink();
    }
    if (opts.onProgress && records % every === 0) opts.onProgress(records);
  };
  const startSink = (): void => {
    const rows = sample as string[][];
    sample = null;
    sink = opts.prepare(headers as string[], rows, layout as SurveyLayout);
    rows.forEach((r, i) => (sink as RowSink)(r, i + headerRows + 1));
  };
  /** The held-back top rows: the layout, the headers, then the rows below the headers as data. */
  const settleLayout = (): void => {
    const rows = top as string[][];
    top = null;
    const first = rows[0] ?? [];
    if (first.length > 0) first[0] = first[0].replace(/^\uFEFF/, "");
    if (first.every((h) => h.trim() === "")) throw new CsError("value", "headerLineEmpty", { file: name });
    let found = detectLayout(rows);
    if (opts.firstRow === "answers" && found.platform === "plain") {
      // Row 1 is a respondent: every top row is data, the columns get generated names.
      const width = Math.max(...rows.map((r) => r.length));
      headers = generatedHeaders(width);
      found = detectLayout([headers, ...rows.slice(0, LAYOUT_TOP_ROWS - 1)]);
      layout = found;
      headerRows = 0;
      for (const row of rows) takeData(row);
      return;
    }
    if (opts.firstRow === "headers") found = { ...found, firstRowLooksLikeData: false }; // the user says so
    layout = found;
    headerRows = found.platform === "plain" ? 1 : Math.min(found.headerRows, rows.length);
    headers = found.platform === "plain" ? first : layoutHeaders(found);
    for (let i = headerRows; i < rows.length; i++) takeData(rows[i]);
  };
  /** Lines read so far (held back, header or data), for the row number of a parse error. */
  const consumed = (): number => (top !== null ? top.length : headerRows + records + pendingEmpty);
  const take = (row: string[]): void => {
    if (top !== null) {
      top.push(row);
      checkColumnCount(name, row.length, top.length); // before any work: row 1 is a header row
      if (top.length >= LAYOUT_TOP_ROWS) settleLayout();
      return;
    }
    takeData(row);
  };
  const takeData = (row: string[]): void => {
    if (row.length === 1 && row[0] === "") {
      pendingEmpty++; // an empty line: a blank row, unless only empty lines follow
      return;
    }
    for (; pendingEmpty > 0; pendingEmpty--) emit([]);
    checkColumnCount(name, row.length, records + headerRows + 1);
    emit(row);
  };

  return new Promise<SurveyRowsResult>((resolve, reject) => {
    // UTF-8 checked over the whole file as it streams (inputLimits.ts), not only its first 64 KB.
    const stream = utf8FileStream(path, name, opts.chunkBytes ?? STREAM_CHUNK);
    stream.on("data", (chunk: string | Buffer) => (charsSinceRow += chunk.length)); // registered before papaparse's listener
    let settled = false;
    const fail = (e: unknown, parser?: Papa.Parser): void => {
      if (settled) return;
      settled = true;
      parser?.abort();
      stream.destroy();
      reject(e);
    };
    Papa.parse<string[], NodeJS.ReadableStream>(stream, {
      skipEmptyLines: false,
      ...dialect,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (settled) return;
        try {
          // Errors of the last, incomplete row are not errors: it is parsed again with the next chunk.
          const quote = results.errors.find((e) => e.type === "Quotes" && (e.row ?? 0) < results.data.length);
          if (quote) {
            const row = consumed() + (quote.row ?? 0) + 1;
            throw new CsError("value", "unclosedQuote", { file: name, line: row, cause: quote.message });
          }
          const data = results.data;
          if (data.length > 0) charsSinceRow = 0;
          else if (charsSinceRow > MAX_ROW_CHARS) {
            const row = consumed() + 1;
            throw new CsError("value", "rowTooLongBytes", { file: name, line: row, megabytes: MAX_ROW_CHARS >> 20 });
          }
          for (let i = 0; i < data.length; i++) take(data[i]);
        } catch (e) {
          fail(e, parser);
        }
      },
      complete() {
        if (settled) return;
        try {
          if (top !== null && top.length > 0) settleLayout();
          if (headers === null) throw new CsError("value", "fileEmptyNoHeader", { file: name });
          if (sink === null) startSink();
          settled = true;
          resolve({ source: `file ${name}`, rows: records, layout: layout as unknown as SurveyLayout });
        } catch (e) {
          fail(e);
        }
      },
      error(err: Error) {
        fail(err instanceof CsError ? err : new CsError("value", "fileProblem", { file: name, cause: err.message })); // CsError: from utf8FileStream
      },
    });
  });
}
