/**
 * What a survey platform's export looks like above and beside its answers: how many rows at the
 * top are headers (not respondents), what each column's question and grid item are, and which
 * columns are the platform's own metadata (never data). Produced by `detectLayout`
 * (src/survey/layout.ts) from the first rows of a file or a selected range; read by `detectRoles`,
 * the command line's readers and the task pane's pipeline.
 */

/** The export layouts that are recognised. "plain" = one header row, one respondent per row. */
export type ExportPlatform = "qualtrics" | "surveymonkey" | "google-forms" | "microsoft-forms" | "limesurvey" | "spss" | "plain";

/** Kinds of platform metadata columns (never analysed, listed in the checks). */
export type MetadataKind =
  "timestamp" | "duration" | "progress" | "status" | "ip" | "location" | "response-id" | "recipient" | "language" | "page" | "derived" | "contact" | "other";

/** One column's heading, split into its parts where the layout gives them. */
export interface ColumnHeading {
  /** The header as one line for display and for the roles file ("Staff friendliness" for a grid item). */
  header: string;
  /** The platform's field id ("Q5_1", "Q1[SQ001]", an SPSS variable name). */
  code?: string;
  /** The question text ("How satisfied are you with each of the following?"). */
  question?: string;
  /** The grid row / sub-question text ("Staff friendliness"). */
  item?: string;
  /** Set when the column is the platform's metadata: it is never data. */
  metadata?: MetadataKind;
  /** Value labels (code → label), where the file carries them (SPSS .sav). */
  valueLabels?: Readonly<Record<string, string>>;
}

/** The layout of an export, as detected from its first rows. */
export interface SurveyLayout {
  platform: ExportPlatform;
  /** Rows at the top that are headers, not respondents (≥ 1; Qualtrics 3, SurveyMonkey 2). */
  headerRows: number;
  /** One heading per column, in column order. */
  columns: ColumnHeading[];
  /** Answers are numeric codes without their labels (Qualtrics "numeric values", SurveyMonkey numerical). */
  numericCodes: boolean;
  /**
   * Columns whose answers are the platform's answer codes without their texts (LimeSurvey's
   * "answer codes" export: AO01, A2, …): nothing in the file says which code is which point.
   */
  answerCodeColumns?: number[];
  /** The first row looks like answers, not headers: the user is asked before anything is computed. */
  firstRowLooksLikeData: boolean;
  /**
   * The range was read without a header row (the user said row 1 is a respondent, task pane):
   * the columns have generated names ("Column 1" …) and row 1 is the first data row.
   */
  noHeaderRow?: boolean;
}
