/**
 * Trend sheet (issue #13): every figure is recomputed here from the rows of the test survey by
 * direct formulas (means, Student t and normal quantiles from @stdlib, Welch's t and df, the NPS
 * variance (p + d − (p − d)²)/n, the pooled two-proportion z, Holm's step-down by hand) — an
 * independent computation, not the report's accumulators.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { analyze } from "../../src/report/analysis";
import { buildReportPlan, buildReportPlanFromSurvey } from "../../src/report/build";
import type { PlanSheet } from "../../src/report/plan";
import { statsFromRows } from "../../src/report/rowStats";
import { mergeSurveyStats, statsFromSurvey } from "../../src/report/stats";
import { possibleSheets, sheetsImpossible } from "../../src/report/sheetsPossible";
import { analyzeTrend } from "../../src/report/trendAnalysis";
import { SHEET_KEYS } from "../../src/report/plan";
import { reportStrings } from "../../src/i18n/report";
import { handSurvey, rng, subSurvey } from "./fixtures";
import type { ColumnProposal } from "../../src/survey/roles";

const WAVES = ["2025-Q4", "2026-Q1", "2026-Q2"];
const SEGMENTS = ["North", "South", "East"];

/** Rows: [period, segment, overall, recommend, a, b]; wave 2026-Q2 is clearly better. */
function rows(): (string | number | null)[][] {
  const r = rng(1313);
  const out: (string | number | null)[][] = [];
  // Scrambled wave order in the data, so the order must come from the period values.
  for (const w of [2, 0, 1]) {
    const n = 45 + 5 * w;
    for (let i = 0; i < n; i++) {
      const lift = w === 2 ? 1.2 : w === 1 ? 0.2 : 0;
      const pick = (lo: number, hi: number, shift: number) => Math.max(lo, Math.min(hi, Math.round(lo + r() * (hi - lo) * 0.8 + shift)));
      const seg = i % 10 === 0 ? "East" : i % 2 === 0 ? "North" : "South";
      const a = pick(1, 5, lift);
      const b = i % 7 === 3 ? null : pick(1, 5, lift); // some blanks: the CSI interval is listwise
      out.push([WAVES[w], seg, pick(1, 5, lift), pick(0, 10, 2 * lift), a, b]);
    }
  }
  return out;
}

const HEADERS = ["Quarter", "Region", "Overall", "Recommend", "Speed", "Staff"];
const ROLES: ColumnProposal["role"][] = ["period", "segment", "overall", "recommend", "rating", "rating"];

function survey(data = rows()) {
  return handSurvey(
    HEADERS.map((header, c) => ({
      header,
      role: ROLES[c],
      values: data.map((r) => r[c]),
      ...(ROLES[c] === "rating" ? { attribute: header } : {}),
    })),
  );
}

// ------------------------------------------------------------------ the independent computation

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};
const tMargin = (xs: number[]) => (tQuantile(0.975, xs.length - 1) * Math.sqrt(variance(xs))) / Math.sqrt(xs.length);
const welchP = (a: number[], b: number[]) => {
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const t = (mean(b) - mean(a)) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return 2 * tCdf(-Math.abs(t), df);
};
const npsParts = (scores: number[]) => {
  const n = scores.length;
  const p = scores.filter((s) => s >= 9).length / n;
  const d = scores.filter((s) => s <= 6).length / n;
  return { n, p, d, nps: 100 * (p - d), v: p + d - (p - d) ** 2 };
};
const npsP = (a: number[], b: number[]) => {
  const x = npsParts(a);
  const y = npsParts(b);
  const z = (y.nps - x.nps) / (100 * Math.sqrt(x.v / x.n + y.v / y.n));
  return 2 * normalCdf(-Math.abs(z), 0, 1);
};
const propP = (a: number[], b: number[]) => {
  const sa = a.filter((x) => x >= 4).length;
  const sb = b.filter((x) => x >= 4).length;
  const pooled = (sa + sb) / (a.length + b.length);
  const z = (sb / b.length - sa / a.length) / Math.sqrt(pooled * (1 - pooled) * (1 / a.length + 1 / b.length));
  return 2 * normalCdf(-Math.abs(z), 0, 1);
};
/** Holm (1979) step-down, by hand. */
const holm = (p: number[]) => {
  const order = p.map((_, i) => i).sort((i, j) => p[i] - p[j] || i - j);
  const out = new Array<number>(p.length);
  let run = 0;
  order.forEach((i, k) => {
    run = Math.max(run, Math.min(1, (p.length - k) * p[i]));
    out[i] = run;
  });
  return out;
};

function byWave(data: (string | number | null)[][]) {
  return WAVES.map((w) => {
    const r = data.filter((x) => x[0] === w);
    const col = (c: number) => r.map((x) => x[c]).filter((v): v is number => typeof v === "number");
    const complete = r.filter((x) => typeof x[4] === "number" && typeof x[5] === "number");
    // Respondent-level index: equal weights, (x − 1)/4·100 averaged over the two items.
    const index = complete.map((x) => (((x[4] as number) - 1) / 4) * 50 + (((x[5] as number) - 1) / 4) * 50);
    const csi = ((mean(col(4)) - 1) / 4) * 50 + ((mean(col(5)) - 1) / 4) * 50;
    return { rows: r.length, overall: col(2), recommend: col(3), index, csi };
  });
}

// ------------------------------------------------------------------ tests

describe("Trend across waves: the figures", () => {
  const data = rows();
  const s = survey(data);
  const t = reportStrings("en");
  const a = analyze(statsFromSurvey(s), t);
  const trend = analyzeTrend(a)!;
  const hand = byWave(data);

  it("orders the waves as periods", () => {
    expect(trend.waves.map((w) => w.value)).toEqual(WAVES);
    expect(trend.order.kind).toBe("quarter");
    expect(trend.measures).toEqual(["csi", "overall", "nps", "topBox"]);
  });

  it("per wave: n, CSI, overall mean, NPS, top-2-box and their 95% margins", () => {
    trend.waves.forEach((w, i) => {
      const h = hand[i];
      expect(w.rows).toBe(h.rows);
      expect(w.figures.csi!.value).toBeCloseTo(h.csi, 9);
      expect(w.figures.csi!.margin!).toBeCloseTo(tMargin(h.index), 9);
      expect(w.figures.csi!.answers).toBe(h.index.length);
      expect(w.figures.overall!.value).toBeCloseTo(mean(h.overall), 9);
      expect(w.figures.overall!.margin!).toBeCloseTo(tMargin(h.overall), 9);
      const n = npsParts(h.recommend);
      expect(w.figures.nps!.value).toBeCloseTo(n.nps, 9);
      expect(w.figures.nps!.margin!).toBeCloseTo(normalQuantile(0.975, 0, 1) * 100 * Math.sqrt(n.v / n.n), 9);
      const top = h.overall.map((x) => (x >= 4 ? 1 : 0));
      expect(w.figures.topBox!.value).toBeCloseTo(mean(top), 9);
      expect(w.figures.topBox!.margin!).toBeCloseTo(tMargin(top), 9);
    });
  });

  it("changes vs previous and first: diffs, tests and Holm-adjusted p", () => {
    const raw: number[] = [];
    const expected: { m: string; i: number; j: number; diff: number }[] = [];
    for (let i = 1; i < 3; i++) {
      for (const m of ["csi", "overall", "nps", "topBox"] as const) {
        for (const j of i === 1 ? [0] : [i - 1, 0]) {
          const A = hand[j];
          const B = hand[i];
          const p =
            m === "csi"
              ? welchP(A.index, B.index)
              : m === "overall"
                ? welchP(A.overall, B.overall)
                : m === "nps"
                  ? npsP(A.recommend, B.recommend)
                  : propP(A.overall, B.overall);
          raw.push(p);
          const value = (k: number) =>
            m === "csi"
              ? hand[k].csi
              : m === "overall"
                ? mean(hand[k].overall)
                : m === "nps"
                  ? npsParts(hand[k].recommend).nps
                  : mean(hand[k].overall.map((x) => (x >= 4 ? 1 : 0)));
          expected.push({ m, i, j, diff: value(i) - value(j) });
        }
      }
    }
    const adjusted = holm(raw);
    expect(trend.changes.length).toBe(expected.length);
    expected.forEach((e, k) => {
      const c = trend.changes.find((x) => x.measure === e.m && x.wave === e.i && x.against === e.j)!;
      expect(c.diff).toBeCloseTo(e.diff, 9);
      expect(c.test!.p).toBeCloseTo(raw[k], 9);
      expect(c.adjustedP!).toBeCloseTo(adjusted[k], 9);
      expect(c.significant).toBe(adjusted[k] < 0.05);
    });
    // The data has a clear lift in the last wave: at least one change is significant, and one is not.
    expect(trend.changes.some((c) => c.significant)).toBe(true);
    expect(trend.changes.some((c) => c.significant === false)).toBe(true);
  });

  it("segment × wave: the CSI per cell, small cells marked", () => {
    const segs = trend.segments!;
    expect(segs.values).toEqual([...SEGMENTS].sort());
    segs.values.forEach((v, r) =>
      WAVES.forEach((w, c) => {
        const cell = data.filter((x) => x[0] === w && x[1] === v);
        const m = (k: number) => mean(cell.map((x) => x[k]).filter((y): y is number => typeof y === "number"));
        expect(segs.cells[r][c]!.csi).toBeCloseTo(((m(4) - 1) / 4) * 50 + ((m(5) - 1) / 4) * 50, 9);
        const complete = cell.filter((x) => typeof x[4] === "number" && typeof x[5] === "number").length;
        expect(segs.cells[r][c]!.small).toBe(complete < 30);
      }),
    );
    expect(segs.cells[segs.values.indexOf("East")].every((c) => c!.small)).toBe(true);
  });

  it("the per-period sums merge: two halves give the whole", () => {
    const whole = statsFromSurvey(s);
    const merged = mergeSurveyStats(statsFromSurvey(subSurvey(s, (i) => i % 2 === 0)), statsFromSurvey(subSurvey(s, (i) => i % 2 === 1)));
    expect(merged.period!.values.map((p) => p.value)).toEqual(WAVES);
    merged.period!.values.forEach((p, i) => {
      const q = whole.period!.values[i];
      expect(p.rows).toBe(q.rows);
      expect(p.nps).toEqual(q.nps);
      expect(p.overall!.sum).toBeCloseTo(q.overall!.sum, 9);
      expect(p.reliability!.cross.map((x, k) => x - q.reliability!.cross[k]).every((d) => Math.abs(d) < 1e-9)).toBe(true);
      expect(p.segments!.map((g) => [g.value, g.rows])).toEqual(q.segments!.map((g) => [g.value, g.rows]));
    });
  });

  it("the streaming row reader gives the same per-period sums", () => {
    const proposals: ColumnProposal[] = HEADERS.map((header, index) => ({
      index,
      header,
      role: ROLES[index],
      reason: "test",
      ...(ROLES[index] === "rating" ? { attribute: header } : {}),
    }));
    const streamed = statsFromRows(HEADERS, data, proposals).stats;
    expect(streamed.period).toEqual(statsFromSurvey(s).period);
  });
});

describe("Trend sheet in the plan", () => {
  const data = rows();
  const meta = { source: "Survey!A1:F151", generatedAt: "2026-03-01T00:00:00Z", language: "en" as const };
  const plan = buildReportPlanFromSurvey(survey(data), meta);
  const sheet = plan.sheets.find((x) => x.key === "trend") as PlanSheet;
  const cellAt = (sh: PlanSheet, row: number, col: number) => {
    for (const b of sh.blocks) {
      const m = /^([A-Z]+)(\d+)$/.exec(b.anchor)!;
      const c0 = m[1].split("").reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0);
      const r0 = Number(m[2]);
      const v = b.values[row - r0]?.[col - c0];
      if (row >= r0 && col >= c0 && v !== undefined) return { v, f: b.formulas?.[row - r0]?.[col - c0] ?? null };
    }
    return undefined;
  };

  it("comes last, named Trend, with the wave table, the change table and the segment table", () => {
    expect(plan.sheets.map((x) => x.key)).toEqual(["summary", "priority", "segments", "trend"]);
    expect(sheet.name).toBe("Trend");
    expect(sheet.tables.map((x) => x.name)).toEqual(["CS_Trend", "CS_Trend_Change", "CS_Trend_Segments"]);
  });

  it("writes each wave's figures, and the changes as formulas over them, in words", () => {
    const hand = byWave(data);
    const top = Number(/^[A-Z]+(\d+)/.exec(sheet.tables[0].range)![1]);
    WAVES.forEach((w, i) => {
      expect(cellAt(sheet, top + 1 + i, 1)!.v).toBe(w);
      expect(cellAt(sheet, top + 1 + i, 2)!.v).toBe(hand[i].rows);
      expect(cellAt(sheet, top + 1 + i, 3)!.v as number).toBeCloseTo(hand[i].csi, 9);
    });
    const ctop = Number(/^[A-Z]+(\d+)/.exec(sheet.tables[1].range)![1]);
    const first = cellAt(sheet, ctop + 1, 3)!;
    expect(first.f).toBe(`=C${top + 2}-C${top + 1}`);
    expect(first.v as number).toBeCloseTo(hand[1].csi - hand[0].csi, 9);
    const words = sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
    expect(words.some((v) => /^Significant rise \(p [=<] /.test(v))).toBe(true);
    expect(words.some((v) => /^Not significant \(p = /.test(v))).toBe(true);
    expect(words).toContain("* fewer than 30 answers behind the figure.");
  });

  it("draws a line chart of CSI and NPS by wave", () => {
    expect(sheet.charts).toHaveLength(1);
    const c = sheet.charts[0];
    expect(c.type).toBe("line");
    expect(c.series.map((x) => x.name)).toEqual(["CSI", "NPS"]);
    expect(c.series[0].categories).toBe(`A${Number(/^[A-Z]+(\d+)/.exec(sheet.tables[0].range)![1]) + 1}:A${Number(/(\d+)$/.exec(sheet.tables[0].range)![1])}`);
  });

  it("says why waves are in text order when a value is not a period", () => {
    const odd = rows().map((r) => (r[0] === "2026-Q1" ? ["Spring", ...r.slice(1)] : r));
    const p = buildReportPlanFromSurvey(survey(odd), meta);
    const tr = p.sheets.find((x) => x.key === "trend")!;
    const texts = tr.blocks.flatMap((b) => b.values.flat());
    expect(texts).toContain("The waves are in text order: “Spring” is not read as a date, week, month, quarter, half-year, year or wave number.");
  });

  it("shows Excel date serials (how Excel hands over a date cell) as dates, in date order", () => {
    // 46082 = 2026-03-01, 46023 = 2026-01-01, 46054 = 2026-02-01 (Excel's DATE serials).
    const serial: Record<string, number> = { "2025-Q4": 46082, "2026-Q1": 46023, "2026-Q2": 46054 };
    const dated = rows().map((r) => [serial[r[0] as string], ...r.slice(1)]);
    const p = buildReportPlanFromSurvey(survey(dated), meta);
    const tr = p.sheets.find((x) => x.key === "trend")!;
    const body = tr.blocks.find((b) => b.style === "body")!;
    expect(body.values.map((r) => r[0])).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });

  it("is left out, with the reason, when the period has one value or when asked for without a period column", () => {
    const one = rows().map((r) => ["2026-Q1", ...r.slice(1)]);
    const p = buildReportPlanFromSurvey(survey(one), meta);
    expect(p.sheets.map((x) => x.key)).not.toContain("trend");
    expect(p.notes).toContain("Trend sheet left out: the period column “Quarter” has fewer than two values.");
    const s = survey().period ? statsFromSurvey(survey()) : undefined;
    const none = buildReportPlan({ ...s!, period: undefined }, meta, { sheets: ["summary", "trend"] });
    expect(none.notes).toContain("Trend sheet left out: the survey has no period column.");
  });

  it("is in every report language", () => {
    for (const language of ["zh-CN", "es"] as const) {
      const p = buildReportPlanFromSurvey(survey(data), { ...meta, language });
      const tr = p.sheets.find((x) => x.key === "trend")!;
      expect(tr.name).toBe(reportStrings(language).sheetNames.trend);
      expect(tr.charts[0].title).toBe(reportStrings(language).trend.chart);
    }
  });
});

describe("sheetsPossible: Trend needs a period column", () => {
  const proposals = (roles: ColumnProposal["role"][]): ColumnProposal[] =>
    HEADERS.map((header, index) => ({ index, header, role: roles[index], reason: "test", ...(roles[index] === "rating" ? { attribute: header } : {}) }));

  it("possible with a period column, and the report has it", () => {
    const p = proposals(ROLES);
    expect(sheetsImpossible(p).trend).toBeUndefined();
    expect(possibleSheets(SHEET_KEYS, p)).toContain("trend");
  });

  it("impossible without one, with its reason, and the report has none", () => {
    const roles = ROLES.map((r) => (r === "period" ? "ignore" : r));
    const p = proposals(roles);
    expect(sheetsImpossible(p).trend).toBe("trendMissing");
    expect(possibleSheets(SHEET_KEYS, p)).not.toContain("trend");
    const data = rows();
    const s = handSurvey(
      HEADERS.map((header, c) => ({ header, role: roles[c], values: data.map((r) => r[c]), ...(roles[c] === "rating" ? { attribute: header } : {}) })),
    );
    const plan = buildReportPlanFromSurvey(s, { source: "Survey!A1", generatedAt: "2026-03-01T00:00:00Z", language: "en" });
    expect(plan.sheets.map((x) => x.key)).not.toContain("trend");
    // Not asked for by name: no note (most surveys have no period column).
    expect(plan.notes.join(" ")).not.toMatch(/Trend/);
  });
});

describe("Trend: more values than waves, and case weights", () => {
  const meta = { source: "Survey!A1", generatedAt: "2026-03-01T00:00:00Z", language: "en" as const };

  it("a period column with more than 60 values (a timestamp) gives no Trend sheet, with the count", () => {
    const many = rows().map((r, i) => [`2026-01-01T${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00`, ...r.slice(1)]);
    const distinct = new Set(many.map((r) => r[0])).size;
    expect(distinct).toBeGreaterThan(60);
    const s = survey(many);
    const st = statsFromSurvey(s);
    expect(st.period!.tooMany).toBe(distinct);
    expect(st.period!.values).toEqual([]);
    // Merged from two parts it is still too many (the count is an upper bound).
    const merged = mergeSurveyStats(statsFromSurvey(subSurvey(s, (i) => i < 70)), statsFromSurvey(subSurvey(s, (i) => i >= 70)));
    expect(merged.period!.tooMany).toBeGreaterThanOrEqual(distinct);
    const p = buildReportPlan(st, meta);
    expect(p.sheets.map((x) => x.key)).not.toContain("trend");
    expect(p.notes).toContain(`Trend sheet left out: the period column “Quarter” has ${distinct} values (at most 60 waves are shown); is it really a period?`);
  });

  // Margins are left out: describe.ts meanIntervalFromMoments takes frequency weights (s² over Σw − 1),
  // which a rescaling changes, exactly as on the Summary; the tests take reliability weights.
  it("multiplying every case weight by a constant changes no figure and no p-value", () => {
    const data = rows();
    const weighted = (k: number) =>
      handSurvey([
        ...HEADERS.map((header, c) => ({ header, role: ROLES[c], values: data.map((r) => r[c]), ...(ROLES[c] === "rating" ? { attribute: header } : {}) })),
        { header: "Weight", role: "weight" as const, values: data.map((_, i) => k * (0.5 + (i % 4) * 0.5)) },
      ]);
    const t = reportStrings("en");
    const one = analyzeTrend(analyze(statsFromSurvey(weighted(1)), t))!;
    const three = analyzeTrend(analyze(statsFromSurvey(weighted(3)), t))!;
    one.waves.forEach((w, i) => {
      for (const m of one.measures) {
        expect(three.waves[i].figures[m]!.value).toBeCloseTo(w.figures[m]!.value, 9);
      }
    });
    one.changes.forEach((c, k) => expect(three.changes[k].test!.p).toBeCloseTo(c.test!.p, 9));
    // Unequal weights do change the figures (the check is not vacuous).
    const unweighted = analyzeTrend(analyze(statsFromSurvey(survey(data)), t))!;
    expect(unweighted.waves[0].figures.csi!.value).not.toBeCloseTo(one.waves[0].figures.csi!.value, 6);
  });
});
