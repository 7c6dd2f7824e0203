/**
 * The fused fast paths (src/functions/scan.ts) against the general path (parse.ts + engine):
 * on any input — plain answers, blanks, 0, labels, numeric text, off-scale values, NaN, booleans,
 * ragged ranges — CSI, ALPHA, GAP and KANO give the same cells, errors and messages with the fast
 * paths on and off; and on plain numeric input the scans do take the input (not the fallback).
 */
import fc from "fast-check";
import { ALPHA_FUNCTION, CSI_FUNCTION, GAP_FUNCTION, KANO_FUNCTION } from "../../src/functions/functions";
import type { RunOptions } from "../../src/functions/runner";
import { scanColumnMoments, scanGapSums, scanKanoPairs, scanListwise } from "../../src/functions/scan";
import { columnMoments } from "../../src/engine/describe";
import { attributeGapSums } from "../../src/engine/gap";
import { kanoPairCountsMatrix } from "../../src/engine/kano";
import { isExcelError, KANO_WORDS, SATISFACTION_WORDS } from "./cells";

const RUNS = { numRuns: Number(process.env.FAST_RUNS ?? 150) };

/** Results with Excel errors as plain {code, message} (comparable with toEqual). */
function plain(r: unknown): unknown {
  if (Array.isArray(r)) return r.map(plain);
  if (isExcelError(r)) return { error: r.code, message: r.message };
  return r;
}

/** The result with the fast paths on, after checking it equals the general path's. */
function bothPaths(f: (paths: RunOptions) => unknown): unknown {
  const general = plain(f({ fastPath: false }));
  const fast = plain(f({}));
  expect(fast).toEqual(general);
  return fast;
}

/** Mostly plain cells (answers on `lo..hi` and ""), sometimes anything Excel or a user may pass. */
function noisyCell(lo: number, hi: number, words: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.integer({ min: lo, max: hi }), weight: 12 },
    { arbitrary: fc.constant(""), weight: 2 },
    {
      arbitrary: fc.constantFrom<unknown>(0, -0, null, undefined, "N/A", "  ", "-", "4", "3分", "5 - Very satisfied", "#N/A", "bogus", true),
      weight: 1,
    },
    { arbitrary: fc.constantFrom<unknown>(6, 8, 11, -1, -2, 2.5, 0.5, 101, NaN, Infinity, -Infinity), weight: 1 },
    { arbitrary: words.length > 0 ? fc.constantFrom(...words) : fc.constant(""), weight: 1 },
  );
}

/** Plain cells only: answers on `lo..hi` and blanks "" (what the fast paths take). */
function plainCell(lo: number, hi: number): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: fc.integer({ min: lo, max: hi }), weight: 6 }, { arbitrary: fc.constant(""), weight: 1 });
}

/** Cells of one range: plain half the time, else noisy. */
interface Cells {
  plain: fc.Arbitrary<unknown>;
  noisy: fc.Arbitrary<unknown>;
}

function cell(lo: number, hi: number, words: readonly string[]): Cells {
  return { plain: plainCell(lo, hi), noisy: noisyCell(lo, hi, words) };
}

/** A rows × cols range, of plain cells half the time; sometimes one row is made ragged. */
function range(cells: Cells, rows: number, cols: number): fc.Arbitrary<unknown[][]> {
  const of = (a: fc.Arbitrary<unknown>) => fc.array(fc.array(a, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const m = fc.oneof(of(cells.plain), of(cells.noisy));
  return fc.tuple(m, fc.integer({ min: 0, max: 19 })).map(([x, ragged]) => {
    if (ragged === 0 && x.length > 1) x[x.length - 1] = x[x.length - 1].slice(1);
    return x;
  });
}

const shape = fc.record({ rows: fc.integer({ min: 1, max: 8 }), cols: fc.integer({ min: 1, max: 4 }) });
const likert = [...SATISFACTION_WORDS.en, ...SATISFACTION_WORDS["zh-CN"]];
const kanoWords = [...KANO_WORDS.en, ...KANO_WORDS.es];

describe("fast paths give the general path's results", () => {
  test("CSI (scales, methods, attribute and case weights)", () => {
    const args = shape.chain(({ rows, cols }) =>
      fc.tuple(
        range(cell(1, 5, likert), rows, cols),
        fc.constantFrom<unknown>(undefined, [[1, 2, 3, 4].slice(0, cols)], [[0, 0, 0, 0].slice(0, cols)], [["", 1, 1, 1].slice(0, cols)]),
        fc.constantFrom<[number | undefined, number | undefined]>([undefined, undefined], [1, 7], [0, 10], [-2, 2], [5, 5]),
        fc.constantFrom(undefined, "max"),
        fc.constantFrom<unknown>(
          undefined,
          Array.from({ length: rows }, (_, i) => [i % 3]),
        ),
      ),
    );
    fc.assert(
      fc.property(args, ([m, w, [min, max], method, cw]) => {
        bothPaths((o) => CSI_FUNCTION.run([m, w as never, min, max, method, cw as never], o));
      }),
      RUNS,
    );
  });

  test("ALPHA (scale detected from the data)", () => {
    const args = shape.chain(({ rows, cols }) =>
      fc.oneof(range(cell(1, 5, likert), rows, cols), range(cell(-2, 10, likert), rows, cols), range(cell(1, 7, []), rows, cols)),
    );
    fc.assert(
      fc.property(args, (m) => void bothPaths((o) => ALPHA_FUNCTION.run([m], o))),
      RUNS,
    );
  });

  test("ALPHA: a label's level is not a number seen when the scale is detected (fast-check counterexample, seed 407356320)", () => {
    // The numbers say −2 only, so the scale is −2–−2 and "Dissatisfied" is not an answer on it (#VALUE!),
    // not a 5-point label read on −2–2 (which had given #DIV/0! for one complete row).
    for (const m of [
      [["Dissatisfied", -2]],
      [
        ["Dissatisfied", -2],
        ["Satisfied", -2],
        [-2, -2],
      ],
    ]) {
      const r = bothPaths((o) => ALPHA_FUNCTION.run([m], o)) as { error?: string };
      expect(r.error).toBe("#VALUE!");
    }
  });

  test("GAP (attribute and overall, weights)", () => {
    const args = shape.chain(({ rows, cols }) =>
      fc.tuple(
        range(cell(1, 7, likert), rows, cols),
        fc.oneof(range(cell(1, 7, likert), rows, cols), range(cell(0, 10, []), rows, cols), range(cell(1, 5, []), rows + 1, cols)),
        fc.constantFrom<unknown>(undefined, [[1, 2, 3, 4].slice(0, cols)], [[-1, 1, 1, 1].slice(0, cols)]),
        fc.constantFrom(undefined, "overall"),
      ),
    );
    fc.assert(
      fc.property(args, ([p, e, w, output]) => {
        bothPaths((o) => GAP_FUNCTION.run([p, e, w as never, output], o));
      }),
      RUNS,
    );
  });

  test("KANO (every output, thresholds)", () => {
    const args = shape.chain(({ rows, cols }) =>
      fc.tuple(
        range(cell(1, 5, kanoWords), rows, cols),
        fc.oneof(range(cell(1, 5, kanoWords), rows, cols), range(cell(1, 5, []), rows, cols + 1)),
        fc.constantFrom("category", "better", "worse", "total_strength", "category_strength", "fong", "counts", "table"),
        fc.constantFrom(undefined, 0, 0.5, 2),
      ),
    );
    fc.assert(
      fc.property(args, ([f, d, output, threshold]) => {
        bothPaths((o) => KANO_FUNCTION.run([f, d, output, threshold], o));
      }),
      RUNS,
    );
  });
});

describe("the scans take plain input and sum like the engine", () => {
  // 3 respondents × 2 attributes; "" = blank.
  const a = [
    [1, ""],
    [4, 5],
    [3, 2],
  ];
  const b = [
    [2, 3],
    ["", 5],
    [5, 1],
  ];
  const parsed = (m: unknown[][]) => m.map((r) => r.map((x) => (x === "" ? null : (x as number))));

  test("column moments = columnMoments of the parsed cells", () => {
    expect(scanColumnMoments(a, { min: 1, max: 5 })).toEqual(columnMoments(parsed(a)));
    expect(scanColumnMoments([[6]], { min: 1, max: 5 })).toBeUndefined(); // off the scale → general path
    expect(scanColumnMoments([["Very satisfied", 0]], { min: 1, max: 5 })).toEqual([
      { n: 1, sumW: 1, sumW2: 1, sum: 5, sumSq: 25 },
      { n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 },
    ]);
  });

  test("listwise sums: complete rows 2 and 3 (4+5, 3+2)", () => {
    expect(scanListwise(a)).toEqual({
      k: 2,
      n: 2,
      sumW: 2,
      sum: new Float64Array([7, 7]),
      sumSq: new Float64Array([25, 29]),
      totalSum: 14,
      totalSumSq: 81 + 25,
    });
    // 0 for an empty cell: blank on the detected 1–5 (read again on that scale), an answer on 0–10.
    const one = (x: number, y: number) => ({ k: 2, n: 1, sumW: 1, sum: new Float64Array([x, y]), sumSq: new Float64Array([x * x, y * y]) });
    expect(
      scanListwise([
        [0, 3],
        [4, 5],
      ]),
    ).toEqual({ ...one(4, 5), totalSum: 9, totalSumSq: 81 });
    expect(
      scanListwise([
        [0, 3],
        [9, ""],
      ]),
    ).toEqual({ ...one(0, 3), totalSum: 3, totalSumSq: 9 });
    // Likert labels on the detected 1–5; on 1–7 they are not answers (general path: an error).
    expect(scanListwise([["Satisfied", 3]])).toEqual({ ...one(4, 3), totalSum: 7, totalSumSq: 49 });
    expect(scanListwise([["Satisfied", 7]])).toBeUndefined();
    expect(scanListwise([["I like it", 3]])).toBeUndefined(); // a Kano label
    expect(
      scanListwise([
        [2.5, 3],
        [1, 4],
      ]),
    ).toEqual({
      k: 2,
      n: 2,
      sumW: 2,
      sum: new Float64Array([3.5, 7]),
      sumSq: new Float64Array([7.25, 25]),
      totalSum: 5.5 + 5,
      totalSumSq: 30.25 + 25,
    }); // a fraction: plain sums
  });

  test("gap sums = attributeGapSums of the parsed cells", () => {
    expect(scanGapSums(a, b)).toEqual(attributeGapSums(parsed(a), parsed(b)));
    expect(scanGapSums([[Infinity]], [[1]])).toBeUndefined();
    // 0 on the detected 1–7 is blank (read again on that scale); labels on 1–5 are 1..5.
    expect(scanGapSums([[0, 7]], [[3, 2]])).toEqual(attributeGapSums([[null, 7]], [[3, 2]]));
    expect(scanGapSums([["Very satisfied", ""]], [[2, 4]])).toEqual(attributeGapSums([[5, null]], [[2, 4]]));
  });

  test("Kano pairs = kanoPairCountsMatrix of the parsed cells; labels and 0 read as parse.ts does", () => {
    const f = [
      [1, 2],
      [5, ""],
      [3, 0],
    ];
    const d = [
      [5, "I dislike it"],
      [1, 4],
      [3, 2],
    ];
    const expected = kanoPairCountsMatrix(
      [
        [1, 2],
        [5, null],
        [3, null],
      ],
      [
        [5, 5],
        [1, 4],
        [3, 2],
      ],
    );
    expect(scanKanoPairs(f, d)).toEqual(expected);
    expect(scanKanoPairs([[1.5]], [[1]])).toBeUndefined();
    expect(scanKanoPairs([["nope"]], [[1]])).toBeUndefined();
  });
});
