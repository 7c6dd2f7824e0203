/** Showing a report sheet (the task pane's "open sheet" links). */
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
