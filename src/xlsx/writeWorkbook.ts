/**
 * ReportPlan → .xlsx bytes (the headless back end of DESIGN §2). ExcelJS writes cells, formulas
 * (with the plan's expected value as cached result), number formats, styles and alignment, merged
 * (spanned) notes, row heights (planRowHeights), column widths, frozen rows, gridlines, tables
 * (filter buttons hidden unless the plan asks) and conditional formats; drawing.ts then adds the charts and shapes to the zip. The workbook is
 * marked fullCalcOnLoad so Excel and LibreOffice recalculate the formulas when they open it.
 * Output is byte-for-byte deterministic for a given plan (dates from plan.generatedAt, fixed ids).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ConditionalRule, ReportPlan, PlanSheet, PlanTable } from "../report/plan";
import { LINE_HEIGHT, planRowHeights } from "../report/textMetrics";
import { cellAddress, parseRect } from "../report/a1";
import { boxLastRow, shapeProblems } from "../report/shapes";
import { addDrawings } from "./drawing";
import { toFileFormula } from "./formula";
import { PlanCell, sheetCells, SheetCells } from "./planCells";
import { argb, cellAlignment, excelStyle } from "./styles";

export interface WriteXlsxOptions {
  /**
   * Store each formula's expected value as its cached result (default true). With false, formula
   * cells carry no cached value, so whatever a reader shows was computed by the reader.
   */
  cachedResults?: boolean;
  /** Document creator / last modified by (default "CS Insight"). */
  creator?: string;
}

type ExcelValue = ExcelJS.CellValue;

/** Sheets up to this many rows print on one page (beyond, one page wide and as many tall as needed). */
export const ONE_PAGE_ROWS = 90;

function cellValue(cell: PlanCell, where: string, cached: boolean): ExcelValue {
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
    throw new Error(`${where}: value ${cell.value} is not a finite number`);
  }
  if (cell.formula === null) return cell.value; // strings stay text: ExcelJS writes them as shared strings
  const formula = toFileFormula(cell.formula);
  return cached && cell.value !== null ? { formula, result: cell.value as number | string | boolean } : { formula };
}

function writeCells(ws: ExcelJS.Worksheet, sheet: PlanSheet, cells: SheetCells, cached: boolean): void {
  for (const [a1, cell] of cells) {
    const target = ws.getCell(cell.row, cell.col);
    target.value = cellValue(cell, `sheet '${sheet.name}', cell ${a1}`, cached);
    const style = excelStyle(cell.style);
    if (style.font) target.font = style.font;
    if (style.fill) target.fill = style.fill;
    const alignment = cellAlignment(cell.style, cell.align, cell.span > 1);
    if (alignment) target.alignment = alignment;
    if (cell.numberFormat !== null) target.numFmt = cell.numberFormat;
    if (cell.span > 1) ws.mergeCells(cell.row, cell.col, cell.row, cell.col + cell.span - 1);
  }
}

/** An Excel table over cells the blocks already wrote; its header row is the blocks' header cells. */
function addTable(ws: ExcelJS.Worksheet, sheet: PlanSheet, cells: SheetCells, table: PlanTable, cached: boolean): void {
  const where = `sheet '${sheet.name}', table '${table.name}'`;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(table.name)) throw new Error(`${where}: name must be letters, digits, underscore`);
  if (table.style !== undefined && !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(table.style)) {
    throw new Error(`${where}: style '${table.style}' is not a built-in table style (TableStyleMedium2, …)`);
  }
  const r = parseRect(table.range);
  if (r.bottom <= r.top) throw new Error(`${where}: range ${table.range} needs a header row and at least one data row`);
  const names: string[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const v = cells.get(cellAddress(r.top, col))?.value;
    const name = v === null || v === undefined ? "" : String(v);
    if (name.trim() === "") throw new Error(`${where}: header cell ${cellAddress(r.top, col)} is empty`);
    if (names.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`${where}: header '${name}' appears twice`);
    names.push(name);
  }
  // ExcelJS's addTable writes the header and rows itself; give it the plan's own cells (built afresh,
  // because reading cell.value back from ExcelJS drops falsy cached results such as 0).
  const rows: ExcelValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const line: ExcelValue[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = cells.get(cellAddress(row, col));
      line.push(cell ? cellValue(cell, `${where}, cell ${cellAddress(row, col)}`, cached) : null);
    }
    rows.push(line);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: table.showFilterButton ?? false })),
    rows,
  });
}

const stripEq = (f: string) => (f.startsWith("=") ? f.slice(1) : f);

function conditionalRule(rule: ConditionalRule, range: string, priority: number): ExcelJS.ConditionalFormattingRule {
  const dxf = (fill: string, fontColor?: string): Partial<ExcelJS.Style> => ({
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } },
    ...(fontColor ? { font: { color: { argb: argb(fontColor) } } } : {}),
  });
  switch (rule.type) {
    case "cellValue": {
      const formulae = [stripEq(rule.formula1), ...(rule.formula2 !== undefined ? [stripEq(rule.formula2)] : [])];
      const operator = rule.operator === "equalTo" ? "equal" : rule.operator;
      return { type: "cellIs", operator, formulae, priority, style: dxf(rule.fill, rule.fontColor) };
    }
    case "textContains": {
      // An expression rule (what Excel's "Text that contains" evaluates), read alike by Excel and LibreOffice.
      const tl = cellAddress(parseRect(range).top, parseRect(range).left);
      const formula = `NOT(ISERROR(SEARCH("${rule.text.replace(/"/g, '""')}",${tl})))`;
      return { type: "expression", formulae: [formula], priority, style: dxf(rule.fill, rule.fontColor) };
    }
    case "colorScale": {
      const cfvo: ExcelJS.Cvfo[] = rule.midColor ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }] : [{ type: "min" }, { type: "max" }];
      const colors = [rule.minColor, ...(rule.midColor ? [rule.midColor] : []), rule.maxColor];
      return { type: "colorScale", cfvo, color: colors.map((c) => ({ argb: argb(c) })), priority };
    }
    case "dataBar": {
      const cfvo: ExcelJS.Cvfo[] = [
        rule.min === undefined ? { type: "min" } : { type: "num", value: rule.min },
        rule.max === undefined ? { type: "max" } : { type: "num", value: rule.max },
      ];
      const bar: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
        type: "dataBar",
        priority,
        gradient: false,
        cfvo,
        color: { argb: argb(rule.color) },
      };
      return bar;
    }
  }
}

function buildSheet(wb: ExcelJS.Workbook, sheet: PlanSheet, cells: SheetCells, cached: boolean): void {
  const ws = wb.addWorksheet(sheet.name);
  writeCells(ws, sheet, cells, cached);
  sheet.columnWidths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const gridlines = sheet.showGridlines ?? true;
  if (sheet.freezeRows && sheet.freezeRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}`, showGridLines: gridlines }];
  } else if (!gridlines) {
    ws.views = [{ state: "normal", showGridLines: false }];
  }
  // Row heights LibreOffice would not work out itself (wrapped and merged notes, headline numbers).
  const heights = planRowHeights(sheet);
  for (const [row, height] of heights) ws.getRow(row).height = height;
  // Print: landscape A4, one page wide (report sheets are wide: tables left, charts right); a sheet
  // of at most ONE_PAGE_ROWS rows also one page tall, so no chart is cut by a page break.
  const lastRow = Math.max(
    0,
    ...[...cells.values()].map((c) => c.row),
    ...sheet.charts.map((c) => parseRect(c.to).bottom),
    ...(sheet.shapes ?? []).map((s) => (s.kind === "box" ? boxLastRow(s, (r) => heights.get(r) ?? LINE_HEIGHT) : 0)),
  );
  const fitToHeight = lastRow <= ONE_PAGE_ROWS ? 1 : 0;
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight, paperSize: 9 };
  for (const table of sheet.tables) addTable(ws, sheet, cells, table, cached);
  sheet.conditionalFormats.forEach((cf, i) => {
    parseRect(cf.range);
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf.rule, cf.range, i + 1)] });
  });
}

function checkPlan(plan: ReportPlan): Date {
  const date = new Date(plan.generatedAt);
  if (Number.isNaN(date.getTime())) throw new Error(`generatedAt '${plan.generatedAt}' is not an ISO 8601 date`);
  const seen = new Set<string>();
  const tables = new Set<string>();
  for (const s of plan.sheets) {
    if (!s.name || s.name.length > 31 || /[[\]:*?/\\]/.test(s.name)) throw new Error(`sheet name '${s.name}' is not allowed in Excel`);
    if (seen.has(s.name.toLowerCase())) throw new Error(`two sheets are named '${s.name}'`);
    seen.add(s.name.toLowerCase());
    const shapes = shapeProblems(s);
    if (shapes.length) throw new Error(shapes.join("; "));
    for (const t of s.tables) {
      if (tables.has(t.name.toLowerCase())) throw new Error(`two tables are named '${t.name}'`);
      tables.add(t.name.toLowerCase());
    }
  }
  return date;
}

/** Makes ExcelJS's random ids (x14 conditional-format GUIDs) deterministic. */
function fixRandomIds(xml: string, sheetIndex: number): string {
  const ids = new Map<string, string>();
  return xml.replace(/\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}/g, (uuid, offset: number) => {
    // Only ids ExcelJS generated (x14:id text and x14:cfRule id attributes), not extension uris.
    const before = xml.slice(Math.max(0, offset - 12), offset);
    if (!/(<x14:id>|\bid=")$/.test(before)) return uuid;
    if (!ids.has(uuid)) {
      const n = (sheetIndex * 4096 + ids.size + 1).toString(16).toUpperCase().padStart(12, "0");
      ids.set(uuid, `{C5000000-0000-4000-8000-${n}}`);
    }
    return ids.get(uuid) as string;
  });
}

/** Writes `plan` as an .xlsx workbook (see the header for what is written). */
export async function writeReportXlsx(plan: ReportPlan, opts: WriteXlsxOptions = {}): Promise<Buffer> {
  const date = checkPlan(plan);
  const cached = opts.cachedResults ?? true;
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = opts.creator ?? "CS Insight";
  wb.created = wb.modified = date;
  wb.calcProperties = { fullCalcOnLoad: true };
  const cells = new Map<string, SheetCells>();
  for (const sheet of plan.sheets) {
    const sc = sheetCells(sheet);
    cells.set(sheet.name, sc);
    buildSheet(wb, sheet, sc, cached);
  }
  const raw = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  // ExcelJS names worksheet parts after worksheet ids, which follow the order of addWorksheet.
  const sheetPaths = wb.worksheets.map((ws) => `xl/worksheets/sheet${ws.id}.xml`);
  for (const [i, p] of sheetPaths.entries()) {
    const f = zip.file(p);
    if (!f) throw new Error(`ExcelJS wrote no ${p}`);
    zip.file(p, fixRandomIds(await f.async("string"), i + 1));
  }
  await addDrawings(zip, plan, sheetPaths, cells);
  // Repack: files only (no directory entries), in ExcelJS's order ([Content_Types].xml first), fixed dates.
  const out = new JSZip();
  for (const f of Object.values(zip.files)) {
    if (!f.dir) out.file(f.name, await f.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
