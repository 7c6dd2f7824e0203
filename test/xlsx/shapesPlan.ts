/**
 * Plans with shapes for the back-end tests (xlsx and fake Excel): a "Modelo" sheet with only
 * shapes — boxes X (at B2, 153 × 45 pt: B2:C4 in the .xlsx's pixels), Y (at F2, 96 × 45 pt: F2:G4),
 * Z (at B7, a note), arrows X→Y (labelled), X→Z, Y→Z and Z→Y, so every side and both flips occur —
 * over known column widths (A 10, B 20 characters, the rest Excel's default) and a 33 pt row 5; and the xlsx fixture with a path diagram laid out next to the Priority
 * sheet's charts, so charts and shapes share one drawing part.
 */
import { layoutPathDiagram } from "../../src/report/pathDiagram";
import type { PlanShape, ReportPlan } from "../../src/report/plan";
import { fixturePlan, PRIORITY } from "./fixturePlan";

export const MODEL = "Modelo";

export const MODEL_SHAPES: PlanShape[] = [
  { kind: "box", name: "X", text: "Imagen\nR² —", at: "B2", frame: { x: 0, y: 0, w: 153, h: 45 } },
  { kind: "box", name: "Y", text: "Satisfacción 满意度\nR² 0.67", at: "F2", frame: { x: 0, y: 0, w: 96, h: 45 }, style: "construct" },
  { kind: "box", name: "Z", text: "Nota: β estandarizados", at: "B7", frame: { x: 0, y: 0, w: 153, h: 45 }, style: "note" },
  { kind: "arrow", name: "X → Y", fromShape: "X", toShape: "Y", label: "0.54" },
  { kind: "arrow", name: "X → Z", fromShape: "X", toShape: "Z" },
  { kind: "arrow", name: "Y → Z", fromShape: "Y", toShape: "Z", label: "-0.12" },
  { kind: "arrow", name: "Z → Y", fromShape: "Z", toShape: "Y" },
];

/** The path diagram drawn on the Priority sheet, right of its charts (I2:P40). */
export const PRIORITY_DIAGRAM = layoutPathDiagram(
  [
    { name: "Imagen", text: "Imagen" },
    { name: "Calidad", text: "Calidad\nR² 0.31" },
    { name: "Satisfacción", text: "Satisfacción\nR² 0.67" },
  ],
  [
    { from: "Imagen", to: "Satisfacción", label: "0.20" },
    { from: "Calidad", to: "Satisfacción", label: "0.60" },
  ],
  "R2",
);

export function shapesPlan(): ReportPlan {
  const plan = fixturePlan();
  const priority = plan.sheets.find((s) => s.name === PRIORITY);
  if (!priority) throw new Error("fixture changed");
  priority.shapes = PRIORITY_DIAGRAM;
  plan.sheets.push({
    key: "kano",
    name: MODEL,
    // Row 5 holds a headline number: 33 pt tall (planRowHeights), which moves Z down.
    blocks: [
      { anchor: "A1", values: [["Modelo de rutas"]], style: "title" },
      { anchor: "E5", values: [[0.54]], style: "kpiValue" },
    ],
    tables: [],
    charts: [],
    conditionalFormats: [],
    columnWidths: [10, 20],
    shapes: MODEL_SHAPES,
  });
  return plan;
}
