/**
 * npm run demo [survey.csv|survey.xlsx]
 * Reads the bundled sample survey (or the file given), proposes column roles, and prints the CSI,
 * NPS, the Kano table and the top improvement priorities — computed by src/engine on the Survey
 * that src/survey builds, the same code the add-in runs.
 */
import { resolve } from "path";
import { readSurveyFile } from "../src/cli/readSurveyFile";
import { buildSurvey, detectRoles, type Survey } from "../src/survey";
import * as E from "../src/engine";

const DEFAULT_SURVEY = resolve(__dirname, "../test/fixtures/sample-survey.csv");

const fmt = (x: number, dp = 2): string => x.toFixed(dp);
const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : " ".repeat(n - s.length) + s);

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

function csiSection(survey: Survey): void {
  const rated = survey.attributes.filter((a) => a.rating);
  const moments = rated.map((a) => E.vectorMoments(a.rating!, survey.weights));
  const equal = E.csiFromMoments(moments, { scaleMin: survey.scale.min, scaleMax: survey.scale.max });
  section(`Customer satisfaction index (CSI, 0–100; ${rated.length} attributes on ${survey.scale.min}–${survey.scale.max})`);
  console.log(`CSI, equal weights:            ${fmt(equal)}`);
  const withImportance = rated.filter((a) => a.importance);
  if (withImportance.length === rated.length) {
    const weights = rated.map((a) => E.momentsMean(E.vectorMoments(a.importance!, survey.weights)));
    const weighted = E.csiFromMoments(moments, { weights, scaleMin: survey.scale.min, scaleMax: survey.scale.max });
    console.log(`CSI, stated-importance weights: ${fmt(weighted)}`);
  }
  if (survey.overall) {
    const ci = E.meanIntervalFromMoments(E.vectorMoments(survey.overall, survey.weights));
    console.log(`Overall satisfaction mean:      ${fmt(ci.mean)} ± ${fmt(ci.margin)} (95% CI, n=${ci.n})`);
  }
}

function npsSection(survey: Survey): void {
  if (!survey.recommend) return;
  const r = E.nps(survey.recommend, { weights: survey.weights });
  section("Net Promoter Score");
  console.log(`NPS ${fmt(r.nps, 1)} ± ${fmt(r.marginOfError, 1)} (95%)  promoters ${fmt(r.promoters, 1)}, passives ${fmt(r.passives, 1)}, detractors ${fmt(r.detractors, 1)} (weighted counts)`);
}

function kanoSection(survey: Survey): Map<string, E.KanoCategory> {
  const categories = new Map<string, E.KanoCategory>();
  const features = survey.attributes.filter((a) => a.kanoFunctional && a.kanoDysfunctional);
  if (!features.length) return categories;
  section("Kano (Berger et al. 1993; category by the M > O > A > I rule when strength < 6%)");
  console.log(`${pad("feature", 20)}${["A", "O", "M", "I", "R", "Q"].map((k) => lpad(k, 6)).join("")}  cat  better   worse  Fong`);
  for (const f of features) {
    const counts = E.kanoCountsFromPairs(E.kanoPairCounts(f.kanoFunctional!, f.kanoDysfunctional!, survey.weights));
    const k = E.kanoEvaluate(counts);
    categories.set(f.name, k.category);
    const cells = E.KANO_CATEGORIES.map((c) => lpad(fmt(counts[c], 0), 6)).join("");
    console.log(`${pad(f.name, 20)}${cells}  ${pad(k.category, 3)}  ${lpad(fmt(k.better), 6)}  ${lpad(fmt(k.worse), 6)}  ${k.fong.significant ? "sig." : "n.s."}`);
  }
  return categories;
}

function prioritySection(survey: Survey, kano: Map<string, E.KanoCategory>): void {
  const attrs = survey.attributes.filter((a) => a.rating && a.importance);
  if (!attrs.length) return;
  const perf = attrs.map((a) => E.momentsMean(E.vectorMoments(a.rating!, survey.weights)));
  const imp = attrs.map((a) => E.momentsMean(E.vectorMoments(a.importance!, survey.weights)));
  const { quadrants } = E.ipa(imp, perf);
  const scores = E.priorityScores(imp, perf, { scaleMin: survey.scale.min, scaleMax: survey.scale.max });
  const ranks = E.priorityRanks(scores, attrs.map((a) => kano.get(a.name) ?? null));
  const names: Record<E.Quadrant, string> = {
    keep: "Keep up the good work", concentrate: "Concentrate here", low: "Low priority", overkill: "Possible overkill",
  };
  section("Top improvement priorities (Martilla & James 1977 quadrants; score = Iₙ·(max−P)/(max−min))");
  console.log(`rank  ${pad("attribute", 22)}importance  performance  score   quadrant`);
  const order = attrs.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b]);
  for (const i of order.slice(0, 5)) {
    console.log(`${lpad(String(ranks[i]), 4)}  ${pad(attrs[i].name, 22)}${lpad(fmt(imp[i]), 10)}  ${lpad(fmt(perf[i]), 11)}  ${fmt(scores[i], 4)}  ${names[quadrants[i]]}`);
  }
}

async function main(): Promise<void> {
  const path = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SURVEY;
  const table = await readSurveyFile(path);
  const proposals = detectRoles(table.headers, table.rows);
  const survey = buildSurvey(table.headers, table.rows, proposals);
  console.log(`CS Insight demo — ${table.source}: ${survey.n} respondents, ${table.headers.length} columns, ${survey.attributes.length} attributes`);
  if (survey.issueCount) {
    console.log(`${survey.issueCount} cell(s) could not be read and were skipped:`);
    for (const i of survey.issues.slice(0, 5)) console.log(`  ${i.message}`);
  }
  csiSection(survey);
  npsSection(survey);
  const kano = kanoSection(survey);
  prioritySection(survey, kano);
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
