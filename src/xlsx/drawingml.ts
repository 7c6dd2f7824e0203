/**
 * DrawingML pieces shared by the chart parts (charts.ts), the shapes (shapes.ts) and the drawing
 * part that anchors both (drawing.ts): namespaces, XML escaping, fills, cell anchor markers.
 */

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  c15: "http://schemas.microsoft.com/office/drawing/2012/chart",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};

export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export const solidFill = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

/** A point of a cell anchor: 0-based column and row, and offsets into them in EMUs. */
export interface AnchorPoint {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

/** <xdr:from> / <xdr:to> of a twoCellAnchor (ECMA-376 §20.5.2.15, §20.5.2.32). */
export const anchorMarker = (tag: "from" | "to", p: AnchorPoint): string =>
  `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>${p.colOff}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOff}</xdr:rowOff></xdr:${tag}>`;

/** A relationship of a part's .rels. */
export interface PartRel {
  id: string;
  type: string;
  target: string;
}
