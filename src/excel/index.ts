/** src/excel: the only code that touches Excel (DESIGN §2). */
export * from "./run";
export * from "./requirements";
export * from "./readSurvey";
export * from "./recipe";
export * from "./applyPlan";
export { ExcelAccessError } from "./errors";
export { activateSheet } from "./navigate";
export { CHART_TYPE } from "./charts";
export { cellInput, mayNotStayText } from "./cells";
