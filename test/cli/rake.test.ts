/**
 * `--rake margins.csv` end to end on the sample survey and its demo margins file
 * (test/fixtures/sample-margins.csv: branch and quarter shares unlike the sample's own).
 *
 * Independent check of "raked weights everywhere": the same survey with its Weight column
 * replaced by the raked weights (written at full precision) and reported WITHOUT --rake gives the
 * same numbers on every sheet. The raked weights themselves are checked against the targets by
 * summing them per category straight from the CSV rows here (to 1e-9), and Kish's n′ and the
 * design effect on the Summary are recomputed from them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import Papa from "papaparse";
import { run } from "../../src/cli/main";
import { buildReportFromFile, type CliIO } from "../../src/cli/report";
import { createRakeCollector, parseMargins } from "../../src/report/raking";
import { table } from "../report/planCheck";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const MARGINS_CSV = resolve(__dirname, "../fixtures/sample-margins.csv");
const NOW = new Date("2026-03-04T05:06:07.000Z");

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), now: () => NOW };
}

const csv = (path: string): string[][] => Papa.parse<string[]>(readFileSync(path, "utf8"), { skipEmptyLines: true }).data;

describe("cs-insight report --rake", () => {
  let dir: string;
  const f = (name: string): string => join(dir, name);
  const [headers, ...rows] = csv(SAMPLE_CSV);
  const margins = parseMargins(csv(MARGINS_CSV), "sample-margins.csv");
  const col = (h: string): number => headers.indexOf(h);
  let weights: number[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cs-cli-rake-"));
    // The raked weights of the sample's respondents (every row of the sample is a respondent).
    const c = createRakeCollector(headers, [{ index: col("Weight"), header: "Weight", role: "weight", reason: "test" }], margins);
    rows.forEach((r, i) => c.addRow(r, i + 2));
    weights = Array.from(c.finish().weights);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the raked weights meet every target (category sums from the CSV rows, 1e-9) and differ from the sample's weights", () => {
    const total = weights.reduce((s, w) => s + w, 0);
    for (const t of margins.targets) {
      const j = col(t.variable);
      const sum = rows.reduce((s, r, i) => s + (r[j] === t.category ? weights[i] : 0), 0);
      expect(Math.abs(sum / total - t.target)).toBeLessThan(1e-9);
    }
    const moved = rows.filter((r, i) => Math.abs(Number(r[col("Weight")]) - weights[i]) > 0.01).length;
    expect(moved).toBeGreaterThan(500); // the demo margins are unlike the sample's shares
  });

  test("every sheet equals the report of the survey whose weight column holds the raked weights", async () => {
    const raked = await buildReportFromFile(SAMPLE_CSV, { margins, now: () => NOW });
    const w = col("Weight");
    const copy = [headers, ...rows.map((r, i) => r.map((cell, j) => (j === w ? String(weights[i]) : cell)))];
    // Same file name (the sheets' source line names it), another folder.
    mkdirSync(f("copy"));
    writeFileSync(f("copy/sample-survey.csv"), Papa.unparse(copy));
    const plain = await buildReportFromFile(f("copy/sample-survey.csv"), { now: () => NOW });
    expect(raked.analysis).toEqual(plain.analysis);
    expect(raked.result.stats).toEqual(plain.result.stats);
    expect(raked.plan.sheets.filter((s) => s.key !== "summary")).toEqual(plain.plan.sheets.filter((s) => s.key !== "summary"));
    expect(table(raked.plan, "CS_Summary_Key").rows).toEqual(table(plain.plan, "CS_Summary_Key").rows);
  });

  test("the Summary's Weighting block: targets and achieved shares (1e-9), n′ and deff from the weights, as numbers", async () => {
    const built = await buildReportFromFile(SAMPLE_CSV, { margins, now: () => NOW });
    const m = table(built.plan, "CS_Summary_Margins");
    expect(m.headers).toEqual(["Variable", "Category", "Target share", "Achieved share"]);
    expect(m.values("Variable")).toEqual(margins.targets.map((t) => t.variable));
    const target = m.values("Target share") as number[];
    const achieved = m.values("Achieved share") as number[];
    margins.targets.forEach((t, k) => {
      expect(target[k]).toBeCloseTo(t.target, 12); // the file's shares (each variable's add up to 1)
      expect(Math.abs(achieved[k] - target[k])).toBeLessThan(1e-9);
    });
    expect(m.col("Achieved share").every((c) => c.format === "0.0%")).toBe(true);
    const sum = weights.reduce((s, x) => s + x, 0);
    const sum2 = weights.reduce((s, x) => s + x * x, 0);
    const fig = table(built.plan, "CS_Summary_Weighting");
    const value = fig.values("Value") as number[];
    expect(value[0]).toBeCloseTo((sum * sum) / sum2, 9);
    expect(value[1]).toBeCloseTo(weights.length / ((sum * sum) / sum2), 9);
    expect(value[2]).toBeCloseTo(Math.min(...weights), 12);
    expect(value[3]).toBeCloseTo(Math.max(...weights), 12);
    expect(Number.isInteger(value[4]) && value[4] > 0).toBe(true);
    const summary = built.plan.sheets.find((s) => s.key === "summary")!;
    const texts = summary.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.startsWith("Raking (iterative proportional fitting), Deming & Stephan 1940"))).toBe(true);
    expect(texts).toContain(
      "The weights were raked to the margins of Branch, Quarter, starting from the weight column Weight; the survey's own weight column is unchanged.",
    );
  });

  test.each(["es", "zh-CN"] as const)("%s: the Weighting block's headers in the report's language", async (language) => {
    const built = await buildReportFromFile(SAMPLE_CSV, { margins, language, now: () => NOW });
    const headersThere = table(built.plan, "CS_Summary_Margins").headers;
    expect(headersThere).not.toEqual(["Variable", "Category", "Target share", "Achieved share"]);
    expect(headersThere).toHaveLength(4);
  });

  test("the command line: exit 0, and the closing summary says raked, with n′ and the design effect", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("r.xlsx"), "--rake", MARGINS_CSV], io)).toBe(0);
    const sum = weights.reduce((s, x) => s + x, 0);
    const n1 = (sum * sum) / weights.reduce((s, x) => s + x * x, 0);
    const line = io.stdout.find((l) => l.startsWith("Weights raked"));
    expect(line).toContain(
      `Weights raked to the margins of Branch, Quarter (from Weight): effective n′ ${n1.toFixed(1)}, design effect ${(600 / n1).toFixed(2)}`,
    );
    expect(io.stdout).toContain(`Respondents: 600 (weighted base ${sum.toFixed(1)})`);
  });

  test("a margins file that is not there: usage error (exit 2), before any work", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("x.xlsx"), "--rake", f("nope.csv")], io)).toBe(2);
    expect(io.stderr[0].split("\n")[0]).toBe(`cs-insight: --rake ${f("nope.csv")}: margins file not found`);
    expect(io.stdout).toEqual([]);
    const folder = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("x.xlsx"), "--rake", dir], folder)).toBe(2);
    expect(folder.stderr[0]).toContain("the margins file cannot be read (a folder, not a file)");
  });

  test("a category of the survey without a target: exit 1, its sheet row and column", async () => {
    writeFileSync(f("no-airport.csv"), readFileSync(MARGINS_CSV, "utf8").replace(/^Branch,Airport,.*\n/m, ""));
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("y.xlsx"), "--rake", f("no-airport.csv")], io)).toBe(1);
    const first = rows.findIndex((r) => r[col("Branch")] === "Airport") + 2;
    expect(io.stderr).toContain(
      `cs-insight: row ${first}, column ${col("Branch") + 1}: variable Branch: category 'Airport' has no target (add it to the targets)`,
    );
  });

  test("a bad target and a variable the survey lacks: exit 1, named", async () => {
    writeFileSync(f("bad.csv"), "variable,category,target\nBranch,Downtown,lots\n");
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("z.xlsx"), "--rake", f("bad.csv")], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^cs-insight: row 2, column 3: bad\.csv: target 'lots' must be a number > 0/);
    writeFileSync(f("region.csv"), "variable,category,target\nRegion,North,1\n");
    const io2 = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("z.xlsx"), "--rake", f("region.csv")], io2)).toBe(1);
    expect(io2.stderr.join("\n")).toContain('region.csv: margin variable Region is not a column of the survey (its headers: "Respondent ID", "Branch"');
  });

  test("--help lists --rake", async () => {
    const io = capture();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/--rake <margins\.csv>\s+rake the weights to population margins/);
  });
});
