/**
 * The report command called in-process (`run(argv, io)`): what it prints, the roles file it writes
 * and reads back, progress, and the checks that need no child process. Values are the sample
 * survey's, computed independently from the engine on the whole Survey in demo.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { run } from "../../src/cli/main";
import { buildReportFromFile, type CliIO } from "../../src/cli/report";
import { blankLeadingComments } from "../../src/cli/rolesFile";

/** A roles file's JSON (its leading "//" check comments blanked, as the roles reader does). */
const readRoles = (path: string): unknown => JSON.parse(blankLeadingComments(readFileSync(path, "utf8")));

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const NOW = new Date("2026-03-04T05:06:07.000Z");

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), now: () => NOW };
}

describe("cs-insight report (in-process)", () => {
  let dir: string;
  const f = (name: string): string => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cs-cli-report-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("prints the roles, then n, CSI, NPS, sheets, skipped cells with their addresses and the file", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("r.xlsx")], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    const out = io.stdout.join("\n");
    expect(io.stdout[0]).toBe("Column roles (proposed from the headers and the first rows):");
    expect(io.stdout[1]).toMatch(/^col\s+header\s+role\s+attribute\s+scale\s+pairs with$/);
    expect(io.stdout).toContain("7 G    Waiting time - satisfaction          rating              Waiting time          1–5    8 H");
    expect(out).toContain(`Roles saved to ${f("r.xlsx.roles.json")} (edit it and pass it back with --roles)`);
    const tail = io.stdout.slice(io.stdout.indexOf("Respondents: 600 (weighted base 642.0)"));
    expect(tail).toEqual([
      "Respondents: 600 (weighted base 642.0)",
      "CSI: 65.67 ± 1.21 (95%) on 10 attributes",
      "NPS: -4.3 ± 7.0 (95%)",
      "Sheets: Summary (5 tables, 1 chart), Kano (3 tables, 2 charts), Gaps (2 tables, 1 chart), Priorities (2 tables, 1 chart), Segments (2 tables, 1 chart), Trend (3 tables, 1 chart)",
      "4 cell(s) could not be read and were skipped (first ones also listed on the Summary sheet):",
      "  E15  row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale",
      "  G28  row 28, column 7: '7' is not an answer on the 1–5 scale",
      "  F151  row 151, column 6: '11' is not a score on the 0–10 scale (whole numbers 0 to 10)",
      "  AU212  row 212, column 47: 'I love it' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)",
      `Report written: ${f("r.xlsx")}`,
    ]);
    expect(readFileSync(f("r.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("--lang: the skipped cells' problems in the report's language (zh-CN, es)", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("zh.xlsx"), "--lang", "zh-CN"], io)).toBe(0);
    const skipped = io.stdout.slice(io.stdout.findIndex((l) => l.includes("could not be read")) + 1).slice(0, 4);
    expect(skipped).toEqual([
      "  E15  第 15 行，第 5 列：“Very satisifed”不是 1–5 量表上的回答",
      "  G28  第 28 行，第 7 列：“7”不是 1–5 量表上的回答",
      "  F151  第 151 行，第 6 列：“11”不是 0–10 分制的评分（应为 0 到 10 的整数）",
      "  AU212  第 212 行，第 47 列：“I love it”不是 Kano 回答（1 喜欢，2 理所当然，3 无所谓，4 能忍受，5 不喜欢）",
    ]);
    const es = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("es.xlsx"), "--lang", "es"], es)).toBe(0);
    expect(es.stdout).toContain("  E15  fila 15, columna 5: «Very satisifed» no es una respuesta de la escala 1–5");
  });

  test("the saved roles, passed back with --roles, give the same workbook byte for byte", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("again.xlsx"), "--roles", f("r.xlsx.roles.json")], io)).toBe(0);
    expect(io.stdout[0]).toBe("Column roles (from r.xlsx.roles.json):");
    expect(existsSync(f("again.xlsx.roles.json"))).toBe(false); // --roles: nothing saved unless --write-roles
    expect(readFileSync(f("again.xlsx")).equals(readFileSync(f("r.xlsx")))).toBe(true);
  });

  test("an edited roles file changes the report; --write-roles saves where asked", async () => {
    const roles = readRoles(f("r.xlsx.roles.json")) as { columns: { role: string; header: string }[] };
    for (const c of roles.columns) if (c.role === "kano_functional" || c.role === "kano_dysfunctional") c.role = "ignore";
    writeFileSync(f("no-kano.json"), JSON.stringify(roles));
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("no-kano.xlsx"), "--roles", f("no-kano.json"), "--write-roles", f("saved.json")], io)).toBe(0);
    expect(io.stdout.find((l) => l.startsWith("Sheets:"))).toBe(
      "Sheets: Summary (5 tables, 1 chart), Gaps (2 tables, 1 chart), Priorities (2 tables, 1 chart), Segments (2 tables, 1 chart), Trend (3 tables, 1 chart)",
    );
    expect(io.stdout.find((l) => l.startsWith("Note:"))).toMatch(/^Note: .*Kano/);
    expect((readRoles(f("saved.json")) as { columns: { role: string }[] }).columns.filter((c: { role: string }) => c.role === "ignore")).toHaveLength(12);
  });

  test("--segment must name a segment column: exit 2 with the segment columns listed; nothing written", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("seg.xlsx"), "--segment", "Quarter", "--write-roles", f("seg.json")], io)).toBe(2);
    expect(io.stderr[0]).toBe(
      'cs-insight: --segment Quarter: column 3 "Quarter" has the role period, not segment (segment columns: 2 "Branch"; change roles with --roles)\nRun \'cs-insight --help\' for usage.',
    );
    expect(existsSync(f("seg.xlsx"))).toBe(false);
    const io2 = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("seg.xlsx"), "--segment", "99", "--write-roles", f("seg2.json")], io2)).toBe(2);
    expect(io2.stderr[0]).toBe("cs-insight: --segment 99: the survey has 60 columns (segment columns: 2 \"Branch\")\nRun 'cs-insight --help' for usage.");
  });

  test("an existing roles file is not overwritten without --force either", async () => {
    writeFileSync(f("keep.xlsx.roles.json"), "mine");
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("keep.xlsx")], io)).toBe(1);
    expect(io.stderr[0]).toBe(`cs-insight: the roles file ${f("keep.xlsx.roles.json")} already exists — pass --force to overwrite it`);
    expect(readFileSync(f("keep.xlsx.roles.json"), "utf8")).toBe("mine");
    expect(existsSync(f("keep.xlsx"))).toBe(false);
  });

  test("an output folder that does not exist: exit 1 before reading", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("no/such/dir/r.xlsx")], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/the folder .*no\/such\/dir does not exist$/);
    expect(io.stdout).toEqual([]);
  });

  test("a survey whose rows are all empty: exit 1, 'no respondents'", async () => {
    writeFileSync(f("blank.csv"), "ID,Overall satisfaction\n,\n , \n");
    const io = capture();
    expect(await run(["report", f("blank.csv"), "--out", f("blank.xlsx")], io)).toBe(1);
    expect(io.stderr).toEqual(["cs-insight: blank.csv: every data row is empty — no respondents"]);
  });

  test("a survey with no usable column: exit 1, pointing at --roles (roles saved for editing)", async () => {
    writeFileSync(f("text.csv"), "Comment,Name\nvery long free text answer here,Ann Lee\nanother long free text answer,Bo Chan\n");
    const io = capture();
    expect(await run(["report", f("text.csv"), "--out", f("text.xlsx")], io)).toBe(1);
    expect(io.stderr[0]).toMatch(
      /^cs-insight: text\.csv: no column has a role the report uses .* set roles with --roles\n\(the roles used are in .*text\.xlsx\.roles\.json: correct them and run again with --roles /,
    );
  });

  test("overall on 1–10 with ratings on 1–5: overall is read on its own scale; a roles file can still narrow it", async () => {
    writeFileSync(f("ov.csv"), "Overall satisfaction (1-10),Speed - satisfaction,Staff - satisfaction\n7,4,5\n9,3,4\n2,5,1\n10,2,2\n");
    const io = capture();
    expect(await run(["report", f("ov.csv"), "--out", f("ov.xlsx")], io)).toBe(0);
    // Four respondents: the checks warn (on stderr too) that these numbers are indicative only.
    const fewAnswers = [
      "warning: Cronbach's α is -0.31 (below 0.5) over 2 rating items: they hardly measure one thing — check for a reversed or misread column.",
      "warning: The CSI rests on as few as 4 answers per attribute (fewer than 30): treat it as indicative.",
      "warning: 2 attribute means rest on fewer than 30 answers: Speed (4), Staff (4)",
    ];
    expect(io.stderr).toEqual(fewAnswers);
    expect(io.stdout).toContain("1 A  Overall satisfaction (1-10)  overall             1–10");
    // CSI from the 1–5 ratings only: 100·((3.5 − 1) + (3 − 1))/(2·4) = 56.25
    expect(io.stdout).toContain("CSI: 56.25 ± 41.40 (95%) on 2 attributes");
    expect(io.stdout.at(-1)).toBe(`Report written: ${f("ov.xlsx")}`);
    const built = await buildReportFromFile(f("ov.csv"), { now: () => NOW });
    expect(built.result.stats.layout.overallScale).toEqual({ min: 1, max: 10 });
    expect(built.analysis.overallMean).toBe(7); // (7 + 9 + 2 + 10)/4
    expect(built.result.issueCount).toBe(0);

    // Overall put on 1–5 in the roles file: its answers above 5 are unreadable cells, not an error.
    const roles = readRoles(f("ov.xlsx.roles.json")) as { columns: { role: string; scale?: number[] }[] };
    expect(roles.columns[0]).toMatchObject({ role: "overall", scale: [1, 10] });
    roles.columns[0].scale = [1, 5];
    writeFileSync(f("ov-roles.json"), JSON.stringify(roles));
    const io2 = capture();
    const code2 = await run(["report", f("ov.csv"), "--out", f("ov-narrow.xlsx"), "--roles", f("ov-roles.json")], io2);
    expect(io2.stderr).toEqual(fewAnswers);
    expect(code2).toBe(0);
    expect(io2.stdout).toContain("3 cell(s) could not be read and were skipped (first ones also listed on the Summary sheet):");
    expect(io2.stdout).toContain("  A2  row 2, column 1: '7' is not an answer on the 1–5 scale");
  });

  test("progress every N rows on the way (the command prints it to stderr every 100,000)", async () => {
    const seen: number[] = [];
    await buildReportFromFile(SAMPLE_CSV, { progressEvery: 150, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([150, 300, 450, 600]);
  });

  test("no temporary files are left behind", () => {
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
