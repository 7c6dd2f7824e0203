/**
 * Errors of the CS worksheet functions: each rule (shape, off-scale value, unknown label, too few
 * answers, bad optional argument) gives its Excel error value with a message naming the argument,
 * the cell and the value; the runner maps CsError codes and never lets an exception escape.
 */
import { CsError, type CsErrorCode } from "../../src/engine/errors";
import { defineArgs } from "../../src/functions/args";
import { ALPHA, CSI, GAP, IMPORTANCE, IPA, KANO, LEVELS, NPS, PRIORITY, TOPBOX } from "../../src/functions/functions";
import { toExcelError, useDisplayLanguage } from "../../src/functions/errors";
import { runScalar, runSpill } from "../../src/functions/runner";
import { col, expectExcelError, fromColumns, isExcelError, row } from "./cells";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const DIV0 = "#DIV/0!";

describe("error mapping (CsError code → CustomFunctions.Error)", () => {
  test.each<[CsErrorCode, string]>([
    ["value", "#VALUE!"],
    ["num", "#NUM!"],
    ["div0", "#DIV/0!"],
    ["na", "#N/A"],
  ])("%s → %s, message kept", (code, excel) => {
    const e = toExcelError(new CsError(code, "textNotANumber", { value: "something" }, { row: 2, column: 1 }));
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e.code).toBe(excel);
    expect(e.message).toBe("row 2, column 1: 'something' is not a number");
  });

  test("ErrorCode values are Excel's", () => {
    expect([
      CustomFunctions.ErrorCode.invalidValue,
      CustomFunctions.ErrorCode.invalidNumber,
      CustomFunctions.ErrorCode.divisionByZero,
      CustomFunctions.ErrorCode.notAvailable,
    ]).toEqual(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);
  });

  test("any other exception becomes #VALUE! with its message", () => {
    expectExcelError(toExcelError(new TypeError("boom")), VALUE, "unexpected error: boom");
    expectExcelError(toExcelError("text"), VALUE, "unexpected error: text");
  });

  test("a body that throws never escapes the runner (scalar and spilled)", () => {
    const args = defineArgs("T", [{ name: "x", kind: "number", default: 1 }]);
    expectExcelError(
      runScalar(args, [1], () => {
        throw new RangeError("deep");
      }),
      VALUE,
      "deep",
    );
    expectExcelError(
      runSpill(args, [1], () => {
        throw new CsError("na", "noOverallRows");
      }),
      "#N/A",
      "no overall satisfaction rows",
    );
  });

  test("a result that is not a finite number becomes #NUM!", () => {
    const args = defineArgs("T", [{ name: "x", kind: "number", default: 1 }]);
    expectExcelError(
      runScalar(args, [1], () => NaN),
      NUM,
      "not a finite number",
    );
    const spilled = runSpill(args, [1], () => [[1, Infinity, -0]]);
    expect(spilled[0][0]).toBe(1);
    expectExcelError(spilled[0][1], NUM);
    expect(Object.is(spilled[0][2], -0)).toBe(false);
  });
});

describe("the argument table checks itself when a function is defined", () => {
  test("duplicate names, dangling references, later ranges and bad defaults throw at definition", () => {
    expect(() =>
      defineArgs("T", [
        { name: "a", kind: "scores" },
        { name: "a", kind: "scores" },
      ]),
    ).toThrow(/twice/);
    expect(() => defineArgs("T", [{ name: "w", kind: "caseWeights", of: "nope" }])).toThrow(/nope/);
    expect(() =>
      defineArgs("T", [
        { name: "a", kind: "kano", sameShapeAs: "b" },
        { name: "b", kind: "kano" },
      ]),
    ).toThrow(/after/);
    expect(() => defineArgs("T", [{ name: "r", kind: "ratings", scale: { min: "lo", max: 5 } }])).toThrow(/lo/);
    expect(() => defineArgs("T", [{ name: "n", kind: "number", default: 0, min: 1 }])).toThrow(/default/);
    expect(() => defineArgs("T", [{ name: "c", kind: "choice", values: ["a"], default: "b" }])).toThrow(/default/);
  });
});

describe("rule: mismatched shapes → #VALUE!", () => {
  test("KANO: functional and dysfunctional must have the same rows and columns", () => {
    expectExcelError(
      KANO(
        [
          [1, 1],
          [1, 1],
        ],
        [
          [5, 5, 5],
          [5, 5, 5],
        ],
      ),
      VALUE,
      "dysfunctional is 2 rows × 3 columns but functional is 2 rows × 2 columns",
    );
  });

  test("GAP: perception and expectation", () => {
    expectExcelError(GAP([[1], [2]], [[1], [2], [3]]), VALUE, "expectation is 3 rows × 1 column but perception is 2 rows × 1 column");
  });

  test("IPA / PRIORITY: the same number of attributes", () => {
    expectExcelError(IPA([[1, 2, 3]], [[1, 2]]), VALUE, "performance: 2 attributes (columns) given for the 3 of importance");
    expectExcelError(PRIORITY([[1, 2]], [[1, 2, 3]]), VALUE, "performance: 3 attributes");
  });

  test("IMPORTANCE: overall is one column with a row per respondent", () => {
    expectExcelError(IMPORTANCE(col([1, 2, 3]), col([1, 2])), VALUE, "overall: 2 rows given for the 3 rows of items");
    expectExcelError(
      IMPORTANCE(col([1, 2]), [
        [1, 2],
        [3, 4],
      ]),
      VALUE,
      "overall: must be one column",
    );
  });

  test("CSI / GAP weights: one per attribute; a block is not a list", () => {
    expectExcelError(CSI([[1, 2, 3]], [[1, 1]]), VALUE, "weights: 2 given for 3 attributes");
    expectExcelError(GAP([[1, 2]], [[1, 2]], [[1, 2, 3]], "overall"), VALUE, "weights: 3 given for 2 attributes");
    expectExcelError(
      CSI(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
      VALUE,
      "weights: give one row or one column of weights (one per attribute), not 2 rows × 2 columns",
    );
    expectExcelError(CSI([[1, 2]], [[1, ""]]), VALUE, "weights: row 1, column 2: the weight is blank: give every attribute a weight, or leave all blank");
  });

  test("case weights: one per respondent", () => {
    expectExcelError(CSI(col([1, 2, 3]), undefined, 1, 5, "range", col([1, 1])), VALUE, "case_weights: 2 given for 3 respondents");
    expectExcelError(NPS(col([9, 6]), "nps", col([1, 1, 1])), VALUE, "case_weights: 3 given for 2 respondents");
  });

  test("NPS scores: one column or one row", () => {
    expectExcelError(
      NPS([
        [9, 10],
        [6, 8],
      ]),
      VALUE,
      "give one row or one column of scores, not 2 rows × 2 columns",
    );
  });

  test("ragged rows, empty ranges and non-ranges", () => {
    expectExcelError(CSI([[1, 2], [3]]), VALUE, "row 2: has 1 cell, expected 2");
    expectExcelError(ALPHA([]), VALUE, "the range is empty");
    expectExcelError(ALPHA([[]]), VALUE, "the range is empty");
    expectExcelError(CSI(5 as unknown as unknown[][]), VALUE, "'5' is not a range of cells");
  });
});

describe("rule: a value off the scale → #VALUE! naming row, column and value", () => {
  test("the DESIGN example: row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale", () => {
    const ratings: unknown[][] = Array.from({ length: 20 }, () => [4, 5, 3]);
    ratings[13][2] = "Very satisifed";
    expectExcelError(CSI(ratings), VALUE, "row 14, column 3: 'Very satisifed' is not an answer on the 1–5 scale");
  });

  test("numbers outside the scale", () => {
    expectExcelError(
      CSI([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      VALUE,
      "row 2, column 3: '6' is not an answer on the 1–5 scale",
    );
    expectExcelError(CSI(col([10, 11]), undefined, 1, 10), VALUE, "row 2, column 1: '11' is not an answer on the 1–10 scale");
    expectExcelError(TOPBOX(col([5, -1])), VALUE, "row 2, column 1: '-1'");
    expectExcelError(NPS(col([9, 11])), VALUE, "row 2, column 1: '11' is not a score on the 0–10 scale");
    expectExcelError(NPS(col([9, 7.5])), VALUE, "'7.5' is not a score");
    expectExcelError(KANO([[1, 6]], [[5, 5]]), VALUE, "functional: row 1, column 2: '6' is not a Kano answer");
  });

  test("the argument is named when a function takes several ranges", () => {
    expectExcelError(
      GAP(
        [
          [4, 5],
          [3, 4],
        ],
        [
          [5, 4],
          [4, "bad"],
        ],
      ),
      VALUE,
      "expectation: row 2, column 2: 'bad'",
    );
    expectExcelError(IMPORTANCE(col([1, 2]), col([3, "?x"])), VALUE, "overall: row 2, column 1: '?x'");
  });

  test("booleans, NaN, Infinity and Excel error text are not answers", () => {
    expectExcelError(CSI(col([3, true])), VALUE, "row 2, column 1: 'TRUE'");
    expectExcelError(CSI(col([3, NaN])), VALUE, "row 2, column 1: 'NaN'");
    expectExcelError(CSI(col([Infinity])), VALUE, "'Infinity'");
    expectExcelError(CSI(col(["#N/A"])), VALUE, "'#N/A' is an Excel error");
  });

  test("a 5-point label on another scale is not an answer", () => {
    expectExcelError(CSI(col(["Satisfied"]), undefined, 1, 10), VALUE, "'Satisfied' is a 5-point label");
  });

  test("a performance mean off the PRIORITY scale → #NUM! (engine)", () => {
    expectExcelError(PRIORITY([[1, 1]], [[3, 6]]), NUM, "performance 6 is outside the 1–5 scale");
  });

  test("TOPBOX/LEVELS need whole-number levels → #NUM!", () => {
    expectExcelError(LEVELS(col([1, 2.5])), NUM, "2.5 is not a level of the 1–5 scale");
  });
});

describe("rule: an unknown label → #VALUE!", () => {
  test("ratings", () => {
    expectExcelError(CSI(col(["Satisfied", "Quite happy"])), VALUE, "row 2, column 1: 'Quite happy' is not an answer on the 1–5 scale");
  });

  test("Kano answers (and a satisfaction label is not a Kano answer)", () => {
    expectExcelError(KANO([["I like it"]], [["Maybe"]]), VALUE, "dysfunctional: row 1, column 1: 'Maybe' is not a Kano answer");
    expectExcelError(KANO([["Very satisfied"]], [["喜欢"]]), VALUE, "'Very satisfied' is not a Kano answer");
  });

  test("a Kano label is not a rating", () => {
    expectExcelError(CSI(col(["I like it"])), VALUE, "'I like it' is a Kano answer");
  });

  test("NPS scores and weights", () => {
    expectExcelError(NPS(col(["likely"])), VALUE, "row 1, column 1: 'likely'");
    expectExcelError(CSI([[1, 2]], [["heavy", 1]]), VALUE, "weights: row 1, column 1: 'heavy' is not a weight");
    expectExcelError(NPS(col([9, 6]), "nps", col([1, ""])), VALUE, "case_weights: row 2, column 1: the weight is blank");
  });

  test("a row of means must hold numbers", () => {
    expectExcelError(IPA([[4, "high"]], [[3, 3]]), VALUE, "importance: row 1, column 2: 'high' is not an answer on the 1–5 scale");
  });
});

describe("rule: too few answers → #DIV/0!", () => {
  test("CSI: an attribute without answers", () => {
    expectExcelError(
      CSI([
        [4, ""],
        [5, "N/A"],
      ]),
      DIV0,
      "column 2: no answers",
    );
  });

  test("NPS, TOPBOX, LEVELS: no answers at all", () => {
    expectExcelError(NPS(col(["", null, "N/A"])), DIV0, "no NPS answers");
    expectExcelError(TOPBOX(col([0, ""])), DIV0, "no answers");
    expectExcelError(LEVELS(col([null])), DIV0, "no answers");
  });

  test("ALPHA: fewer than 2 complete rows or 2 items; a total without variance", () => {
    expectExcelError(
      ALPHA([
        [1, 2],
        [3, ""],
      ]),
      DIV0,
      "at least 2 complete rows",
    );
    expectExcelError(ALPHA(col([1, 2, 3])), DIV0, "at least 2 items");
    expectExcelError(
      ALPHA([
        [3, 3],
        [3, 3],
      ]),
      DIV0,
      "zero variance",
    );
  });

  test("GAP overall: an attribute without a complete pair", () => {
    expectExcelError(GAP([[4, ""]], [[5, 3]], undefined, "overall"), DIV0, "column 2: no respondent answered both");
  });

  test("IPA/PRIORITY: no attribute with both values", () => {
    expectExcelError(IPA([[4, ""]], [["", 3]]), DIV0, "no attribute has both");
    expectExcelError(PRIORITY([[""]], [[3]]), DIV0, "no attribute has both");
  });

  test("IMPORTANCE: fewer than 2 pairs holds #DIV/0! in that item's cell; β needs more rows than items", () => {
    const out = row(
      IMPORTANCE(
        [
          [1, 1],
          [2, ""],
          [3, ""],
        ],
        col([1, 2, 3]),
      ),
    );
    expect(typeof out[0]).toBe("number");
    expectExcelError(out[1], DIV0, "column 2");
    expectExcelError(
      IMPORTANCE(
        [
          [1, 2],
          [2, 1],
        ],
        col([1, 2]),
        "beta",
      ),
      DIV0,
      "more complete rows than items",
    );
  });

  test('KANO: an attribute with only R/Q answers has its category; Better/Worse hold #DIV/0! ("" in the table)', () => {
    // Column 2: (5,1) twice → R R; column 1: (1,5), (1,5) → O O.
    const f = fromColumns([
      [1, 1],
      [5, 5],
    ]);
    const d = fromColumns([
      [5, 5],
      [1, 1],
    ]);
    expect(KANO(f, d)).toEqual([["O", "R"]]);
    expect(KANO(f, d, "total_strength")).toEqual([[1, 0]]); // (A + O + M)/N
    expect(KANO(f, d, "category_strength")).toEqual([[1, 1]]); // (2 − 0)/2
    expect(KANO(f, d, "fong")).toEqual([[true, true]]); // |2 − 0| = 2 ≥ 1.65·√(2·2/4) = 1.65
    expect(KANO(f, d, "counts")).toEqual([
      [0, 2, 0, 0, 0, 0],
      [0, 0, 0, 0, 2, 0],
    ]);
    expect(KANO(f, d, "table")).toEqual([
      [0, 2, 0, 0, 0, 0, "O", 1, -1],
      [0, 0, 0, 0, 2, 0, "R", "", ""],
    ]);
    const better = KANO(f, d, "better");
    expect(better[0][0]).toBe(1);
    expectExcelError(better[0][1], DIV0, "column 2: no A/O/M/I answers (only R/Q): Better is undefined");
    const worse = KANO(f, d, "worse");
    expect(worse[0][0]).toBe(-1);
    expectExcelError(worse[0][1], DIV0, "column 2: no A/O/M/I answers (only R/Q): Worse is undefined");
    // Q only: (1,1) and (5,5).
    expect(KANO(col([1, 5]), col([1, 5]), "table")).toEqual([[0, 0, 0, 0, 0, 2, "Q", "", ""]]);
  });
});

describe("rule: a bad optional argument → #NUM! (number) or #VALUE! (name)", () => {
  test("scale_min ≥ scale_max", () => {
    expectExcelError(CSI(col([3]), undefined, 5, 5), NUM, "scale_min 5 must be less than scale_max 5");
    expectExcelError(LEVELS(col([3]), 5, 1), NUM, "scale_min 5 must be less than scale_max 1");
    expectExcelError(PRIORITY([[1]], [[3]], 7, 2), NUM, "scale_min 7 must be less than scale_max 2");
    expectExcelError(TOPBOX(col([1]), 2, 1), NUM, "the scale minimum 1 must be less than scale_max 1");
  });

  test("boxes 0, 1.5 or more than the scale's levels", () => {
    expectExcelError(TOPBOX(col([5]), 0), NUM, "boxes: 0 must be ≥ 1");
    expectExcelError(TOPBOX(col([5]), 1.5), NUM, "boxes: 1.5 is not a whole number");
    expectExcelError(TOPBOX(col([5]), 6), NUM, "6 boxes is not between 1 and 5");
  });

  test("whole-number scales for LEVELS/TOPBOX; finite numbers everywhere", () => {
    expectExcelError(LEVELS(col([3]), 1.5, 5), NUM, "scale_min: 1.5 is not a whole number");
    expectExcelError(CSI(col([3]), undefined, 1, Infinity), NUM, "scale_max: Infinity is not a finite number");
    expectExcelError(CSI(col([3]), undefined, NaN), NUM, "scale_min: NaN is not a finite number");
    expectExcelError(CSI(col([3]), undefined, "abc" as unknown as number), VALUE, "scale_min: 'abc' is not a number");
    expect(CSI(col([3]), undefined, "1" as unknown as number, " 5 " as unknown as number)).toBe(50);
  });

  test("a crosshair that is not a finite number", () => {
    expectExcelError(IPA([[1, 2]], [[1, 2]], NaN), NUM, "crosshair: NaN is not a finite number");
    expectExcelError(IPA([[1, 2]], [[1, 2]], Infinity), NUM, "crosshair: Infinity is not a finite number");
  });

  test("threshold outside 0–1", () => {
    expectExcelError(KANO([[1]], [[5]], "category", 2), NUM, "threshold: 2 must be between 0 and 1");
  });

  test("unknown output, method or crosshair names", () => {
    expectExcelError(KANO([[1]], [[5]], "colour"), VALUE, "output: 'colour' is not known: use one of category, better");
    expectExcelError(GAP([[1]], [[1]], undefined, "total"), VALUE, "output: 'total' is not known: use one of attribute, overall");
    expectExcelError(NPS(col([9]), "score"), VALUE, "output: 'score' is not known: use one of nps, margin");
    expectExcelError(CSI(col([3]), undefined, 1, 5, "average"), VALUE, "method: 'average' is not known: use one of range, max");
    expectExcelError(IMPORTANCE(col([1, 2]), col([1, 2]), "spearman"), VALUE, "method: 'spearman' is not known");
    expectExcelError(IPA([[1]], [[1]], "average"), VALUE, "crosshair: 'average' is not known: use mean, median, midpoint or a number");
    expectExcelError(KANO([[1]], [[5]], true as unknown as string), VALUE, "output: 'TRUE' is not known");
  });

  test("the runner refuses more raw arguments than its table declares", () => {
    const args = defineArgs("T", [{ name: "x", kind: "number", default: 1 }]);
    const raw = [1, 2] as unknown as [number];
    expectExcelError(
      runScalar(args, raw, (a) => a.x),
      VALUE,
      "2 arguments given, at most 1",
    );
  });

  test("omitted optional arguments arrive as null (Excel) or undefined (JavaScript): both mean the default", () => {
    expect(CSI(col([3]), null as unknown as undefined, null as unknown as undefined, null as unknown as undefined)).toBe(50);
    expect(KANO([[1]], [[5]], null as unknown as undefined, null as unknown as undefined)).toEqual([["O"]]);
    expect(isExcelError(CSI(col([3]), undefined, "" as unknown as number))).toBe(false);
  });
});

describe("messages in Office's display language (useDisplayLanguage)", () => {
  afterEach(() => useDisplayLanguage(() => undefined));

  test("zh-CN and es: the cell, the argument and the words in the language; English when unknown", () => {
    const ragged = () => CSI([[1, 2], [3]]);
    const argument = () => IPA([[1, 2, 3]], [[1, 2]]);
    expectExcelError(ragged(), VALUE, "row 2: has 1 cell, expected 2");
    useDisplayLanguage(() => "zh-TW");
    expectExcelError(ragged(), VALUE, "第 2 行：有 1 个单元格，应为 2 个");
    expectExcelError(argument(), VALUE, "performance：给出 2 个属性（列），但 importance 有 3 个：两者必须一一对应");
    useDisplayLanguage(() => "es-MX");
    expectExcelError(ragged(), VALUE, "fila 2: tiene 1 celda en lugar de 2");
    expectExcelError(argument(), VALUE, "performance: hay 2 atributos (columnas) para los 3 de importance: deben formar pares");
    useDisplayLanguage(() => "fr-FR");
    expectExcelError(argument(), VALUE, "performance: 2 attributes (columns) given for the 3 of importance: they must pair up");
  });
});
