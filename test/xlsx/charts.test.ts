/**
 * Chart parts added to the package: drawings, chart XML, relationships, content types, the
 * <drawing> element in the worksheet, and what each chart says (types, references, caches, axes,
 * crossing points, point labels, legend).
 */
import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { insertDrawingElement } from "../../src/xlsx/drawing";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { expectAllClose, expectClose } from "../helpers/close";
import { attributes, fixturePlan, importance, meanImportance, meanPerformance, performance } from "./fixturePlan";

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in tests only
const ARRAYS = ["Relationship", "Override", "xdr:twoCellAnchor", "c:ser", "c:pt", "c:dLbl", "c:valAx", "c:catAx", "sheet"];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (n) => ARRAYS.includes(n) });

let zip: JSZip;
const text = async (name: string): Promise<string> => {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
};
const xml = async (name: string): Promise<X> => parser.parse(await text(name)) as X;
const resolvePart = (from: string, target: string) => {
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
};

/** Chart parts of one worksheet part, following sheet rels → drawing → drawing rels. */
async function chartsOf(sheetPath: string): Promise<{ drawing: string; anchors: X[]; charts: X[]; drawingRelId: string }> {
  const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels: X[] = (await xml(relsPath)).Relationships.Relationship;
  const rel = rels.find((r) => r["@_Type"].endsWith("/drawing"));
  if (!rel) throw new Error(`${sheetPath} has no drawing relationship`);
  const drawing = resolvePart(sheetPath, rel["@_Target"]);
  const anchors: X[] = (await xml(drawing))["xdr:wsDr"]["xdr:twoCellAnchor"];
  const drawingRels: X[] = (await xml(drawing.replace(/([^/]+)$/, "_rels/$1.rels"))).Relationships.Relationship;
  const charts: X[] = [];
  for (const a of anchors) {
    const id = a["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["@_r:id"];
    const target = drawingRels.find((r) => r["@_Id"] === id);
    expect(target?.["@_Type"]).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    charts.push((await xml(resolvePart(drawing, target?.["@_Target"])))["c:chartSpace"]);
  }
  return { drawing, anchors, charts, drawingRelId: rel["@_Id"] };
}

const cache = (ref: X): { f: string; values: string[] } => {
  const c = ref["c:numCache"] ?? ref["c:strCache"];
  return { f: ref["c:f"], values: (c["c:pt"] ?? []).map((p: X) => p["c:v"]) };
};
const nums = (ref: X) => cache(ref).values.map(Number);

beforeAll(async () => {
  zip = await JSZip.loadAsync(await writeReportXlsx(fixturePlan()));
});

describe("package plumbing", () => {
  test("chart and drawing parts are well-formed and declared in [Content_Types].xml", async () => {
    const names = Object.keys(zip.files)
      .filter((n) => /^xl\/(charts|drawings)\//.test(n))
      .sort();
    expect(names).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    for (const n of names) expect([n, XMLValidator.validate(await text(n))]).toEqual([n, true]);
    const overrides: X[] = (await xml("[Content_Types].xml")).Types.Override;
    const type = (p: string) => overrides.find((o) => o["@_PartName"] === p)?.["@_ContentType"];
    for (const n of names.filter((x) => x.startsWith("xl/charts/")))
      expect(type(`/${n}`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    for (const n of names.filter((x) => /drawing\d\.xml$/.test(x))) expect(type(`/${n}`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  });

  test("each sheet's <drawing r:id> names its drawing relationship and sits between pageSetup and tableParts", async () => {
    for (const sheetPath of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const { drawingRelId, charts } = await chartsOf(sheetPath);
      expect(charts).toHaveLength(2);
      const s = await text(sheetPath);
      const at = (tag: string) => s.indexOf(`<${tag}`);
      expect(s).toContain(`<drawing r:id="${drawingRelId}"/>`);
      expect(at("pageSetup")).toBeLessThan(at("drawing"));
      expect(at("drawing")).toBeLessThan(at("tableParts"));
      // the table relationship ExcelJS wrote is still there, with a different id
      expect(await text(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"))).toMatch(/Id="rId1" Type="[^"]+\/table"/);
    }
    const s2 = await text("xl/worksheets/sheet2.xml");
    expect(s2.indexOf("<drawing")).toBeLessThan(s2.lastIndexOf("<extLst>")); // before the sheet's own extLst (x14 data bar)
  });

  test("anchors go from the top-left corner of 'from' to the bottom-right corner of 'to', named after the plan charts", async () => {
    const { anchors } = await chartsOf("xl/worksheets/sheet2.xml");
    const pos = (m: X) => [Number(m["xdr:col"]), Number(m["xdr:row"])];
    expect(anchors.map((a) => a["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"]["@_name"])).toEqual(["IPA", "Brechas"]);
    expect(pos(anchors[0]["xdr:from"])).toEqual([8, 1]); // I2
    expect(pos(anchors[0]["xdr:to"])).toEqual([16, 22]); // after P22
    expect(pos(anchors[1]["xdr:from"])).toEqual([8, 23]); // I24
  });
});

describe("chart content", () => {
  test("100 % stacked bars: barDir=bar, percentStacked, overlap 100, one series per level with references and caches", async () => {
    const plan = fixturePlan();
    const [levels] = (await chartsOf("xl/worksheets/sheet1.xml")).charts;
    const bar = levels["c:chart"]["c:plotArea"]["c:barChart"];
    expect(bar["c:barDir"]["@_val"]).toBe("bar");
    expect(bar["c:grouping"]["@_val"]).toBe("percentStacked");
    expect(bar["c:overlap"]["@_val"]).toBe("100");
    expect(bar["c:ser"]).toHaveLength(5);
    const rows = plan.sheets[0].blocks.find((b) => b.anchor === "A16")?.values ?? [];
    bar["c:ser"].forEach((ser: X, j: number) => {
      const col = String.fromCharCode(66 + j);
      expect(ser["c:tx"]["c:v"]).toBe(plan.sheets[0].charts[0].series[j].name);
      expect(cache(ser["c:val"]["c:numRef"]).f).toBe(`'Resumen'!$${col}$16:$${col}$18`);
      expectAllClose(
        nums(ser["c:val"]["c:numRef"]),
        rows.map((r) => r[j + 1] as number),
      );
      expect(cache(ser["c:cat"]["c:strRef"])).toEqual({ f: "'Resumen'!$A$16:$A$18", values: ["Centro", "Norte", "Sur 南"] });
      expect(ser["c:spPr"]["a:solidFill"]["a:srgbClr"]["@_val"]).toBe(["C00000", "F4B183", "D9D9D9", "A9D18E", "548235"][j]);
    });
    expect(levels["c:chart"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Niveles de satisfacción por segmento");
    expect(levels["c:chart"]["c:legend"]["c:legendPos"]["@_val"]).toBe("b");
    // first category at the top: reversed category axis, value axis crossing at its far end, 0% format
    const [cat] = levels["c:chart"]["c:plotArea"]["c:catAx"];
    const [val] = levels["c:chart"]["c:plotArea"]["c:valAx"];
    expect(cat["c:scaling"]["c:orientation"]["@_val"]).toBe("maxMin");
    expect(val["c:crosses"]["@_val"]).toBe("max");
    expect(val["c:numFmt"]["@_formatCode"]).toBe("0%");
  });

  test("clustered columns and bars: barDir col/bar, clustered; axis bounds and title; legend none omitted; sheet-qualified categories", async () => {
    const [, top2] = (await chartsOf("xl/worksheets/sheet1.xml")).charts;
    const col = top2["c:chart"]["c:plotArea"];
    expect(col["c:barChart"]["c:barDir"]["@_val"]).toBe("col");
    expect(col["c:barChart"]["c:grouping"]["@_val"]).toBe("clustered");
    expect(col["c:valAx"][0]["c:scaling"]["c:min"]["@_val"]).toBe("0");
    expect(col["c:valAx"][0]["c:scaling"]["c:max"]["@_val"]).toBe("1");
    expect(col["c:valAx"][0]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Top-2");
    expectAllClose(nums(col["c:barChart"]["c:ser"][0]["c:val"]["c:numRef"]), [0.6, 0.45, 0.7]);
    expect(top2["c:chart"]["c:legend"]).toBeUndefined();

    const [, gaps] = (await chartsOf("xl/worksheets/sheet2.xml")).charts;
    const bar = gaps["c:chart"]["c:plotArea"]["c:barChart"];
    expect([bar["c:barDir"]["@_val"], bar["c:grouping"]["@_val"]]).toEqual(["bar", "clustered"]);
    expect(cache(bar["c:ser"][0]["c:cat"]["c:strRef"])).toEqual({ f: "'Prioridad 优先级'!$A$5:$A$10", values: attributes });
    expectAllClose(
      nums(bar["c:ser"][0]["c:val"]["c:numRef"]),
      importance.map((w, i) => w - performance[i]),
    );
    expect(gaps["c:chart"]["c:legend"]["c:legendPos"]["@_val"]).toBe("r");
  });

  test("IPA scatter: markers only, x/y references with caches, axes crossing at the means, bounds and titles", async () => {
    const [ipa] = (await chartsOf("xl/worksheets/sheet2.xml")).charts;
    const plot = ipa["c:chart"]["c:plotArea"];
    const sc = plot["c:scatterChart"];
    const [ser] = sc["c:ser"];
    expect(sc["c:scatterStyle"]["@_val"]).toBe("lineMarker");
    expect(ser["c:spPr"]["a:ln"]["a:noFill"]).toBeDefined();
    expect(ser["c:marker"]["c:symbol"]["@_val"]).toBe("circle");
    expect(cache(ser["c:xVal"]["c:numRef"]).f).toBe("'Prioridad 优先级'!$B$5:$B$10");
    expect(cache(ser["c:yVal"]["c:numRef"]).f).toBe("'Prioridad 优先级'!$C$5:$C$10");
    expectAllClose(nums(ser["c:xVal"]["c:numRef"]), importance);
    expectAllClose(nums(ser["c:yVal"]["c:numRef"]), performance);
    const [x, y] = plot["c:valAx"];
    expect([x["c:axPos"]["@_val"], y["c:axPos"]["@_val"]]).toEqual(["b", "l"]);
    // the vertical axis stands at x = mean importance; the horizontal axis at y = mean performance
    expectClose(Number(y["c:crossesAt"]["@_val"]), meanImportance);
    expectClose(Number(x["c:crossesAt"]["@_val"]), meanPerformance);
    for (const ax of [x, y]) {
      expect([ax["c:scaling"]["c:min"]["@_val"], ax["c:scaling"]["c:max"]["@_val"]]).toEqual(["2.5", "5"]);
      expect(ax["c:tickLblPos"]["@_val"]).toBe("low");
      expect(ax["c:numFmt"]["@_formatCode"]).toBe("0.0");
    }
    expect(x["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Importancia");
    expect(y["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Desempeño");
  });

  test("IPA point labels: c15 datalabelsRange with its cache, and one dLbl per point carrying the label text", async () => {
    const [ipa] = (await chartsOf("xl/worksheets/sheet2.xml")).charts;
    const [ser] = ipa["c:chart"]["c:plotArea"]["c:scatterChart"]["c:ser"];
    const range = ser["c:extLst"]["c:ext"]["c15:datalabelsRange"];
    expect(ser["c:extLst"]["c:ext"]["@_uri"]).toBe("{02D57815-91ED-43cb-92C2-25804820EDAC}");
    expect(range["c15:f"]).toBe("'Prioridad 优先级'!$A$5:$A$10");
    expect(range["c15:dlblRangeCache"]["c:pt"].map((p: X) => p["c:v"])).toEqual(attributes);
    const labels: X[] = ser["c:dLbls"]["c:dLbl"];
    expect(labels.map((l) => Number(l["c:idx"]["@_val"]))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(labels.map((l) => l["c:tx"]["c:rich"]["a:p"]["a:fld"]["a:t"])).toEqual(attributes);
    expect(labels.every((l) => l["c:tx"]["c:rich"]["a:p"]["a:fld"]["@_type"] === "CELLRANGE")).toBe(true);
    expect(new Set(labels.map((l) => l["c:tx"]["c:rich"]["a:p"]["a:fld"]["@_id"])).size).toBe(6);
    expect(ser["c:dLbls"]["c:extLst"]["c:ext"]["c15:showDataLabelsRange"]["@_val"]).toBe("1");
  });
});

describe("insertDrawingElement (CT_Worksheet order)", () => {
  const root = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;

  test("goes before a top-level extLst, not into a cfRule's nested extLst", () => {
    const sheet = `${root}<sheetData/><conditionalFormatting><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins/><extLst><ext/></extLst></worksheet>`;
    expect(insertDrawingElement(sheet, "rId7")).toBe(
      `${root}<sheetData/><conditionalFormatting><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins/><drawing r:id="rId7"/><extLst><ext/></extLst></worksheet>`,
    );
  });

  test("goes before legacyDrawing and tableParts, or last when nothing follows it", () => {
    expect(insertDrawingElement(`${root}<sheetData/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>`, "rId2")).toContain(
      `<sheetData/><drawing r:id="rId2"/><legacyDrawing`,
    );
    expect(insertDrawingElement(`${root}<sheetData><row r="1"/></sheetData><headerFooter/></worksheet>`, "rId1")).toMatch(
      /<headerFooter\/><drawing r:id="rId1"\/><\/worksheet>$/,
    );
  });

  test("declares the r: namespace when the worksheet does not, and refuses a second drawing", () => {
    const bare = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;
    const out = insertDrawingElement(bare, "rId1");
    expect(out).toContain(`<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>`);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(() => insertDrawingElement(out, "rId2")).toThrow(/already has a <drawing>/);
  });
});
