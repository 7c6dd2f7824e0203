/**
 * Turning the survey into an Excel table (issue #11): responses typed or pasted under a table
 * join it, so Refresh (which reads the table by name) includes them without a new selection.
 */
import { sheetRef } from "../report/a1";
import { ExcelAccessError } from "./errors";
import type { ExcelRun } from "./run";

/**
 * Makes the range `address` of `sheet` (header row + answers) an Excel table; its name (Excel's
 * default, "Table1"…). Only the table is added: the cells keep their values (the caller offers it
 * only where Excel would not rename a header, see taskpane/tableOffer.ts). One round trip.
 */
export async function makeSurveyTable(run: ExcelRun, sheet: string, address: string): Promise<string> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const table = worksheet.tables.add(worksheet.getRange(address), true).load("name");
    try {
      await context.sync();
    } catch (e) {
      const range = sheetRef(sheet, address);
      throw new ExcelAccessError(`making ${range} an Excel table`, e, { key: "excelMakeTable", params: { range } });
    }
    return table.name;
  });
}
