/**
 * npx ts-node --transpile-only scripts/bench-apply.ts [respondents=100000]
 * Round trips and the largest request/response payload for generating a report from a
 * respondents × 30 survey on the fake Excel (test/fake-excel): resolve the selection, read in
 * chunks, build the plan (src/report), apply it (src/excel). Excel's limit is 5 MB per request.
 */
import { resolve } from "path";
import { readSurveyFile } from "../src/cli/readSurveyFile";
import { applyPlan } from "../src/excel/applyPlan";
import { readSurveyRange, resolveSurveyAddress } from "../src/excel/readSurvey";
import { buildReportPlanFromSurvey } from "../src/report/build";
import { buildSurvey, detectRoles } from "../src/survey";
import { createFakeExcel, createWorkbookState, type FakeWorkbookState } from "../test/fake-excel";

const SAMPLE = resolve(__dirname, "../test/fixtures/sample-survey.csv");
/** id, branch, quarter, weight, overall, recommend, 10 rating/importance pairs, two Kano pairs. */
const COLUMNS = [...Array(26).keys(), 46, 47, 48, 49];

function measure(state: FakeWorkbookState, since: number): { syncs: number; maxPayload: number } {
  const log = state.requestLog.slice(since);
  return { syncs: log.length, maxPayload: Math.max(0, ...log.map((r) => r.payloadBytes)) };
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MB`;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const file = await readSurveyFile(SAMPLE);
  const headers = COLUMNS.map((j) => String(file.headers[j]));
  const cell = (x: unknown): string | number => {
    const v = String(x ?? "");
    return v !== "" && Number.isFinite(Number(v)) ? Number(v) : v; // as Excel stores typed numbers
  };
  const rows = Array.from({ length: n }, (_, i) => COLUMNS.map((j) => (j === 0 ? `R${i + 1}` : cell(file.rows[i % file.rows.length][j]))));
  const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...rows] }], selection: "Survey!B2" });
  const { run } = createFakeExcel(state);

  let t = Date.now();
  const where = await resolveSurveyAddress(run);
  const read = await readSurveyRange(run, where);
  const reading = { ...measure(state, 0), ms: Date.now() - t };

  t = Date.now();
  const roles = detectRoles(read.headers, read.rows);
  const survey = buildSurvey(read.headers, read.rows, roles);
  const segment = roles.find((r) => r.role === "segment")?.index;
  const generatedAt = new Date(0).toISOString();
  const plan = buildReportPlanFromSurvey(survey, { source: `Survey!${where.address}`, generatedAt, language: "en" }, { segment });
  const planning = Date.now() - t;

  t = Date.now();
  const since = state.requestLog.length;
  const result = await applyPlan(run, plan, { source: where, roles, options: { segment }, language: "en", generatedAt });
  const writing = { ...measure(state, since), ms: Date.now() - t };

  console.log(`survey ${n.toLocaleString("en")} respondents × ${headers.length} columns at ${where.sheet}!${where.address}`);
  console.log(`read:  ${reading.syncs} round trips, largest payload ${mb(reading.maxPayload)} (${reading.ms} ms on the fake)`);
  console.log(`plan:  ${plan.sheets.map((s) => s.name).join(", ")} (${planning} ms)`);
  console.log(
    `apply: ${writing.syncs} round trips, largest payload ${mb(writing.maxPayload)} (estimate ${mb(result.maxPayloadBytes ?? 0)}; ${writing.ms} ms on the fake)`,
  );
  console.log(`limit: ${mb(state.payloadLimitBytes)} per request and per response`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
