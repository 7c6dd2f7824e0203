/**
 * What the task pane needs from Excel and the report pipeline, as one interface: components get a
 * `TaskpaneServices` through props and never call Excel themselves (DESIGN §2, Fluent UI notes).
 * `createOfficeServices` in ./pipeline implements it over Excel.run; tests can pass a stub.
 */
import type { CrosshairMode } from "../engine/ipa";
import type { PAdjustMethod } from "../engine/significance";
import type { PlsTemplateChoice } from "../engine/pls/templates";
import type { SurveyRange } from "../excel/readSurvey";
import type { Check, TableFacts } from "../report/checks";
import type { UiLanguage } from "../i18n/ui";
import type { PlanSheetKey, ReportLanguage, SheetKey } from "../report/plan";
import type { ImportanceMethod } from "../report/analysis";
import type { SurveyLayout } from "../survey/layoutTypes";
import type { ColumnProposal } from "../survey/roles";
import type { ParseIssue, Scale } from "../survey/types";
import type { SurveyAt } from "./issueCells";

/** The survey as read from the workbook (src/excel/readSurvey.ts): header row, data rows, and where they are. */
export type { SurveyRange };

/** The range is read without a header row (the user said row 1 is a respondent); its columns are named in `language`. */
export interface Headerless {
  language: UiLanguage;
}

/** A survey read for mapping: the range, the proposed column roles and one example answer per column. */
export interface LoadedSurvey {
  range: SurveyRange;
  /** Sheet-qualified address of the range ("Survey!A1:BH601"). */
  source: string;
  proposals: ColumnProposal[];
  /** First non-blank cell of each column as display text ("" when the column has no answers). */
  samples: string[];
  /** The export layout of the range (platform, header rows left out of `range.rows`, metadata columns). */
  layout?: SurveyLayout;
  /** Set when the range is read without a header row: row 1 is the first data row, the columns have generated names. */
  headerless?: Headerless;
  /** The rows' empty-row count and value profiles, computed once after reading (the checks then need no pass over the rows). */
  facts?: TableFacts;
}

/** What the user chose in the options of the pane. */
export interface ReportChoices {
  /** Rating scale; undefined = detected from the answers. */
  scale?: Scale;
  crosshair: Exclude<CrosshairMode, number>;
  /** Importance on the Priorities sheet; undefined = stated (derived when the survey has none). */
  importance?: ImportanceMethod;
  sheets: SheetKey[];
  /** 0-based survey column of the segment; undefined = the first segment column, if any. */
  segment?: number;
  language: ReportLanguage;
  /** Adjustment of the Segments sheet's p-values; undefined = Holm (issue #13). */
  pAdjust?: PAdjustMethod;
  /** Kano: leave out respondents with more Q (questionable) answers than this; undefined = keep all (issue #14). */
  kanoMaxQuestionable?: number;
  /**
   * Rake the weights to population margins (issue #14): the margins table's address or Excel
   * table name as typed ("Margins!A1:C6"); read again by Refresh. Undefined = the survey's weights.
   */
  rakeMargins?: string;
  /**
   * The satisfaction model (issue #15): a PLS template and the survey headers measuring each of its
   * constructs; the report gains the Model sheet. Undefined = no model.
   */
  model?: PlsTemplateChoice;
}

/** Where a long task is. `fraction` runs from 0 to 1 over the whole task. */
export type ProgressStep =
  { step: "read"; done: number; total: number } | { step: "survey" } | { step: "stats" } | { step: "model" } | { step: "plan" } | { step: "write" };

export interface Progress {
  fraction: number;
  detail: ProgressStep;
  /** Estimated milliseconds left of the whole task, when there is enough to go on (progressText.ts). */
  remainingMs?: number;
}

export type OnProgress = (p: Progress) => void;

export interface WrittenSheet {
  key: PlanSheetKey;
  /** The sheet's name in the workbook (may carry a suffix when a user sheet had the name). */
  name: string;
}

export interface ReportResult {
  sheets: WrittenSheet[];
  /** Respondents analysed. */
  n: number;
  /** After Refresh: the respondents of the report it replaced, when the recipe kept them. */
  previousN?: number;
  /** After Refresh: where the survey was found when it was no longer at its recorded place ("'Responses'!B3"). */
  movedTo?: string;
  /** Cells the parser could not read: the first few, and how many in all. */
  issues: ParseIssue[];
  issueCount: number;
  /** Where the survey was read (sheet and range): the issues' rows and columns count from its top-left cell. */
  survey?: SurveyAt;
  /** Warnings of the reading and about the numbers (src/report/checks.ts), also on the Summary sheet. */
  checks?: Check[];
}

/** A report stored in the workbook (its recipe), which Refresh rebuilds. */
export interface StoredReport {
  /** Sheet-qualified survey address the report was built from. */
  source: string;
}

export interface TaskpaneServices {
  /** False when the page runs outside Excel (a plain browser): the pane then only shows help. */
  inExcel(): boolean;
  /** Requirement sets this Excel lacks, e.g. ["ExcelApi 1.9"]; empty when everything is there. */
  missingRequirements(): string[];
  /** The report recipe stored in the workbook, if any. */
  storedReport(): Promise<StoredReport | undefined>;
  /** Reads the selected survey (or the region around the selected cell) and proposes roles. Cancel: `signal` (CancelledError). */
  readSelection(onProgress: OnProgress, signal?: AbortSignal): Promise<LoadedSurvey>;
  /** Builds the report from a read survey with the confirmed roles and writes it; cancelled (`signal`), the workbook is as it was. */
  generate(
    range: SurveyRange,
    proposals: readonly ColumnProposal[],
    choices: ReportChoices,
    onProgress: OnProgress,
    layout?: SurveyLayout,
    headerless?: Headerless,
    signal?: AbortSignal,
  ): Promise<ReportResult>;
  /** Rebuilds the stored report from its recipe (reads the survey again). Cancelled: the old report intact. */
  refresh(onProgress: OnProgress, signal?: AbortSignal): Promise<ReportResult>;
  /** Rebuilds the stored report from the survey at the selection (when Refresh could not find it); its columns must match the recipe's. */
  refreshFromSelection(onProgress: OnProgress, signal?: AbortSignal): Promise<ReportResult>;
  /**
   * Refresh (or, `fromSelection`, refresh from the selection) after the user agreed to replace the
   * edited cells a ReportEditedError listed; the input cells' entries are kept all the same.
   */
  refreshReplacingEdits(onProgress: OnProgress, signal?: AbortSignal, fromSelection?: boolean): Promise<ReportResult>;
  /** Shows a sheet of the workbook. */
  activateSheet(name: string): Promise<void>;
  /** Selects a cell of the workbook ("E15" on sheet "Survey"): a skipped cell of the survey. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the bundled sample survey (src/sample/) to a new sheet and selects it, so Use selection reads it; the sheet's name. */
  writeSampleSurvey(): Promise<string>;
  /** Turns the read survey's range into an Excel table (values unchanged), so new responses join it; the table's name. Absent: no offer. */
  makeSurveyTable?(range: SurveyRange): Promise<string>;
}
