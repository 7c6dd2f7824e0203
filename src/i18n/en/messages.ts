/**
 * The English messages: one template per key of src/engine/messageKeys.ts. The one home of the
 * English text — the engine renders a CsError's `message` from it (src/engine/messageText.ts),
 * the task pane and the report localize through src/i18n/messages.ts. Data only (the engine may
 * import this file and nothing else of src/i18n/): it imports types, nothing else.
 *
 * `as const` keeps each template's literal text, so the compiler knows its placeholders and
 * checks the params of every `new CsError(code, key, params)` (src/engine/messageText.ts, ParamsOf).
 */
import type { MessageKey, MessageTemplate } from "../../engine/messageKeys";

/** The location prefix a located message starts with: row and column, row only, column only. */
export const EN_LOCATION = { rowColumn: "row {row}, column {column}: ", row: "row {row}: ", column: "column {column}: " } as const;

export const EN = {
  notOnScale: "'{value}' is not an answer on the {scale} scale",
  kanoAnswerOnScale: "'{value}' is a Kano answer, not an answer on the {scale} scale",
  fivePointLabelOnScale: "'{value}' is a 5-point label, not an answer on the {scale} scale",
  labelDisagrees: "'{value}' has a number and a label that disagree",
  excelErrorOnScale: "'{value}' is an Excel error, not an answer on the {scale} scale",
  notKanoAnswer: "'{value}' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)",
  kanoLabelDisagrees: "'{value}' has a number and a Kano label that disagree",
  excelErrorKano: "'{value}' is an Excel error, not a Kano answer",
  notNpsScore: "'{value}' is not a score on the {scale} scale (whole numbers {min} to {max})",
  excelErrorNps: "'{value}' is an Excel error, not a score on the {scale} scale",
  weightBlank: "the weight is blank (every respondent needs a weight)",
  badWeight: "'{value}' is not a weight (a number ≥ 0)",
  notARange: "expected a range (rows of cells)",
  rowLength: { one: "has {got} cell, expected {width}", other: "has {got} cells, expected {width}" },
  rowTooShort: {
    one: "has {got} cell, expected {width}; the missing cells are read as blank",
    other: "has {got} cells, expected {width}; the missing cells are read as blank",
  },
  rowTooLong: {
    one: "has {got} cell, expected {width}; the extra cells are ignored",
    other: "has {got} cells, expected {width}; the extra cells are ignored",
  },
  roleColumnMissing: 'column role "{role}" names column {index}, but the range has {columns} columns',
  notANumber: "{value} is not a number",
  textNotANumber: "'{value}' is not a number",
  outsideScale: "{value} is outside the {scale} scale",
  notLevel: "{value} is not a level of the {scale} scale",
  notWholeScore: "{value} is not a whole-number score {scale}",
  notKanoNumber: "{value} is not a Kano answer (1–5)",
  layoutPosition: "layout position {position} is not a column index (0, 1, …)",
  kanoPairIncomplete: "attribute '{attribute}': a Kano question needs both the functional and the dysfunctional column",
  badCaseWeight: "case weight {value} must be a finite number ≥ 0",
  caseWeightCount: "case weights: {given} given for {rows} respondents (rows)",
  layoutsDiffer: "survey statistics with different layouts (columns, roles or scales) cannot merge",
  notSegmentColumn: "column {index} is not a segment column of the survey",
  tooFewPairs: "{count} complete pair(s): a correlation needs at least 2",
  noVariance: "{variable} has no variance (all answers equal): the correlation is undefined",
  alphaTooFewItems: "Cronbach's alpha needs at least 2 items, not {count}",
  alphaTooFewRows: "Cronbach's alpha needs at least 2 complete rows (listwise), found {count}",
  alphaZeroVariance: "the total score has zero variance: Cronbach's alpha is undefined",
  betaTooFewRows: "β needs more complete rows than items: {rows} complete row(s) for {items} item(s)",
  betaOverallNoVariance: "overall has no variance in the complete rows: β is undefined",
  betaNoVariance: "no variance in the complete rows: β is undefined",
  collinear: "items are collinear: this item is (nearly) a linear combination of the items before it, so β is undefined",
  noOverallRows: "no overall satisfaction rows",
  shapeMismatch: "{first} is {firstRows}×{firstColumns} but {second} is {secondRows}×{secondColumns}: they must have the same rows and columns",
  badAttributeWeight: "{name} {value} must be a finite number ≥ 0",
  weightsAllZero: "{name} are all zero: nothing to weight by",
  noAnswersCsi: "no answers: the CSI needs a mean for every attribute",
  noAnswersMean: "no answers: the mean is undefined",
  noAnswersServperf: "no answers: the SERVPERF score is undefined",
  noAnswersLevels: "no answers: level shares are undefined",
  emptySelection: "sheet '{sheet}' is empty around {address}: select the survey (a header row and its answers)",
  noStoredReport: "this workbook holds no CS Insight report to refresh",
  refreshSurveyGone: "the survey is no longer at {range}: its header row is empty. Select the survey and generate the report again",
  refreshSurveyNotFound:
    "the survey is no longer at {range} and its header row was not found on any sheet: select the survey (its header row and answers) and click Use the selection as the survey",
  refreshSelectionMismatch:
    "the selection is not this report's survey: column {position} is '{found}' where the report has '{expected}'. Select the survey with its header row",
  excelReadSelection: "reading the selection (select one block of cells): {cause}",
  excelReadAround: "reading around {range}: {cause}",
  excelRead: "reading {range}: {cause}",
  excelReadRows: "reading {range}, rows {first}–{last}: {cause}",
  excelReadWorkbook: "writing the report (reading the workbook): {cause}",
  excelWriteSheets: "writing the report (writing the sheets): {cause}",
  excelSaveRecipe: "writing the report (saving the recipe): {cause}",
  taskCancelled: "cancelled: the workbook was not changed",
  excelShowSheet: "showing sheet '{sheet}': {cause}",
  excelSelectCell: "selecting cell {cell}: {cause}",
  excelWriteSample: "writing the sample survey to {range}: {cause}",
  firstRowLooksLikeAnswers:
    "{file}: row 1 looks like answers ({values}), not column names — if the file has no header row, pass {asAnswers} (the columns are then named {names}) or add a header row; if row 1 does hold the column names, pass {asHeaders}",
} as const satisfies Record<MessageKey, MessageTemplate>;
