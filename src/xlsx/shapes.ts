/**
 * Plan shapes as DrawingML for the sheet's drawing part (drawing.ts): per box a twoCellAnchor with
 * an <xdr:sp> (preset "roundRect" at its frame, text centred in its <xdr:txBody>); per arrow a twoCellAnchor with
 * an <xdr:cxnSp> (preset "straightConnector1", <a:tailEnd type="triangle"/>, attached to the boxes
 * by <a:stCxn>/<a:endCxn> — their cNvPr ids and connection sites), running between the boxes'
 * edges, and, when labelled, a small text box (<xdr:sp txBox="1">) centred on its middle.
 * ECMA-376 Part 1 §20.5 (SpreadsheetML drawing), §20.1.9.18 (preset geometries).
 *
 * Connector ends are not cell corners, so the sheet is measured as Excel lays it out: column widths
 * from the plan (Excel's pixel rule for a <col> width, Calibri 11's 7-pixel digit; 64 pixels when
 * unset) and row heights from planRowHeights (15 pt when unset), in EMUs (9525 per pixel, 12700 per point).
 */
import { parseCell } from "../report/a1";
import type { PlanArrow, PlanBox, PlanSheet } from "../report/plan";
import { arrowPath, labelFrame, labelName, LABEL_SIZE_PT, sheetShapes, type ArrowPath, type Frame } from "../report/shapes";
import { planRowHeights, LINE_HEIGHT } from "../report/textMetrics";
import { SHAPE_LOOK } from "../report/theme";
import { rgb } from "./styles";
import { anchorMarker, solidFill, xmlEscape, type AnchorPoint } from "./drawingml";

const EMU_PER_PX = 9525;
const EMU_PER_PT = 12700;
const DEFAULT_COLUMN_PX = 64;
const DIGIT_PX = 7;

// Font sizes in hundredths of a point.
const BOX_TEXT_SIZE = SHAPE_LOOK.boxText * 100;
const LABEL_TEXT_SIZE = SHAPE_LOOK.labelText * 100;

/** Pixel width of a <col width="w"> (ECMA-376 §18.3.1.13: truncate(((256·w + truncate(128/7)) / 256) · 7)). */
export const columnPixels = (width: number | undefined): number =>
  width === undefined ? DEFAULT_COLUMN_PX : Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);

/** The sheet's layout in EMUs: cell edges and the cell an EMU position falls in. */
export class SheetGeometry {
  private readonly heights: Map<number, number>;

  constructor(private readonly sheet: PlanSheet) {
    this.heights = planRowHeights(sheet);
  }

  /** Width (EMU) of the 1-based column. */
  colWidth(col: number): number {
    return columnPixels(this.sheet.columnWidths?.[col - 1]) * EMU_PER_PX;
  }

  /** Height (EMU) of the 1-based row. */
  rowHeight(row: number): number {
    return (this.heights.get(row) ?? LINE_HEIGHT) * EMU_PER_PT;
  }

  /** Left edge (EMU) of the 1-based column. */
  colLeft(col: number): number {
    let x = 0;
    for (let c = 1; c < col; c++) x += this.colWidth(c);
    return x;
  }

  rowTop(row: number): number {
    let y = 0;
    for (let r = 1; r < row; r++) y += this.rowHeight(r);
    return y;
  }

  /** The frame (EMU) of a box: `frame` in points from the top-left corner of cell `at` (checked by shapeProblems). */
  boxFrame(at: string, frame: Frame): Frame {
    const a = parseCell(at);
    if (!a) throw new Error(`'${at}' is not a cell`);
    return { x: this.colLeft(a.column) + frame.x * EMU_PER_PT, y: this.rowTop(a.row) + frame.y * EMU_PER_PT, w: frame.w * EMU_PER_PT, h: frame.h * EMU_PER_PT };
  }

  /** The anchor point of an EMU position (0-based cell, offset into it). */
  point(x: number, y: number): AnchorPoint {
    let col = 1,
      left = 0;
    while (left + this.colWidth(col) <= x) left += this.colWidth(col++);
    let row = 1,
      top = 0;
    while (top + this.rowHeight(row) <= y) top += this.rowHeight(row++);
    return { col: col - 1, colOff: Math.round(x - left), row: row - 1, rowOff: Math.round(y - top) };
  }
}

const round = (f: Frame): Frame => ({ x: Math.round(f.x), y: Math.round(f.y), w: Math.round(f.w), h: Math.round(f.h) });

function anchor(geo: SheetGeometry, f: Frame, body: string): string {
  return `<xdr:twoCellAnchor>${anchorMarker("from", geo.point(f.x, f.y))}${anchorMarker("to", geo.point(f.x + f.w, f.y + f.h))}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

const xfrm = (f: Frame, flip = "") => `<a:xfrm${flip}><a:off x="${f.x}" y="${f.y}"/><a:ext cx="${f.w}" cy="${f.h}"/></a:xfrm>`;

/** Centred paragraphs, one per line of `text`. */
function textBody(text: string, size: number, bold: boolean, inset: number): string {
  const paras = text
    .split("\n")
    .map((line) => `<a:p><a:pPr algn="ctr"/><a:r><a:rPr sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(line)}</a:t></a:r></a:p>`)
    .join("");
  return (
    `<xdr:txBody><a:bodyPr wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" anchor="ctr" rtlCol="0"/>` +
    `<a:lstStyle/>${paras}</xdr:txBody>`
  );
}

function boxXml(geo: SheetGeometry, box: PlanBox, id: number): string {
  const f = round(geo.boxFrame(box.at, box.frame));
  const look = SHAPE_LOOK[box.style ?? "construct"];
  const sp =
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${xmlEscape(box.name)}"/><xdr:cNvSpPr/></xdr:nvSpPr>` +
    `<xdr:spPr>${xfrm(f)}<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>${solidFill(rgb(look.fill))}` +
    `<a:ln w="${SHAPE_LOOK.boxLine * EMU_PER_PT}">${solidFill(rgb(look.line))}</a:ln></xdr:spPr>${textBody(box.text, BOX_TEXT_SIZE, look.bold, 45720)}</xdr:sp>`;
  return anchor(geo, f, sp);
}

function arrowXml(geo: SheetGeometry, arrow: PlanArrow, path: ArrowPath, id: number, ends: { from: number; to: number }): string {
  const { start, end } = path;
  const f = round({ x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) });
  const flip = `${end.x < start.x ? ` flipH="1"` : ""}${end.y < start.y ? ` flipV="1"` : ""}`;
  const cxn =
    `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="${xmlEscape(arrow.name)}"/><xdr:cNvCxnSpPr>` +
    `<a:stCxn id="${ends.from}" idx="${path.startSite}"/><a:endCxn id="${ends.to}" idx="${path.endSite}"/></xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
    `<xdr:spPr>${xfrm(f, flip)}<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>` +
    `<a:ln w="${SHAPE_LOOK.arrowLine * EMU_PER_PT}">${solidFill(rgb(SHAPE_LOOK.arrow))}<a:tailEnd type="triangle" w="med" len="med"/></a:ln></xdr:spPr></xdr:cxnSp>`;
  return anchor(geo, f, cxn);
}

function labelXml(geo: SheetGeometry, name: string, text: string, path: ArrowPath, id: number): string {
  const f = round(labelFrame(path, { w: LABEL_SIZE_PT.w * EMU_PER_PT, h: LABEL_SIZE_PT.h * EMU_PER_PT }));
  const sp =
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${xmlEscape(name)}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr>${xfrm(f)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solidFill(rgb(SHAPE_LOOK.labelFill))}<a:ln><a:noFill/></a:ln></xdr:spPr>` +
    `${textBody(text, LABEL_TEXT_SIZE, false, 0)}</xdr:sp>`;
  return anchor(geo, f, sp);
}

/**
 * The twoCellAnchors of the sheet's shapes, cNvPr ids from `firstId` (the charts take the ones
 * before): the boxes first (so they are under the arrows), then each arrow followed by its label.
 */
export function shapeAnchors(sheet: PlanSheet, firstId: number): string[] {
  const { boxes, arrows } = sheetShapes(sheet);
  if (boxes.length === 0) return [];
  const geo = new SheetGeometry(sheet);
  const ids = new Map(boxes.map((b, i) => [b.name, firstId + i]));
  const frames = new Map(boxes.map((b) => [b.name, geo.boxFrame(b.at, b.frame)]));
  const out = boxes.map((b) => boxXml(geo, b, ids.get(b.name) as number));
  let id = firstId + boxes.length;
  for (const arrow of arrows) {
    const a = frames.get(arrow.fromShape),
      b = frames.get(arrow.toShape);
    if (!a || !b) throw new Error(`sheet '${sheet.name}', arrow '${arrow.name}': no box named '${a ? arrow.toShape : arrow.fromShape}'`);
    const path = arrowPath(a, b);
    out.push(arrowXml(geo, arrow, path, id++, { from: ids.get(arrow.fromShape) as number, to: ids.get(arrow.toShape) as number }));
    if (arrow.label !== undefined && arrow.label !== "") out.push(labelXml(geo, labelName(arrow), arrow.label, path, id++));
  }
  return out;
}
