/**
 * Property tests of the CS worksheet functions (fast-check, ≤ 150 runs each).
 * Rule: on any input — text, booleans, NaN, ±Infinity, huge numbers, ragged shapes, all blank,
 * empty arrays, non-ranges — every function returns finite numbers, text or booleans (or a
 * rectangular matrix of them) or CustomFunctions.Error values; it never throws and never returns
 * NaN, ±Infinity or −0. On valid answers the results stay in their ranges, and labels in any
 * language give the same results as the numbers.
 */
import fc from "fast-check";
import { ALPHA, CSI, GAP, IMPORTANCE, IPA, KANO, LEVELS, NPS, PRIORITY, TOPBOX } from "../../src/functions/functions";
import { expectClose } from "../helpers/close";
import { isExcelError, KANO_WORDS, LANGUAGES, SATISFACTION_WORDS } from "./cells";

const RUNS = { numRuns: 150 };
const ERROR_CODES = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);

/** One value Excel may show. */
function checkCell(x: unknown): void {
  if (typeof x === "number") {
    if (!Number.isFinite(x) || Object.is(x, -0)) throw new Error(`not a finite number: ${x}`);
  } else if (isExcelError(x)) {
    if (!ERROR_CODES.has(x.code) || typeof x.message !== "string" || x.message === "") {
      throw new Error(`bad error value ${JSON.stringify(x)}`);
    }
  } else if (typeof x !== "string" && typeof x !== "boolean") {
    throw new Error(`not a cell value: ${String(x)}`);
  }
}

/** A scalar cell value, or a non-empty rectangular matrix of them. */
function checkResult(r: unknown): void {
  if (!Array.isArray(r)) return checkCell(r);
  if (r.length === 0 || !Array.isArray(r[0]) || r[0].length === 0) throw new Error("empty matrix");
  const width = (r[0] as unknown[]).length;
  for (const row of r) {
    if (!Array.isArray(row) || row.length !== width) throw new Error("ragged matrix");
    row.forEach(checkCell);
  }
}

const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, Number.MIN_VALUE, 0, -0, 0.5, 4.5),
  fc.constantFrom(
    "",
    "  ",
    "N/A",
    "不知道",
    "NS/NC",
    "-",
    "Very satisfied",
    "非常满意",
    "Muy satisfecho",
    "I like it",
    "喜欢",
    "No me gusta",
    "#N/A",
    "10 - Extremely likely",
    "4,5",
    "４",
    "5分",
    "1e400",
    "TRUE",
    "=1+1",
  ),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([1]),
);

function matrixOf(cell: fc.Arbitrary<unknown>, maxRows = 8, maxCols = 5): fc.Arbitrary<unknown[][]> {
  return fc
    .integer({ min: 1, max: maxCols })
    .chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: maxRows }));
}

/** Ranges of every kind: rectangular, ragged, empty, all blank, not a range at all. */
const hostileRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: matrixOf(hostileCell) },
  { weight: 2, arbitrary: fc.array(fc.array(hostileCell, { maxLength: 4 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[null, null]], [[""], [""]], [[0]]) },
  { weight: 1, arbitrary: hostileCell },
);

/** Optional arguments: anything, including the names the functions know. */
const hostileOption: fc.Arbitrary<unknown> = fc.oneof(
  hostileCell,
  fc.constantFrom("category", "better", "table", "counts", "fong", "overall", "margin", "max", "beta", "median", "midpoint"),
  fc.integer({ min: -2, max: 12 }),
);

/** Mostly valid 1–5 answers with blanks, to reach the statistics. */
const answerCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom("", null, "N/A", 0) },
);
const answers = matrixOf(answerCell, 12, 4);

/** Numbers that parse (on a detected or wide scale) but overflow sums, plus blanks. */
const extremeCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 3, arbitrary: fc.constantFrom(1e308, -1e308, 1.7e308, 1e200, -1e200, 5e-324, 0.5, -2, 7, 10, 150) },
  { weight: 1, arbitrary: fc.constantFrom("", null, 0, -0) },
);
const extremes = matrixOf(extremeCell, 4, 3);
/** Options that are valid, so the extremes reach the statistics. */
const wideOption: fc.Arbitrary<unknown> = fc.constantFrom(undefined, -1e308, 1e308, 1, 2, 10);

type Fn = (...args: never[]) => unknown;
const call = (f: Fn, ...args: unknown[]): unknown => (f as unknown as (...a: unknown[]) => unknown)(...args);

describe("rule: hostile inputs give cell values or Excel errors, never a throw, NaN or Infinity", () => {
  const cases: [string, Fn, number][] = [
    ["CSI", CSI, 6],
    ["KANO", KANO, 4],
    ["GAP", GAP, 4],
    ["IPA", IPA, 4],
    ["PRIORITY", PRIORITY, 4],
    ["NPS", NPS, 3],
    ["TOPBOX", TOPBOX, 4],
    ["LEVELS", LEVELS, 4],
    ["ALPHA", ALPHA, 1],
    ["IMPORTANCE", IMPORTANCE, 3],
  ];
  // Which arguments are ranges (the rest are scalar options).
  const rangeArgs: Record<string, number[]> = {
    CSI: [0, 1, 5],
    KANO: [0, 1],
    GAP: [0, 1, 2],
    IPA: [0, 1],
    PRIORITY: [0, 1],
    NPS: [0, 2],
    TOPBOX: [0, 3],
    LEVELS: [0, 3],
    ALPHA: [0],
    IMPORTANCE: [0, 1],
  };

  test.each(cases)("%s on hostile ranges and options", (name, f, arity) => {
    const args = Array.from({ length: arity }, (_, i) =>
      rangeArgs[name].includes(i) ? (i === 0 ? hostileRange : fc.oneof(hostileRange, fc.constant(undefined))) : hostileOption,
    );
    fc.assert(
      fc.property(fc.tuple(...args), (a) => {
        checkResult(call(f, ...a));
      }),
      RUNS,
    );
  });

  test.each(cases)("%s on mostly valid answers with hostile options", (name, f, arity) => {
    const args = Array.from({ length: arity }, (_, i) => (rangeArgs[name].includes(i) ? answers : fc.oneof(hostileOption, fc.constant(undefined))));
    fc.assert(
      fc.property(fc.tuple(...args), (a) => {
        checkResult(call(f, ...a));
      }),
      RUNS,
    );
  });
});

describe("rule: overflowing numbers give #NUM! (or another error), never NaN or Infinity", () => {
  /** rows × cols matrices of extreme numbers, for arguments that must match in shape. */
  const block = (rows: number, cols: number) => fc.array(fc.array(extremeCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const shaped = <T>(f: (rows: number, cols: number) => fc.Arbitrary<T>) =>
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]) => f(r, c));
  const cases: [string, () => fc.Arbitrary<unknown[]>][] = [
    ["CSI", () => fc.tuple(extremes, fc.constant(undefined), wideOption, wideOption)],
    ["GAP", () => shaped((r, c) => fc.tuple(block(r, c), block(r, c), fc.constant(undefined), fc.constantFrom("attribute", "overall")))],
    ["IPA", () => shaped((r, c) => fc.tuple(block(r, c), block(1, c), fc.constantFrom("mean", "median", "midpoint", 1e308)))],
    ["PRIORITY", () => shaped((r, c) => fc.tuple(block(1, c), block(r, c), wideOption, wideOption))],
    ["ALPHA", () => fc.tuple(extremes)],
    ["IMPORTANCE", () => shaped((r, c) => fc.tuple(block(r + 1, c), block(r + 1, 1), fc.constantFrom("pearson", "beta")))],
    ["LEVELS", () => fc.tuple(extremes, wideOption, wideOption)],
  ];
  const functions: Record<string, Fn> = { CSI, GAP, IPA, PRIORITY, ALPHA, IMPORTANCE, LEVELS };
  test.each(cases)("%s on extreme numbers", (name, args) => {
    fc.assert(
      fc.property(args(), (a) => {
        checkResult(call(functions[name], ...a));
      }),
      RUNS,
    );
  });
});

describe("rule: results on valid answers stay in their ranges", () => {
  /** Valid 1–5 answers with at least one answer per column (blanks elsewhere). */
  const answered = answers.map((m) => {
    m[0] = m[0].map(() => 3);
    return m;
  });

  test("CSI ∈ [0, 100], TOPBOX ∈ [0, 1], LEVELS add up to 1", () => {
    fc.assert(
      fc.property(answered, (m) => {
        const c = CSI(m) as number;
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(100);
        const t = TOPBOX(m) as number;
        expect(t >= 0 && t <= 1).toBe(true);
        const levels = LEVELS(m)[0] as number[];
        expectClose(
          levels.reduce((s, x) => s + x, 0),
          1,
          1e-12,
        );
      }),
      RUNS,
    );
  });

  test("NPS ∈ [−100, 100]", () => {
    const scores = fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant("")), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(scores, (s) => {
        const r = NPS(s.map((x) => [x]));
        if (s.every((x) => x === "")) return isExcelError(r);
        expect(r as number).toBeGreaterThanOrEqual(-100);
        expect(r as number).toBeLessThanOrEqual(100);
        return true;
      }),
      RUNS,
    );
  });

  test('KANO: Better ∈ [0, 1], Worse ∈ [−1, 0], categories are A/O/M/I/R/Q/"" or an error', () => {
    const kano = fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.integer({ min: 1, max: 10 }).chain((rows) => {
        const m = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        });
        return fc.tuple(m, m);
      }),
    );
    fc.assert(
      fc.property(kano, ([f, d]) => {
        for (const x of KANO(f, d, "better")[0]) if (typeof x === "number") expect(x >= 0 && x <= 1).toBe(true);
        for (const x of KANO(f, d, "worse")[0]) if (typeof x === "number") expect(x >= -1 && x <= 0).toBe(true);
        for (const x of KANO(f, d)[0]) {
          if (!isExcelError(x)) expect(["A", "O", "M", "I", "R", "Q", ""]).toContain(x);
        }
      }),
      RUNS,
    );
  });
});

describe("rule: labels in English, Chinese and Spanish give the same results as numbers", () => {
  const language = fc.constantFrom(...LANGUAGES);

  test("CSI, TOPBOX, LEVELS, ALPHA on satisfaction labels", () => {
    const ratings = matrixOf(fc.integer({ min: 1, max: 5 }), 10, 4);
    fc.assert(
      fc.property(ratings, language, (m, lang) => {
        const labels = m.map((r) => r.map((x) => SATISFACTION_WORDS[lang][(x as number) - 1]));
        expect(CSI(labels)).toEqual(CSI(m));
        expect(TOPBOX(labels)).toEqual(TOPBOX(m));
        expect(LEVELS(labels)).toEqual(LEVELS(m));
        expect(ALPHA(labels)).toEqual(ALPHA(m));
      }),
      { numRuns: 100 },
    );
  });

  test("KANO table on Kano answer labels", () => {
    const pairs = matrixOf(fc.integer({ min: 1, max: 5 }), 10, 3).chain((f) =>
      fc.tuple(
        fc.constant(f),
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: f[0].length, maxLength: f[0].length }), { minLength: f.length, maxLength: f.length }),
      ),
    );
    fc.assert(
      fc.property(pairs, language, ([f, d], lang) => {
        const label = (m: unknown[][]) => m.map((r) => r.map((x) => KANO_WORDS[lang][(x as number) - 1]));
        expect(KANO(label(f), label(d), "table")).toEqual(KANO(f, d, "table"));
      }),
      { numRuns: 100 },
    );
  });
});

describe("spot checks of the hostile cases named in the rule", () => {
  test("all blank, empty arrays, huge numbers", () => {
    for (const f of [CSI, TOPBOX, ALPHA] as Fn[]) {
      checkResult(
        call(f, [
          [null, ""],
          ["", null],
        ]),
      );
      checkResult(call(f, []));
    }
    checkResult(GAP([[1e308], [-1e308]], [[-1e308], [1e308]]));
    checkResult(IMPORTANCE([[1e308], [-1e308], [1e308]], [[1], [2], [3]]));
    checkResult(IPA([[1e308, -1e308]], [[1e308, 1e308]], "median"));
    checkResult(PRIORITY([[1e308, 1e308]], [[3, 3]]));
    checkResult(
      ALPHA([
        [1e308, -1e308],
        [-1e308, 1e308],
        [1, 2],
      ]),
    );
  });
});
