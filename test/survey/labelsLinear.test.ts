/**
 * Issue #9, first defect: one text cell could hang every worksheet function and the CLI, because
 * label normalisation used backtracking regular expressions (100,000 commas and a letter took
 * ~11 s, growing with the square of the length). The fix scans instead (src/survey/labels/text.ts).
 *
 * These tests prove the fix without timing anything:
 * - the new functions give exactly the old expressions' results, on generated inputs (fast-check)
 *   — the old implementations are kept below as the reference;
 * - the hostile inputs of the issue simply finish (jest's 5 s timeout is the backstop, not the
 *   assertion: the assertions are on the values).
 */
import fc from "fast-check";
import { classifyText, isNonAnswer, likertValue, numberFromText } from "../../src/survey/labels";
import { labelThenNumber, normalizeLabel, numberThenLabel } from "../../src/survey/labels/text";
import { detectScale, scaleFromHeader } from "../../src/survey/scale";

// ---- the reference: the implementation before the fix, verbatim ----
const OLD_APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const OLD_DASHES = /[\u2010\u2011\u2012\u2212\uFE63]/g;
const OLD_COMBINING_MARKS = /[\u0300-\u036f]/g;
const OLD_TRAILING_PUNCTUATION = /(?<=\S)[\s.,;:!?。，；：！？、…]+$/u;
const OLD_LEADING_PUNCTUATION = /^[¿¡]+/u;
function oldNormalizeLabel(text: string): string {
  let s = text.normalize("NFKC").replace(OLD_APOSTROPHES, "'").replace(OLD_DASHES, "-").toLowerCase();
  s = s.normalize("NFD").replace(OLD_COMBINING_MARKS, "").normalize("NFC");
  s = s.replace(/\s+/g, " ").trim();
  s = s.replace(OLD_LEADING_PUNCTUATION, "").replace(OLD_TRAILING_PUNCTUATION, "");
  return s;
}
const OLD_NUMBER_THEN_LABEL_RE = /^\(?([+-]?\d+(?:\.\d+)?)\)?\s*(?:[-=:.)、]\s*|\s+)(\D.*)$/;
const OLD_LABEL_THEN_NUMBER_RE = /^(.*\D)\s*\(\s*([+-]?\d+(?:\.\d+)?)\s*\)$/;
function oldNumberThenLabel(s: string): { num: string; text: string } | undefined {
  const m = OLD_NUMBER_THEN_LABEL_RE.exec(s);
  return m ? { num: m[1], text: m[2] } : undefined;
}
function oldLabelThenNumber(s: string): { num: string; text: string } | undefined {
  const m = OLD_LABEL_THEN_NUMBER_RE.exec(s);
  return m ? { num: m[2], text: m[1] } : undefined;
}
// ---- end of the reference ----

/** Strings over the characters the expressions care about (short: the reference is quadratic). */
const PIECES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\u3000",
  "\u00a0",
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "。",
  "，",
  "；",
  "：",
  "！",
  "？",
  "、",
  "…",
  "¿",
  "¡",
  "(",
  ")",
  "（",
  "）",
  "-",
  "=",
  "+",
  "1",
  "4",
  "5",
  "10",
  "4.5",
  "a",
  "É",
  "é",
  "Ｓ",
  "’",
  "‐",
  "\u2028",
  "Very",
  "satisfied",
  "满意",
  "muy",
  "分",
  "x",
];
const labelish = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(""));
const anyText = fc.oneof(labelish, fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 12 }));

describe("issue #9: normalizeLabel is a linear scan with the old results", () => {
  test("same as the old normaliser on generated labels", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeLabel(s)).toBe(oldNormalizeLabel(s));
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ["  Very   SATISFIED. ", "very satisfied"],
    ["非常满意！", "非常满意"],
    ["¿Muy satisfecho?", "muy satisfecho"],
    ["?!", "?"], // all punctuation: the first character survives, as before
    ["。。。", "。"],
    ["-", "-"],
    ["¡ !", " !"],
    ["Satisfied , .", "satisfied"],
    ["", ""],
  ])("%j → %j (as before)", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
    expect(oldNormalizeLabel(input)).toBe(expected);
  });

  test("100,000 commas followed by a letter finish and keep every comma", () => {
    const cell = ",".repeat(100_000) + "a";
    expect(normalizeLabel(cell)).toBe(cell);
    expect(classifyText(cell)).toEqual({ kind: "unknown" });
  });

  test("200,000 '。' finish and keep one", () => {
    const cell = "。".repeat(200_000);
    expect(normalizeLabel(cell)).toBe("。");
    expect(classifyText(cell)).toEqual({ kind: "unknown" });
    expect(isNonAnswer(cell)).toBe(false);
  });

  test("a label followed by 100,000 full stops is still the label", () => {
    expect(likertValue("Very satisfied" + ".".repeat(100_000))).toBe(5);
    expect(likertValue("Very satisfied" + " .".repeat(50_000))).toBe(5);
  });
});

describe("issue #9: 'number with a label' shapes are linear scans with the old results", () => {
  const shaped = fc
    .tuple(fc.constantFrom("", "(", "((", "a", " "), fc.constantFrom("", "+", "-"), fc.constantFrom("4", "10", "4.5", "4.", "x"), labelish)
    .map(([a, b, c, d]) => a + b + c + d);
  const tailShaped = fc
    .tuple(
      labelish,
      fc.constantFrom("(", " (", "\n(", "1(", "a  ("),
      fc.constantFrom(" ", "", "\n"),
      fc.constantFrom("4", "-4", "4.5", "x"),
      fc.constantFrom(")", " )", ") ", "", "\n)"),
    )
    .map(([a, b, c, d, e]) => a + b + c + d + e);

  test("numberThenLabel = old /^\\(?(num)\\)?\\s*(?:[-=:.)、]\\s*|\\s+)(\\D.*)$/", () => {
    fc.assert(
      fc.property(fc.oneof(shaped, labelish, anyText), (s) => {
        expect(numberThenLabel(s)).toEqual(oldNumberThenLabel(s));
      }),
      { numRuns: 200 },
    );
  });

  test("labelThenNumber = old /^(.*\\D)\\s*\\(\\s*(num)\\s*\\)$/", () => {
    fc.assert(
      fc.property(fc.oneof(tailShaped, labelish, anyText), (s) => {
        expect(labelThenNumber(s)).toEqual(oldLabelThenNumber(s));
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ["5 - very satisfied", { num: "5", text: "very satisfied" }],
    ["(4) satisfied", { num: "4", text: "satisfied" }],
    ["4、满意", { num: "4", text: "满意" }],
    ["4.5.x", { num: "4.5", text: "x" }],
    ["(4)) x", { num: "4", text: "x" }],
  ])("numberThenLabel(%j)", (s, expected) => {
    expect(numberThenLabel(s)).toEqual(expected);
    expect(oldNumberThenLabel(s)).toEqual(expected);
  });

  test.each([
    ["satisfied (4)", { num: "4", text: "satisfied " }],
    ["a\n(1)", { num: "1", text: "a\n" }],
    ["x((4)", { num: "4", text: "x(" }],
  ])("labelThenNumber(%j)", (s, expected) => {
    expect(labelThenNumber(s)).toEqual(expected);
    expect(oldLabelThenNumber(s)).toEqual(expected);
  });

  test("hostile shapes of 100,000 characters finish", () => {
    const spaces = " ".repeat(100_000);
    expect(labelThenNumber("a" + spaces + "x")).toBeUndefined();
    expect(labelThenNumber("1" + spaces + "(1")).toBeUndefined();
    expect(numberThenLabel("1" + spaces + "\n")).toEqual({ num: "1", text: "\n" }); // `\D` takes the line break
    expect(numberThenLabel("1" + spaces + "\nx\n")).toBeUndefined();
    expect(oldNumberThenLabel("1    \nx\n")).toBeUndefined();
    expect(numberThenLabel("1" + spaces + "x")).toEqual({ num: "1", text: "x" });
    expect(labelThenNumber("(".repeat(100_000))).toBeUndefined();
    expect(labelThenNumber("a(1".repeat(33_000))).toBeUndefined();
    expect(numberThenLabel("5 - " + "a".repeat(100_000))).toEqual({ num: "5", text: "a".repeat(100_000) });
    // "1" then the separator "." and a label of full stops, as the old expression read it.
    expect(numberThenLabel("1" + ".".repeat(100_000) + "1")).toEqual({ num: "1", text: ".".repeat(99_999) + "1" });
    // A cell longer than any answer wording is unknown text (an issue), never "5" from its first character.
    expect(classifyText("5 - " + "a".repeat(100_000))).toEqual({ kind: "unknown" });
    expect(classifyText("1" + ".".repeat(100_000) + "1")).toEqual({ kind: "unknown" });
    expect(classifyText(" ".repeat(100_000) + "Very satisfied" + " ".repeat(100_000))).toEqual({ kind: "label", likert: 5 });
    expect(oldNumberThenLabel("1....1")).toEqual({ num: "1", text: "...1" });
  });
});

describe("issue #9: the other text rules finish on hostile cells", () => {
  test("numbers, scales and headers of 100,000 characters", () => {
    expect(numberFromText("1" + " ".repeat(100_000) + "x")).toBeNaN();
    expect(numberFromText("1".repeat(100_000) + "x")).toBeNaN();
    expect(numberFromText("4" + " ".repeat(100_000) + "分")).toBe(4);
    expect(scaleFromHeader("1" + " ".repeat(100_000) + "x")).toBeUndefined();
    expect(scaleFromHeader("Q1 " + "1 ".repeat(50_000) + "(1-7)")).toEqual({ min: 1, max: 7 });
    expect(detectScale([",".repeat(100_000) + "a", "。".repeat(200_000), 4])).toEqual({ min: 1, max: 5, source: "values" });
  });
});
