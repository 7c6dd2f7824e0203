/**
 * The plan for the sample survey (600 bank-branch respondents, weighted): every sheet present,
 * every number equal to the engine's direct computation on the survey's arrays, every formula
 * cell's expected value equal to the engine's value, every formula reference on a written cell.
 */
import { parseRange } from "../../src/report/a1";
import {
  attributeGaps,
  columnMeans,
  cronbachAlpha,
  crosshair,
  csi,
  kano,
  levelCounts,
  levelShares,
  mean,
  meanConfidenceInterval,
  nps,
  npsCounts,
  overallGap,
  priorityRanks,
  priorityScores,
  quadrantOf,
  topBox,
  type Answer,
} from "../../src/engine";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlan, buildReportPlanFromSurvey } from "../../src/report/build";
import { statsFromSurvey } from "../../src/report/stats";
import { expectAllClose, expectClose } from "../helpers/close";
import { ratingMatrix, sampleSurvey, subSurvey } from "./fixtures";
import { formulaCells, formulaFunctions, formulaRefs, referenceProblems, sheetByKey, sheetCells, table } from "./planCheck";

const survey = sampleSurvey();
const w = survey.weights!;
const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language: "en" as const };
const plan = buildReportPlanFromSurvey(survey, META);
const t = reportStrings("en");
const rated = survey.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
const names = rated.map((i) => survey.attributes[i].name);
const ratings = ratingMatrix(survey, rated);
const nums = (xs: unknown[]): number[] => xs.map((x) => x as number);

describe("plan for the sample survey: sheets and plain-data contract", () => {
  test("all five sheets, in order, with English names; n, source, generatedAt", () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "kano", "gap", "priority", "segments", "trend"]);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Summary", "Kano", "Gaps", "Priorities", "Segments", "Trend"]);
    expect(plan.n).toBe(600);
    expect([plan.version, plan.language, plan.source, plan.generatedAt]).toEqual([1, "en", META.source, META.generatedAt]);
    expect(plan.notes).toEqual([]);
  });

  test("each sheet starts with a title, a subtitle with n and the date, and a method note with the source", () => {
    for (const s of plan.sheets) {
      const cells = sheetCells(s);
      expect(typeof cells.get("A1")?.value).toBe("string");
      expect(cells.get("A2")?.value).toBe("n = 600 respondents · March 3, 2026");
      // The Summary opens with its headline (row 3), the other sheets with the source.
      const top = s.key === "summary" ? 4 : 3;
      expect(cells.get(`A${top}`)?.value).toBe("Source: Survey!A1:BH601.");
      expect(s.blocks.slice(0, top).map((b) => b.style)).toEqual(["title", "subtitle", ...(s.key === "summary" ? ["emphasis"] : []), "note"]);
    }
  });

  test("deterministic: the same input gives an identical plan", () => {
    const again = buildReportPlanFromSurvey(sampleSurvey(), META);
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
  });

  test("table names are unique, CS_-prefixed; headers unique non-empty text; chart names unique per sheet", () => {
    const all = plan.sheets.flatMap((s) => s.tables.map((x) => x.name));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining([
        "CS_Summary_Key",
        "CS_Summary_NPS",
        "CS_Summary_Means",
        "CS_Summary_Levels",
        "CS_Summary_Issues",
        "CS_Kano",
        "CS_Gap",
        "CS_Gap_Overall",
        "CS_Priority",
        "CS_Priority_Crosshair",
        "CS_Segments",
      ]),
    );
    for (const name of all) {
      expect(name).toMatch(/^CS_[A-Za-z0-9_]+$/);
      const v = table(plan, name);
      expect(v.headers.every((h) => typeof h === "string" && h.trim() !== "")).toBe(true);
      expect(new Set(v.headers).size).toBe(v.headers.length);
      expect(sheetCells(v.sheet).get(v.sheet.tables.find((x) => x.name === name)!.range.split(":")[0])?.formula).toBeNull();
    }
    for (const s of plan.sheets) {
      const charts = s.charts.map((c) => c.name);
      expect(new Set(charts).size).toBe(charts.length);
    }
  });

  test("chart series and labels point at written cells", () => {
    for (const s of plan.sheets) {
      expect(s.charts.length).toBeGreaterThan(0);
      const cells = sheetCells(s);
      for (const c of s.charts) {
        for (const series of c.series) {
          for (const ref of [series.values, series.categories, series.pointLabels].filter(Boolean) as string[]) {
            for (const r of formulaRefs(`=SUM(${ref})`)) {
              const [a, b] = r.range.split(":");
              expect(cells.get(a)?.value ?? null).not.toBeNull();
              expect(cells.get(b ?? a)?.value ?? null).not.toBeNull();
            }
          }
        }
      }
    }
  });
});

describe("formulas: plain A1 syntax over the report's own cells", () => {
  const cells = formulaCells(plan);
  const ALLOWED = new Set(["SUM", "SUMPRODUCT", "AVERAGE", "MEDIAN", "IF", "ISNUMBER", "ABS", "LARGE", "SQRT", "RANK", "MAX", "SUMIF"]);

  test("there are formulas on every sheet", () => {
    for (const s of plan.sheets) expect(cells.some((c) => c.sheet === s)).toBe(true);
    expect(cells.length).toBeGreaterThan(100);
  });

  test("every formula starts with '=', calls only functions Excel and LibreOffice share, no structured refs/dynamic arrays", () => {
    for (const { cell } of cells) {
      const f = cell.formula as string;
      expect(f.startsWith("=")).toBe(true);
      for (const fn of formulaFunctions(f)) expect(ALLOWED.has(fn)).toBe(true);
      expect(f).not.toMatch(/\[|\{|@|CS\.|LET\(|LAMBDA\(|FILTER\(|SORT\(|XLOOKUP\(/);
    }
  });

  test("every reference lands on a written cell of the plan (and never on the formula's own cell)", () => {
    expect(referenceProblems(plan)).toEqual([]);
  });

  test("every formula cell carries its expected value (finite number or text)", () => {
    for (const { cell } of cells) {
      expect(cell.value).not.toBeNull();
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
    }
  });

  test("the reference parser finds sheet-qualified refs and skips function names and strings", () => {
    expect(formulaRefs(`=LOG10(A1)+'My sheet'!$B$2:C3+IF(A1>0,"B7","")`)).toEqual([{ range: "A1" }, { sheet: "My sheet", range: "$B$2:C3" }, { range: "A1" }]);
  });
});

describe("Summary: numbers equal the engine's", () => {
  const key = table(plan, "CS_Summary_Key");
  const row = (label: string) => key.rows[key.values("Measure").indexOf(label)];

  test("CSI is a SUMPRODUCT over the means and the weights used; its value = engine csi()", () => {
    const c = row(t.summary.csi);
    expect(c[1].formula).toBe("=100*SUMPRODUCT(C28:C37-1,F28:F37)/((5-1)*SUM(F28:F37))");
    expectClose(c[1].value as number, csi(ratings, { caseWeights: w }), 1e-12);
    const means = table(plan, "CS_Summary_Means");
    expect(means.sheet.tables.find((x) => x.name === "CS_Summary_Means")!.range).toBe("A27:F37");
    // The weight used: the entry when it is a number ≥ 0, else the report's weight (1).
    expect(means.col("Weight used")[0].formula).toBe("=IF(ISNUMBER(D28),IF(D28>=0,D28,1),1)");
    expect(means.values("Weight used")).toEqual(rated.map(() => 1));
    expectAllClose(nums(means.values("Mean")), columnMeans(ratings, w), 1e-12);
    expect(means.values("CSI weight")).toEqual(rated.map(() => 1));
    expect(means.values("Attribute")).toEqual(names);
  });

  test("CSI interval: margin = t·s/√n′ of the respondent-level index (complete rows); bounds are formulas", () => {
    const index: Answer[] = [];
    const wc: number[] = [];
    ratings.forEach((r, i) => {
      if (r.every((x) => x !== null)) {
        index.push((100 * r.reduce((s: number, x) => s + (x as number) - 1, 0)) / (4 * r.length));
        wc.push(w[i]);
      }
    });
    const margin = meanConfidenceInterval(index, 0.95, wc).margin;
    const c = row(t.summary.csi);
    expectClose(c[2].value as number, margin, 1e-10);
    expect([c[3].formula, c[4].formula]).toEqual(["=B13-C13", "=B13+C13"]);
    expectClose(c[3].value as number, (c[1].value as number) - (c[2].value as number), 1e-12);
    expectClose(c[4].value as number, (c[1].value as number) + (c[2].value as number), 1e-12);
  });

  test("the headline (row 3, above the method): CSI with its 95% interval, NPS ± margin, the top three priorities", () => {
    const index: Answer[] = [];
    const wc: number[] = [];
    ratings.forEach((r, i) => {
      if (r.every((x) => x !== null)) {
        index.push((100 * r.reduce((s: number, x) => s + (x as number) - 1, 0)) / (4 * r.length));
        wc.push(w[i]);
      }
    });
    const c = csi(ratings, { caseWeights: w });
    const m = meanConfidenceInterval(index, 0.95, wc).margin;
    const n = nps(survey.recommend!, { weights: w });
    const impM = Array.from({ length: survey.n }, (_, r) => rated.map((i) => survey.attributes[i].importance![r]));
    const ranks = priorityRanks(priorityScores(columnMeans(impM, w), columnMeans(ratings, w)));
    const top = [1, 2, 3].map((k) => names[ranks.indexOf(k)]);
    const sign = n.nps > 0 ? "+" : "";
    const summary = sheetByKey(plan, "summary");
    expect(sheetCells(summary).get("A3")?.value).toBe(
      `In short: CSI ${c.toFixed(1)} (95% interval ${(c - m).toFixed(1)} to ${(c + m).toFixed(1)}); NPS ${sign}${n.nps.toFixed(1)} ± ${n.marginOfError.toFixed(1)}; improve first: ${top.join(", ")}.`,
    );
    expect(summary.blocks[2]).toMatchObject({ anchor: "A3", style: "emphasis" });
    expect(summary.blocks[2].span).toBeGreaterThanOrEqual(3);
  });

  test("NPS from the group counts (formula) = engine nps(); margin of error; shares", () => {
    const direct = nps(survey.recommend!, { weights: w });
    const c = row(t.summary.nps);
    expect(c[1].formula).toBe("=100*(B22-B24)/SUM(B22:B24)");
    expectClose(c[1].value as number, direct.nps, 1e-12);
    expectClose(c[2].value as number, direct.marginOfError, 1e-12);
    const groups = table(plan, "CS_Summary_NPS");
    const counts = npsCounts(survey.recommend!, w);
    expectAllClose(nums(groups.values("Respondents")), [counts.promoters, counts.passives, counts.detractors], 1e-12);
    expectAllClose(
      nums(groups.values("Share")),
      [counts.promoters, counts.passives, counts.detractors].map((x) => x / direct.n),
      1e-12,
    );
    expect(groups.col("Share")[0].formula).toBe("=B22/SUM($B$22:$B$24)");
  });

  test("n (unweighted), the weighted base stated once under the key table, counts shown as whole numbers", () => {
    expect(row(t.summary.respondents)[1].value).toBe(600);
    expect(key.values("Measure")).not.toContain("Weighted base");
    expect(w.reduce((s, x) => s + x, 0).toFixed(1)).toBe("642.0"); // 641.98, to one decimal
    const texts = plan.sheets.flatMap((s) => [...sheetCells(s).entries()].map(([addr, c]) => ({ sheet: s.key, addr, value: c.value })));
    const mentions = texts.filter((c) => typeof c.value === "string" && /weighted base/i.test(c.value));
    expect(mentions).toEqual([
      {
        sheet: "summary",
        addr: `A${parseRange(key.sheet.tables.find((x) => x.name === "CS_Summary_Key")!.range)!.to.row + 1}`,
        value: "Weighted base 642 (n = 600 respondents): means, shares and group counts are weighted; counts are shown as whole numbers.",
      },
    ]);
    // Weighted counts keep their exact value (formulas agree with the engine) but show no decimals.
    const groups = table(plan, "CS_Summary_NPS");
    expect(groups.values("Respondents").some((x) => !Number.isInteger(x))).toBe(true);
    expect(groups.col("Respondents").map((c) => c.format)).toEqual(["#,##0", "#,##0", "#,##0"]);
    const kanoFormats = plan.sheets
      .filter((s) => s.key === "kano")
      .flatMap((s) => [...sheetCells(s).values()])
      .filter((c) => typeof c.value === "number" && !Number.isInteger(c.value) && c.format !== null && /^#,##0/.test(c.format));
    expect(kanoFormats.length).toBeGreaterThan(0);
    expect(kanoFormats.every((c) => c.format === "#,##0")).toBe(true);
  });

  test("overall mean with CI, top-2-box, Cronbach's α", () => {
    expectClose(row(t.summary.overallMean)[1].value as number, mean(survey.overall!, w), 1e-12);
    expectClose(row(t.summary.overallMean)[2].value as number, meanConfidenceInterval(survey.overall!, 0.95, w).margin, 1e-12);
    expectClose(row(t.summary.topBoxOverall)[1].value as number, topBox(survey.overall!, { weights: w }), 1e-12);
    expectClose(row(t.summary.alpha)[1].value as number, cronbachAlpha(ratings, w).alpha, 1e-12);
  });

  test("CSM levels: shares per level = engine levelShares; top-2-box = SUM of the two top shares", () => {
    const levels = table(plan, "CS_Summary_Levels");
    expect(levels.headers).toEqual(["Attribute", "1 Very dissatisfied", "2 Dissatisfied", "3 Neutral", "4 Satisfied", "5 Very satisfied"]);
    rated.forEach((i, r) => {
      const expected = levelShares(levelCounts(survey.attributes[i].rating!, 1, 5, w));
      expectAllClose(nums(levels.rows[r].slice(1).map((c) => c.value)), expected, 1e-12);
    });
    const top = table(plan, "CS_Summary_Means").col("Top-2-box");
    expect(top[0].formula).toBe("=SUM(E41:F41)");
    expectAllClose(
      nums(top.map((c) => c.value)),
      rated.map((i) => topBox(survey.attributes[i].rating!, { weights: w })),
      1e-12,
    );
    const chart = sheetByKey(plan, "summary").charts[0];
    expect(chart.type).toBe("barStacked100");
    expect(chart.series.map((s) => s.values)).toEqual(["B41:B50", "C41:C50", "D41:D50", "E41:E50", "F41:F50"]);
    expect(chart.series.every((s) => s.categories === "A41:A50")).toBe(true);
  });

  test("unreadable cells: addresses, values and messages of the sample's known bad cells, count in all", () => {
    const issues = table(plan, "CS_Summary_Issues");
    expect(issues.values("Cell")).toEqual(["Survey!E15", "Survey!G28", "Survey!F151", "Survey!AU212"]);
    expect(issues.values("Value")).toEqual(["Very satisifed", "7", "11", "I love it"]);
    expect(issues.col("Value").every((c) => c.format === "@" && c.formula === null)).toBe(true);
    const texts = [...sheetCells(sheetByKey(plan, "summary")).values()].map((c) => c.value);
    expect(texts).toContain("Cells that could not be read: 4 in all (skipped)");
  });
});

describe("Kano: counts, categories and coefficients", () => {
  const k = table(plan, "CS_Kano");
  const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
  const F = Array.from({ length: survey.n }, (_, r) => features.map((i) => survey.attributes[i].kanoFunctional![r]));
  const D = Array.from({ length: survey.n }, (_, r) => features.map((i) => survey.attributes[i].kanoDysfunctional![r]));
  const engine = kano(F, D, { weights: w });

  test("the generator's intended categories: Video banking & Free coffee A, Queue SMS alert O, Weekend opening I, Contactless ATM M", () => {
    const cat = Object.fromEntries(k.values("Feature").map((f, r) => [f, k.values("Category")[r]]));
    expect(cat).toMatchObject({
      "Video banking": "Attractive",
      "Free coffee": "Attractive",
      "Queue SMS alert": "One-dimensional",
      "Weekend opening": "Indifferent",
      "Contactless ATM": "Must-be",
    });
    expect(k.values("Category")).toEqual(engine.map((e) => t.kanoCategories[e.category]));
  });

  test("counts are values; N, Better, Worse, |Worse|, strengths and Fong are formulas with the engine's values", () => {
    engine.forEach((e, r) => {
      expectAllClose(
        nums(["A", "O", "M", "I", "R", "Q"].map((h) => k.values(h)[r])),
        ["A", "O", "M", "I", "R", "Q"].map((c) => e.counts[c as "A"]),
        1e-12,
      );
      expectClose(k.values("N")[r] as number, e.n, 1e-12);
      expectClose(k.values("Better")[r] as number, e.better, 1e-12);
      expectClose(k.values("Worse")[r] as number, e.worse, 1e-12);
      expectClose(k.values("|Worse|")[r] as number, Math.abs(e.worse), 1e-12);
      expectClose(k.values("Total strength")[r] as number, e.totalStrength, 1e-12);
      expectClose(k.values("Category strength")[r] as number, e.categoryStrength, 1e-12);
      expect(k.values("Fong significant")[r]).toBe(e.fong.significant ? "Yes" : "No");
    });
    expect(k.col("Better")[0].formula).toBe("=(B6+C6)/(B6+C6+D6+E6)");
    expect(k.col("Worse")[0].formula).toBe("=-(C6+D6)/(B6+C6+D6+E6)");
    expect(k.col("Category strength")[0].formula).toBe("=(LARGE(B6:G6,1)-LARGE(B6:G6,2))/H6");
    for (const h of ["A", "O", "Category"]) expect(k.col(h).every((c) => c.formula === null)).toBe(true);
  });

  test("scatter: Better (y) against |Worse| (x), axes 0–1 crossing at 0.5, labels = feature names", () => {
    const c = sheetByKey(plan, "kano").charts[0];
    expect(c.type).toBe("xyScatter");
    expect(c.series[0]).toMatchObject({ values: "J6:J11", categories: "L6:L11", pointLabels: "A6:A11" });
    expect(c.xAxis).toMatchObject({ min: 0, max: 1, crossesAt: 0.5 });
    expect(c.yAxis).toMatchObject({ min: 0, max: 1, crossesAt: 0.5 });
  });
});

describe("Gaps and Priorities", () => {
  const idx = survey.attributes.map((a, i) => (a.expectation ? i : -1)).filter((i) => i >= 0);
  const P = Array.from({ length: survey.n }, (_, r) => idx.map((i) => survey.attributes[i].perception![r]));
  const E = Array.from({ length: survey.n }, (_, r) => idx.map((i) => survey.attributes[i].expectation![r]));
  const gaps = attributeGaps(P, E, w);

  test("Gap = P − E (formula) = engine attributeGaps; overall = AVERAGE = engine overallGap; no SERVQUAL for 10 items", () => {
    const g = table(plan, "CS_Gap");
    expectAllClose(nums(g.values("Gap (P − E)")), gaps, 1e-12);
    expect(g.col("Gap (P − E)")[0].formula).toBe("=C6-B6");
    const o = table(plan, "CS_Gap_Overall");
    expect(o.col("Gap")[0].formula).toBe("=AVERAGE(D6:D15)");
    expectClose(o.values("Gap")[0] as number, overallGap(gaps), 1e-12);
    expect(sheetByKey(plan, "gap").tables.some((x) => x.name === "CS_Gap_Servqual")).toBe(false);
    expect(sheetByKey(plan, "gap").charts[0]).toMatchObject({ type: "barClustered", series: [{ values: "D6:D15", categories: "A6:A15" }] });
  });

  test("priority: stated importance, performance, quadrant (IF over the crosshair cells), score, rank = engine", () => {
    const p = table(plan, "CS_Priority");
    const impM = Array.from({ length: survey.n }, (_, r) => rated.map((i) => survey.attributes[i].importance![r]));
    const imp = columnMeans(impM, w);
    const perf = columnMeans(ratings, w);
    const c = crosshair(imp, perf, "mean");
    const scores = priorityScores(imp, perf);
    const ranks = priorityRanks(scores);
    // Rows in rank order (rank 1 first): the engine's values in attribute order, reordered.
    const order = names.map((_, k) => k).sort((i, j) => ranks[i] - ranks[j]);
    const o = <T>(xs: readonly T[]): T[] => order.map((k) => xs[k]);
    expect(order).not.toEqual(names.map((_, k) => k));
    expect(p.values("Attribute")).toEqual(o(names));
    expectAllClose(nums(p.values("Importance")), o(imp), 1e-12);
    expectAllClose(nums(p.values("Performance")), o(perf), 1e-12);
    expect(p.values("Quadrant")).toEqual(o(imp.map((x, k) => t.quadrants[quadrantOf(x, perf[k], c)])));
    expectAllClose(nums(p.values("Priority score")), o(scores), 1e-12);
    expect(p.values("Rank")).toEqual(names.map((_, k) => k + 1));
    expectAllClose(nums(p.values("Gap (P − E)")), o(gaps), 1e-12);
    expect(p.headers).toEqual(["Attribute", "Importance", "Performance", "Quadrant", "Gap (P − E)", "Competitor", "Priority score", "Rank"]);
    expect(p.col("Quadrant")[0].formula).toBe(
      '=IF(B6>=$B$18,IF(C6>=$B$19,"Keep up the good work","Concentrate here"),IF(C6>=$B$19,"Possible overkill","Low priority"))',
    );
    expect(p.col("Priority score")[0].formula).toBe("=(B6/SUM($B$6:$B$15))*(5-C6)/(5-1)");
    const ch = table(plan, "CS_Priority_Crosshair");
    expect(ch.col("Value").map((x) => x.formula)).toEqual(["=AVERAGE(B6:B15)", "=AVERAGE(C6:C15)"]);
    expectAllClose(nums(ch.values("Value")), [c.importance, c.performance], 1e-12);
    // Scores add up to 1 − CSI/100 when the CSI weights are the importance (DESIGN §4.4).
    const wCsi = csi(ratings, { caseWeights: w, weights: imp });
    expectClose(
      scores.reduce((s, x) => s + x, 0),
      1 - wCsi / 100,
      1e-12,
    );
  });

  test("the sample's intended quadrants: Waiting time, Fees, Problem resolution → Concentrate here", () => {
    const p = table(plan, "CS_Priority");
    const concentrate = p.values("Attribute").filter((_, r) => p.values("Quadrant")[r] === "Concentrate here");
    expect(concentrate.sort()).toEqual(["Fees", "Problem resolution", "Waiting time"]);
  });

  test("SWOT grid and rules on the sheet; IPA scatter x = performance, y = importance, crossing at the crosshairs", () => {
    const s = sheetByKey(plan, "priority");
    const texts = [...sheetCells(s).values()].map((c) => c.value);
    for (const h of [t.priority.strengths, t.priority.weaknesses, t.priority.opportunities, t.priority.threats, ...t.priority.rules]) {
      expect(texts).toContain(h);
    }
    // Opportunities: the unrated attractive/one-dimensional Kano features; Threats: Fees (competitor higher, important).
    const cells = sheetCells(s);
    const below = (head: string): string[] => {
      const at = [...cells.entries()].find(([, c]) => c.value === head)![0];
      const col = at.replace(/\d+/, "");
      const out: string[] = [];
      for (let r = Number(at.replace(/\D+/, "")) + 1; cells.get(`${col}${r}`)?.value; r++) out.push(String(cells.get(`${col}${r}`)!.value));
      return out;
    };
    expect(below(t.priority.opportunities)).toEqual(["Video banking", "Queue SMS alert", "Free coffee"]);
    expect(below(t.priority.threats)).toEqual(["Fees"]);
    expect(below(t.priority.weaknesses).sort()).toEqual(["Fees", "Problem resolution", "Waiting time"]);
    const c = s.charts[0];
    const ch = table(plan, "CS_Priority_Crosshair").values("Value") as number[];
    expect(c).toMatchObject({ type: "xyScatter", series: [{ values: "B6:B15", categories: "C6:C15", pointLabels: "A6:A15" }, { marker: "none" }] });
    expect(c.xAxis!.crossesAt).toBe(ch[1]);
    expect(c.yAxis!.crossesAt).toBe(ch[0]);
    expect(c.xAxis!.min! <= ch[1] && ch[1] <= c.xAxis!.max!).toBe(true);
  });

  test.each(["en", "zh-CN", "es"] as const)("IPA chart names its four quadrants (%s): a marker-less series, one point inside each quadrant", (language) => {
    const p = language === "en" ? plan : buildReportPlanFromSurvey(survey, { ...META, language });
    const tl = reportStrings(language);
    const s = sheetByKey(p, "priority");
    const cells = sheetCells(s);
    const c = s.charts[0];
    expect(c.series).toHaveLength(2);
    const qs = c.series[1];
    expect(qs.marker).toBe("none");
    const column = (ref: string): unknown[] => {
      const [, col, top, col2, bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
      expect(col2).toBe(col);
      return Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => cells.get(`${col}${Number(top) + i}`)?.value);
    };
    const labels = column(qs.pointLabels!);
    const xs = nums(column(qs.categories!));
    const ys = nums(column(qs.values!));
    const q = tl.quadrants;
    expect(labels).toEqual([q.concentrate, q.keep, q.low, q.overkill]);
    if (language === "zh-CN") expect(labels).toEqual(["修补区", "优势区", "机会区", "维持区"]);
    if (language === "es") expect(labels).toEqual(["Concentrarse aquí", "Mantener el buen trabajo", "Baja prioridad", "Posible exceso"]);
    if (language === "en") expect(labels).toEqual(["Concentrate here", "Keep up the good work", "Low priority", "Possible overkill"]);
    expect(qs.labelPositions).toEqual(["right", "left", "right", "left"]);
    // Independent check from the crosshair cells and the axis bounds: concentrate = high importance,
    // low performance (top left); keep = top right; low priority = bottom left; overkill = bottom right.
    const [iStar, pStar] = table(p, "CS_Priority_Crosshair").values(tl.priority.crosshairHeaders[1]) as number[];
    expect([iStar, pStar]).toEqual([c.yAxis!.crossesAt, c.xAxis!.crossesAt]);
    const left = [0, 2],
      right = [1, 3],
      top = [0, 1],
      bottom = [2, 3];
    for (const k of left) expect(xs[k] > c.xAxis!.min! && xs[k] < pStar).toBe(true);
    for (const k of right) expect(xs[k] > pStar && xs[k] < c.xAxis!.max!).toBe(true);
    for (const k of top) expect(ys[k] > iStar && ys[k] < c.yAxis!.max!).toBe(true);
    for (const k of bottom) expect(ys[k] < iStar && ys[k] > c.yAxis!.min!).toBe(true);
    // Near the outer corners: 5% of the axis range in (the quadrants here are wider than 10%).
    const dx = (c.xAxis!.max! - c.xAxis!.min!) * 0.05;
    const dy = (c.yAxis!.max! - c.yAxis!.min!) * 0.05;
    expectAllClose(xs, [c.xAxis!.min! + dx, c.xAxis!.max! - dx, c.xAxis!.min! + dx, c.xAxis!.max! - dx], 1e-3);
    expectAllClose(ys, [c.yAxis!.max! - dy, c.yAxis!.max! - dy, c.yAxis!.min! + dy, c.yAxis!.min! + dy], 1e-3);
  });
});

describe("Segments", () => {
  test("per branch n, CSI, NPS = engine on the branch's rows; ranked; flagged only when significant (segmentTests.test.ts)", () => {
    const s = table(plan, "CS_Segments");
    expect(s.headers).toEqual(["Branch", "Respondents", "CSI", "CSI ± (95%)", "NPS", "NPS ± (95%)", "Rank", "Against the rest"]);
    const branches = s.values("Branch") as string[];
    branches.forEach((b, r) => {
      const sub = subSurvey(survey, (i) => survey.segments[0].values[i] === b);
      expect(s.values("Respondents")[r]).toBe(sub.n);
      const c = csi(ratingMatrix(sub, rated), { caseWeights: sub.weights });
      expectClose(s.values("CSI")[r] as number, c, 1e-12);
      const n = nps(sub.recommend!, { weights: sub.weights });
      expectClose(s.values("NPS")[r] as number, n.nps, 1e-12);
      expectClose(s.values("NPS ± (95%)")[r] as number, n.marginOfError, 1e-12);
      // CSI ± = t·s/√n′ of the respondent-level index over the branch's complete rows (as the Summary's).
      const index: Answer[] = [];
      const wc: number[] = [];
      ratingMatrix(sub, rated).forEach((x, i) => {
        if (x.every((v) => v !== null)) {
          index.push((100 * x.reduce((acc: number, v) => acc + (v as number) - 1, 0)) / (4 * x.length));
          wc.push(sub.weights![i]);
        }
      });
      expect(index.length).toBeGreaterThanOrEqual(30);
      expectClose(s.values("CSI ± (95%)")[r] as number, meanConfidenceInterval(index, 0.95, wc).margin, 1e-10);
      expect(s.values("Rank")[r]).toBe(r + 1);
    });
    expect(s.headers).not.toContain("Caution"); // every branch has ≥ 30 answers
    expect(branches[0]).toBe("Harbour");
    expect(branches[branches.length - 1]).toBe("Airport");
    expect(s.col("Rank")[0].formula).toBe("=RANK(C6,$C$6:$C$10)");
    expect(s.col("Against the rest").every((c) => !c.formula)).toBe(true); // a test result, not a comparison Excel can redo
    const sheet = sheetByKey(plan, "segments");
    expect(sheet.conditionalFormats).toContainEqual({
      range: "H6:H10",
      rule: { type: "textContains", text: "Significantly below", fill: "#FFC7CE", fontColor: "#9C0006" },
    });
    expect(sheet.charts[0]).toMatchObject({ type: "barClustered", series: [{ values: "C6:C10", categories: "A6:A10" }] });
  });
});

describe("SurveyStats in, plan out", () => {
  test("buildReportPlan(stats) of the survey equals buildReportPlanFromSurvey", () => {
    const direct = buildReportPlan(statsFromSurvey(survey), { ...META, issues: survey.issues, issueCount: survey.issueCount });
    expect(direct).toEqual(plan);
  });
});
