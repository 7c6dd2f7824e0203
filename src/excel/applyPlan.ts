/**
 * Applies a ReportPlan to the workbook in 2 + one round trip per sheet, whatever the survey's size:
 *
 * 1. read: worksheet names and ids, table names (with their sheet), the stored recipe, the active sheet;
 * 2. one per sheet, calculation and screen updating suspended: first the previous report steps
 *    aside (its sheets and tables renamed "~cs-insight old N" / "CsInsightOld_N") and the new
 *    sheets are added under their names; then each sheet: number formats, values/formulas, styles
 *    and alignment, merged (spanned) notes, row heights (planRowHeights, as the .xlsx writer),
 *    column widths, frozen rows, gridlines, tables (filter buttons hidden unless the plan asks),
 *    conditional formats, charts, shapes (boxes, arrows, labels);
 * 3. store the recipe with the new sheets' ids, activate the Summary, delete the old report's input
 *    names (before their sheets, else they would read #REF!), name the new input cells, delete the
 *    old sheets.
 * Each sheet's round trip also reads the sheet back: the recipe keeps a hash per written cell
 * (src/excel/edits.ts), so Refresh can tell the manager's edits.
 * Nothing half-written: a cancel (opts.signal, checked before each round trip) or an Excel error
 * before the last step's deletions puts the workbook back as it was (undoApply); the recipe is
 * stored only in the last round trip. A round trip is split only if its estimated request exceeds
 * WRITE_BUDGET (4 MB) — a plan grows with attributes and segments, never with respondents.
 *
 * Ownership: a sheet is the report's when the stored recipe lists it by name (any case) and, once
 * recorded, by Worksheet.id too. A renamed, deleted-and-recreated or never-listed sheet is the
 * user's and is never touched; neither is the survey's sheet, whatever the recipe says. A report
 * sheet whose name is taken by a user's sheet gets " (2)", " (3)"… (kept within 31 characters), and
 * formulas, chart ranges and rules naming it are re-pointed. Table names taken by a user's table
 * get "_2", "_3"… the same way.
 */
import type { MessageKey } from "../engine/messageKeys";
import type { PlanSheet, ReportPlan } from "../report/plan";
import { planRowHeights } from "../report/textMetrics";
import { parseArea, splitRef } from "../report/a1";
import { cellInput, renameRefs } from "./cells";
import { addChart, type ChartRanges } from "./charts";
import { addShapes } from "./shapes";
import { throwIfCancelled } from "./cancel";
import { ExcelAccessError } from "./errors";
import { addConditionalFormat, applyStyle, columnWidthPoints, HORIZONTAL } from "./format";
import { checkPlan, planValues } from "./planCheck";
import { writtenSheet } from "./edits";
import { parseRecipe, RECIPE_KEY, type OwnedSheet, type Recipe, type RecipeInput, type WrittenSheet } from "./recipe";
import type { ExcelRun } from "./run";

export interface ApplyResult {
  /** The report's sheets as written (name may carry a " (2)" suffix). */
  sheets: { key: string; name: string }[];
  /** context.sync() calls made. */
  syncs: number;
  /** Largest estimated request (JSON of the cell data and settings written, plus a per-operation allowance). */
  maxPayloadBytes?: number;
  /** Sheets of the previous report that were deleted. */
  replaced?: string[];
}

/** Above this estimated request size the write round trip is split (Excel's limit is 5 MB). */
export const WRITE_BUDGET = 4_000_000;
/** Rough request overhead of one queued operation (object path, method, ids). */
const OP_BYTES = 100;

const bytesOf = (value: unknown): number => (JSON.stringify(value) ?? "").length;

/** `base`, or `base (2)`, `base (3)`… shortened to stay within Excel's 31 characters, not in `taken` (lower case). */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length).replace(/[' ]+$/, "") + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** `base`, or `base_2`, `base_3`… not in `taken` (lower case). */
function uniqueTableName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

function isOwned(sheet: { name: string; id: string }, entries: readonly OwnedSheet[]): boolean {
  const name = sheet.name.toLowerCase();
  return entries.some((e) => e.name.toLowerCase() === name && (e.id === undefined || e.id === sheet.id));
}

/** The round trips of applyPlan, and the message key of a failure in each. */
type SyncStep = "reading the workbook" | "writing the sheets" | "saving the recipe";
const SYNC_STEP_KEYS: Record<SyncStep, MessageKey> = {
  "reading the workbook": "excelReadWorkbook",
  "writing the sheets": "excelWriteSheets",
  "saving the recipe": "excelSaveRecipe",
};

export interface ApplyOptions {
  onProgress?: (step: string) => void;
  /** After each sheet is written: sheets written, sheets in all. */
  onSheet?: (done: number, total: number) => void;
  /** Cancel: checked before every round trip; a cancelled apply undoes what it wrote and throws CancelledError. */
  signal?: AbortSignal;
}

export async function applyPlan(run: ExcelRun, plan: ReportPlan, recipe: Omit<Recipe, "sheets" | "version">, opts: ApplyOptions = {}): Promise<ApplyResult> {
  checkPlan(plan);
  const progress = opts.onProgress ?? (() => undefined);
  throwIfCancelled(opts.signal);

  return run(async (context) => {
    const { workbook } = context;
    let syncs = 0;
    let pending = 0;
    let maxPayloadBytes = 0;
    const sync = async (step: SyncStep): Promise<void> => {
      syncs++;
      maxPayloadBytes = Math.max(maxPayloadBytes, pending);
      pending = 0;
      try {
        await context.sync();
      } catch (e) {
        throw new ExcelAccessError(`writing the report (${step})`, e, { key: SYNC_STEP_KEYS[step] });
      }
    };
    const suspend = (): void => {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
    };

    // ── round trip 1: what is in the workbook ────────────────────────────────────────────────
    progress("reading the workbook");
    const worksheets = workbook.worksheets.load("items/name, items/id");
    const tables = workbook.tables.load("items/name, items/id, items/worksheet/id");
    const setting = workbook.settings.getItemOrNullObject(RECIPE_KEY).load("value");
    const active = workbook.worksheets.getActiveWorksheet().load("id");
    // Every defined name with its reference ("=Summary!$D$31"): undoApply can put the old report's back.
    const definedNames = workbook.names.load("items/name, items/type, items/value");
    await sync("reading the workbook");
    throwIfCancelled(opts.signal);

    const stored = setting.isNullObject ? undefined : parseRecipe(setting.value);
    const previous = stored?.status === "ok" ? stored.recipe : undefined;
    const survey = new Set([recipe.source.sheet.toLowerCase(), (previous?.source.sheet ?? "").toLowerCase()]);
    const owned = worksheets.items.filter((ws) => isOwned(ws, previous?.sheets ?? []) && !survey.has(ws.name.toLowerCase()));
    const ownedIds = new Set(owned.map((ws) => ws.id));
    const ownedNames = new Set((previous?.inputs ?? []).map((i) => i.name.toLowerCase()));
    const oldNames = definedNames.items.filter((n) => ownedNames.has(n.name.toLowerCase()));
    const before: WorkbookBefore = {
      sheetIds: new Set(worksheets.items.map((ws) => ws.id)),
      sheetNames: new Map(owned.map((ws) => [ws.id, ws.name])),
      tableNames: new Map(tables.items.filter((t) => ownedIds.has(t.worksheet.id)).map((t) => [t.id, t.name])),
      recipe: setting.isNullObject ? undefined : { value: setting.value as unknown },
      activeId: active.id,
      names: new Set(definedNames.items.map((n) => n.name.toLowerCase())),
      nameRanges: oldNames.flatMap((n) => {
        const { sheet, address } = splitRef(String(n.value).replace(/^=/, ""));
        const ws = worksheets.items.find((w) => w.name.toLowerCase() === sheet?.toLowerCase());
        return n.type === "Range" && ws ? [{ name: n.name, reference: String(n.value), sheetId: ws.id, address }] : [];
      }),
    };

    const taken = new Set(worksheets.items.filter((ws) => !ownedIds.has(ws.id)).map((ws) => ws.name.toLowerCase()));
    const names = plan.sheets.map((ps) => {
      const name = uniqueSheetName(ps.name, taken);
      taken.add(name.toLowerCase());
      return name;
    });
    const sheetRenames = new Map<string, string>();
    plan.sheets.forEach((ps, i) => names[i] !== ps.name && sheetRenames.set(ps.name.toLowerCase(), names[i]));

    const tablesTaken = new Set(tables.items.filter((t) => !ownedIds.has(t.worksheet.id)).map((t) => t.name.toLowerCase()));
    const tableRenames = new Map<string, string>();
    for (const t of plan.sheets.flatMap((ps) => ps.tables)) {
      const name = uniqueTableName(t.name, tablesTaken);
      tablesTaken.add(name.toLowerCase());
      if (name !== t.name) tableRenames.set(t.name.toLowerCase(), name);
    }
    const ref = (formula: string): string => renameRefs(formula, sheetRenames, tableRenames);

    // The new input names: the plan's, unless a name of the user's has it ("_2", "_3"…).
    const namesTaken = new Set(definedNames.items.map((n) => n.name.toLowerCase()).filter((n) => !ownedNames.has(n)));
    const inputs: RecipeInput[] = plan.sheets.flatMap((ps) =>
      (ps.inputs ?? []).map((input) => {
        const name = freeName(input.name, namesTaken, "_");
        namesTaken.add(name.toLowerCase());
        return { key: input.key, name, sheet: ps.key, address: input.address };
      }),
    );

    const written: Record<string, WrittenSheet> = {};
    const toStore = (sheets: OwnedSheet[]): Recipe => ({
      version: 1,
      source: recipe.source,
      ...(recipe.n !== undefined ? { n: recipe.n } : {}),
      roles: recipe.roles,
      options: recipe.options,
      language: recipe.language,
      generatedAt: recipe.generatedAt,
      sheets,
      ...(inputs.length > 0 ? { inputs } : {}),
      written,
    });

    // Nothing half-written: the old report steps aside (its sheets and tables renamed, so the new
    // ones take their names and formulas point at the new sheets), the new sheets are written one
    // round trip each, and only the last round trip deletes the old sheets and stores the recipe.
    // A cancel or an Excel error before that puts everything back (undoApply).
    try {
      // ── round trip 2…: the old report steps aside, the new sheets are written one by one ────
      progress(`writing ${plan.sheets.length} sheets`);
      const replaced = owned.map((ws) => ws.name);
      suspend();
      owned.forEach((ws, i) => {
        ws.name = freeName(`~cs-insight old ${i + 1}`, taken, ".");
        taken.add(ws.name.toLowerCase());
      });
      const tablesUsed = new Set(tables.items.map((t) => t.name.toLowerCase()));
      tables.items
        .filter((t) => ownedIds.has(t.worksheet.id))
        .forEach((t, i) => {
          t.name = freeName(`CsInsightOld_${i + 1}`, tablesUsed, "_");
          tablesUsed.add(t.name.toLowerCase());
        });
      const created = names.map((name) => workbook.worksheets.add(name).load("id"));
      pending += OP_BYTES * (2 * owned.length + 2 * created.length);

      const byPlanName = new Map(plan.sheets.map((ps, i) => [ps.name.toLowerCase(), { ps, ws: created[i] }]));
      const reserve = async (bytes: number): Promise<void> => {
        if (pending > 0 && pending + bytes > WRITE_BUDGET) {
          await sync("writing the sheets");
          suspend();
        }
        pending += bytes;
      };

      for (let i = 0; i < plan.sheets.length; i++) {
        // Cancel is checked before queuing a round trip, never after: what is queued is sent anyway
        // (by undoApply's first sync), so the old sheets' deletion is never queued once cancelled.
        if (i > 0) throwIfCancelled(opts.signal);
        const ps = plan.sheets[i];
        const ws = created[i];
        const ranges: ChartRanges = {
          range: (r) => {
            const { sheet, address } = splitRef(r);
            if (sheet === undefined) return ws.getRange(address);
            return (byPlanName.get(sheet.toLowerCase())?.ws ?? workbook.worksheets.getItem(sheet)).getRange(address);
          },
          labels: (r) => {
            const { sheet, address } = splitRef(r);
            const own = sheet === undefined ? ps : byPlanName.get(sheet.toLowerCase())?.ps;
            return own ? planValues(own, address) : [];
          },
        };
        await writeSheet(ws, ps, ref, (name) => tableRenames.get(name.toLowerCase()) ?? name, ranges, reserve);
        // Read back as Excel holds it (the formulas' text as Excel normalises it), for edit detection.
        const back = ws.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex");
        // One round trip per sheet: Cancel is checked between sheets and progress moves with them.
        await sync("writing the sheets");
        const skip = new Set((ps.inputs ?? []).map((input) => input.address));
        written[ps.key] = back.isNullObject ? { cells: {} } : writtenSheet(back.formulas, back.rowIndex, back.columnIndex, skip);
        opts.onSheet?.(i + 1, plan.sheets.length);
        if (i + 1 < plan.sheets.length) suspend();
      }

      // ── last round trip: store the recipe with the new ids, show the Summary, drop the old ───
      throwIfCancelled(opts.signal);
      progress("saving the recipe");
      workbook.settings.add(RECIPE_KEY, toStore(plan.sheets.map((ps, i) => ({ key: ps.key, name: names[i], id: created[i].id }))));
      const summary = plan.sheets.findIndex((ps) => ps.key === "summary");
      created[Math.max(summary, 0)].activate();
      oldNames.forEach((n) => n.delete());
      for (const input of inputs) workbook.names.add(input.name, created[plan.sheets.findIndex((ps) => ps.key === input.sheet)].getRange(input.address));
      owned.forEach((ws) => ws.delete());
      await sync("saving the recipe");

      return {
        sheets: plan.sheets.map((ps, i) => ({ key: ps.key, name: names[i] })),
        syncs,
        maxPayloadBytes,
        replaced,
      };
    } catch (e) {
      await undoApply(context, before);
      throw e;
    }
  });
}

/** The workbook as applyPlan found it: what undoApply puts back. */
interface WorkbookBefore {
  sheetIds: ReadonlySet<string>;
  /** The old report's sheets and tables by id → their names. */
  sheetNames: ReadonlyMap<string, string>;
  tableNames: ReadonlyMap<string, string>;
  recipe?: { value: unknown };
  activeId: string;
  /** Every defined name (lower case), and the old report's input names with their ranges. */
  names: ReadonlySet<string>;
  nameRanges: readonly { name: string; reference: string; sheetId: string; address: string }[];
}

/**
 * Puts the workbook back as applyPlan found it after a cancel or a failed round trip, whatever part
 * of the failed request was applied: the sheets it added are deleted, the old report's sheets and
 * tables get their names back, the stored recipe and the active sheet are restored. Reads the
 * workbook again first (by id), so it never touches what it did not change.
 */
async function undoApply(context: Excel.RequestContext, before: WorkbookBefore): Promise<void> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name, items/id");
  const tables = workbook.tables.load("items/name, items/id");
  const active = workbook.worksheets.getActiveWorksheet().load("id");
  const setting = workbook.settings.getItemOrNullObject(RECIPE_KEY).load("key");
  const names = workbook.names.load("items/name, items/value");
  await context.sync();
  // The sheets' names as read (renaming below changes what `ws.name` returns at once).
  const readNames = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
  // The sheet that was active first, so deleting an added sheet that is active does not let Excel pick another.
  const keep = sheets.items.find((ws) => ws.id === before.activeId);
  if (keep && active.id !== before.activeId) keep.activate();
  for (const ws of sheets.items) if (!before.sheetIds.has(ws.id)) ws.delete();
  for (const t of tables.items) {
    const name = before.tableNames.get(t.id);
    if (name !== undefined && t.name !== name) t.name = name;
  }
  for (const ws of sheets.items) {
    const name = before.sheetNames.get(ws.id);
    if (name !== undefined && ws.name !== name) ws.name = name;
  }
  // Names: the new report's go; the old report's come back (after its sheets got their names back).
  // An old name still on its sheet (by the sheet's current name) is left alone; one deleted or re-pointed is re-made.
  const intact = (n: Excel.NamedItem): boolean => {
    const was = before.nameRanges.find((r) => r.name.toLowerCase() === n.name.toLowerCase());
    const now = splitRef(String(n.value).replace(/^=/, ""));
    const sheetName = was && readNames.get(was.sheetId);
    return sheetName !== undefined && now.sheet?.toLowerCase() === sheetName.toLowerCase() && now.address === was?.address;
  };
  const kept = new Set<string>();
  for (const n of names.items) {
    const name = n.name.toLowerCase();
    if (before.names.has(name) && (!before.nameRanges.some((r) => r.name.toLowerCase() === name) || intact(n))) kept.add(name);
    else n.delete();
  }
  for (const n of before.nameRanges) if (!kept.has(n.name.toLowerCase())) workbook.names.add(n.name, n.reference);
  if (before.recipe) workbook.settings.add(RECIPE_KEY, before.recipe.value);
  else if (!setting.isNullObject) setting.delete();
  await context.sync();
}

/** `base`, or `base<sep>2`, `base<sep>3`… not in `taken` (lower case). */
function freeName(base: string, taken: ReadonlySet<string>, sep: string): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${sep}${n}`;
  return name;
}

/** Queues everything on one new sheet; `reserve(bytes)` may sync first when the request grows too big. */
async function writeSheet(
  ws: Excel.Worksheet,
  ps: PlanSheet,
  ref: (formula: string) => string,
  tableName: (name: string) => string,
  ranges: ChartRanges,
  reserve: (bytes: number) => Promise<void>,
): Promise<void> {
  for (const block of ps.blocks) {
    const rows = block.values.length;
    const cols = rows ? block.values[0].length : 0;
    if (!rows || !cols) continue;
    const at = parseArea(block.anchor);
    const hasFormula = block.formulas?.some((r) => r.some((f) => f !== null)) ?? false;
    const grid = block.values.map((row, i) =>
      row.map((v, j) => {
        const f = block.formulas?.[i][j];
        return hasFormula && f !== null && f !== undefined ? ref(f) : cellInput(v);
      }),
    );
    await reserve(bytesOf(grid) + bytesOf(block.numberFormats ?? null) + 6 * OP_BYTES);
    const range = ws.getRangeByIndexes(at.row, at.col, rows, cols);
    if (block.numberFormats) range.numberFormat = block.numberFormats;
    if (hasFormula) range.formulas = grid;
    else range.values = grid;
    applyStyle(range, block.style);
    block.align?.forEach((a, j) => {
      if (a) ws.getRangeByIndexes(at.row, at.col + j, rows, 1).format.horizontalAlignment = HORIZONTAL[a];
    });
    const span = block.span ?? 1;
    if (span > 1) {
      // One merged cell per row, wrapped at the top (Excel does not autofit merged rows: set the height).
      await reserve(OP_BYTES * 4 * rows);
      const merged = ws.getRangeByIndexes(at.row, at.col, rows, span);
      merged.merge(true);
      merged.format.wrapText = true;
      merged.format.verticalAlignment = "Top";
    }
  }

  // Row heights: wrapped notes and merged cells (estimated lines over their width), rows of headline numbers.
  const heights = planRowHeights(ps);
  await reserve(OP_BYTES * heights.size);
  for (const [row, height] of heights) ws.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = height;

  await reserve(OP_BYTES * ((ps.columnWidths?.length ?? 0) + 2 + 4 * ps.tables.length + 5 * ps.conditionalFormats.length));
  ps.columnWidths?.forEach((chars, col) => {
    ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
  if (ps.freezeRows) ws.freezePanes.freezeRows(ps.freezeRows);
  if (ps.showGridlines === false) ws.showGridlines = false;
  for (const t of ps.tables) {
    const table = ws.tables.add(ws.getRange(t.range), true);
    table.name = tableName(t.name);
    if (t.style) table.style = t.style;
    table.showFilterButton = t.showFilterButton ?? false;
  }
  for (const cf of ps.conditionalFormats) addConditionalFormat(ws.getRange(cf.range), cf.rule, ref);
  for (const chart of ps.charts) {
    await reserve(OP_BYTES * (12 + 8 * chart.series.length) + bytesOf(chart));
    addChart(ws, chart, ranges);
  }
  if (ps.shapes?.length) {
    await reserve(OP_BYTES * 16 * ps.shapes.length + bytesOf(ps.shapes));
    addShapes(ws, ps);
  }
}
