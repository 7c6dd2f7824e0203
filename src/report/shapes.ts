/**
 * A plan sheet's shapes (PlanShape) for both back ends: their checks, and the geometry of the
 * arrows (each back end measures the boxes in its own unit — EMUs from the plan's column widths and
 * row heights in the .xlsx, points from Excel's own ranges in Office.js — so an arrow leaves and
 * enters its boxes at the same sides in both).
 */
import { parseArea, requireCell } from "./a1";
import type { PlanArrow, PlanBox, PlanSheet } from "./plan";

/** A box's rectangle: left, top, width, height (any one unit). */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Connection sites of a rounded rectangle, as both DrawingML's preset "roundRect" (its cxnLst:
 * top, left, bottom, right) and Excel JS's `connectBeginShape(shape, site)` number them.
 */
export const CONNECTION_SITE = { top: 0, left: 1, bottom: 2, right: 3 } as const;
export type ConnectionSite = (typeof CONNECTION_SITE)[keyof typeof CONNECTION_SITE];

export interface ArrowPath {
  start: Point;
  end: Point;
  startSite: ConnectionSite;
  endSite: ConnectionSite;
}

const sitePoint = (f: Frame, site: ConnectionSite): Point => {
  switch (site) {
    case CONNECTION_SITE.top:
      return { x: f.x + f.w / 2, y: f.y };
    case CONNECTION_SITE.left:
      return { x: f.x, y: f.y + f.h / 2 };
    case CONNECTION_SITE.bottom:
      return { x: f.x + f.w / 2, y: f.y + f.h };
    default:
      return { x: f.x + f.w, y: f.y + f.h / 2 };
  }
};

/**
 * The straight arrow from box `a` to box `b`: from a's right side to b's left when b lies wholly to
 * the right (the path diagram's layers), mirrored when to the left; otherwise bottom to top (b below)
 * or top to bottom (b above, or overlapping).
 */
export function arrowPath(a: Frame, b: Frame): ArrowPath {
  const [startSite, endSite]: [ConnectionSite, ConnectionSite] =
    b.x >= a.x + a.w
      ? [CONNECTION_SITE.right, CONNECTION_SITE.left]
      : b.x + b.w <= a.x
        ? [CONNECTION_SITE.left, CONNECTION_SITE.right]
        : b.y >= a.y + a.h
          ? [CONNECTION_SITE.bottom, CONNECTION_SITE.top]
          : [CONNECTION_SITE.top, CONNECTION_SITE.bottom];
  return { start: sitePoint(a, startSite), end: sitePoint(b, endSite), startSite, endSite };
}

/** The frame of `size` centred on the arrow's middle (where its label sits). */
export function labelFrame(path: ArrowPath, size: { w: number; h: number }): Frame {
  return { x: (path.start.x + path.end.x) / 2 - size.w / 2, y: (path.start.y + path.end.y) / 2 - size.h / 2, w: size.w, h: size.h };
}

/**
 * Every problem with the sheet's shapes, each naming the sheet and shape; [] when they can be
 * drawn: names non-empty and unique among the shapes, a box's `at` a single cell of the sheet and
 * its frame a finite, non-empty rectangle right of and below that corner, an arrow joining two
 * different boxes of the sheet.
 */
export function shapeProblems(sheet: PlanSheet): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const boxes = new Set<string>();
  for (const shape of sheet.shapes ?? []) {
    const s = `sheet '${sheet.name}', shape '${shape.name}'`;
    if (shape.name.trim() === "") problems.push(`sheet '${sheet.name}': a shape has an empty name`);
    if (names.has(shape.name.toLowerCase())) problems.push(`${s}: the name is used twice`);
    names.add(shape.name.toLowerCase());
    if (shape.kind === "box") {
      boxes.add(shape.name);
      try {
        const a = parseArea(shape.at, `${s}, at`);
        if (a.rows !== 1 || a.cols !== 1) problems.push(`${s}, at: '${shape.at}' is not a single cell`);
      } catch (e) {
        problems.push((e as Error).message);
      }
      const { x, y, w, h } = shape.frame;
      if (![x, y, w, h].every(Number.isFinite) || x < 0 || y < 0 || w <= 0 || h <= 0)
        problems.push(`${s}: the frame (${x}, ${y}, ${w} × ${h} pt) needs a finite left and top ≥ 0 and a width and height > 0`);
    }
  }
  for (const shape of sheet.shapes ?? []) {
    if (shape.kind !== "arrow") continue;
    const s = `sheet '${sheet.name}', arrow '${shape.name}'`;
    for (const end of [shape.fromShape, shape.toShape]) if (!boxes.has(end)) problems.push(`${s}: no box named '${end}' on the sheet`);
    if (shape.fromShape === shape.toShape) problems.push(`${s}: starts and ends at the same box`);
  }
  return problems;
}

/** The last row a box reaches, rows `rowHeight(r)` points tall (the page set-up and the sheet's bookkeeping need rows, not points). */
export function boxLastRow(box: PlanBox, rowHeight: (row: number) => number): number {
  const at = requireCell(box.at);
  let row = at.row,
    bottom = rowHeight(row);
  while (bottom < box.frame.y + box.frame.h) bottom += rowHeight(++row);
  return row;
}

/** The sheet's boxes and arrows, split (after shapeProblems found none). */
export function sheetShapes(sheet: PlanSheet): { boxes: PlanBox[]; arrows: PlanArrow[] } {
  const shapes = sheet.shapes ?? [];
  return {
    boxes: shapes.filter((s): s is PlanBox => s.kind === "box"),
    arrows: shapes.filter((s): s is PlanArrow => s.kind === "arrow"),
  };
}

/** Label box size in points (one line of 9 pt text with a little margin). */
export const LABEL_SIZE_PT = { w: 40, h: 18 };

/** The label text box's shape name for an arrow. */
export const labelName = (arrow: PlanArrow): string => `${arrow.name} (label)`;
