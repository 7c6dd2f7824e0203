/**
 * Before Refresh replaces the report: the manager's entries in its named input cells (a changed
 * CSI weight), and any other edit on its sheets (a note typed into a cell), found by comparing the
 * sheets with the hashes the recipe kept when they were written. Two round trips: which sheets
 * and names exist; then their used ranges and named cells.
 */
import { displayRef } from "../report/a1";
import type { InputEntry } from "../report/inputs";
import type { CellValue } from "../report/plan";
import { cellHash, changedCells, writtenSheet } from "./edits";
import type { Recipe } from "./recipe";
import type { ExcelRun } from "./run";

export interface ReportInputs {
  /** The entries the manager changed, by input key (unchanged inputs are left to the report's defaults). */
  entries: Record<string, InputEntry>;
  /** Other cells changed since the report was written, sheet-qualified ("Summary!H3"), sheet by sheet in reading order. */
  edited: string[];
}

const asCellValue = (v: unknown): CellValue => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null);

/** Reads the report's input entries and edits, by the recipe's sheets, input names and written hashes. */
export async function readInputs(run: ExcelRun, recipe: Pick<Recipe, "source" | "sheets" | "inputs" | "written">): Promise<ReportInputs> {
  return run(async (context) => {
    const { workbook } = context;
    const sheets = workbook.worksheets.load("items/name, items/id");
    const names = workbook.names.load("items/name, items/type");
    await context.sync();

    // The report's sheets as applyPlan owns them: listed by name and (once recorded) by id; never the survey's.
    const survey = recipe.source.sheet.toLowerCase();
    const owned = recipe.sheets.flatMap((entry) => {
      const ws = sheets.items.find((s) => s.name.toLowerCase() === entry.name.toLowerCase() && (entry.id === undefined || entry.id === s.id));
      return ws && ws.name.toLowerCase() !== survey ? [{ key: entry.key, ws }] : [];
    });
    const used = owned.map(({ key, ws }) => ({
      key,
      name: ws.name,
      range: recipe.written?.[key] ? ws.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex") : undefined,
    }));
    const ownedKeys = new Set(owned.map((o) => o.key));
    const present = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
    const inputs = (recipe.inputs ?? [])
      .filter((i) => ownedKeys.has(i.sheet) && present.has(i.name.toLowerCase()))
      .map((input) => ({ input, range: workbook.names.getItem(input.name).getRange().load("values, formulas") }));
    await context.sync();

    const entries: Record<string, InputEntry> = {};
    for (const { input, range } of inputs) {
      const formula: unknown = range.formulas[0]?.[0];
      const written = recipe.written?.[input.sheet]?.inputs?.[input.address];
      // Unchanged since it was written: the report's own weight (which may follow the data) stays in charge.
      if (written !== undefined && cellHash(formula === null ? "" : formula) === written) continue;
      const entry: InputEntry = { value: asCellValue(range.values[0]?.[0]) };
      if (typeof formula === "string" && formula.startsWith("=")) entry.formula = formula;
      entries[input.key] = entry;
    }

    const edited: string[] = [];
    for (const { key, name, range } of used) {
      const before = recipe.written?.[key];
      if (!before || !range) continue;
      const skip = new Set((recipe.inputs ?? []).filter((i) => i.sheet === key).map((i) => i.address));
      const now = range.isNullObject ? { cells: {} } : writtenSheet(range.formulas, range.rowIndex, range.columnIndex, skip);
      edited.push(...changedCells(before, now).map((a) => displayRef(name, a)));
    }
    return { entries, edited };
  });
}
