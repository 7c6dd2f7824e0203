/**
 * Reads a survey file (CSV or .xlsx) into a header row and data rows, for the Node command line
 * (demo, CLI, benchmarks). The add-in itself reads ranges through src/excel/.
 * CSV: papaparse (RFC 4180, UTF-8 with or without BOM). xlsx: ExcelJS, first worksheet or a named one.
 */
import { readFileSync, existsSync } from "fs";
import { extname } from "path";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { CsError } from "../engine/errors";

export interface SurveyTable {
  headers: unknown[];
  rows: unknown[][];
  /** Where the data came from, for the report ("file survey.csv" / "file survey.xlsx, sheet Survey"). */
  source: string;
}

export async function readSurveyFile(path: string, sheet?: string): Promise<SurveyTable> {
  if (!existsSync(path)) throw new CsError("value", `file not found: ${path}`);
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return readCsv(path);
  if (ext === ".xlsx") return readXlsx(path, sheet);
  throw new CsError("value", `${path}: unsupported file type '${ext || "(none)"}' — use .csv or .xlsx`);
}

function readCsv(path: string): SurveyTable {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new CsError("value", `${path}: row ${(fatal.row ?? 0) + 1}: ${fatal.message}`, { row: (fatal.row ?? 0) + 1 });
  }
  const [headers, ...rows] = parsed.data;
  if (!headers || headers.every((h) => h.trim() === "")) throw new CsError("value", `${path}: the file is empty (no header row)`);
  return { headers, rows, source: `file ${basename(path)}` };
}

async function readXlsx(path: string, sheetName?: string): Promise<SurveyTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new CsError("value", `${path}: not a readable .xlsx file (${(e as Error).message})`);
  }
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw new CsError("value", `${path}: no worksheet${sheetName ? ` named '${sheetName}'` : ""}`);
  const width = ws.columnCount;
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: unknown[] = new Array(width).fill("");
    for (let c = 1; c <= width; c++) out[c - 1] = cellValue(row.getCell(c).value);
    grid[r - 1] = out;
  });
  const [headers, ...rows] = grid.map((r) => r ?? new Array(width).fill(""));
  if (!headers) throw new CsError("value", `${path}: the worksheet '${ws.name}' is empty`);
  return { headers, rows, source: `file ${basename(path)}, sheet ${ws.name}` };
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
