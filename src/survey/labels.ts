/**
 * Answer labels in every language (each language pack's `answers`, src/i18n/<lang>/answers.ts),
 * and the one normalisation every label lookup goes through. Labels only ever give numbers 1..5:
 * the Likert labels are read on 5-point scales (see parse.ts), the Kano labels are the Kano answer
 * codes (Berger et al. 1993).
 */
import { LANGUAGES, packOf, type Language } from "../i18n/languages";
import type { AnswerWordings } from "../i18n/pack";
import { DASHES, labelThenNumber, normalizeLabel, numberThenLabel } from "./labels/text";
import type { KanoAnswer } from "./types";

export type LabelLanguage = Language;
export type FivePoint = 1 | 2 | 3 | 4 | 5;

/** One point of a labelled scale with its wordings per language (first wording = canonical). */
export type LabelEntry<V extends number> = { readonly value: V } & Readonly<Record<LabelLanguage, readonly string[]>>;

/** The points 1..5 of a scale with every pack's wordings of them. */
function entries<V extends number>(scale: Exclude<keyof AnswerWordings, "nonAnswers" | "sets">): readonly LabelEntry<V>[] {
  return [1, 2, 3, 4, 5].map((value) => {
    const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, packOf(lang).answers[scale][value - 1] ?? []]));
    return { value, ...words } as LabelEntry<V>;
  });
}

export { normalizeLabel, numberThenLabel, labelThenNumber, type NumberAndLabel } from "./labels/text";

/** 5-point satisfaction scale. */
export const SATISFACTION_LABELS: readonly LabelEntry<FivePoint>[] = entries("satisfaction");

/** 5-point agreement scale. */
export const AGREEMENT_LABELS: readonly LabelEntry<FivePoint>[] = entries("agreement");

/**
 * 5-point importance scale. "Very important" is read as 5 (like "非常重要", "Muy importante");
 * on the Vagias scale (… very, extremely important) it would be 4 — use numbers there.
 */
export const IMPORTANCE_LABELS: readonly LabelEntry<FivePoint>[] = entries("importance");

/**
 * Kano answers (Berger et al. 1993 wording first): 1 like … 5 dislike. Further wordings as
 * published: Matzler & Hinterhuber 1998 and Löfgren & Witell 2008 ("I am expecting it to be that
 * way", "I can accept it to be that way"), Chen 2020 ("I take it for granted", "I have no feeling
 * about it", "I reluctantly/barely accept it"), agilesoftwaredevelopment.com ("… this way");
 * Chinese 非常喜欢 / 理应如此 / 无所谓 / 勉强接受 / 很不喜欢 (widely used Chinese Kano form, e.g.
 * Sci. Rep. 2025 s41598-025-91077-x Table 2 in translation); Spanish "Me gusta de esa forma / Debe
 * ser de esa forma / Neutral / Tolerable / Me disgusta de esa forma" (a Spanish Kano questionnaire
 * example, kupdf "Ejemplo Modelo Kano").
 */
export const KANO_LABELS: readonly LabelEntry<KanoAnswer>[] = entries("kano");

/** Answers that mean "no answer": read as blank wherever they appear. */
export const NON_ANSWER_LABELS: Readonly<Record<LabelLanguage, readonly string[]>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, packOf(lang).answers.nonAnswers]),
) as Record<LabelLanguage, readonly string[]>;

function buildMap<V extends number>(sets: readonly (readonly LabelEntry<V>[])[]): Map<string, V> {
  const map = new Map<string, V>();
  for (const set of sets) {
    for (const entry of set) {
      for (const lang of LANGUAGES) {
        for (const label of entry[lang]) {
          const key = normalizeLabel(label);
          const prior = map.get(key);
          if (prior !== undefined && prior !== entry.value) {
            throw new Error(`label '${label}' means both ${prior} and ${entry.value}`);
          }
          map.set(key, entry.value);
        }
      }
    }
  }
  return map;
}

const LIKERT_MAP = buildMap([SATISFACTION_LABELS, AGREEMENT_LABELS, IMPORTANCE_LABELS]);
const KANO_MAP = buildMap([KANO_LABELS]);
const NON_ANSWER_SET = new Set(LANGUAGES.flatMap((lang) => NON_ANSWER_LABELS[lang].map(normalizeLabel)));

/** Likert label → 1..5 on a 5-point scale, or undefined. */
export function likertValue(text: string): FivePoint | undefined {
  return LIKERT_MAP.get(normalizeLabel(text));
}

/** Kano answer label → 1..5 (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike), or undefined. */
export function kanoValue(text: string): KanoAnswer | undefined {
  return KANO_MAP.get(normalizeLabel(text));
}

/** True for blank text and the known non-answers ("N/A", "不知道", "NS/NC", "-", …). */
export function isNonAnswer(text: string): boolean {
  return NON_ANSWER_SET.has(normalizeLabel(text));
}

/**
 * What a text cell says, decided once per distinct string (cached): blank/non-answer, a number,
 * a Likert and/or Kano label, a number with a label ("5 - Very satisfied", "Satisfied (4)"),
 * an Excel error value, or unknown text.
 */
export type TextMeaning =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "label"; readonly likert?: FivePoint; readonly kano?: KanoAnswer }
  | { readonly kind: "numbered"; readonly value: number; readonly likert?: FivePoint; readonly kano?: KanoAnswer }
  | { readonly kind: "excelError" }
  | { readonly kind: "unknown" };

const BLANK: TextMeaning = { kind: "blank" };
const UNKNOWN: TextMeaning = { kind: "unknown" };
const EXCEL_ERROR: TextMeaning = { kind: "excelError" };

const EXCEL_ERROR_RE = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!|GETTING_DATA)$/i;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA_RE = /^[+-]?\d+,\d+$/;
const POINTS_RE = /^([+-]?\d+(?:\.\d+)?)\s*分$/; // "4分" (Chinese "4 points")

/** Number in text: "4", "4.0", "+4", "4,5" (decimal comma), "４" (NFKC), "4分"; NaN when none. */
export function numberFromText(text: string): number {
  const s = text.normalize("NFKC").replace(DASHES, "-").trim();
  if (NUMBER_RE.test(s)) return Number(s);
  if (DECIMAL_COMMA_RE.test(s)) return Number(s.replace(",", "."));
  const points = POINTS_RE.exec(s);
  if (points) return Number(points[1]);
  return NaN;
}

function labelMeaning(norm: string): { likert?: FivePoint; kano?: KanoAnswer } | undefined {
  const likert = LIKERT_MAP.get(norm);
  const kano = KANO_MAP.get(norm);
  if (likert === undefined && kano === undefined) return undefined;
  const m: { likert?: FivePoint; kano?: KanoAnswer } = {};
  if (likert !== undefined) m.likert = likert;
  if (kano !== undefined) m.kano = kano;
  return m;
}

/**
 * Longer than any answer wording or number with a label (the longest known are ~60 characters):
 * such a cell is read as unknown text at once, so one megabyte-long cell costs a trim, not the
 * normaliser's passes on every function call (issue #9's 50 ms guard, scripts/bench-hostile.ts).
 */
export const MAX_ANSWER_CHARS = 1000;

function classify(raw: string): TextMeaning {
  const trimmed = raw.trim();
  if (trimmed === "") return BLANK;
  if (trimmed.length > MAX_ANSWER_CHARS) return UNKNOWN;
  if (EXCEL_ERROR_RE.test(trimmed)) return EXCEL_ERROR;
  const n = numberFromText(trimmed);
  if (!Number.isNaN(n)) return { kind: "number", value: n };
  const norm = normalizeLabel(trimmed);
  if (NON_ANSWER_SET.has(norm)) return BLANK;
  const label = labelMeaning(norm);
  if (label) return { kind: "label", ...label };
  // Linear scans (labels/text.ts), not backtracking expressions: a cell can be 100,000 characters.
  const parts = numberThenLabel(norm) ?? labelThenNumber(norm);
  if (parts) {
    const value = Number(parts.num);
    const text = normalizeLabel(parts.text);
    return { kind: "numbered", value, ...(labelMeaning(text) ?? {}) };
  }
  return UNKNOWN;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, TextMeaning>();

/** Classifies a text cell; results are cached per distinct string (bounded). */
export function classifyText(raw: string): TextMeaning {
  let m = cache.get(raw);
  if (m === undefined) {
    m = classify(raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, m);
  }
  return m;
}
