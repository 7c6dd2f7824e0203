/**
 * The demo prints the report's own numbers (analysis of the streamed SurveyStats); here they are
 * checked against the engine run on the whole in-memory Survey, as the worksheet functions and the
 * former demo computed them: CSI (equal and stated-importance weights), overall mean and interval,
 * NPS, every Kano count/category/coefficient, priority scores, ranks and quadrants. Then the demo
 * runs once as `npm run demo` does and writes its workbook.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";
import { buildReportFromFile, type BuiltReport } from "../../src/cli/report";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import * as E from "../../src/engine";
import { reportStrings } from "../../src/i18n/report";
import { analyze } from "../../src/report/analysis";
import { buildSurvey, detectRoles, type Survey } from "../../src/survey";
import { expectAllClose, expectClose } from "../helpers/close";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const ROOT = resolve(__dirname, "../..");

describe("the demo's numbers = the engine on the whole Survey", () => {
  let built: BuiltReport;
  let survey: Survey;
  beforeAll(async () => {
    built = await buildReportFromFile(SAMPLE_CSV);
    const table = await readSurveyFile(SAMPLE_CSV);
    survey = buildSurvey(table.headers, table.rows, detectRoles(table.headers, table.rows));
  });
  const scale = () => ({ scaleMin: survey.scale.min, scaleMax: survey.scale.max });

  test("CSI with equal and with stated-importance weights; overall satisfaction mean ± 95% CI", () => {
    const rated = survey.attributes.filter((a) => a.rating);
    const moments = rated.map((a) => E.vectorMoments(a.rating!, survey.weights));
    expectClose(built.analysis.csi!, E.csiFromMoments(moments, scale()));
    expect(built.analysis.csi!.toFixed(2)).toBe("65.67");
    const weights = rated.map((a) => E.momentsMean(E.vectorMoments(a.importance!, survey.weights)));
    const weighted = analyze(built.result.stats, reportStrings("en"), { csiWeights: "importance" });
    expect(weighted.csiWeightMode).toBe("importance");
    expectClose(weighted.csi!, E.csiFromMoments(moments, { ...scale(), weights }));
    const ci = E.meanIntervalFromMoments(E.vectorMoments(survey.overall!, survey.weights));
    expectClose(built.analysis.overall!.mean, ci.mean);
    expectClose(built.analysis.overall!.margin, ci.margin);
    expect(built.analysis.overall!.n).toBe(ci.n);
  });

  test("NPS, its margin and the weighted counts", () => {
    const r = E.nps(survey.recommend!, { weights: survey.weights });
    const a = built.analysis.nps!;
    expectAllClose([a.nps, a.marginOfError, a.promoters, a.passives, a.detractors], [r.nps, r.marginOfError, r.promoters, r.passives, r.detractors]);
  });

  test("Kano: counts, category, Better, Worse and Fong per feature", () => {
    const features = survey.attributes.filter((a) => a.kanoFunctional && a.kanoDysfunctional);
    expect(features).toHaveLength(6);
    for (const f of features) {
      const k = E.kanoEvaluate(E.kanoCountsFromPairs(E.kanoPairCounts(f.kanoFunctional!, f.kanoDysfunctional!, survey.weights)));
      const i = built.result.stats.attributes.findIndex((a) => a.name === f.name);
      const got = built.analysis.kano[i]!;
      expect(got.category).toBe(k.category);
      expect(got.fong.significant).toBe(k.fong.significant);
      expectAllClose(
        [...E.KANO_CATEGORIES.map((c) => got.counts[c]), got.better, got.worse],
        [...E.KANO_CATEGORIES.map((c) => k.counts[c]), k.better, k.worse],
      );
    }
  });

  test("priorities: scores, ranks (Kano tie-break) and quadrants", () => {
    const attrs = survey.attributes.filter((a) => a.rating && a.importance);
    const perf = attrs.map((a) => E.momentsMean(E.vectorMoments(a.rating!, survey.weights)));
    const imp = attrs.map((a) => E.momentsMean(E.vectorMoments(a.importance!, survey.weights)));
    const kano = attrs.map((a) => {
      const i = built.result.stats.attributes.findIndex((s) => s.name === a.name);
      return built.analysis.kano[i]?.category ?? null;
    });
    const scores = E.priorityScores(imp, perf, scale());
    const ranks = E.priorityRanks(scores, kano);
    const { quadrants } = E.ipa(imp, perf);
    const rows = built.analysis.priority!.rows;
    expect(rows.map((r) => built.result.stats.attributes[r.attribute].name)).toEqual(attrs.map((a) => a.name));
    expectAllClose(
      rows.map((r) => r.score),
      scores,
    );
    expect(rows.map((r) => r.rank)).toEqual(ranks);
    expect(rows.map((r) => r.quadrant)).toEqual(quadrants);
  });
});

test("npm run demo: prints the sections and the sheet list, writes the workbook", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-demo-"));
  try {
    const out = join(dir, "CS-report.xlsx");
    const stdout = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [require.resolve("ts-node/dist/bin.js"), "--transpile-only", join(ROOT, "scripts/demo.ts")],
        { cwd: ROOT, env: { ...process.env, CS_DEMO_OUT: out }, timeout: 120_000 },
        (err, so, se) => (err ? fail(new Error(`${err.message}\n${se}`)) : done(so)),
      ),
    );
    for (const heading of ["== Customer satisfaction index", "== Net Promoter Score ==", "== Kano", "== Top improvement priorities", "== Report sheets"]) {
      expect(stdout).toContain(heading);
    }
    expect(stdout).toContain("CSI, equal weights:            65.67 ± 1.21 (95% CI)");
    expect(stdout).toContain("CSI, stated-importance weights: 65.49");
    expect(stdout).toContain("\n   1  Fees                        4.32         2.81  0.0587  Concentrate here\n");
    expect(stdout).toContain("\nPriorities          2       1  CS_Priority, CS_Priority_Crosshair\n");
    expect(stdout).toContain(`Report written: ${out}`);
    expect(existsSync(out) && readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 130_000);

/** Sheet names of an .xlsx, in order (xl/workbook.xml). */
async function sheetNames(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
}

function npmRunDemo(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile("npm", ["run", "--silent", "demo", "--", ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

test("npm run demo -- --lang zh-CN --sheets … --crosshair …: the report's options, the same table as cs-insight report", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-demo-"));
  try {
    const out = join(dir, "zh.xlsx");
    const r = await npmRunDemo(["--lang", "zh-CN", "--sheets", "summary,kano,priority", "--crosshair", "midpoint", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await sheetNames(out)).toEqual(["概要", "Kano分析", "改进优先级"]);
    expect(r.stdout).toContain(`Report written: ${out}`);
    expect(r.stdout).toContain("--lang zh-CN --sheets summary,kano,priority --crosshair midpoint)");
    // A file named with --out is not overwritten without --force (the default out/ file is the demo's own).
    const again = await npmRunDemo(["--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`demo: the report ${out} already exists — pass --force to overwrite it\n`);
    const forced = await npmRunDemo(["--out", out, "--force", "--segment", "Branch", "--lang", "es"]);
    expect(forced.code).toBe(0);
    expect(await sheetNames(out)).toEqual(["Resumen", "Kano", "Brechas", "Prioridades", "Segmentos", "Tendencia"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 200_000);

test("npm run demo with a wrong option: exit 2 and the problem, as cs-insight report says it", async () => {
  const r = await npmRunDemo(["--lang", "fr"]);
  expect(r).toEqual({ code: 2, stdout: "", stderr: "demo: --lang fr: use en, zh-CN or es\nRun 'npm run demo -- --help' for the options.\n" });
  const help = await npmRunDemo(["--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("  --lang en|zh-CN|es    language of the report (default en)\n");
  expect(help.stdout).toContain("  --crosshair <c>       quadrant lines of the priority chart");
}, 60_000);
