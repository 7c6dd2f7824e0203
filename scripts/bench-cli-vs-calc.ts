/**
 * Bench of the compiled command line (run by `npm run bench`, or alone:
 *   npx ts-node --transpile-only scripts/bench-cli-vs-calc.ts [--rows 100000] [--features 20] [--repeat 1] [--only startup|kano]
 *
 * 1. Start-up and the 100,000-row report, before (src/ through ts-node, the former launcher) and
 *    after (lib/, compiled): `cs-insight --help` (median of 7 process runs; target < 0.3 s) and
 *    `cs-insight report` on the bench survey (scripts/bench-cli.ts's seeded CSV), whole processes.
 * 2. Against what an analyst does today: the Kano workbook built by hand — raw answers (coded 1–5)
 *    for N respondents × F features, one INDEX() per respondent and feature into the 5 × 5
 *    evaluation table (Berger et al. 1993), COUNTIF per category, Better/Worse — recalculated by
 *    LibreOffice headless (throwaway profile that recalculates on load, as test/xlsx/libreoffice.ts
 *    does; the recalculated Summary sheet exported as CSV), next to our CLI on the same answers as
 *    a CSV. Both are timed as whole processes, one after the other, with peak memory
 *    (/usr/bin/time -f %M: the largest max-RSS among the process and the children it waited for,
 *    i.e. soffice.bin for LibreOffice). Counts and Better/Worse are checked equal. Target: ours
 *    ≥ 20× faster at ≤ 1/4 of the peak memory. Each side runs once untimed first (page cache, LO's
 *    first-start profile set-up), then timed.
 */
import { spawnSync } from "child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { once } from "events";
import { tmpdir } from "os";
import { delimiter, join, resolve } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { mulberry32 } from "./lib/mulberry32";
import { writeSurvey } from "./bench-cli";
import { KANO_CATEGORIES, kanoClassify, type KanoAnswer, type KanoCategory } from "../src/engine/kano";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "cs-insight.js");
const COMPILED = join(ROOT, "lib", "cli", "main.js");
const TIME = "/usr/bin/time";

function flag(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}
const ROWS = Number(flag("rows", process.env.BENCH_KANO_ROWS ?? "100000"));
const FEATURES = Number(flag("features", "20"));
const ONLY = flag("only", "");
/** Timed runs of each side, alternating (ours, LibreOffice, ours, …); medians are reported. */
const REPEAT = Number(flag("repeat", "1"));

interface Proc {
  wallS: number;
  peakMB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a whole process; wall time from spawn to exit, peak RSS from /usr/bin/time -f %M when present. */
function proc(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Proc {
  const timed = existsSync(TIME);
  const marker = "@@peak-kb=";
  const full = timed ? [TIME, "-f", `${marker}%M`, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { encoding: "utf8", env, maxBuffer: 256 << 20 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  let stderr = r.stderr ?? "";
  let peakMB = NaN;
  const m = new RegExp(`${marker}(\\d+)`).exec(stderr);
  if (m) {
    peakMB = Number(m[1]) / 1024;
    stderr = stderr.replace(m[0], "");
  }
  return { wallS, peakMB, status: r.status, stdout: r.stdout ?? "", stderr };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (x: number, dp = 2): string => `${x.toFixed(dp)} s`;
const mb = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : "n/a");

/** The former launcher: src/cli/main.ts through ts-node (transpile only). */
const TS_NODE_LAUNCHER = `require("ts-node").register({ transpileOnly: true, project: ${JSON.stringify(join(ROOT, "tsconfig.json"))}, compilerOptions: { sourceMap: false } });
require(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))}).run(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
const COMPILED_LAUNCHER = `require(${JSON.stringify(COMPILED)}).run(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;

function launch(which: "ts-node" | "compiled", args: string[]): Proc {
  return proc(process.execPath, ["-e", which === "ts-node" ? TS_NODE_LAUNCHER : COMPILED_LAUNCHER, "--", ...args]);
}

async function startupBench(dir: string): Promise<void> {
  if (!existsSync(COMPILED)) throw new Error("lib/cli/main.js is missing: run npm run build:cli first");
  const helpRuns = (which: "ts-node" | "compiled") => {
    launch(which, ["--help"]); // warm the page cache
    return median(
      Array.from({ length: 7 }, () => {
        const r = launch(which, ["--help"]);
        if (r.status !== 0) throw new Error(`${which} --help failed: ${r.stderr}`);
        return r.wallS;
      }),
    );
  };
  const bin = median(Array.from({ length: 7 }, () => proc(process.execPath, [BIN, "--help"]).wallS));
  const before = helpRuns("ts-node");
  const after = helpRuns("compiled");
  const csv = join(dir, "survey-100000.csv");
  await writeSurvey(csv, 100_000, 20261123 + 100_000);
  const report = (which: "ts-node" | "compiled") => {
    const r = launch(which, ["report", csv, "--out", join(dir, `r-${which}.xlsx`), "--force"]);
    if (r.status !== 0) throw new Error(`${which} report failed: ${r.stderr}`);
    return r;
  };
  const rb = report("ts-node");
  const ra = report("compiled");
  console.log(`Command line start-up and the 100,000-row report (whole processes, Node ${process.version})`);
  console.log(`${"".padEnd(44)}${"ts-node (before)".padStart(18)}${"compiled (after)".padStart(18)}`);
  console.log(
    `${"cs-insight --help (median of 7)".padEnd(44)}${s(before, 3).padStart(18)}${s(after, 3).padStart(18)}   target < 0.3 s: ${after < 0.3 ? "met" : "NOT met"}`,
  );
  console.log(`${"cs-insight report, 100,000 × 25 CSV".padEnd(44)}${s(rb.wallS).padStart(18)}${s(ra.wallS).padStart(18)}`);
  console.log(`${"  peak memory".padEnd(44)}${mb(rb.peakMB).padStart(18)}${mb(ra.peakMB).padStart(18)}`);
  console.log(`(node bin/cs-insight.js --help, the launcher as installed, incl. its src/-newer-than-lib/ check: ${s(bin, 3)})`);
}

// ---------------------------------------------------------------- the analyst's Kano workbook

const LABELS = ["like", "expect", "neutral", "live with", "dislike"];

/** Seeded answers: each feature has its own leaning, so categories differ between features. */
function* answers(rows: number, features: number): Generator<number[]> {
  const rand = mulberry32(20261202);
  const lean = Array.from({ length: features }, (_, k) => k % 5);
  for (let r = 0; r < rows; r++) {
    const row: number[] = new Array(features * 2);
    for (let k = 0; k < features; k++) {
      const pick = (bias: number): number => (rand() < 0.45 ? bias : 1 + Math.floor(rand() * 5));
      row[2 * k] = pick([1, 1, 2, 3, 1][lean[k]]);
      row[2 * k + 1] = pick([5, 2, 5, 3, 3][lean[k]]);
    }
    yield row;
  }
}

const col = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const featureName = (k: number): string => `Feature ${String(k + 1).padStart(2, "0")}`;

/** The survey as a CSV (what the CLI reads): id, then functional/dysfunctional per feature. */
async function writeKanoCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  const head = ["Respondent ID"];
  for (let k = 0; k < FEATURES; k++) head.push(`${featureName(k)} (functional)`, `${featureName(k)} (dysfunctional)`);
  out.write(`${head.join(",")}\n`);
  let r = 0;
  let batch = "";
  for (const row of answers(ROWS, FEATURES)) {
    batch += `R${++r},${row.join(",")}\n`;
    if (r % 5000 === 0) {
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  out.end(batch);
  await once(out, "finish");
}

/**
 * The workbook an analyst builds by hand (exceljs streaming writer, formulas without cached
 * values, so the spreadsheet must compute them): Summary (first, so LibreOffice's CSV export is
 * it), Answers, Evaluation (the 5 × 5 table), Category (one INDEX per respondent and feature).
 */
async function writeKanoWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const summary = wb.addWorksheet("Summary");
  const answersSheet = wb.addWorksheet("Answers");
  const evaluation = wb.addWorksheet("Evaluation");
  const category = wb.addWorksheet("Category");
  const last = ROWS + 1;

  summary.addRow(["Feature", ...KANO_CATEGORIES, "Better", "Worse"]).commit();
  for (let k = 0; k < FEATURES; k++) {
    const c = col(k + 1);
    const r = k + 2;
    summary
      .addRow([
        featureName(k),
        ...KANO_CATEGORIES.map((cat) => ({ formula: `COUNTIF(Category!$${c}$2:$${c}$${last},"${cat}")` })),
        { formula: `(B${r}+C${r})/(B${r}+C${r}+D${r}+E${r})` },
        { formula: `-(C${r}+D${r})/(B${r}+C${r}+D${r}+E${r})` },
      ])
      .commit();
  }
  summary.commit();

  evaluation.addRow(["functional \\ dysfunctional", ...LABELS]).commit();
  for (let f = 1; f <= 5; f++) evaluation.addRow([LABELS[f - 1], ...[1, 2, 3, 4, 5].map((d) => kanoClassify(f as KanoAnswer, d as KanoAnswer))]).commit();
  evaluation.commit();

  const head = ["Respondent ID"];
  for (let k = 0; k < FEATURES; k++) head.push(`${featureName(k)} (functional)`, `${featureName(k)} (dysfunctional)`);
  answersSheet.addRow(head).commit();
  category.addRow(Array.from({ length: FEATURES }, (_, k) => featureName(k))).commit();
  let r = 1;
  for (const row of answers(ROWS, FEATURES)) {
    r++;
    answersSheet.addRow([`R${r - 1}`, ...row]).commit();
    const cells: { formula: string }[] = new Array(FEATURES);
    for (let k = 0; k < FEATURES; k++) cells[k] = { formula: `INDEX(Evaluation!$B$2:$F$6,Answers!${col(2 + 2 * k)}${r},Answers!${col(3 + 2 * k)}${r})` };
    category.addRow(cells).commit();
  }
  answersSheet.commit();
  category.commit();
  await wb.commit();
}

function findSoffice(): string | null {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  for (const dir of (process.env.PATH ?? "").split(delimiter))
    for (const name of ["soffice", "libreoffice"]) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** A throwaway LibreOffice profile whose Calc recalculates every formula when loading a file. */
function loProfile(dir: string): string {
  const p = join(dir, "lo-profile");
  mkdirSync(join(p, "user"), { recursive: true });
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(p, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`,
  );
  return p;
}

interface KanoRow {
  counts: Record<KanoCategory, number>;
  better: number;
  worse: number;
}

/** LibreOffice: recalculate the workbook and export its first sheet (Summary) as CSV. */
function runLibreOffice(soffice: string, xlsx: string, outDir: string, profile: string): { run: Proc; rows: KanoRow[] } {
  // CSV filter: comma, quote, UTF-8, from line 1, …, token 9 false = full precision, not "as shown".
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false";
  const run = proc(soffice, [
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--nologo",
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--convert-to",
    filter,
    "--outdir",
    outDir,
    xlsx,
  ]);
  const csv = join(outDir, "kano.csv");
  if (run.status !== 0 || !existsSync(csv)) throw new Error(`soffice failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const lines = readFileSync(csv, "utf8").trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => {
    const cells = line.split(",");
    const counts = Object.fromEntries(KANO_CATEGORIES.map((c, i) => [c, Number(cells[1 + i])])) as Record<KanoCategory, number>;
    return { counts, better: Number(cells[7]), worse: Number(cells[8]) };
  });
  return { run, rows };
}

/** Our side: the whole CLI process on the CSV; the numbers read back from the report's Kano sheet. */
async function runOurs(csv: string, out: string): Promise<{ run: Proc; rows: KanoRow[] }> {
  const run = proc(process.execPath, [BIN, "report", csv, "--out", out, "--force", "--sheets", "summary,kano"]);
  if (run.status !== 0) throw new Error(`cs-insight failed (exit ${run.status}):\n${run.stderr}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.getWorksheet("Kano");
  if (!sheet) throw new Error("the report has no Kano sheet");
  let header = 0;
  sheet.eachRow((row, i) => {
    if (!header && row.getCell(1).value === "Feature") header = i;
  });
  const value = (v: ExcelJS.CellValue): number => (typeof v === "object" && v !== null && "result" in v ? Number(v.result) : Number(v));
  const names = (sheet.getRow(header).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const at = (name: string) => names.indexOf(name);
  const rows: KanoRow[] = [];
  for (let k = 0; k < FEATURES; k++) {
    const row = sheet.getRow(header + 1 + k);
    if (row.getCell(1).value !== featureName(k))
      throw new Error(`Kano sheet row ${header + 1 + k}: expected ${featureName(k)}, found ${String(row.getCell(1).value)}`);
    const counts = Object.fromEntries(KANO_CATEGORIES.map((c) => [c, value(row.getCell(at(c)).value)])) as Record<KanoCategory, number>;
    rows.push({ counts, better: value(row.getCell(at("Better")).value), worse: value(row.getCell(at("Worse")).value) });
  }
  return { run, rows };
}

function compare(lo: KanoRow[], ours: KanoRow[]): string[] {
  const problems: string[] = [];
  if (lo.length !== FEATURES) problems.push(`LibreOffice's Summary has ${lo.length} features, not ${FEATURES}`);
  for (let k = 0; k < Math.min(lo.length, ours.length); k++) {
    for (const c of KANO_CATEGORIES)
      if (lo[k].counts[c] !== ours[k].counts[c]) problems.push(`${featureName(k)} ${c}: LibreOffice ${lo[k].counts[c]}, ours ${ours[k].counts[c]}`);
    for (const key of ["better", "worse"] as const)
      if (!(Math.abs(lo[k][key] - ours[k][key]) <= 1e-9)) problems.push(`${featureName(k)} ${key}: LibreOffice ${lo[k][key]}, ours ${ours[k][key]}`);
  }
  return problems;
}

async function kanoBench(dir: string): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) not found: apt-get install libreoffice-calc (or SOFFICE=/path), or --only startup");
  const xlsx = join(dir, "kano.xlsx");
  const csv = join(dir, "kano-answers.csv");
  const g0 = Date.now();
  await writeKanoWorkbook(xlsx);
  await writeKanoCsv(csv);
  process.stderr.write(
    `Kano workbook ${(statSync(xlsx).size / 2 ** 20).toFixed(1)} MB (${(ROWS * FEATURES).toLocaleString("en")} INDEX formulas), CSV ${(statSync(csv).size / 2 ** 20).toFixed(1)} MB, written in ${((Date.now() - g0) / 1000).toFixed(1)} s\n`,
  );

  const profile = loProfile(dir);
  // Untimed first runs: LibreOffice sets its new profile up on first start; both get a warm page cache.
  const tiny = join(dir, "warm.csv");
  writeFileSync(tiny, "a\n1\n");
  proc(soffice, [
    "--headless",
    "--norestore",
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--convert-to",
    "ods",
    "--outdir",
    join(dir, "warm"),
    tiny,
  ]);
  proc(process.execPath, [BIN, "--help"]);

  const oursRuns: { run: Proc; rows: KanoRow[] }[] = [];
  const loRuns: { run: Proc; rows: KanoRow[] }[] = [];
  for (let i = 0; i < REPEAT; i++) {
    oursRuns.push(await runOurs(csv, join(dir, "ours.xlsx")));
    loRuns.push(runLibreOffice(soffice, xlsx, join(dir, "lo"), profile));
  }
  const mid = (runs: { run: Proc; rows: KanoRow[] }[]) => ({
    rows: runs[0].rows,
    run: { ...runs[0].run, wallS: median(runs.map((r) => r.run.wallS)), peakMB: median(runs.map((r) => r.run.peakMB)) },
  });
  const ours = mid(oursRuns);
  const lo = mid(loRuns);
  const problems = compare(lo.rows, ours.rows);
  if (REPEAT > 1)
    console.log(
      `(median of ${REPEAT} alternating runs each; LibreOffice ${loRuns.map((r) => r.run.wallS.toFixed(1)).join(", ")} s; ours ${oursRuns.map((r) => r.run.wallS.toFixed(1)).join(", ")} s)`,
    );

  console.log(
    `\nKano, ${ROWS.toLocaleString("en")} respondents × ${FEATURES} features: the analyst's workbook in LibreOffice vs cs-insight on the same answers`,
  );
  console.log(`${"".padEnd(58)}${"wall".padStart(10)}${"peak memory".padStart(14)}`);
  console.log(`${"LibreOffice headless: load, recalculate, export (soffice)".padEnd(58)}${s(lo.run.wallS, 1).padStart(10)}${mb(lo.run.peakMB).padStart(14)}`);
  console.log(`${"cs-insight report (compiled, whole process)".padEnd(58)}${s(ours.run.wallS, 1).padStart(10)}${mb(ours.run.peakMB).padStart(14)}`);
  const speed = lo.run.wallS / ours.run.wallS;
  const memory = ours.run.peakMB / lo.run.peakMB;
  console.log(
    `ours: ${speed.toFixed(1)}× faster (target ≥ 20×: ${speed >= 20 ? "met" : "NOT met"}), ${Number.isFinite(memory) ? `${(memory * 100).toFixed(0)} % of the peak memory (target ≤ 25 %: ${memory <= 0.25 ? "met" : "NOT met"})` : "peak memory not measured (no /usr/bin/time)"}`,
  );
  const f1 = ours.rows[0];
  console.log(
    `counts and Better/Worse: ${problems.length === 0 ? `equal for all ${FEATURES} features` : `${problems.length} DIFFERENCES`} (e.g. ${featureName(0)}: ${KANO_CATEGORIES.map((c) => `${c} ${f1.counts[c]}`).join(", ")}, Better ${f1.better.toFixed(4)}, Worse ${f1.worse.toFixed(4)})`,
  );
  for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  if (problems.length) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (![ROWS, FEATURES, REPEAT].every((n) => Number.isInteger(n) && n >= 1)) throw new Error("--rows, --features and --repeat take positive whole numbers");
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-calc-"));
  try {
    if (ONLY !== "kano") await startupBench(dir);
    if (ONLY !== "startup") await kanoBench(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench-cli-vs-calc: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
