/**
 * npm run bench — speed of the worksheet functions on 100,000 respondents × 20 attributes, next
 * to the floor: a plain loop that only reads the same input arrays (DESIGN/issue #2 target: each
 * function within 3× of its floor). Then the report benches (plan building, Excel apply) when
 * their scripts exist. Medians of repeated runs after a warm-up; inputs are seeded, as Excel
 * passes them (any[][] of numbers). `npm run bench -- --rows N` sizes the Kano comparison with
 * LibreOffice (scripts/bench-cli-vs-calc.ts, default 100,000 respondents). `BENCH_ONLY=drivers npm
 * run bench` runs only the key-driver cases (CS.DRIVERS, issue #13: Shapley < 2 s, relative
 * weights < 100 ms on 100,000 × 20). `BENCH_ONLY=rake` runs only the raking cases (CS.RAKE, issue
 * #14: < 200 ms on 100,000 respondents × 3 margins). `BENCH_ONLY=pls` runs only the PLS cases
 * (CS.PLS, issue #15: < 50 ms on 250 × 24, < 1 s on 100,000 × 24; the bootstrap of 500 resamples
 * on 250 × 24 < 3 s); `BENCH_ONLY=diagram` only the path diagram's layout (the ACSI and ECSI
 * templates < 100 ms each, the largest model it searches, 16 constructs, < 500 ms); the default
 * run includes them.
 */
import { mulberry32 } from "./lib/mulberry32";
import { normal } from "./lib/normal";
import { existsSync } from "fs";
import { resolve } from "path";
import { spawnSync } from "child_process";
import "../test/helpers/customFunctionsShim"; // CustomFunctions.Error outside Excel
import { ALPHA, CSI, DRIVERS, GAP, KANO, PLS, RAKE } from "../src/functions/functions";
import { rake } from "../src/engine/rake";
import { plsBootstrap } from "../src/engine/pls/bootstrap";
import { parsePlsModelTable, resolvePlsModel } from "../src/engine/pls/model";
import { plsTemplate } from "../src/engine/pls/templates";
import { diagramLayout } from "../src/report/pathDiagram";

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

function time(fn: () => unknown, repeats = REPEATS): number {
  fn(); // warm-up (JIT, label caches)
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
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

/**
 * The PLS bench's survey: an ECSI-like path model of 6 constructs (Image → Expectation → Quality →
 * Value → Satisfaction → Loyalty, with Image → Satisfaction, Loyalty and Expectation → Value,
 * Satisfaction), latent scores = the paths below × their antecedents' + normal noise, each
 * construct measured by 4 indicators = 5.5 + 1.5·(0.8·score + 0.6·noise), rounded and clipped
 * to 1–10; `blankShare` of the cells blank (listwise leaves those rows out). Returns the cells as
 * Excel passes them (header row first), the same rows as numbers/null for the engine, and the
 * model table.
 */
function plsSurvey(rows: number, seed: number, blankShare: number): { cells: unknown[][]; values: (number | null)[][]; modelTable: string[][] } {
  const constructs: [string, string, [number, number][]][] = [
    ["Image", "img", []],
    ["Expectation", "exp", [[0, 0.5]]],
    ["Quality", "qua", [[1, 0.6]]],
    [
      "Value",
      "val",
      [
        [1, 0.3],
        [2, 0.5],
      ],
    ],
    [
      "Satisfaction",
      "sat",
      [
        [0, 0.2],
        [1, 0.1],
        [2, 0.3],
        [3, 0.3],
      ],
    ],
    [
      "Loyalty",
      "loy",
      [
        [0, 0.3],
        [4, 0.5],
      ],
    ],
  ];
  const header = constructs.flatMap(([, p]) => [1, 2, 3, 4].map((k) => `${p}${k}`));
  const modelTable = [
    ["construct", "indicators", "antecedents"],
    ...constructs.map(([name, p, from]): string[] => [name, [1, 2, 3, 4].map((k) => `${p}${k}`).join(", "), from.map(([j]) => constructs[j][0]).join(", ")]),
  ];
  const rand = mulberry32(seed);
  const values: (number | null)[][] = new Array(rows);
  const eta = new Array<number>(constructs.length);
  for (let r = 0; r < rows; r++) {
    const row: (number | null)[] = [];
    constructs.forEach(([, , from], j) => {
      eta[j] = from.reduce((s, [k, b]) => s + b * eta[k], 0) + 0.7 * normal(rand);
      for (let k = 0; k < 4; k++) {
        const x = Math.min(10, Math.max(1, Math.round(5.5 + 1.5 * (0.8 * eta[j] + 0.6 * normal(rand)))));
        row.push(rand() < blankShare ? null : x);
      }
    });
    values[r] = row;
  }
  const cells: unknown[][] = [header, ...values.map((row) => row.map((v) => (v === null ? "" : v)))];
  return { cells, values, modelTable };
}

/** CS.PLS (paths) on 250 and ROWS respondents × 24 indicators, and the engine's bootstrap of 500 resamples on 250. */
function benchPls(): void {
  const small = plsSurvey(250, 20261215, 0.005);
  const large = plsSurvey(ROWS, 20261216, 0.005);
  const model = resolvePlsModel(parsePlsModelTable(small.modelTable), small.cells[0] as string[]);
  const BOOT_REPEATS = Math.min(REPEATS, 3); // each run is 500 estimations
  const boot = plsBootstrap(small.values, model, { resamples: 500 });
  const first = PLS(large.cells as never, large.modelTable as never, "paths") as unknown[][];
  console.log(
    `\nPLS path model (CS.PLS), 6 constructs × 4 indicators on 1–10, 0.5 % blanks (median of ${REPEATS} runs, the bootstrap of ${BOOT_REPEATS}; ` +
      `${boot.fit.n} of 250 rows used, ${boot.fit.iterations} iterations; ${boot.resamples} resamples estimated, ${boot.failed} failed)`,
  );
  console.log(
    `  paths on ${ROWS.toLocaleString("en")} rows: ${first
      .slice(1)
      .map((r) => `${r[0]}→${r[1]} ${(r[2] as number).toFixed(3)}`)
      .join(", ")}`,
  );
  console.log(`${"function".padEnd(46)}${"time ms".padStart(10)}${"floor ms".padStart(10)}${"target ms".padStart(11)}`);
  for (const [name, fn, floor, target, repeats] of [
    ["PLS(data, model) on 250 × 24", () => PLS(small.cells as never, small.modelTable as never), time(() => readFloor(small.cells)), 50, REPEATS],
    [
      `PLS(data, model) on ${ROWS.toLocaleString("en")} × 24`,
      () => PLS(large.cells as never, large.modelTable as never),
      time(() => readFloor(large.cells)),
      1000,
      REPEATS,
    ],
    ["plsBootstrap(500 resamples) on 250 × 24", () => plsBootstrap(small.values, model, { resamples: 500 }), NaN, 3000, BOOT_REPEATS],
  ] as const) {
    const t = time(fn, repeats);
    console.log(`${name.padEnd(46)}${t.toFixed(1).padStart(10)}${(Number.isNaN(floor) ? "" : floor.toFixed(1)).padStart(10)}${String(target).padStart(11)}`);
    if (t > target) process.exitCode = 1;
  }
}

/** The path diagram's layout (report/pathDiagram.ts), run on each model change in the pane and for each Model sheet. */
function benchDiagram(): void {
  const template = (key: string) => {
    const t = plsTemplate(key);
    if (!t) throw new Error(`no template ${key}`);
    return {
      nodes: t.constructs.map((c) => ({ name: c.construct, text: c.construct })),
      edges: t.constructs.flatMap((c) => c.antecedents.map((a) => ({ from: a, to: c.construct, label: "0.50" }))),
    };
  };
  // The largest model the layout searches (16 constructs), a quarter of the possible paths.
  const rand = mulberry32(20261204);
  const nodes = Array.from({ length: 16 }, (_, i) => ({ name: `C${i}`, text: `Construct ${i}` }));
  const edges = nodes.flatMap((a, i) => nodes.slice(i + 1).flatMap((b) => (rand() < 0.25 ? [{ from: a.name, to: b.name, label: "0.50" }] : [])));
  console.log(`\nPath diagram layout (diagramLayout; median of ${REPEATS} runs)`);
  console.log(`${"model".padEnd(46)}${"time ms".padStart(10)}${"".padStart(10)}${"target ms".padStart(11)}`);
  for (const [name, model, target] of [
    ["ACSI template (6 constructs, 9 paths)", template("acsi"), 100],
    ["ECSI template (7 constructs, 12 paths)", template("ecsi"), 100],
    [`16 constructs, ${edges.length} paths`, { nodes, edges }, 500],
  ] as const) {
    const t = time(() => diagramLayout(model.nodes, model.edges));
    console.log(`${name.padEnd(46)}${t.toFixed(1).padStart(10)}${"".padStart(10)}${String(target).padStart(11)}`);
    if (t > target) process.exitCode = 1;
  }
}

function main(): void {
  if (process.env.BENCH_ONLY === "diagram") {
    benchDiagram();
    return;
  }
  if (process.env.BENCH_ONLY === "drivers") {
    benchDrivers();
    return;
  }
  if (process.env.BENCH_ONLY === "rake") {
    benchRake();
    return;
  }
  if (process.env.BENCH_ONLY === "pls") {
    benchPls();
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
  benchPls();
  benchDiagram();

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
