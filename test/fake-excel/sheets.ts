/**
 * Workbook, worksheets, tables, settings, application and the request context.
 * Sheets and tables bind to their object once resolved (they have ids in Excel);
 * ranges are re-resolved in every sync.
 */
import { Area, MAX_COLUMNS, MAX_ROWS, checkArea, parseAddress } from "./address";
import { FakeChartCollection } from "./charts";
import { FakeShapeCollection } from "./shapes";
import { FakeClientObject, FakeCollection, FakeContext, Mirror, bagClass, isValidName, itemNotFound, jsonBytes, once, perSync, registerScalars } from "./core";
import { ExcelMessages, FakeOfficeError, notModelled } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeRange, asFakeRange, usedArea } from "./range";
import { FakeSheetState, FakeTableState, FakeWorkbookState, SheetVisibility, cellKey, findSheet, newSheet } from "./state";

const alreadyExists = (what: string) => new FakeOfficeError("ItemAlreadyExists", `${ExcelMessages.ItemAlreadyExists} (fake-excel: ${what})`);
const invalid = (why: string) => new FakeOfficeError("InvalidArgument", `fake-excel: ${why}`);
const invalidOperation = (why: string) => new FakeOfficeError("InvalidOperation", `fake-excel: ${why}`);

/** A sheet that still exists (a deleted sheet's proxies fail like Excel's). */
function alive(state: FakeWorkbookState, sheet: FakeSheetState | undefined, what: string): FakeSheetState {
  if (!sheet || !state.sheets.includes(sheet)) throw itemNotFound(`worksheet ${what}`);
  return sheet;
}

const visibleCount = (state: FakeWorkbookState) => state.sheets.filter((s) => s.visibility === "Visible").length;

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, unique. */
function checkSheetName(state: FakeWorkbookState, name: string, self?: FakeSheetState): void {
  if (typeof name !== "string" || name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw invalid(`'${name}' is not a valid sheet name`);
  }
  const other = findSheet(state, name);
  if (other && other !== self) throw alreadyExists(`sheet '${name}'`);
}

/** The area an address names on `sheet` (a sheet prefix, if any, must be that sheet). */
function areaOn(sheet: FakeSheetState, address: string): Area {
  const parsed = parseAddress(address);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalid(`address '${address}' is not on sheet '${sheet.name}'`);
  }
  return parsed.area;
}

export class FakeWorksheet
  extends FakeClientObject
  implements
    Mirror<
      Excel.Worksheet,
      | "id"
      | "name"
      | "position"
      | "visibility"
      | "tables"
      | "charts"
      | "shapes"
      | "getRange"
      | "getRangeByIndexes"
      | "getCell"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "freezePanes"
      | "showGridlines"
      | "delete"
      | "activate"
      | "load"
    >
{
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheetState,
  ) {
    super(ctx);
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueSet("name", name, () => {
      const sheet = this.sheet();
      checkSheetName(this.ctx.state, name, sheet);
      sheet.name = name;
    });
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.queueSet("position", position, () => {
      const { sheets } = this.ctx.state,
        sheet = this.sheet();
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw invalid(`position ${position}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.loaded("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.queueSet("visibility", visibility, () => {
      const { state } = this.ctx,
        sheet = this.sheet();
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw invalid(`visibility '${visibility}'`);
      if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleCount(state) === 1) {
        throw invalidOperation("a workbook must keep at least one visible sheet");
      }
      sheet.visibility = visibility as SheetVisibility;
      if (visibility !== "Visible" && state.activeSheetId === sheet.id) activateFirstVisible(state);
    });
  }

  get showGridlines(): boolean {
    return this.loaded("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.queueSet("showGridlines", show, () => {
      this.sheet().showGridlines = show;
    });
  }

  protected read(name: string): unknown {
    const sheet = this.sheet();
    if (name === "position") return this.ctx.state.sheets.indexOf(sheet);
    if (name === "showGridlines") return sheet.showGridlines;
    return name === "id" ? sheet.id : name === "name" ? sheet.name : sheet.visibility;
  }

  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.ctx, this.sheet));
  }
  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this.ctx, this.sheet));
  }
  get shapes(): FakeShapeCollection {
    return this.nav("shapes", () => new FakeShapeCollection(this.ctx, this.sheet));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return this.nav("freezePanes", () => new FakeWorksheetFreezePanes(this.ctx, this.sheet));
  }

  private range(area: () => Area): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheet,
      perSync(this.ctx, () => checkArea(area())),
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(() => (address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } : areaOn(this.sheet(), address)));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(() => ({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({ row, col: column, rows: 1, cols: 1 }));
  }
  /** Bounding box of used cells; A1 on an empty sheet (as Excel). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(() => usedArea(this.sheet(), undefined, !!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.getUsedRange(valuesOnly).markNullable(() => usedArea(this.sheet(), undefined, !!valuesOnly) !== undefined);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { state } = this.ctx,
        sheet = this.sheet();
      if (sheet.visibility === "Visible" && visibleCount(state) === 1) throw invalidOperation("cannot delete the last visible sheet");
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheetId === sheet.id) activateFirstVisible(state);
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw invalidOperation(`sheet '${sheet.name}' is hidden`);
      this.ctx.state.activeSheetId = sheet.id;
    });
  }
}
registerScalars(FakeWorksheet, ["id", "name", "position", "visibility", "showGridlines"]);

/** Frozen rows/columns, recorded as `sheet.freeze`; freezing rows replaces an earlier freeze (as Excel). */
export class FakeWorksheetFreezePanes extends FakeClientObject implements Mirror<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze"> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {
    super(ctx);
  }

  private freeze(rows: number, columns: number): void {
    this.ctx.enqueue(() => {
      const count = rows || columns;
      if (!Number.isInteger(count) || count < 1 || rows >= MAX_ROWS || columns >= MAX_COLUMNS) throw invalid(`cannot freeze ${count} rows/columns`);
      this.sheet().freeze = { rows, columns };
    });
  }
  freezeRows(count = 1): void {
    this.freeze(count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze(0, count);
  }
  unfreeze(): void {
    this.ctx.enqueue(() => {
      delete this.sheet().freeze;
    });
  }

  protected read(): unknown {
    return null;
  }
}

function activateFirstVisible(state: FakeWorkbookState): void {
  state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
}

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements Mirror<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "load">
{
  add(name?: string): FakeWorksheet {
    let created: FakeSheetState | undefined;
    this.ctx.enqueue(() => {
      const { state } = this.ctx;
      let sheetName = name;
      for (let n = 1; sheetName === undefined; n++) if (!findSheet(state, `Sheet${n}`)) sheetName = `Sheet${n}`;
      checkSheetName(state, sheetName);
      created = newSheet(state, sheetName);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => alive(this.ctx.state, created, `'${name ?? "(new)"}'`));
  }

  private find(key: string): FakeSheetState | undefined {
    const { state } = this.ctx;
    return findSheet(state, key) ?? state.sheets.find((s) => s.id === key);
  }

  getItem(key: string): FakeWorksheet {
    const bound = once(() => this.find(key));
    return new FakeWorksheet(this.ctx, () => alive(this.ctx.state, bound(), `'${key}'`));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.getItem(key).markNullable(() => this.find(key) !== undefined);
  }

  getActiveWorksheet(): FakeWorksheet {
    const { state } = this.ctx;
    const bound = once(() => state.sheets.find((s) => s.id === state.activeSheetId));
    return new FakeWorksheet(this.ctx, () => alive(state, bound(), "(active)"));
  }

  protected list(): FakeWorksheet[] {
    return this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, () => alive(this.ctx.state, s, `'${s.name}'`)));
  }
}

// ── tables ─────────────────────────────────────────────────────────────────────────────────────

const allTables = (state: FakeWorkbookState): FakeTableState[] => state.sheets.flatMap((s) => s.tables);

function findTable(state: FakeWorkbookState, key: string): FakeTableState | undefined {
  const k = key.toLowerCase();
  return allTables(state).find((t) => String(t.props.name).toLowerCase() === k || t.id === key);
}

function tableNameTaken(state: FakeWorkbookState, name: string, self?: FakeTableState): boolean {
  return allTables(state).some((t) => t !== self && String(t.props.name).toLowerCase() === name.toLowerCase());
}

export class FakeTableCollection
  extends FakeCollection<FakeTable>
  implements Mirror<Excel.TableCollection, "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "load">
{
  /** `scope`: the worksheet's sheet, or undefined for `workbook.tables`. */
  constructor(
    ctx: FakeContext,
    private readonly scope?: () => FakeSheetState,
  ) {
    super(ctx);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw notModelled("tables.add(…, hasHeaders = false)");
    let created: FakeTableState | undefined;
    this.ctx.enqueue(() => {
      const { state } = this.ctx;
      let sheet: FakeSheetState, area: Area;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        const named = parsed.sheet === undefined ? undefined : findSheet(state, parsed.sheet);
        if (parsed.sheet !== undefined && !named) throw itemNotFound(`sheet '${parsed.sheet}'`);
        sheet =
          named ??
          this.scope?.() ??
          alive(
            state,
            state.sheets.find((s) => s.id === state.activeSheetId),
            "(active)",
          );
        area = parsed.area;
      } else {
        const range = asFakeRange(address);
        sheet = range.sheet();
        area = range.area();
      }
      if (area.rows === 1) area = { ...area, rows: 2 }; // Excel adds an empty data row under a lone header
      checkArea(area);
      const clash = sheet.tables.find(
        (t) =>
          t.area.row < area.row + area.rows && area.row < t.area.row + t.area.rows && t.area.col < area.col + area.cols && area.col < t.area.col + t.area.cols,
      );
      if (clash) throw invalidOperation(`a table can't overlap table '${String(clash.props.name)}'`);
      let n = 1;
      while (tableNameTaken(state, `Table${n}`)) n++;
      created = {
        id: `{table-${state.nextId++}}`,
        sheet,
        area,
        props: { name: `Table${n}`, style: "TableStyleMedium2", showBandedRows: true },
      };
      sheet.tables.push(created);
    });
    return new FakeTable(
      this.ctx,
      () =>
        created ??
        (() => {
          throw itemNotFound("table not created yet");
        })(),
    );
  }

  private tables(): FakeTableState[] {
    return this.scope ? this.scope().tables : allTables(this.ctx.state);
  }

  getItem(key: string): FakeTable {
    const table = once(() => this.tables().find((t) => t === findTable(this.ctx.state, key)));
    return new FakeTable(this.ctx, () => {
      const t = table();
      if (!t || !this.ctx.state.sheets.includes(t.sheet) || !t.sheet.tables.includes(t)) throw itemNotFound(`table '${key}'`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return this.getItem(key).markNullable(() => this.tables().some((t) => t === findTable(this.ctx.state, key)));
  }
  protected list(): FakeTable[] {
    return this.tables().map((t) => new FakeTable(this.ctx, () => t));
  }
}

export class FakeTable
  extends bagClass<Excel.Table>()(["name", "style", "showBandedRows", "showFilterButton"], ["id"])
  implements Mirror<Excel.Table, "worksheet" | "rows" | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "delete" | "load">
{
  constructor(
    ctx: FakeContext,
    private readonly table: () => FakeTableState,
  ) {
    super(ctx, () => table().props);
  }

  protected override read(name: string): unknown {
    return name === "id" ? this.table().id : super.read(name);
  }

  protected override validate(name: string, value: unknown): void {
    if (name !== "name") return;
    if (typeof value !== "string" || !isValidName(value)) throw invalid(`'${String(value)}' is not a valid table name`);
    if (tableNameTaken(this.ctx.state, value, this.table())) throw alreadyExists(`table name '${value}'`);
  }

  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, () => this.table().sheet));
  }
  get rows(): FakeTableRowCollection {
    return this.nav("rows", () => new FakeTableRowCollection(this.ctx, this.table));
  }

  private part(f: (a: Area) => Area): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.table().sheet,
      () => f(this.table().area),
    );
  }
  getRange(): FakeRange {
    return this.part((a) => a);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((a) => ({ ...a, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((a) => ({ ...a, row: a.row + 1, rows: a.rows - 1 }));
  }

  /** Removes the table object; its cells keep their values (as Excel). */
  delete(): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      t.sheet.tables.splice(t.sheet.tables.indexOf(t), 1);
    });
  }
}

/**
 * Makes room for `count` rows at sheet row `at` under the table's columns, as Excel's
 * `rows.add` does: the cells below move down, and so do tables that lie wholly in those columns
 * (one that straddles them is refused, as Excel refuses to split a table). Merges, rules and
 * charts below are not moved (the add-in never puts them under a survey).
 */
function shiftDown(table: FakeTableState, at: number, count: number): void {
  const { sheet, area } = table;
  const inColumns = (col: number) => col >= area.col && col < area.col + area.cols;
  const below = sheet.tables.filter(
    (t) => t !== table && t.area.row + t.area.rows > at && t.area.col < area.col + area.cols && area.col < t.area.col + t.area.cols,
  );
  const straddling = below.find((t) => t.area.col < area.col || t.area.col + t.area.cols > area.col + area.cols);
  if (straddling) throw invalidOperation(`adding rows would shift part of table '${String(straddling.props.name)}'`);
  const moved = [...sheet.cells.entries()].filter(([key]) => {
    const [r, c] = key.split(",").map(Number);
    return r >= at && inColumns(c);
  });
  if (moved.some(([key]) => Number(key.split(",")[0]) + count >= MAX_ROWS)) throw invalid("the rows would move cells off the sheet");
  for (const [key] of moved) sheet.cells.delete(key);
  for (const [key, cell] of moved) {
    const [r, c] = key.split(",").map(Number);
    sheet.cells.set(cellKey(r + count, c), cell);
  }
  for (const t of below) t.area = { ...t.area, row: t.area.row + count };
}

/** A table's data rows; `add` inserts rows (at the end by default) and the table grows over them. */
export class FakeTableRowCollection extends FakeCollection<FakeTableRow> implements Mirror<Excel.TableRowCollection, "items" | "count" | "add" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly table: () => FakeTableState,
  ) {
    super(ctx);
  }

  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): FakeTableRow {
    if (alwaysInsert === false) throw notModelled("rows.add(…, alwaysInsert = false)");
    let added = -1;
    this.ctx.enqueue(
      () => {
        const t = this.table();
        const bodyRows = t.area.rows - 1;
        const at = index === undefined || index === null || index === -1 ? bodyRows : index;
        if (!Number.isInteger(at) || at < 0 || at > bodyRows) throw invalid(`row index ${at} is outside the table (${bodyRows} data rows)`);
        const count = Array.isArray(values) ? values.length : 1;
        if (count < 1) throw invalid("rows.add needs at least one row of values");
        if (Array.isArray(values) && values.some((row) => !Array.isArray(row) || row.length !== t.area.cols)) {
          throw new FakeOfficeError("InvalidArgument", ExcelMessages.ShapeMismatch, "TableRowCollection.add");
        }
        const first = t.area.row + 1 + at;
        shiftDown(t, first, count);
        t.area = { ...t.area, rows: t.area.rows + count };
        if (values !== undefined) {
          new FakeRange(
            this.ctx,
            () => t.sheet,
            () => ({ row: first, col: t.area.col, rows: count, cols: t.area.cols }),
          ).writeGrid("values", values);
        }
        added = at;
      },
      jsonBytes(values ?? null),
    );
    return new FakeTableRow(this.ctx, this.table, () => {
      if (added < 0) throw itemNotFound("table row not added yet");
      return added;
    });
  }

  protected list(): FakeTableRow[] {
    const t = this.table();
    return Array.from({ length: t.area.rows - 1 }, (_, i) => new FakeTableRow(this.ctx, this.table, () => i));
  }
}

/** One data row of a table (by its index in the data body). */
export class FakeTableRow extends FakeClientObject implements Mirror<Excel.TableRow, "index" | "values" | "getRange" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly table: () => FakeTableState,
    private readonly at: () => number,
  ) {
    super(ctx);
  }

  get index(): number {
    return this.loaded("index");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.table().sheet,
      () => {
        const a = this.table().area;
        return { row: a.row + 1 + this.at(), col: a.col, rows: 1, cols: a.cols };
      },
    );
  }

  protected read(name: string): unknown {
    if (name === "index") return this.at();
    const range = this.getRange();
    range.loadNow(["values"]);
    return range.values;
  }
}
registerScalars(FakeTableRow, ["index", "values"]);

// ── settings ───────────────────────────────────────────────────────────────────────────────

/** Settings are stored as Excel stores them: a JSON copy (Dates become strings, functions vanish). */
function jsonCopy(value: unknown): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) throw invalid("a setting value must be JSON-serialisable");
  return JSON.parse(text) as unknown;
}

export class FakeSettingCollection
  extends FakeCollection<FakeSetting>
  implements Mirror<Excel.SettingCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "load">
{
  add(key: string, value: unknown): FakeSetting {
    const copy = jsonCopy(value);
    this.ctx.enqueue(
      () => {
        this.ctx.state.settings.set(key, copy);
      },
      jsonBytes(copy) + jsonBytes(key),
    );
    return new FakeSetting(this.ctx, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key).markNullable(() => this.ctx.state.settings.has(key));
  }
  protected list(): FakeSetting[] {
    return [...this.ctx.state.settings.keys()].map((key) => new FakeSetting(this.ctx, key));
  }
}

export class FakeSetting extends FakeClientObject implements Mirror<Excel.Setting, "key" | "value" | "delete" | "load"> {
  constructor(
    ctx: FakeContext,
    private readonly settingKey: string,
  ) {
    super(ctx);
  }

  private existing(): string {
    if (!this.ctx.state.settings.has(this.settingKey)) throw itemNotFound(`setting '${this.settingKey}'`);
    return this.settingKey;
  }

  get key(): string {
    return this.loaded("key");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    const copy = jsonCopy(value);
    this.queueSet("value", copy, () => {
      this.ctx.state.settings.set(this.existing(), copy);
    });
  }

  protected read(name: string): unknown {
    const key = this.existing();
    return name === "key" ? key : jsonCopy(this.ctx.state.settings.get(key));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.settings.delete(this.existing());
    });
  }
}
registerScalars(FakeSetting, ["key", "value"]);

// ── application, workbook, request context ─────────────────────────────────────────────────────

export class FakeApplication
  extends FakeClientObject
  implements Mirror<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync">
{
  /** Counted in `state.suspensions` (the fake never calculates, so there is nothing to suspend). */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.suspensions.calculation++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.suspensions.screenUpdating++;
    });
  }
  protected read(): unknown {
    return null;
  }
}

export class FakeWorkbook
  extends FakeClientObject
  implements Mirror<Excel.Workbook, "worksheets" | "tables" | "settings" | "names" | "application" | "getSelectedRange">
{
  get names(): FakeNamedItemCollection {
    return this.nav("names", () => new FakeNamedItemCollection(this.ctx));
  }
  get worksheets(): FakeWorksheetCollection {
    return this.nav("worksheets", () => new FakeWorksheetCollection(this.ctx));
  }
  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.ctx));
  }
  get settings(): FakeSettingCollection {
    return this.nav("settings", () => new FakeSettingCollection(this.ctx));
  }
  get application(): FakeApplication {
    return this.nav("application", () => new FakeApplication(this.ctx));
  }

  /** `state.selection`, a sheet-qualified address. */
  getSelectedRange(): FakeRange {
    const { state } = this.ctx;
    const selection = perSync(this.ctx, () => {
      const parsed = parseAddress(state.selection);
      const sheet = parsed.sheet === undefined ? state.sheets.find((s) => s.id === state.activeSheetId) : findSheet(state, parsed.sheet);
      return { sheet: alive(state, sheet, "(selection)"), area: checkArea(parsed.area) };
    });
    return new FakeRange(
      this.ctx,
      () => selection().sheet,
      () => selection().area,
    );
  }

  protected read(): unknown {
    return null;
  }
}

export class FakeRequestContext extends FakeContext implements Mirror<Excel.RequestContext, "workbook" | "application" | "sync"> {
  readonly workbook = new FakeWorkbook(this);
  get application(): FakeApplication {
    return this.workbook.application;
  }

  /** One round trip: queued writes and loads are applied in order; resolves with `passThroughValue`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.flush();
    return passThroughValue as T;
  }
}
