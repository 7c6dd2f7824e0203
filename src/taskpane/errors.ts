/**
 * What went wrong, in a form the pane can show in any language: survey/engine errors (CsError,
 * whose message names the cell and the value), errors Excel reported (office-js RichApi errors:
 * code + message), the pane's own checks, and anything else. An error with a message key
 * (CsError, ExcelAccessError, KeyedError) keeps it, so errorText says it in the pane's language
 * (src/i18n/messages.ts) — also after the user switches the language.
 */
import { isCsError } from "../engine/errors";
import { isCancelled } from "../excel/cancel";
import { isMessageKey, type MessageKey, type MessageParams } from "../engine/messageKeys";
import type { Catalogue } from "../i18n/en/ui";
import { localizeMessage } from "../i18n/messages";
import { format, languageOf, type UiLanguage } from "../i18n/ui";
import type { Task } from "./state";

/** The English message and, when the error had one, its key and params. */
interface Said {
  message: string;
  key?: MessageKey;
  params?: MessageParams;
}

export type PaneError =
  | ({ kind: "data" } & Said)
  | ({ kind: "excel"; code?: string } & Said)
  | ({ kind: "unexpected" } & Said)
  | { kind: "noSheets" }
  | { kind: "noAnalysable" }
  | { kind: "cancelled" };

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

/** The message of an error, with its key and params when it has a (known) key. */
function said(e: { message: string }): Said {
  const out: Said = { message: bare(e.message) };
  const { key, params } = e as { key?: unknown; params?: unknown };
  if (isMessageKey(key)) {
    out.key = key;
    if (typeof params === "object" && params !== null) out.params = { ...(params as MessageParams) };
  }
  return out;
}

export function classifyError(e: unknown): PaneError {
  if (isCancelled(e)) return { kind: "cancelled" };
  if (isCsError(e)) return { kind: "data", ...said(e) };
  if (isOfficeError(e)) return { kind: "excel", code: e.code, ...said(e) };
  if (e instanceof Error) return { kind: "unexpected", ...said(e) };
  return { kind: "unexpected", message: String(e) };
}

/** An error's message in `lang` (without a closing full stop: the catalogue adds its own sentence). */
function messageIn(err: Said, lang: UiLanguage): string {
  return err.key ? bare(localizeMessage(err, lang)) : err.message;
}

/** The text of an error in the pane's language (`lang`: the language of `s` by default). */
export function errorText(err: PaneError, s: Catalogue, lang: UiLanguage = languageOf(s)): string {
  switch (err.kind) {
    case "data":
    case "unexpected":
      return format(s.errors[err.kind], { message: messageIn(err, lang) });
    case "excel":
      return err.code
        ? format(s.errors.excel, { message: messageIn(err, lang), code: err.code })
        : format(s.errors.excelNoCode, { message: messageIn(err, lang) });
    case "noSheets":
    case "noAnalysable":
    case "cancelled":
      return s.errors[err.kind];
  }
}

/** The title of an error message, by the task that failed. */
export function errorTitle(s: Catalogue, task: Task): string {
  return s.errors[`${task}Title`];
}

/** Refresh did not find the survey (or the selection was not it): the pane offers to refresh from the selection. */
const SURVEY_NOT_FOUND: readonly string[] = ["refreshSurveyNotFound", "refreshSurveyGone", "refreshSelectionMismatch"];
export function surveyNotFound(error: PaneError): boolean {
  return "key" in error && error.key !== undefined && SURVEY_NOT_FOUND.includes(error.key);
}
