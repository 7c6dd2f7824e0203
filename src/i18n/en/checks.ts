/** English texts of the checks (src/report/checks.ts) — the reference: the other languages have its keys and placeholders. */
import type { CheckKey } from "../../report/checks";
import type { CheckChrome, CheckPack, CheckTemplate } from "../checks";

const templates: Record<CheckKey, CheckTemplate> = {
  layoutDetected: "Read as {platform}",
  noHeaderRow: "Read without a header row: row 1 is a respondent and the columns are named by their number",
  headerRowsSkipped: {
    one: "{count} more header row skipped (row {rows}): it holds question text, not answers",
    other: "{count} more header rows skipped (rows {rows}): they hold question text, not answers",
  },
  metadataIgnored: "Ignored as platform metadata ({kind}, {count}): {columns}",
  pairsImportance: {
    one: "Importance paired with its rating for {count} attribute: {attributes}",
    other: "Importance paired with its rating for {count} attributes: {attributes}",
  },
  pairsGap: {
    one: "Expectation paired with perception for {count} attribute: {attributes}",
    other: "Expectation paired with perception for {count} attributes: {attributes}",
  },
  pairsKano: {
    one: "Kano functional paired with dysfunctional for {count} feature: {attributes}",
    other: "Kano functional paired with dysfunctional for {count} features: {attributes}",
  },
  respondentsCounted: {
    one: "{respondents} respondent, one per data row",
    other: "{respondents} respondents, one per data row",
  },
  respondentsFromRows: {
    one: "{respondents} respondent counted from {rows} rows read (not counted: {reasons})",
    other: "{respondents} respondents counted from {rows} rows read (not counted: {reasons})",
  },
  reasonHeaderRows: { one: "{count} header row", other: "{count} header rows" },
  reasonEmptyRows: { one: "{count} empty row", other: "{count} empty rows" },
  reasonOtherRows: { one: "{count} other row", other: "{count} other rows" },
  itemCount: "{name} ({n})",
  firstRowData:
    "The first row looks like answers, not column names: does the file have a header row? If not, add one — the first respondent was read as the headers.",
  numericCodesRating: {
    one: "Answers are numeric codes without labels in {count} column ({columns}): check the answer order — the report takes the highest code as the best answer.",
    other:
      "Answers are numeric codes without labels in {count} columns ({columns}): check the answer order — the report takes the highest code as the best answer.",
  },
  numericCodesKano: {
    one: "Kano answers are numeric codes without labels in {count} column ({columns}): check the answer order — the report reads 1 as “I like it” and 5 as “I dislike it”.",
    other:
      "Kano answers are numeric codes without labels in {count} columns ({columns}): check the answer order — the report reads 1 as “I like it” and 5 as “I dislike it”.",
  },
  answerCodes: {
    one: "Answers are answer codes without their texts in {count} column ({columns}): they are not read as scale points. Export with full answers, or give the column its role and scale in a roles file.",
    other:
      "Answers are answer codes without their texts in {count} columns ({columns}): they are not read as scale points. Export with full answers, or give the columns their roles and scales in a roles file.",
  },
  weightNegative: {
    one: "The weight column “{column}” has {count} negative value: case weights are never negative — is it a weight?",
    other: "The weight column “{column}” has {count} negative values: case weights are never negative — is it a weight?",
  },
  weightCoordinates:
    "The weight column “{column}” looks like map coordinates (latitude or longitude), not case weights: choose another weight column, or none.",
  weightMean: "The weights in “{column}” average {mean}, far from 1: survey weights usually average 1 — check that the column is a case weight.",
  recommendNotNps:
    "The recommend column “{column}” holds values {min}–{max}, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.",
  npsPlus100: "The NPS is exactly +100 ({n} answers, all promoters): check that the recommend column is the 0–10 question and its codes run the right way.",
  npsMinus100:
    "The NPS is exactly −100 ({n} answers, all detractors): check that the recommend column is the 0–10 question (a 1–5 scale reads as all detractors).",
  alphaLow: "Cronbach's α is {alpha} (below {min}) over {items} rating items: they hardly measure one thing — check for a reversed or misread column.",
  fewAnswersCsi: "The CSI rests on as few as {n} answers per attribute (fewer than {min}): treat it as indicative.",
  fewAnswersNps: "The NPS rests on {n} answers (fewer than {min}): its margin of error is wide.",
  fewAnswersMeans: {
    one: "{count} attribute mean rests on fewer than {min} answers: {items}",
    other: "{count} attribute means rest on fewer than {min} answers: {items}",
  },
  fewAnswersKano: {
    one: "{count} Kano category rests on fewer than {min} answers: {items}",
    other: "{count} Kano categories rest on fewer than {min} answers: {items}",
  },
  fewAnswersSegments: {
    one: "{count} value of segment “{segment}” has fewer than {min} respondents: {items}",
    other: "{count} values of segment “{segment}” have fewer than {min} respondents: {items}",
  },
  modelFailed: "No Model sheet: the satisfaction model could not be estimated — {reason}",
};

/** Layout names (src/survey/layoutTypes.ts ExportPlatform, MetadataKind). */
const terms: Readonly<Record<string, string>> = {
  qualtrics: "a Qualtrics export",
  surveymonkey: "a SurveyMonkey export",
  "google-forms": "a Google Forms export",
  "microsoft-forms": "a Microsoft Forms export",
  limesurvey: "a LimeSurvey export",
  spss: "an SPSS file",
  plain: "a plain table (one header row, one respondent per row)",
  timestamp: "timestamps",
  duration: "durations",
  progress: "progress",
  status: "response status",
  ip: "IP addresses",
  location: "locations",
  "response-id": "response ids",
  recipient: "recipient details",
  language: "language",
  page: "pages",
  derived: "derived values",
  contact: "contact details",
  other: "other",
};

const chrome: CheckChrome = {
  heading: "Checks",
  warning: "warning",
  info: "read",
  noWarnings: "No warnings.",
  paneHeading: "What was read",
  paneWarnings: { one: "{count} warning to review", other: "{count} warnings to review" },
  resultHeading: "Check before you share these numbers",
};

export const enChecks: CheckPack = { templates, terms, chrome };
