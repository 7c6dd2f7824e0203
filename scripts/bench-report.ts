/**
 * Report-plan benchmark: a synthetic survey of 100,000 respondents × 31 columns (weight, branch,
 * overall, recommend, 10 ratings + 10 importance, 3 Kano pairs, a wave), then statsFromSurvey (the
 * row-by-row SurveyStats accumulator) and buildReportPlan. Prints milliseconds; target < 1 s.
 *
 *   npx ts-node --transpile-only scripts/bench-report.ts [rows]
 */
import { mulberry32 } from "./lib/mulberry32";
import type { Answer } from "../src/engine/types";
import { buildReportPlan } from "../src/report/build";
import { statsFromSurvey } from "../src/report/stats";
import type { Survey, SurveyAttribute } from "../src/survey/survey";

const ROWS = Number(process.argv[2] ?? 100_000);

const rng = mulberry32;

function syntheticSurvey(n: number): Survey {
  const r = rng(42);
  const answer = (lo: number, hi: number): Answer => (r() < 0.03 ? null : lo + Math.floor(r() * (hi - lo + 1)));
  const column = (lo: number, hi: number): Answer[] => Array.from({ length: n }, () => answer(lo, hi));
  const headers: string[] = ["Weight", "Branch", "Overall", "Recommend"];
  const attributes: SurveyAttribute[] = [];
  for (let k = 0; k < 10; k++) {
    headers.push(`A${k} - satisfaction`, `A${k} - importance`);
    attributes.push({
      name: `Attribute ${k + 1}`,
      rating: column(1, 5),
      importance: column(1, 5),
      columns: { rating: 4 + 2 * k, importance: 5 + 2 * k },
      scales: { rating: { min: 1, max: 5 }, importance: { min: 1, max: 5 } },
    });
  }
  for (let k = 0; k < 3; k++) {
    headers.push(`F${k} (functional)`, `F${k} (dysfunctional)`);
    attributes.push({
      name: `Feature ${k + 1}`,
      kanoFunctional: column(1, 5),
      kanoDysfunctional: column(1, 5),
      columns: { kano_functional: 24 + 2 * k, kano_dysfunctional: 25 + 2 * k },
      scales: {},
    });
  }
  const branches = ["North", "South", "East", "West", "Centre"];
  // A wave column (eight quarters), so the Trend sheet's per-wave sums are measured too (issue #13).
  headers.push("Wave");
  const waves = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
  return {
    n,
    headers,
    weights: Array.from({ length: n }, () => 0.5 + r()),
    segments: [{ name: "Branch", column: 1, values: Array.from({ length: n }, () => branches[Math.floor(r() * 5)]) }],
    period: Array.from({ length: n }, () => waves[Math.floor(r() * 8)]),
    periodColumn: headers.length - 1,
    overall: column(1, 5),
    recommend: column(0, 10),
    scale: { min: 1, max: 5 },
    importanceScale: { min: 1, max: 5 },
    attributes,
    issues: [],
    issueCount: 0,
    skippedRows: 0,
  };
}

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const out = f();
  return [out, Number(process.hrtime.bigint() - t0) / 1e6];
}

const survey = syntheticSurvey(ROWS);
console.log(`survey: ${ROWS.toLocaleString("en")} rows × ${survey.headers.length} columns`);
for (let run = 1; run <= 3; run++) {
  const [stats, tStats] = time(() => statsFromSurvey(survey));
  const [plan, tPlan] = time(() => buildReportPlan(stats, { source: "bench", generatedAt: "2026-01-01T00:00:00Z", language: "en" }));
  console.log(
    `run ${run}: statsFromSurvey ${tStats.toFixed(0)} ms, buildReportPlan ${tPlan.toFixed(1)} ms, total ${(tStats + tPlan).toFixed(0)} ms ` +
      `(${plan.sheets.length} sheets)`,
  );
}
const [betaStats, tBeta] = time(() => statsFromSurvey(survey, { beta: true }));
// The model-based importance methods share the cross-products (key drivers: issue #13).
for (const importance of ["beta", "relative_weights", "shapley"] as const) {
  const [, tPlan] = time(() => buildReportPlan(betaStats, { source: "bench", generatedAt: "2026-01-01T00:00:00Z", language: "en" }, { importance }));
  console.log(`with the cross-products, importance ${importance}: statsFromSurvey ${tBeta.toFixed(0)} ms, buildReportPlan ${tPlan.toFixed(1)} ms`);
}
