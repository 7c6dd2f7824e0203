import fc from "fast-check";
import {
  addCrossRow,
  addGapPair,
  addKanoPair,
  addLevel,
  addMomentUnchecked,
  addNpsScore,
  addPair,
  alphaFromCrossProducts,
  attributeGapSums,
  betaFromCrossProducts,
  cronbachAlpha,
  derivedImportance,
  emptyCrossProducts,
  emptyGapStats,
  emptyKanoTable,
  emptyLevelCounts,
  emptyMoments,
  emptyNpsCounts,
  emptyPairSums,
  gapOf,
  kanoPairCounts,
  levelCountOf,
  levelCounts,
  mergeCountsInto,
  mergeCrossProductsInto,
  mergeGapStatsInto,
  mergeMomentsInto,
  mergeNpsCountsInto,
  mergePairSumsInto,
  mirrorCrossProducts,
  momentsMean,
  momentsOfLevelCounts,
  momentsVariance,
  npsCounts,
  npsFromCounts,
  npsGroup,
  pearson,
  pearsonFromSums,
  vectorMoments,
  type CrossProducts,
  type GapStats,
  type Moments,
  type NpsCounts,
  type PairSums,
} from "../../src/engine";

const RUNS = { numRuns: 150 };

/** Rows of a survey: (x, y, weight) with ratings 1–5, weights in {0.5, 1, 2}. */
const rowsArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom(0.5, 1, 2)), {
  minLength: 0,
  maxLength: 40,
});

/** Add rows [from, to) to a fresh accumulator of every kind. */
interface All {
  m: Moments;
  nps: NpsCounts;
  levels: number[];
  kano: number[];
  gap: GapStats;
  pair: PairSums;
  cross: CrossProducts;
}
function accumulate(rows: readonly [number, number, number][]): All {
  const a: All = {
    m: emptyMoments(),
    nps: emptyNpsCounts(),
    levels: emptyLevelCounts(5),
    kano: emptyKanoTable(),
    gap: emptyGapStats(),
    pair: emptyPairSums(3, 3),
    cross: emptyCrossProducts([3, 3]),
  };
  for (const [x, y, w] of rows) {
    addMomentUnchecked(a.m, x, w);
    addNpsScore(a.nps, 2 * x, w);
    addLevel(a.levels, x, 1, w);
    addKanoPair(a.kano, x, y, w);
    addGapPair(a.gap, x, y, w);
    addPair(a.pair, x, y, w);
    addCrossRow(a.cross, [x - 3, y - 3], 2, w);
  }
  return a;
}

describe("engine accumulators: merge of two halves equals add of all", () => {
  it("holds for every accumulator (property, weighted rows)", () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), (rows, cut) => {
        const k = rows.length === 0 ? 0 : cut % (rows.length + 1);
        const all = accumulate(rows);
        const a = accumulate(rows.slice(0, k));
        const b = accumulate(rows.slice(k));
        mergeMomentsInto(a.m, b.m);
        mergeNpsCountsInto(a.nps, b.nps);
        mergeCountsInto(a.levels, b.levels);
        mergeCountsInto(a.kano, b.kano);
        mergeGapStatsInto(a.gap, b.gap);
        mergePairSumsInto(a.pair, b.pair);
        mergeCrossProductsInto(a.cross, b.cross);
        // Weights are dyadic and answers small integers: every sum is exact, so equality is exact.
        expect(a).toEqual(all);
      }),
      RUNS,
    );
  });

  it("merges a mirrored result's cross-products by its upper triangle only", () => {
    const rows: [number, number, number][] = [
      [1, 2, 1],
      [4, 5, 2],
      [3, 1, 1],
      [5, 5, 0.5],
    ];
    const all = accumulate(rows).cross;
    const a = accumulate(rows.slice(0, 2)).cross;
    const b = accumulate(rows.slice(2)).cross;
    mirrorCrossProducts(b);
    mergeCrossProductsInto(a, b);
    expect(a).toEqual(all);
    expect(all.cross[2]).toBe(0); // lower triangle untouched while accumulating
    mirrorCrossProducts(all);
    expect(all.cross[2]).toBe(all.cross[1]);
  });
});

describe("engine accumulators: results agree with the engine's whole-array functions", () => {
  const x = [4, 3, 5, 2, 5, 1, 4];
  const y = [5, 3, 4, 2, 5, 2, 3];
  const w = [1, 2, 0.5, 1, 1, 2, 1];
  const rows = x.map((v, i): [number, number, number] => [v, y[i], w[i]]);
  const acc = accumulate(rows);

  it("moments = vectorMoments (mean, variance)", () => {
    expect(acc.m).toEqual(vectorMoments(x, w));
    expect(momentsMean(acc.m)).toBeCloseTo(momentsMean(vectorMoments(x, w)), 12);
    expect(momentsVariance(acc.m)).toBeCloseTo(momentsVariance(vectorMoments(x, w)), 12);
  });

  it("NPS counts = npsCounts; cut-offs 9–10 / 7–8 / 0–6 (Reichheld's [9, 10, 6, 8] → 25)", () => {
    expect(acc.nps).toEqual(
      npsCounts(
        x.map((v) => 2 * v),
        w,
      ),
    );
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(["detractor", "detractor", "passive", "passive", "promoter", "promoter"]);
    const c = emptyNpsCounts();
    for (const s of [9, 10, 6, 8]) addNpsScore(c, s, 1);
    expect(npsFromCounts(c).nps).toBe(25);
  });

  it("level counts = levelCounts; Kano table = kanoPairCounts", () => {
    expect(acc.levels).toEqual(levelCounts(x, 1, 5, w));
    expect(acc.kano).toEqual(kanoPairCounts(x, y, w));
    expect(levelCountOf({ min: 1, max: 5 })).toBe(5);
    expect(levelCountOf({ min: 0, max: 1000 })).toBe(0);
    expect(levelCountOf({ min: 1, max: 5.5 })).toBe(0);
  });

  it("gap sums = attributeGapSums (P = x, E = y)", () => {
    const sums = attributeGapSums(
      x.map((v) => [v]),
      y.map((v) => [v]),
      w,
    );
    expect(acc.gap.gap.sumW).toBe(sums.sumW[0]);
    expect(gapOf(acc.gap)).toBeCloseTo(sums.sumDiff[0] / sums.sumW[0], 12);
    expect(gapOf(emptyGapStats())).toBeNull();
  });

  it("pair sums → Pearson r = pearson; published x = 1..5, y = 2,4,5,4,5 → 0.7745967", () => {
    expect(pearsonFromSums(acc.pair)).toBeCloseTo(pearson(x, y, w), 12);
    const p = emptyPairSums(3, 3);
    [2, 4, 5, 4, 5].forEach((v, i) => addPair(p, i + 1, v, 1));
    expect(pearsonFromSums(p)).toBeCloseTo(0.7745967, 7);
  });

  it("cross-products → α = cronbachAlpha and β = derivedImportance('beta')", () => {
    mirrorCrossProducts(acc.cross);
    const items = x.map((v, i) => [v, y[i]]);
    expect(alphaFromCrossProducts(acc.cross).alpha).toBeCloseTo(cronbachAlpha(items, w).alpha, 12);
    // Published example (reliability.test.ts): items (4,3,5,2), (5,4,5,3), (4,3,5,2) → 0.9795918…
    const c = emptyCrossProducts([3, 3, 3]);
    for (let r = 0; r < 4; r++) addCrossRow(c, [[4, 3, 5, 2][r] - 3, [5, 4, 5, 3][r] - 3, [4, 3, 5, 2][r] - 3], 3, 1);
    mirrorCrossProducts(c);
    expect(alphaFromCrossProducts(c).alpha).toBeCloseTo(0.9795918, 6);
    const overall = [5, 3, 5, 1, 4, 2, 4];
    const d = emptyCrossProducts([3, 3, 3]);
    items.forEach((row, i) => addCrossRow(d, [row[0] - 3, row[1] - 3, overall[i] - 3], 3, w[i]));
    mirrorCrossProducts(d);
    const beta = betaFromCrossProducts(d);
    const expected = derivedImportance(items, overall, "beta", w);
    beta.forEach((b, i) => expect(b).toBeCloseTo(expected[i], 10));
  });
});

describe("engine accumulators: level counts to moments", () => {
  it("the moments of a histogram equal adding each integer answer (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 }), (min, offsets) => {
        const levels = 11;
        const counts = new Array<number>(levels + 3).fill(0); // two leading slots and one trailing, not part of the histogram
        const added = emptyMoments();
        for (const o of offsets) {
          counts[2 + o] += 1;
          addMomentUnchecked(added, min + o, 1);
        }
        expect(momentsOfLevelCounts(counts, 2, levels, min)).toEqual(added);
      }),
    );
  });

  it("a worked case: answers 1, 1, 3, 5 on 1–5 give n 4, Σx 10, Σx² 36", () => {
    expect(momentsOfLevelCounts([2, 0, 1, 0, 1], 0, 5, 1)).toEqual({ n: 4, sumW: 4, sumW2: 4, sum: 10, sumSq: 36 });
  });
});
