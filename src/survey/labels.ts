/**
 * Answer labels in English, Simplified Chinese and Spanish, and the one normalisation every
 * label lookup goes through. Labels only ever give numbers 1..5: the Likert labels are read on
 * 5-point scales (see parse.ts), the Kano labels are the Kano answer codes (Berger et al. 1993).
 */
import { LANGUAGES, type Language } from "../i18n/languages";
import { DASHES, labelThenNumber, normalizeLabel, numberThenLabel } from "./labels/text";
import type { KanoAnswer } from "./types";

export type LabelLanguage = Language;
export type FivePoint = 1 | 2 | 3 | 4 | 5;

/** One point of a labelled scale with its wordings per language (first wording = canonical). */
export interface LabelEntry<V extends number> {
  readonly value: V;
  readonly en: readonly string[];
  readonly "zh-CN": readonly string[];
  readonly es: readonly string[];
}

export { normalizeLabel, numberThenLabel, labelThenNumber, type NumberAndLabel } from "./labels/text";

/** 5-point satisfaction scale. */
export const SATISFACTION_LABELS: readonly LabelEntry<FivePoint>[] = [
  {
    value: 1,
    en: ["Very dissatisfied", "Extremely dissatisfied", "Completely dissatisfied", "Very unsatisfied"],
    "zh-CN": ["非常不满意", "很不满意", "极不满意", "十分不满意"],
    es: ["Muy insatisfecho", "Muy insatisfecha", "Totalmente insatisfecho", "Totalmente insatisfecha"],
  },
  {
    value: 2,
    en: ["Dissatisfied", "Somewhat dissatisfied", "Unsatisfied", "Fairly dissatisfied"],
    "zh-CN": ["不满意", "比较不满意", "不太满意", "较不满意"],
    es: ["Insatisfecho", "Insatisfecha", "Algo insatisfecho", "Algo insatisfecha", "Poco satisfecho", "Poco satisfecha"],
  },
  {
    value: 3,
    en: ["Neutral", "Neither satisfied nor dissatisfied", "Neither dissatisfied nor satisfied"],
    "zh-CN": ["一般", "中立", "中等"],
    es: ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha", "Neutral", "Neutro"],
  },
  {
    value: 4,
    en: ["Satisfied", "Somewhat satisfied", "Fairly satisfied"],
    "zh-CN": ["满意", "比较满意", "较满意"],
    es: ["Satisfecho", "Satisfecha", "Algo satisfecho", "Algo satisfecha", "Bastante satisfecho", "Bastante satisfecha"],
  },
  {
    value: 5,
    en: ["Very satisfied", "Extremely satisfied", "Completely satisfied"],
    "zh-CN": ["非常满意", "很满意", "十分满意"],
    es: ["Muy satisfecho", "Muy satisfecha", "Totalmente satisfecho", "Totalmente satisfecha"],
  },
];

/** 5-point agreement scale. */
export const AGREEMENT_LABELS: readonly LabelEntry<FivePoint>[] = [
  {
    value: 1,
    en: ["Strongly disagree", "Completely disagree"],
    "zh-CN": ["非常不同意", "完全不同意", "很不同意"],
    es: ["Totalmente en desacuerdo", "Muy en desacuerdo"],
  },
  {
    value: 2,
    en: ["Disagree", "Somewhat disagree", "Tend to disagree"],
    "zh-CN": ["不同意", "比较不同意", "不太同意"],
    es: ["En desacuerdo", "Algo en desacuerdo"],
  },
  {
    value: 3,
    en: ["Neither agree nor disagree", "Neither disagree nor agree", "Neutral"],
    "zh-CN": ["一般", "中立"],
    es: ["Ni de acuerdo ni en desacuerdo", "Neutral", "Neutro"],
  },
  {
    value: 4,
    en: ["Agree", "Somewhat agree", "Tend to agree"],
    "zh-CN": ["同意", "比较同意"],
    es: ["De acuerdo", "Algo de acuerdo"],
  },
  {
    value: 5,
    en: ["Strongly agree", "Completely agree"],
    "zh-CN": ["非常同意", "完全同意", "很同意"],
    es: ["Totalmente de acuerdo", "Muy de acuerdo"],
  },
];

/**
 * 5-point importance scale. "Very important" is read as 5 (like "非常重要", "Muy importante");
 * on the Vagias scale (… very, extremely important) it would be 4 — use numbers there.
 */
export const IMPORTANCE_LABELS: readonly LabelEntry<FivePoint>[] = [
  {
    value: 1,
    en: ["Not at all important", "Not important at all", "Very unimportant", "Completely unimportant"],
    "zh-CN": ["非常不重要", "完全不重要", "很不重要", "一点也不重要"],
    es: ["Nada importante", "Muy poco importante", "Sin importancia"],
  },
  {
    value: 2,
    en: ["Not important", "Unimportant", "Slightly important", "Not very important", "Of little importance"],
    "zh-CN": ["不重要", "不太重要", "比较不重要"],
    es: ["Poco importante", "No importante", "No es importante"],
  },
  {
    value: 3,
    en: ["Moderately important", "Neither important nor unimportant", "Neutral"],
    "zh-CN": ["一般", "中立", "一般重要"],
    es: ["Moderadamente importante", "Neutral", "Neutro"],
  },
  {
    value: 4,
    en: ["Important", "Fairly important", "Quite important"],
    "zh-CN": ["重要", "比较重要"],
    es: ["Importante", "Bastante importante"],
  },
  {
    value: 5,
    en: ["Very important", "Extremely important"],
    "zh-CN": ["非常重要", "很重要", "极其重要"],
    es: ["Muy importante", "Extremadamente importante", "Sumamente importante"],
  },
];

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
export const KANO_LABELS: readonly LabelEntry<KanoAnswer>[] = [
  {
    value: 1,
    en: ["I like it", "Like", "I like it that way", "I would like it", "It would please me", "I'd like it", "I like it very much"],
    "zh-CN": ["喜欢", "我喜欢", "很喜欢", "非常喜欢", "我很喜欢", "我喜欢这样"],
    es: ["Me gusta", "Me gustaría", "Me gusta así", "Me gusta de esa forma", "Me gusta de esta forma"],
  },
  {
    value: 2,
    en: [
      "I expect it",
      "It must be that way",
      "Must be",
      "Must-be",
      "Expect",
      "I expect it that way",
      "It must be like that",
      "It should be that way",
      "Expected",
      "I expect it to be this way",
      "I am expecting it to be that way",
      "I take it for granted",
      "It should be so",
    ],
    "zh-CN": ["理所当然", "必须这样", "必须的", "应该的", "本该如此", "必备", "期望", "理应如此", "它理应如此"],
    es: ["Lo espero", "Debe ser así", "Debería ser así", "Es lo esperado", "Lo doy por hecho", "Debe ser de esa forma", "Debe ser de esta forma"],
  },
  {
    value: 3,
    en: ["I am neutral", "Neutral", "I'm neutral", "I don't care", "I feel neutral", "It doesn't matter", "Indifferent", "I have no feeling about it"],
    "zh-CN": ["无所谓", "中立", "没感觉", "一般"],
    es: ["Me es indiferente", "Neutral", "Indiferente", "Me da igual", "Neutro"],
  },
  {
    value: 4,
    en: [
      "I can live with it",
      "Live with",
      "Live with it",
      "I can tolerate it",
      "Tolerate",
      "I can accept it",
      "I can live with it that way",
      "I can live with it this way",
      "I can accept it to be that way",
      "I reluctantly accept it",
      "I barely accept it",
      "Reluctantly accept it",
    ],
    "zh-CN": ["能忍受", "可以忍受", "勉强接受", "能接受", "可以接受", "忍受"],
    es: ["Puedo tolerarlo", "Lo tolero", "Puedo vivir con ello", "Lo puedo tolerar", "Lo acepto", "Tolerable"],
  },
  {
    value: 5,
    en: ["I dislike it", "Dislike", "I don't like it", "I dislike it that way", "I do not like it", "I dislike it this way", "Do not like it"],
    "zh-CN": ["不喜欢", "我不喜欢", "很不喜欢", "非常不喜欢", "我不喜欢这样"],
    es: ["No me gusta", "Me disgusta", "No me gustaría", "Me disgusta de esa forma", "Me disgusta de esta forma"],
  },
];

/** Answers that mean "no answer": read as blank wherever they appear. */
export const NON_ANSWER_LABELS: Readonly<Record<LabelLanguage, readonly string[]>> = {
  en: [
    "",
    "N/A",
    "NA",
    "n.a.",
    "N.A",
    "Not applicable",
    "Don't know",
    "Dont know",
    "Do not know",
    "DK",
    "DK/NA",
    "Prefer not to say",
    "Prefer not to answer",
    "No answer",
    "Refused",
    "nan",
    "null",
    "-",
    "--",
    "—",
    "–",
  ],
  "zh-CN": ["不适用", "不知道", "无", "不清楚", "拒答", "拒绝回答", "无法回答", "无法评价", "不了解", "没用过", "未使用"],
  es: [
    "NS/NC",
    "NS",
    "NC",
    "No sabe",
    "No aplica",
    "No sabe/No contesta",
    "No sabe / No contesta",
    "No contesta",
    "No responde",
    "Prefiero no responder",
    "Prefiero no contestar",
    "N/D",
    "No sé",
  ],
};

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
