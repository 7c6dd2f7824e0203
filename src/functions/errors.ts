/**
 * Error mapping of the worksheet functions: nothing throws to Excel. A CsError becomes
 * CustomFunctions.Error with the matching code and its message, in Office's display language when
 * it is known (useDisplayLanguage; English otherwise); any other exception becomes #VALUE! with a
 * message.
 *
 * CsError code → Excel: value → #VALUE!, num → #NUM!, div0 → #DIV/0!, na → #N/A. Excel shows the
 * message only for #VALUE! and #N/A (it replaces it with its generic text for #NUM! and
 * #DIV/0!); the message is kept on every error anyway.
 */
import { isCsError, type CsErrorCode } from "../engine/errors";
import { localizeMessage } from "../i18n/messages";
import { pickLanguage } from "../i18n/ui";
import type { Cell } from "./results";

/** Office's display language at call time (undefined = unknown: English). */
let displayLanguage: () => string | undefined = () => undefined;

/** Where the functions read Office's display language (functions.ts passes Office's; tests their own). */
export function useDisplayLanguage(read: () => string | undefined): void {
  displayLanguage = read;
}

function excelCode(code: CsErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Any thrown value → an Excel error value with a message (CsError keeps its code). */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isCsError(e)) return new CustomFunctions.Error(excelCode(e.code), localizeMessage(e, pickLanguage(displayLanguage())));
  const text = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected error: ${text}`);
}

/** A CsError located in the argument it concerns ("weights: …"); other errors pass. */
export function inArgument(e: unknown, name: string | undefined): unknown {
  if (name === undefined || !isCsError(e)) return e;
  return e.at({ row: e.row, column: e.column, argument: name });
}

/** Evaluate one cell of a result; a failure becomes that cell's error value (the rest still spill). */
export function attributeCell(fn: () => Cell): Cell {
  try {
    return fn();
  } catch (e) {
    return toExcelError(e);
  }
}
