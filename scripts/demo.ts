/**
 * npm run demo [-- survey.csv|survey.xlsx] [-- report options]
 * Reads the bundled sample survey (or the file given) through the command line's pipeline —
 * proposed roles → SurveyStats row by row → ReportPlan — prints the CSI, NPS, the Kano table, the
 * top improvement priorities and the report's sheets, and writes the report to out/CS-report.xlsx.
 * It takes the options of `cs-insight report` (the same table, src/cli/args.ts): `--lang zh-CN`,
 * `--sheets`, `--segment`, `--crosshair`, `--roles`, `--sheet`, `--out` (then `--force` to
 * overwrite; the default out/CS-report.xlsx is always rewritten), `--help`.
 * Every number printed is the report's own (src/report/analysis.ts over the same statistics), so
 * the demo and the workbook cannot disagree; test/cli/demo.test.ts checks them against the engine
 * run on the whole Survey as the worksheet functions do.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import { basename, relative, resolve } from "path";
import { checkOut, optionHelp, parseOptions, reportSettings, UsageError, type OptionName, type ReportSettings } from "../src/cli/args";
import { checkWritable, OutputError, writeFileSafely } from "../src/cli/files";
import { buildReportFromFile, type BuiltReport } from "../src/cli/report";
import { rolesFileText, rolesToFile } from "../src/cli/rolesFile";
import { CsError, isCsError } from "../src/engine/errors";
import { KANO_CATEGORIES } from "../src/engine/kano";
import { reportStrings } from "../src/i18n/report";
import { analyze } from "../src/report/analysis";
import { writeReportXlsx } from "../src/xlsx/writeWorkbook";

const ROOT = resolve(__dirname, "..");
const DEFAULT_SURVEY = resolve(ROOT, "test/fixtures/sample-survey.csv");
/** Where the report goes without --out (CS_DEMO_OUT lets the tests write elsewhere). */
const DEFAULT_OUT = resolve(process.env.CS_DEMO_OUT ?? resolve(ROOT, "out/CS-report.xlsx"));

const DEMO_OPTIONS: OptionName[] = ["out", "roles", "write-roles", "lang", "segment", "sheets", "crosshair", "sheet", "force", "help"];
const DEMO_USAGE = `npm run demo [-- <survey.csv|survey.xlsx>] [-- options]

Prints the report's numbers (CSI, NPS, Kano, priorities, the sheets) for the bundled sample survey
or the file given, and writes the report (default ${relative(ROOT, DEFAULT_OUT) || DEFAULT_OUT}, rewritten each run).
The options are those of cs-insight report:
${optionHelp(DEMO_OPTIONS)}`;

interface DemoArgs extends ReportSettings {
  help: boolean;
  input?: string;
  out: string;
}

function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const p = parseOptions(argv);
  const unusable = (["version", "stats"] as const).find((f) => p.flags.has(f));
  if (unusable) throw new UsageError(`--${unusable} is not a demo option`); // the demo speaks English;
  if (p.positionals.length > 1) throw new UsageError(new CsError("value", "usageManySurveys", { files: p.positionals.map((s) => `'${s}'`).join(", ") }));
  const settings = reportSettings(p);
  const out = p.values.out === undefined ? DEFAULT_OUT : resolve(checkOut(p.values.out));
  // The default report is the demo's own file: rewritten each run. A file you name needs --force.
  return { ...settings, force: settings.force || p.values.out === undefined, help: p.flags.has("help"), input: p.positionals[0], out };
}

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
  console.log(
    `NPS ${fmt(n.nps, 1)} ± ${fmt(n.marginOfError, 1)} (95%)  promoters ${fmt(n.promoters, 1)}, passives ${fmt(n.passives, 1)}, detractors ${fmt(n.detractors, 1)} (weighted counts)`,
  );
}

function kanoSection(r: BuiltReport): void {
  const attrs = r.result.stats.attributes;
  const rows = r.analysis.kano.flatMap((k, i) => (k ? [{ name: attrs[i].name, k }] : []));
  if (!rows.length) return;
  section("Kano (Berger et al. 1993; category by the M > O > A > I rule when strength < 6%)");
  console.log(`${pad("feature", 20)}${KANO_CATEGORIES.map((c) => lpad(c, 6)).join("")}  cat  better   worse  Fong`);
  for (const { name, k } of rows) {
    const cells = KANO_CATEGORIES.map((c) => lpad(fmt(k.counts[c], 0), 6)).join("");
    console.log(
      `${pad(name, 20)}${cells}  ${pad(k.category, 3)}  ${lpad(fmt(k.better), 6)}  ${lpad(fmt(k.worse), 6)}  ${k.fong.significant ? "sig." : "n.s."}`,
    );
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
    console.log(
      `${lpad(String(row.rank), 4)}  ${pad(attrs[row.attribute].name, 22)}${lpad(fmt(row.importance), 10)}  ${lpad(fmt(row.performance), 11)}  ${fmt(row.score, 4)}  ${quadrants[row.quadrant]}`,
    );
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

/** The cs-insight command line that writes the same report. */
function sameCommand(args: DemoArgs): string {
  const argv = process.argv.slice(2);
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") i++;
    else if (argv[i] !== args.input && !argv[i].startsWith("--out=") && argv[i] !== "--force") rest.push(argv[i]);
  }
  const out = relative(process.cwd(), args.out) || args.out;
  return ["npx cs-insight report", args.input ?? relative(process.cwd(), DEFAULT_SURVEY), "--out", out, "--force", ...rest].join(" ");
}

async function main(): Promise<number> {
  let args: DemoArgs;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`demo: ${e.message}\nRun 'npm run demo -- --help' for the options.`);
    return 2;
  }
  if (args.help) {
    console.log(DEMO_USAGE);
    return 0;
  }
  const path = args.input ? resolve(args.input) : DEFAULT_SURVEY;
  if (!existsSync(path)) throw new CsError("value", "fileNotFound", { file: String(args.input) });
  mkdirSync(resolve(args.out, ".."), { recursive: true });
  checkWritable(args.out, args.force, "the report");
  let roles: { text: string; name: string } | undefined;
  if (args.roles !== undefined) {
    if (!existsSync(args.roles)) throw new CsError("value", "rolesFileNotFound", { file: args.roles });
    roles = { text: readFileSync(args.roles, "utf8"), name: basename(args.roles) };
  }
  const r = await buildReportFromFile(path, {
    language: args.language,
    roles,
    segment: args.segment,
    sheets: args.sheets,
    crosshair: args.crosshair,
    pAdjust: args.pAdjust,
    sheet: args.sheet,
    firstRow: args.firstRow,
    onRoles(headers, proposals) {
      if (args.writeRoles === undefined) return;
      writeFileSafely(resolve(args.writeRoles), rolesFileText(rolesToFile(basename(path), headers, proposals)), args.force, "the roles file");
      console.log(`Roles saved to ${resolve(args.writeRoles)}`);
    },
  });
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
  writeFileSafely(args.out, await writeReportXlsx(r.plan), args.force, "the report");
  console.log(`\nReport written: ${args.out}`);
  console.log(`(the same as: ${sameCommand(args)})`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const known = isCsError(e) || e instanceof OutputError || e instanceof UsageError;
    console.error(`demo: ${e instanceof Error ? (known ? e.message : (e.stack ?? e.message)) : String(e)}`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
