/**
 * The pipeline's ExcelPort over src/excel/ (the only code that touches Excel): requirement sets,
 * reading the survey in chunks, the stored recipe, applying the plan, showing a sheet, selecting a
 * cell, making the survey a table. Also the pane's few questions to Office itself (in Excel?
 * language, theme, ready): with src/excel/ this is the only code that names `Office.` / `Excel.`
 * (enforced by eslint.config.js).
 */
import { sheetRef } from "../report/a1";
import { applyPlan } from "../excel/applyPlan";
import { findSurveyByHeaders } from "../excel/findSurvey";
import { readInputs } from "../excel/inputs";
import { readMarginsCells } from "../excel/readMargins";
import { activateSheet, selectCell } from "../excel/navigate";
import { readSurveyRange, resolveSurveyAddress } from "../excel/readSurvey";
import { loadRecipe } from "../excel/recipe";
import { writeSampleSurvey } from "../excel/sample";
import { makeSurveyTable } from "../excel/surveyTable";
import { SAMPLE_SHEET, sampleSurvey } from "../sample/sampleSurvey";
import { missingRequirements, REQUIRED_SETS } from "../excel/requirements";
import type { ExcelRun } from "../excel/run";
import { SHEET_KEYS, type PlanSheetKey } from "../report/plan";
import { choicesFromStored, headerlessFromStored, type ExcelPort, type StoredRecipe } from "./pipeline";

/** The sheets a plan writes: the chosen ones and the Model sheet of a satisfaction model. */
const PLAN_SHEET_KEYS: readonly string[] = [...SHEET_KEYS, "model"];
const isSheetKey = (k: string): k is PlanSheetKey => PLAN_SHEET_KEYS.includes(k);

export function officePort(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean): ExcelPort {
  return {
    missingRequirements: () =>
      missingRequirements(isSetSupported) === null ? [] : REQUIRED_SETS.filter((s) => !isSetSupported(s.name, s.version)).map((s) => `${s.name} ${s.version}`),
    readSelection: async (onRows, signal) => readSurveyRange(run, await resolveSurveyAddress(run), { onProgress: onRows, signal }),
    readRange: (where, onRows, signal) => readSurveyRange(run, where, { onProgress: onRows, signal }),
    qualify: sheetRef,
    loadRecipe: async () => {
      const recipe = await loadRecipe(run);
      if (!recipe) return undefined;
      const stored: StoredRecipe = { source: recipe.source, roles: recipe.roles, choices: choicesFromStored(recipe.options, recipe.language) };
      const headerless = headerlessFromStored(recipe.options);
      if (headerless) stored.headerless = headerless;
      if (recipe.n !== undefined) stored.n = recipe.n;
      stored.sheets = recipe.sheets;
      if (recipe.inputs) stored.inputs = recipe.inputs;
      if (recipe.written) stored.written = recipe.written;
      return stored;
    },
    readInputs: (recipe) => readInputs(run, { source: recipe.source, sheets: recipe.sheets ?? [], inputs: recipe.inputs, written: recipe.written }),
    applyPlan: async (plan, recipe, onWrite, signal) => {
      const { language, ...choices } = recipe.choices;
      const options = recipe.headerless ? { ...choices, headerless: { ...recipe.headerless } } : choices;
      const result = await applyPlan(
        run,
        plan,
        { source: recipe.source, ...(recipe.n !== undefined ? { n: recipe.n } : {}), roles: recipe.roles, options, language, generatedAt: plan.generatedAt },
        // The read and the recipe are one round trip each; the sheets one each in between.
        { onSheet: (done, total) => onWrite((1 + done) / (2 + total)), signal },
      );
      return result.sheets.flatMap((s) => (isSheetKey(s.key) ? [{ key: s.key, name: s.name }] : []));
    },
    activateSheet: (name) => activateSheet(run, name),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    findSurvey: (headers) => findSurveyByHeaders(run, headers),
    readMargins: (ref, sheet, signal) => readMarginsCells(run, ref, sheet, signal),
    writeSampleSurvey: async () => (await writeSampleSurvey(run, SAMPLE_SHEET, sampleSurvey())).sheet,
    makeTable: (sheet, address) => makeSurveyTable(run, sheet, address),
  };
}

// ---------------------------------------------------------------- Office itself

/** Reads an Office.context member; outside Office (a plain browser) Office.context may be missing or throw. */
function fromContext<T>(read: (context: Office.Context) => T): T | undefined {
  try {
    return typeof Office === "undefined" || !Office.context ? undefined : read(Office.context);
  } catch {
    return undefined;
  }
}

/** True inside Excel: the Excel namespace is loaded and Office can answer requirement-set questions. */
export function inExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function" && fromContext((c) => typeof c.requirements?.isSetSupported) === "function";
}

export function isSetSupported(name: string, version: string): boolean {
  return fromContext((c) => c.requirements.isSetSupported(name, version)) ?? false;
}

/** Office's display language and theme background, when the page runs inside Office. */
export function officeDisplay(): { language?: string; bodyBackground?: string } {
  return { language: fromContext((c) => c.displayLanguage), bodyBackground: fromContext((c) => c.officeTheme?.bodyBackgroundColor) };
}

/** Calls `start` once Office is ready; at once in a plain browser without office.js. */
export function whenOfficeReady(start: () => void): void {
  // Office.onReady also resolves in a plain browser (host null), so the page doubles as a help page.
  if (typeof Office === "undefined") start();
  else void Office.onReady().then(start);
}

/**
 * Opens `url` outside the pane: Office's browser window where the host has one (desktop Office
 * keeps links of a task pane inside it otherwise), else a new browser tab.
 */
export function openInBrowser(url: string): void {
  const ui = fromContext((c) => c.ui);
  if (ui && typeof ui.openBrowserWindow === "function" && isSetSupported("OpenBrowserWindowApi", "1.1")) {
    ui.openBrowserWindow(url);
    return;
  }
  window.open(url, "_blank", "noopener");
}
