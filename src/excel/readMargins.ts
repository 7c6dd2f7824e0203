/**
 * Reading the pane's margins table (issue #14): an Excel table by its name (header row and body
 * as they are now), or a range — through the survey reader (readSurveyRange), so its blank rows
 * below the used range are left out and its errors name the place the same way.
 */
import { renderEnglish } from "../engine/messageText";
import { sheetRef } from "../report/a1";
import { ExcelAccessError, KeyedError } from "./errors";
import { readSurveyRange } from "./readSurvey";
import type { ExcelRun } from "./run";

/** Where a margins table is: a range (no sheet: the survey's), or an Excel table by name. */
export type MarginsRef = { readonly sheet?: string; readonly address: string } | { readonly table: string };

/**
 * The cells of the margins table, its header row first. A range without a sheet is on `sheet`
 * (the survey's). A table that is not in the workbook → KeyedError marginsTableNotFound.
 */
export async function readMarginsCells(run: ExcelRun, ref: MarginsRef, sheet: string, signal?: AbortSignal): Promise<unknown[][]> {
  if ("table" in ref) {
    return run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(ref.table).load("name");
      await context.sync();
      if (table.isNullObject) {
        const params = { range: ref.table };
        throw new KeyedError(renderEnglish("marginsTableNotFound", params), { key: "marginsTableNotFound", params });
      }
      const range = table.getRange().load("values");
      try {
        await context.sync();
      } catch (e) {
        throw new ExcelAccessError(`reading table ${ref.table}`, e, { key: "excelRead", params: { range: ref.table } });
      }
      return range.values as unknown[][];
    });
  }
  const read = await readSurveyRange(run, { sheet: ref.sheet ?? sheet, address: ref.address }, { signal });
  return [read.headers, ...read.rows];
}

/** The margins table's place as messages show it ("'Margins'!A1:C6" or the table's name). */
export function marginsPlace(ref: MarginsRef, sheet: string): string {
  return "table" in ref ? ref.table : sheetRef(ref.sheet ?? sheet, ref.address);
}
