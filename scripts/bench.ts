/**
 * npm run bench — speed of the worksheet functions on 100,000 respondents × 20 attributes, next
 * to the floor: a plain loop that only reads the same input arrays (DESIGN/issue #2 target: each
 * function within 3× of its floor). Then the report benches (plan building, Excel apply) when
 * their scripts exist. Medians of repeated runs after a warm-up; inputs are seeded, as Excel
 * passes them (any[][] of numbers). `npm run bench -- --rows N` sizes the Kano comparison with
 * LibreOffice (scripts/bench-cli-vs-calc.ts, default 100,000 respondents). `BENCH_ONLY=drivers npm
 * run bench` runs only the key-driver cases (CS.DRIVERS, issue #13: Shapley < 2 s, relative
 * weights < 100 ms on 100,000 × 20). `BENCH_ONLY=rake` runs only the raking cases (CS.RAKE, issue
 * #14: < 200 ms on 100,000 respondents × 3 margins).
 */
import { mulberry32 } from "./lib/mulberry32";
import { existsSync } from "fs";
import { resolve } from "path";
import { spawnSync } from "child_process";
import "../test/helpers/customFunctionsShim"; // CustomFunctions.Error outside Excel
import { ALPHA, CSI, DRIVERS, GAP, KANO, RAKE } from "../src/functions/functions";
import { rake } from "../src/engine/rake";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const COLS = 20;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);

function matrix(rand: () => number, min: number, max: number, blankShare = 0.03): unknown[][] {
  const m: unknown[][] = new Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const row: unknown[] = new Array(COLS);
    for (let c = 0; c < COLS; c++) row[c] = rand() < blankShare ? "" : min + Math.floor(rand() * (max - min + 1));
    m[r] = row;
  }
  return m;
}

/** The floor: read every cell of the given matrices once, as any function must. */
function readFloor(...ms: unknown[][][]): number {
  let s = 0;
  for (const m of ms) {
    for (let r = 0; r < m.length; r++) {
      const row = m[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number") s += v;
      }
    }
  }
  return s;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): number {
  fn(); // warm-up (JIT, label caches)
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = process.hrtime.bigint();
    const out = fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (out instanceof CustomFunctions.Error) throw new Error(`bench input produced an Excel error: ${out.message}`);
  }
  return median(runs);
}

const LIKERT = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];
const KANO_TEXT = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];

/** Answers 1..5 → their labels (blanks stay ""). */
function labelled(m: unknown[][], words: readonly string[]): unknown[][] {
  return m.map((row) => row.map((v) => (typeof v === "number" ? words[v - 1] : v)));
}

function printTable(rows: readonly [string, number, number][]): void {
  console.log(`${"function".padEnd(34)}${"time ms".padStart(10)}${"floor ms".padStart(10)}${"× floor".padStart(9)}`);
  for (const [name, t, f] of rows) {
    console.log(`${name.padEnd(34)}${t.toFixed(1).padStart(10)}${f.toFixed(1).padStart(10)}${(t / f).toFixed(2).padStart(9)}`);
  }
}

/**
 * CS.DRIVERS on ROWS × COLS 1–5 ratings that share a factor (correlated, as satisfaction items
 * are) and an overall driven by the first items; the issue's targets beside the times.
 */
function benchDrivers(): void {
  const rand = mulberry32(20261202);
  const items: number[][] = new Array(ROWS);
  const overall: number[][] = new Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const f = rand();
    const row = new Array<number>(COLS);
    for (let c = 0; c < COLS; c++) row[c] = 1 + Math.floor(5 * (0.5 * f + 0.5 * rand()));
    items[r] = row;
    overall[r] = [Math.min(5, Math.max(1, Math.round((row[0] + row[1] + row[2] + row[3] + row[4]) / 5 + rand() - 0.5)))];
  }
  const floor = time(() => readFloor(items, overall));
  console.log(`\nKey drivers (CS.DRIVERS) on ${ROWS.toLocaleString("en")} respondents × ${COLS} items (median of ${REPEATS} runs)`);
  console.log(`${"function".padEnd(46)}${"time ms".padStart(10)}${"floor ms".padStart(10)}${"target ms".padStart(11)}`);
  for (const [method, target] of [
    ["shapley", 2000],
    ["relative_weights", 100],
  ] as const) {
    const t = time(() => DRIVERS(items as never, overall as never, method, "share"));
    console.log(
      `${`DRIVERS(items, overall, "${method}")`.padEnd(46)}${t.toFixed(1).padStart(10)}${floor.toFixed(1).padStart(10)}${String(target).padStart(11)}`,
    );
    if (t > target) process.exitCode = 1;
  }
}

/**
 * CS.RAKE and the engine's rake on ROWS respondents × 3 margin variables (region 5, customer type
 * 3, age band 6 categories, drawn unevenly so the raking needs several sweeps), to share targets.
 */
function benchRake(): void {
  const rand = mulberry32(20261214);
  const margins = [
    { name: "region", cats: ["north", "south", "east", "west", "centre"], targets: [0.3, 0.25, 0.2, 0.15, 0.1] },
    { name: "type", cats: ["consumer", "business", "public"], targets: [0.6, 0.3, 0.1] },
    { name: "age", cats: ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"], targets: [0.1, 0.2, 0.2, 0.2, 0.15, 0.15] },
  ];
  // Skewed draws (rand² picks the first categories more often) so the sample misses the targets.
  const rows = Array.from({ length: ROWS }, () => margins.map((m) => m.cats[Math.floor(rand() * rand() * m.cats.length)]));
  const groups = [margins.map((m) => m.name), ...rows];
  const targets = [["variable", "category", "target"], ...margins.flatMap((m) => m.cats.map((c, k) => [m.name, c, m.targets[k]]))];
  const engineTargets = targets
    .slice(1)
    .map(([variable, category, target]) => ({ variable: String(variable), category: String(category), target: Number(target) }));
  const floor = time(() => readFloor(groups));
  const fit = rake({ variables: margins.map((m) => m.name), rows }, engineTargets);
  console.log(
    `\nRaking (CS.RAKE) on ${ROWS.toLocaleString("en")} respondents × 3 margins (median of ${REPEATS} runs; ${fit.iterations} sweeps to 1e-10, design effect ${fit.designEffect.toFixed(3)})`,
  );
  console.log(`${"function".padEnd(46)}${"time ms".padStart(10)}${"floor ms".padStart(10)}${"target ms".padStart(11)}`);
  for (const [name, fn, target] of [
    ["RAKE(groups, targets)", () => RAKE(groups as never, targets as never), 200],
    ["engine rake(groups, targets)", () => rake({ variables: margins.map((m) => m.name), rows }, engineTargets), 200],
  ] as const) {
    const t = time(fn);
    console.log(`${name.padEnd(46)}${t.toFixed(1).padStart(10)}${floor.toFixed(1).padStart(10)}${String(target).padStart(11)}`);
    if (t > target) process.exitCode = 1;
  }
}

function main(): void {
  if (process.env.BENCH_ONLY === "drivers") {
    benchDrivers();
    return;
  }
  if (process.env.BENCH_ONLY === "rake") {
    benchRake();
    return;
  }
  const rand = mulberry32(20261123);
  const ratings = matrix(rand, 1, 5);
  const functional = matrix(rand, 1, 5);
  const dysfunctional = matrix(rand, 1, 5);
  const expectation = matrix(rand, 1, 7);
  const perception = matrix(rand, 1, 7);

  const floor1 = time(() => readFloor(ratings));
  const floor2 = time(() => readFloor(functional, dysfunctional));
  const rows: [string, number, number][] = [
    ["CSI(ratings)", time(() => CSI(ratings as never)), floor1],
    ["ALPHA(items)", time(() => ALPHA(ratings as never)), floor1],
    ["GAP(perception, expectation)", time(() => GAP(perception as never, expectation as never)), time(() => readFloor(perception, expectation))],
  ];
  for (const output of ["category", "better", "worse", "total_strength", "category_strength", "fong", "counts", "table"]) {
    rows.push([`KANO(f, d, "${output}")`, time(() => KANO(functional as never, dysfunctional as never, output)), floor2]);
  }

  console.log(`Worksheet functions on ${ROWS.toLocaleString("en")} respondents × ${COLS} attributes (median of ${REPEATS} runs, Node ${process.version})`);
  printTable(rows);

  // Second variant, no target: the same answers as label text (5-point labels, Kano labels).
  const ratingsText = labelled(ratings, LIKERT);
  const perceptionText = labelled(matrix(rand, 1, 5), LIKERT);
  const expectationText = labelled(matrix(rand, 1, 5), LIKERT);
  const functionalText = labelled(functional, KANO_TEXT);
  const dysfunctionalText = labelled(dysfunctional, KANO_TEXT);
  const labelRows: [string, number, number][] = [
    ["CSI(ratings)", time(() => CSI(ratingsText as never)), floor1],
    ["ALPHA(items)", time(() => ALPHA(ratingsText as never)), floor1],
    ["GAP(perception, expectation)", time(() => GAP(perceptionText as never, expectationText as never)), time(() => readFloor(perception, expectation))],
  ];
  for (const output of ["category", "table"]) {
    labelRows.push([`KANO(f, d, "${output}")`, time(() => KANO(functionalText as never, dysfunctionalText as never, output)), floor2]);
  }
  console.log(`\nThe same on label cells ("Very satisfied", "I like it"; no target; floor = the numeric input's)`);
  printTable(labelRows);
  benchDrivers();
  benchRake();

  // The report benches live in their own scripts (they need the report and Excel layers).
  // bench-cli-vs-calc.ts (compiled CLI start-up; Kano in LibreOffice vs ours) takes this command's
  // flags: `npm run bench -- --rows 10000` for a quick run. bench-hostile.ts: the 50 ms guard per call
  // on 1 MB cells (issue #9).
  for (const script of ["bench-report.ts", "bench-apply.ts", "bench-cli.ts", "bench-roles.ts", "bench-hostile.ts", "bench-cli-vs-calc.ts"]) {
    const path = resolve(__dirname, script);
    if (!existsSync(path)) continue;
    console.log(`\n--- ${script} ---`);
    const flags = script === "bench-cli-vs-calc.ts" ? process.argv.slice(2) : [];
    const r = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", path, ...flags], { stdio: "inherit" });
    if (r.status !== 0) process.exitCode = 1;
  }
}

main();
