/**
 * What went wrong, in a form the pane can show in any language: survey/engine errors (CsError,
 * whose message names the cell and the value), errors Excel reported (office-js RichApi errors:
 * code + message), the pane's own checks, and anything else.
 */
import { isCsError } from "../engine/errors";
import type { Catalogue } from "../i18n/en";
import { format } from "../i18n/ui";

export type PaneError =
  | { kind: "data"; message: string }
  | { kind: "excel"; code?: string; message: string }
  | { kind: "unexpected"; message: string }
  | { kind: "noSheets" }
  | { kind: "noAnalysable" };

/**
 * office-js errors (`OfficeExtension.Error`, name "RichApi.Error", string `code`) and src/excel's
 * ExcelAccessError (the same, with where it happened in the message; `code` when Excel gave one).
 */
function isOfficeError(e: unknown): e is { code?: string; message: string } {
  if (typeof e !== "object" || e === null) return false;
  const o = e as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof o.message !== "string") return false;
  if (o.name === "ExcelAccessError") return o.code === undefined || typeof o.code === "string";
  return typeof o.code === "string" && (o.name === "RichApi.Error" || o.name === "OfficeExtension.Error");
}

/** A message without a trailing full stop, so the catalogue can add its own sentence after it. */
function bare(message: string): string {
  return message.trim().replace(/[.。]$/u, "");
}

export function classifyError(e: unknown): PaneError {
  if (isCsError(e)) return { kind: "data", message: bare(e.message) };
  if (isOfficeError(e)) return { kind: "excel", code: e.code, message: bare(e.message) };
  if (e instanceof Error) return { kind: "unexpected", message: bare(e.message) };
  return { kind: "unexpected", message: String(e) };
}

/** The text of an error in the pane's language. */
export function errorText(err: PaneError, s: Catalogue): string {
  switch (err.kind) {
    case "data":
      return format(s.errors.data, { message: err.message });
    case "excel":
      return err.code
        ? format(s.errors.excel, { message: err.message, code: err.code })
        : format(s.errors.excelNoCode, { message: err.message });
    case "unexpected":
      return format(s.errors.unexpected, { message: err.message });
    case "noSheets":
      return s.errors.noSheets;
    case "noAnalysable":
      return s.errors.noAnalysable;
  }
}
