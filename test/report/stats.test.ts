import {
  attributeGaps,
  columnMeans,
  cronbachAlpha,
  csi,
  derivedImportance,
  kanoPairCounts,
  levelCounts,
  mean,
  meanConfidenceInterval,
  nps,
  npsCounts,
  type Answer,
} from "../../src/engine";
import {
  alphaFromCrossProducts,
  betaFromCrossProducts,
  combinationMoments,
  createStatsAccumulator,
  layoutFromSurvey,
  mergeSurveyStats,
  pearsonFromSums,
  statsFromSurvey,
  type SurveyStats,
} from "../../src/report/stats";
import { meanIntervalFromMoments } from "../../src/engine/describe";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError } from "../engine/csError";
import { handSurvey, ratingMatrix, sampleSurvey, subSurvey } from "./fixtures";

const survey = sampleSurvey();
const stats = statsFromSurvey(survey, { beta: true });
const w = survey.weights!;
const rated = survey.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);

/** Deep comparison: equal structure, integers/strings exact, floats to a relative 1e-12. */
function expectSameStats(actual: unknown, expected: unknown, where = "stats"): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    try {
      expectClose(actual as number, expected, 1e-12);
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    return;
  }
  if (expected === null || typeof expected !== "object") {
    expect({ where, value: actual }).toEqual({ where, value: expected });
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((x, i) => expectSameStats((actual as unknown[])[i], x, `${where}[${i}]`));
    return;
  }
  const keys = Object.keys(expected as object).sort();
  expect(Object.keys(actual as object).sort()).toEqual(keys);
  for (const k of keys) expectSameStats((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${where}.${k}`);
}

describe("SurveyStats are mergeable sufficient statistics", () => {
  test("stats of the whole survey = merge of the stats of two halves (weighted sample, 600 rows)", () => {
    const first = statsFromSurvey(
      subSurvey(survey, (r) => r < 300),
      { beta: true },
    );
    const second = statsFromSurvey(
      subSurvey(survey, (r) => r >= 300),
      { beta: true },
    );
    expect(first.rows + second.rows).toBe(600);
    expectSameStats(mergeSurveyStats(first, second), stats);
    // …in either order, and through an accumulator fed with the other half's result.
    expectSameStats(mergeSurveyStats(second, first), stats);
  });

  test("three interleaved chunks merged through accumulators give the same stats", () => {
    const { layout, width } = layoutFromSurvey(survey, { beta: true });
    const parts = [0, 1, 2].map((k) =>
      statsFromSurvey(
        subSurvey(survey, (r) => r % 3 === k),
        { beta: true },
      ),
    );
    const acc = createStatsAccumulator(layout);
    const other = createStatsAccumulator(layout);
    other.merge(parts[1]);
    acc.merge(parts[0]);
    acc.merge(other);
    acc.merge(parts[2]);
    expectSameStats(acc.result(), stats);
    expect(width).toBeGreaterThanOrEqual(survey.headers.length);
  });

  test("counts are exact: rows, answers, Kano cells of an unweighted survey are integers", () => {
    const unweighted = statsFromSurvey({ ...survey, weights: undefined });
    expect(unweighted.weighted).toBe(false);
    expect(stats.weighted).toBe(true);
    expect(unweighted.rows).toBe(600);
    expect(unweighted.sumW).toBe(600);
    for (const a of unweighted.attributes) {
      if (a.kano) expect(a.kano.every(Number.isInteger)).toBe(true);
      if (a.rating) expect(a.rating.sumW).toBe(a.rating.n);
    }
  });

  test("result() is a snapshot: adding rows later does not change it", () => {
    const { layout, width } = layoutFromSurvey(survey);
    const acc = createStatsAccumulator(layout);
    const row = new Array(width).fill(null);
    acc.addRow(row, 1);
    const snap = acc.result();
    acc.addRow(row, 2);
    expect(snap.rows).toBe(1);
    expect(acc.result().rows).toBe(2);
    expect(acc.result().sumW).toBe(3);
  });
});

describe("SurveyStats reproduce the engine's direct functions on the same data (1e-12)", () => {
  test("attribute means of rating, importance, expectation, perception, competitor and overall", () => {
    for (const role of ["rating", "importance", "expectation", "perception", "competitor"] as const) {
      const idx = survey.attributes.map((a, i) => (a[role] ? i : -1)).filter((i) => i >= 0);
      expect(idx.length).toBeGreaterThan(0);
      const m: Answer[][] = Array.from({ length: survey.n }, (_, r) => idx.map((i) => survey.attributes[i][role]![r]));
      const expected = columnMeans(m, w);
      const actual = idx.map((i) => stats.attributes[i][role]!.sum / stats.attributes[i][role]!.sumW);
      expectAllClose(actual, expected, 1e-12);
    }
    expectClose(stats.overall!.sum / stats.overall!.sumW, mean(survey.overall!, w), 1e-12);
  });

  test("level counts of ratings and overall = engine levelCounts", () => {
    for (const i of rated) {
      expectAllClose(stats.attributes[i].ratingLevels!, levelCounts(survey.attributes[i].rating!, 1, 5, w), 1e-12);
    }
    expectAllClose(stats.overallLevels!, levelCounts(survey.overall!, 1, 5, w), 1e-12);
  });

  test("Kano pair tables = engine kanoPairCounts (engine layout, 25 cells)", () => {
    const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
    expect(features).toHaveLength(6);
    for (const i of features) {
      const a = survey.attributes[i];
      expectAllClose(stats.attributes[i].kano!, kanoPairCounts(a.kanoFunctional!, a.kanoDysfunctional!, w), 1e-12);
    }
  });

  test("NPS counts and score = engine npsCounts / nps", () => {
    const expected = npsCounts(survey.recommend!, w);
    expectSameStats(stats.nps, expected);
    const direct = nps(survey.recommend!, { weights: w });
    expect(direct.nps).toBeCloseTo((100 * (stats.nps!.promoters - stats.nps!.detractors)) / direct.n, 10);
  });

  test("gaps (pairwise P − E) = engine attributeGaps, and P̄ − Ē over the pairs equals the gap", () => {
    const idx = survey.attributes.map((a, i) => (a.expectation && a.perception ? i : -1)).filter((i) => i >= 0);
    const P = Array.from({ length: survey.n }, (_, r) => idx.map((i) => survey.attributes[i].perception![r]));
    const E = Array.from({ length: survey.n }, (_, r) => idx.map((i) => survey.attributes[i].expectation![r]));
    const expected = attributeGaps(P, E, w);
    idx.forEach((i, k) => {
      const g = stats.attributes[i].gap!;
      expectClose(g.gap.sum / g.gap.sumW, expected[k], 1e-12);
      expectClose(g.perception.sum / g.perception.sumW - g.expectation.sum / g.expectation.sumW, expected[k], 1e-12);
    });
  });

  test("Cronbach's α from the listwise cross-products = engine cronbachAlpha", () => {
    const direct = cronbachAlpha(ratingMatrix(survey, rated), w);
    const fromStats = alphaFromCrossProducts(stats.reliability!);
    expectClose(fromStats.alpha, direct.alpha, 1e-12);
    expect([fromStats.k, fromStats.n]).toEqual([direct.k, direct.n]);
    // and unweighted
    const u = statsFromSurvey({ ...survey, weights: undefined });
    expectClose(alphaFromCrossProducts(u.reliability!).alpha, cronbachAlpha(ratingMatrix(survey, rated)).alpha, 1e-12);
  });

  test("derived importance: Pearson r (pairwise) and β (listwise) = engine derivedImportance", () => {
    const items = ratingMatrix(survey, rated);
    const r = derivedImportance(items, survey.overall!, "pearson", w);
    expectAllClose(
      rated.map((i) => pearsonFromSums(stats.attributes[i].withOverall!)),
      r,
      1e-12,
    );
    const beta = derivedImportance(items, survey.overall!, "beta", w);
    expectAllClose(betaFromCrossProducts(stats.drivers!), beta, 1e-10);
  });

  test("the CSI's interval: t·s/√n′ of the respondent-level index over the complete rows", () => {
    const items = ratingMatrix(survey, rated);
    const index: Answer[] = [];
    const wc: number[] = [];
    items.forEach((row, r) => {
      if (row.every((x) => x !== null)) {
        index.push((100 * row.reduce((s: number, x) => s + (x as number) - 1, 0)) / (4 * row.length));
        wc.push(w[r]);
      }
    });
    const coef = rated.map(() => 100 / (4 * rated.length));
    const fromStats = meanIntervalFromMoments(combinationMoments(stats.reliability!, coef));
    const direct = meanConfidenceInterval(index, 0.95, wc);
    expectClose(fromStats.margin, direct.margin, 1e-10);
    expect(fromStats.n).toBe(direct.n);
  });

  test("per-segment rating moments give the engine's CSI of the segment's rows", () => {
    const seg = stats.segment!;
    expect(seg.name).toBe("Branch");
    expect(seg.values.map((v) => v.value)).toEqual(["Airport", "Downtown", "Harbour", "Old Town", "University"]);
    for (const s of seg.values) {
      const sub = subSurvey(survey, (r) => survey.segments[0].values[r] === s.value);
      expect(s.rows).toBe(sub.n);
      const means = rated.map((i) => s.rating[i]!.sum / s.rating[i]!.sumW);
      const engine = csi(ratingMatrix(sub, rated), { caseWeights: sub.weights });
      const fromStats = (100 * means.reduce((acc, m) => acc + m - 1, 0)) / (4 * means.length);
      expectClose(fromStats, engine, 1e-12);
      expectSameStats(s.nps, npsCounts(sub.recommend!, sub.weights));
    }
  });
});

describe("addRow: blank policy, weights and errors", () => {
  const small = handSurvey([
    { header: "Group", role: "segment", values: ["x", "y", null, "x"] },
    { header: "Q1", role: "rating", values: [1, 5, 3, null], attribute: "Q1", scale: { min: 1, max: 5 } },
    { header: "Q2", role: "rating", values: [2, 4, 4, 5], attribute: "Q2", scale: { min: 1, max: 5 } },
    { header: "NPS", role: "recommend", values: [10, 0, 8, 9] },
  ]);

  test("weight 0 drops a row from every statistic but it still counts in rows", () => {
    const s = statsFromSurvey({ ...small, weights: [1, 0, 1, 1] });
    expect(s.rows).toBe(4);
    expect(s.attributes[0].rating!.n).toBe(2);
    expect(s.attributes[0].rating!.sum).toBe(4);
    expect(s.nps).toEqual({ promoters: 2, passives: 1, detractors: 0, sumW2: 3 });
    expect(s.reliability!.n).toBe(2); // rows 1 and 3 are complete with weight > 0
    expect(s.segment!.values.map((v) => [v.value, v.rows, v.sumW])).toEqual([
      ["x", 2, 2],
      ["y", 1, 0],
    ]);
    expect(s.segment!.blankRows).toBe(1);
  });

  test("listwise cross-products skip a row with any blank rating", () => {
    const s = statsFromSurvey(small);
    expect(s.reliability!.n).toBe(3);
    expectClose(
      alphaFromCrossProducts(s.reliability!).alpha,
      cronbachAlpha([
        [1, 2],
        [5, 4],
        [3, 4],
        [null, 5],
      ]).alpha,
      1e-12,
    );
  });

  test("errors name the row (rows added) and the column", () => {
    const { layout, width } = layoutFromSurvey(small);
    const acc = createStatsAccumulator(layout);
    const row: (number | string | null)[] = new Array(width).fill(null);
    row[1] = 6;
    expectCsError(() => acc.addRow(row), "num", "row 1, column 2", "outside the 1–5 scale");
    row[1] = "good";
    expectCsError(() => acc.addRow(row), "value", "row 2, column 2", "'good' is not a number");
    row[1] = 3;
    expectCsError(() => acc.addRow(row, -1), "num", "case weight -1");
    row[layout.recommend!] = 7.5;
    expectCsError(() => acc.addRow(row), "num", "7.5 is not a whole-number score 0–10");
  });

  test("a Kano answer must be an integer 1–5; a Kano pair needs both columns", () => {
    const k = handSurvey([
      { header: "F", role: "kano_functional", values: [1, 2], attribute: "F" },
      { header: "D", role: "kano_dysfunctional", values: [5, 3], attribute: "F", pairIndex: 0 },
    ]);
    const { layout, width } = layoutFromSurvey(k);
    const acc = createStatsAccumulator(layout);
    const row: (number | null)[] = new Array(width).fill(null);
    row[0] = 1;
    row[1] = 2.5;
    expectCsError(() => acc.addRow(row), "num", "row 1, column 2", "2.5 is not a Kano answer");
    expectCsError(() => createStatsAccumulator({ ...layout, attributes: [{ name: "F", columns: { kanoFunctional: 0 }, scales: {} }] }), "value", "needs both");
  });

  test("stats of different layouts do not merge", () => {
    const a = statsFromSurvey(small);
    const b = statsFromSurvey(survey);
    expectCsError(() => mergeSurveyStats(a, b), "value", "different layouts");
  });

  test("a segment column that is not a segment → CsError value", () => {
    expectCsError(() => statsFromSurvey(small, { segment: 1 }), "value", "column 2 is not a segment column");
  });

  test("stats are of type SurveyStats and JSON round-trips (plain data)", () => {
    const s: SurveyStats = statsFromSurvey(small);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
