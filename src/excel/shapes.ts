/**
 * Native shapes from PlanShape (ExcelApi 1.9, which REQUIRED_SETS already asks for, so there is no
 * older Excel to degrade for). A shape is placed in points; Range.left/top would tell where the
 * cells are but need ExcelApi 1.10, so the boxes are measured from the plan instead — the column
 * widths and row heights applyPlan itself sets (boxFrame), Excel's defaults elsewhere. Per box a
 * rounded rectangle (`addGeometricShape("RoundRectangle")`) at its frame with its text centred;
 * per arrow a straight line (`addLine(…, "Straight")`) from one box's edge to the other's
 * (arrowPath, as the .xlsx), attached by `connectBeginShape`/`connectEndShape` to the same
 * connection sites, with a triangle at its end; per label a text box at the arrow's middle.
 * Nothing is synced here.
 */
import { parseCell } from "../report/a1";
import type { PlanSheet } from "../report/plan";
import { arrowPath, labelFrame, labelName, LABEL_SIZE_PT, sheetShapes, type Frame } from "../report/shapes";
import { LINE_HEIGHT, planRowHeights } from "../report/textMetrics";
import { SHAPE_LOOK } from "../report/theme";
import { columnWidthPoints } from "./format";

/** Excel's default column width in points (8.43 characters of 11 pt Calibri, 64 pixels). */
const DEFAULT_COLUMN_PT = 48;

/**
 * A box's frame in points: its `frame` from the top-left corner of cell `at`, which is measured from
 * the plan — the column widths applyPlan sets (columnWidthPoints; the default 48 pt for the others)
 * and the row heights (planRowHeights; 15 pt for the others).
 */
export function boxFrame(plan: PlanSheet, heights: ReadonlyMap<number, number>, at: string, frame: Frame): Frame {
  const a = parseCell(at);
  if (!a) throw new Error(`sheet '${plan.name}': '${at}' is not a cell`);
  const col = (c: number) => {
    const chars = plan.columnWidths?.[c - 1];
    return chars === undefined ? DEFAULT_COLUMN_PT : columnWidthPoints(chars);
  };
  const row = (r: number) => heights.get(r) ?? LINE_HEIGHT;
  let x = 0,
    y = 0;
  for (let c = 1; c < a.column; c++) x += col(c);
  for (let r = 1; r < a.row; r++) y += row(r);
  return { x: x + frame.x, y: y + frame.y, w: frame.w, h: frame.h };
}

function place(shape: Excel.Shape, f: Frame): void {
  shape.left = f.x;
  shape.top = f.y;
  shape.width = f.w;
  shape.height = f.h;
}

function centredText(shape: Excel.Shape, text: string, size: number, bold: boolean): void {
  shape.textFrame.textRange.text = text;
  shape.textFrame.horizontalAlignment = "Center";
  shape.textFrame.verticalAlignment = "Middle";
  const font = shape.textFrame.textRange.font;
  font.size = size;
  font.bold = bold;
  font.color = SHAPE_LOOK.text;
}

/** Queues the sheet's shapes; nothing is synced here. */
export function addShapes(sheet: Excel.Worksheet, plan: PlanSheet): void {
  const { boxes, arrows } = sheetShapes(plan);
  const heights = planRowHeights(plan);
  const frames = new Map<string, Frame>();
  const made = new Map<string, Excel.Shape>();
  for (const box of boxes) {
    const f = boxFrame(plan, heights, box.at, box.frame);
    const look = SHAPE_LOOK[box.style ?? "construct"];
    const shape = sheet.shapes.addGeometricShape("RoundRectangle");
    shape.name = box.name;
    place(shape, f);
    shape.fill.setSolidColor(look.fill);
    shape.lineFormat.color = look.line;
    shape.lineFormat.weight = SHAPE_LOOK.boxLine;
    centredText(shape, box.text, SHAPE_LOOK.boxText, look.bold);
    frames.set(box.name, f);
    made.set(box.name, shape);
  }
  for (const arrow of arrows) {
    const a = frames.get(arrow.fromShape),
      b = frames.get(arrow.toShape),
      from = made.get(arrow.fromShape),
      to = made.get(arrow.toShape);
    if (!a || !b || !from || !to) throw new Error(`sheet '${plan.name}', arrow '${arrow.name}' joins boxes that are not on the sheet`);
    const path = arrowPath(a, b);
    const shape = sheet.shapes.addLine(path.start.x, path.start.y, path.end.x, path.end.y, "Straight");
    shape.name = arrow.name;
    shape.line.connectBeginShape(from, path.startSite);
    shape.line.connectEndShape(to, path.endSite);
    shape.line.endArrowheadStyle = "Triangle";
    shape.lineFormat.color = SHAPE_LOOK.arrow;
    shape.lineFormat.weight = SHAPE_LOOK.arrowLine;
    if (arrow.label === undefined || arrow.label === "") continue;
    const label = sheet.shapes.addTextBox(arrow.label);
    label.name = labelName(arrow);
    place(label, labelFrame(path, LABEL_SIZE_PT));
    label.fill.setSolidColor(SHAPE_LOOK.labelFill);
    label.lineFormat.visible = false;
    centredText(label, arrow.label, SHAPE_LOOK.labelText, false);
  }
}
