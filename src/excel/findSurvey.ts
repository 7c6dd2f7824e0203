/**
 * Looks through the workbook's sheets for a survey's header row (src/survey/headerMatch.ts), for
 * Refresh when the recorded sheet is gone (renamed) or the header row moved. Bounded: the first
 * SEARCH_ROWS rows and SEARCH_COLUMNS columns of each sheet's used range, read in one round trip.
 */
import { findHeaderRows } from "../survey/headerMatch";
import { cellName } from "../report/a1";
import { ExcelAccessError } from "./errors";
import type { SurveySource } from "./readSurvey";
import type { ExcelRun } from "./run";

export const SEARCH_ROWS = 50;
export const SEARCH_COLUMNS = 500;

/** Where `headers` stand as a header row, sheet by sheet (each a source Refresh can read by its anchor). */
export async function findSurveyByHeaders(run: ExcelRun, headers: readonly string[]): Promise<SurveySource[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    try {
      await context.sync();
      const used = sheets.items.map((sheet) => ({
        name: sheet.name,
        range: sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
      }));
      await context.sync();
      const tops = used
        .filter((u) => !u.range.isNullObject && u.range.columnCount >= headers.length)
        .map((u) => {
          const rows = Math.min(SEARCH_ROWS, u.range.rowCount);
          const cols = Math.min(SEARCH_COLUMNS, u.range.columnCount);
          const sheet = context.workbook.worksheets.getItem(u.name);
          return {
            name: u.name,
            row0: u.range.rowIndex,
            col0: u.range.columnIndex,
            cells: sheet.getRangeByIndexes(u.range.rowIndex, u.range.columnIndex, rows, cols).load("values"),
          };
        });
      await context.sync();
      return tops.flatMap((t) =>
        findHeaderRows(t.cells.values, headers).map((at) => {
          const anchor = cellName(t.row0 + at.row, t.col0 + at.col);
          return { sheet: t.name, address: anchor, anchor, columns: headers.length };
        }),
      );
    } catch (e) {
      throw new ExcelAccessError("looking for the survey's header row", e, { key: "excelRead", params: { range: "(all sheets)" } });
    }
  });
}
