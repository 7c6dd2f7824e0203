/**
 * npm run bench:hostile — timing guard of issue #9: every worksheet function, given one cell of
 * hostile text of up to 1 MB (commas, 。, spaces, quotes, mixed punctuation, …) in any of its
 * arguments, must answer in under 50 ms (a quadratic path takes seconds at these sizes: the old
 * label normaliser took ~11 s on 100,000 commas and a letter). Prints a table (CPU ms of the
 * slowest argument position per function and text, median of 3 runs) and a pass/fail line;
 * exits 1 on fail.
 *
 * Each run gets a distinct string (a counter at the end), so the per-string text cache of
 * survey/labels.ts does not hide the work. Runnable on its own; scripts/bench.ts can run it like
 * its other report benches (add "bench-hostile.ts" to its list of scripts).
 *
 * Options: --max-bytes N (default 1,000,000), --limit-ms N (default 50).
 */
import "../test/helpers/customFunctionsShim";
import { ALPHA, CSI, GAP, IMPORTANCE, IPA, KANO, LEVELS, NPS, PRIORITY, TOPBOX } from "../src/functions/functions";

type Fn = (...args: unknown[]) => unknown;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const x = i < 0 ? fallback : Number(process.argv[i + 1]);
  return Number.isFinite(x) && x > 0 ? x : fallback;
}
const MAX_BYTES = option("max-bytes", 1_000_000);
const LIMIT_MS = option("limit-ms", 50);

/** Valid arguments of each function (a 2 × 2 survey); the hostile cell replaces one at a time. */
const small = [
  [4, 5],
  [3, 4],
];
const FUNCTIONS: [string, Fn, unknown[]][] = [
  ["CSI", CSI as Fn, [small, [[1, 1]], 1, 5, "range", [[1], [1]]]],
  ["KANO", KANO as Fn, [small, small, "category", 0.06]],
  ["GAP", GAP as Fn, [small, small, [[1, 1]], "overall"]],
  ["IPA", IPA as Fn, [small, small, "mean", "en"]],
  ["PRIORITY", PRIORITY as Fn, [small, small, 1, 5]],
  ["NPS", NPS as Fn, [[[9], [6]], "nps", [[1], [1]]]],
  ["TOPBOX", TOPBOX as Fn, [small, 2, 5, [[1], [1]]]],
  ["LEVELS", LEVELS as Fn, [small, 1, 5, [[1], [1]]]],
  ["ALPHA", ALPHA as Fn, [small]],
  ["IMPORTANCE", IMPORTANCE as Fn, [small, [[4], [3]], "pearson"]],
];
const RANGE_ARGS = new Set([
  "CSI:0",
  "CSI:1",
  "CSI:5",
  "KANO:0",
  "KANO:1",
  "GAP:0",
  "GAP:1",
  "GAP:2",
  "IPA:0",
  "IPA:1",
  "PRIORITY:0",
  "PRIORITY:1",
  "NPS:0",
  "NPS:2",
  "TOPBOX:0",
  "TOPBOX:3",
  "LEVELS:0",
  "LEVELS:3",
  "ALPHA:0",
  "IMPORTANCE:0",
  "IMPORTANCE:1",
]);

/** Hostile texts of about `bytes` UTF-8 bytes. */
function texts(bytes: number): [string, string][] {
  const n = (unitBytes: number) => Math.max(1, Math.floor(bytes / unitBytes));
  return [
    ["commas + letter", ",".repeat(n(1) - 1) + "a"],
    ["。", "。".repeat(n(3))],
    ["spaces + letter", " ".repeat(n(1) - 1) + "x"],
    ["quotes", '"'.repeat(n(1))],
    ["mixed punctuation", ", 。.;:!?、… ".repeat(n(20))],
    ["digits + label", "4" + " - ".repeat(n(3)) + "x (5)"],
    ["label + dots", "Very satisfied" + ".".repeat(n(1) - 14)],
    ["open parens", "(".repeat(n(1))],
  ];
}

let counter = 0;
function timeOnce(fn: Fn, args: unknown[], at: number, text: string, range: boolean): number {
  const cell = `${text}${(counter++).toString(36)}`; // distinct string: no cached classification
  const a = args.slice();
  a[at] = range ? [[cell]] : cell;
  // CPU time of this process, not wall-clock: on a shared build machine (load 15 on 2 cores) other
  // jobs would otherwise count against the call.
  const t0 = process.cpuUsage();
  fn(...a);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function main(): void {
  const sizes = [1_000, 100_000, MAX_BYTES].filter((s, i, all) => s <= MAX_BYTES && all.indexOf(s) === i);
  // Warm-up: compile the paths once.
  for (const [, fn, args] of FUNCTIONS) fn(...args);
  let worst = 0;
  let worstAt = "";
  const rows: string[][] = [];
  for (const bytes of sizes) {
    for (const [textName, text] of texts(bytes)) {
      const row = [`${bytes.toLocaleString("en-US")} B`, textName];
      for (const [name, fn, args] of FUNCTIONS) {
        let slowest = 0;
        for (let at = 0; at < args.length; at++) {
          const range = RANGE_ARGS.has(`${name}:${at}`);
          const runs = [0, 1, 2].map(() => timeOnce(fn, args, at, text, range)).sort((x, y) => x - y);
          const median = runs[1];
          if (median > slowest) slowest = median;
          if (median > worst) {
            worst = median;
            worstAt = `${name} argument ${at + 1}, ${textName}, ${bytes.toLocaleString("en-US")} bytes`;
          }
        }
        row.push(slowest.toFixed(1));
      }
      rows.push(row);
    }
  }
  const header = ["size", "text", ...FUNCTIONS.map(([n]) => n)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log("Worksheet functions on one cell of hostile text: CPU ms (median of 3, slowest argument position)\n");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  const pass = worst < LIMIT_MS;
  console.log(`\n${pass ? "PASS" : "FAIL"}: slowest ${worst.toFixed(1)} ms (${worstAt}); limit ${LIMIT_MS} ms per call`);
  if (!pass) process.exitCode = 1;
}

main();
