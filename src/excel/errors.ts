/**
 * Errors from Excel, rethrown with where it happened ("reading 'Survey'!A1:F301, rows 2–1001: …").
 * The Office error code (office-js `OfficeExtension.Error.code`, e.g. "ItemNotFound") is kept so the
 * task pane can choose its words; the original error is the `cause`.
 */
export class ExcelAccessError extends Error {
  override name = "ExcelAccessError";
  /** The Office error code, when Excel gave one. */
  readonly code?: string;
  /** The error Excel (or the fake) raised. */
  readonly cause: unknown;

  constructor(where: string, cause: unknown) {
    super(`${where}: ${describe(cause)}`);
    this.cause = cause;
    this.code = officeCode(cause);
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
