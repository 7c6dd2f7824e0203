/**
 * Where the pane's margins table is (issue #14, "Rake weights to population margins"): the text
 * the user typed — a range ("Margins!A1:C6", "'Pop margins'!A1:C9", "A1:C6" on the survey's sheet)
 * or the name of an Excel table ("Margins") — checked before anything is read.
 */
import type { MarginsRef } from "../excel/readMargins";
import { looksLikeCellRef, parseRange, splitRef } from "../report/a1";
import { isBlankCell } from "../survey/cells";

export type { MarginsRef };

/** An Excel table name: a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell reference. */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/**
 * The margins table's place from what the user typed; undefined when it is neither a range nor a
 * table name (the pane says so under the field).
 * @param text The typed address or table name.
 * @returns The sheet (absent: the survey's) and address, or the table's name.
 * @example
 * parseMarginsRef("Margins!A1:C6"); // → { sheet: "Margins", address: "A1:C6" }
 */
export function parseMarginsRef(text: string): MarginsRef | undefined {
  const t = text.trim();
  if (isBlankCell(t)) return undefined;
  const { sheet, address } = splitRef(t);
  const plain = address.replace(/\$/g, "");
  if (parseRange(plain)) {
    if (sheet !== undefined && isBlankCell(sheet)) return undefined;
    return sheet === undefined ? { address: plain } : { sheet, address: plain };
  }
  if (sheet === undefined && TABLE_NAME.test(t) && !looksLikeCellRef(t)) return { table: t };
  return undefined;
}
