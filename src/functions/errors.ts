/**
 * Error mapping of the worksheet functions: nothing throws to Excel. A CsError becomes
 * CustomFunctions.Error with the matching code and its message; any other exception becomes
 * #VALUE! with a message.
 *
 * CsError code → Excel: value → #VALUE!, num → #NUM!, div0 → #DIV/0!, na → #N/A. Excel shows the
 * message only for #VALUE! and #N/A (it replaces it with its generic text for #NUM! and
 * #DIV/0!); the message is kept on every error anyway.
 */
import { CsError, legacyCsError, isCsError, type CsErrorCode } from "../engine/errors";
import type { Cell } from "./results";

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
  if (isCsError(e)) return new CustomFunctions.Error(excelCode(e.code), e.message);
  const text = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected error: ${text}`);
}

/** Prefix a CsError's message with the argument it concerns ("weights: …"); other errors pass. */
export function inArgument(e: unknown, name: string | undefined): unknown {
  if (name === undefined || !isCsError(e)) return e;
  return legacyCsError(e.code, `${name}: ${e.message}`, { row: e.row, column: e.column });
}

/** Evaluate one cell of a result; a failure becomes that cell's error value (the rest still spill). */
export function attributeCell(fn: () => Cell): Cell {
  try {
    return fn();
  } catch (e) {
    return toExcelError(e);
  }
}
