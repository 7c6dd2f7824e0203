/**
 * Role-detection benchmark: a Qualtrics-style export (3 header rows, 17 metadata columns, store,
 * overall, recommend, 7 + 7 grid items, 3 Kano pairs, a comment) of 100,000 respondents as text
 * cells, then detectLayout on its first rows and detectRoles with the layout, as the command line
 * and the task pane do. Prints the median milliseconds of 7 runs; target < 1 s.
 *
 *   npx ts-node --transpile-only scripts/bench-roles.ts [rows]
 */
import { mulberry32 } from "./lib/mulberry32";
import { detectLayout, LAYOUT_TOP_ROWS, splitHeaderRows } from "../src/survey/layout";
import { detectRoles } from "../src/survey/roles";

const ROWS = Number(process.argv[2] ?? 100_000);
const ITEMS = ["Staff friendliness", "Waiting time", "Cleanliness", "Product range", "Price", "Checkout speed", "Parking"];
const FEATURES = ["a mobile app", "self-checkout tills", "home delivery"];
const META = [
  "StartDate",
  "EndDate",
  "Status",
  "IPAddress",
  "Progress",
  "Duration (in seconds)",
  "Finished",
  "RecordedDate",
  "ResponseId",
  "RecipientLastName",
  "RecipientFirstName",
  "RecipientEmail",
  "ExternalReference",
  "LocationLatitude",
  "LocationLongitude",
  "DistributionChannel",
  "UserLanguage",
];
const SAT = ["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"];
const IMP = ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"];
const KANO = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];

function exportRows(n: number): string[][] {
  const codes = [
    ...META,
    "Q1",
    "Q2",
    "Q3",
    ...ITEMS.map((_, i) => `Q5_${i + 1}`),
    ...ITEMS.map((_, i) => `Q6_${i + 1}`),
    ...FEATURES.flatMap((_, i) => [`Q${7 + 2 * i}`, `Q${8 + 2 * i}`]),
    "Q13",
  ];
  const texts = [
    ...META,
    "Which store did you visit?",
    "Overall, how satisfied are you with your visit?",
    "How likely is it that you would recommend us to a friend?",
    ...ITEMS.map((i) => `How satisfied are you with each of the following? - ${i}`),
    ...ITEMS.map((i) => `How important is each of the following to you? - ${i}`),
    ...FEATURES.flatMap((f) => [`If the store offered ${f}, how would you feel?`, `If the store did not offer ${f}, how would you feel?`]),
    "Anything else?",
  ];
  const ids = codes.map((c) => `{"ImportId":"${c}"}`);
  const r = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[][] = [codes, texts, ids];
  for (let i = 0; i < n; i++) {
    const meta = [
      "2026-10-05 09:14:27",
      "2026-10-05 09:20:01",
      "0",
      "10.0.0.1",
      "100",
      "334",
      "1",
      "2026-10-05 09:20:01",
      `R_${i}`,
      "",
      "",
      "",
      "",
      "39.7392",
      "-104.9903",
      "anonymous",
      "EN",
    ];
    out.push([
      ...meta,
      pick(["Downtown", "Airport", "Mall", "Harbour"]),
      pick(SAT),
      String(1 + Math.floor(r() * 10)),
      ...ITEMS.map(() => pick(SAT)),
      ...ITEMS.map(() => pick(IMP)),
      ...FEATURES.flatMap(() => [pick(KANO), pick(KANO)]),
      r() < 0.5 ? "" : "Fine, thanks",
    ]);
  }
  return out;
}

const grid = exportRows(ROWS);
const runs: number[] = [];
let roles = 0;
for (let k = 0; k < 8; k++) {
  const t0 = process.hrtime.bigint();
  const layout = detectLayout(grid.slice(0, LAYOUT_TOP_ROWS));
  const { headers, rows } = splitHeaderRows(grid[0], grid.slice(1));
  const ps = detectRoles(headers, rows, layout);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  roles = ps.filter((p) => p.role !== "ignore").length;
  if (k > 0) runs.push(ms); // the first run warms the JIT and the label cache
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(
  `role detection (detectLayout + detectRoles), ${ROWS.toLocaleString("en")} rows × ${grid[0].length} columns: ${median.toFixed(1)} ms median (${roles} analysed columns) — target < 1000 ms`,
);
