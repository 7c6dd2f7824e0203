/**
 * Range, its format (font, fill, column width) and conditional formats.
 *
 * Cell rules modelled on Excel (checked by range.test.ts):
 * - `values`/`formulas`/`numberFormat` take a 2-D array of exactly the range's shape (otherwise
 *   InvalidArgument at sync) or one scalar, which applies to every cell; `null` leaves a cell as is.
 * - A string starting with "=" becomes a formula (via `values` too); `values` then reads back the
 *   formula text, since the fake does not calculate.
 * - A string starting with "'" is stored as text without the apostrophe ("'=x" → text "=x").
 * - In a cell whose number format is "@" (Text), strings are stored verbatim ("=x" stays text).
 * - Otherwise numeric strings become numbers and "TRUE"/"FALSE" booleans, as typed input does.
 * - Stricter than Excel: NaN/±Infinity are rejected (office-js would send null: "unchanged").
 */
import { Area, MAX_COLUMNS, MAX_ROWS, cellName, checkArea, formatAddress } from "./address";
import { FakeClientObject, FakeCollection, FakeContext, Mirror, bagClass, itemNotFound, perSync, registerScalars } from "./core";
import { ExcelMessages, FakeOfficeError, notModelled } from "./errors";
import { FakeWorksheet } from "./sheets";
import { Bag, CellFormat, FakeCell, FakeConditionalFormatState, FakeSheetState, cellKey } from "./state";

const MAX_WRITE_CELLS = 1_000_000;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Kind = "values" | "formulas" | "numberFormat";

function putCell(sheet: FakeSheetState, row: number, col: number, change: (cell: FakeCell) => void): void {
  const key = cellKey(row, col);
  const cell: FakeCell = sheet.cells.get(key) ?? { value: "" };
  change(cell);
  if (cell.format && Object.keys(cell.format).length === 0) delete cell.format;
  if (cell.value === "" && cell.formula === undefined && cell.numberFormat === undefined && !cell.format) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

function writeContent(cell: FakeCell, input: unknown, where: string): void {
  delete cell.formula;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeOfficeError("InvalidArgument", `fake-excel: ${where}: ${input} is not a finite number`);
    cell.value = input;
  } else if (typeof input === "boolean") {
    cell.value = input;
  } else if (typeof input === "string") {
    if (input.startsWith("'")) cell.value = input.slice(1);
    else if (cell.numberFormat === "@") cell.value = input;
    else if (input.length > 1 && input.startsWith("=")) cell.value = cell.formula = input;
    else if (NUMBER.test(input)) cell.value = Number(input);
    else if (/^(true|false)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
    else cell.value = input;
  } else {
    throw new FakeOfficeError("InvalidArgument", `fake-excel: ${where}: cannot write ${Object.prototype.toString.call(input)}`);
  }
}

function display(cell: FakeCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(cell.numberFormat ?? "");
  return fixed ? (fixed[2] ? v * 100 : v).toFixed(fixed[1]?.length ?? 0) + fixed[2] : String(v);
}

const hasContent = (cell: FakeCell | undefined): boolean => !!cell && (cell.value !== "" || cell.formula !== undefined);

/** Bounding box of used cells inside `within` (values only, or any stored cell), if any. */
export function usedArea(sheet: FakeSheetState, within: Area | undefined, valuesOnly: boolean): Area | undefined {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && !hasContent(cell)) continue;
    const comma = key.indexOf(",");
    const r = Number(key.slice(0, comma)),
      c = Number(key.slice(comma + 1));
    if (within && !(r >= within.row && r < within.row + within.rows && c >= within.col && c < within.col + within.cols)) continue;
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Excel's current region (Ctrl+*): grow the box while any neighbouring cell, diagonals included, has content. */
export function currentRegion(sheet: FakeSheetState, start: Area): Area {
  let r0 = start.row,
    c0 = start.col,
    r1 = start.row + start.rows - 1,
    c1 = start.col + start.cols - 1;
  const filled = (r: number, c: number) => hasContent(sheet.cells.get(cellKey(r, c)));
  const rowHas = (r: number) => {
    for (let c = Math.max(c0 - 1, 0); c <= Math.min(c1 + 1, MAX_COLUMNS - 1); c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number) => {
    for (let r = Math.max(r0 - 1, 0); r <= Math.min(r1 + 1, MAX_ROWS - 1); r++) if (filled(r, c)) return true;
    return false;
  };
  // Grow rows as far as they go, then columns, until neither grows: the same fixpoint as one cell
  // at a time, in O(rows × columns) rather than O(rows²) on tall surveys.
  for (let grown = true; grown;) {
    grown = false;
    while (r0 > 0 && rowHas(r0 - 1)) {
      r0--;
      grown = true;
    }
    while (r1 < MAX_ROWS - 1 && rowHas(r1 + 1)) {
      r1++;
      grown = true;
    }
    while (c0 > 0 && colHas(c0 - 1)) {
      c0--;
      grown = true;
    }
    while (c1 < MAX_COLUMNS - 1 && colHas(c1 + 1)) {
      c1++;
      grown = true;
    }
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export class FakeRange
  extends FakeClientObject
  implements
    Mirror<
      Excel.Range,
      | "address"
      | "addressLocal"
      | "cellCount"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "values"
      | "formulas"
      | "numberFormat"
      | "text"
      | "format"
      | "conditionalFormats"
      | "worksheet"
      | "load"
      | "getCell"
      | "getRow"
      | "getColumn"
      | "getOffsetRange"
      | "getResizedRange"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "getSurroundingRegion"
      | "merge"
      | "select"
      | "left"
      | "top"
      | "width"
      | "height"
    >
{
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheetState,
    readonly area: () => Area,
  ) {
    super(ctx);
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  /** Position and size in points from the sheet's column widths (48 pt unset) and row heights (15 pt unset). */
  get left(): number {
    return this.loaded("left");
  }
  get top(): number {
    return this.loaded("top");
  }
  get width(): number {
    return this.loaded("width");
  }
  get height(): number {
    return this.loaded("height");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(v: unknown) {
    this.queueSet("values", v, () => this.writeGrid("values", v));
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown) {
    this.queueSet("formulas", v, () => this.writeGrid("formulas", v));
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.queueSet("numberFormat", v, () => this.writeGrid("numberFormat", v));
  }

  get format(): FakeRangeFormat {
    return this.nav("format", () => new FakeRangeFormat(this.ctx, this));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.nav("conditionalFormats", () => new FakeConditionalFormatCollection(this.ctx, this));
  }
  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, this.sheet));
  }

  /** The sheet-qualified address, resolved now (use inside sync, e.g. for chart series). */
  resolvedAddress(absolute = false): string {
    return formatAddress(this.sheet().name, this.area(), absolute);
  }

  /** Calls `f` for every cell position of the range (row-major). */
  forEachCell(f: (row: number, col: number, i: number, j: number) => void): void {
    const a = this.area();
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) f(a.row + i, a.col + j, i, j);
  }

  private grid<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    const a = this.area(),
      cells = this.sheet().cells;
    return Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => f(cells.get(cellKey(a.row + i, a.col + j)))));
  }

  protected read(name: string): unknown {
    const a = this.area();
    switch (name) {
      case "address":
      case "addressLocal":
        return this.resolvedAddress();
      case "cellCount":
        return a.rows * a.cols;
      case "rowCount":
        return a.rows;
      case "columnCount":
        return a.cols;
      case "rowIndex":
        return a.row;
      case "columnIndex":
        return a.col;
      case "left":
      case "top":
      case "width":
      case "height":
        return pointsOf(this.sheet(), a)[name];
      case "values":
        return this.grid((c) => c?.value ?? "");
      case "formulas":
        return this.grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      default:
        return this.grid(display); // text
    }
  }

  /** Shape check then per-cell write; a scalar applies to every cell, null leaves a cell unchanged. */
  writeGrid(kind: Kind, input: unknown): void {
    const a = this.area(),
      sheet = this.sheet();
    const isGrid = Array.isArray(input);
    if (isGrid && (input.length !== a.rows || input.some((row) => !Array.isArray(row) || row.length !== a.cols))) {
      throw new FakeOfficeError("InvalidArgument", ExcelMessages.ShapeMismatch, `Range.${kind}`);
    }
    if (a.rows * a.cols > MAX_WRITE_CELLS) throw notModelled(`writing ${kind} to ${a.rows * a.cols} cells at once`);
    this.forEachCell((r, c, i, j) => {
      const v: unknown = isGrid ? (input as unknown[][])[i][j] : input;
      if (v === null || v === undefined) return;
      putCell(sheet, r, c, (cell) => {
        if (kind !== "numberFormat") return writeContent(cell, v, `${sheet.name}!${cellName(r, c)}`);
        if (v === "General") delete cell.numberFormat;
        else cell.numberFormat = String(v);
      });
    });
  }

  /** Writes a cell-format property over the range (font/fill setters). */
  applyFormat(change: (format: CellFormat) => void): void {
    const a = this.area(),
      sheet = this.sheet();
    if (a.rows * a.cols > MAX_WRITE_CELLS) throw notModelled(`formatting ${a.rows * a.cols} cells at once`);
    this.forEachCell((r, c) =>
      putCell(sheet, r, c, (cell) => {
        cell.format = { ...cell.format };
        change(cell.format);
      }),
    );
  }

  /** One value if every cell agrees, else null (as Excel reports mixed formats). */
  uniform<T>(f: (cell: FakeCell | undefined) => T): T | null {
    const values = new Set(this.grid(f).flat());
    return values.size === 1 ? [...values][0] : null;
  }

  private derive(f: (a: Area) => Area): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheet,
      perSync(this.ctx, () => checkArea(f(this.area()))),
    );
  }

  private inside(i: number, n: number, what: string): number {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new FakeOfficeError("InvalidArgument", `fake-excel: ${what} ${i} is outside the range`);
    return i;
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive((a) => ({ row: a.row + row, col: a.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derive((a) => ({ ...a, row: a.row + this.inside(row, a.rows, "row"), rows: 1 }));
  }
  getColumn(column: number): FakeRange {
    return this.derive((a) => ({ ...a, col: a.col + this.inside(column, a.cols, "column"), cols: 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive((a) => ({ ...a, row: a.row + rowOffset, col: a.col + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((a) => ({ ...a, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }));
  }
  getSurroundingRegion(): FakeRange {
    return this.derive((a) => currentRegion(this.sheet(), a));
  }

  /**
   * Merges the range into one cell (`across`: one merged cell per row), as Excel: only the top-left
   * value of each merged area is kept. Merging one cell is a no-op; merging over an existing merged
   * area is not modelled (Excel extends it) and fails.
   */
  /** Selects the range and activates its sheet (state.selection, state.activeSheetId); a hidden sheet is an error. */
  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `fake-excel: sheet '${sheet.name}' is hidden`);
      checkArea(this.area());
      this.ctx.state.activeSheetId = sheet.id;
      this.ctx.state.selection = this.resolvedAddress();
    });
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(() => {
      const a = this.area(),
        sheet = this.sheet();
      const parts: Area[] = across ? Array.from({ length: a.rows }, (_, i) => ({ ...a, row: a.row + i, rows: 1 })) : [a];
      for (const part of parts) {
        if (part.rows * part.cols <= 1) continue;
        if (sheet.merges.some((m) => overlaps(m, part))) throw notModelled("merging over cells that are already merged");
        for (let r = part.row; r < part.row + part.rows; r++) {
          for (let c = part.col; c < part.col + part.cols; c++) {
            if (r === part.row && c === part.col) continue;
            putCell(sheet, r, c, (cell) => {
              cell.value = "";
              delete cell.formula;
            });
          }
        }
        sheet.merges.push(part);
      }
    });
  }

  /** Used cells within this range; ItemNotFound when it is entirely blank (as Excel). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive(
      (a) =>
        usedArea(this.sheet(), a, !!valuesOnly) ??
        (() => {
          throw itemNotFound("the range is blank");
        })(),
    );
  }

  /** Used cells within this range; a null object when it is entirely blank. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const inner = this.derive((a) => usedArea(this.sheet(), a, !!valuesOnly) ?? a);
    return inner.markNullable(() => usedArea(this.sheet(), this.area(), !!valuesOnly) !== undefined);
  }
}
registerScalars(FakeRange, [
  "left",
  "top",
  "width",
  "height",
  "address",
  "addressLocal",
  "cellCount",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "numberFormat",
  "text",
]);

/** Points of an area on the sheet, as Range.left/top/width/height report them. */
function pointsOf(sheet: FakeSheetState, a: Area): { left: number; top: number; width: number; height: number } {
  const col = (c: number) => {
    const w = sheet.columnWidths.get(c);
    return typeof w === "number" ? w : 48;
  };
  const row = (r: number) => sheet.rowHeights.get(r) ?? 15;
  let left = 0,
    top = 0,
    width = 0,
    height = 0;
  for (let c = 0; c < a.col + a.cols; c++) {
    if (c < a.col) left += col(c);
    else width += col(c);
  }
  for (let r = 0; r < a.row + a.rows; r++) {
    if (r < a.row) top += row(r);
    else height += row(r);
  }
  return { left, top, width, height };
}

/** Accepts only the fake's own ranges (what the add-in would pass back to Excel). */
export function asFakeRange(range: unknown): FakeRange {
  if (range instanceof FakeRange) return range;
  throw new FakeOfficeError("InvalidArgument", "fake-excel: expected a Range created by the fake");
}

export class FakeRangeFormat
  extends FakeClientObject
  implements
    Mirror<
      Excel.RangeFormat,
      "font" | "fill" | "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment" | "autofitColumns" | "load"
    >
{
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  get font(): FakeRangeFont {
    return this.nav("font", () => new FakeRangeFont(this.ctx, this.range));
  }
  get fill(): FakeRangeFill {
    return this.nav("fill", () => new FakeRangeFill(this.ctx, this.range));
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(width: number) {
    this.queueSet("columnWidth", width, () => this.eachColumn((c, widths) => widths.set(c, width)));
  }

  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queueSet("wrapText", wrap, () =>
      this.range.applyFormat((f) => {
        if (wrap) f.wrapText = true;
        else delete f.wrapText;
      }),
    );
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(alignment: Excel.RangeFormat["verticalAlignment"]) {
    this.queueSet("verticalAlignment", alignment, () => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(alignment))
        throw new FakeOfficeError("InvalidArgument", `fake-excel: vertical alignment '${alignment}'`);
      this.range.applyFormat((f) => {
        if (alignment === "Bottom") delete f.verticalAlignment;
        else f.verticalAlignment = alignment;
      });
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.queueSet("horizontalAlignment", alignment, () => {
      if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(alignment)) {
        throw new FakeOfficeError("InvalidArgument", `fake-excel: horizontal alignment '${alignment}'`);
      }
      this.range.applyFormat((f) => {
        if (alignment === "General") delete f.horizontalAlignment;
        else f.horizontalAlignment = alignment;
      });
    });
  }

  /** Points, 0–409 as Excel accepts; set on every row of the range. */
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(height: number) {
    this.queueSet("rowHeight", height, () => {
      if (!(height >= 0 && height <= 409)) throw new FakeOfficeError("InvalidArgument", `fake-excel: row height ${height}`);
      const a = this.range.area();
      for (let r = a.row; r < a.row + a.rows; r++) this.range.sheet().rowHeights.set(r, height);
    });
  }

  /** Recorded as "autofit" per column: the fake cannot measure text. */
  autofitColumns(): void {
    this.ctx.enqueue(() => this.eachColumn((c, widths) => widths.set(c, "autofit")));
  }

  private eachColumn(f: (col: number, widths: Map<number, number | "autofit">) => void): void {
    const a = this.range.area();
    for (let c = a.col; c < a.col + a.cols; c++) f(c, this.range.sheet().columnWidths);
  }

  /**
   * Width of the first column in points (48, Excel's default 8.43 characters, when unset or
   * autofit); row height in points (15 by default; null when the rows differ); alignment/wrap as
   * Excel reports them.
   */
  protected read(name: string): unknown {
    if (name === "wrapText") return this.range.uniform((c) => !!c?.format?.wrapText);
    if (name === "verticalAlignment") return this.range.uniform((c) => c?.format?.verticalAlignment ?? "Bottom");
    if (name === "horizontalAlignment") return this.range.uniform((c) => c?.format?.horizontalAlignment ?? "General");
    if (name === "rowHeight") {
      const a = this.range.area(),
        heights = this.range.sheet().rowHeights;
      const all = new Set(Array.from({ length: a.rows }, (_, i) => heights.get(a.row + i) ?? 15));
      return all.size === 1 ? [...all][0] : null;
    }
    const w = this.range.sheet().columnWidths.get(this.range.area().col);
    return typeof w === "number" ? w : 48;
  }
}
registerScalars(FakeRangeFormat, ["columnWidth", "rowHeight", "wrapText", "verticalAlignment", "horizontalAlignment"]);

export class FakeRangeFont extends FakeClientObject implements Mirror<Excel.RangeFont, "bold" | "italic" | "size" | "color" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.queueSet("bold", bold, () =>
      this.range.applyFormat((f) => {
        if (bold) f.bold = true;
        else delete f.bold;
      }),
    );
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(italic: boolean) {
    this.queueSet("italic", italic, () =>
      this.range.applyFormat((f) => {
        if (italic) f.italic = true;
        else delete f.italic;
      }),
    );
  }
  /** Points, 1–409 as Excel accepts; 11 (the default) is not stored. */
  get size(): number {
    return this.loaded("size");
  }
  set size(size: number) {
    this.queueSet("size", size, () => {
      if (!(size >= 1 && size <= 409)) throw new FakeOfficeError("InvalidArgument", `fake-excel: font size ${size}`);
      this.range.applyFormat((f) => {
        if (size === 11) delete f.size;
        else f.size = size;
      });
    });
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queueSet("color", color, () =>
      this.range.applyFormat((f) => {
        f.color = color;
      }),
    );
  }

  protected read(name: string): unknown {
    switch (name) {
      case "bold":
        return this.range.uniform((c) => !!c?.format?.bold);
      case "italic":
        return this.range.uniform((c) => !!c?.format?.italic);
      case "size":
        return this.range.uniform((c) => c?.format?.size ?? 11);
      default:
        return this.range.uniform((c) => c?.format?.color ?? "#000000");
    }
  }
}
registerScalars(FakeRangeFont, ["bold", "italic", "size", "color"]);

export class FakeRangeFill extends FakeClientObject implements Mirror<Excel.RangeFill, "color" | "clear" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queueSet("color", color, () =>
      this.range.applyFormat((f) => {
        f.fill = color;
      }),
    );
  }
  clear(): void {
    this.ctx.enqueue(() =>
      this.range.applyFormat((f) => {
        delete f.fill;
      }),
    );
  }

  protected read(): unknown {
    return this.range.uniform((c) => c?.format?.fill ?? "#FFFFFF");
  }
}
registerScalars(FakeRangeFill, ["color"]);

// ── conditional formats ────────────────────────────────────────────────────────────────────────

type CfRef = () => FakeConditionalFormatState;

const overlaps = (a: Area, b: Area): boolean => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

export class FakeConditionalFormatCollection
  extends FakeCollection<FakeConditionalFormat>
  implements Mirror<Excel.ConditionalFormatCollection, "add" | "clearAll" | "items" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  add(type: Excel.ConditionalFormatType | `${Excel.ConditionalFormatType}`): FakeConditionalFormat {
    let created: FakeConditionalFormatState | undefined;
    this.ctx.enqueue(() => {
      const { state } = this.ctx;
      created = { id: `{cf-${state.nextId++}}`, type, area: this.range.area(), props: { priority: 0, stopIfTrue: false }, font: {}, fill: {} };
      this.range.sheet().conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(
      this.ctx,
      () =>
        created ??
        (() => {
          throw itemNotFound("conditional format not created yet");
        })(),
      this.range.sheet,
    );
  }

  /** Removes the conditional formats that touch this range. */
  clearAll(): void {
    this.ctx.enqueue(() => {
      const sheet = this.range.sheet(),
        a = this.range.area();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.area, a));
    });
  }

  protected list(): FakeConditionalFormat[] {
    const sheet = this.range.sheet(),
      a = this.range.area();
    return sheet.conditionalFormats.filter((cf) => overlaps(cf.area, a)).map((cf) => new FakeConditionalFormat(this.ctx, () => cf, this.range.sheet));
  }
}

export class FakeConditionalFormat
  extends bagClass<Excel.ConditionalFormat>()(["priority", "stopIfTrue"], ["id", "type"])
  implements Mirror<Excel.ConditionalFormat, "colorScale" | "cellValue" | "custom" | "textComparison" | "dataBar" | "delete" | "getRange" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly cf: CfRef,
    private readonly sheet: () => FakeSheetState,
  ) {
    super(ctx, () => cf().props);
  }

  protected override read(name: string): unknown {
    return name === "id" ? this.cf().id : name === "type" ? this.cf().type : super.read(name);
  }

  /** The rule bag, if this format is of `type` (Excel fails when reading another type's part). */
  private typed(type: string): () => Bag {
    return () => {
      const cf = this.cf();
      if (cf.type !== type) throw new FakeOfficeError("InvalidOperation", `fake-excel: a ${cf.type} conditional format has no ${type} part`);
      return cf.props;
    };
  }

  get colorScale(): FakeColorScaleFormat {
    return this.nav("colorScale", () => new FakeColorScaleFormat(this.ctx, this.typed("ColorScale")));
  }
  get cellValue(): FakeCellValueFormat {
    return this.nav("cellValue", () => new FakeCellValueFormat(this.ctx, this.typed("CellValue"), this.cf));
  }
  get custom(): FakeCustomFormat {
    return this.nav("custom", () => new FakeCustomFormat(this.ctx, this.typed("Custom"), this.cf));
  }
  get textComparison(): FakeTextComparisonFormat {
    return this.nav("textComparison", () => new FakeTextComparisonFormat(this.ctx, this.typed("ContainsText"), this.cf));
  }
  get dataBar(): FakeDataBarFormat {
    return this.nav("dataBar", () => new FakeDataBarFormat(this.ctx, this.typed("DataBar")));
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => this.cf().area);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== this.cf());
    });
  }
}

export class FakeColorScaleFormat extends bagClass<Excel.ColorScaleConditionalFormat>()(["criteria"]) {}
export class FakeConditionalFormatRule extends bagClass<Excel.ConditionalFormatRule>()(["formula"]) {}
export class FakeConditionalRangeFont extends bagClass<Excel.ConditionalRangeFont>()(["bold", "color", "italic"]) {}
export class FakeConditionalRangeFill extends bagClass<Excel.ConditionalRangeFill>()(["color"]) {}

export class FakeCellValueFormat
  extends bagClass<Excel.CellValueConditionalFormat>()(["rule"])
  implements Mirror<Excel.CellValueConditionalFormat, "format" | "load">
{
  constructor(
    ctx: FakeContext,
    bag: () => Bag,
    private readonly cf: CfRef,
  ) {
    super(ctx, bag);
  }
  get format(): FakeConditionalRangeFormat {
    return this.nav("format", () => new FakeConditionalRangeFormat(this.ctx, () => (this.bag(), this.cf())));
  }
}

/** "Format only cells that contain…": `rule` is { operator: "Contains" | …, text }. */
export class FakeTextComparisonFormat
  extends bagClass<Excel.TextConditionalFormat>()(["rule"])
  implements Mirror<Excel.TextConditionalFormat, "format" | "load">
{
  constructor(
    ctx: FakeContext,
    bag: () => Bag,
    private readonly cf: CfRef,
  ) {
    super(ctx, bag);
  }
  get format(): FakeConditionalRangeFormat {
    return this.nav("format", () => new FakeConditionalRangeFormat(this.ctx, () => (this.bag(), this.cf())));
  }
}

/** Data bars: the positive bars' colour (kept as `positiveFormat` in the rule's bag). */
export class FakeDataBarFormat
  extends bagClass<Excel.DataBarConditionalFormat>()(["barDirection", "showDataBarOnly", "axisColor", "lowerBoundRule", "upperBoundRule"])
  implements Mirror<Excel.DataBarConditionalFormat, "positiveFormat" | "load">
{
  get positiveFormat(): FakeDataBarPositiveFormat {
    return this.nav(
      "positiveFormat",
      () =>
        new FakeDataBarPositiveFormat(this.ctx, () => {
          const props = this.bag();
          props.positiveFormat ??= { fillColor: "#638EC6", gradientFill: true, borderColor: "" };
          return props.positiveFormat as Bag;
        }),
    );
  }
}
export class FakeDataBarPositiveFormat extends bagClass<Excel.ConditionalDataBarPositiveFormat>()(["fillColor", "gradientFill", "borderColor"]) {}

export class FakeCustomFormat extends FakeClientObject implements Mirror<Excel.CustomConditionalFormat, "rule" | "format" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly bag: () => Bag,
    private readonly cf: CfRef,
  ) {
    super(ctx);
  }
  get rule(): FakeConditionalFormatRule {
    return this.nav("rule", () => new FakeConditionalFormatRule(this.ctx, this.bag));
  }
  get format(): FakeConditionalRangeFormat {
    return this.nav("format", () => new FakeConditionalRangeFormat(this.ctx, () => (this.bag(), this.cf())));
  }
  protected read(): unknown {
    return null;
  }
}

/** The font/fill a cell-value or custom rule applies. */
export class FakeConditionalRangeFormat extends FakeClientObject implements Mirror<Excel.ConditionalRangeFormat, "font" | "fill" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly cf: CfRef,
  ) {
    super(ctx);
  }
  get font(): FakeConditionalRangeFont {
    return this.nav("font", () => new FakeConditionalRangeFont(this.ctx, () => this.cf().font));
  }
  get fill(): FakeConditionalRangeFill {
    return this.nav("fill", () => new FakeConditionalRangeFill(this.ctx, () => this.cf().fill));
  }
  protected read(): unknown {
    return null;
  }
}
