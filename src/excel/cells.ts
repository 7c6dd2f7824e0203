/**
 * Cell inputs for Excel: plan strings written so Excel keeps them as text, and plan formulas
 * re-pointed at the names the report's sheets and tables actually got.
 *
 * Text rule (DESIGN §5: survey text is never evaluated): Excel parses what the API writes as if it
 * were typed, so "=HYPERLINK(…)" would become a formula, "+1"/"-x"/"@x" formulas too, "007" and
 * "1/2" numbers or dates, "TRUE" a boolean and "#N/A" an error. A string that could be read as
 * anything but text gets a leading apostrophe — Excel's own "this is text" prefix, which it does
 * not show or return in `values`.
 */
import { quoteSheetName } from "../report/a1";
import type { CellValue } from "../report/plan";

/** Strings Excel might turn into a formula, number, date, time, percentage, boolean or error. */
export function mayNotStayText(s: string): boolean {
  return /^\s*[=+\-@'#]/.test(s) || /\d/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}

/** A plan value as cell input: strings that might not stay text get the apostrophe prefix; null = leave empty. */
export function cellInput(value: CellValue): string | number | boolean | null {
  if (typeof value === "string") return mayNotStayText(value) ? `'${value}` : value;
  return value;
}

/** Applies `fn` to the parts of a formula outside "string literals" (doubled quotes inside). */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const start = formula.indexOf('"', i);
    if (start < 0) break;
    let end = start + 1;
    while (end < formula.length && !(formula[end] === '"' && formula[end + 1] !== '"')) end += formula[end] === '"' ? 2 : 1;
    out += fn(formula.slice(i, start)) + formula.slice(start, end + 1);
    i = end + 1;
  }
  return out + fn(formula.slice(i));
}

/**
 * Re-points a formula (or a chart/conditional-format reference) at renamed sheets and tables:
 * `'Summary'!B4` / `Summary!B4` → `'Summary (2)'!B4` and `CS_Means[Mean]` → `CS_Means_2[Mean]`.
 * Keys of both maps are lower case (Excel names are case-insensitive); string literals are left alone.
 */
export function renameRefs(formula: string, sheets: ReadonlyMap<string, string>, tables: ReadonlyMap<string, string> = new Map()): string {
  if (sheets.size === 0 && tables.size === 0) return formula;
  return outsideStrings(formula, (code) =>
    code
      .replace(/'((?:[^']|'')+)'!|(?<![\p{L}\p{N}_.\\])([\p{L}_\\][\p{L}\p{N}_.]*)!/gu, (whole, quoted?: string, bare?: string) => {
        const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
        const renamed = sheets.get(name.toLowerCase());
        return renamed === undefined ? whole : `${quoteSheetName(renamed)}!`;
      })
      .replace(/(?<![\p{L}\p{N}_.\\'])([\p{L}_\\][\p{L}\p{N}_.\\]*)(?=\[)/gu, (name: string) => tables.get(name.toLowerCase()) ?? name),
  );
}
