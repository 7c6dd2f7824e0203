/** The fake Excel runtime for tests (jest and headless Chromium). See README.md in this folder. */
export * from "./address";
export { FakeOfficeError, ExcelMessages } from "./errors";
export * from "./state";
export { createFakeExcel } from "./excel";
export type { FakeExcelNamespace, RunFunction } from "./excel";
export { createFakeOffice } from "./office";
export type { FakeOfficeNamespace, FakeOfficeOptions } from "./office";
export { installFakeGlobals } from "./install";
export { saveWorkbook, openWorkbook } from "./persist";
