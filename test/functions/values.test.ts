/**
 * Values of the CS worksheet functions on the DESIGN §4 worked examples and on independent
 * computations; labels in English, Chinese and Spanish give the same results as numbers.
 */
import { ALPHA, CSI, GAP, IMPORTANCE, IPA, KANO, LEVELS, NPS, PRIORITY, TOPBOX } from "../../src/functions/functions";
import { reportStrings } from "../../src/i18n/report";
import { expectAllClose, expectClose } from "../helpers/close";
import { col, expectExcelError, fromColumns, isExcelError, KANO_EXAMPLE, KANO_WORDS, LANGUAGES, num, nums, repeat, row, SATISFACTION_WORDS } from "./cells";

/** 1000 answers: 50/150/250/500/50 of 1..5 (mean 3.35). */
const CSI_COUNTS = [50, 150, 250, 500, 50];
const CSI_COLUMN = col(repeat(CSI_COUNTS, [1, 2, 3, 4, 5]));

/** 10 respondents × 3 attributes on 1–10 with column means 8.2, 7.6, 7.1. */
const ACSI_RATINGS = fromColumns([
  [8, 8, 8, 8, 8, 8, 8, 9, 9, 8],
  [8, 8, 8, 8, 8, 8, 7, 7, 7, 7],
  [7, 7, 7, 7, 7, 7, 7, 7, 7, 8],
]);
const ACSI = (100 * (0.4 * 7.2 + 0.35 * 6.6 + 0.25 * 6.1)) / 9; // 74.6111…

/** 107 answers: 42 fives, 32 fours, 10 threes, 9 twos, 14 ones. */
const TOPBOX_COLUMN = col(repeat([42, 32, 10, 9, 14], [5, 4, 3, 2, 1]));

describe("CSI", () => {
  test("counts 50/150/250/500/50 of 1..5 in one column → 58.75 (DESIGN §4.1)", () => {
    expectClose(num(CSI(CSI_COLUMN)), 58.75);
  });

  test("means 8.2/7.6/7.1, weights .40/.35/.25 on 1–10 → 74.61 (ACSI form, DESIGN §4.1)", () => {
    expectClose(num(CSI(ACSI_RATINGS, [[0.4, 0.35, 0.25]], 1, 10)), ACSI);
    expectClose(num(CSI(ACSI_RATINGS, [[0.4, 0.35, 0.25]], 1, 10)), 74.61, 1e-4);
  });

  test("weights may be a row or a column, numbers or numeric text; need not sum to 1", () => {
    expectClose(num(CSI(ACSI_RATINGS, col([0.4, 0.35, 0.25]), 1, 10)), ACSI);
    expectClose(num(CSI(ACSI_RATINGS, [["0.40", "0.35", "0.25"]], 1, 10)), ACSI);
    expectClose(num(CSI(ACSI_RATINGS, [[40, 35, 25]], 1, 10)), ACSI);
  });

  test("blank weights (omitted, null or a blank range) mean equal weights", () => {
    const equal = (100 * ((7.2 + 6.6 + 6.1) / 3)) / 9;
    expectClose(num(CSI(ACSI_RATINGS, undefined, 1, 10)), equal);
    expectClose(num(CSI(ACSI_RATINGS, null as unknown as unknown[][], 1, 10)), equal);
    expectClose(num(CSI(ACSI_RATINGS, [["", null, " "]], 1, 10)), equal);
  });

  test('method "max": 100·Σw·m̄/(max·Σw)', () => {
    const expected = (100 * (0.4 * 8.2 + 0.35 * 7.6 + 0.25 * 7.1)) / 10; // 77.15
    expectClose(num(CSI(ACSI_RATINGS, [[0.4, 0.35, 0.25]], 1, 10, "max")), expected);
    expectClose(num(CSI(ACSI_RATINGS, [[0.4, 0.35, 0.25]], 1, 10, " MAX ")), expected);
  });

  test.each(LANGUAGES)("satisfaction labels (%s) give the same index as the numbers", (lang) => {
    const labels = col(repeat(CSI_COUNTS, SATISFACTION_WORDS[lang]));
    expectClose(num(CSI(labels)), 58.75);
  });

  test("blank rule: empty cells, white space, non-answers and 0 outside the scale are skipped", () => {
    // answers 5 and 3 → mean 4 → 75
    const cells = col([5, 0, "", null, undefined, "  ", "N/A", "不知道", "NS/NC", "-", 3]);
    expectClose(num(CSI(cells)), 75);
  });

  test("case weights are frequency weights: weight 2 counts a respondent twice", () => {
    const weighted = num(CSI(col([5, 2]), undefined, 1, 5, "range", col([2, 1])));
    expectClose(weighted, num(CSI(col([5, 5, 2]))));
    expectClose(weighted, 75); // mean (5+5+2)/3 = 4
    expectClose(num(CSI(col([5, 2]), undefined, 1, 5, "range", [[2, 1]])), 75); // a row works too
    expectClose(num(CSI(col([5, 2]), undefined, 1, 5, "range", col(["", ""]))), 62.5); // blank = unweighted
  });
});

describe("KANO (25 respondents: M9 O10 A1 I2 R3, DESIGN §4.2)", () => {
  // Attribute 1 = the worked example; attribute 2 = everyone (like, neutral) → A.
  const functional = fromColumns([KANO_EXAMPLE.functional, new Array(25).fill(1)]);
  const dysfunctional = fromColumns([KANO_EXAMPLE.dysfunctional, new Array(25).fill(3)]);

  test("threshold 0 gives the most frequent category: O (the worked example of DESIGN §4.2) and A", () => {
    expect(KANO(functional, dysfunctional, "category", 0)).toEqual([["O", "A"]]);
  });

  test("default threshold 0.06 applies Berger et al.'s rule: category strength 0.04 < 0.06, M > O → M", () => {
    expect(KANO(functional, dysfunctional)).toEqual([["M", "A"]]);
    expect(KANO(functional, dysfunctional, "category", 0.06)).toEqual([["M", "A"]]);
  });

  test("better 0.5, worse −19/22 = −0.8636", () => {
    expectAllClose(nums(KANO(functional, dysfunctional, "better")), [0.5, 1]);
    expectAllClose(nums(KANO(functional, dysfunctional, "worse")), [-19 / 22, 0]);
    expectClose(nums(KANO(functional, dysfunctional, "worse"))[0], -0.8636, 1e-4);
    expect(Object.is(nums(KANO(functional, dysfunctional, "worse"))[1], -0)).toBe(false);
  });

  test("total strength (A+O+M)/N and category strength (1st − 2nd)/N", () => {
    expectAllClose(nums(KANO(functional, dysfunctional, "total_strength")), [20 / 25, 1]);
    expectAllClose(nums(KANO(functional, dysfunctional, "Category strength")), [1 / 25, 1]);
  });

  test("fong: O10 vs M9 is not significant; A25 vs 0 is", () => {
    expect(KANO(functional, dysfunctional, "fong")).toEqual([[false, true]]);
  });

  test("counts: one row per attribute, columns A, O, M, I, R, Q", () => {
    expect(KANO(functional, dysfunctional, "counts")).toEqual([
      [1, 10, 9, 2, 3, 0],
      [25, 0, 0, 0, 0, 0],
    ]);
  });

  test("table: one row per attribute, A, O, M, I, R, Q, category, better, worse", () => {
    const t = KANO(functional, dysfunctional, "table");
    expect(t.map((r) => r.slice(0, 7))).toEqual([
      [1, 10, 9, 2, 3, 0, "M"],
      [25, 0, 0, 0, 0, 0, "A"],
    ]);
    expectAllClose([t[0][7], t[0][8], t[1][7], t[1][8]] as number[], [0.5, -19 / 22, 1, 0]);
  });

  test.each(LANGUAGES)("answer labels (%s) give the same table as the numbers", (lang) => {
    const words = KANO_WORDS[lang];
    const label = (m: unknown[][]) => m.map((r) => r.map((x) => words[(x as number) - 1]));
    expect(KANO(label(functional), label(dysfunctional), "table")).toEqual(KANO(functional, dysfunctional, "table"));
  });

  test('two single cells → that respondent\'s category; a blank answer → ""', () => {
    expect(KANO([[1]], [[5]])).toEqual([["O"]]);
    expect(KANO([["喜欢"]], [["理所当然"]])).toEqual([["A"]]);
    expect(KANO([["No me gusta"]], [["No me gusta"]])).toEqual([["Q"]]);
    expect(KANO([[5]], [[1]])).toEqual([["R"]]);
    expect(KANO([[2]], [[5]])).toEqual([["M"]]);
    expect(KANO([[3]], [[4]])).toEqual([["I"]]);
    expect(KANO([[""]], [[5]])).toEqual([[""]]);
    expect(KANO([[0]], [[5]])).toEqual([[""]]); // Excel's empty cell passed as 0
  });

  test('an attribute nobody answered spills as "" (zeros in counts); the others still spill', () => {
    const f = [
      [1, ""],
      [1, null],
    ];
    const d = [
      [5, ""],
      [5, "N/A"],
    ];
    expect(KANO(f, d)).toEqual([["O", ""]]);
    expect(KANO(f, d, "counts")).toEqual([
      [0, 2, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(KANO(f, d, "table")[1]).toEqual([0, 0, 0, 0, 0, 0, "", "", ""]);
  });
});

describe("GAP", () => {
  // P − E per respondent: column 1: −1, −1, +1 → −1/3; column 2: +1, 0, (blank) → 0.5
  const P = [
    [4, 5],
    [3, 4],
    [5, ""],
  ];
  const E = [
    [5, 4],
    [4, 4],
    [4, 3],
  ];

  test("mean of (P − E) per attribute over respondents who answered both", () => {
    expectAllClose(nums(GAP(P, E)), [-1 / 3, 0.5]);
  });

  test('output "overall": mean of the attribute gaps, weighted by [weights]', () => {
    expectAllClose(nums(GAP(P, E, undefined, "overall")), [(-1 / 3 + 0.5) / 2]);
    expectAllClose(nums(GAP(P, E, [[1, 3]], "overall")), [(-1 / 3 + 3 * 0.5) / 4]);
  });

  test("SERVQUAL worked check: gaps −0.65, −1.10, −0.83, −0.70, −1.01 → −0.858; points 10/30/25/20/15 → −0.894", () => {
    // 100 respondents; column j has share s of gap −1 (P 4, E 5) or −2 (P 3, E 5), the rest 0 (P = E = 4).
    const columns = [
      { p: repeat([65, 35], [4, 4]), e: repeat([65, 35], [5, 4]) }, // −0.65
      { p: repeat([90, 10], [4, 3]), e: repeat([90, 10], [5, 5]) }, // −1.10
      { p: repeat([83, 17], [4, 4]), e: repeat([83, 17], [5, 4]) }, // −0.83
      { p: repeat([70, 30], [4, 4]), e: repeat([70, 30], [5, 4]) }, // −0.70
      { p: repeat([99, 1], [4, 3]), e: repeat([99, 1], [5, 5]) }, // −1.01
    ];
    const perception = fromColumns(columns.map((c) => c.p));
    const expectation = fromColumns(columns.map((c) => c.e));
    expectAllClose(nums(GAP(perception, expectation)), [-0.65, -1.1, -0.83, -0.7, -1.01], 1e-12);
    expectClose(nums(GAP(perception, expectation, undefined, "overall"))[0], -0.858, 1e-12);
    expectClose(nums(GAP(perception, expectation, [[10, 30, 25, 20, 15]], "overall"))[0], -0.894, 1e-12);
  });

  test("scale from the data: 7-point answers are read on 1–7; labels on 1–5", () => {
    expectAllClose(nums(GAP([[7], [6]], [[5], [5]])), [1.5]);
    expectAllClose(nums(GAP([["Very satisfied"], ["非常满意"]], [["Satisfied"], ["Satisfecho"]])), [1]);
  });

  test('an attribute with no complete pair spills as ""', () => {
    expect(
      row(
        GAP(
          [
            [4, 5],
            [3, ""],
          ],
          [
            [5, ""],
            [4, 3],
          ],
        ),
      ),
    ).toEqual([-1, ""]);
  });
});

describe("IPA", () => {
  const imp = [[4.5, 4.2, 3.1, 2.8]]; // mean 3.65
  const perf = [[4.4, 3.2, 3.0, 4.1]]; // mean 3.675

  test("rows of means, mean crosshair: one attribute per quadrant", () => {
    expect(IPA(imp, perf)).toEqual([["Keep up the good work", "Concentrate here", "Low priority", "Possible overkill"]]);
  });

  test("crosshair number and midpoint (on the line counts as high)", () => {
    expect(IPA(imp, perf, 3.5)).toEqual([["Keep up the good work", "Concentrate here", "Low priority", "Possible overkill"]]);
    // midpoint of 1–5 = 3: attribute 3 (3.1, 3.0) sits on the performance line → high
    expect(IPA(imp, perf, "midpoint")).toEqual([["Keep up the good work", "Keep up the good work", "Keep up the good work", "Possible overkill"]]);
    expect(IPA(imp, perf, "3")).toEqual(IPA(imp, perf, 3));
  });

  test("median crosshair", () => {
    // medians: importance (3.1+4.2)/2 = 3.65, performance (3.2+4.1)/2 = 3.65
    expect(IPA(imp, perf, "median")).toEqual([["Keep up the good work", "Concentrate here", "Low priority", "Possible overkill"]]);
  });

  test("a ratings matrix gives the same result as its row of column means", () => {
    const impRatings = [
      [5, 4, 3, 3],
      [4, 4.4, 3.2, 2.6],
    ]; // means 4.5, 4.2, 3.1, 2.8
    const perfRatings = [
      [4, 3, 3, 4],
      [4.8, 3.4, 3, 4.2],
    ];
    expect(IPA(impRatings, perfRatings)).toEqual(IPA(imp, perf));
  });

  test("midpoint per axis: importance on 1–5, performance on 1–10 ratings", () => {
    const perf10 = [
      [9, 4, 2, 8],
      [9, 4, 2, 8],
    ];
    // crosshairs 3 and 5.5 → P high for 9 and 8
    expect(IPA(imp, perf10, "midpoint")).toEqual([["Keep up the good work", "Concentrate here", "Concentrate here", "Possible overkill"]]);
  });

  test("a single row may hold rating labels (one respondent) and negative derived importance", () => {
    expect(IPA([["Very important", "Not important"]], [["Satisfied", "Satisfied"]])).toEqual(IPA([[5, 2]], [[4, 4]]));
    expect(IPA([[0.6, -0.2]], [[4, 3]])).toEqual([["Keep up the good work", "Low priority"]]);
  });

  test('an attribute without values spills as "" and is left out of the crosshair', () => {
    expect(IPA([[4.5, "", 2.8]], [[4.4, 3.0, 3.1]])).toEqual([["Keep up the good work", "", "Low priority"]]);
  });

  test("language: the quadrant names of the report in Chinese and Spanish; English by default", () => {
    expect(IPA(imp, perf, undefined, "zh-CN")).toEqual([["优势区", "修补区", "机会区", "维持区"]]);
    expect(IPA(imp, perf, "mean", "es")).toEqual([["Mantener el buen trabajo", "Concentrarse aquí", "Baja prioridad", "Posible exceso"]]);
    expect(IPA(imp, perf, null as unknown as string, "en")).toEqual(IPA(imp, perf));
    expect(IPA(imp, perf, undefined, "")).toEqual(IPA(imp, perf));
    // The same names as the report's Priorities sheet writes.
    for (const lang of ["en", "zh-CN", "es"] as const) {
      const q = reportStrings(lang).quadrants;
      expect(IPA(imp, perf, 3.5, lang)).toEqual([[q.keep, q.concentrate, q.low, q.overkill]]);
    }
    // The same quadrants whatever the language: the names map one to one.
    expect(IPA(imp, perf, "midpoint", "zh-CN")).toEqual([["优势区", "优势区", "优势区", "维持区"]]);
    expect(IPA([[4.5, "", 2.8]], [[4.4, 3.0, 3.1]], undefined, "es")).toEqual([["Mantener el buen trabajo", "", "Baja prioridad"]]);
  });

  test("language tags: any case, regional variants, - or _", () => {
    const zh = IPA(imp, perf, undefined, "zh-CN");
    const es = IPA(imp, perf, undefined, "es");
    for (const tag of ["zh", "ZH-cn", "zh_CN", " zh-Hans ", "zh-TW"]) expect(IPA(imp, perf, undefined, tag)).toEqual(zh);
    for (const tag of ["ES", "es-MX", "es_ES", "es-419"]) expect(IPA(imp, perf, undefined, tag)).toEqual(es);
    for (const tag of ["EN", "en-GB"]) expect(IPA(imp, perf, undefined, tag)).toEqual(IPA(imp, perf));
  });

  test("an unknown language is #VALUE! naming the argument and the choices", () => {
    expectExcelError(IPA(imp, perf, undefined, "fr")[0][0], "#VALUE!", "language: 'fr' is not a language of CS Insight: use en, zh-CN or es");
    expectExcelError(IPA(imp, perf, undefined, 5 as unknown as string)[0][0], "#VALUE!", "language: '5' is not a language");
    expectExcelError(IPA(imp, perf, undefined, "chinese")[0][0], "#VALUE!", "'chinese'");
  });
});

describe("PRIORITY", () => {
  test("Iₙ·(max − P)/(max − min) on the ACSI example; adds up to 1 − CSI/100", () => {
    const scores = nums(PRIORITY([[0.4, 0.35, 0.25]], ACSI_RATINGS, 1, 10));
    expectAllClose(scores, [(0.4 * 1.8) / 9, (0.35 * 2.4) / 9, (0.25 * 2.9) / 9]);
    expectClose(
      scores.reduce((s, x) => s + x, 0),
      1 - num(CSI(ACSI_RATINGS, [[0.4, 0.35, 0.25]], 1, 10)) / 100,
    );
  });

  test("importance as ratings (column means) and performance as a row of means", () => {
    const impRatings = [
      [4, 3],
      [4, 5],
    ]; // means 4, 4 → equal shares
    expectAllClose(nums(PRIORITY(impRatings, [[3, 5]])), [(0.5 * 2) / 4, 0]);
  });

  test('attributes without a value spill as ""; importance is normalised over the rest', () => {
    expect(row(PRIORITY([[1, "", 3]], [[1, 4, 5]]))).toEqual([(0.25 * 4) / 4, "", 0]);
  });
});

describe("NPS", () => {
  test("[0, 7, 9] → 0; [9, 10, 6, 8] → 25 (DESIGN §4.5)", () => {
    expect(NPS(col([0, 7, 9]))).toBe(0);
    expect(NPS(col([9, 10, 6, 8]))).toBe(25);
    expect(NPS([[9, 10, 6, 8]])).toBe(25); // a row works too
  });

  test("0 is an answer (a detractor); blanks and text scores", () => {
    expect(NPS(col([0]))).toBe(-100);
    expect(NPS(col(["10 - Extremely likely", "9", "", null, "N/A", 3]))).toBeCloseTo((100 * (2 - 1)) / 3, 12);
  });

  test('output "margin": z·100·√((p + d − (p − d)²)/n) at 95%', () => {
    const z = 1.959963984540054;
    expectClose(num(NPS(col([9, 10, 6, 8]), "margin")), z * 100 * Math.sqrt((0.5 + 0.25 - 0.25 * 0.25) / 4));
  });

  test("case weights count a respondent w times (scores and weights as columns or rows)", () => {
    expect(NPS(col([9, 6]), "nps", col([3, 1]))).toBe(NPS(col([9, 9, 9, 6])));
    expect(NPS(col([9, 6]), "nps", col([3, 1]))).toBe(50);
    expect(NPS([[9, 6]], "nps", [[3, 1]])).toBe(50);
    expect(NPS([[9, 6]], "nps", col([3, 1]))).toBe(50);
  });
});

describe("TOPBOX", () => {
  test("42/32/10/9/14 answers of 5..1 → 74/107 = 0.6916 (DESIGN §4.5)", () => {
    expectClose(num(TOPBOX(TOPBOX_COLUMN)), 74 / 107);
    expectClose(num(TOPBOX(TOPBOX_COLUMN)), 0.6916, 1e-4);
    expectClose(num(TOPBOX(TOPBOX_COLUMN, 1)), 42 / 107);
    expectClose(num(TOPBOX(TOPBOX_COLUMN, 5)), 1);
  });

  test.each(LANGUAGES)("labels (%s) give the same share", (lang) => {
    const labels = col(
      repeat(
        [42, 32, 10, 9, 14],
        [4, 3, 2, 1, 0].map((i) => SATISFACTION_WORDS[lang][i]),
      ),
    );
    expectClose(num(TOPBOX(labels)), 74 / 107);
  });

  test("all cells of the range count together", () => {
    expectClose(
      num(
        TOPBOX([
          [5, 1],
          [4, 2],
        ]),
      ),
      0.5,
    );
  });

  test("scale_max 10, top 2 boxes = answers 9–10; case weights", () => {
    expectClose(num(TOPBOX(col([10, 9, 8, 1]), 2, 10)), 0.5);
    expectClose(num(TOPBOX(col([5, 1]), 2, 5, col([3, 1]))), 0.75);
  });
});

describe("LEVELS", () => {
  test("share at each level, lowest first; adds up to 1", () => {
    const shares = nums(LEVELS(TOPBOX_COLUMN));
    expectAllClose(
      shares,
      [14, 9, 10, 32, 42].map((c) => c / 107),
    );
    expectClose(
      shares.reduce((s, x) => s + x, 0),
      1,
      1e-12,
    );
  });

  test("0–10 scale: 11 levels, 0 is an answer there", () => {
    const shares = nums(LEVELS(col([0, 10, 10, 5]), 0, 10));
    expect(shares).toHaveLength(11);
    expectAllClose([shares[0], shares[5], shares[10]], [0.25, 0.25, 0.5]);
  });

  test("case weights", () => {
    expectAllClose(nums(LEVELS(col([1, 2]), 1, 3, col([3, 1]))), [0.75, 0.25, 0]);
  });

  test.each(LANGUAGES)("labels (%s)", (lang) => {
    const labels = col(
      repeat(
        [42, 32, 10, 9, 14],
        [4, 3, 2, 1, 0].map((i) => SATISFACTION_WORDS[lang][i]),
      ),
    );
    expect(LEVELS(labels)).toEqual(LEVELS(TOPBOX_COLUMN));
  });
});

describe("ALPHA", () => {
  const ITEMS = [
    [4, 5, 4],
    [3, 4, 3],
    [5, 5, 5],
    [2, 3, 2],
  ];

  test("worked example → 0.9795918 (= 48/49)", () => {
    expectClose(num(ALPHA(ITEMS)), 48 / 49, 1e-12);
    expectClose(num(ALPHA(ITEMS)), 0.9795918, 1e-7);
  });

  test("listwise deletion: a row with a blank item is left out", () => {
    expectClose(num(ALPHA([...ITEMS, [5, "", 1], ["N/A", 1, 1]])), 48 / 49, 1e-12);
  });

  test.each(LANGUAGES)("agreement/satisfaction labels (%s) give the same α", (lang) => {
    const labels = ITEMS.map((r) => r.map((x) => SATISFACTION_WORDS[lang][x - 1]));
    expectClose(num(ALPHA(labels)), 48 / 49, 1e-12);
  });

  test("negative numbers: the observed range is the scale, 0 is an answer", () => {
    const centred = ITEMS.map((r) => r.map((x) => x - 3)); // −1…2, with zeros
    expectClose(num(ALPHA(centred)), 48 / 49, 1e-12);
  });
});

describe("IMPORTANCE", () => {
  test("Pearson r: items 1..5 vs overall 2,4,5,4,5 → 6/√60 = 0.7746", () => {
    expectAllClose(nums(IMPORTANCE(col([1, 2, 3, 4, 5]), col([2, 4, 5, 4, 5]))), [6 / Math.sqrt(60)]);
  });

  test.each(LANGUAGES)("overall as satisfaction labels (%s)", (lang) => {
    const overall = col([2, 4, 5, 4, 5].map((x) => SATISFACTION_WORDS[lang][x - 1]));
    expectAllClose(nums(IMPORTANCE(col([1, 2, 3, 4, 5]), overall)), [6 / Math.sqrt(60)]);
  });

  test("β: uncorrelated items with overall = x1 + x2 → 1/√2 each", () => {
    const items = [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ];
    const overall = col([2, 3, 3, 4]);
    expectAllClose(nums(IMPORTANCE(items, overall, "beta")), [Math.SQRT1_2, Math.SQRT1_2]);
    expectAllClose(nums(IMPORTANCE(items, overall)), [Math.SQRT1_2, Math.SQRT1_2]); // r = β here
  });

  test('per item: an item nobody answered spills as "", an item with no variance holds #DIV/0!', () => {
    const items = [
      [1, "", 3],
      [2, "", 3],
      [3, "", 3],
    ];
    const out = row(IMPORTANCE(items, col([1, 2, 3])));
    expectClose(out[0] as number, 1);
    expect(out[1]).toBe("");
    expect(isExcelError(out[2])).toBe(true);
    expectExcelError(out[2], "#DIV/0!", "column 3");
  });
});
