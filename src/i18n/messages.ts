/**
 * Messages of the parser, the statistics and the workbook access in the user's language.
 *
 * A CsError, a ParseIssue or an ExcelAccessError carries an English `message` plus a `key` (see
 * src/engine/messageKeys.ts) and `params`; `localizeMessage` renders the key's template for a
 * language and falls back to `message` when there is no key (or a template's placeholder has no
 * param). Every language has every key, with the same placeholders (test/i18n/messages.test.ts).
 * The templates live one file per language (./<lang>/messages.ts); the engine renders a CsError's
 * English `message` from ./en/messages.ts, and every language by the same fill (src/engine/messageText.ts).
 *
 * Rendering rules:
 * - params.row / params.column are the location the message starts with: "row 15, column 5: ",
 *   "第 15 行，第 5 列：", "fila 15, columna 5: " (other numbers in a text have other names);
 * - params.min and params.max give {scale}, "1–5", their numbers written the language's way
 *   (decimal comma in Spanish: "0,5–4,5");
 * - numbers are written the language's way by ./format.ts (no grouping: they are row numbers and
 *   counts; every digit of the value), text params (the cell's value, a sheet name, Excel's own
 *   message) as they are;
 * - some params name a thing in English ("perception", "CSI weights", a column role): those are
 *   translated from a small term list, anything else stays as given;
 * - a template may have a singular and a plural form, chosen by one numeric param and the
 *   language's plural rule (./format.ts pluralCategory).
 */
import { isMessageKey, type MessageKey, type MessageParams, type MessageTemplate } from "../engine/messageKeys";
import { renderBody, renderLocation, scaleText, type MessageStyle } from "../engine/messageText";
import { formatInteger, formatNumber, pluralCategory } from "./format";
import { LANGUAGES, packOf, type Language } from "./languages";
import type { MessagePack } from "./pack";

export { MESSAGE_KEYS, PLURAL_BY, type MessageKey, type MessageParams, type MessageTemplate } from "../engine/messageKeys";

export const MESSAGE_LANGUAGES = LANGUAGES;
export type MessageLanguage = Language;

/** What can be localized: a CsError, a ParseIssue, an ExcelAccessError, a pane error… */
export interface LocalizableMessage {
  readonly key?: string;
  readonly params?: MessageParams;
  readonly message: string;
}

/** Params that name something in English (translated through TERMS; unknown names stay). */
export const TERM_PARAMS: Partial<Record<MessageKey, readonly string[]>> = {
  shapeMismatch: ["first", "second"],
  outputFolderMissing: ["what"],
  outputIsFolder: ["what"],
  outputExists: ["what"],
  outputAppeared: ["what"],
  badAttributeWeight: ["name"],
  weightsAllZero: ["name"],
  roleColumnMissing: ["role"],
  notRows: ["name"],
  rowNotCells: ["name"],
  raggedRows: ["name"],
  notLists: ["first", "second"],
  pairCountMismatch: ["first", "second"],
  attributeWeightsNotList: ["name"],
  attributeWeightCount: ["name"],
  notAList: ["name"],
  listValueNotANumber: ["name"],
  kanoAnswerOutOfRange: ["name"],
  badNpsCount: ["group"],
  scaleOrder: ["lowName", "highName"],
  coefficientOnlyRQ: ["name"],
  vectorShape: ["what"],
  // The command line's --segment errors: "none" when the survey has no segment column; a role id.
  usageSegmentOutOfRange: ["list"],
  usageSegmentNoSuchColumn: ["list"],
  usageSegmentWrongRole: ["list", "role"],
};

/** The messages of a language: its pack's (./packs). */
const messagesOf = (lang: MessageLanguage): MessagePack => packOf(lang).messages;

export function isMessageLanguage(value: string): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly string[]).includes(value);
}

/** The templates of a language (for tests and tools). */
export function messageTemplates(lang: MessageLanguage): Readonly<Record<MessageKey, MessageTemplate>> {
  return messagesOf(lang).templates;
}

/** A number written the language's way: decimal comma in Spanish, no grouping anywhere, every digit. */
export function messageNumber(x: number, lang: MessageLanguage): string {
  return formatNumber(x, lang, { grouping: false });
}

/** A scale as messages show it: "1–5" ("0,5–4,5" in Spanish). */
export function messageScale(min: number, max: number, lang: MessageLanguage): string {
  return scaleText(min, max, numberStyle(lang));
}

function numberStyle(lang: MessageLanguage): MessageStyle {
  return { number: (x) => messageNumber(x, lang), count: (x) => formatInteger(x, lang), one: (count) => pluralCategory(count, lang) === "one" };
}

/** A name's translation in `dict`, or the name itself. */
function term(dict: Readonly<Record<string, string>>, name: string): string {
  return Object.prototype.hasOwnProperty.call(dict, name) ? dict[name] : name;
}

/** How `lang` writes key's params: its numbers, and the English names TERM_PARAMS lists translated. */
function messageStyle(key: MessageKey, lang: MessageLanguage): MessageStyle {
  const terms = TERM_PARAMS[key] ?? [];
  return {
    ...numberStyle(lang),
    text: (name, v) => (terms.includes(name) ? term(name === "role" ? messagesOf(lang).roleNames : messagesOf(lang).terms, v) : v),
  };
}

/** The location prefix of params.row / params.column, in the language ("" when neither is set). */
export function localizeLocation(params: MessageParams | undefined, lang: MessageLanguage): string {
  return renderLocation(params, messagesOf(lang).location, numberStyle(lang));
}

/**
 * The message in `lang`: the location prefix and the key's template filled from the params, by
 * the engine's renderer (the same that writes a CsError's English message); the English
 * `message` itself when there is no key (or an unknown one, or a param is missing).
 */
export function localizeMessage(m: LocalizableMessage, lang: MessageLanguage): string {
  const { key, message } = m;
  if (!isMessageKey(key) || !isMessageLanguage(lang)) return message;
  const params: MessageParams = m.params ?? {};
  const body = renderBody(key, messagesOf(lang).templates[key], params, messageStyle(key, lang));
  return body.complete ? `${localizeLocation(params, lang)}${body.text}` : message;
}

/** The English location a message without a key may start with ("row 3, column 2: "). */
const ENGLISH_LOCATION = /^row \d+, column \d+: /;

/**
 * The message in `lang` without its location prefix, for a list that names the cell beside it
 * (the pane's skipped cells, the Summary's unreadable cells: "E15 — '7' is not an answer…").
 */
export function localizeReason(m: LocalizableMessage, lang: MessageLanguage): string {
  const message = m.message.replace(ENGLISH_LOCATION, "");
  if (!m.key) return message;
  const params = { ...m.params };
  delete params.row;
  delete params.column;
  return localizeMessage({ ...m, message, params }, lang);
}
