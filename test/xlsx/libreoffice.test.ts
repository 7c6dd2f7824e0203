/**
 * The real proof (DESIGN §6 "Formulas"): the written workbook, recalculated by LibreOffice headless,
 * reproduces every formula value of the plan; the charts survive; the sheets render to PDF.
 * Four files go through ONE soffice run: the fixture as written, the same without cached
 * results, one whose cached results are deliberately wrong (proves recalculation happens), and
 * the layout plan (merged notes and headline tiles survive the round trip).
 * Fails (does not skip) when soffice is missing, unless CS_SKIP_LIBREOFFICE=1.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import type { ReportPlan } from "../../src/report/plan";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { expectClose } from "../helpers/close";
import {
  countCharts,
  disposeLibreOffice,
  libreOfficeSkipped,
  pdfToPng,
  planMismatches,
  readBackMany,
  readCharts,
  recalcAndRead,
  renderPdf,
  requireSoffice,
} from "./libreoffice";
import { attributes, fixturePlan, HYPERLINK_TEXT, PRIORITY, SUMMARY } from "./fixturePlan";
import { LAYOUT_SHEET, layoutPlan, LONG_NOTE, MEANS, WARNING } from "./layoutPlan";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "xlsx");
const suite = libreOfficeSkipped() ? describe.skip : describe;

/** The fixture with wrong expected values in a few formula cells (written as wrong cached results). */
function planWithWrongCaches(): ReportPlan {
  const p = fixturePlan();
  const kpis = p.sheets[0].blocks.find((b) => b.anchor === "A5");
  const body = p.sheets[1].blocks.find((b) => b.anchor === "A5");
  if (!kpis || !body) throw new Error("fixture changed");
  kpis.values[1][1] = 999; // CSI
  kpis.values[3][1] = "wrong"; // INDEX/MATCH
  body.values[0][4] = -1; // priority of the first attribute
  return p;
}

suite("LibreOffice round trip", () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    requireSoffice(); // a clear failure for every test below when LibreOffice is missing
    dir = mkdtempSync(join(tmpdir(), "cs-xlsx-"));
    writeFileSync(file("fixture.xlsx"), await writeReportXlsx(fixturePlan()));
    writeFileSync(file("no-cache.xlsx"), await writeReportXlsx(fixturePlan(), { cachedResults: false }));
    writeFileSync(file("wrong-cache.xlsx"), await writeReportXlsx(planWithWrongCaches()));
    writeFileSync(file("layout.xlsx"), await writeReportXlsx(layoutPlan(), { cachedResults: false }));
    await readBackMany([file("fixture.xlsx"), file("no-cache.xlsx"), file("wrong-cache.xlsx"), file("layout.xlsx")]);
  }, 120_000);

  afterAll(() => {
    disposeLibreOffice();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("every formula cell, recalculated by LibreOffice, equals the plan's expected value (≤ 1e-9)", async () => {
    const cells = await recalcAndRead(file("fixture.xlsx"));
    expect(planMismatches(fixturePlan(), cells)).toEqual([]);
    // spot checks with independent numbers
    expectClose(cells.get(SUMMARY)?.get("B6") as number, (((4.6 * 4.2 + 4.1 * 3.1 + 3.2 * 3.9 + 4.4 * 3.4 + 3.8 * 2.8 + 2.9 * 4.0) / 23 - 1) / 4) * 100);
    expect(cells.get(SUMMARY)?.get("B8")).toBe("Comisiones");
    expect(cells.get(SUMMARY)?.get("B10")).toBe(true);
    expect(cells.get(SUMMARY)?.get("B12")).toBe(0);
    expect(cells.get(PRIORITY)?.get("G9")).toBe(1);
  });

  test("without cached results LibreOffice computes the same values", async () => {
    expect(planMismatches(fixturePlan(), await recalcAndRead(file("no-cache.xlsx")))).toEqual([]);
  });

  test("wrong cached results are replaced by recalculated ones (the check really recalculates)", async () => {
    const cells = await recalcAndRead(file("wrong-cache.xlsx"));
    expect(planMismatches(fixturePlan(), cells)).toEqual([]);
    expect(planMismatches(planWithWrongCaches(), cells)).toHaveLength(3);
  });

  test("text stays text: the '=HYPERLINK(…)' string, Chinese and Spanish values, headers", async () => {
    const cells = await recalcAndRead(file("fixture.xlsx"));
    expect(cells.get(SUMMARY)?.get("A3")).toBe(HYPERLINK_TEXT);
    expect(cells.get(SUMMARY)?.get("B13")).toBe("Satisfacción — 顾客满意度 — año ñ");
    expect(cells.get(SUMMARY)?.get("A1")).toBe("Resumen de satisfacción — 顾客满意度");
    expect(attributes.map((_, i) => cells.get(PRIORITY)?.get(`A${5 + i}`))).toEqual(attributes);
    expect(cells.get(PRIORITY)?.get("C4")).toBe("Desempeño");
  });

  test("every chart of the plan is present, per sheet, with its kind, title, series and point labels", async () => {
    const plan = fixturePlan();
    expect(Object.fromEntries(await countCharts(file("fixture.xlsx")))).toEqual(Object.fromEntries(plan.sheets.map((s) => [s.name, s.charts.length])));
    const charts = await readCharts(file("fixture.xlsx"));
    const expected = plan.sheets.flatMap((s) =>
      s.charts.map((c) => ({
        sheet: s.name,
        name: c.name,
        title: c.title,
        series: c.series.length,
        chartClass: c.type === "xyScatter" ? "chart:scatter" : "chart:bar",
      })),
    );
    expect(charts.map(({ labels: _labels, ...rest }) => rest)).toEqual(expected);
    expect(charts.find((c) => c.name === "IPA")?.labels).toEqual(attributes);
  });

  test("layout: merged notes span their columns in LibreOffice; the tiles' formulas recalculate", async () => {
    const back = (await readBackMany([file("layout.xlsx")])).get(file("layout.xlsx"))!;
    expect(planMismatches(layoutPlan(), back.cells)).toEqual([]);
    expect([back.cells.get(LAYOUT_SHEET)?.get("B5"), back.cells.get(LAYOUT_SHEET)?.get("C5")]).toEqual(MEANS);
    const content = await (await JSZip.loadAsync(readFileSync(back.odsPath))).file("content.xml")!.async("string");
    const spanOf = (text: string): string | undefined =>
      new RegExp(
        `<table:table-cell [^>]*table:number-columns-spanned="(\\d+)"[^>]*>(?:(?!</table:table-cell>).)*${text.slice(0, 12).replace(/[()×Σ−]/g, ".")}`,
      ).exec(content)?.[1];
    expect(spanOf(LONG_NOTE)).toBe("4");
    expect(spanOf(WARNING)).toBe("3");
  });

  test("the workbook renders to a non-empty PDF (and PNG pages under test-artifacts/xlsx)", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await renderPdf(file("fixture.xlsx"), ARTIFACTS);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(10_000);
    const pngs = await pdfToPng(pdf, join(ARTIFACTS, "fixture"));
    for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 60_000);
});
