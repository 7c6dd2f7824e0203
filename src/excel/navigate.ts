/** Showing a report sheet (the task pane's "open sheet" links) and a skipped cell of the survey. */
import { sheetRef } from "../report/a1";
import { ExcelAccessError } from "./errors";
import type { ExcelRun } from "./run";

/** Activates the sheet called `name` (one round trip); the error names the sheet. */
export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    try {
      await context.sync();
    } catch (e) {
      throw new ExcelAccessError(`showing sheet '${name}'`, e, { key: "excelShowSheet", params: { sheet: name } });
    }
  });
}

/** Selects the cell (or range) `address` of sheet `sheet`, which activates the sheet; the error names the cell. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    try {
      await context.sync();
    } catch (e) {
      throw new ExcelAccessError(`selecting cell ${sheetRef(sheet, address)}`, e, { key: "excelSelectCell", params: { cell: sheetRef(sheet, address) } });
    }
  });
}
