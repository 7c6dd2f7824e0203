/**
 * Bench of the command line (run by `npm run bench`, or alone: npx ts-node --transpile-only
 * scripts/bench-cli.ts): a seeded survey CSV of 100,000 and of 1,000,000 respondents × 20 rated
 * attributes (+ respondent id, region, case weight, overall satisfaction, likelihood to recommend;
 * ~3 % blanks) is stream-written to a temp folder, then `cs-insight report` runs on each in a child
 * process. Reported: file size, wall time of the child (start to exit, ts-node start-up included),
 * and its peak memory — maxRSS from `/usr/bin/time -v` when present, else the CLI's own
 * process.resourceUsage().maxRSS (hidden --stats flag). The CSV is streamed, so peak memory
 * should not grow with the row count. BENCH_CLI_ROWS=10000,50000 overrides the sizes.
 */
import { mulberry32 } from "./lib/mulberry32";
import { spawnSync } from "child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { once } from "events";
import { tmpdir } from "os";
import { join, resolve } from "path";

const SIZES = (process.env.BENCH_CLI_ROWS ?? "100000,1000000").split(",").map((s) => Number(s.trim()));
const ATTRIBUTES = 20;
const REGIONS = ["North", "South", "East", "West", "Central", "Online"];
const CLI = resolve(__dirname, "..", "bin", "cs-insight.js");

/** Writes the survey CSV line by line (in batches, waiting for 'drain'), seeded: same file every time. */
export async function writeSurvey(path: string, rows: number, seed: number): Promise<void> {
  const rand = mulberry32(seed);
  const out = createWriteStream(path, { encoding: "utf8" });
  const attrs = Array.from({ length: ATTRIBUTES }, (_, k) => `Attribute ${String(k + 1).padStart(2, "0")} - satisfaction`);
  out.write(`Respondent ID,Region,Weight,Overall satisfaction,Likelihood to recommend (0-10),${attrs.join(",")}\n`);
  const level = (base: number): string => (rand() < 0.03 ? "" : String(Math.max(1, Math.min(5, Math.round(base + (rand() - 0.5) * 3)))));
  let batch = "";
  for (let r = 1; r <= rows; r++) {
    const mood = 1.5 + rand() * 3.5; // the respondent's general satisfaction drives every answer
    const cells = [
      `R${r}`,
      REGIONS[Math.floor(rand() * REGIONS.length)],
      (0.5 + rand()).toFixed(3),
      level(mood),
      String(Math.min(10, Math.floor(mood * 2 + rand() * 2))),
    ];
    for (let k = 0; k < ATTRIBUTES; k++) cells.push(level(mood + (k % 5) * 0.1 - 0.2));
    batch += `${cells.join(",")}\n`;
    if (r % 2000 === 0 || r === rows) {
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  out.end();
  await once(out, "finish");
}

interface Run {
  rows: number;
  mb: number;
  wallS: number;
  /** Time inside the command (--stats: read, statistics, plan, xlsx), without the process start-up. */
  cliS: number;
  rssMB: number;
  rssFrom: string;
  status: number | null;
}

function runCli(csv: string, out: string, rows: number): Run {
  const time = "/usr/bin/time";
  const useTime = existsSync(time);
  const cmd = useTime ? time : process.execPath;
  const args = [...(useTime ? ["-v", process.execPath] : []), CLI, "report", csv, "--out", out, "--force", "--stats"];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) process.stderr.write(r.stderr);
  const line = (r.stderr ?? "").split("\n").find((l) => l.startsWith("{") && l.includes("maxRssKB"));
  const stats = line ? (JSON.parse(line) as { maxRssKB: number; ms: number }) : undefined;
  let rssKB = stats?.maxRssKB ?? NaN;
  let rssFrom = stats ? "--stats" : "—";
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  if (fromTime) {
    rssKB = Number(fromTime[1]);
    rssFrom = "time -v";
  }
  return { rows, mb: statSync(csv).size / 2 ** 20, wallS, cliS: (stats?.ms ?? NaN) / 1000, rssMB: rssKB / 1024, rssFrom, status: r.status };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-cli-"));
  const runs: Run[] = [];
  try {
    for (const rows of SIZES) {
      const csv = join(dir, `survey-${rows}.csv`);
      const g0 = Date.now();
      await writeSurvey(csv, rows, 20261123 + rows);
      process.stderr.write(`generated ${csv} (${rows.toLocaleString("en")} rows) in ${((Date.now() - g0) / 1000).toFixed(1)} s\n`);
      runs.push(runCli(csv, join(dir, `report-${rows}.xlsx`), rows));
      rmSync(csv, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`cs-insight report on a streamed CSV: ${ATTRIBUTES} attributes + 5 columns (Node ${process.version})`);
  console.log(
    `${"rows".padStart(10)}${"CSV MB".padStart(9)}${"wall s".padStart(9)}${"in CLI s".padStart(10)}${"rows/s".padStart(11)}${"peak RSS MB".padStart(13)}  RSS from`,
  );
  for (const r of runs) {
    const rate = r.rows / r.cliS;
    console.log(
      `${r.rows.toLocaleString("en").padStart(10)}${r.mb.toFixed(1).padStart(9)}${r.wallS.toFixed(1).padStart(9)}${r.cliS.toFixed(1).padStart(10)}` +
        `${Math.round(rate).toLocaleString("en").padStart(11)}${r.rssMB.toFixed(0).padStart(13)}  ${r.rssFrom}${r.status === 0 ? "" : `  (exit ${r.status})`}`,
    );
  }
  console.log("(wall = child start to exit, ts-node start-up included; in CLI = survey read + statistics + plan + xlsx, from --stats; rows/s on the latter)");
  if (runs.length >= 2) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    const growth = last.rssMB / first.rssMB;
    console.log(
      `peak memory ×${growth.toFixed(2)} for ×${(last.rows / first.rows).toFixed(0)} rows — ${growth < 1.25 ? "flat: memory does not grow with the row count" : "GROWS with the row count"}`,
    );
  }
  if (runs.some((r) => r.status !== 0)) process.exitCode = 1;
}

if (require.main === module) void main();
