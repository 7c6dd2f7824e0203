/** The .xlsx back end: ReportPlan → workbook bytes (cells, formulas with cached results, tables, formats, charts). */
export { writeReportXlsx, type WriteXlsxOptions } from "./writeWorkbook";
export { toFileFormula, fromFileFormula } from "./formula";
