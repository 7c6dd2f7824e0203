import {
  AGREEMENT_LABELS,
  IMPORTANCE_LABELS,
  KANO_LABELS,
  NON_ANSWER_LABELS,
  SATISFACTION_LABELS,
  classifyText,
  isNonAnswer,
  kanoValue,
  likertValue,
  normalizeLabel,
  numberFromText,
  type LabelEntry,
} from "../../src/survey/labels";

const LANGS = ["en", "zh-CN", "es"] as const;

function everyLabel<V extends number>(set: readonly LabelEntry<V>[]): [string, string, V][] {
  return set.flatMap((e) => LANGS.flatMap((lang) => e[lang].map((l): [string, string, V] => [lang, l, e.value])));
}

describe("normalizeLabel", () => {
  test.each([
    ["  Very   SATISFIED. ", "very satisfied"],
    ["I don’t like it", "i don't like it"], // curly apostrophe
    ["I don‘t care!", "i don't care"],
    ["非常满意！", "非常满意"], // full-width "！" → "!" → stripped
    ["（１－５）", "(1-5)"], // full-width brackets and digits
    ["Región", "region"], // accents removed
    ["¿Muy satisfecho?", "muy satisfecho"],
    ["-", "-"], // punctuation-only strings are kept
    ["?", "?"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe("Likert labels → 1..5 in English, Chinese and Spanish", () => {
  test.each([
    ["Very dissatisfied", 1],
    ["非常不满意", 1],
    ["Muy insatisfecho", 1],
    ["Dissatisfied", 2],
    ["不满意", 2],
    ["Insatisfecho", 2],
    ["Neutral", 3],
    ["一般", 3],
    ["Neither satisfied nor dissatisfied", 3],
    ["Ni satisfecho ni insatisfecho", 3],
    ["中立", 3],
    ["Satisfied", 4],
    ["满意", 4],
    ["Satisfecho", 4],
    ["Very satisfied", 5],
    ["非常满意", 5],
    ["Muy satisfecho", 5],
    ["Strongly disagree", 1],
    ["非常不同意", 1],
    ["Totalmente en desacuerdo", 1],
    ["Disagree", 2],
    ["不同意", 2],
    ["En desacuerdo", 2],
    ["Neither agree nor disagree", 3],
    ["Ni de acuerdo ni en desacuerdo", 3],
    ["Agree", 4],
    ["同意", 4],
    ["De acuerdo", 4],
    ["Strongly agree", 5],
    ["非常同意", 5],
    ["Totalmente de acuerdo", 5],
    ["Not at all important", 1],
    ["非常不重要", 1],
    ["Nada importante", 1],
    ["Not important", 2],
    ["不重要", 2],
    ["Poco importante", 2],
    ["Moderately important", 3],
    ["Important", 4],
    ["重要", 4],
    ["Importante", 4],
    ["Extremely important", 5],
    ["Very important", 5],
    ["非常重要", 5],
    ["Muy importante", 5],
    // variants
    ["very satisfied.", 5],
    ["  VERY  SATISFIED ", 5],
    ["Somewhat satisfied", 4],
    ["比较满意", 4],
    ["muy satisfecha", 5],
  ])("%j = %d", (label, value) => {
    expect(likertValue(label)).toBe(value);
  });

  test("every dictionary entry maps to its own value", () => {
    for (const set of [SATISFACTION_LABELS, AGREEMENT_LABELS, IMPORTANCE_LABELS]) {
      for (const [, label, value] of everyLabel(set)) expect(likertValue(label)).toBe(value);
    }
  });

  test("each scale has five points and every language a label for each", () => {
    for (const set of [SATISFACTION_LABELS, AGREEMENT_LABELS, IMPORTANCE_LABELS, KANO_LABELS]) {
      expect(set.map((e) => e.value)).toEqual([1, 2, 3, 4, 5]);
      for (const e of set) for (const lang of LANGS) expect(e[lang].length).toBeGreaterThan(0);
    }
  });

  test("unknown and misspelt labels are not Likert answers", () => {
    expect(likertValue("Very satisifed")).toBeUndefined();
    expect(likertValue("I like it")).toBeUndefined();
  });
});

describe("Kano labels → 1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike", () => {
  test.each([
    ["I like it", 1],
    ["喜欢", 1],
    ["Me gusta", 1],
    ["I expect it", 2],
    ["It must be that way", 2],
    ["理所当然", 2],
    ["必须这样", 2],
    ["Lo espero", 2],
    ["Debe ser así", 2],
    ["I am neutral", 3],
    ["无所谓", 3],
    ["Me es indiferente", 3],
    ["Neutral", 3],
    ["I can live with it", 4],
    ["能忍受", 4],
    ["可以忍受", 4],
    ["Puedo tolerarlo", 4],
    ["Lo tolero", 4],
    ["I dislike it", 5],
    ["不喜欢", 5],
    ["No me gusta", 5],
    ["Me disgusta", 5],
    // variants: curly apostrophe, case, missing accent, trailing punctuation
    ["I don’t like it", 5],
    ["i LIKE it.", 1],
    ["Debe ser asi", 2],
    ["I'm neutral", 3],
    ["Must-be", 2],
  ])("%j = %d", (label, value) => {
    expect(kanoValue(label)).toBe(value);
  });

  test("every dictionary entry maps to its own value", () => {
    for (const [, label, value] of everyLabel(KANO_LABELS)) expect(kanoValue(label)).toBe(value);
  });
});

describe("non-answers read as blank", () => {
  test.each([
    "N/A",
    "NA",
    "n/a",
    "don't know",
    "Don't know",
    "Don’t know",
    "DK",
    "不适用",
    "不知道",
    "无",
    "NS/NC",
    "No sabe",
    "No aplica",
    "-",
    "—",
    "",
    "   ",
  ])("%j is a non-answer", (text) => {
    expect(isNonAnswer(text)).toBe(true);
    expect(classifyText(text).kind).toBe("blank");
  });

  test("every listed non-answer is recognised", () => {
    for (const lang of LANGS) for (const t of NON_ANSWER_LABELS[lang]) expect(isNonAnswer(t)).toBe(true);
  });

  test("answers are not non-answers", () => {
    expect(isNonAnswer("Neutral")).toBe(false);
    expect(isNonAnswer("I don't care")).toBe(false); // Kano neutral, not "don't know"
    expect(isNonAnswer("#N/A")).toBe(false); // an Excel error is an error, not a blank
  });
});

describe("numberFromText", () => {
  test.each([
    ["4", 4],
    ["4.0", 4],
    [" 4 ", 4],
    ["４", 4],
    ["+4", 4],
    ["4,5", 4.5],
    ["4分", 4],
    ["１０", 10],
    ["−2", -2],
    [".5", 0.5],
  ])("%j → %d", (text, value) => {
    expect(numberFromText(text)).toBe(value);
  });

  test.each(["", "four", "4 4", "1,234,5", "0x10", "Infinity", "NaN"])("%j is not a number", (text) => {
    expect(numberFromText(text)).toBeNaN();
  });
});

describe("classifyText", () => {
  test("number with a label", () => {
    expect(classifyText("5 - Very satisfied")).toEqual({ kind: "numbered", value: 5, likert: 5 });
    expect(classifyText("Satisfied (4)")).toEqual({ kind: "numbered", value: 4, likert: 4 });
    expect(classifyText("10 - Extremely likely")).toEqual({ kind: "numbered", value: 10 });
  });

  test("Excel error values", () => {
    for (const e of ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"]) {
      expect(classifyText(e).kind).toBe("excelError");
    }
  });

  test("Neutral is both a Likert and a Kano answer, both 3", () => {
    expect(classifyText("Neutral")).toEqual({ kind: "label", likert: 3, kano: 3 });
  });
});
