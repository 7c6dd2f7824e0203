/**
 * The keys of structured messages: what a CsError, a ParseIssue or an ExcelAccessError says, as a
 * name plus parameters (row, column, value, min, max, …), so the task pane, the report and the
 * command line can say it in the user's language. Only names live here (no text, no Office, no
 * i18n); the templates per language are src/i18n/messages.ts, which must have every key
 * (the compiler checks it: its catalogues are Record<MessageKey, …>).
 */
export const MESSAGE_KEYS = [
  // Survey cells (src/survey/parse.ts): every ParseIssue has one of these.
  "notOnScale",
  "kanoAnswerOnScale",
  "fivePointLabelOnScale",
  "labelDisagrees",
  "excelErrorOnScale",
  "notKanoAnswer",
  "kanoLabelDisagrees",
  "excelErrorKano",
  "notNpsScore",
  "excelErrorNps",
  "weightBlank",
  "badWeight",
  "notARange",
  "rowLength",
  "rowTooShort",
  "rowTooLong",
  // Survey building and statistics (src/survey/survey.ts, src/report/stats.ts).
  "roleColumnMissing",
  "notANumber",
  "textNotANumber",
  "outsideScale",
  "notWholeScore",
  "notKanoNumber",
  "layoutPosition",
  "kanoPairIncomplete",
  "badCaseWeight",
  "layoutsDiffer",
  "notSegmentColumn",
  "tooFewPairs",
  "noVariance",
  "alphaTooFewItems",
  "alphaTooFewRows",
  "alphaZeroVariance",
  "betaTooFewRows",
  "betaOverallNoVariance",
  "betaNoVariance",
  "collinear",
  "noOverallRows",
  // Engine input checks, met by the worksheet functions (src/engine/validate.ts and friends).
  "notLevel",
  "caseWeightCount",
  "shapeMismatch",
  "badAttributeWeight",
  "weightsAllZero",
  "noAnswersCsi",
  "noAnswersMean",
  "noAnswersServperf",
  "noAnswersLevels",
  // The task pane's workbook access (src/excel, src/taskpane/pipeline.ts).
  "emptySelection",
  "noStoredReport",
  "refreshSurveyGone",
  "refreshSurveyNotFound",
  "refreshSelectionMismatch",
  "excelReadSelection",
  "excelReadAround",
  "excelRead",
  "excelReadRows",
  "excelReadWorkbook",
  "excelWriteSheets",
  "excelSaveRecipe",
  "taskCancelled",
  "excelShowSheet",
  "excelSelectCell",
  "excelWriteSample",
  // The command line's survey files (src/cli/).
  "firstRowLooksLikeAnswers",
  // Engine argument checks (src/engine/validate.ts): names in {name}/{first}/{second} are TERMS.
  "emptyCellNotANumber",
  "badScale",
  "badConfidenceLevel",
  "notRows",
  "rowNotCells",
  "raggedRows",
  "notLists",
  "pairCountMismatch",
  "caseWeightsNotList",
  "attributeWeightsNotList",
  "attributeWeightCount",
  "notAList",
  "listValueNotANumber",
  // Kano and IPA (src/engine/kano.ts, src/engine/ipa.ts).
  "kanoAnswerOutOfRange",
  "kanoPairTableSize",
  "badKanoPairCount",
  "betterUndefined",
  "worseUndefined",
  "badKanoThreshold",
  "badKanoCount",
  "noKanoAnswers",
  "noKanoPairs",
  "ipaLengthMismatch",
  "noAttributes",
  "badCrosshairNumber",
  "midpointNeedsScale",
  "unknownCrosshair",
  "quadrantNotNumbers",
  "performanceOffScale",
  "kanoCategoryCount",
  "notKanoCategory",
  // Engine statistics (importance, levels, gap, describe, csi, nps).
  "systemMatrixSize",
  "overallLengthMismatch",
  "noItems",
  "unknownImportanceMethod",
  "badLevelScale",
  "levelValuesNotList",
  "levelCountsMismatch",
  "noLevels",
  "badLevelCount",
  "levelCountsOverflow",
  "badTopBox",
  "noGapPairs",
  "noGaps",
  "emptyDimension",
  "dimensionItemMissing",
  "noDimensionGaps",
  "servqualPointsSum",
  "noAttributesServperf",
  "valuesNotList",
  "varianceTooFewAnswers",
  "varianceWeightsTooSmall",
  "ciTooFewEffective",
  "noValuesMedian",
  "noAttributesCsi",
  "unknownCsiMethod",
  "csiMaxMethodScale",
  "csiMeanOffScale",
  "npsScoresNotList",
  "badNpsCount",
  "noNpsAnswers",
  "badNpsSumW2",
  // Worksheet functions' arguments (src/functions/): {first}/{second}/{other} are argument names.
  "scaleOrder",
  "argumentShapeMismatch",
  "notOneColumn",
  "rowsMismatch",
  "attributesMismatch",
  "weightCountAttributes",
  "weightCountRespondents",
  "tooManyArguments",
  "notFinite",
  "notWholeNumber",
  "mustBeBetween",
  "mustBeAtLeast",
  "mustBeAtMost",
  "unknownChoice",
  "unknownLanguage",
  "unknownCrosshairOption",
  "coefficientOnlyRQ",
  "noPairedAttributes",
  "notACellRange",
  "emptyRange",
  "vectorShape",
  "attributeWeightBlank",
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/**
 * A message's parameters. `row` and `column` are the location the message starts with ("row 14,
 * column 3: "); other numbers in the text have other names (index, count, …).
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A template, or a singular and a plural form (chosen by PLURAL_BY's param: 1 → one). */
export type MessageTemplate = string | { readonly one: string; readonly other: string };

/** The param that picks the singular or plural form of a key's template. */
export const PLURAL_BY: Partial<Record<MessageKey, string>> = {
  rowLength: "got",
  rowTooShort: "got",
  rowTooLong: "got",
};

/** The machine-readable side of a message. */
export interface MessageInfo {
  key: MessageKey;
  params?: MessageParams;
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && (MESSAGE_KEYS as readonly string[]).includes(value);
}
