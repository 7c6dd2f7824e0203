import fc from "fast-check";
import { CsError } from "../../src/engine/errors";
import { displayValue, parseKanoAnswer, parseMatrix, parseMatrixLenient, parseNpsScore, parseRating, parseWeight, ratingParser } from "../../src/survey/parse";

const AT = { row: 14, column: 3 };
const FIVE = { min: 1, max: 5 };
const SEVEN = { min: 1, max: 7 };
const ELEVEN = { min: 0, max: 10 };

/** Runs fn and returns the CsError it throws (fails the test when it does not throw one). */
function errorOf(fn: () => unknown): CsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsError) return e;
    throw e;
  }
  throw new Error("expected a CsError");
}

describe("parseRating", () => {
  test("numbers on the scale are answers (fractions too)", () => {
    for (const x of [1, 2, 3, 4, 5, 3.5]) expect(parseRating(x, FIVE, AT)).toBe(x);
    expect(parseRating(7, SEVEN, AT)).toBe(7);
  });

  test("numeric text, full-width digits and '4.0' are answers", () => {
    expect(parseRating("4", FIVE, AT)).toBe(4);
    expect(parseRating("4.0", FIVE, AT)).toBe(4);
    expect(parseRating("４", FIVE, AT)).toBe(4);
    expect(parseRating(" ５ ", FIVE, AT)).toBe(5);
    expect(parseRating("4分", FIVE, AT)).toBe(4);
    expect(parseRating("3,5", FIVE, AT)).toBe(3.5);
  });

  test("labels in three languages map on 5-point scales", () => {
    expect(parseRating("Very satisfied", FIVE, AT)).toBe(5);
    expect(parseRating("非常不满意", FIVE, AT)).toBe(1);
    expect(parseRating("Ni satisfecho ni insatisfecho", FIVE, AT)).toBe(3);
    expect(parseRating("Totalmente de acuerdo", FIVE, AT)).toBe(5);
    expect(parseRating("重要", FIVE, AT)).toBe(4);
  });

  test("labels on a 0–4 scale map to min + (label − 1)", () => {
    expect(parseRating("Very dissatisfied", { min: 0, max: 4 }, AT)).toBe(0);
    expect(parseRating("Very satisfied", { min: 0, max: 4 }, AT)).toBe(4);
  });

  test("rule: a label on a scale that is not 5-point is an error", () => {
    const e = errorOf(() => parseRating("Very satisfied", SEVEN, AT));
    expect(e.message).toBe("row 14, column 3: 'Very satisfied' is a 5-point label, not an answer on the 1–7 scale");
    expect(e.code).toBe("value");
  });

  test("number with label: '5 - Very satisfied' is 5, a disagreeing pair is an error", () => {
    expect(parseRating("5 - Very satisfied", FIVE, AT)).toBe(5);
    expect(parseRating("Satisfied (4)", FIVE, AT)).toBe(4);
    expect(parseRating("7 = Excellent", SEVEN, AT)).toBe(7);
    expect(errorOf(() => parseRating("5 - Very dissatisfied", FIVE, AT)).message).toBe(
      "row 14, column 3: '5 - Very dissatisfied' has a number and a label that disagree",
    );
  });

  test.each(["", "   ", null, undefined, "N/A", "n/a", "DK", "不适用", "不知道", "NS/NC", "No aplica", "-", "—"])(
    "rule: blank and non-answer %j read as null",
    (cell) => {
      expect(parseRating(cell, FIVE, AT)).toBeNull();
    },
  );

  test("rule: 0 outside the scale is blank (Excel's empty cell), 0 on a 0–10 scale is an answer", () => {
    expect(parseRating(0, FIVE, AT)).toBeNull();
    expect(parseRating("0", FIVE, AT)).toBeNull();
    expect(parseRating(-0, FIVE, AT)).toBeNull();
    expect(parseRating(0, ELEVEN, AT)).toBe(0);
    expect(parseRating("0", ELEVEN, AT)).toBe(0);
  });

  test("the message from the design, exactly", () => {
    const e = errorOf(() => parseRating("Very satisifed", FIVE, AT));
    expect(e.message).toBe("row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale");
    expect(e.code).toBe("value");
    expect(e.row).toBe(14);
    expect(e.column).toBe(3);
  });

  test.each<[unknown, string]>([
    [6, "'6' is not an answer on the 1–5 scale"],
    [-1, "'-1' is not an answer on the 1–5 scale"],
    [5.01, "'5.01' is not an answer on the 1–5 scale"],
    ["6", "'6' is not an answer on the 1–5 scale"],
    [NaN, "'NaN' is not an answer on the 1–5 scale"],
    [Infinity, "'Infinity' is not an answer on the 1–5 scale"],
    [-Infinity, "'-Infinity' is not an answer on the 1–5 scale"],
    [1e308, "'1e+308' is not an answer on the 1–5 scale"],
    [true, "'TRUE' is not an answer on the 1–5 scale"],
    [false, "'FALSE' is not an answer on the 1–5 scale"],
    ["#N/A", "'#N/A' is an Excel error, not an answer on the 1–5 scale"],
    ["#VALUE!", "'#VALUE!' is an Excel error, not an answer on the 1–5 scale"],
    ["I like it", "'I like it' is a Kano answer, not an answer on the 1–5 scale"],
    ["?", "'?' is not an answer on the 1–5 scale"],
    [{ a: 1 }, `'{"a":1}' is not an answer on the 1–5 scale`],
    [[4], "'[4]' is not an answer on the 1–5 scale"],
  ])("every error names row, column and value: %j", (cell, text) => {
    const e = errorOf(() => parseRating(cell, FIVE, AT));
    expect(e.message).toBe(`row 14, column 3: ${text}`);
    expect(e.code).toBe("value");
    expect([e.row, e.column]).toEqual([14, 3]);
  });

  test("long values are shown truncated to 40 characters", () => {
    const long = "This answer is far too long to be shown in full in a message";
    const e = errorOf(() => parseRating(long, FIVE, AT));
    const shown = displayValue(long);
    expect(shown).toHaveLength(40);
    expect(shown.endsWith("…")).toBe(true);
    expect(e.message).toBe(`row 14, column 3: '${shown}' is not an answer on the 1–5 scale`);
  });
});

describe("parseKanoAnswer", () => {
  test("codes and labels", () => {
    expect([1, 2, 3, 4, 5].map((x) => parseKanoAnswer(x, AT))).toEqual([1, 2, 3, 4, 5]);
    expect(parseKanoAnswer("I like it", AT)).toBe(1);
    expect(parseKanoAnswer("理所当然", AT)).toBe(2);
    expect(parseKanoAnswer("Me es indiferente", AT)).toBe(3);
    expect(parseKanoAnswer("可以忍受", AT)).toBe(4);
    expect(parseKanoAnswer("No me gusta", AT)).toBe(5);
    expect(parseKanoAnswer("３", AT)).toBe(3);
    expect(parseKanoAnswer("1 - I like it", AT)).toBe(1);
  });

  test("rule: blanks, non-answers and 0 are null", () => {
    for (const c of ["", null, undefined, 0, "0", "N/A", "不知道"]) expect(parseKanoAnswer(c, AT)).toBeNull();
  });

  test.each<[unknown, string]>([
    [6, "'6' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)"],
    [2.5, "'2.5' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)"],
    ["Very satisfied", "'Very satisfied' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)"],
    ["#N/A", "'#N/A' is an Excel error, not a Kano answer"],
    ["1 - I dislike it", "'1 - I dislike it' has a number and a Kano label that disagree"],
    [true, "'TRUE' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)"],
  ])("errors name the cell: %j", (cell, text) => {
    expect(errorOf(() => parseKanoAnswer(cell, AT)).message).toBe(`row 14, column 3: ${text}`);
  });
});

describe("parseNpsScore", () => {
  test("rule: 0 is an answer on the 0–10 scale, blank is null", () => {
    expect(parseNpsScore(0, AT)).toBe(0);
    expect(parseNpsScore("0", AT)).toBe(0);
    expect(parseNpsScore("", AT)).toBeNull();
    expect(parseNpsScore(null, AT)).toBeNull();
    expect(parseNpsScore("N/A", AT)).toBeNull();
  });

  test("scores and scores with anchors", () => {
    expect(parseNpsScore(10, AT)).toBe(10);
    expect(parseNpsScore("１０", AT)).toBe(10);
    expect(parseNpsScore("10 - Extremely likely", AT)).toBe(10);
    expect(parseNpsScore("0 - Not at all likely", AT)).toBe(0);
  });

  test.each<[unknown, string]>([
    [11, "'11' is not a score on the 0–10 scale (whole numbers 0 to 10)"],
    [8.5, "'8.5' is not a score on the 0–10 scale (whole numbers 0 to 10)"],
    [-1, "'-1' is not a score on the 0–10 scale (whole numbers 0 to 10)"],
    ["Very satisfied", "'Very satisfied' is not an answer on the 0–10 scale"],
    ["#DIV/0!", "'#DIV/0!' is an Excel error, not a score on the 0–10 scale"],
  ])("errors name the cell: %j", (cell, text) => {
    expect(errorOf(() => parseNpsScore(cell, AT)).message).toBe(`row 14, column 3: ${text}`);
  });
});

describe("parseWeight", () => {
  test("finite numbers ≥ 0, numeric text too", () => {
    expect(parseWeight(1.25, AT)).toBe(1.25);
    expect(parseWeight(0, AT)).toBe(0);
    expect(parseWeight("0.8", AT)).toBe(0.8);
    expect(parseWeight("１.５", AT)).toBe(1.5);
  });

  test("rule: a blank weight is an error naming the cell", () => {
    for (const c of ["", null, undefined, "N/A"]) {
      const e = errorOf(() => parseWeight(c, AT));
      expect(e.message).toBe("row 14, column 3: the weight is blank (every respondent needs a weight)");
      expect(e.code).toBe("value");
    }
  });

  test("negative or infinite weights are #NUM!, text is #VALUE!", () => {
    expect(errorOf(() => parseWeight(-1, AT)).code).toBe("num");
    expect(errorOf(() => parseWeight(Infinity, AT)).code).toBe("num");
    expect(errorOf(() => parseWeight(NaN, AT)).code).toBe("value");
    const e = errorOf(() => parseWeight("heavy", AT));
    expect(e.code).toBe("value");
    expect(e.message).toBe("row 14, column 3: 'heavy' is not a weight (a number ≥ 0)");
  });
});

describe("parseMatrix", () => {
  test("parses a rectangular range", () => {
    expect(
      parseMatrix(
        [
          [1, "2", ""],
          ["Very satisfied", 0, "N/A"],
        ],
        ratingParser(FIVE),
      ),
    ).toEqual([
      [1, 2, null],
      [5, null, null],
    ]);
    expect(parseMatrix([], ratingParser(FIVE))).toEqual([]);
  });

  test("throws at the first bad cell with its position (origin offsets the numbers)", () => {
    const cells = [
      [1, 2],
      [3, "Very satisifed"],
      [9, 9],
    ];
    expect(errorOf(() => parseMatrix(cells, ratingParser(FIVE))).message).toBe("row 2, column 2: 'Very satisifed' is not an answer on the 1–5 scale");
    const e = errorOf(() => parseMatrix(cells, ratingParser(FIVE), { row: 13, column: 2 }));
    expect(e.message).toBe("row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale");
  });

  test("ragged rows name the row", () => {
    const e = errorOf(() =>
      parseMatrix(
        [
          [1, 2, 3],
          [1, 2, 3],
          [1, 2],
        ],
        ratingParser(FIVE),
      ),
    );
    expect(e.message).toBe("row 3: has 2 cells, expected 3");
    expect(e.row).toBe(3);
    expect(e.code).toBe("value");
    expect(errorOf(() => parseMatrix([[1], [1, 2]], parseKanoAnswer)).message).toBe("row 2: has 2 cells, expected 1");
  });

  test("Kano and NPS matrices", () => {
    expect(
      parseMatrix(
        [
          ["I like it", "No me gusta"],
          [0, "无所谓"],
        ],
        parseKanoAnswer,
      ),
    ).toEqual([
      [1, 5],
      [null, 3],
    ]);
    expect(
      parseMatrix(
        [
          [0, 10],
          ["", 7],
        ],
        parseNpsScore,
      ),
    ).toEqual([
      [0, 10],
      [null, 7],
    ]);
  });

  test("2,000,000 numeric cells parse on the fast path", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => Array.from({ length: 20 }, (_, j) => (i + j) % 6));
    const t0 = Date.now();
    const m = parseMatrix(rows, ratingParser(FIVE));
    const ms = Date.now() - t0;
    expect(m[0].slice(0, 7)).toEqual([null, 1, 2, 3, 4, 5, null]);
    expect(m[99_999][19]).toBe((99_999 + 19) % 6 || null);
    expect(ms).toBeLessThan(3000); // typically well under 200 ms
  });
});

describe("parseMatrixLenient", () => {
  test("bad cells are skipped (null), counted and listed", () => {
    const r = parseMatrixLenient(
      [
        [1, "x"],
        [6, 4],
      ],
      ratingParser(FIVE),
      { row: 2, column: 1 },
    );
    expect(r.matrix).toEqual([
      [1, null],
      [null, 4],
    ]);
    expect(r.issueCount).toBe(2);
    const onScale = (row: number, column: number, value: string) => ({ row, column, value, min: 1, max: 5 });
    expect(r.issues).toEqual([
      { row: 2, column: 2, value: "x", message: "row 2, column 2: 'x' is not an answer on the 1–5 scale", key: "notOnScale", params: onScale(2, 2, "x") },
      { row: 3, column: 1, value: "6", message: "row 3, column 1: '6' is not an answer on the 1–5 scale", key: "notOnScale", params: onScale(3, 1, "6") },
    ]);
  });

  test("ragged rows: missing cells are blank, extra cells dropped, one issue each", () => {
    const r = parseMatrixLenient([[1, 2, 3], [4], [1, 2, 3, 4]], ratingParser(FIVE));
    expect(r.matrix).toEqual([
      [1, 2, 3],
      [4, null, null],
      [1, 2, 3],
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "row 2: has 1 cell, expected 3; the missing cells are read as blank",
      "row 3: has 4 cells, expected 3; the extra cells are ignored",
    ]);
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 2],
      [3, 4],
    ]);
  });

  test("issues are listed up to maxIssues and all counted", () => {
    const r = parseMatrixLenient([["a", "b", "c", "d"]], ratingParser(FIVE), undefined, { maxIssues: 2 });
    expect(r.issueCount).toBe(4);
    expect(r.issues.map((i) => i.column)).toEqual([1, 2]);
  });
});

describe("property: parseRating returns null, an in-scale number, or throws CsError", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, undefined, null),
    fc.double(),
    fc.integer({ min: -20, max: 20 }),
    fc.object(),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.constantFrom("Very satisfied", "N/A", "#N/A", "４", "4.0", "5 - Very satisfied", "I like it", " 3 "),
  );
  const anyScale = fc.constantFrom(FIVE, SEVEN, ELEVEN, { min: 1, max: 10 }, { min: 0, max: 4 });

  test("holds for arbitrary cells", () => {
    fc.assert(
      fc.property(anyCell, anyScale, (cell, scale) => {
        let out: unknown;
        try {
          out = parseRating(cell, scale, AT);
        } catch (e) {
          return e instanceof CsError && e.code === "value" && e.message.startsWith("row 14, column 3: '");
        }
        return out === null || (typeof out === "number" && out >= scale.min && out <= scale.max);
      }),
      { numRuns: 200 },
    );
  });
});
