/**
 * npm run demo [survey.csv|survey.xlsx]
 * Reads the bundled sample survey (or the file given) through the command line's pipeline —
 * proposed roles → SurveyStats row by row → ReportPlan — prints the CSI, NPS, the Kano table, the
 * top improvement priorities and the report's sheets, and writes the report to out/CS-report.xlsx.
 * Every number printed is the report's own (src/report/analysis.ts over the same statistics), so
 * the demo and the workbook cannot disagree; test/cli/demo.test.ts checks them against the engine
 * run on the whole Survey as the worksheet functions do.
 */
import { mkdirSync } from "fs";
import { resolve } from "path";
import { writeFileSafely } from "../src/cli/files";
import { buildReportFromFile, type BuiltReport } from "../src/cli/report";
import { KANO_CATEGORIES } from "../src/engine/kano";
import { reportStrings } from "../src/i18n/report";
import { analyze } from "../src/report/analysis";
import { writeReportXlsx } from "../src/xlsx/writeWorkbook";

const DEFAULT_SURVEY = resolve(__dirname, "../test/fixtures/sample-survey.csv");
/** Where the report goes (CS_DEMO_OUT lets the tests write elsewhere). */
const OUT = resolve(process.env.CS_DEMO_OUT ?? resolve(__dirname, "../out/CS-report.xlsx"));

const fmt = (x: number, dp = 2): string => x.toFixed(dp);
const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : " ".repeat(n - s.length) + s);

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

function csiSection(r: BuiltReport): void {
  const a = r.analysis;
  if (a.csi === undefined) return;
  section(`Customer satisfaction index (CSI, 0–100; ${a.csiItems.length} attributes on ${a.scale.min}–${a.scale.max})`);
  console.log(`CSI, equal weights:            ${fmt(a.csi)}${a.csiMargin !== undefined ? ` ± ${fmt(a.csiMargin)} (95% CI)` : ""}`);
  if (a.importanceMethod === "stated") {
    const weighted = analyze(r.result.stats, reportStrings("en"), { ...r.options, csiWeights: "importance" });
    if (weighted.csiWeightMode === "importance" && weighted.csi !== undefined) console.log(`CSI, stated-importance weights: ${fmt(weighted.csi)}`);
  }
  if (a.overall) console.log(`Overall satisfaction mean:      ${fmt(a.overall.mean)} ± ${fmt(a.overall.margin)} (95% CI, n=${a.overall.n})`);
}

function npsSection(r: BuiltReport): void {
  const n = r.analysis.nps;
  if (!n) return;
  section("Net Promoter Score");
  console.log(`NPS ${fmt(n.nps, 1)} ± ${fmt(n.marginOfError, 1)} (95%)  promoters ${fmt(n.promoters, 1)}, passives ${fmt(n.passives, 1)}, detractors ${fmt(n.detractors, 1)} (weighted counts)`);
}

function kanoSection(r: BuiltReport): void {
  const attrs = r.result.stats.attributes;
  const rows = r.analysis.kano.flatMap((k, i) => (k ? [{ name: attrs[i].name, k }] : []));
  if (!rows.length) return;
  section("Kano (Berger et al. 1993; category by the M > O > A > I rule when strength < 6%)");
  console.log(`${pad("feature", 20)}${KANO_CATEGORIES.map((c) => lpad(c, 6)).join("")}  cat  better   worse  Fong`);
  for (const { name, k } of rows) {
    const cells = KANO_CATEGORIES.map((c) => lpad(fmt(k.counts[c], 0), 6)).join("");
    console.log(`${pad(name, 20)}${cells}  ${pad(k.category, 3)}  ${lpad(fmt(k.better), 6)}  ${lpad(fmt(k.worse), 6)}  ${k.fong.significant ? "sig." : "n.s."}`);
  }
}

function prioritySection(r: BuiltReport): void {
  const p = r.analysis.priority;
  if (!p) return;
  const quadrants = reportStrings("en").quadrants;
  const attrs = r.result.stats.attributes;
  section("Top improvement priorities (Martilla & James 1977 quadrants; score = Iₙ·(max−P)/(max−min))");
  console.log(`rank  ${pad("attribute", 22)}importance  performance  score   quadrant`);
  for (const row of [...p.rows].sort((a, b) => a.rank - b.rank).slice(0, 5)) {
    console.log(`${lpad(String(row.rank), 4)}  ${pad(attrs[row.attribute].name, 22)}${lpad(fmt(row.importance), 10)}  ${lpad(fmt(row.performance), 11)}  ${fmt(row.score, 4)}  ${quadrants[row.quadrant]}`);
  }
}

function sheetsSection(r: BuiltReport): void {
  section("Report sheets (the ReportPlan written to the workbook)");
  console.log(`${pad("sheet", 14)}${lpad("tables", 7)}${lpad("charts", 8)}  table names`);
  for (const s of r.plan.sheets) {
    console.log(`${pad(s.name, 14)}${lpad(String(s.tables.length), 7)}${lpad(String(s.charts.length), 8)}  ${s.tables.map((t) => t.name).join(", ")}`);
  }
  for (const note of r.plan.notes) console.log(`note: ${note}`);
}

async function main(): Promise<void> {
  const path = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SURVEY;
  const r = await buildReportFromFile(path);
  const stats = r.result.stats;
  console.log(`CS Insight demo — ${r.source}: ${r.result.n} respondents, ${r.headers.length} columns, ${stats.attributes.length} attributes`);
  if (r.result.issueCount) {
    console.log(`${r.result.issueCount} cell(s) could not be read and were skipped:`);
    for (const i of r.result.issues.slice(0, 5)) console.log(`  ${i.message}`);
  }
  csiSection(r);
  npsSection(r);
  kanoSection(r);
  prioritySection(r);
  sheetsSection(r);
  mkdirSync(resolve(OUT, ".."), { recursive: true });
  writeFileSafely(OUT, await writeReportXlsx(r.plan), true, "the report");
  console.log(`\nReport written: ${OUT}`);
  console.log(`(the same as: node bin/cs-insight.js report ${process.argv[2] ?? "test/fixtures/sample-survey.csv"} --out out/CS-report.xlsx --force)`);
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
