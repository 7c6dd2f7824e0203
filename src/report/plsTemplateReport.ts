/**
 * The Model sheet of a template chosen in the task pane (issue #15): the published structure
 * (engine/pls/templates.ts) with the survey columns the user assigned to each construct, estimated
 * on the survey's rows with its seeded bootstrap — as steps, so the pane runs them in slices and
 * stays responsive. The same collector as the command line's --model (./plsSurvey.ts), whose
 * --model acsi|ecsi takes its model table from templateSpecs too.
 */
import { PLS_BOOTSTRAP } from "../engine/pls/bootstrap";
import { plsTemplate, templateModel, type PlsTemplateChoice } from "../engine/pls/templates";
import { CsError } from "../engine/errors";
import { formatList } from "../i18n/format";
import { format, reportStrings } from "../i18n/report";
import type { PlsConstructSpec } from "../engine/pls/types";
import type { ColumnProposal } from "../survey/roles";
import { SAMPLE } from "../survey/roles/stats";
import { ROW_SLICE, type Steps } from "../survey/steps";
import type { Scale } from "../survey/types";
import type { PlsReport } from "./modelSheet";
import type { ReportLanguage } from "./plan";
import { createPlsCollector } from "./plsSurvey";

export interface PlsTemplateReportOptions {
  language: ReportLanguage;
  /** Sheet row of the first data row (skipped cells are named by it). */
  firstRow: number;
  /** The respondents' weights in order (raked ones), instead of the weight column. */
  caseWeights?: ArrayLike<number>;
  /** The rating scale the user chose: it applies to the rating columns, as in the report. */
  scale?: Scale;
  /** Bootstrap resamples; default 500 (PLS_BOOTSTRAP). */
  resamples?: number;
}

/**
 * About how many steps plsTemplateReportSteps takes (for a progress bar): the row slices, two per
 * indicator (its cells checked, then gathered), the fit and one per resample.
 */
export function plsTemplateReportStepCount(rows: number, choice: PlsTemplateChoice, resamples: number = PLS_BOOTSTRAP.resamples): number {
  const indicators = Object.values(choice.indicators).reduce((n, list) => n + (list?.length ?? 0), 0);
  return Math.ceil(rows / ROW_SLICE) + 2 * indicators + 2 + resamples;
}

/**
 * The template model estimated on the survey, as steps: a pause every ROW_SLICE rows while the
 * indicators are read, then one per bootstrap resample.
 * @param headers the survey's header row
 * @param rows the survey's data rows
 * @param proposals the confirmed column roles (scales and answer labels of the indicators)
 * @param choice the template and the headers measuring each construct
 * @param options language, first row, case weights, scale, resamples
 * @returns steps whose result is the Model sheet's content, with a note naming the constructs left out
 * @throws {CsError} value plsUnknownTemplate — a template this version does not know (a later recipe)
 * @throws {CsError} what templateModel, resolvePlsModel and plsBootstrapSteps throw (a header not in the survey, too few rows…)
 */
/**
 * A template's model table with the chosen columns, and the Model sheet's note on the constructs
 * no column measures (left out with their paths).
 * @throws {CsError} value plsUnknownTemplate — a template this version does not know (a later recipe)
 * @throws {CsError} what templateModel throws (no column for satisfaction, no path left)
 */
export function templateSpecs(choice: PlsTemplateChoice, language: ReportLanguage): { specs: PlsConstructSpec[]; notes: string[] } {
  const t = reportStrings(language);
  const template = plsTemplate(choice.template);
  if (!template) throw new CsError("value", "plsUnknownTemplate", { template: String(choice.template) });
  const { specs, leftOut } = templateModel(template, choice.indicators, t.model.constructNames);
  if (leftOut.length === 0) return { specs, notes: [] };
  const constructs = formatList(
    leftOut.map((k) => t.model.constructNames[k]),
    language,
  );
  return { specs, notes: [format(leftOut.length > 1 ? t.model.leftOutSeveral : t.model.leftOut, { template: t.model.templates[template.id], constructs })] };
}

export function* plsTemplateReportSteps(
  headers: readonly unknown[],
  rows: readonly unknown[],
  proposals: readonly ColumnProposal[],
  choice: PlsTemplateChoice,
  options: PlsTemplateReportOptions,
): Steps<PlsReport> {
  const { specs, notes } = templateSpecs(choice, options.language);
  const scaled = options.scale ? proposals.map((p) => (p.role === "rating" ? { ...p, scale: options.scale } : p)) : proposals;
  const cells = (row: unknown): readonly unknown[] => (Array.isArray(row) ? row : []);
  // An indicator's scale, when its proposal has none, is detected from the rows the roles came from.
  const sample = rows.slice(0, SAMPLE).map(cells);
  const collector = createPlsCollector(headers, scaled, specs, sample, options.caseWeights);
  for (let i = 0; i < rows.length; i++) {
    collector.addRow(cells(rows[i]), i + options.firstRow);
    if ((i + 1) % ROW_SLICE === 0) yield;
  }
  const report = yield* collector.finishSteps({ resamples: options.resamples ?? PLS_BOOTSTRAP.resamples, seed: PLS_BOOTSTRAP.seed });
  if (notes.length > 0) report.notes = notes;
  return report;
}
