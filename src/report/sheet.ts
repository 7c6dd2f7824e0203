/**
 * SheetDraft: the small layout helper the sheet builders share. Rows are allocated top-down
 * (`allocate` reserves rows and returns the first), so a formula can name a cell of a table that
 * is written later; tables are a header block (style "header") over a body block (style "body").
 * At `build`, notes (and warnings) in column A are merged across the width of the sheet's tables
 * (`span`), never over another written cell or a chart, so they read as paragraphs.
 */
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { textWidth } from "./textMetrics";
import type { CellStyle, CellValue, ConditionalRule, HorizontalAlign, PlanBlock, PlanChart, PlanSheet, PlanTable, PlanSheetKey } from "./plan";

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

/** Options of a written block: merged width (one-column blocks) and per-column alignment. */
export interface WriteOptions {
  span?: number;
  align?: (HorizontalAlign | null)[];
}

/** Options of a table: columns (0-based) whose text is centred (categories), whether it sizes columns. */
export interface TableOptions {
  center?: readonly number[];
}

/** A merged note reads best at most about this many characters wide. */
export const NOTE_WIDTH = 110;

export class SheetDraft {
  private readonly blocks: PlanBlock[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly charts: PlanChart[] = [];
  private readonly conditional: { range: string; rule: ConditionalRule }[] = [];
  private widths: number[] = [];
  /** Anchors of other one-column blocks in column A merged like notes (the Summary's headline). */
  private readonly spanLikeNotes = new Set<string>();
  /** Next free row (1-based). */
  row = 1;
  /** How the sheet's figures are computed: written under everything else at build (the answer first). */
  private method: { heading: string; lines: readonly string[] } | undefined;

  constructor(
    readonly key: PlanSheetKey,
    readonly name: string,
  ) {}

  /** Reserve `height` rows (plus `gap` blank rows after them); returns the first reserved row. */
  allocate(height: number, gap = 1): number {
    const top = this.row;
    this.row += height + gap;
    return top;
  }

  /** Write a rectangle of cells at (row, col). */
  write(row: number, col: number, cells: readonly (readonly CellInput[])[], style?: CellStyle, opts: WriteOptions = {}): void {
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
    if (opts.span !== undefined) block.span = opts.span;
    if (opts.align && opts.align.some((a) => a !== null)) {
      if (opts.align.length !== width) throw new Error(`block at ${cellAddress(row, col)}: ${opts.align.length} alignments for ${width} columns`);
      block.align = opts.align.slice();
    }
    this.blocks.push(block);
  }

  /**
   * Lines of text, one per row in column `col`, from the current row; advances (plus `gap`).
   * Notes and warnings in column A are merged across the sheet's width at `build` unless `span` is given.
   */
  lines(texts: readonly string[], style: CellStyle, gap = 0, col = 1, span?: number): number {
    const top = this.allocate(texts.length, gap);
    this.write(
      top,
      col,
      texts.map((t) => [t]),
      style,
      span === undefined ? {} : { span },
    );
    return top;
  }

  /** Merge the column-A block starting at `row` across the sheet at `build`, as a note is. */
  spanAsNote(row: number): void {
    this.spanLikeNotes.add(cellAddress(row, 1));
  }

  /** Geometry of a table whose header row is `top`. */
  geom(top: number, left: number, rows: number, cols: number): TableGeom {
    return new TableGeom(top, left, rows, cols);
  }

  /** Write a table (header + body) at `g` and register it under `name`. */
  /**
   * Write a table (header + body) at `g` and register it under `name`. Headers of numeric columns
   * are right-aligned over their numbers; `center` columns (categories) are centred, header and body.
   */
  table(
    name: string,
    g: TableGeom,
    headers: readonly string[],
    rows: readonly (readonly CellInput[])[],
    style = "TableStyleMedium2",
    opts: TableOptions = {},
  ): void {
    if (headers.length !== g.cols || rows.length !== g.rows) {
      throw new Error(`table ${name}: ${rows.length}×${headers.length} written into ${g.rows}×${g.cols}`);
    }
    const center = new Set(opts.center ?? []);
    const numeric = headers.map((_, c) => {
      const first = rows.map((r) => (isCell(r[c]) ? (r[c] as Cell).v : (r[c] as CellValue))).find((v) => v !== null && v !== "");
      return typeof first === "number";
    });
    const headAlign = headers.map((_, c): HorizontalAlign | null => (center.has(c) ? "center" : numeric[c] ? "right" : null));
    const bodyAlign = headers.map((_, c): HorizontalAlign | null => (center.has(c) ? "center" : null));
    this.write(g.top, g.left, [headers], "header", { align: headAlign });
    this.write(g.first, g.left, rows, "body", { align: bodyAlign });
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

  /** Current column widths (characters, from column A). */
  get columnWidthList(): readonly number[] {
    return this.widths;
  }

  /** The method notes, to go at the foot of the sheet (below its tables and charts) when it is built. */
  methodBelow(heading: string, lines: readonly string[]): void {
    this.method = lines.length ? { heading, lines } : undefined;
  }

  build(): PlanSheet {
    if (this.method) {
      const chartBottom = Math.max(0, ...this.charts.map((c) => parseTop(c.to).row));
      if (this.row <= chartBottom) this.row = chartBottom + 2;
      this.lines([this.method.heading], "emphasis");
      this.lines(this.method.lines, "note", 1);
      this.method = undefined;
    }
    this.fitHeaders();
    this.spanNotes();
    const sheet: PlanSheet = {
      key: this.key,
      name: this.name,
      blocks: this.blocks,
      tables: this.tables,
      charts: this.charts,
      conditionalFormats: this.conditional,
    };
    if (this.widths.length) sheet.columnWidths = this.widths;
    sheet.showGridlines = false;
    return sheet;
  }

  /** Every table header fits its column (widened up to 30 characters; longer headers are cut). */
  private fitHeaders(): void {
    for (const t of this.tables) {
      const at = parseTop(t.range);
      const header = this.blocks.find((b) => b.style === "header" && b.anchor === cellAddress(at.row, at.col));
      header?.values[0].forEach((v, j) => {
        if (typeof v !== "string") return;
        const c = at.col + j - 1;
        while (this.widths.length <= c) this.widths.push(DEFAULT_WIDTH);
        this.widths[c] = Math.max(this.widths[c], Math.min(30, Math.ceil(textWidth(v) + 2)));
      });
    }
  }

  /**
   * Notes and warnings one column wide in column A, without a span of their own, are merged to
   * the right: across the widest table (at most NOTE_WIDTH characters, at least column A), never
   * over a written cell or under a chart.
   */
  private spanNotes(): void {
    const tableCols = Math.max(1, ...this.tables.map((t) => parseRight(t.range)));
    const occupied = new Set<string>();
    for (const b of this.blocks) {
      const at = parseTop(b.anchor);
      b.values.forEach((line, i) => line.forEach((_, j) => occupied.add(cellAddress(at.row + i, at.col + j))));
    }
    const charts = this.charts.map((c) => ({ from: parseTop(c.from), to: parseTop(c.to) }));
    const free = (row: number, col: number): boolean =>
      !occupied.has(cellAddress(row, col)) && !charts.some((c) => row >= c.from.row && row <= c.to.row && col >= c.from.col && col <= c.to.col);
    for (const b of this.blocks) {
      if (b.span !== undefined || (b.style !== "note" && b.style !== "warning" && !this.spanLikeNotes.has(b.anchor))) continue;
      const at = parseTop(b.anchor);
      if (at.col !== 1 || b.values[0]?.length !== 1) continue;
      let span = 1;
      let width = this.widths[0] ?? DEFAULT_WIDTH;
      while (span < tableCols) {
        const next = this.widths[span] ?? DEFAULT_WIDTH;
        if (width + next > NOTE_WIDTH) break;
        if (!b.values.every((_, i) => free(at.row + i, span + 1))) break;
        width += next;
        span++;
      }
      if (span > 1) b.span = span;
    }
  }
}

/** Excel's default column width (characters). */
const DEFAULT_WIDTH = 8.43;

/** Row and column of a range's top-left cell ("B4:F9" → 4, 2). */
function parseTop(range: string): { row: number; col: number } {
  const r = parseRange(range);
  if (!r) throw new Error(`bad address ${range}`);
  return { row: r.from.row, col: r.from.column };
}

/** Column of a range's right edge ("B4:F9" → 6). */
function parseRight(range: string): number {
  const r = parseRange(range);
  if (!r) throw new Error(`bad address ${range}`);
  return r.to.column;
}

/** A width (characters) that fits the longest text, between lo and hi. */
export function fitWidth(texts: readonly (string | null | undefined)[], lo = 10, hi = 48): number {
  let w = lo;
  for (const t of texts) if (t) w = Math.max(w, [...t].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2);
  return Math.min(w, hi);
}
