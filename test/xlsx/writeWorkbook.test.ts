/**
 * The xlsx writer read back with ExcelJS and as raw package parts: sheets, text, formulas with
 * cached results, number formats, styles, tables, conditional formats, views, determinism, errors.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ReportPlan } from "../../src/report/plan";
import { fromFileFormula, toFileFormula } from "../../src/xlsx/formula";
import { sheetCells } from "../../src/xlsx/planCells";
import { wrappedLines } from "../../src/xlsx/styles";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { expectClose } from "../helpers/close";
import { fixturePlan, HYPERLINK_TEXT, PRIORITY, SUMMARY } from "./fixturePlan";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => ["tableColumn", "sheet"].includes(n) });

let buffer: Buffer;
let wb: ExcelJS.Workbook;
let zip: JSZip;
const part = async (name: string): Promise<string> => {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
};

beforeAll(async () => {
  buffer = await writeReportXlsx(fixturePlan());
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  zip = await JSZip.loadAsync(buffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no worksheet ${name}`);
  return ws;
};

describe("cells", () => {
  test("one worksheet per plan sheet, in plan order, with unicode names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY, PRIORITY]);
  });

  test("every literal value is written as is; strings (also '=HYPERLINK(…)') are text, never formulas", () => {
    for (const s of fixturePlan().sheets) {
      for (const [a1, cell] of sheetCells(s)) {
        if (cell.formula !== null || cell.value === null) continue;
        const got = sheet(s.name).getCell(a1);
        if (typeof cell.value === "string") expect(got.type).toBe(ExcelJS.ValueType.String);
        expect(got.value).toEqual(cell.value);
      }
    }
    const link = sheet(SUMMARY).getCell("A3");
    expect(link.value).toBe(HYPERLINK_TEXT);
    expect(link.formula).toBeUndefined();
  });

  test("the HYPERLINK text is a shared string in the sheet XML, with no <f> element", async () => {
    const xml = await part("xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<c r="A3" s="\d+" t="s"><v>\d+<\/v><\/c>/);
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    expect(await part("xl/sharedStrings.xml")).toContain("=HYPERLINK(&quot;http://x&quot;)");
  });

  test("formula cells hold the plan formula (no '=', _xlfn. for new functions) and the expected value as cached result", () => {
    let count = 0;
    for (const s of fixturePlan().sheets) {
      for (const [a1, cell] of sheetCells(s)) {
        if (cell.formula === null) continue;
        count++;
        const got = sheet(s.name).getCell(a1);
        expect(got.formula).toBe(toFileFormula(cell.formula));
        expect(fromFileFormula(got.formula)).toBe(cell.formula);
        const result = got.result; // (cell.value drops a falsy result on read; cell.result keeps it)
        if (typeof cell.value === "number") expectClose(result as number, cell.value);
        else expect(result).toBe(cell.value);
      }
    }
    expect(count).toBe(6 * 4 + 4 + 7 + 3);
    expect(sheet(PRIORITY).getCell("G5").formula).toBe("_xlfn.RANK.EQ(E5,$E$5:$E$10)");
  });

  test('a cached result of 0 and a boolean result are stored (<v>0</v>, t="b")', async () => {
    const xml = await part("xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<c r="B12" s="\d+"><f>COUNTIF\([^<]*<\/f><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B10" t="b"><f>[^<]*<\/f><v>1<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B8" s="\d+" t="str"><f>[^<]*<\/f><v>Comisiones<\/v><\/c>/);
  });

  test("cachedResults: false leaves every formula cell without a cached value", async () => {
    const z = await JSZip.loadAsync(await writeReportXlsx(fixturePlan(), { cachedResults: false }));
    for (const p of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = await (z.file(p) as JSZip.JSZipObject).async("string");
      expect(xml).toMatch(/<f>/);
      expect(xml).not.toMatch(/<\/f><v>/);
    }
  });

  test("number formats per cell", () => {
    expect(sheet(SUMMARY).getCell("B6").numFmt).toBe("0.0");
    expect(sheet(SUMMARY).getCell("B8").numFmt).toBe("@");
    expect(sheet(SUMMARY).getCell("C17").numFmt).toBe("0.0%");
    expect(sheet(PRIORITY).getCell("B12").numFmt).toBe("0.000");
    expect(sheet(PRIORITY).getCell("G7").numFmt).toBe("0");
  });

  test("named styles: title bold 16 pt, subtitle grey, header bold with fill, note italic wrapped, warning dark red, emphasis bold", () => {
    const s = sheet(SUMMARY),
      p = sheet(PRIORITY);
    expect(s.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(s.getCell("A2").font?.color).toEqual({ argb: "FF595959" });
    expect(s.getCell("A15").font?.bold).toBe(true);
    expect(s.getCell("A15").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(s.getCell("A3").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    expect(s.getCell("A3").alignment?.wrapText).toBe(true);
    expect(p.getCell("A16").font?.color).toEqual({ argb: "FF9C0006" });
    expect(p.getCell("A12").font?.bold).toBe(true);
  });

  test("wrapped note rows get the height of their estimated lines (15 pt per line); one-line notes keep the default", () => {
    expect(sheet(PRIORITY).getRow(15).height).toBe(30); // "Cuadrantes en la media de cada eje." in a 22-wide column
    expect(sheet(SUMMARY).getRow(3).height).toBeUndefined();
    expect(wrappedLines("short", 20)).toBe(1);
    expect(wrappedLines("a\nb", 20)).toBe(2);
    expect(wrappedLines("aaaa bbbb cccc", 10)).toBe(2); // 9 units of room: "aaaa bbbb" fits, "cccc" wraps
    expect(wrappedLines("顾客满意度顾客满意度", 11)).toBe(2); // wide characters count 2: five per line
    expect(wrappedLines("x".repeat(30), 10)).toBe(3); // a long word is split
  });

  test("column widths and frozen rows", () => {
    const s = sheet(SUMMARY),
      p = sheet(PRIORITY);
    expect([1, 2, 7].map((c) => s.getColumn(c).width)).toEqual([26, 16, 10]);
    expect(p.getColumn(6).width).toBe(18);
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(p.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });
});

describe("tables and conditional formats", () => {
  test("each plan table is an Excel table over the block, its header row equal to the block's header cells", async () => {
    const plan = fixturePlan();
    const rels = await part("xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toMatch(/relationships\/table" Target="..\/tables\/table1.xml"/);
    const expectTable = async (file: string, name: string, ref: string, headerRow: (string | number | boolean | null)[], style: string) => {
      const t = parser.parse(await part(file)).table;
      expect(t["@_name"]).toBe(name);
      expect(t["@_ref"]).toBe(ref);
      expect(t["@_headerRowCount"]).toBe("1");
      expect(t.tableColumns.tableColumn.map((c: Record<string, string>) => c["@_name"])).toEqual(headerRow);
      expect(t.tableStyleInfo["@_name"]).toBe(style);
    };
    const levelsHeader = plan.sheets[0].blocks.find((b) => b.anchor === "A15")?.values[0] ?? [];
    const priorityHeader = plan.sheets[1].blocks.find((b) => b.anchor === "A4")?.values[0] ?? [];
    await expectTable("xl/tables/table1.xml", "CS_Levels", "A15:G18", levelsHeader, "TableStyleLight9");
    await expectTable("xl/tables/table2.xml", "CS_Priority", "A4:G10", priorityHeader, "TableStyleMedium2");
    // The table did not disturb the cells under it: formulas, cached values and styles stay.
    expect(sheet(SUMMARY).getCell("G16").formula).toBe("E16+F16");
    expectClose((sheet(SUMMARY).getCell("G16").value as ExcelJS.CellFormulaValue).result as number, 0.6);
    expect(sheet(SUMMARY).getCell("A15").font?.bold).toBe(true);
  });

  test("conditional formats: cellIs (between, lessThan), text contains as SEARCH expression, colour scale, data bar", async () => {
    const s1 = await part("xl/worksheets/sheet1.xml"),
      s2 = await part("xl/worksheets/sheet2.xml");
    expect(s1).toMatch(
      /<conditionalFormatting sqref="G16:G18"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"\/><cfvo type="percentile" val="50"\/><cfvo type="max"\/><color rgb="FFF8696B"\/><color rgb="FFFFEB84"\/><color rgb="FF63BE7B"\/>/,
    );
    expect(s1).toMatch(
      /<conditionalFormatting sqref="B6"><cfRule type="cellIs" dxfId="\d+" priority="2" operator="between"><formula>50<\/formula><formula>75<\/formula>/,
    );
    expect(s2).toMatch(/<cfRule type="cellIs" dxfId="\d+" priority="1" operator="lessThan"><formula>0<\/formula>/);
    expect(s2).toContain("<formula>NOT(ISERROR(SEARCH(&quot;Concentrar&quot;,F5)))</formula>");
    expect(s2).toMatch(/<cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"\/><cfvo type="max"\/><color rgb="FF5B9BD5"\/>/);
    const styles = await part("xl/styles.xml");
    expect(styles).toMatch(/<dxf>.*FFFFC7CE.*<\/dxf>/s);
  });
});

describe("package", () => {
  test("every XML part is well-formed", async () => {
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect([name, XMLValidator.validate(await part(name))]).toEqual([name, true]);
    }
  });

  test("the workbook asks for a full recalculation on load", async () => {
    expect(await part("xl/workbook.xml")).toMatch(/<calcPr calcId="\d+" fullCalcOnLoad="1"\/>/);
  });

  test("deterministic: same plan, same bytes; dates from plan.generatedAt", async () => {
    const again = await writeReportXlsx(fixturePlan());
    expect(again.equals(buffer)).toBe(true);
    const core = await part("docProps/core.xml");
    expect(core).toContain("2024-05-01T10:30:00Z</dcterms:created>");
    expect(core).toContain("2024-05-01T10:30:00Z</dcterms:modified>");
    for (const f of Object.values(zip.files)) expect(Math.abs(f.date.getTime() - Date.parse("2024-05-01T10:30:00Z"))).toBeLessThan(2000);
  });

  test("random ids ExcelJS writes for data bars are replaced by fixed ones", async () => {
    const xml = await part("xl/worksheets/sheet2.xml");
    const ids = [...xml.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toEqual(["{C5000000-0000-4000-8000-000000002001}"]);
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${ids[0]}">`);
  });
});

describe("invalid plans are refused with a message naming the place", () => {
  const withPlan = (edit: (p: ReportPlan) => void): Promise<Buffer> => {
    const p = fixturePlan();
    edit(p);
    return writeReportXlsx(p);
  };

  test.each<[string, (p: ReportPlan) => void, RegExp]>([
    ["two sheets with one name", (p) => (p.sheets[1].name = "resumen"), /two sheets are named 'resumen'/],
    ["a forbidden sheet name", (p) => (p.sheets[0].name = "a/b"), /sheet name 'a\/b' is not allowed/],
    ["a bad date", (p) => (p.generatedAt = "yesterday"), /generatedAt 'yesterday'/],
    ["a formula without '='", (p) => ((p.sheets[1].blocks[3].formulas as (string | null)[][])[0][3] = "B5-C5"), /cell D5: formula 'B5-C5' must start with "="/],
    ["formulas of another shape", (p) => (p.sheets[1].blocks[3].formulas as (string | null)[][]).pop(), /block at A5: formulas must be 6×7/],
    ["overlapping blocks", (p) => p.sheets[0].blocks.push({ anchor: "B6", values: [[1]] }), /cell B6 is written by two blocks/],
    ["a non-finite number", (p) => (p.sheets[1].blocks[3].values[0][1] = Number.NaN), /cell B5: value NaN is not a finite number/],
    ["a table header cell left empty", (p) => (p.sheets[0].tables[0].range = "A15:H18"), /table 'CS_Levels': header cell H15 is empty/],
    ["a table without data rows", (p) => (p.sheets[0].tables[0].range = "A15:G15"), /needs a header row and at least one data row/],
    ["an unknown table style", (p) => (p.sheets[0].tables[0].style = "Fancy"), /style 'Fancy' is not a built-in table style/],
    ["two tables with one name", (p) => (p.sheets[1].tables[0].name = "CS_Levels"), /two tables are named 'CS_Levels'/],
    [
      "a chart range on a missing sheet",
      (p) => (p.sheets[1].charts[0].series[0].values = "'Nope'!C5:C10"),
      /chart 'IPA', series 'Atributos': range ''Nope'!C5:C10' names sheet 'Nope'/,
    ],
    ["a 2-D chart range", (p) => (p.sheets[1].charts[0].series[0].values = "B5:C10"), /must be a single row or column/],
    ["a scatter without x values", (p) => delete p.sheets[1].charts[0].series[0].categories, /a scatter series needs x values/],
    ["a bad colour", (p) => (p.sheets[1].charts[0].series[0].color = "navy"), /colour 'navy' is not #RRGGBB/],
  ])("%s", async (_what, edit, message) => {
    await expect(withPlan(edit)).rejects.toThrow(message);
  });
});
