/**
 * The checks on the command line: a Checks block before the figures (report language), warnings
 * also on stderr, and the roles file opening with them as comment lines that --roles reads past.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { run } from "../../src/cli/main";
import { buildReportFromFile, type CliIO } from "../../src/cli/report";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const NOW = new Date("2026-03-04T05:06:07.000Z");

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), now: () => NOW };
}

/** 40 respondents; "Weight" holds latitudes, the recommend question was asked on 1–3. */
function misreadCsv(): string {
  const lines = ["Respondent ID,Weight,Speed - satisfaction,Staff - satisfaction,Likelihood to recommend"];
  for (let i = 0; i < 40; i++) {
    const lat = (40.712776 + i * 0.731457).toFixed(6);
    const x = (i % 5) + 1;
    lines.push(`R${i + 1},${lat},${x},${x},${(i % 3) + 1}`);
  }
  return lines.join("\n") + "\n";
}

describe("checks on the command line", () => {
  let dir: string;
  const f = (name: string): string => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cs-checks-cli-"));
    writeFileSync(f("misread.csv"), misreadCsv());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the sample survey: a Checks block of what was read before the figures, no warnings, nothing on stderr", async () => {
    const io = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("s.xlsx")], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    const at = io.stdout.indexOf("Checks:");
    expect(at).toBeGreaterThan(0);
    expect(io.stdout.slice(at, at + 7)).toEqual([
      "Checks:",
      "  read: Read as a plain table (one header row, one respondent per row)",
      "  read: Importance paired with its rating for 10 attributes: Waiting time, Staff courtesy, Staff knowledge, Transaction accuracy, Branch cleanliness, Opening hours, Mobile app, Fees, …",
      "  read: Expectation paired with perception for 10 attributes: Waiting time, Staff courtesy, Staff knowledge, Transaction accuracy, Branch cleanliness, Opening hours, Mobile app, Fees, …",
      "  read: Kano functional paired with dysfunctional for 6 features: Video banking, Queue SMS alert, Weekend opening, Personal advisor, Free coffee, Contactless ATM",
      "  read: 600 respondents, one per data row",
      "",
    ]);
    expect(io.stdout[at + 7]).toBe("Respondents: 600 (weighted base 642.0)");

    // The roles file carries the checks in its "checks" list (plain JSON), and --roles reads past them.
    const roles = JSON.parse(readFileSync(f("s.xlsx.roles.json"), "utf8")) as { checks: string[] };
    expect(roles.checks[0]).toBe("read: Read as a plain table (one header row, one respondent per row)");
    const io2 = capture();
    expect(await run(["report", SAMPLE_CSV, "--out", f("s2.xlsx"), "--roles", f("s.xlsx.roles.json")], io2)).toBe(0);
    expect(io2.stdout).toContain("CSI: 65.67 ± 1.21 (95%) on 10 attributes");
  });

  test("a misread survey: warnings first in the block and on stderr; no NPS; the roles file warns too", async () => {
    const io = capture();
    expect(await run(["report", f("misread.csv"), "--out", f("m.xlsx")], io)).toBe(0);
    const coordinates =
      "warning: The weight column “Weight” looks like map coordinates (latitude or longitude), not case weights: choose another weight column, or none.";
    const recommend =
      "warning: The recommend column “Likelihood to recommend” holds values 1–3, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.";
    expect(io.stderr).toEqual([coordinates, recommend]);
    const at = io.stdout.indexOf("Checks:");
    expect(io.stdout.slice(at, at + 6)).toEqual([
      "Checks:",
      `  ${coordinates}`,
      `  ${recommend}`,
      "  read: Read as a plain table (one header row, one respondent per row)",
      "  read: 40 respondents, one per data row",
      "",
    ]);
    expect(io.stdout.some((l) => l.startsWith("NPS:"))).toBe(false);
    const built = await buildReportFromFile(f("misread.csv"), { now: () => NOW });
    expect(built.analysis.nps).toBeUndefined();
    expect(built.checks.map((c) => c.key)).toEqual(["weightCoordinates", "recommendNotNps", "layoutDetected", "respondentsCounted"]);

    const roles = JSON.parse(readFileSync(f("m.xlsx.roles.json"), "utf8")) as { checks: string[] };
    expect(roles.checks.slice(0, 2)).toEqual([coordinates, recommend]);
  });

  test("--lang zh-CN and es: the block and the stderr lines in the report's language", async () => {
    const zh = capture();
    expect(await run(["report", f("misread.csv"), "--out", f("zh.xlsx"), "--lang", "zh-CN"], zh)).toBe(0);
    expect(zh.stderr).toEqual([
      "警告：权重列“Weight”看起来是地图坐标（纬度或经度），不是个案权重：请选择其他权重列，或不用权重。",
      "警告：推荐意愿列“Likelihood to recommend”的取值为 1–3，不是 0–10 量表：未计算 NPS。请检查导出文件，或为该列指定其他角色。",
    ]);
    const at = zh.stdout.indexOf("检查：");
    expect(zh.stdout.slice(at + 3, at + 5)).toEqual(["  读取：识别为普通表格（一行标题，每行一位受访者）", "  读取：40 位受访者，每个数据行一位"]);
    expect((JSON.parse(readFileSync(f("zh.xlsx.roles.json"), "utf8")) as { checks: string[] }).checks[0]).toBe(zh.stderr[0]);

    const es = capture();
    expect(await run(["report", f("misread.csv"), "--out", f("es.xlsx"), "--lang", "es"], es)).toBe(0);
    expect(es.stdout).toContain("Comprobaciones:");
    expect(es.stdout).toContain("  lectura: 40 encuestados, uno por fila de datos");
    expect(es.stderr[1]).toBe(
      "aviso: La columna de recomendación «Likelihood to recommend» tiene valores 1–3, no una escala 0–10: no se calcula el NPS. Revise la exportación o asigne otro rol a la columna.",
    );
  });
});
