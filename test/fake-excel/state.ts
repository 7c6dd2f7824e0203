/**
 * The workbook the fake Excel reads and writes: plain data a test can build, inspect and compare.
 * Proxies (range, worksheet, chart…) change it only inside `context.sync()`.
 */
import { Area, cellName, checkArea, parseAddress } from "./address";
import { FakeOfficeError } from "./errors";

export type CellScalar = string | number | boolean;
/** An untyped property bag: how charts, tables and settings-like objects keep their properties. */
export type Bag = Record<string, unknown>;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (Excel's default 11 is not stored). */
  size?: number;
  color?: string;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  /** "Left" | "Center" | "Right" | …; absent = General. */
  horizontalAlignment?: string;
}

export interface FakeCell {
  /** Constant, or for a formula cell the formula text (the fake does not calculate). */
  value: CellScalar;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetState {
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** Sparse grid keyed "row,col" (0-based). */
  cells: Map<string, FakeCell>;
  /** Column widths in points, or "autofit" after `format.autofitColumns()`. */
  columnWidths: Map<number, number | "autofit">;
  tables: FakeTableState[];
  charts: FakeChartState[];
  /** Shapes (`worksheet.shapes`), in the order they were added. */
  shapes: FakeShapeState[];
  conditionalFormats: FakeConditionalFormatState[];
  /** Frozen panes (`freezePanes.freezeRows/freezeColumns`); absent when nothing is frozen. */
  freeze?: { rows: number; columns: number };
  /** Merged areas (`Range.merge`), in the order they were merged. */
  merges: Area[];
  /** Row heights in points set through `format.rowHeight` (0-based row → points). */
  rowHeights: Map<number, number>;
  /** `Worksheet.showGridlines` (Excel's default: true). */
  showGridlines: boolean;
}

export interface FakeTableState {
  id: string;
  sheet: FakeSheetState;
  area: Area;
  /** name, style, showBandedRows */
  props: Bag;
}

export interface FakeAxisState {
  props: Bag;
  title: Bag;
}

export interface FakeSeriesState {
  /** name, chartType, hasDataLabels, markerStyle, markerSize, gapWidth, fill */
  props: Bag;
  /** Sheet-qualified addresses of the series data ("Kano!B2:B9"). */
  values?: string;
  xValues?: string;
  bubbleSizes?: string;
  dataLabels: Bag;
  /** Per point index: hasDataLabel, markerStyle, fill, dataLabel (a bag: text, position…). */
  points: Map<number, Bag>;
}

export interface FakeChartState {
  id: string;
  sheet: FakeSheetState;
  source?: string;
  seriesBy?: string;
  position?: { startCell: string; endCell?: string };
  /** name, chartType, top, left, width, height */
  props: Bag;
  title: Bag;
  legend: Bag;
  dataLabels: Bag;
  axes: Record<"Category" | "Value", FakeAxisState>;
  series: FakeSeriesState[];
}

/** A connector end attached to a shape: its id and connection site. */
export interface FakeConnection {
  shapeId: string;
  site: number;
}

export interface FakeShapeState {
  id: string;
  sheet: FakeSheetState;
  /** name, type ("GeometricShape", "Line"), geometricShapeType, left, top, width, height, connectionSiteCount */
  props: Bag;
  /** foregroundColor (setSolidColor), transparency */
  fill: Bag;
  /** color, weight, visible */
  lineFormat: Bag;
  /** horizontalAlignment, verticalAlignment; `text` is the text range's text */
  textFrame: Bag;
  /** bold, size, color of the whole text */
  font: Bag;
  /** Lines: connectorType, begin/endArrowheadStyle, the end points given to addLine, and the attached shapes. */
  line?: { props: Bag; from: { left: number; top: number }; to: { left: number; top: number }; begin?: FakeConnection; end?: FakeConnection };
}

export interface FakeConditionalFormatState {
  id: string;
  type: string;
  area: Area;
  /** priority, stopIfTrue, and per type: criteria (ColorScale), rule (CellValue, ContainsText), formula (Custom), positiveFormat (DataBar) */
  props: Bag;
  font: Bag;
  fill: Bag;
}

/** A workbook-scoped defined name: the range it refers to, by sheet id (it follows a renamed sheet). */
export interface FakeNameState {
  name: string;
  sheetId: string;
  area: Area;
  comment?: string;
}

export interface RequestLogEntry {
  /** Queued operations (property writes, method calls, loads) sent in this sync. */
  operations: number;
  /** JSON size (UTF-8 bytes) of the values written… */
  requestBytes: number;
  /** …and of the property values read back. */
  responseBytes: number;
  payloadBytes: number;
}

export interface FakeWorkbookState {
  sheets: FakeSheetState[];
  activeSheetId: string;
  /** The user's selection, sheet-qualified: "Survey!A1:F301". */
  selection: string;
  /** Add-in settings: key → JSON value (stored as a JSON round-trip copy, as Excel serialises them). */
  settings: Map<string, unknown>;
  /** Defined names (`workbook.names`), in the order they were added. */
  names: FakeNameState[];
  syncCount: number;
  requestLog: RequestLogEntry[];
  maxPayloadBytes: number;
  /** Excel's limit per request and per response (5 MB); exceeding it rejects the sync. */
  payloadLimitBytes: number;
  suspensions: { calculation: number; screenUpdating: number };
  nextId: number;
  /**
   * Failure injection: the sync numbered `sync` (as `syncCount` counts, from 1) fails with an
   * Excel error after its first `afterOperations` operations ran (they stay applied, as in Excel).
   */
  failSync?: { sync: number; afterOperations: number; code?: "InvalidOperation" | "GeneralException" };
  /** Round-trip latency in ms (a real Excel sync takes tens to hundreds): lets a browser test click during a task. */
  latencyMs?: number;
  /**
   * Set (to []) by scripts/bench-pane.ts: each sync's operations then run in a task of their own —
   * as Excel's work is off the pane's thread — and their start and duration (performance.now, ms)
   * are recorded here, so the page's long tasks of the fake tell apart from the pane's.
   */
  hostWork?: { start: number; ms: number }[];
}

export type CellInput = CellScalar | FakeCell;

export interface SheetInit {
  name: string;
  visibility?: SheetVisibility;
  /** Rows of values written from A1 (or from `at`), e.g. a survey with its header row. */
  rows?: CellInput[][];
  at?: string;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function newSheet(state: FakeWorkbookState, name: string, visibility: SheetVisibility = "Visible"): FakeSheetState {
  return {
    id: `{sheet-${state.nextId++}}`,
    name,
    visibility,
    cells: new Map(),
    columnWidths: new Map(),
    tables: [],
    charts: [],
    shapes: [],
    conditionalFormats: [],
    merges: [],
    rowHeights: new Map(),
    showGridlines: true,
  };
}

/** A workbook with the given sheets (default: one empty "Sheet1"), the first active and selected at A1. */
export function createWorkbookState(init: { sheets?: (string | SheetInit)[]; selection?: string } = {}): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    activeSheetId: "",
    selection: "",
    settings: new Map(),
    names: [],
    syncCount: 0,
    requestLog: [],
    maxPayloadBytes: 0,
    payloadLimitBytes: 5 * 1024 * 1024,
    suspensions: { calculation: 0, screenUpdating: 0 },
    nextId: 1,
  };
  for (const s of init.sheets ?? ["Sheet1"]) {
    const spec = typeof s === "string" ? { name: s } : s;
    state.sheets.push(newSheet(state, spec.name, spec.visibility));
    if (spec.rows) setCells(state, spec.name, spec.at ?? "A1", spec.rows);
  }
  state.activeSheetId = state.sheets[0].id;
  state.selection = init.selection ?? `${state.sheets[0].name}!A1`;
  return state;
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheetState | undefined {
  const key = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === key);
}

function requireSheet(state: FakeWorkbookState, name: string): FakeSheetState {
  const sheet = findSheet(state, name);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `fake-excel: no sheet '${name}'`);
  return sheet;
}

/** Test set-up: writes raw cells (no formula or text parsing) starting at `topLeft`. */
export function setCells(state: FakeWorkbookState, sheetName: string, topLeft: string, rows: CellInput[][]): void {
  const sheet = requireSheet(state, sheetName);
  const { area } = parseAddress(topLeft);
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (rows.length && width) checkArea({ row: area.row, col: area.col, rows: rows.length, cols: width });
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const cell = typeof v === "object" ? { ...v } : { value: v };
      if (cell.value === "" && !cell.formula && !cell.numberFormat && !cell.format) sheet.cells.delete(cellKey(area.row + i, area.col + j));
      else sheet.cells.set(cellKey(area.row + i, area.col + j), cell);
    }),
  );
}

/** Values of a sheet-qualified range as a 2-D array ("" for empty cells). */
export function getValues(state: FakeWorkbookState, address: string): CellScalar[][] {
  const { sheet, area } = parseAddress(address);
  const cells = requireSheet(state, sheet ?? "").cells;
  return Array.from({ length: area.rows }, (_, i) => Array.from({ length: area.cols }, (_, j) => cells.get(cellKey(area.row + i, area.col + j))?.value ?? ""));
}

export type SheetSnapshot = Record<string, FakeCell>;

function sheetSnapshot(sheet: FakeSheetState): SheetSnapshot {
  const entries = [...sheet.cells.entries()].map(([key, cell]) => {
    const [r, c] = key.split(",").map(Number);
    return [r, c, cell] as const;
  });
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: SheetSnapshot = {};
  for (const [r, c, cell] of entries) out[cellName(r, c)] = JSON.parse(JSON.stringify(cell)) as FakeCell;
  return out;
}

/**
 * Every non-empty cell as a plain, deep-copied object keyed by A1 address, per sheet (or for one
 * sheet): compare before/after with `toEqual` to prove a report left other sheets untouched.
 */
export function snapshot(state: FakeWorkbookState): Record<string, SheetSnapshot>;
export function snapshot(state: FakeWorkbookState, sheetName: string): SheetSnapshot;
export function snapshot(state: FakeWorkbookState, sheetName?: string): Record<string, SheetSnapshot> | SheetSnapshot {
  if (sheetName !== undefined) return sheetSnapshot(requireSheet(state, sheetName));
  return Object.fromEntries(state.sheets.map((s) => [s.name, sheetSnapshot(s)]));
}

/**
 * The whole workbook as plain data — every sheet (id, name, order, visibility, cells, widths,
 * heights, tables, charts, rules, merges, frozen panes, gridlines), the settings, the defined names, the active sheet
 * and the selection — deep-copied: equal before and after means the workbook is exactly as it was.
 */
export function workbookSnapshot(state: FakeWorkbookState): unknown {
  const plain = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, v: unknown) => {
        if (v instanceof Map) return [...(v as Map<unknown, unknown>).entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        // A table's or chart's sheet is named by its id (the sheet itself is listed once).
        return key === "sheet" && typeof v === "object" && v !== null && "id" in v ? (v as { id: unknown }).id : v;
      }),
    );
  return plain({ sheets: state.sheets, settings: state.settings, names: state.names, activeSheetId: state.activeSheetId, selection: state.selection });
}
