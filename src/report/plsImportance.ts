/**
 * IPMA as the Priorities sheet's importance (issue #15, Ringle & Sarstedt 2016): a rated
 * attribute whose rating column is an indicator of a construct with a path to the target
 * (Satisfaction) takes that indicator's unstandardised importance — its rescaled outer weight ×
 * its construct's unstandardised total effect on the target: the target's points (0–100) gained
 * per point of the attribute's 0–100 performance. A construct whose weights differ in sign has no
 * index (checkIndexWeights), so its indicators get no importance either.
 */
import { indexProblems, type PlsReport } from "./modelSheet";

export interface PlsImportance {
  /** The target construct's name. */
  target: string;
  /** Respondents the model was estimated on. */
  n: number;
  /** Importance per survey column (0-based) of an indicator of the target's predecessors. */
  byColumn: Map<number, number>;
}

/** The unstandardised IPMA importance of the model's indicators, by survey column. */
export function plsImportance(report: PlsReport): PlsImportance {
  const fit = report.boot.fit;
  const model = fit.model;
  const problems = indexProblems(fit, "en");
  const usable = (j: number): boolean => problems[j] === undefined;
  const byColumn = new Map<number, number>();
  for (const x of report.ipma.indicators) {
    if (usable(x.construct) && Number.isFinite(x.importanceUnstandardised)) byColumn.set(model.indicators[x.indicator].column, x.importanceUnstandardised);
  }
  return { target: model.constructs[report.ipma.target], n: fit.n, byColumn };
}
