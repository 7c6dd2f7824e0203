/**
 * Plans for surveys with missing or unusual data: sheets left out with notes, text that looks like a
 * formula, other languages, SERVQUAL's 22 items, Kano tie-breaks on the priority sheet, negative
 * derived importance, the options (importance, crosshair, CSI weights, sheets, segment).
 */
import {
  columnMeans,
  csi,
  csiFromMeans,
  derivedImportance,
  dimensionGaps,
  attributeGaps,
  meanConfidenceInterval,
  median,
  nps,
  priorityRanks,
  priorityScores,
  servqualScore,
} from "../../src/engine";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { ReportLanguage, ReportPlan } from "../../src/report/plan";
import type { ReportOptions } from "../../src/report/analysis";
import type { Survey } from "../../src/survey/survey";
import { expectAllClose, expectClose } from "../helpers/close";
import { handSurvey, ratingMatrix, rng, sampleSurvey } from "./fixtures";
import { formulaCells, referenceProblems, sheetByKey, sheetCells, table } from "./planCheck";

const META = { source: "file sample-survey.csv", generatedAt: "2026-03-03T10:00:00Z", language: "en" as ReportLanguage };
const en = reportStrings("en");
const sample = sampleSurvey();
const rated = sample.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
const nums = (xs: unknown[]): number[] => xs.map((x) => x as number);
/** `xs` (attribute order) in the order of `ranks` (rank 1 first): the Priorities table's row order. */
const inRankOrder = <T>(xs: readonly T[], ranks: readonly number[]): T[] =>
  xs
    .map((_, k) => k)
    .sort((i, j) => ranks[i] - ranks[j])
    .map((k) => xs[k]);

function build(s: Survey, options: ReportOptions = {}, language: ReportLanguage = "en"): ReportPlan {
  const plan = buildReportPlanFromSurvey(s, { ...META, language }, options);
  expect(referenceProblems(plan)).toEqual([]);
  return plan;
}

function summaryTexts(plan: ReportPlan): unknown[] {
  return [...sheetCells(sheetByKey(plan, "summary")).values()].map((c) => c.value);
}

describe("sheets without data are left out, with a note in plan.notes and on the Summary", () => {
  test("drop the Kano columns → no Kano sheet", () => {
    const plan = build(sampleSurvey((h) => /functional/.test(h)));
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "gap", "priority", "segments", "trend"]);
    expect(plan.notes).toEqual([en.notes.kanoMissing]);
    expect(summaryTexts(plan)).toContain(en.notes.kanoMissing);
    expect(summaryTexts(plan)).toContain(en.summary.notesHeading);
  });

  test("drop expectation/perception → no Gaps sheet, and the priority table has no gap column", () => {
    const plan = build(sampleSurvey((h) => /^(Expectation|Perception):/.test(h)));
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "kano", "priority", "segments", "trend"]);
    expect(plan.notes).toEqual([en.notes.gapMissing]);
    expect(table(plan, "CS_Priority").headers).not.toContain(en.priority.headers.gap);
  });

  test("drop the branch column → no Segments sheet; drop ratings → no Priorities, no CSI, segments by NPS", () => {
    const noBranch = build(sampleSurvey((h) => h === "Branch"));
    expect(noBranch.sheets.map((s) => s.key)).not.toContain("segments");
    expect(noBranch.notes).toEqual([en.notes.segmentsMissing]);

    const noRatings = build(sampleSurvey((h) => / - (satisfaction|importance)$/.test(h)));
    expect(noRatings.sheets.map((s) => s.key)).toEqual(["summary", "kano", "gap", "segments", "trend"]);
    expect(noRatings.notes).toEqual([en.notes.priorityMissing, en.notes.noRatings]);
    const key = table(noRatings, "CS_Summary_Key");
    expect(key.values("Measure")).not.toContain(en.summary.csi);
    expect(key.values("Measure")).toContain(en.summary.nps);
    const seg = table(noRatings, "CS_Segments");
    expect(seg.headers).toEqual(["Branch", "Respondents", "NPS", "NPS ± (95%)", "Rank", "Against the rest"]);
    const v = nums(seg.values("NPS"));
    expect([...v].sort((a, b) => b - a)).toEqual(v);
  });

  test("a survey with nothing to analyse still gets a Summary listing every sheet left out", () => {
    const s = handSurvey([{ header: "ID", role: "id", values: ["a", "b", "c"] }]);
    const plan = build(s);
    expect(plan.sheets.map((x) => x.key)).toEqual(["summary"]);
    expect(plan.notes).toEqual([en.notes.kanoMissing, en.notes.gapMissing, en.notes.priorityMissing, en.notes.segmentsMissing, en.notes.noRatings]);
    expect(table(plan, "CS_Summary_Key").values("Measure")).toEqual([en.summary.respondents]);
  });

  test("options.sheets builds only the sheets asked for (no notes for the others)", () => {
    const plan = build(sample, { sheets: ["priority", "summary"] });
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "priority"]);
    expect(plan.notes).toEqual([]);
  });

  test("a segment with one value only → Segments left out with its note", () => {
    const s = handSurvey([
      { header: "Region", role: "segment", values: ["North", "North", "North"] },
      { header: "Q1", role: "rating", values: [1, 4, 5], attribute: "Q1", scale: { min: 1, max: 5 } },
    ]);
    const plan = build(s);
    expect(plan.notes).toContain(en.notes.segmentsSingle.replace("{segment}", "Region"));
  });

  test("options.segment picks the segment column; blank segment values are counted in a note", () => {
    const s = handSurvey([
      { header: "Region", role: "segment", values: ["N", "S", "N", "S", "N", "S"] },
      { header: "Channel", role: "segment", values: ["web", "app", null, "web", "app", "web"] },
      { header: "Q1", role: "rating", values: [1, 2, 3, 4, 5, 4], attribute: "Q1", scale: { min: 1, max: 5 } },
    ]);
    expect(table(build(s), "CS_Segments").headers[0]).toBe("Region");
    const byChannel = build(s, { segment: 1 });
    const seg = table(byChannel, "CS_Segments");
    expect(seg.headers[0]).toBe("Channel");
    expect(seg.values("Channel")).toEqual(["app", "web"]); // app: 2, 5 → 62.5; web: 1, 4, 4 → 50
    expect(seg.values("Respondents")).toEqual([2, 3]);
    expect(byChannel.notes).toContain("Respondents without a segment value (not on the Segments sheet): 1.");
    const wrong = build(s, { segment: 2 });
    expect(wrong.notes).toContain("The segment column 3 was not in the statistics; the first segment column is used.");
    expect(table(wrong, "CS_Segments").headers[0]).toBe("Region");
  });

  test("segment CSI ± and NPS ± (95%); a caution on the segment with fewer than 30 answers only", () => {
    // Big: 31 respondents, one without Q2 → 30 complete (not small); Small: 10 respondents.
    const region = [...Array<string>(31).fill("Big"), ...Array<string>(10).fill("Small")];
    const q1 = region.map((_, i) => 1 + ((i * 7) % 5));
    const q2 = region.map((_, i) => (i === 3 ? null : 1 + ((i * 3 + 1) % 5)));
    const rec = region.map((_, i) => (i * 5) % 11);
    const s = handSurvey([
      { header: "Region", role: "segment", values: region },
      { header: "Q1", role: "rating", values: q1, attribute: "Q1", scale: { min: 1, max: 5 } },
      { header: "Q2", role: "rating", values: q2, attribute: "Q2", scale: { min: 1, max: 5 } },
      { header: "Recommend", role: "recommend", values: rec },
    ]);
    const seg = table(build(s), "CS_Segments");
    expect(seg.headers).toEqual(["Region", "Respondents", "CSI", "CSI ± (95%)", "NPS", "NPS ± (95%)", "Rank", "Against the rest", "Caution"]);
    const names = seg.values("Region") as string[];
    expect([...names].sort()).toEqual(["Big", "Small"]);
    for (const [r, name] of names.entries()) {
      const rows = region.map((g, i) => (g === name ? i : -1)).filter((i) => i >= 0);
      const complete = rows.filter((i) => q2[i] !== null);
      const index = complete.map((i) => (100 * (q1[i] - 1 + (q2[i] as number) - 1)) / (4 * 2));
      expectClose(seg.values("CSI ± (95%)")[r] as number, meanConfidenceInterval(index, 0.95).margin, 1e-10);
      expectClose(seg.values("NPS ± (95%)")[r] as number, nps(rows.map((i) => rec[i])).marginOfError, 1e-12);
      expect(seg.values("Caution")[r]).toBe(name === "Small" ? "⚠ Fewer than 30 answers" : null);
    }
    expect(seg.col("CSI ± (95%)")[0].format).toBe('"± "0.0');
  });

  test("a segment column with more than 100 values (an ID?) → Segments left out with its note", () => {
    const ids = Array.from({ length: 101 }, (_, i) => `C${i}`);
    const s = handSurvey([
      { header: "Customer", role: "segment", values: ids },
      { header: "Q1", role: "rating", values: ids.map((_, i) => 1 + (i % 5)), attribute: "Q1", scale: { min: 1, max: 5 } },
    ]);
    const plan = build(s);
    expect(plan.sheets.map((x) => x.key)).not.toContain("segments");
    expect(plan.notes).toContain("Segments sheet left out: the segment column “Customer” has 101 values (at most 100 are compared); is it really a segment?");
  });
});

describe("text from the survey is text, never a formula", () => {
  const hyper = '=HYPERLINK("http://x")';
  const s = handSurvey([
    { header: "Branch", role: "segment", values: ["=1+1", "@SUM(A1)", "=1+1", "+cmd", "@SUM(A1)", "+cmd"] },
    { header: hyper, role: "rating", values: [1, 2, 3, 4, 5, "=2*2"], attribute: hyper, scale: { min: 1, max: 5 } },
    { header: "Fees", role: "rating", values: [2, 3, 3, 4, 4, 5], attribute: "Fees", scale: { min: 1, max: 5 } },
  ]);
  const plan = build(s);

  test("a header '=HYPERLINK(\"http://x\")' is a plain string value wherever it appears", () => {
    let seen = 0;
    for (const sheet of plan.sheets) {
      for (const cell of sheetCells(sheet).values()) {
        if (typeof cell.value === "string" && cell.value.startsWith("=")) {
          expect(cell.formula).toBeNull();
          if (cell.value === hyper) seen++;
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2); // means table and levels table
    for (const { cell } of formulaCells(plan)) expect(cell.formula).not.toContain("HYPERLINK");
  });

  test("segment values and unreadable cell values stay text", () => {
    const seg = table(plan, "CS_Segments");
    expect(seg.values("Branch").sort()).toEqual(["+cmd", "=1+1", "@SUM(A1)"]);
    expect(seg.col("Branch").every((c) => c.formula === null)).toBe(true);
    const issues = table(plan, "CS_Summary_Issues");
    expect(issues.values("Value")).toEqual(["=2*2"]);
    expect(issues.values("Cell")).toEqual(["B7"]);
  });
});

describe("languages: zh-CN and es translate the words and keep the numbers", () => {
  const plans = { en: build(sample), "zh-CN": build(sample, {}, "zh-CN"), es: build(sample, {}, "es") };

  test("sheet names, quadrant labels, Kano categories translated", () => {
    expect(plans["zh-CN"].sheets.map((s) => s.name)).toEqual(["概要", "Kano分析", "差距分析", "改进优先级", "细分对比", "趋势"]);
    expect(plans.es.sheets.map((s) => s.name)).toEqual(["Resumen", "Kano", "Brechas", "Prioridades", "Segmentos", "Tendencia"]);
    const quadrants = (p: ReportPlan): unknown[] => table(p, "CS_Priority").rows.map((r) => r[3].value);
    const map = {
      "Keep up the good work": ["优势区", "Mantener el buen trabajo"],
      "Concentrate here": ["修补区", "Concentrarse aquí"],
      "Low priority": ["机会区", "Baja prioridad"],
      "Possible overkill": ["维持区", "Posible exceso"],
    } as Record<string, [string, string]>;
    expect(quadrants(plans["zh-CN"])).toEqual(quadrants(plans.en).map((q) => map[q as string][0]));
    expect(quadrants(plans.es)).toEqual(quadrants(plans.en).map((q) => map[q as string][1]));
    expect(table(plans["zh-CN"], "CS_Priority").rows[0][3].formula).toContain('"修补区"');
    const cats = (p: ReportPlan): unknown[] => table(p, "CS_Kano").rows.map((r) => r[8].value);
    expect(cats(plans["zh-CN"])).toEqual(["魅力质量", "一元质量", "无差异质量", "必备质量", "魅力质量", "必备质量"]);
    expect(cats(plans.es)).toEqual(["Atractivo", "Unidimensional", "Indiferente", "Obligatorio", "Atractivo", "Obligatorio"]);
    expect(sheetCells(plans["zh-CN"].sheets[0]).get("A2")?.value).toBe("样本量 n = 600 · 2026年3月3日");
    expect(sheetCells(plans.es.sheets[0]).get("A2")?.value).toBe("n = 600 encuestados · 3 de marzo de 2026");
  });

  test("identical layout, numbers, formulas (apart from quoted text) and tables in every language", () => {
    for (const lang of ["zh-CN", "es"] as const) {
      const other = plans[lang];
      expect(other.sheets.map((s) => s.tables)).toEqual(plans.en.sheets.map((s) => s.tables));
      plans.en.sheets.forEach((sheet, k) => {
        const a = sheetCells(sheet);
        const b = sheetCells(other.sheets[k]);
        expect([...b.keys()]).toEqual([...a.keys()]);
        for (const [addr, cell] of a) {
          const c = b.get(addr)!;
          if (typeof cell.value === "number") expect(c.value).toBe(cell.value);
          expect(c.formula?.replace(/"(?:[^"]|"")*"/g, '""') ?? null).toBe(cell.formula?.replace(/"(?:[^"]|"")*"/g, '""') ?? null);
        }
      });
    }
  });
});

describe("SERVQUAL: dimension gaps and score only with 22 items", () => {
  const r = rng(11);
  const n = 60;
  const cols: Parameters<typeof handSurvey>[0] = [];
  for (let q = 1; q <= 22; q++) {
    const e = Array.from({ length: n }, () => (r() < 0.05 ? null : 4 + Math.floor(r() * 4)));
    const p = Array.from({ length: n }, () => (r() < 0.05 ? null : 1 + Math.floor(r() * 7)));
    cols.push({ header: `Expectation: Q${q}`, role: "expectation", values: e, attribute: `Q${q}`, scale: { min: 1, max: 7 } });
    cols.push({ header: `Perception: Q${q}`, role: "perception", values: p, attribute: `Q${q}`, pairIndex: cols.length - 1, scale: { min: 1, max: 7 } });
  }
  const s = handSurvey(cols);
  const plan = build(s);

  test("five dimension rows (AVERAGE over the item gaps) and the unweighted score (AVERAGE of the dimensions)", () => {
    const P = Array.from({ length: n }, (_, row) => s.attributes.map((a) => a.perception![row]));
    const E = Array.from({ length: n }, (_, row) => s.attributes.map((a) => a.expectation![row]));
    const gaps = attributeGaps(P, E);
    const dims = dimensionGaps(gaps);
    const t = table(plan, "CS_Gap_Servqual");
    expect(t.values("Dimension")).toEqual(["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy", "SERVQUAL score (unweighted)"]);
    expect(t.values("Items").slice(0, 5)).toEqual(["1–4", "5–9", "10–13", "14–17", "18–22"]);
    expectAllClose(nums(t.values("Gap")), [...dims, servqualScore(dims)], 1e-12);
    expect(t.col("Gap").map((c) => c.formula)).toEqual([
      "=AVERAGE(D6:D9)",
      "=AVERAGE(D10:D14)",
      "=AVERAGE(D15:D18)",
      "=AVERAGE(D19:D22)",
      "=AVERAGE(D23:D27)",
      "=AVERAGE(C33:C37)",
    ]);
    expect(plan.notes).toEqual([en.notes.kanoMissing, en.notes.priorityMissing, en.notes.segmentsMissing, en.notes.noRatings]);
  });
});

describe("priority sheet: Kano tie-break, SWOT rules, negative importance, options", () => {
  // Y and X have identical ratings and importance (equal scores); X is must-be, Y attractive, Z better rated.
  const r = rng(5);
  const n = 40;
  const base = Array.from({ length: n }, () => 1 + Math.floor(r() * 3));
  const imp = Array.from({ length: n }, () => 4 + Math.floor(r() * 2));
  const z = base.map((x) => Math.min(5, x + 2));
  const overall = base.map((x, i) => Math.min(5, Math.max(1, x + (i % 3) - 1)));
  const s = handSurvey([
    { header: "Overall satisfaction", role: "overall", values: overall },
    { header: "Y - satisfaction", role: "rating", values: base, attribute: "Y" },
    { header: "Y - importance", role: "importance", values: imp, attribute: "Y" },
    { header: "X - satisfaction", role: "rating", values: base, attribute: "X" },
    { header: "X - importance", role: "importance", values: imp, attribute: "X" },
    { header: "Z - satisfaction", role: "rating", values: z, attribute: "Z" },
    { header: "Z - importance", role: "importance", values: imp.map(() => 3), attribute: "Z" },
    { header: "Y (functional)", role: "kano_functional", values: base.map(() => 1), attribute: "Y" },
    { header: "Y (dysfunctional)", role: "kano_dysfunctional", values: base.map(() => 3), attribute: "Y", pairIndex: 7 },
    { header: "X (functional)", role: "kano_functional", values: base.map(() => 2), attribute: "X" },
    { header: "X (dysfunctional)", role: "kano_dysfunctional", values: base.map(() => 5), attribute: "X", pairIndex: 9 },
    { header: "Competitor: Z", role: "competitor", values: z.map(() => 5), attribute: "Z" },
  ]);

  test("equal scores are ranked M before A by the tie-break column, in the formula as in the engine", () => {
    const plan = build(s);
    const p = table(plan, "CS_Priority");
    // Rank order: X (must-be) before Y (attractive) at the same score, then Z.
    expect(p.values("Attribute")).toEqual(["X", "Y", "Z"]);
    expect(p.headers).toEqual([
      "Attribute",
      "Importance",
      "Performance",
      "Quadrant",
      "Kano category",
      "Competitor",
      "Priority score",
      "Tie-break (Kano)",
      "Rank",
    ]);
    const scores = nums(p.values("Priority score"));
    expect(scores[0]).toBe(scores[1]);
    expect(p.values("Kano category")).toEqual(["Must-be", "Attractive", null]);
    expect(p.values("Tie-break (Kano)")).toEqual([1, 3, 7]);
    expect(p.values("Rank")).toEqual(priorityRanks(scores, ["M", "A", null]));
    expect(p.values("Rank")).toEqual([1, 2, 3]);
    expect(p.col("Rank")[0].formula).toBe("=SUMPRODUCT(($G$6:$G$8>G6)*1)+SUMPRODUCT(($G$6:$G$8=G6)*($H$6:$H$8<H6))+SUMPRODUCT(($G$6:G6=G6)*($H$6:H6=H6))");
  });

  test("β with collinear items (X and Y rated alike) falls back to Pearson, with the reason in a note", () => {
    const plan = build(s, { importance: "beta" });
    expect(plan.notes.some((n) => n.startsWith("β importance could not be computed (column 2: items are collinear"))).toBe(true);
    const items = ratingMatrix(s, [0, 1, 2]);
    expectAllClose(nums(table(plan, "CS_Priority").values("Importance")), derivedImportance(items, s.overall!, "pearson"), 1e-12);
  });

  test("SWOT: attractive below the crosshair → Opportunity; must-be below → Threat", () => {
    const plan = build(s);
    const cells = sheetCells(sheetByKey(plan, "priority"));
    const at = (v: string): string => [...cells.entries()].find(([, c]) => c.value === v)![0];
    const next = (addr: string): unknown => cells.get(addr.replace(/\d+/, (d) => String(Number(d) + 1)))?.value;
    expect(next(at(en.priority.opportunities))).toBe("Y");
    expect(next(at(en.priority.threats))).toBe("X");
  });

  test("negative derived importance counts as 0: MAX/SUMIF in the score formula, and a note", () => {
    const neg = handSurvey([
      { header: "Overall satisfaction", role: "overall", values: overall },
      { header: "A - satisfaction", role: "rating", values: overall.map((x) => 6 - x), attribute: "A" },
      { header: "B - satisfaction", role: "rating", values: overall, attribute: "B" },
      { header: "C - satisfaction", role: "rating", values: overall.map((x, i) => Math.min(5, x + (i % 2))), attribute: "C" },
    ]);
    const plan = build(neg, { importance: "pearson" });
    const p = table(plan, "CS_Priority");
    const items = ratingMatrix(neg, [0, 1, 2]);
    const r = derivedImportance(items, neg.overall!, "pearson");
    expect(r[0]).toBeLessThan(0);
    const perf = columnMeans(items);
    const scores = priorityScores(
      r.map((x) => Math.max(0, x)),
      perf,
    );
    const ranks = priorityRanks(scores);
    expect(p.values("Attribute")).toEqual(inRankOrder(["A", "B", "C"], ranks));
    expect(p.values("Rank")).toEqual([1, 2, 3]);
    expectAllClose(nums(p.values("Importance")), inRankOrder(r, ranks), 1e-12);
    expectAllClose(nums(p.values("Priority score")), inRankOrder(scores, ranks), 1e-12);
    expect(p.col("Priority score")[0].formula).toBe('=(MAX(B6,0)/SUMIF($B$6:$B$8,">0"))*(5-C6)/(5-1)');
    expect(plan.notes).toContain(en.notes.negativeImportance.replace("{attributes}", "A"));
    expect(plan.notes).not.toContain(en.notes.importanceFallback);
  });

  test("importance: Pearson and β against overall satisfaction = engine derivedImportance", () => {
    const items = ratingMatrix(sample, rated);
    for (const method of ["pearson", "beta"] as const) {
      const plan = build(sample, { importance: method });
      const expected = derivedImportance(items, sample.overall!, method, sample.weights);
      const p = table(plan, "CS_Priority");
      const at = p.values("Attribute").map((name) => rated.findIndex((i) => sample.attributes[i].name === name));
      expect([...at].sort((x, y) => x - y)).toEqual(rated.map((_, k) => k));
      expectAllClose(
        nums(p.values("Importance")),
        at.map((k) => expected[k]),
        1e-10,
      );
      // The method note (at the foot of the sheet) names the importance method used.
      const notes = [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => c.value).filter((v): v is string => typeof v === "string");
      expect(notes.some((v) => v.includes(method === "beta" ? "(β)" : "Pearson"))).toBe(true);
    }
  });

  test("crosshair options: median (MEDIAN formula), midpoint and a number (values)", () => {
    const p = table(build(sample, { crosshair: "median" }), "CS_Priority");
    const c = table(build(sample, { crosshair: "median" }), "CS_Priority_Crosshair");
    expect(c.col("Value")[0].formula).toBe("=MEDIAN(B6:B15)");
    expectClose(c.values("Value")[0] as number, median(nums(p.values("Importance"))), 1e-12);
    expectClose(c.values("Value")[1] as number, median(nums(p.values("Performance"))), 1e-12);
    const mid = table(build(sample, { crosshair: "midpoint" }), "CS_Priority_Crosshair");
    expect(mid.values("Value")).toEqual([3, 3]);
    expect(mid.col("Value").every((x) => x.formula === null)).toBe(true);
    const fixed = build(sample, { crosshair: 3.5 });
    expect(table(fixed, "CS_Priority_Crosshair").values("Value")).toEqual([3.5, 3.5]);
    expect(table(fixed, "CS_Priority").values("Quadrant")).toContain("Keep up the good work");
  });

  test("CSI weights = importance: the weights column holds the importance means and the CSI follows", () => {
    const plan = build(sample, { csiWeights: "importance" });
    const means = table(plan, "CS_Summary_Means");
    const impM = Array.from({ length: sample.n }, (_, r) => rated.map((i) => sample.attributes[i].importance![r]));
    const imp = columnMeans(impM, sample.weights);
    expectAllClose(nums(means.values("CSI weight")), imp, 1e-12);
    const key = table(plan, "CS_Summary_Key");
    const value = key.values("Value")[key.values("Measure").indexOf(en.summary.csi)] as number;
    expectClose(value, csi(ratingMatrix(sample, rated), { caseWeights: sample.weights, weights: imp }), 1e-12);
    expectClose(value, csiFromMeans(nums(means.values("Mean")), { weights: imp }), 1e-12);
  });
});

describe("the Summary's list of unreadable cells", () => {
  test("addresses are offset from the source range's top-left; the count in all is shown", () => {
    const s = sampleSurvey();
    const plan = buildReportPlanFromSurvey(s, { ...META, source: "Data!C3:BJ603", issueCount: 1234 });
    expect(table(plan, "CS_Summary_Issues").values("Cell")).toEqual(["Data!G17", "Data!I30", "Data!H153", "Data!AW214"]);
    expect(summaryTexts(plan)).toContain("Cells that could not be read: 1,234 in all (skipped)");
  });

  test("no problems → a one-line statement, no table", () => {
    const s: Survey = { ...sampleSurvey(), issues: [], issueCount: 0 };
    const plan = buildReportPlanFromSurvey(s, META);
    expect(summaryTexts(plan)).toContain(en.summary.issuesNone);
    expect(sheetByKey(plan, "summary").tables.map((x) => x.name)).not.toContain("CS_Summary_Issues");
  });
});

test("a survey without recommend: no NPS rows, Segments by CSI without an NPS column", () => {
  const plan = build(sampleSurvey((h) => h.startsWith("Likelihood")));
  expect(table(plan, "CS_Summary_Key").values("Measure")).not.toContain(en.summary.nps);
  expect(sheetByKey(plan, "summary").tables.map((x) => x.name)).not.toContain("CS_Summary_NPS");
  expect(table(plan, "CS_Segments").headers).toEqual(["Branch", "Respondents", "CSI", "CSI ± (95%)", "Rank", "Against the rest"]);
});
