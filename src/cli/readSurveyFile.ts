/**
 * Reads a survey file (CSV or .xlsx) into a header row and data rows, for the Node command line
 * (demo, CLI, benchmarks). The add-in itself reads ranges through src/excel/.
 * CSV: papaparse (RFC 4180, UTF-8 with or without BOM). xlsx: ExcelJS, first worksheet or a named one.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from "fs";
import { extname } from "path";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { CsError } from "../engine/errors";
import { splitHeaderRows } from "../survey/layout";
import type { SurveyLayout } from "../survey/layoutTypes";

export interface SurveyTable {
  headers: unknown[];
  rows: unknown[][];
  /** Where the data came from, for the report ("file survey.csv" / "file survey.xlsx, sheet Survey"). */
  source: string;
  /** The export's layout (detectLayout of the first rows); `rows` start below its header rows. */
  layout?: SurveyLayout;
  /** Sheet row number of rows[0] (2 for one header row, 4 for a Qualtrics export). */
  firstRow?: number;
}

export async function readSurveyFile(path: string, sheet?: string): Promise<SurveyTable> {
  if (!existsSync(path)) throw new CsError("value", "fileNotFoundFirst", { file: path });
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return readCsv(path);
  if (ext === ".xlsx") return readXlsx(path, sheet);
  throw new CsError("value", "unsupportedFileType", { file: path, ext: ext || "(none)" });
}

/**
 * Empty lines inside the file are empty rows (buildSurvey skips and counts them), so row numbers
 * are line numbers; empty lines at the end are dropped. The command line streams the same way
 * (surveyRows.ts).
 */
function readCsv(path: string): SurveyTable {
  const dialect = sniffCsv(path);
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, ...dialect });
  const isEmptyLine = (r: string[] | undefined): boolean => r !== undefined && r.length === 1 && r[0] === "";
  while (isEmptyLine(parsed.data[parsed.data.length - 1])) parsed.data.pop();
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new CsError("value", "csvFatalRow", { file: path, line: (fatal.row ?? 0) + 1, cause: fatal.message });
  }
  const [headers, ...rows] = parsed.data.map((row) => (isEmptyLine(row) ? [] : row));
  if (!headers || headers.every((h) => h.trim() === "")) throw new CsError("value", "fileEmptyNoHeader", { file: path });
  return { ...splitHeaderRows(headers, rows), source: `file ${basename(path)}` };
}

async function readXlsx(path: string, sheetName?: string): Promise<SurveyTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new CsError("value", "notReadableXlsx", { file: path, cause: (e as Error).message });
  }
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw sheetName ? new CsError("value", "noWorksheetNamed", { file: path, sheet: sheetName }) : new CsError("value", "noWorksheet", { file: path });
  const width = ws.columnCount;
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: unknown[] = new Array(width).fill("");
    for (let c = 1; c <= width; c++) out[c - 1] = cellValue(row.getCell(c).value);
    grid[r - 1] = out;
  });
  const [headers, ...rows] = grid.map((r) => r ?? new Array(width).fill(""));
  if (!headers) throw new CsError("value", "worksheetEmpty", { file: path, sheet: ws.name });
  return { ...splitHeaderRows(headers, rows), source: `file ${basename(path)}, sheet ${ws.name}` };
}

/** ExcelJS cell value → what Excel JS would give: number, string, boolean or "". */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

function basename(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** A CSV file's delimiter and line break. */
export interface CsvDialect {
  delimiter: string;
  newline: "\n" | "\r\n" | "\r";
}

/**
 * What the first bytes of a ".csv" say it really is; throws CsError for files that are not UTF-8
 * text (a workbook renamed .csv, UTF-16, binary data, another encoding).
 */
export function sniffCsv(path: string): CsvDialect {
  const fd = openSync(path, "r");
  const head = Buffer.alloc(64 * 1024);
  let size: number;
  try {
    size = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const b = head.subarray(0, size);
  const name = basename(path);
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    throw new CsError("value", "zipNotCsv", { file: name });
  }
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw new CsError("value", "xlsNotCsv", { file: name });
  }
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    throw new CsError("value", "utf16NotCsv", { file: name });
  }
  const nul = b.indexOf(0);
  if (nul >= 0) throw new CsError("value", "nulByte", { file: name, byte: nul + 1 });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: size === head.length });
  } catch {
    throw new CsError("value", "notUtf8", { file: name });
  }
  // Delimiter and line break from the first rows (papaparse's own guess), fixed for the whole file.
  const meta = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { preview: 10 }).meta;
  return { delimiter: meta.delimiter || ",", newline: meta.linebreak === "\r\n" || meta.linebreak === "\r" ? meta.linebreak : "\n" };
}
