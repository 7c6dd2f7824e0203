/**
 * The one drawing writer of the xlsx back end. After ExcelJS has produced the package, `addDrawings`
 * adds, per sheet with charts or shapes, xl/drawings/drawingN.xml — one <xdr:wsDr> holding a
 * twoCellAnchor per chart (charts.ts, which also writes the chart parts) and then per box, arrow and
 * arrow label (shapes.ts), ECMA-376 Part 1 §20.5 — its _rels (when it has charts), the
 * <drawing r:id> element in the worksheet (CT_Worksheet order: after headerFooter…ignoredErrors,
 * before legacyDrawing…tableParts/extLst) and the [Content_Types].xml overrides.
 */
import type JSZip from "jszip";
import type { ReportPlan } from "../report/plan";
import { addSheetCharts } from "./charts";
import { NS, xmlEscape, type PartRel } from "./drawingml";
import type { SheetCells } from "./planCells";
import { shapeAnchors } from "./shapes";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Worksheet children that must follow <drawing> (CT_Worksheet sequence). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** The drawing part: one <xdr:wsDr> with the given anchors, in order (later ones are drawn on top). */
export const drawingXml = (anchors: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;

const relsXml = (rels: readonly PartRel[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`).join("") +
  `</Relationships>`;

/** Adds a relationship to a (possibly missing) .rels part; returns its new Id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPath);
  if (!existing) {
    zip.file(relsPath, relsXml([{ id: "rId1", type, target }]));
    return "rId1";
  }
  const xml = await existing.async("string");
  const used = [...xml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  zip.file(relsPath, xml.replace("</Relationships>", `${rel}</Relationships>`));
  return id;
}

/** Inserts <drawing r:id> as a worksheet child, before the first child that must follow it. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error("worksheet already has a <drawing> element");
  const rootOpen = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!rootOpen) throw new Error("not a worksheet part");
  const rNs = /xmlns:r=/.test(rootOpen[0]) ? "" : ` xmlns:r="${NS.r}"`;
  const element = `<drawing${rNs} r:id="${relId}"/>`;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  tag.lastIndex = rootOpen.index + rootOpen[0].length;
  let depth = 0;
  for (let m = tag.exec(sheetXml); m; m = tag.exec(sheetXml)) {
    const [whole, closing, name, selfClosing] = m;
    if (closing) {
      if (depth === 0) return sheetXml.slice(0, m.index) + element + sheetXml.slice(m.index); // </worksheet>
      depth--;
    } else {
      if (depth === 0 && AFTER_DRAWING.has(name.replace(/^\w+:/, ""))) {
        return sheetXml.slice(0, m.index) + element + sheetXml.slice(m.index);
      }
      if (!selfClosing && !whole.endsWith("/>")) depth++;
    }
  }
  throw new Error("worksheet part has no closing tag");
}

function highestPartNumber(zip: JSZip, re: RegExp): number {
  return Math.max(0, ...Object.keys(zip.files).map((p) => Number(re.exec(p)?.[1] ?? 0)));
}

/**
 * Adds the charts and shapes of every plan sheet to the package. `sheetPaths[i]` is the zip path of
 * the worksheet part of plan.sheets[i]; `cells` maps sheet names to their plan cells (for caches).
 */
export async function addDrawings(zip: JSZip, plan: ReportPlan, sheetPaths: readonly string[], cells: ReadonlyMap<string, SheetCells>): Promise<void> {
  let chartNo = highestPartNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = highestPartNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const overrides: string[] = [];
  for (const [si, sheet] of plan.sheets.entries()) {
    if (sheet.charts.length === 0 && (sheet.shapes ?? []).length === 0) continue;
    const charts = addSheetCharts(zip, sheet, plan.language, cells, chartNo);
    chartNo += sheet.charts.length;
    overrides.push(...charts.overrides);
    const shapes = shapeAnchors(sheet, charts.anchors.length + 2);
    drawingNo++;
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml([...charts.anchors, ...shapes]));
    if (charts.rels.length) zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(charts.rels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);

    const sheetPath = sheetPaths[si];
    const sheetFile = zip.file(sheetPath);
    if (!sheetFile) throw new Error(`package has no worksheet part ${sheetPath}`);
    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const relId = await addRelationship(zip, relsPath, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    zip.file(sheetPath, insertDrawingElement(await sheetFile.async("string"), relId));
  }
  if (overrides.length === 0) return;
  const types = zip.file("[Content_Types].xml");
  if (!types) throw new Error("package has no [Content_Types].xml");
  zip.file("[Content_Types].xml", (await types.async("string")).replace("</Types>", `${overrides.join("")}</Types>`));
}
