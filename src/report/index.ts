/** Report builders: Survey → SurveyStats (mergeable sums) → ReportPlan (plain data). */
export * from "./plan";
export * from "./stats";
export { analyze, ALL_SHEETS, type Analysis, type ImportanceMethod, type ReportOptions } from "./analysis";
export { buildReportPlan, buildReportPlanFromSurvey, type ReportMeta } from "./build";
