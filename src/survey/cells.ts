/**
 * The blank rule, in one place: a cell is blank (no answer) when it is null, undefined or text of
 * white space only. Every reader of survey cells (buildSurvey, the report's statistics, the CLI's
 * streamed rows) asks this function; a lint rule in eslint.config.js guards against restating it.
 */
export function isBlankCell(cell: unknown): cell is null | undefined | string {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
