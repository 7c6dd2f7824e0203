/**
 * The command line as a user runs it: `node bin/cs-insight.js …` in a child process. Each bad input
 * gives a clear message on stderr and a non-zero exit code (1 bad input, 2 bad command line), and
 * nothing is written or overwritten; --force overwrites; --lang zh-CN gives Chinese sheet names.
 * The children run concurrently (three at a time) in beforeAll; the tests then read their results.
 */
import { execFile } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";
import { blankLeadingComments, rolesFileText, rolesToFile } from "../../src/cli/rolesFile";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { detectRoles } from "../../src/survey/roles";

const BIN = resolve(__dirname, "../../bin/cs-insight.js");
const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const SAMPLE_XLSX = resolve(__dirname, "../fixtures/sample-survey.xlsx");
const NOT_A_REPORT = "these bytes must survive\n";

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Ran> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 120_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

async function limited<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

async function sheetNames(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  return [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
}

describe("cs-insight in a child process: exit codes, messages, nothing overwritten", () => {
  let dir: string;
  const f = (name: string): string => join(dir, name);
  const runs = new Map<string, Ran>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cs-cli-exit-"));
    writeFileSync(f("binary.csv"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    copyFileSync(SAMPLE_XLSX, f("workbook.csv"));
    writeFileSync(f("survey.json"), "{}");
    writeFileSync(f("header-only.csv"), "Respondent ID,Overall satisfaction,Likelihood to recommend (0-10)\r\n");
    writeFileSync(f("existing.xlsx"), NOT_A_REPORT);
    writeFileSync(f("overwrite.xlsx"), NOT_A_REPORT);
    const table = await readSurveyFile(SAMPLE_CSV);
    const roles = JSON.parse(rolesFileText(rolesToFile("sample-survey.csv", table.headers, detectRoles(table.headers, table.rows)))) as {
      columns: { header: string }[];
    };
    roles.columns[6].header = "Waiting tme - satisfaction";
    writeFileSync(f("bad-roles.json"), JSON.stringify(roles));

    const cases: [string, string[]][] = [
      ["no --out", ["report", SAMPLE_CSV]],
      ["unknown option", ["report", SAMPLE_CSV, "--out", f("u.xlsx"), "--colour"]],
      ["missing file", ["report", f("nope.csv"), "--out", f("missing.xlsx")]],
      ["binary .csv", ["report", f("binary.csv"), "--out", f("binary.xlsx")]],
      ["workbook .csv", ["report", f("workbook.csv"), "--out", f("workbook.xlsx")]],
      ["json", ["report", f("survey.json"), "--out", f("json.xlsx")]],
      ["bad roles", ["report", SAMPLE_CSV, "--out", f("roles.xlsx"), "--roles", f("bad-roles.json")]],
      ["header only", ["report", f("header-only.csv"), "--out", f("header-only.xlsx")]],
      ["existing", ["report", SAMPLE_CSV, "--out", f("existing.xlsx")]],
      ["force zh-CN", ["report", SAMPLE_CSV, "--out", f("overwrite.xlsx"), "--force", "--lang", "zh-CN"]],
    ];
    const results = await limited(
      cases.map(
        ([, args]) =>
          () =>
            cli(args),
      ),
      3,
    );
    cases.forEach(([name], i) => runs.set(name, results[i]));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ran = (name: string): Ran => runs.get(name) as Ran;

  test("command-line mistakes: exit 2, the problem and a pointer to --help on stderr", () => {
    expect(ran("no --out")).toMatchObject({ code: 2, stdout: "" });
    expect(ran("no --out").stderr).toBe("cs-insight: --out <report.xlsx> is required\nRun 'cs-insight --help' for usage.\n");
    expect(ran("unknown option")).toMatchObject({ code: 2 });
    expect(ran("unknown option").stderr).toMatch(/^cs-insight: unknown option '--colour'/);
  });

  test("a survey file that is missing, binary, a workbook renamed .csv, or not a survey type: exit 1", () => {
    expect(ran("missing file").code).toBe(1);
    expect(ran("missing file").stderr).toMatch(/^cs-insight: .*nope\.csv: file not found\n$/);
    expect(ran("binary .csv").code).toBe(1);
    expect(ran("binary .csv").stderr).toBe("cs-insight: binary.csv: byte 9 is a NUL byte — this is a binary file, not a CSV text file\n");
    expect(ran("workbook .csv").code).toBe(1);
    expect(ran("workbook .csv").stderr).toBe("cs-insight: workbook.csv: this is a zip file (an .xlsx workbook?), not a CSV — give it the .xlsx extension\n");
    expect(ran("json").code).toBe(1);
    expect(ran("json").stderr).toMatch(/survey\.json: unsupported file type '\.json' — use \.csv or \.xlsx\n$/);
    for (const name of ["missing.xlsx", "binary.xlsx", "workbook.xlsx", "json.xlsx"]) expect(existsSync(f(name))).toBe(false);
  });

  test("an unknown column in a roles file: exit 1, the header named, no report", () => {
    const r = ran("bad roles");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cs-insight: roles file bad-roles.json: "Waiting tme - satisfaction": the survey has no column "Waiting tme - satisfaction"\n');
    expect(existsSync(f("roles.xlsx"))).toBe(false);
  });

  test("an empty survey (header row only): exit 1, no report", () => {
    const r = ran("header only");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cs-insight: header-only\.csv: the survey has a header row but no data rows\n/);
    expect(existsSync(f("header-only.xlsx"))).toBe(false);
  });

  test("an existing output without --force: exit 1 before any work, bytes unchanged, no roles file", () => {
    const r = ran("existing");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(""); // nothing read or proposed
    expect(r.stderr).toBe(`cs-insight: the report ${f("existing.xlsx")} already exists — pass --force to overwrite it\n`);
    expect(readFileSync(f("existing.xlsx"), "utf8")).toBe(NOT_A_REPORT);
    expect(existsSync(f("existing.xlsx.roles.json"))).toBe(false);
  });

  test("--force overwrites; --lang zh-CN gives Chinese sheet names; the roles file is next to the report", async () => {
    const r = ran("force zh-CN");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(f("overwrite.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await sheetNames(f("overwrite.xlsx"))).toEqual(["概要", "Kano分析", "差距分析", "改进优先级", "细分对比", "趋势"]);
    expect(r.stdout).toContain("Respondents: 600 (weighted base 642.0)");
    expect(r.stdout).toContain(`Report written: ${f("overwrite.xlsx")}`);
    expect(JSON.parse(blankLeadingComments(readFileSync(f("overwrite.xlsx.roles.json"), "utf8"))).columns).toHaveLength(60);
  });

  test("no temporary files are left behind", () => {
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
