/**
 * The recipe: what a report was made from (source range, column roles, options, language) and
 * which sheets it owns. Stored as JSON in the workbook's add-in settings under RECIPE_KEY, so
 * **Refresh** can rebuild the report and replace exactly the sheets it wrote (DESIGN §5).
 */
import { parseCell } from "../report/a1";
import { COLUMN_ROLES, type ColumnProposal, type ColumnRole } from "../survey/roles";
import type { SurveySource } from "./readSurvey";
import type { ExcelRun } from "./run";

/** A sheet the report wrote. `id` (Worksheet.id) is recorded once known; it must match too. */
export interface OwnedSheet {
  key: string;
  name: string;
  id?: string;
}

/**
 * Where the survey is: the source it was read from (SurveySource: `address` the range last read,
 * `anchor` + `columns` the header row Refresh reads below as it is now, `table` first when the
 * survey is an Excel table). Recipes written before `anchor` existed have only `address`, read as
 * it is.
 */
export type RecipeSource = SurveySource;

/**
 * A named input cell the report wrote (a CSI weight): `name` is its workbook name, `sheet` the key
 * of its sheet, `address` its cell there. Refresh reads the entry back by name and writes it again.
 */
export interface RecipeInput {
  key: string;
  name: string;
  sheet: string;
  address: string;
}

/**
 * What the report wrote on one sheet, as read back after writing: a hash per non-empty cell
 * (A1 → hash of its formula or constant), input cells left out. Refresh compares it with the sheet
 * as it is now to find the manager's edits (a note typed into a cell) before replacing the sheet.
 */
export interface WrittenSheet {
  cells: Record<string, string>;
  /** The input cells' hashes as written (A1 → hash; "" hashed for an empty one). */
  inputs?: Record<string, string>;
}

export interface Recipe {
  version: 1;
  source: RecipeSource;
  /** Respondents of the report as last written (Refresh says the new number and this one). */
  n?: number;
  roles: ColumnProposal[];
  /** The report options object, stored as JSON. */
  options: unknown;
  language: string;
  generatedAt: string;
  /** Sheets the report owns (written by the last Generate/Refresh). */
  sheets: OwnedSheet[];
  /** The report's named input cells (absent in recipes from before they were kept). */
  inputs?: RecipeInput[];
  /** Per owned sheet key: what was written there (absent in recipes from before edits were detected). */
  written?: Record<string, WrittenSheet>;
}

export const RECIPE_KEY = "csInsight.recipe";

/** What the settings hold: no recipe, a readable one, or one that cannot be used (and why). */
export type RecipeStatus = { status: "none" } | { status: "ok"; recipe: Recipe } | { status: "unreadable"; problem: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isIndex = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;

function roleProblem(r: unknown, i: number): string | undefined {
  const at = `roles[${i}]`;
  if (!isObj(r)) return `${at} is not an object`;
  if (!isIndex(r.index)) return `${at}.index is not a column number`;
  if (!isStr(r.header)) return `${at}.header is not text`;
  if (!COLUMN_ROLES.includes(r.role as ColumnRole)) return `${at}.role '${String(r.role)}' is not a column role`;
  if (r.attribute !== undefined && !isStr(r.attribute)) return `${at}.attribute is not text`;
  if (r.pairIndex !== undefined && !isIndex(r.pairIndex)) return `${at}.pairIndex is not a column number`;
  if (r.scale !== undefined && !(isObj(r.scale) && Number.isFinite(r.scale.min) && Number.isFinite(r.scale.max))) return `${at}.scale is not { min, max }`;
  if (!isStr(r.reason)) return `${at}.reason is not text`;
  return undefined;
}

const isHashes = (x: unknown): boolean => isObj(x) && Object.values(x).every(isStr);
const isWrittenSheet = (w: unknown): boolean => isObj(w) && isHashes(w.cells) && (w.inputs === undefined || isHashes(w.inputs));

/** Checks a stored value (an object, or its JSON text) against the Recipe shape. */
export function parseRecipe(stored: unknown): RecipeStatus {
  let value = stored;
  if (value === null || value === undefined) return { status: "none" };
  if (isStr(value)) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { status: "unreadable", problem: "the stored recipe is not valid JSON" };
    }
  }
  const bad = (problem: string): RecipeStatus => ({ status: "unreadable", problem });
  if (!isObj(value)) return bad("the stored recipe is not an object");
  if (value.version !== 1) return bad(`recipe version ${JSON.stringify(value.version)} is not supported (expected 1)`);
  const { source, roles, language, generatedAt, sheets } = value;
  if (!isObj(source) || !isStr(source.sheet) || !isStr(source.address)) return bad("source is not { sheet, address }");
  if (source.anchor !== undefined && !(isStr(source.anchor) && parseCell(source.anchor) !== undefined)) return bad("source.anchor is not one cell");
  if (source.columns !== undefined && !(isIndex(source.columns) && source.columns > 0)) return bad("source.columns is not a column count");
  if (source.table !== undefined && !(isStr(source.table) && source.table.trim() !== "")) return bad("source.table is not a table name");
  if (value.n !== undefined && !isIndex(value.n)) return bad("n is not a respondent count");
  if (!Array.isArray(roles)) return bad("roles is not a list");
  for (let i = 0; i < roles.length; i++) {
    const problem = roleProblem(roles[i], i);
    if (problem) return bad(problem);
  }
  if (!("options" in value)) return bad("options are missing");
  if (!isStr(language)) return bad("language is not text");
  if (!isStr(generatedAt)) return bad("generatedAt is not text");
  if (!Array.isArray(sheets) || !sheets.every((s) => isObj(s) && isStr(s.key) && isStr(s.name) && (s.id === undefined || isStr(s.id)))) {
    return bad("sheets is not a list of { key, name }");
  }
  const { inputs, written } = value;
  if (
    inputs !== undefined &&
    !(
      Array.isArray(inputs) &&
      inputs.every((x) => isObj(x) && isStr(x.key) && isStr(x.name) && isStr(x.sheet) && isStr(x.address) && parseCell(x.address) !== undefined)
    )
  ) {
    return bad("inputs is not a list of { key, name, sheet, address }");
  }
  if (written !== undefined && !(isObj(written) && Object.values(written).every(isWrittenSheet))) {
    return bad("written is not { sheet key: { cells } }");
  }
  return { status: "ok", recipe: value as unknown as Recipe };
}

/** Reads the recipe setting and says whether it is absent, usable or unreadable (one round trip). */
export async function inspectRecipe(run: ExcelRun): Promise<RecipeStatus> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(RECIPE_KEY).load("value");
    await context.sync();
    return setting.isNullObject ? { status: "none" } : parseRecipe(setting.value);
  });
}

/** The stored recipe, or null when there is none or it is unreadable (use inspectRecipe to tell which). */
export async function loadRecipe(run: ExcelRun): Promise<Recipe | null> {
  const found = await inspectRecipe(run);
  return found.status === "ok" ? found.recipe : null;
}
