/**
 * SheetDraft: the small layout helper the sheet builders share. Rows are allocated top-down
 * (`allocate` reserves rows and returns the first), so a formula can name a cell of a table that
 * is written later; tables are a header block (style "header") over a body block (style "body").
 */
import { cellAddress, rangeAddress } from "./a1";
import type {
  CellStyle,
  CellValue,
  ConditionalRule,
  PlanBlock,
  PlanChart,
  PlanSheet,
  PlanTable,
  SheetKey,
} from "./plan";

/** One cell: a value, or a formula with its expected value, and an optional number format. */
export interface Cell {
  v: CellValue;
  f?: string;
  fmt?: string | null;
}
export type CellInput = CellValue | Cell;

function isCell(x: CellInput): x is Cell {
  return x !== null && typeof x === "object";
}

/** A formula cell: the formula and the engine's value of it. */
export function fx(formula: string, value: CellValue, fmt?: string | null): Cell {
  return { v: value, f: formula, fmt };
}

/** A value cell with a number format. */
export function val(value: CellValue, fmt?: string | null): Cell {
  return { v: value, fmt };
}

/** Geometry of a table: header row `top`, data rows top+1 … top+rows, columns left … left+cols−1. */
export class TableGeom {
  constructor(
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  get first(): number {
    return this.top + 1;
  }
  get last(): number {
    return this.top + this.rows;
  }
  /** 1-based sheet column of the table's column c (0-based). */
  column(c: number): number {
    return this.left + c;
  }
  /** Address of data row i (0-based), column c (0-based). */
  cell(i: number, c: number, abs = false): string {
    return cellAddress(this.first + i, this.left + c, abs);
  }
  /** The data cells of column c ("C7:C16"), optionally absolute, optionally rows i0..i1 only. */
  colRange(c: number, abs = false, i0 = 0, i1 = this.rows - 1): string {
    return rangeAddress(this.first + i0, this.left + c, this.first + i1, this.left + c, abs);
  }
  /** The whole table including the header row. */
  get range(): string {
    return rangeAddress(this.top, this.left, this.last, this.left + this.cols - 1);
  }
}

export class SheetDraft {
  private readonly blocks: PlanBlock[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly charts: PlanChart[] = [];
  private readonly conditional: { range: string; rule: ConditionalRule }[] = [];
  private widths: number[] = [];
  /** Next free row (1-based). */
  row = 1;

  constructor(
    readonly key: SheetKey,
    readonly name: string,
  ) {}

  /** Reserve `height` rows (plus `gap` blank rows after them); returns the first reserved row. */
  allocate(height: number, gap = 1): number {
    const top = this.row;
    this.row += height + gap;
    return top;
  }

  /** Write a rectangle of cells at (row, col). */
  write(row: number, col: number, cells: readonly (readonly CellInput[])[], style?: CellStyle): void {
    if (cells.length === 0) return;
    const width = cells[0].length;
    let anyFormula = false;
    let anyFormat = false;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const formats: (string | null)[][] = [];
    for (const line of cells) {
      if (line.length !== width) throw new Error(`block at ${cellAddress(row, col)}: ragged rows`);
      const v: CellValue[] = [];
      const f: (string | null)[] = [];
      const n: (string | null)[] = [];
      for (const c of line) {
        if (isCell(c)) {
          v.push(c.v);
          f.push(c.f ?? null);
          n.push(c.fmt ?? null);
          anyFormula ||= c.f !== undefined;
          anyFormat ||= c.fmt !== undefined && c.fmt !== null;
        } else {
          v.push(c);
          f.push(null);
          n.push(null);
        }
      }
      values.push(v);
      formulas.push(f);
      formats.push(n);
    }
    const block: PlanBlock = { anchor: cellAddress(row, col), values };
    if (anyFormula) block.formulas = formulas;
    if (anyFormat) block.numberFormats = formats;
    if (style) block.style = style;
    this.blocks.push(block);
  }

  /** Lines of text, one per row in column `col`, from the current row; advances (plus `gap`). */
  lines(texts: readonly string[], style: CellStyle, gap = 0, col = 1): number {
    const top = this.allocate(texts.length, gap);
    this.write(top, col, texts.map((t) => [t]), style);
    return top;
  }

  /** Geometry of a table whose header row is `top`. */
  geom(top: number, left: number, rows: number, cols: number): TableGeom {
    return new TableGeom(top, left, rows, cols);
  }

  /** Write a table (header + body) at `g` and register it under `name`. */
  table(name: string, g: TableGeom, headers: readonly string[], rows: readonly (readonly CellInput[])[], style = "TableStyleMedium2"): void {
    if (headers.length !== g.cols || rows.length !== g.rows) {
      throw new Error(`table ${name}: ${rows.length}×${headers.length} written into ${g.rows}×${g.cols}`);
    }
    this.write(g.top, g.left, [headers], "header");
    this.write(g.first, g.left, rows, "body");
    this.tables.push({ name, range: g.range, style });
  }

  chart(c: PlanChart): void {
    if (this.charts.some((x) => x.name === c.name)) throw new Error(`chart name ${c.name} used twice on ${this.name}`);
    this.charts.push(c);
  }

  conditionalFormat(range: string, rule: ConditionalRule): void {
    this.conditional.push({ range, rule });
  }

  columnWidths(widths: readonly number[]): void {
    this.widths = widths.slice();
  }

  build(): PlanSheet {
    const sheet: PlanSheet = {
      key: this.key,
      name: this.name,
      blocks: this.blocks,
      tables: this.tables,
      charts: this.charts,
      conditionalFormats: this.conditional,
    };
    if (this.widths.length) sheet.columnWidths = this.widths;
    return sheet;
  }
}

/** A width (characters) that fits the longest text, between lo and hi. */
export function fitWidth(texts: readonly (string | null | undefined)[], lo = 10, hi = 48): number {
  let w = lo;
  for (const t of texts) if (t) w = Math.max(w, [...t].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2);
  return Math.min(w, hi);
}
