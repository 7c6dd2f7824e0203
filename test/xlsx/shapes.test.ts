/**
 * Shapes in the written .xlsx (ECMA-376 Part 1 §20.5): boxes as <xdr:sp> roundRect with their text,
 * arrows as <xdr:cxnSp> straightConnector1 with a triangle tail, attached to the boxes' ids and
 * connection sites, labels as text boxes at the middle; one <xdr:wsDr> with the charts when a
 * sheet has both. Expected positions are worked out by hand from the standard's column-width rule
 * (§18.3.1.13: a <col width="w"> is trunc(((256·w + trunc(128/7)) / 256) · 7) pixels for Calibri
 * 11, so 10 → 70 px and 20 → 140 px; an unset column 64 px), 9525 EMU per pixel, 12700 per point,
 * rows 15 pt (row 5: 33 pt, a headline number).
 */
import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { columnPixels } from "../../src/xlsx/shapes";
import { MODEL, MODEL_SHAPES, PRIORITY_DIAGRAM, shapesPlan } from "./shapesPlan";
import { PRIORITY } from "./fixturePlan";

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in tests only
const ARRAYS = ["Relationship", "Override", "xdr:twoCellAnchor", "a:p", "sheet"];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (n) => ARRAYS.includes(n) });

let zip: JSZip;
const text = async (name: string): Promise<string> => {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
};
const xml = async (name: string): Promise<X> => parser.parse(await text(name)) as X;

/** The drawing part of a sheet, by name: workbook → sheet part → its drawing relationship. */
async function drawingOf(sheetName: string): Promise<{ path: string; anchors: X[] }> {
  const sheets: X[] = (await xml("xl/workbook.xml")).workbook.sheets.sheet;
  const rid = sheets.find((s) => s["@_name"] === sheetName)?.["@_r:id"];
  const wbRels: X[] = (await xml("xl/_rels/workbook.xml.rels")).Relationships.Relationship;
  const sheetPath = `xl/${wbRels.find((r) => r["@_Id"] === rid)?.["@_Target"]}`.replace("xl//xl/", "xl/");
  const rels: X[] = (await xml(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"))).Relationships.Relationship;
  const target = rels.find((r) => r["@_Type"].endsWith("/drawing"))?.["@_Target"] as string;
  const path = `xl/drawings/${target.split("/").pop()}`;
  expect(await text(sheetPath)).toContain(`<drawing r:id="${rels.find((r) => r["@_Target"] === target)?.["@_Id"]}"/>`);
  return { path, anchors: (await xml(path))["xdr:wsDr"]["xdr:twoCellAnchor"] };
}

const marker = (m: X) => [m["xdr:col"], m["xdr:colOff"], m["xdr:row"], m["xdr:rowOff"]].map(Number);
const frame = (spPr: X) => {
  const x = spPr["a:xfrm"];
  return [x["a:off"]["@_x"], x["a:off"]["@_y"], x["a:ext"]["@_cx"], x["a:ext"]["@_cy"]].map(Number);
};
const paragraphs = (sp: X): string[] => sp["xdr:txBody"]["a:p"].map((p: X) => p["a:r"]["a:t"]);
const px = (n: number) => n * 9525;
const pt = (n: number) => n * 12700;

beforeAll(async () => {
  zip = await JSZip.loadAsync(await writeReportXlsx(shapesPlan()));
});

describe("xlsx shapes", () => {
  test("column pixels follow ECMA-376 §18.3.1.13 (10 → 70, 20 → 140, 8.43 → 59, unset → 64)", () => {
    expect([columnPixels(10), columnPixels(20), columnPixels(8.43), columnPixels(undefined)]).toEqual([70, 140, 59, 64]);
  });

  test("a sheet with shapes only: one drawing part, no drawing rels, declared in [Content_Types].xml, well-formed", async () => {
    const { path, anchors } = await drawingOf(MODEL);
    expect(XMLValidator.validate(await text(path))).toBe(true);
    expect(zip.file(path.replace(/([^/]+)$/, "_rels/$1.rels"))).toBeNull();
    const overrides: X[] = (await xml("[Content_Types].xml")).Types.Override;
    expect(overrides.find((o) => o["@_PartName"] === `/${path}`)?.["@_ContentType"]).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    // 3 boxes, 4 arrows, 2 labels.
    expect(anchors.map((a) => (a["xdr:cxnSp"] ? "cxn" : a["xdr:sp"]["xdr:nvSpPr"]["xdr:cNvSpPr"]["@_txBox"] ? "label" : "box"))).toEqual([
      "box",
      "box",
      "box",
      "cxn",
      "label",
      "cxn",
      "cxn",
      "label",
      "cxn",
    ]);
  });

  test("boxes: roundRect, ids 2–4, names, texts one paragraph per line, frames and anchors from the column widths and row heights", async () => {
    const { anchors } = await drawingOf(MODEL);
    const boxes = anchors.slice(0, 3).map((a) => a["xdr:sp"]);
    expect(boxes.map((b) => b["xdr:nvSpPr"]["xdr:cNvPr"]["@_id"])).toEqual(["2", "3", "4"]);
    expect(boxes.map((b) => b["xdr:nvSpPr"]["xdr:cNvPr"]["@_name"])).toEqual(["X", "Y", "Z"]);
    expect(boxes.map((b) => b["xdr:spPr"]["a:prstGeom"]["@_prst"])).toEqual(["roundRect", "roundRect", "roundRect"]);
    expect(boxes.map(paragraphs)).toEqual([["Imagen", "R² —"], ["Satisfacción 满意度", "R² 0.67"], ["Nota: β estandarizados"]]);
    // Constructs bold on a fill, the note plain.
    expect(boxes.map((b) => b["xdr:txBody"]["a:p"][0]["a:r"]["a:rPr"]["@_b"])).toEqual(["1", "1", "0"]);
    // X at B2, 153 × 45 pt: left edge after column A (70 px), 204 px (B2:C4's 140 + 64) wide; row 2 starts at 15 pt.
    expect(frame(boxes[0]["xdr:spPr"])).toEqual([px(70), pt(15), px(140 + 64), pt(45)]);
    // Y at F2, 96 × 45 pt: after A, B, C, D, E (70 + 140 + 3·64 px), 128 px (two default columns).
    expect(frame(boxes[1]["xdr:spPr"])).toEqual([px(402), pt(15), px(128), pt(45)]);
    // Z at B7: rows 1–4 and 6 of 15 pt, row 5 of 33 pt → top at 108 pt.
    expect(frame(boxes[2]["xdr:spPr"])).toEqual([px(70), pt(108), px(204), pt(45)]);
    // Cell anchors of the boxes: the cells their corners fall in (0-based; Z ends on the edge of D10).
    expect(marker(anchors[2]["xdr:from"])).toEqual([1, 0, 6, 0]);
    expect(marker(anchors[2]["xdr:to"])).toEqual([3, 0, 9, 0]);
  });

  test("arrows: straightConnector1 with a triangle tail, attached by id and site, between the boxes' edges, flipped when going left or up", async () => {
    const { anchors } = await drawingOf(MODEL);
    const cxn = (i: number) => anchors[i]["xdr:cxnSp"];
    const ends = (c: X) => {
      const p = c["xdr:nvCxnSpPr"]["xdr:cNvCxnSpPr"];
      return [p["a:stCxn"]["@_id"], p["a:stCxn"]["@_idx"], p["a:endCxn"]["@_id"], p["a:endCxn"]["@_idx"]].map(Number);
    };
    const flips = (c: X) => [c["xdr:spPr"]["a:xfrm"]["@_flipH"] ?? "0", c["xdr:spPr"]["a:xfrm"]["@_flipV"] ?? "0"];
    for (const i of [3, 5, 6, 8]) {
      expect(cxn(i)["xdr:spPr"]["a:prstGeom"]["@_prst"]).toBe("straightConnector1");
      expect(cxn(i)["xdr:spPr"]["a:ln"]["a:tailEnd"]["@_type"]).toBe("triangle");
    }
    expect([3, 5, 6, 8].map((i) => cxn(i)["xdr:nvCxnSpPr"]["xdr:cNvPr"]["@_name"])).toEqual(MODEL_SHAPES.slice(3).map((s) => s.name));
    // Sites of a roundRect: 0 top, 1 left, 2 bottom, 3 right.
    // X → Y: X's right middle (274 px, 15 + 22.5 pt) to Y's left middle (402 px).
    expect(ends(cxn(3))).toEqual([2, 3, 3, 1]);
    expect(frame(cxn(3)["xdr:spPr"])).toEqual([px(274), pt(37.5), px(128), 0]);
    expect(flips(cxn(3))).toEqual(["0", "0"]);
    expect(marker(anchors[3]["xdr:from"])).toEqual([3, 0, 2, pt(7.5)]); // D, row 3 + 7.5 pt
    expect(marker(anchors[3]["xdr:to"])).toEqual([5, 0, 2, pt(7.5)]);
    // X → Z (Z below): X's bottom middle (70 + 102 px, 60 pt) to Z's top middle (108 pt).
    expect(ends(cxn(5))).toEqual([2, 2, 4, 0]);
    expect(frame(cxn(5)["xdr:spPr"])).toEqual([px(172), pt(60), 0, pt(48)]);
    // Y → Z (Z left and below): Y's left middle to Z's right middle, drawn right to left.
    expect(ends(cxn(6))).toEqual([3, 1, 4, 3]);
    expect(frame(cxn(6)["xdr:spPr"])).toEqual([px(274), pt(37.5), px(128), pt(130.5 - 37.5)]);
    expect(flips(cxn(6))).toEqual(["1", "0"]);
    // Z → Y: up and to the right.
    expect(ends(cxn(8))).toEqual([4, 3, 3, 1]);
    expect(flips(cxn(8))).toEqual(["0", "1"]);
    expect(anchors.map((a) => Number((a["xdr:sp"] ?? a["xdr:cxnSp"])[a["xdr:sp"] ? "xdr:nvSpPr" : "xdr:nvCxnSpPr"]["xdr:cNvPr"]["@_id"]))).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  test("labels: a 40 × 18 pt text box centred on the arrow's middle, with the label's text", async () => {
    const { anchors } = await drawingOf(MODEL);
    const label = anchors[4]["xdr:sp"];
    expect(label["xdr:nvSpPr"]["xdr:cNvPr"]["@_name"]).toBe("X → Y (label)");
    expect(paragraphs(label)).toEqual(["0.54"]);
    // Middle of X → Y: (274 + 64 px, 37.5 pt).
    expect(frame(label["xdr:spPr"])).toEqual([px(338) - pt(20), pt(37.5 - 9), pt(40), pt(18)]);
    expect(marker(anchors[4]["xdr:from"])).toEqual([3, px(64) - pt(20), 1, pt(13.5)]);
    expect(paragraphs(anchors[7]["xdr:sp"])).toEqual(["-0.12"]);
    // Middle of Y → Z: ((402 + 274) / 2 px, (37.5 + 130.5) / 2 pt).
    expect(frame(anchors[7]["xdr:sp"]["xdr:spPr"]).slice(0, 2)).toEqual([px(338) - pt(20), pt(84 - 9)]);
  });

  test("charts and shapes on one sheet share one <xdr:wsDr>: the charts' frames first (ids 2, 3), then the diagram", async () => {
    const { anchors } = await drawingOf(PRIORITY);
    expect(anchors.slice(0, 2).map((a) => a["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"]["@_name"])).toEqual(["IPA", "Brechas"]);
    const names = anchors.slice(2).map((a) => (a["xdr:sp"] ?? a["xdr:cxnSp"])[a["xdr:sp"] ? "xdr:nvSpPr" : "xdr:nvCxnSpPr"]["xdr:cNvPr"]);
    expect(names.map((n: X) => n["@_name"])).toEqual([
      "Imagen",
      "Calidad",
      "Satisfacción",
      "Imagen → Satisfacción",
      "Imagen → Satisfacción (label)",
      "Calidad → Satisfacción",
      "Calidad → Satisfacción (label)",
    ]);
    expect(names.map((n: X) => Number(n["@_id"]))).toEqual([4, 5, 6, 7, 8, 9, 10]);
    const cxn = anchors[5]["xdr:cxnSp"]["xdr:nvCxnSpPr"]["xdr:cNvCxnSpPr"];
    expect([cxn["a:stCxn"]["@_id"], cxn["a:endCxn"]["@_id"]]).toEqual(["4", "6"]);
    // The boxes sit where the layout put them: its frame from the top-left corner of R2 — column R after
    // the Priority sheet's A–G (22, 12, 12, 10, 10, 18, 8 characters: 154 + 84 + 84 + 70 + 70 + 126 + 56 px)
    // and ten default 64 px columns; row 2 after 15 pt.
    const box = PRIORITY_DIAGRAM[0];
    if (box.kind !== "box") throw new Error("fixture changed");
    expect(box.at).toBe("R2");
    expect(frame(anchors[2]["xdr:sp"]["xdr:spPr"])).toEqual([px(644 + 640) + pt(box.frame.x), pt(15 + box.frame.y), pt(box.frame.w), pt(box.frame.h)]);
    expect(box.frame.x < 48 && box.frame.y < 15).toBe(true); // so its top-left corner is in R2 itself
    expect(marker(anchors[2]["xdr:from"])).toEqual([17, pt(box.frame.x), 1, pt(box.frame.y)]);
    const count = (await text("xl/drawings/drawing1.xml")).split("<xdr:wsDr").length + (await text("xl/drawings/drawing2.xml")).split("<xdr:wsDr").length - 2;
    expect(count).toBe(2);
  });

  test("a plan whose arrow names a missing box is refused before anything is written", async () => {
    const plan = shapesPlan();
    plan.sheets[2].shapes = [...MODEL_SHAPES, { kind: "arrow", name: "bad", fromShape: "X", toShape: "Nobody" }];
    await expect(writeReportXlsx(plan)).rejects.toThrow("sheet 'Modelo', arrow 'bad': no box named 'Nobody' on the sheet");
  });
});
