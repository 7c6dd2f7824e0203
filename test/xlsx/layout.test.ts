/**
 * The xlsx writer's layout features (test/xlsx/layoutPlan.ts), read back with ExcelJS and as raw
 * sheet XML: merged (spanned) notes wrapped at the top with their row height estimated over the
 * merged width, headline tiles, per-column alignment, filter buttons, data-bar bounds, gridlines;
 * and the plan errors a span can cause.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportPlan } from "../../src/report/plan";
import { LINE_HEIGHT, planRowHeights, wrappedLines } from "../../src/report/textMetrics";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { LAYOUT_SHEET, layoutPlan, LONG_NOTE, WARNING } from "./layoutPlan";

let ws: ExcelJS.Worksheet;
let xml: string;
let tables: string[];

beforeAll(async () => {
  const buffer = await writeReportXlsx(layoutPlan());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  ws = wb.getWorksheet(LAYOUT_SHEET) as ExcelJS.Worksheet;
  const zip = await JSZip.loadAsync(buffer);
  xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
  tables = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
      .sort()
      .map((p) => (zip.file(p) as JSZip.JSZipObject).async("string")),
  );
});

describe("spanned notes", () => {
  test("each spanned block is one merged cell per row, from its anchor across `span` columns", () => {
    expect([...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]).sort()).toEqual(["A12:C12", "A3:D3"]);
    expect(ws.getCell("A3").value).toBe(LONG_NOTE);
    expect(ws.getCell("D3").isMerged).toBe(true);
    expect(ws.getCell("D3").master.address).toBe("A3");
    expect(ws.getCell("E3").isMerged).toBe(false);
  });

  test("the merged cell wraps at the top (a warning too), keeping its style's font", () => {
    expect(ws.getCell("A3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("A3").font).toMatchObject({ italic: true });
    expect(ws.getCell("A12").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("A12").font?.color).toEqual({ argb: "FF9C0006" });
    expect(ws.getCell("A12").value).toBe(WARNING);
  });

  test("the row height is the note's lines over the merged width (56 characters), not over column A (20)", () => {
    const merged = wrappedLines(LONG_NOTE, 20 + 12 + 12 + 12);
    const narrow = wrappedLines(LONG_NOTE, 20);
    expect(merged).toBeGreaterThan(1);
    expect(narrow).toBeGreaterThan(2 * merged); // what column A alone would have needed
    expect(ws.getRow(3).height).toBe(merged * LINE_HEIGHT);
    expect(wrappedLines(WARNING, 20 + 12 + 12)).toBe(2);
    expect(ws.getRow(12).height).toBe(2 * LINE_HEIGHT);
  });

  test("planRowHeights lists exactly the heights written (the Excel back end applies the same map)", () => {
    const heights = planRowHeights(layoutPlan().sheets[0]);
    expect([...heights.keys()].sort((a, b) => a - b)).toEqual([3, 5, 12]);
    for (const [row, h] of heights) expect(ws.getRow(row).height).toBe(h);
    expect(ws.getRow(8).height).toBeUndefined();
  });
});

describe("headline tiles, alignment, tables, data bars, gridlines", () => {
  test("tiles: grey 9 pt label, bold 22 pt dark-blue value (formula kept), grey 9 pt note, all on the light fill; the value row is 33 pt", () => {
    const fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF3F9" } };
    expect(ws.getCell("B4").font).toMatchObject({ size: 9, color: { argb: "FF595959" } });
    expect(ws.getCell("B5").font).toMatchObject({ size: 22, bold: true, color: { argb: "FF1F4E79" } });
    expect(ws.getCell("B5").formula).toBe("B9");
    expect(ws.getCell("C6").font).toMatchObject({ size: 9 });
    for (const a of ["A4", "C5", "A6"]) expect(ws.getCell(a).fill).toMatchObject(fill);
    expect(ws.getCell("A6").fill).toMatchObject(fill); // an empty tile cell keeps the fill
    expect(ws.getRow(5).height).toBe(33);
  });

  test("per-column horizontal alignment on header and body cells; unaligned cells keep the default", () => {
    expect(ws.getCell("B8").alignment?.horizontal).toBe("right");
    expect(ws.getCell("C8").alignment?.horizontal).toBe("center");
    expect(ws.getCell("C10").alignment?.horizontal).toBe("center");
    expect(ws.getCell("A8").alignment?.horizontal).toBeUndefined();
    expect(ws.getCell("B9").alignment?.horizontal).toBeUndefined();
  });

  test("filter buttons are hidden unless the table asks for them", () => {
    expect(tables[0]).toContain('name="CS_Layout"');
    expect(tables[0].match(/hiddenButton="1"/g)).toHaveLength(3);
    expect(tables[1]).toContain('name="CS_Layout_Filters"');
    expect(tables[1]).not.toContain('hiddenButton="1"');
  });

  test("a data bar with min/max runs from those numbers; gridlines off in the sheet view", () => {
    expect(xml).toMatch(/<cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="1"\/><cfvo type="num" val="5"\/><color rgb="FF9DC3E6"\/>/);
    expect(xml).toMatch(/<sheetView [^>]*showGridLines="0"/);
  });
});

describe("span errors name the sheet and the block", () => {
  const failing = async (change: (p: ReportPlan) => void): Promise<unknown> => {
    const p = layoutPlan();
    change(p);
    return writeReportXlsx(p);
  };

  test.each<[string, (p: ReportPlan) => void, RegExp]>([
    ["a span on a block two columns wide", (p) => (p.sheets[0].blocks[3].span = 2), /block at A4: span needs a block one column wide \(it is 3\)/],
    ["a span that is not a whole number ≥ 1", (p) => (p.sheets[0].blocks[2].span = 0), /block at A3: span 0 must be a whole number ≥ 1/],
    [
      "a cell written inside a merged area",
      (p) => p.sheets[0].blocks.push({ anchor: "C3", values: [["x"]] }),
      /cell C3 is written inside the merged cells of A3/,
    ],
    ["an align list of the wrong length", (p) => (p.sheets[0].blocks[6].align = ["left"]), /block at A8: align must have 3 entries/],
  ])("%s", async (_what, change, message) => {
    await expect(failing(change)).rejects.toThrow(message);
  });
});
