/**
 * Which survey platform wrote an export, from its first rows only (≤ TOP rows, so detection costs
 * the same for 100 or 100,000 respondents): how many rows are headers, each column's field id,
 * question and grid item, and which columns are the platform's metadata. The layouts are the
 * platforms' documented export formats:
 *
 * - Qualtrics CSV/xlsx: row 1 field ids (StartDate, ResponseId, Q5_1), row 2 question text
 *   ("How satisfied … - Staff friendliness"), row 3 `{"ImportId":"QID5_1"}` (legacy exports:
 *   rows 1–2 only).
 * - SurveyMonkey: row 1 question text above the FIRST column of each question only, row 2
 *   "Response" / "Open-Ended Response" / the sub-question or option label.
 * - Google Forms: one row, "Timestamp" first, grids as "Question [Row]".
 * - Microsoft Forms .xlsx: one row, "ID", "Start time", "Completion time", "Email", "Name", ….
 * - LimeSurvey: one row, "id", "submitdate", "lastpage", "startlanguage", "seed", …; headings as
 *   codes "Q1[SQ001]", "code. text" or full text "Question [Item]".
 * - plain: one header row, nothing marked (the roles come from header words and values).
 *
 * Every regex here is anchored or bounded, and header cells are cut at MAX_HEADER characters, so
 * detection is linear in the size of the top rows.
 */
import type { ColumnHeading, ExportPlatform, MetadataKind, SurveyLayout } from "./layoutTypes";

/** Rows looked at (headers plus a few answers). */
export const LAYOUT_TOP_ROWS = 10;
const MAX_HEADER = 2000;

type Grid = string[][];

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString();
  return String(v).slice(0, MAX_HEADER).replace(/\s+/g, " ").trim();
}

/** Lower case, spaces and punctuation removed: "Duration (in seconds)" → "durationinseconds". */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function metaTable(entries: [MetadataKind, string[]][]): Map<string, MetadataKind> {
  const m = new Map<string, MetadataKind>();
  for (const [kind, names] of entries) for (const n of names) m.set(key(n), kind);
  return m;
}

/** Qualtrics field ids and their row-2 texts. */
const QUALTRICS_META = metaTable([
  ["timestamp", ["StartDate", "EndDate", "RecordedDate", "Start Date", "End Date", "Recorded Date"]],
  ["status", ["Status", "Response Type", "Finished"]],
  ["ip", ["IPAddress", "IP Address"]],
  ["progress", ["Progress"]],
  ["duration", ["Duration (in seconds)", "Q_TotalDuration"]],
  ["response-id", ["ResponseId", "ResponseID", "Response ID", "ResponseSet"]],
  ["recipient", ["RecipientLastName", "RecipientFirstName", "RecipientEmail", "Recipient Last Name", "Recipient First Name", "Recipient Email"]],
  ["contact", ["Name", "EmailAddress"]],
  ["location", ["LocationLatitude", "LocationLongitude", "LocationAccuracy", "Location Latitude", "Location Longitude"]],
  ["language", ["UserLanguage", "User Language", "Q_Language"]],
  [
    "other",
    [
      "ExternalReference",
      "ExternalDataReference",
      "External Data Reference",
      "DistributionChannel",
      "Distribution Channel",
      "Q_RecaptchaScore",
      "Q_RelevantIDDuplicate",
      "Q_RelevantIDDuplicateScore",
      "Q_RelevantIDFraudScore",
      "Q_RelevantIDLastStartDate",
      "Q_BallotBoxStuffing",
      "Q_URL",
      "Q_R",
      "Q_DataPolicyViolations",
    ],
  ],
]);

const SURVEYMONKEY_META = metaTable([
  ["response-id", ["Respondent ID"]],
  ["timestamp", ["Start Date", "End Date"]],
  ["ip", ["IP Address"]],
  ["contact", ["Email Address", "First Name", "Last Name"]],
  ["other", ["Collector ID", "Custom Data 1", "Custom Data 2", "Custom Data 3", "Custom Data"]],
]);

const GOOGLE_META = metaTable([
  ["timestamp", ["Timestamp", "Marca temporal", "时间戳记", "时间戳", "Horodateur", "Zeitstempel", "Carimbo de data/hora"]],
  ["contact", ["Email Address", "Email", "Dirección de correo electrónico", "电子邮件地址"]],
  ["derived", ["Score", "Puntuación", "分数"]],
]);

const MSFORMS_META = metaTable([
  ["response-id", ["ID"]],
  ["timestamp", ["Start time", "Completion time", "Last modified time", "Hora de inicio", "Hora de finalización", "开始时间", "完成时间", "上次修改时间"]],
  ["contact", ["Email", "Name", "Correo electrónico", "Nombre", "电子邮件", "名称"]],
  ["derived", ["Total points", "Quiz feedback", "Puntos totales", "总分"]],
]);

const LIMESURVEY_META = metaTable([
  ["response-id", ["id", "Response ID"]],
  ["timestamp", ["submitdate", "startdate", "datestamp", "Date submitted", "Date started", "Date last action"]],
  ["page", ["lastpage", "Last page"]],
  ["language", ["startlanguage", "Start language"]],
  ["other", ["seed", "Seed", "refurl", "Referrer URL"]],
  ["ip", ["ipaddr", "IP address"]],
  ["recipient", ["token", "Token", "firstname", "lastname", "email"]],
  ["duration", ["interviewtime", "Total time"]],
]);

function count(row: readonly string[], names: Map<string, MetadataKind>): number {
  let n = 0;
  for (const c of row) if (c !== "" && names.has(key(c))) n++;
  return n;
}

const IMPORT_ID = /^\{\s*"ImportId"\s*:/;
const GOOGLE_FIRST = new Set(["timestamp", "marcatemporal", "时间戳记", "时间戳", "horodateur", "zeitstempel", "carimbodedatahora"].map(key));

function detectPlatform(g: Grid): { platform: ExportPlatform; headerRows: number } {
  const r0 = g[0] ?? [];
  const r1 = g[1] ?? [];
  const r2 = g[2] ?? [];
  const nonBlank2 = r2.filter((c) => c !== "");
  if (nonBlank2.length > 0 && nonBlank2.filter((c) => IMPORT_ID.test(c)).length >= 0.5 * nonBlank2.length) {
    return { platform: "qualtrics", headerRows: 3 };
  }
  const has = (row: readonly string[], name: string): boolean => row.some((c) => key(c) === key(name));
  if (count(r0, QUALTRICS_META) >= 3 && (has(r0, "ResponseId") || has(r0, "ResponseID")) && (has(r1, "Response ID") || has(r1, "Start Date"))) {
    return { platform: "qualtrics", headerRows: 2 };
  }
  // SurveyMonkey's row 2 is blank under its metadata (a respondent row never is) and labels the answers.
  const idCol = r0.findIndex((c) => key(c) === key("Respondent ID"));
  const blankUnderId = idCol >= 0 && (r1[idCol] ?? "") === "";
  if (
    blankUnderId &&
    (has(r0, "Collector ID") || has(r0, "Start Date")) &&
    (has(r1, "Response") || has(r1, "Open-Ended Response") || r1.some((c, i) => c !== "" && (r0[i] ?? "") === ""))
  ) {
    return { platform: "surveymonkey", headerRows: 2 };
  }
  if (GOOGLE_FIRST.has(key(r0[0] ?? ""))) return { platform: "google-forms", headerRows: 1 };
  if (
    key(r0[0] ?? "") === "id" &&
    count(r0, MSFORMS_META) >= 3 &&
    (has(r0, "Start time") || has(r0, "Completion time") || has(r0, "开始时间") || has(r0, "Hora de inicio"))
  ) {
    return { platform: "microsoft-forms", headerRows: 1 };
  }
  if (
    (has(r0, "submitdate") || has(r0, "Date submitted")) &&
    (has(r0, "lastpage") || has(r0, "Last page") || has(r0, "startlanguage") || has(r0, "Start language"))
  ) {
    return { platform: "limesurvey", headerRows: 1 };
  }
  return { platform: "plain", headerRows: 1 };
}

/** "Question [Item]" (Google Forms grids, LimeSurvey full-text headings), without a regex that backtracks. */
function bracketItem(text: string): { question: string; item: string } | undefined {
  if (!text.endsWith("]")) return undefined;
  const open = text.lastIndexOf("[");
  if (open <= 0 || text.indexOf("]", open) !== text.length - 1) return undefined;
  const question = text.slice(0, open).trim();
  const item = text.slice(open + 1, -1).trim();
  return question !== "" && item !== "" ? { question, item } : undefined;
}
/** LimeSurvey codes: "Q1", "Q1[SQ001]", "Q1[SQ001][1]", optionally ". question text" after them. */
const LIME_CODE = /^([A-Za-z][A-Za-z0-9_]{0,63})((?:\[[^[\]]{1,64}\]){0,3})(?:\s*[.:]\s+(.+))?$/s;
/** Derived columns some platforms add next to a question. */
const DERIVED_CODE = /(?:_NPS_GROUP|_DO(?:_\d+)*|_TEXT_(?:Sentiment|Topics?)\w*|_Click_Count|_First_Click|_Last_Click|_Page_Submit)$/i;
const LIME_TIME = /^(?:groupTime\d+|\w+Time)$/;

function heading(header: string, extra: Partial<ColumnHeading> = {}): ColumnHeading {
  const h: ColumnHeading = { header };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") (h as unknown as Record<string, unknown>)[k] = v;
  return h;
}

/** Qualtrics: the item is what follows the " - " that ends the text shared by a question's columns. */
function qualtricsColumns(g: Grid, width: number): ColumnHeading[] {
  const codes = g[0] ?? [];
  const texts = g[1] ?? [];
  const base = (c: string): string | undefined => /^(.+?)_\d+(?:_\d+)?$/.exec(c)?.[1];
  const groups = new Map<string, number[]>();
  for (let c = 0; c < width; c++) {
    const b = base(codes[c] ?? "");
    if (b === undefined || /_TEXT$/i.test(codes[c] ?? "")) continue;
    const list = groups.get(b) ?? [];
    list.push(c);
    groups.set(b, list);
  }
  const split = new Map<number, { question: string; item: string }>();
  for (const cols of groups.values()) {
    const ts = cols.map((c) => texts[c] ?? "");
    let prefix = ts[0];
    for (const t of ts) {
      let i = 0;
      while (i < prefix.length && i < t.length && prefix[i] === t[i]) i++;
      prefix = prefix.slice(0, i);
    }
    const cut = cols.length > 1 ? prefix.lastIndexOf(" - ") : -1;
    for (let k = 0; k < cols.length; k++) {
      const at = cut >= 0 ? cut : ts[k].lastIndexOf(" - ");
      if (at > 0) split.set(cols[k], { question: ts[k].slice(0, at).trim(), item: ts[k].slice(at + 3).trim() });
    }
  }
  const out: ColumnHeading[] = [];
  for (let c = 0; c < width; c++) {
    const code = codes[c] ?? "";
    const text = texts[c] ?? "";
    let metadata = QUALTRICS_META.get(key(code)) ?? (text !== "" && code === "" ? QUALTRICS_META.get(key(text)) : undefined);
    if (metadata === undefined && DERIVED_CODE.test(code)) metadata = "derived";
    const s = metadata === undefined ? split.get(c) : undefined;
    out.push(heading(text || code, { code, question: s ? s.question : metadata ? undefined : text, item: s?.item, metadata }));
  }
  return out;
}

/** SurveyMonkey: row 1's question stands over the columns up to the next question. */
function surveyMonkeyColumns(g: Grid, width: number): ColumnHeading[] {
  const q = g[0] ?? [];
  const sub = g[1] ?? [];
  const out: ColumnHeading[] = [];
  let question = "";
  for (let c = 0; c < width; c++) {
    const top = q[c] ?? "";
    const below = sub[c] ?? "";
    if (top !== "") question = top;
    const metadata = top !== "" && below === "" ? SURVEYMONKEY_META.get(key(top)) : undefined;
    if (metadata) {
      out.push(heading(top, { metadata }));
      continue;
    }
    const plain = below === "" || /^(?:open-ended )?response$/i.test(below);
    const item = plain ? undefined : below;
    out.push(heading(item ? `${question} - ${item}` : question || below, { question, item }));
  }
  return out;
}

function bracketColumns(row: readonly string[], width: number, meta: Map<string, MetadataKind>, lime: boolean): ColumnHeading[] {
  const out: ColumnHeading[] = [];
  for (let c = 0; c < width; c++) {
    const text = row[c] ?? "";
    let metadata = meta.get(key(text));
    let code: string | undefined;
    let rest = text;
    let itemCode: string | undefined;
    if (lime) {
      const m = LIME_CODE.exec(text);
      if (m && (m[2] !== "" || m[3] !== undefined || /\d/.test(m[1]))) {
        code = `${m[1]}${m[2]}`;
        itemCode = m[2] ? m[2].slice(1, m[2].indexOf("]")) : undefined;
        rest = m[3] ?? "";
        if (metadata === undefined && m[2] === "" && LIME_TIME.test(m[1])) metadata = "duration";
      }
    }
    if (metadata) {
      out.push(heading(text, { code, metadata }));
      continue;
    }
    const b = bracketItem(rest);
    const question = b ? b.question : rest;
    const item = b ? b.item : itemCode;
    out.push(heading(text, { code, question, item }));
  }
  return out;
}

function plainColumns(row: readonly string[], width: number, meta?: Map<string, MetadataKind>): ColumnHeading[] {
  const out: ColumnHeading[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const text = row[c] ?? "";
    let metadata = meta?.get(key(text));
    // Microsoft Forms quiz columns "Points - Q1", "Feedback - Q1".
    if (meta && metadata === undefined && /^(?:points|feedback|puntos|comentarios|分数|反馈) - /i.test(text)) metadata = "derived";
    out.push(heading(text, { metadata }));
    if (!meta || metadata) continue;
    // Microsoft Forms exports a Likert statement alone, so a second Likert question over the same
    // statements repeats them — with Excel's table suffix ("Staff friendliness2"): one item.
    const dup = /^(.*\D)(\d{1,2})$/.exec(text);
    const first = dup ? seen.get(dup[1]) : undefined;
    if (dup && first !== undefined) {
      out[first].item = dup[1];
      out[c].item = dup[1];
    } else if (!seen.has(text)) seen.set(text, c);
  }
  return out;
}

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|^\d{1,2}\/\d{1,2}\/\d{2,4}(?: \d{1,2}:\d{2})?/;

function looksNumeric(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && NUMBER.test(v.trim());
}

/** A first row of answers: most of its cells are numbers or dates, as no header row is. */
function firstRowIsData(top: readonly (readonly unknown[])[]): boolean {
  const r0 = top[0] ?? [];
  let filled = 0;
  let data = 0;
  for (const v of r0) {
    const t = cellText(v);
    if (t === "") continue;
    filled++;
    if (looksNumeric(v) || v instanceof Date || DATE_TEXT.test(t) || typeof v === "boolean") data++;
  }
  return filled > 0 && data >= 0.5 * filled;
}

/** Answers in the top data rows are numeric codes: ≥ 90 % of the non-metadata answers are numbers. */
function answersAreCodes(top: readonly (readonly unknown[])[], headerRows: number, cols: readonly ColumnHeading[]): boolean {
  let filled = 0;
  let numeric = 0;
  for (let r = headerRows; r < top.length; r++) {
    const row = top[r] ?? [];
    for (let c = 0; c < cols.length; c++) {
      if (cols[c].metadata) continue;
      const t = cellText(row[c]);
      if (t === "") continue;
      filled++;
      if (looksNumeric(row[c])) numeric++;
    }
  }
  return filled > 0 && numeric >= 0.9 * filled;
}

/** LimeSurvey's answer codes ("AO01", "A2", "SQ003"): letters then digits, short. */
const ANSWER_CODE = /^[A-Z]{1,3}\d{1,3}$/;

/**
 * Columns whose answers in the top data rows are all answer codes (at least two rows answered):
 * LimeSurvey's "answer codes" export of a list or array question, whose texts are not in the file.
 */
function answerCodeColumns(top: readonly (readonly unknown[])[], headerRows: number, cols: readonly ColumnHeading[]): number[] {
  const out: number[] = [];
  for (let c = 0; c < cols.length; c++) {
    if (cols[c].metadata) continue;
    let filled = 0;
    let codes = 0;
    for (let r = headerRows; r < top.length; r++) {
      const t = cellText(top[r]?.[c]);
      if (t === "") continue;
      filled++;
      if (t.length <= 6 && ANSWER_CODE.test(t)) codes++;
    }
    if (filled >= 2 && codes === filled) out.push(c);
  }
  return out;
}

/**
 * The layout of an export from its first rows (only the first LAYOUT_TOP_ROWS are read). Cells
 * may be text (a CSV) or typed as Excel gives them (numbers, serial dates, booleans).
 */
export function detectLayout(top: readonly (readonly unknown[])[]): SurveyLayout {
  const n = Math.min(top.length, LAYOUT_TOP_ROWS);
  const g: Grid = [];
  let width = 0;
  for (let r = 0; r < n; r++) {
    const row = top[r] ?? [];
    g.push(Array.from(row, cellText));
    if (r < 3) width = Math.max(width, row.length);
  }
  const detected = detectPlatform(g);
  const platform = detected.platform;
  // Never more header rows than there are rows: a file of headers only has no answers.
  const headerRows = Math.max(1, Math.min(detected.headerRows, n));
  let columns: ColumnHeading[];
  switch (platform) {
    case "qualtrics":
      columns = qualtricsColumns(g, width);
      break;
    case "surveymonkey":
      columns = surveyMonkeyColumns(g, width);
      break;
    case "google-forms":
      columns = bracketColumns(g[0] ?? [], width, GOOGLE_META, false);
      break;
    case "limesurvey":
      columns = bracketColumns(g[0] ?? [], width, LIMESURVEY_META, true);
      break;
    case "microsoft-forms":
      columns = plainColumns(g[0] ?? [], width, MSFORMS_META);
      break;
    default:
      columns = plainColumns(g[0] ?? [], width);
  }
  const layout: SurveyLayout = {
    platform,
    headerRows,
    columns,
    numericCodes: platform !== "plain" && answersAreCodes(top.slice(0, n), headerRows, columns),
    firstRowLooksLikeData: platform === "plain" && firstRowIsData(top),
  };
  if (platform === "limesurvey") {
    const coded = answerCodeColumns(top.slice(0, n), headerRows, columns);
    if (coded.length) layout.answerCodeColumns = coded;
  }
  return layout;
}

/** The one-line headers of a layout (what detectRoles, the roles file and the report show). */
export function layoutHeaders(layout: SurveyLayout): string[] {
  return layout.columns.map((c) => c.header);
}

/**
 * The header row(s) and answers of a grid whose first row is a header: the export layout decides
 * how many rows are headers and what each column is called (a plain table keeps its first row as
 * it is, so nothing changes for it).
 */
export function splitHeaderRows(
  headers: readonly unknown[],
  rows: readonly unknown[][],
): { headers: unknown[]; rows: unknown[][]; layout: SurveyLayout; firstRow: number } {
  const layout = detectLayout([headers, ...rows.slice(0, LAYOUT_TOP_ROWS - 1)]);
  if (layout.platform === "plain") return { headers: [...headers], rows: rows as unknown[][], layout, firstRow: 2 };
  const skip = Math.min(layout.headerRows - 1, rows.length);
  return { headers: layoutHeaders(layout), rows: rows.slice(skip), layout, firstRow: skip + 2 };
}
