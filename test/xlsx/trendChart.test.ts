/**
 * The xlsx back end writes the Trend sheet (issue #13) and its native line chart: a <c:lineChart>
 * whose series reference the wave table's cells on the Trend sheet, with caches equal to the
 * plan's values, over a category axis of the wave names; the sheet's cells are written as planned.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { PlanSheet, ReportPlan } from "../../src/report/plan";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { handSurvey } from "../report/fixtures";

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in tests only
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (n) => ["c:ser", "c:pt"].includes(n) });

const WAVES = ["Wave 10", "Wave 2", "Wave 1"]; // text order would put Wave 10 second
function plan(): ReportPlan {
  const n = 90;
  const wave = (i: number) => WAVES[i % 3];
  const lift = (i: number) => (wave(i) === "Wave 10" ? 1 : 0);
  return buildReportPlanFromSurvey(
    handSurvey([
      { header: "Wave", role: "period", values: Array.from({ length: n }, (_, i) => wave(i)) },
      { header: "Overall", role: "overall", values: Array.from({ length: n }, (_, i) => Math.min(5, 1 + ((i * 7) % 4) + lift(i))) },
      { header: "Recommend", role: "recommend", values: Array.from({ length: n }, (_, i) => Math.min(10, ((i * 5) % 9) + 2 * lift(i))) },
      { header: "Speed", role: "rating", attribute: "Speed", values: Array.from({ length: n }, (_, i) => Math.min(5, 1 + ((i * 3) % 4) + lift(i))) },
      { header: "Staff", role: "rating", attribute: "Staff", values: Array.from({ length: n }, (_, i) => Math.min(5, 2 + ((i * 11) % 3) + lift(i))) },
    ]),
    { source: "Survey!A1:E91", generatedAt: "2026-03-01T00:00:00Z", language: "en" },
  );
}

describe("xlsx: the Trend sheet and its line chart", () => {
  const p = plan();
  const trend = p.sheets.find((s) => s.key === "trend") as PlanSheet;
  let zip: JSZip;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await writeReportXlsx(p);
    zip = await JSZip.loadAsync(buffer);
    book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  it("the plan orders the waves as waves and has the line chart", () => {
    const table = trend.blocks.find((b) => b.style === "body")!;
    expect(table.values.map((r) => r[0])).toEqual(["Wave 1", "Wave 2", "Wave 10"]);
    expect(trend.charts.map((c) => c.type)).toEqual(["line"]);
  });

  it("writes the sheet with the plan's cells", () => {
    const ws = book.getWorksheet("Trend")!;
    expect(ws).toBeDefined();
    const body = trend.blocks.find((b) => b.style === "body")!;
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(body.anchor)!;
    body.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = ws.getCell(Number(row) + i, col.charCodeAt(0) - 64 + j);
        if (typeof v === "number") expect(cell.value as number).toBeCloseTo(v, 12);
        else expect(cell.value ?? null).toBe(v);
      }),
    );
  });

  it("writes a native line chart whose series point at the wave table, with cached values", async () => {
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const parsed: X[] = await Promise.all(charts.map(async (f) => parser.parse(await zip.file(f)!.async("string"))["c:chartSpace"] as X));
    const lines = parsed.filter((c) => c["c:chart"]["c:plotArea"]["c:lineChart"]);
    expect(lines).toHaveLength(1);
    const lc = lines[0]["c:chart"]["c:plotArea"]["c:lineChart"];
    expect(lc["c:grouping"]["@_val"]).toBe("standard");
    expect(lines[0]["c:chart"]["c:plotArea"]["c:catAx"]).toBeDefined();
    const series: X[] = lc["c:ser"];
    const plan = trend.charts[0];
    expect(series.map((s) => s["c:tx"]["c:v"])).toEqual(plan.series.map((s) => s.name));
    series.forEach((s, i) => {
      const refRange = plan.series[i].values.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      expect(s["c:val"]["c:numRef"]["c:f"]).toBe(`'Trend'!${refRange}`);
      expect(s["c:marker"]["c:symbol"]["@_val"]).toBe("circle");
      const cached = s["c:val"]["c:numRef"]["c:numCache"]["c:pt"].map((pt: X) => Number(pt["c:v"]));
      const body = trend.blocks.find((b) => b.style === "body")!;
      const column = plan.series[i].values.charCodeAt(0) - body.anchor.charCodeAt(0);
      expect(cached).toEqual(body.values.map((r) => r[column]));
      expect(s["c:cat"]["c:strRef"]["c:strCache"]["c:pt"].map((pt: X) => pt["c:v"])).toEqual(["Wave 1", "Wave 2", "Wave 10"]);
    });
  });
});
