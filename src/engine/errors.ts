/**
 * CsError: the one error type of the engine and the survey parser.
 * `code` maps 1:1 onto Excel's error values (functions/ turns it into CustomFunctions.Error);
 * `message` names what is wrong and where (row/column are 1-based, relative to the input range).
 */
export type CsErrorCode = "value" | "num" | "div0" | "na";

export interface CellRef {
  /** 1-based row within the input range (respondent). */
  row?: number;
  /** 1-based column within the input range (attribute). */
  column?: number;
}

export class CsError extends Error {
  readonly code: CsErrorCode;
  readonly row?: number;
  readonly column?: number;

  constructor(code: CsErrorCode, message: string, where: CellRef = {}) {
    super(message);
    this.name = "CsError";
    this.code = code;
    this.row = where.row;
    this.column = where.column;
  }
}

/** "row 14, column 3: " — the prefix every located message starts with. */
export function locate(where: CellRef): string {
  const parts: string[] = [];
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column !== undefined) parts.push(`column ${where.column}`);
  return parts.length ? `${parts.join(", ")}: ` : "";
}

export function isCsError(e: unknown): e is CsError {
  return e instanceof CsError;
}
