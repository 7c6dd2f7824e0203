/**
 * The Segments sheet's tests against the rest (issue #13): every figure recomputed independently
 * from the survey's arrays — the segment's rows and the rows OUTSIDE it taken directly (not by the
 * report's fieldwise subtraction) — through the engine's tests (themselves checked against R's
 * sleep example and hand computations in test/engine/significance.test.ts); the adjustment across
 * the whole table; the verdict in words in three languages; the method note; the option.
 */
import { adjustPValues, csi, npsCounts, npsTest, proportionTest, topBox, vectorMoments, welchTest, type Answer, type TestResult } from "../../src/engine";
import { reportStrings } from "../../src/i18n/report";
import type { ReportOptions } from "../../src/report/analysis";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { ReportLanguage, ReportPlan } from "../../src/report/plan";
import type { Survey } from "../../src/survey/survey";
import { expectClose } from "../helpers/close";
import { handSurvey, ratingMatrix, sampleSurvey, subSurvey } from "./fixtures";
import { referenceProblems, sheetByKey, sheetCells, table } from "./planCheck";

const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z" };

function build(s: Survey, options: ReportOptions = {}, language: ReportLanguage = "en"): ReportPlan {
  const plan = buildReportPlanFromSurvey(s, { ...META, language }, options);
  expect(referenceProblems(plan)).toEqual([]);
  return plan;
}

/** The respondent-level CSI index (equal weights, 1–5) of the complete rows, with their weights. */
function indexOf(s: Survey, rated: readonly number[]): { x: Answer[]; w: number[] } {
  const x: Answer[] = [];
  const w: number[] = [];
  ratingMatrix(s, rated).forEach((row, i) => {
    if (row.every((v) => v !== null)) {
      x.push((100 * row.reduce((acc: number, v) => acc + (v as number) - 1, 0)) / (4 * row.length));
      w.push(s.weights ? s.weights[i] : 1);
    }
  });
  return { x, w };
}

/** Kish n′ and the weighted top-2-box share of overall satisfaction (1–5). */
function topBoxSample(s: Survey): { share: number; n: number } {
  const w = s.overall!.map((v, i) => (v === null ? 0 : s.weights![i]));
  const sumW = w.reduce((a, b) => a + b, 0);
  const sumW2 = w.reduce((a, b) => a + b * b, 0);
  return { share: topBox(s.overall!, { weights: s.weights }), n: (sumW * sumW) / sumW2 };
}

describe("sample survey: each branch against the rest", () => {
  const survey = sampleSurvey();
  const plan = build(survey);
  const tests = table(plan, "CS_Segments_Tests");
  const rated = survey.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
  const branch = survey.segments[0].values;
  const branches = tests.values("Branch") as string[];

  // Independent: the rows in the branch and the rows outside it, straight from the arrays.
  const expected = branches.map((b) => {
    const inside = subSurvey(survey, (i) => branch[i] === b);
    const rest = subSurvey(survey, (i) => branch[i] !== b);
    const ia = indexOf(inside, rated);
    const ib = indexOf(rest, rated);
    const ta = topBoxSample(inside);
    const tb = topBoxSample(rest);
    const results: [string, number, number, TestResult][] = [
      [
        "CSI",
        csi(ratingMatrix(inside, rated), { caseWeights: inside.weights }),
        csi(ratingMatrix(rest, rated), { caseWeights: rest.weights }),
        welchTest(vectorMoments(ia.x, ia.w), vectorMoments(ib.x, ib.w)),
      ],
      [
        "Overall (mean)",
        vectorMoments(inside.overall!, inside.weights).sum / vectorMoments(inside.overall!, inside.weights).sumW,
        vectorMoments(rest.overall!, rest.weights).sum / vectorMoments(rest.overall!, rest.weights).sumW,
        welchTest(vectorMoments(inside.overall!, inside.weights), vectorMoments(rest.overall!, rest.weights)),
      ],
      ["NPS", 0, 0, npsTest(npsCounts(inside.recommend!, inside.weights), npsCounts(rest.recommend!, rest.weights))],
      ["Top-2-box", ta.share, tb.share, proportionTest(ta.share * ta.n, ta.n, tb.share * tb.n, tb.n)],
    ];
    return results;
  });

  test("the first table flags a branch only when its CSI (the ranked measure) differs significantly from the rest", () => {
    const adjusted = adjustPValues(
      expected.flatMap((e) => e.map(([, , , x]) => x.p)),
      "holm",
    );
    const seg = table(plan, "CS_Segments");
    const flags = seg.values("Against the rest");
    const want = branches.map((_, r) => (adjusted[r * 4] < 0.05 ? (expected[r][0][3].diff < 0 ? "Significantly below" : "Significantly above") : null));
    expect(branches.map((_, r) => flags[seg.values("Branch").indexOf(branches[r])] ?? null)).toEqual(want);
    expect(want.some((f) => f !== null)).toBe(true); // the sample has a real difference (Airport)
    expect(want.some((f) => f === null)).toBe(true); // and branches whose difference may be noise
  });

  test("headers: each measure beside the rest's, then the verdict", () => {
    expect(tests.headers).toEqual([
      "Branch",
      "CSI",
      "CSI, rest",
      "Overall (mean)",
      "Overall (mean), rest",
      "NPS",
      "NPS, rest",
      "Top-2-box",
      "Top-2-box, rest",
      "Significant differences",
    ]);
    expect(branches).toEqual(table(plan, "CS_Segments").values("Branch")); // the first table's order
  });

  test("the segment's and the rest's values equal the engine on the rows inside and outside the branch", () => {
    branches.forEach((_, r) => {
      for (const [header, inside, rest, test] of expected[r]) {
        if (header === "NPS") {
          expectClose((tests.values("NPS")[r] as number) - (tests.values("NPS, rest")[r] as number), test.diff, 1e-9);
          continue;
        }
        expectClose(tests.values(header)[r] as number, inside, 1e-9);
        expectClose(tests.values(`${header}, rest`)[r] as number, rest, 1e-9);
      }
    });
  });

  test("Holm across the whole table (5 branches × 4 measures); the verdict names exactly the adjusted p < 0.05", () => {
    const raw = expected.flatMap((e) => e.map(([, , , x]) => x.p));
    expect(raw).toHaveLength(20);
    const adjusted = adjustPValues(raw, "holm");
    const names: Record<string, string> = { CSI: "CSI", "Overall (mean)": "overall satisfaction", NPS: "NPS", "Top-2-box": "top-2-box" };
    branches.forEach((_, r) => {
      const verdict = (tests.values("Significant differences")[r] as string | null) ?? "";
      expected[r].forEach(([header, , , x], m) => {
        const adj = adjusted[r * 4 + m];
        const p = adj < 0.001 ? "p < 0.001" : `p = ${adj.toFixed(3)}`;
        expect({ branch: branches[r], header, named: verdict.includes(`${names[header]} `) && verdict.includes(p) }).toEqual({
          branch: branches[r],
          header,
          named: adj < 0.05,
        });
        if (adj < 0.05) expect(verdict).toContain(x.diff < 0 ? "significantly below the rest" : "significantly above the rest");
      });
    });
    // The sample's weakest branch, as a manager reads it.
    const airport = branches.indexOf("Airport");
    expect(tests.values("Significant differences")[airport]).toBe(
      "significantly below the rest: CSI 54.5 vs 67.0, p < 0.001; overall satisfaction 3.12 vs 3.68, p < 0.001; NPS -50.7 vs 1.3, p < 0.001; top-2-box 34.0% vs 61.7%, p < 0.001",
    );
    expect(tests.values("Significant differences")[branches.indexOf("University")]).toBeNull();
  });

  test("the method note at the sheet's foot names the tests and the adjustment", () => {
    const notes = [...sheetCells(sheetByKey(plan, "segments")).values()].map((c) => String(c.value));
    const en = reportStrings("en").segments.tests;
    expect(notes.some((n) => n.startsWith("Against the rest:") && n.includes("Welch") && n.includes("Kish"))).toBe(true);
    expect(notes).toContain(en.method[1].replace("{method}", "Holm").replace("{level}", "0.05"));
  });

  test('pAdjust "bh": the same raw p-values adjusted by Benjamini–Hochberg (never above Holm), the note says so', () => {
    const bh = build(survey, { pAdjust: "bh" });
    const raw = expected.flatMap((e) => e.map(([, , , x]) => x.p));
    const adjusted = adjustPValues(raw, "bh");
    const holm = adjustPValues(raw, "holm");
    adjusted.forEach((p, k) => expect(p).toBeLessThanOrEqual(holm[k]));
    const verdicts = (table(bh, "CS_Segments_Tests").values("Significant differences") as (string | null)[]).map((v) => v ?? "");
    const count = (vs: string[]): number => vs.reduce((n, v) => n + (v.match(/p [<=]/g) ?? []).length, 0);
    expect(count(verdicts)).toBe(adjusted.filter((p) => p < 0.05).length);
    const notes = [...sheetCells(sheetByKey(bh, "segments")).values()].map((c) => String(c.value));
    expect(notes.some((n) => n.includes("Benjamini–Hochberg"))).toBe(true);
  });

  test("zh-CN and es write the verdicts in their words, same numbers", () => {
    const airport = branches.indexOf("Airport");
    const zh = table(build(survey, {}, "zh-CN"), "CS_Segments_Tests");
    const es = table(build(survey, {}, "es"), "CS_Segments_Tests");
    expect(zh.rows[airport][9].value).toBe(
      "显著低于其余样本：CSI 54.5，其余 67.0，p < 0.001；总体满意度 3.12，其余 3.68，p < 0.001；NPS -50.7，其余 1.3，p < 0.001；最高两档占比 34.0%，其余 61.7%，p < 0.001",
    );
    expect(String(es.rows[airport][9].value)).toMatch(/^significativamente por debajo del resto: CSI 54,5 frente a 67,0, p < 0,001; /);
    expectClose(zh.rows[airport][1].value as number, tests.values("CSI")[airport] as number, 1e-12);
  });
});

describe("hand-made segments", () => {
  const n = 40;
  const region = [...Array<string>(n).fill("North"), ...Array<string>(n).fill("South")];

  test("alike segments: no verdict (noise is not flagged)", () => {
    const rec = region.map((_, i) => (i * 7) % 11); // the same scores in both halves
    const s = handSurvey([
      { header: "Region", role: "segment", values: region },
      { header: "Recommend", role: "recommend", values: rec.map((_, i) => rec[i % n]) },
    ]);
    const t = table(build(s), "CS_Segments_Tests");
    expect(t.headers).toEqual(["Region", "NPS", "NPS, rest", "Significant differences"]);
    expect(t.values("Significant differences")).toEqual([null, null]);
  });

  test("a clear difference: both sides named, with the numbers by hand", () => {
    // North: 30 detractors (0), 10 promoters (10) → NPS −50; South: 10 detractors, 30 promoters → NPS 50.
    const rec = [...Array<number>(30).fill(0), ...Array<number>(10).fill(10), ...Array<number>(10).fill(0), ...Array<number>(30).fill(10)];
    const s = handSurvey([
      { header: "Region", role: "segment", values: region },
      { header: "Recommend", role: "recommend", values: rec },
    ]);
    const t = table(build(s), "CS_Segments_Tests");
    // By hand: p = .25, d = .75 → var = (1 − .25)/40 per side; se = 100·√(2·.75/40) = 19.365, z = −100/19.365 = −5.16.
    // |z| = 5.16 > z(0.9995) = 3.2905, so p < 0.001 even after Holm's ×2.
    const z = -100 / (100 * Math.sqrt((2 * 0.75) / 40));
    expect(Math.abs(z)).toBeGreaterThan(3.2905);
    const names = t.values("Region") as string[];
    expect(names).toEqual(["South", "North"]); // ranked by NPS, as the first table
    expect(t.values("Significant differences")).toEqual([
      "significantly above the rest: NPS 50.0 vs -50.0, p < 0.001",
      "significantly below the rest: NPS -50.0 vs 50.0, p < 0.001",
    ]);
  });

  test("a segment too small to test is left without a verdict, the others are still tested", () => {
    const reg = [...region, "Tiny"];
    const rec = [...Array<number>(30).fill(0), ...Array<number>(10).fill(10), ...Array<number>(10).fill(0), ...Array<number>(30).fill(10), 9];
    const s = handSurvey([
      { header: "Region", role: "segment", values: reg },
      { header: "Recommend", role: "recommend", values: rec },
    ]);
    const t = table(build(s), "CS_Segments_Tests");
    const names = t.values("Region") as string[];
    expect(t.values("Significant differences")[names.indexOf("Tiny")]).toBeNull();
    expect(t.values("NPS")[names.indexOf("Tiny")]).toBeNull();
    expect(t.values("Significant differences")[names.indexOf("North")]).toMatch(/^significantly below the rest: NPS/);
  });
});
