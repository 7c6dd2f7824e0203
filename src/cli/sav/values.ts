/**
 * From a variable's stored values to the cells the survey reader sees: missing values blank,
 * dates as ISO text, labelled codes as their labels — unless the labels only anchor a numeric
 * scale (0 = "Not at all likely" … 10 = "Extremely likely"), where the numbers are the answers.
 */
import type { SavMissing, SavVariable } from "./dictionary";

/** Print format type codes of dates and date-times (PSPP "System File Format": Variable Record). */
const DATE_FORMATS = new Set([20, 23, 24, 28, 29, 30, 38, 39]); // DATE ADATE JDATE MOYR QYR WKYR EDATE SDATE
const DATETIME_FORMATS = new Set([22, 41]); // DATETIME YMDHMS
/** Seconds from SPSS's day zero, 14 October 1582 (the first Gregorian day), to 1970-01-01. */
const SPSS_EPOCH_OFFSET = 12_219_379_200;

export function isMissing(value: number | string, missing: SavMissing): boolean {
  if (missing.values.includes(value)) return true;
  if (missing.range && typeof value === "number") return value >= missing.range[0] && value <= missing.range[1];
  return false;
}

/**
 * A date or date-time variable's value (seconds since 1582-10-14) as ISO text; undefined when it
 * is no date JS can represent (a damaged value stays the number it is).
 */
export function spssDateText(seconds: number, withTime: boolean): string | undefined {
  const ms = Math.round((seconds - SPSS_EPOCH_OFFSET) * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return undefined;
  const iso = new Date(ms).toISOString();
  return withTime ? iso.slice(0, 19) : iso.slice(0, 10);
}

export function dateKind(v: SavVariable): "date" | "datetime" | undefined {
  if (v.width !== 0) return undefined;
  if (DATE_FORMATS.has(v.format)) return "date";
  if (DATETIME_FORMATS.has(v.format)) return "datetime";
  return undefined;
}

/**
 * Whether a numeric variable's cells become its label texts. Yes when every valid value that
 * occurs has a label and the labels are not mere anchors; anchors = at most 3 labelled codes
 * (missing codes aside), integers that leave integers between them unlabelled (0 and 10 of 0–10;
 * 1, 4 and 7 of 1–7). More labels with a gap are a labelled scale plus codes such as an
 * undeclared 9 = "Don't know", which as text the survey reader takes for a non-answer (blank).
 * Otherwise the column stays numeric, its labels only in the layout.
 */
export function usesLabelText(v: SavVariable, observed: ReadonlySet<number>): boolean {
  if (v.width !== 0 || v.valueLabels.size === 0 || dateKind(v)) return false;
  const codes = [...v.valueLabels.keys()].filter((k): k is number => typeof k === "number" && !isMissing(k, v.missing));
  if (codes.length === 0) return false;
  for (const x of observed) if (!v.valueLabels.has(x)) return false;
  if (codes.every(Number.isInteger)) {
    const lo = Math.min(...codes);
    const hi = Math.max(...codes);
    if (codes.length <= 3 && hi - lo + 1 > codes.length) return false; // the labels anchor a scale
  }
  return true;
}

/** The valid (not missing) numeric values a variable takes, for `usesLabelText`. */
export function observedValues(values: Iterable<number | string | null>, v: SavVariable): Set<number> {
  const out = new Set<number>();
  for (const x of values) if (typeof x === "number" && !isMissing(x, v.missing)) out.add(x);
  return out;
}

/** Value labels as the layout carries them: code text → label ("1" → "Very dissatisfied"). */
export function labelRecord(v: SavVariable): Record<string, string> | undefined {
  if (v.valueLabels.size === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [k, label] of v.valueLabels) out[String(k)] = label;
  return out;
}
