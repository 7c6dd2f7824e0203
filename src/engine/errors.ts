/**
 * CsError: the one error type of the engine and the survey parser.
 * `code` maps 1:1 onto Excel's error values (functions/ turns it into CustomFunctions.Error);
 * `message` names what is wrong and where (row/column are 1-based, relative to the input range),
 * in English. `key` and `params`, when set, say the same thing machine-readably, so the task pane
 * and the report can say it in the user's language (src/i18n/messages.ts, localizeMessage).
 */
import type { MessageInfo, MessageKey, MessageParams } from "./messageKeys";

export type { MessageInfo, MessageKey, MessageParams } from "./messageKeys";

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
  /** What the message says, as a catalogue key (src/i18n/messages.ts); undefined = only `message`. */
  readonly key?: MessageKey;
  /** The message's parameters: row and column of its location prefix, the value, the scale, … */
  readonly params?: MessageParams;

  constructor(code: CsErrorCode, message: string, where: CellRef = {}, info?: MessageInfo) {
    super(message);
    this.name = "CsError";
    this.code = code;
    this.row = where.row;
    this.column = where.column;
    if (info) {
      this.key = info.key;
      this.params = { ...info.params };
    }
  }
}

/**
 * A CsError whose message is `locate(where)` + `text`, with its key; the params get the row and
 * column of the prefix (so a translation can put its own prefix in front).
 */
export function locatedError(code: CsErrorCode, where: CellRef, text: string, info: MessageInfo): CsError {
  return new CsError(code, `${locate(where)}${text}`, where, { key: info.key, params: withLocation(info.params, where) });
}

/** `params` with the row and column of `where` (and without them when `where` has none). */
export function withLocation(params: MessageParams | undefined, where: CellRef): MessageParams {
  const out: Record<string, string | number> = { ...params };
  delete out.row;
  delete out.column;
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  return out;
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
