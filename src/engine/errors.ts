/**
 * CsError: the one error type of the engine and the survey parser.
 * `code` maps 1:1 onto Excel's error values (functions/ turns it into CustomFunctions.Error);
 * `key` and `params` say what is wrong (src/engine/messageKeys.ts), `row`/`column` where (1-based,
 * relative to the input range). `message` is the English text, rendered from the English
 * catalogue (src/i18n/en/messages.ts) so the English has one home; the task pane and the report
 * say the same in the user's language (src/i18n/messages.ts, localizeMessage).
 */
import type { MessageKey, MessageParams } from "./messageKeys";
import { renderEnglish, type ParamsOf } from "./messageText";

export type { MessageInfo, MessageKey, MessageParams } from "./messageKeys";
export type { ParamsOf } from "./messageText";

export type CsErrorCode = "value" | "num" | "div0" | "na";

export interface CellRef {
  /** 1-based row within the input range (respondent). */
  row?: number;
  /** 1-based column within the input range (attribute). */
  column?: number;
  /** The worksheet function's argument the cell is in ("weights"), when the function has several ranges. */
  argument?: string;
}

/** The constructor's arguments after the key: params (optional when the template has none), where. */
export type CsErrorArgs<K extends MessageKey> =
  ParamsOf<K> extends Readonly<Record<string, never>> ? [params?: ParamsOf<K>, where?: CellRef] : [params: ParamsOf<K>, where?: CellRef];

export class CsError<K extends MessageKey = MessageKey> extends Error {
  readonly code: CsErrorCode;
  readonly row?: number;
  readonly column?: number;
  readonly argument?: string;
  /** What the message says, as a catalogue key. */
  readonly key: K;
  /** The message's parameters, with the row and column of its location (so a translation can put its own prefix). */
  readonly params: MessageParams;

  constructor(code: CsErrorCode, key: K, ...[params, where = {}]: CsErrorArgs<K>) {
    const all = withLocation(params as MessageParams | undefined, where);
    super(renderEnglish(key, all));
    this.name = "CsError";
    this.code = code;
    this.key = key;
    this.params = all;
    this.row = where.row;
    this.column = where.column;
    this.argument = where.argument;
  }

  /** The same error at another location (the row, column and argument of `where`; none when it has none). */
  at(where: CellRef): CsError<K> {
    const args = [withLocation(this.params, {}), where] as unknown as CsErrorArgs<K>;
    return new CsError(this.code, this.key, ...args);
  }
}

/**
 * `params` with the row, column and argument of `where` instead of their own (none when `where`
 * has none): how a CsError carries its location as message parameters. Never throws.
 * @param params a message's parameters (may hold an old location)
 * @param where the new location
 * @returns a new params object
 * @example
 * withLocation({ value: 6, row: 2 }, { column: 3 }); // → { value: 6, column: 3 }
 */
export function withLocation(params: MessageParams | undefined, where: CellRef): MessageParams {
  const out: Record<string, string | number> = { ...params };
  delete out.row;
  delete out.column;
  delete out.argument;
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  if (where.argument !== undefined) out.argument = where.argument;
  return out;
}

/**
 * Type guard: is `e` a CsError (the engine's and the survey parser's one error type)? Never throws.
 * @param e anything caught
 * @returns true for a CsError
 * @example
 * isCsError(new CsError("div0", "noAnswersMean")); // → true
 * isCsError(new Error("x")); // → false
 */
export function isCsError(e: unknown): e is CsError {
  return e instanceof CsError;
}
