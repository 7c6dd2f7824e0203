/**
 * When the pane offers to turn the survey into an Excel table (issue #11): a plain range with one
 * header row whose names Excel keeps as they are. Excel renames blank and duplicate headers (and
 * turns number headers into text) when it makes a table, and the offer promises to change no cell.
 */
import { cellName, parseArea } from "../report/a1";
import type { LoadedSurvey } from "./services";

/** Why the survey is not offered as a table, or undefined when it is. */
export function tableOfferProblem(survey: LoadedSurvey): "isTable" | "noHeaderRow" | "exportHeaders" | "headerNames" | "noAnswers" | undefined {
  if (survey.range.table !== undefined) return "isTable";
  // Until the header-row question is answered it is not known which row holds the names.
  if (survey.headerless || survey.layout?.noHeaderRow || survey.layout?.firstRowLooksLikeData) return "noHeaderRow";
  // An export's extra header rows would become the table's first data rows.
  if ((survey.layout?.headerRows ?? 1) > 1) return "exportHeaders";
  if (survey.range.rows.length === 0) return "noAnswers";
  const names = survey.range.headers.map((h) => (typeof h === "string" ? h.trim().toLowerCase() : ""));
  if (names.some((n) => n === "") || new Set(names).size !== names.length) return "headerNames";
  return undefined;
}

export const offersTable = (survey: LoadedSurvey): boolean => tableOfferProblem(survey) === undefined;

/**
 * The survey once its range is the table `name`: the recipe then records the table, and its header
 * row (top-left cell and width) as the place to look should the table be deleted.
 */
export function asTable(survey: LoadedSurvey, name: string): LoadedSurvey {
  const area = parseArea(survey.range.address);
  return { ...survey, range: { ...survey.range, table: name, anchor: cellName(area.row, area.col), columns: area.cols } };
}
