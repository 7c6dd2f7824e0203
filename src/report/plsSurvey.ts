/**
 * The PLS model of a survey read row by row (issue #15; the command line's --model): each
 * respondent's answers to the model's indicators (found by header) and its case weight, kept as
 * numbers while the report's own pass streams the file, then the model estimated with its
 * bootstrap, quality and IPMA for the Model sheet. An indicator's answers are read on its column's
 * scale as the report reads it (the proposal's scale and answer labels; else the scale detected
 * from the first rows), so the 0–100 index uses the scale's bounds. An unreadable answer is a blank
 * here (the report lists it), which leaves the respondent out of the model (listwise).
 */
import { plsBootstrapSteps, type PlsBootstrapOptions } from "../engine/pls/bootstrap";
import { plsIpma } from "../engine/pls/ipma";
import { resolvePlsModel } from "../engine/pls/model";
import { plsQuality } from "../engine/pls/quality";
import type { PlsConstructSpec, PlsModel, PlsScale } from "../engine/pls/types";
import { isBlankCell } from "../survey/cells";
import { IssueLog, parseWeight, ratingParser, type CellParser } from "../survey/parse";
import { runSteps, type Steps } from "../survey/steps";
import type { ColumnProposal } from "../survey/roles";
import { detectRatingScale } from "../survey/scale";
import type { Answer, CellWhere } from "../survey/types";
import type { PlsReport } from "./modelSheet";

export interface PlsCollector {
  readonly model: PlsModel;
  /** Adds one data row (entirely empty rows are skipped, as the report does). */
  addRow(row: readonly unknown[], sheetRow: number): void;
  /** Estimates the model on the rows added. */
  finish(options?: PlsBootstrapOptions): PlsReport;
  /** The same estimation as steps, one bootstrap resample each (the task pane runs them in slices). */
  finishSteps(options?: PlsBootstrapOptions): Steps<PlsReport>;
}

/**
 * A collector of the model's indicators over the survey's rows.
 * @param caseWeights the weights of the respondents in order (raked ones), instead of the weight column
 */
export function createPlsCollector(
  headers: readonly unknown[],
  proposals: readonly ColumnProposal[],
  specs: readonly PlsConstructSpec[],
  sample: readonly (readonly unknown[])[],
  caseWeights?: ArrayLike<number>,
): PlsCollector {
  const model = resolvePlsModel(
    specs,
    headers.map((h) => String(h ?? "").trim()),
  );
  const parsers: CellParser<Answer>[] = [];
  const scale: PlsScale[] = model.indicators.map((ind) => {
    const p = proposals.find((x) => x.index === ind.column);
    const s = p?.scale ?? detectRatingScale(sample.map((r) => r[ind.column]));
    parsers.push(ratingParser(s, p?.answerLabels));
    return { min: s.min, max: s.max };
  });
  const width = headers.length;
  const weightColumn = proposals.find((p) => p.role === "weight")?.index;
  const rows: (number | null)[][] = [];
  const weights: number[] = [];
  const log = new IssueLog(0);
  const where: CellWhere = { row: 0, column: 0 };
  function* finishSteps(options: PlsBootstrapOptions = {}): Steps<PlsReport> {
    const boot = yield* plsBootstrapSteps(rows, model, { ...options, weights, scale });
    return { boot, quality: plsQuality(boot.fit), ipma: plsIpma(boot.fit), dropped: rows.length - boot.fit.n };
  }
  return {
    model,
    finishSteps,
    addRow(row, sheetRow) {
      if (row.every(isBlankCell)) return;
      where.row = sheetRow;
      const values = new Array<number | null>(width).fill(null);
      model.indicators.forEach((ind, i) => {
        where.column = ind.column + 1;
        values[ind.column] = log.parse(parsers[i], row[ind.column], where);
      });
      if (caseWeights) weights.push(caseWeights[rows.length]);
      else if (weightColumn === undefined) weights.push(1);
      else {
        where.column = weightColumn + 1;
        weights.push(log.parse(parseWeight, row[weightColumn], where) ?? 0);
      }
      rows.push(values);
    },
    finish: (options) => runSteps(finishSteps(options)),
  };
}
