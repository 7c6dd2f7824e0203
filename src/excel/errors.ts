/**
 * Errors from Excel, rethrown with where it happened ("reading 'Survey'!A1:F301, rows 2–1001: …").
 * The Office error code (office-js `OfficeExtension.Error.code`, e.g. "ItemNotFound") is kept so the
 * task pane can choose its words; the original error is the `cause`. `key`/`params` name the
 * place for a translation (src/i18n/messages.ts); params.cause is Excel's own text.
 */
import type { MessageInfo, MessageKey, MessageParams } from "../engine/messageKeys";

export class ExcelAccessError extends Error {
  override name = "ExcelAccessError";
  /** The Office error code, when Excel gave one. */
  readonly code?: string;
  /** The error Excel (or the fake) raised. */
  readonly cause: unknown;
  readonly key?: MessageKey;
  readonly params?: MessageParams;

  constructor(where: string, cause: unknown, info?: MessageInfo) {
    super(`${where}: ${describe(cause)}`);
    this.cause = cause;
    this.code = officeCode(cause);
    if (info) {
      this.key = info.key;
      this.params = { ...info.params, cause: describe(cause) };
    }
  }
}

/** An Error with a message key (the pane's own checks, e.g. an empty selection); `message` is English. */
export class KeyedError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(message: string, info: MessageInfo) {
    super(message);
    this.key = info.key;
    this.params = { ...info.params };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "unknown error";
}

/** The Office error code of an error, if any ("ResponsePayloadSizeLimitExceeded"). */
export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
