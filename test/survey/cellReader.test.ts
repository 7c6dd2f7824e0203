/**
 * The scans' cell readers (survey/cellReader.ts) read every cell as parse.ts does: the same
 * answer, NaN where parse.ts says blank, NOT_READ exactly where parse.ts throws a CsError — on
 * numbers, text numbers, labels in three languages, non-answers, Excel errors and other values;
 * and a repeated text gives the same reading (the per-reader cache).
 */
import fc from "fast-check";
import { KanoReader, NOT_READ, RatingReader, SpeculativeReader } from "../../src/survey/cellReader";
import { parseKanoAnswer, parseRating } from "../../src/survey/parse";
import type { Answer, Scale } from "../../src/survey/types";

const CELLS: readonly unknown[] = [
  0,
  -0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  10,
  11,
  2.5,
  -1,
  -2,
  100,
  NaN,
  Infinity,
  -Infinity,
  "",
  " ",
  "N/A",
  "-",
  "不知道",
  "NS/NC",
  "4",
  "4.0",
  "４",
  "4,5",
  "4分",
  "0",
  "11",
  "Very satisfied",
  "Satisfied",
  "非常满意",
  "Muy satisfecho",
  "5 - Very satisfied",
  "1 - Very satisfied",
  "I like it",
  "I dislike it",
  "喜欢",
  "Me gusta",
  "Lo tolero",
  "3 - I am neutral",
  "#N/A",
  "#DIV/0!",
  "bogus",
  true,
  false,
  null,
  undefined,
  {},
  [1],
];

/** parse.ts's reading as a reader's number: answer, NaN for blank, NOT_READ for a CsError. */
function viaParser(parse: () => Answer): number {
  try {
    const a = parse();
    return a === null ? NaN : a;
  } catch {
    return NOT_READ;
  }
}

const where = { row: 1, column: 1 };
const scales: Scale[] = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 0, max: 10 },
  { min: -2, max: 2 },
];

describe("cell readers = parse.ts without the messages", () => {
  test.each(scales)("RatingReader on $min–$max reads as parseRating", (scale) => {
    const reader = new RatingReader(scale);
    for (const cell of [...CELLS, ...CELLS]) {
      expect([cell, reader.read(cell)]).toEqual([cell, viaParser(() => parseRating(cell, scale, where))]);
    }
  });

  test("KanoReader reads as parseKanoAnswer", () => {
    const reader = new KanoReader();
    for (const cell of [...CELLS, ...CELLS]) {
      expect([cell, reader.read(cell)]).toEqual([cell, viaParser(() => parseKanoAnswer(cell, where))]);
    }
  });

  test("on any cells, in any order, with repeats", () => {
    const scale = { min: 1, max: 5 };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.double(), fc.string({ maxLength: 6 })), { maxLength: 30 }), (cells) => {
        const rating = new RatingReader(scale);
        const kano = new KanoReader();
        for (const cell of cells) {
          expect(rating.read(cell)).toEqual(viaParser(() => parseRating(cell, scale, where)));
          expect(kano.read(cell)).toEqual(viaParser(() => parseKanoAnswer(cell, where)));
        }
      }),
      { numRuns: 200 },
    );
  });

  test("SpeculativeReader: numbers as they are, Likert labels as 1..5, notes the range and labels", () => {
    const reader = new SpeculativeReader();
    expect([7, "4", -2, "", "N/A", "Very satisfied", "非常不满意"].map((c) => reader.read(c))).toEqual([7, 4, -2, NaN, NaN, 5, 1]);
    expect([reader.lo, reader.hi, reader.labels]).toEqual([-2, 7, 2]);
    // Not readable before the scale is known: non-finite numbers, Kano labels, numbered and unknown text.
    for (const cell of [NaN, Infinity, "I like it", "5 - Very satisfied", "bogus", true]) expect(reader.read(cell)).toBe(NOT_READ);
  });
});
