/**
 * Native shapes from PlanShape (ExcelApi 1.9, which REQUIRED_SETS already asks for, so there is no
 * older Excel to degrade for). Two steps, because a shape is placed in points and only Excel knows
 * where its cells end up: `measureBoxes` queues the load of each box's cells (`left`, `top`,
 * `width`, `height`, read after the sheet's column widths and row heights in the same request),
 * and after that sync `addShapes` queues the shapes: per box a rounded rectangle
 * (`addGeometricShape("RoundRectangle")`) over those cells with its text centred; per arrow a
 * straight line (`addLine(…, "Straight")`) from one box's edge to the other's (arrowPath, as the
 * .xlsx), attached by `connectBeginShape`/`connectEndShape` to the same connection sites, with a
 * triangle at its end; per label a text box at the arrow's middle. Nothing is synced here.
 */
import type { PlanSheet } from "../report/plan";
import { arrowPath, labelFrame, labelName, LABEL_SIZE_PT, sheetShapes, type Frame } from "../report/shapes";
import { SHAPE_LOOK } from "../report/theme";

/** The boxes' cell ranges, loaded at the next sync, by box name. */
export type BoxRanges = ReadonlyMap<string, Excel.Range>;

/** Queues the loads addShapes needs; undefined when the sheet has no shapes. */
export function measureBoxes(sheet: Excel.Worksheet, plan: PlanSheet): BoxRanges | undefined {
  const { boxes } = sheetShapes(plan);
  if (boxes.length === 0) return undefined;
  return new Map(boxes.map((b) => [b.name, sheet.getRange(`${b.from}:${b.to}`).load("left, top, width, height")]));
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

/** Queues the sheet's shapes over the measured boxes (after the sync that loaded `measured`). */
export function addShapes(sheet: Excel.Worksheet, plan: PlanSheet, measured: BoxRanges): void {
  const { boxes, arrows } = sheetShapes(plan);
  const frames = new Map<string, Frame>();
  const made = new Map<string, Excel.Shape>();
  for (const box of boxes) {
    const r = measured.get(box.name);
    if (!r) throw new Error(`sheet '${plan.name}', box '${box.name}' was not measured`);
    const f = { x: r.left, y: r.top, w: r.width, h: r.height };
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
