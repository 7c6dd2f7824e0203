/**
 * The workbooks the command line writes for the sample survey (English and Chinese), opened and
 * fully recalculated by LibreOffice headless in ONE soffice run: every formula cell equals the
 * plan's value, every sheet and chart of the plan is there. In the same run, the report of
 * test/fixtures/kano-importance.csv (Kano features with self-stated importance: the rank formulas). Fails with an install hint when soffice
 * is missing, unless CS_SKIP_LIBREOFFICE=1.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { run } from "../../src/cli/main";
import { cellAddress, parseRange } from "../../src/report/a1";
import { readMarginsFile } from "../../src/cli/marginsFile";
import { buildReportFromFile, type CliIO } from "../../src/cli/report";
import type { ReportPlan } from "../../src/report/plan";
import { sheetCells } from "../../src/xlsx/planCells";
import { expectClose } from "../helpers/close";
import { disposeLibreOffice, libreOfficeSkipped, planMismatches, readBackMany, requireSoffice, type ReadBack } from "../xlsx/libreoffice";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const MARGINS_CSV = resolve(__dirname, "../fixtures/sample-margins.csv");
const KANO_IMPORTANCE_CSV = resolve(__dirname, "../fixtures/kano-importance.csv");
const NOW = new Date("2026-03-04T05:06:07.000Z");
const suite = libreOfficeSkipped() ? describe.skip : describe;
const LANGUAGES = ["en", "zh-CN"] as const;

suite("the CLI's workbook, recalculated by LibreOffice", () => {
  let dir: string;
  const plans = new Map<string, ReportPlan>();
  const reads = new Map<string, ReadBack>();
  let kanoPlan: ReportPlan;
  let kanoRead: ReadBack;

  beforeAll(async () => {
    requireSoffice(); // a clear failure (with the apt-get line) when LibreOffice is missing
    dir = mkdtempSync(join(tmpdir(), "cs-cli-lo-"));
    const silent: CliIO = { out: () => undefined, err: (t) => process.stderr.write(`${t}\n`), now: () => NOW };
    const files: string[] = [];
    for (const language of LANGUAGES) {
      const file = join(dir, `report-${language}.xlsx`);
      expect(await run(["report", SAMPLE_CSV, "--out", file, "--lang", language], silent)).toBe(0);
      plans.set(language, (await buildReportFromFile(SAMPLE_CSV, { language, now: () => NOW })).plan);
      files.push(file);
    }
    // The report raked to the demo margins (--rake), read back in the same soffice run.
    const raked = join(dir, "report-raked.xlsx");
    expect(await run(["report", SAMPLE_CSV, "--out", raked, "--rake", MARGINS_CSV], silent)).toBe(0);
    plans.set("raked", (await buildReportFromFile(SAMPLE_CSV, { margins: readMarginsFile(MARGINS_CSV), now: () => NOW })).plan);
    files.push(raked);
    const kanoFile = join(dir, "kano-importance.xlsx");
    expect(await run(["report", KANO_IMPORTANCE_CSV, "--out", kanoFile], silent)).toBe(0);
    kanoPlan = (await buildReportFromFile(KANO_IMPORTANCE_CSV, { now: () => NOW })).plan;
    const back = await readBackMany([...files, kanoFile]); // one soffice run for all the files
    [...LANGUAGES, "raked"].forEach((key, i) => reads.set(key, back.get(files[i]) as ReadBack));
    kanoRead = back.get(kanoFile) as ReadBack;
  }, 180_000);

  afterAll(() => {
    disposeLibreOffice();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(LANGUAGES)("%s: every formula cell equals the plan's value (planMismatches is empty)", (language) => {
    const plan = plans.get(language)!;
    const formulas = plan.sheets.reduce((n, s) => n + [...sheetCells(s).values()].filter((c) => c.formula !== null).length, 0);
    expect(formulas).toBeGreaterThan(100); // the check is not vacuous
    expect(planMismatches(plan, reads.get(language)!.cells)).toEqual([]);
  });

  test.each(LANGUAGES)("%s: every sheet of the plan is there, in order", (language) => {
    const plan = plans.get(language)!;
    expect([...reads.get(language)!.cells.keys()]).toEqual(plan.sheets.map((s) => s.name));
  });

  test.each(LANGUAGES)("%s: every chart of the plan is there, with its kind, title and series", (language) => {
    const plan = plans.get(language)!;
    const expected = plan.sheets.flatMap((s) =>
      s.charts.map((c) => ({
        sheet: s.name,
        name: c.name,
        title: c.title,
        series: c.series.length,
        chartClass: c.type === "xyScatter" ? "chart:scatter" : c.type === "line" ? "chart:line" : "chart:bar",
      })),
    );
    expect(expected).toHaveLength(7);
    expect(reads.get(language)!.charts.map(({ labels: _labels, ...rest }) => rest)).toEqual(expected);
  });

  test("the Chinese report has Chinese sheet names; the recalculated CSI is the same number in both", () => {
    expect(plans.get("zh-CN")!.sheets.map((s) => s.name)).toEqual(["概要", "Kano分析", "差距分析", "改进优先级", "细分对比", "趋势"]);
    const csiCell = (language: string): number => {
      const plan = plans.get(language)!;
      const summary = plan.sheets[0];
      const at = [...sheetCells(summary).entries()].find(([, c]) => c.formula !== null && typeof c.value === "number" && Math.abs(c.value - 65.67) < 0.005);
      if (!at) throw new Error("no CSI formula cell on the Summary sheet");
      return reads.get(language)!.cells.get(summary.name)!.get(at[0]) as number;
    };
    expectClose(csiCell("en"), csiCell("zh-CN"));
    expect(Math.round(csiCell("en") * 100) / 100).toBe(65.67);
  });

  test("raked (--rake): every formula cell equals the plan's value; the Weighting block's numbers are numbers", () => {
    const plan = plans.get("raked")!;
    expect(planMismatches(plan, reads.get("raked")!.cells)).toEqual([]);
    const summary = plan.sheets[0];
    const t = summary.tables.find((x) => x.name === "CS_Summary_Margins")!;
    const cells = sheetCells(summary);
    const back = reads.get("raked")!.cells.get(summary.name)!;
    const { from, to } = parseRange(t.range)!;
    expect(to.row - from.row).toBe(8); // the demo's 8 margins
    for (let r = from.row + 1; r <= to.row; r++) {
      const address = cellAddress(r, from.column + 2); // the target share
      expect(typeof back.get(address)).toBe("number");
      expectClose(back.get(address) as number, cells.get(address)!.value as number);
    }
  });

  test("Kano self-stated importance: the rank-in-category formulas recalculate to the plan's ranks", () => {
    const kano = kanoPlan.sheets.find((s) => s.key === "kano")!;
    const range = kano.tables.find((t) => t.name === "CS_KanoImportance")?.range;
    expect(range).toBeDefined();
    const ranks = [...sheetCells(kano).entries()].filter(([, c]) => c.formula?.startsWith("=SUMPRODUCT(($B$"));
    expect(ranks.length).toBe(4);
    expect(planMismatches(kanoPlan, kanoRead.cells)).toEqual([]);
  });
});
