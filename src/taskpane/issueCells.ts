/**
 * Skipped cells as the workbook names them: a ParseIssue's row and column count from the survey
 * range's top-left cell (row 1 = the range's first row), so "row 15, column 5" of a survey read
 * at C3:H40 is the sheet's cell G17. The pane shows "Survey!G17" and selects that cell on a click.
 */
import { cellName, displayRef, parseArea } from "../report/a1";
import { localizeReason, type MessageLanguage } from "../i18n/messages";
import type { ParseIssue } from "../survey/types";

/** Where the survey was read: its sheet and its (unqualified) A1 range. */
export interface SurveyAt {
  sheet: string;
  address: string;
}

/** A cell of the workbook: its sheet and A1 address ("E15"). */
export interface SheetCell {
  sheet: string;
  address: string;
}

/** The sheet cell of an issue: the range's top-left plus (row − 1, column − 1). */
export function issueCell(issue: Pick<ParseIssue, "row" | "column">, survey: SurveyAt): SheetCell {
  const top = parseArea(survey.address, `survey range ${survey.address}`);
  return { sheet: survey.sheet, address: cellName(top.row + issue.row - 1, top.col + issue.column - 1) };
}

/** "Survey!E15"; the sheet name quoted when a formula would need it ('Kano data'!E15). */
export function cellLabel(cell: SheetCell): string {
  return displayRef(cell.sheet, cell.address);
}

/** What is wrong with the cell in `lang`, without the "row …, column …" the address replaces (one rule with the Summary's list). */
export const issueReason = (issue: ParseIssue, lang: MessageLanguage): string => localizeReason(issue, lang);
