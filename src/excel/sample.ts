/** Writes the task pane's sample survey (src/sample/) to a new sheet and selects it, ready for Use selection. */
import { cellName, sheetRef } from "../report/a1";
import { uniqueSheetName } from "./applyPlan";
import { ExcelAccessError } from "./errors";
import type { ExcelRun } from "./run";

/** Adds a sheet named `base` (or `base (2)`… when taken), writes `rows` from A1, selects them; the sheet and address written. */
export async function writeSampleSurvey(
  run: ExcelRun,
  base: string,
  rows: readonly (readonly (string | number)[])[],
): Promise<{ sheet: string; address: string }> {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const address = `A1:${cellName(rows.length - 1, width - 1)}`;
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(base, new Set(worksheets.items.map((ws) => ws.name.toLowerCase())));
    const sheet = context.workbook.worksheets.add(name);
    const range = sheet.getRange(address);
    range.values = values;
    sheet.activate();
    range.select();
    try {
      await context.sync();
    } catch (e) {
      throw new ExcelAccessError(`writing the sample survey to ${sheetRef(name, address)}`, e, {
        key: "excelWriteSample",
        params: { range: sheetRef(name, address) },
      });
    }
    return { sheet: name, address };
  });
}
