/**
 * Period values ordered as periods, not as text: "2026-Q1" < "2026-Q2", "2025-12" < "2026-01",
 * "2026-W09" < "2026-W10", "Wave 2" < "Wave 10", dates by date. A period cell arrives as the
 * survey's text of it (survey.ts textOf): a date cell as "YYYY-MM-DD", a number as its digits (an
 * Excel date serial, a year or a wave number), anything else as typed.
 *
 * Each value is read as one kind of period and a number on that kind's time line (a quarter is
 * year·4 + q − 1 …). The values are ordered by that number only when every value reads as the same
 * kind; otherwise (a value this module cannot read, or quarters mixed with months) they are in text
 * order — numeric-aware, so "Wave 2" still precedes "Wave 10" — and the order says why.
 */

export type PeriodKind = "date" | "week" | "month" | "quarter" | "half" | "year" | "wave";

export interface PeriodKey {
  kind: PeriodKind;
  /** Position on the kind's time line: days since 1970-01-01 (date), year·12 + m − 1 (month), … */
  key: number;
}

/** How a set of period values was ordered. */
export interface PeriodOrder {
  /** The distinct values, earliest first. */
  values: string[];
  /** The kind every value read as, or "text" when they are in text order. */
  kind: PeriodKind | "text";
  /** Why text order: a value that is not a period this module reads, or two kinds mixed. */
  reason?: { type: "unrecognised"; value: string } | { type: "mixed"; kinds: [PeriodKind, PeriodKind] };
}

/** Month names (English, Spanish; three-letter forms by prefix), 0-based month by name. */
const MONTHS: Record<string, number> = {};
[
  ["january", "enero"],
  ["february", "febrero"],
  ["march", "marzo"],
  ["april", "abril"],
  ["may", "mayo"],
  ["june", "junio"],
  ["july", "julio"],
  ["august", "agosto"],
  ["september", "septiembre", "setiembre", "sept"],
  ["october", "octubre"],
  ["november", "noviembre"],
  ["december", "diciembre", "dic"],
].forEach((names, m) => {
  for (const n of names) {
    MONTHS[n] = m;
    MONTHS[n.slice(0, 3)] = m;
  }
});

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** Excel's serial 25569 is 1970-01-01 (serials above 60, past Excel's phantom 29 Feb 1900). */
const EXCEL_EPOCH = 25569;
const DAY_MS = 86400000;

/** A 2- or 4-digit year as a full year (2-digit: 2000 + yy). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function utcDays(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 31 April into May: such a date is not one.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return t / DAY_MS;
}

const Y = "((?:19|20)\\d{2})";
const YY = "((?:19|20)?\\d{2})";
const SEP = "\\s*[-/_.,' ]?\\s*";
const RULES: [RegExp, (m: RegExpExecArray) => PeriodKey | undefined][] = [
  [
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?z?)?$/,
    (m) => {
      const d = utcDays(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d === undefined) return undefined;
      const time = m[4] === undefined ? 0 : (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400;
      return { kind: "date", key: d + time };
    },
  ],
  [new RegExp(`^${Y}${SEP}q([1-4])$`), (m) => ({ kind: "quarter", key: Number(m[1]) * 4 + Number(m[2]) - 1 })],
  [new RegExp(`^q([1-4])${SEP}${YY}$`), (m) => ({ kind: "quarter", key: fullYear(m[2]) * 4 + Number(m[1]) - 1 })],
  [new RegExp(`^${Y}\\s*年?\\s*第?([1-4一二三四])季度$`), (m) => ({ kind: "quarter", key: Number(m[1]) * 4 + (CN_DIGIT[m[2]] ?? Number(m[2])) - 1 })],
  [new RegExp(`^${Y}${SEP}h([12])$`), (m) => ({ kind: "half", key: Number(m[1]) * 2 + Number(m[2]) - 1 })],
  [new RegExp(`^h([12])${SEP}${YY}$`), (m) => ({ kind: "half", key: fullYear(m[2]) * 2 + Number(m[1]) - 1 })],
  [new RegExp(`^${Y}${SEP}w(\\d{1,2})$`), (m) => week(Number(m[1]), Number(m[2]))],
  [new RegExp(`^w(\\d{1,2})${SEP}${Y}$`), (m) => week(Number(m[2]), Number(m[1]))],
  [new RegExp(`^${Y}\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?$`), (m) => month(Number(m[1]), Number(m[2]))],
  [/^(\d{1,2})\s*[-/.]\s*((?:19|20)\d{2})$/, (m) => month(Number(m[2]), Number(m[1]))],
  [/^([a-zñ]{3,10})\.?\s*[-/ ]?\s*(?:de\s+)?((?:19|20)?\d{2})$/u, (m) => named(m[1], fullYear(m[2]))],
  [new RegExp(`^${Y}\\s*[-/ ]?\\s*([a-zñ]{3,10})\\.?$`, "u"), (m) => named(m[2], Number(m[1]))],
  [new RegExp(`^(?:fy|año|ano)?\\s*${Y}\\s*年?$`), (m) => ({ kind: "year", key: Number(m[1]) })],
  [/^(?:wave|ola|oleada|round|ronda|period|periodo|período|第)\s*#?\s*(\d{1,6})\s*(?:期|波|轮)?$/u, (m) => ({ kind: "wave", key: Number(m[1]) })],
];

function week(y: number, w: number): PeriodKey | undefined {
  return w >= 1 && w <= 53 ? { kind: "week", key: y * 53 + w - 1 } : undefined;
}

function month(y: number, m: number): PeriodKey | undefined {
  return m >= 1 && m <= 12 ? { kind: "month", key: y * 12 + m - 1 } : undefined;
}

function named(name: string, y: number): PeriodKey | undefined {
  const m = MONTHS[name];
  return m === undefined ? undefined : { kind: "month", key: y * 12 + m };
}

/**
 * The period a value reads as, or undefined. A plain number is a year (an integer 1900–2100), an
 * Excel date serial (10000 and above: 1927 onwards) or a wave number (another whole number).
 */
export function parsePeriod(value: string): PeriodKey | undefined {
  const s = value.normalize("NFKC").trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(s)) {
    const x = Number(s);
    if (Number.isInteger(x) && x >= 1900 && x <= 2100) return { kind: "year", key: x };
    if (x >= 10000 && x < 2958466) return { kind: "date", key: x - EXCEL_EPOCH };
    return Number.isInteger(x) ? { kind: "wave", key: x } : undefined;
  }
  for (const [re, read] of RULES) {
    const m = re.exec(s);
    const k = m ? read(m) : undefined;
    if (k) return k;
  }
  return undefined;
}

/**
 * How a period value is shown: an Excel date serial as its ISO date ("46023" → "2026-01-01", with
 * the time when it has one); any other value as it is.
 */
export function periodLabel(value: string): string {
  const k = parsePeriod(value);
  if (!k || k.kind !== "date" || !/^\d+(?:\.\d+)?$/.test(value.trim())) return value;
  const iso = new Date(Math.round(k.key * DAY_MS)).toISOString();
  return Number.isInteger(k.key) ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

/** Numeric-aware text order, the same on every machine (fixed locale), code points breaking ties. */
const TEXT_ORDER = new Intl.Collator("en", { numeric: true, sensitivity: "variant" }).compare;
const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareText(a: string, b: string): number {
  return TEXT_ORDER(a, b) || codeOrder(a, b);
}

/** The distinct values in period order (see the module comment); never throws. */
export function orderPeriods(values: readonly string[]): PeriodOrder {
  const distinct = [...new Set(values)];
  const keys = new Map<string, PeriodKey>();
  let reason: PeriodOrder["reason"];
  let kind: PeriodKind | undefined;
  for (const v of distinct) {
    const k = parsePeriod(v);
    if (!k) {
      reason ??= { type: "unrecognised", value: v };
      continue;
    }
    keys.set(v, k);
    if (kind === undefined) kind = k.kind;
    else if (k.kind !== kind && !reason) reason = { type: "mixed", kinds: [kind, k.kind] };
  }
  if (reason || kind === undefined) {
    return { values: distinct.sort(compareText), kind: "text", ...(reason ? { reason } : {}) };
  }
  // Two spellings of one period ("2026-Q1", "Q1 2026") stay apart, in text order.
  const sorted = distinct.sort((a, b) => (keys.get(a) as PeriodKey).key - (keys.get(b) as PeriodKey).key || compareText(a, b));
  return { values: sorted, kind };
}
