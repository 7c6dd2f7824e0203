/** What the values of a column look like, from its first SAMPLE rows (one pass, bounded sets). */
import { classifyText } from "../labels";

/** What the values of one column look like (from up to SAMPLE rows). */
export interface ColumnStats {
  nonBlank: number;
  numbers: number;
  integers: number;
  fractions: number;
  min: number;
  max: number;
  zeros: number;
  likert: number;
  kanoOnly: number;
  texts: number;
  distinctText: Set<string>;
  distinctAll: Set<string>;
  increasing: boolean;
  longText: number;
  periodLike: number;
  dates: number;
  /** Sum of the numbers (for the mean of a weight-like column). */
  sum: number;
  /** Text cells holding several choices joined by ", " (checkbox questions). */
  multiChoice: number;
  /** Distinct parts of those cells (bounded): checkbox options repeat, free text does not. */
  choiceParts: Set<string>;
}

/** Rows the role detector reads (and the first rows a streamed survey hands it, whose scales are detected from them). */
export const SAMPLE = 5000;
/** One collator for all comparisons: localeCompare with options builds a new one per call (slow). */
const NUMERIC_ORDER = new Intl.Collator(undefined, { numeric: true }).compare;
/** Several choices in one cell: "A, B", "1,6", "A;B", "A;" (Microsoft Forms ends each with ";"). */
const CHOICE_LIST = /[,;]\s*\S|;$/u;
const PERIOD_TEXT =
  /^(?:(?:19|20)\d{2}\s*[-/_ ]?\s*(?:q[1-4]|h[12]|\d{1,2}|年\s*(?:第?[一二三四1-4]季度|\d{1,2}月))|(?:q[1-4]|h[12])\s*[-/_ ]?\s*(?:(?:19|20)?\d{2})|(?:19|20)\d{2}年?|第?[一二三四1-4]季度|\d{1,2}月|(?:wave|ola|period|periodo)\s*\d+|第\s*\d+\s*期)$/iu;

export function columnStats(rows: readonly (readonly unknown[])[], col: number): ColumnStats {
  const st: ColumnStats = {
    nonBlank: 0,
    numbers: 0,
    integers: 0,
    fractions: 0,
    min: Infinity,
    max: -Infinity,
    zeros: 0,
    likert: 0,
    kanoOnly: 0,
    texts: 0,
    distinctText: new Set(),
    distinctAll: new Set(),
    increasing: true,
    longText: 0,
    periodLike: 0,
    dates: 0,
    sum: 0,
    multiChoice: 0,
    choiceParts: new Set(),
  };
  let prev: number | string | undefined;
  const count = Math.min(rows.length, SAMPLE);
  for (let i = 0; i < count; i++) {
    const cell = rows[i]?.[col];
    let num: number | undefined;
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) continue;
      num = cell;
    } else if (cell instanceof Date) {
      st.nonBlank++;
      st.dates++;
      continue;
    } else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "blank") continue;
      if (m.kind === "number") num = m.value;
      else {
        st.nonBlank++;
        const text = cell.trim();
        if (m.kind === "label" || m.kind === "numbered") {
          if (m.likert !== undefined) st.likert++;
          else if (m.kano !== undefined) st.kanoOnly++;
          if (m.kind === "numbered") st.numbers++;
        }
        st.texts++;
        if (st.distinctText.size <= 1000) st.distinctText.add(text);
        if (st.distinctAll.size <= SAMPLE) st.distinctAll.add(`s:${text}`);
        if (text.length <= 300 && CHOICE_LIST.test(text)) {
          st.multiChoice++;
          if (st.choiceParts.size <= 200) for (const part of text.split(/[,;]/)) if (part.trim() !== "") st.choiceParts.add(part.trim());
        }
        if (text.length > 30 || /\s\S+\s/.test(text)) st.longText++;
        if (text.length <= 40 && PERIOD_TEXT.test(text.normalize("NFKC"))) st.periodLike++;
        if (st.increasing && prev !== undefined && !(typeof prev === "string" && NUMERIC_ORDER(text, prev) > 0)) {
          st.increasing = false;
        }
        prev = text;
        continue;
      }
    } else continue;
    st.nonBlank++;
    st.numbers++;
    if (Number.isInteger(num)) st.integers++;
    else st.fractions++;
    if (num === 0) st.zeros++;
    st.sum += num;
    if (num < st.min) st.min = num;
    if (num > st.max) st.max = num;
    if (st.distinctAll.size <= SAMPLE) st.distinctAll.add(`n:${num}`);
    if (prev !== undefined && !(typeof prev === "number" && num > prev)) st.increasing = false;
    prev = num;
  }
  return st;
}

export function headerText(h: unknown): string {
  if (h === null || h === undefined) return "";
  return String(h).trim();
}

export function quote(s: string): string {
  return `"${s}"`;
}

export function columnValues(rows: readonly (readonly unknown[])[], col: number): unknown[] {
  const n = Math.min(rows.length, SAMPLE);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = rows[i]?.[col];
  return out;
}
