/**
 * How src/excel/ reaches Excel: every function takes an `ExcelRun` — `Excel.run` in the add-in,
 * the fake's `run` (test/fake-excel) in tests — so nothing here reads a global.
 */

/** `Excel.run(batch)`: one request context per batch; queued work still pending at the end is sent. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The production runner (office.js loaded): `Excel.run`. */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);
