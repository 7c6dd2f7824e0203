/**
 * The Office.js back end draws plan shapes on the fake Excel: rounded rectangles over their cells
 * with their text, straight lines from box edge to box edge attached to the boxes' connection
 * sites with a triangle at the end, label text boxes at the middle — without an extra round trip —
 * and a Refresh leaves no stale shapes. Expected points are worked out by hand from the plan's
 * column widths as Excel JS sets them (columnWidthPoints: (round(7·w) + 5) · 0.75 pt, so 10 → 56.25
 * and 20 → 108.75; an unset column 48 pt) and row heights (15 pt; row 5 holds a headline number,
 * 33 pt).
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { createFakeExcel, createWorkbookState, findSheet, type FakeWorkbookState } from "../fake-excel";
import type { FakeShapeState } from "../fake-excel/state";
import { MODEL, shapesPlan } from "../xlsx/shapesPlan";
import { PRIORITY } from "../xlsx/fixturePlan";
import { fixtureRecipe } from "./fixturePlan";

let state: FakeWorkbookState;
let syncs: number;
const shapesOf = (sheet: string): FakeShapeState[] => findSheet(state, sheet)?.shapes ?? [];
const byName = (sheet: string, name: string): FakeShapeState => {
  const s = shapesOf(sheet).find((x) => x.props.name === name);
  if (!s) throw new Error(`no shape '${name}' on ${sheet}`);
  return s;
};
const box = (s: FakeShapeState) => [s.props.left, s.props.top, s.props.width, s.props.height];

beforeAll(async () => {
  state = createWorkbookState({ sheets: [{ name: "Survey", rows: [["id"], [1]] }], selection: "Survey!A1" });
  syncs = (await applyPlan(createFakeExcel(state).run, shapesPlan(), fixtureRecipe)).syncs;
});

describe("Office.js shapes", () => {
  test("no extra round trip: 2 + one per sheet, as without shapes", () => {
    expect(syncs).toBe(2 + shapesPlan().sheets.length);
  });

  test("boxes: rounded rectangles at their frames from their cells, named, with centred text, bold for constructs, filled", () => {
    expect(shapesOf(MODEL).map((s) => s.props.name)).toEqual(["X", "Y", "Z", "X → Y", "X → Y (label)", "X → Z", "Y → Z", "Y → Z (label)", "Z → Y"]);
    const [x, y, z] = ["X", "Y", "Z"].map((n) => byName(MODEL, n));
    for (const b of [x, y, z]) expect([b.props.type, b.props.geometricShapeType]).toEqual(["GeometricShape", "RoundRectangle"]);
    expect(box(x)).toEqual([56.25, 15, 153, 45]); // at B2 (column A: 56.25 pt), 153 × 45 pt
    expect(box(y)).toEqual([56.25 + 108.75 + 3 * 48, 15, 96, 45]); // at F2
    expect(box(z)).toEqual([56.25, 5 * 15 + 33, 153, 45]); // at B7, below the 33 pt row 5
    expect([x.textFrame.text, y.textFrame.text, z.textFrame.text]).toEqual(["Imagen\nR² —", "Satisfacción 满意度\nR² 0.67", "Nota: β estandarizados"]);
    expect([x.textFrame.horizontalAlignment, x.textFrame.verticalAlignment]).toEqual(["Center", "Middle"]);
    expect([x.font.bold, z.font.bold, x.font.size]).toEqual([true, false, 10]);
    expect([x.fill.foregroundColor, z.fill.foregroundColor]).toEqual(["#DDEBF7", "#FFFFFF"]);
  });

  test("arrows: straight lines between the boxes' edges, attached to their sites, triangle at the end", () => {
    const ids = Object.fromEntries(["X", "Y", "Z"].map((n) => [n, byName(MODEL, n).id]));
    const line = (n: string) => byName(MODEL, n).line;
    for (const n of ["X → Y", "X → Z", "Y → Z", "Z → Y"]) {
      expect(byName(MODEL, n).props.type).toBe("Line");
      expect(line(n)?.props).toEqual({ connectorType: "Straight", beginArrowheadStyle: "None", endArrowheadStyle: "Triangle" });
    }
    // Sites: 0 top, 1 left, 2 bottom, 3 right. X's right edge is at 56.25 + 153 = 209.25 pt, Y's left at 309.
    expect(line("X → Y")).toMatchObject({
      from: { left: 209.25, top: 37.5 },
      to: { left: 309, top: 37.5 },
      begin: { shapeId: ids.X, site: 3 },
      end: { shapeId: ids.Y, site: 1 },
    });
    expect(line("X → Z")).toMatchObject({
      from: { left: 132.75, top: 60 },
      to: { left: 132.75, top: 108 },
      begin: { shapeId: ids.X, site: 2 },
      end: { shapeId: ids.Z, site: 0 },
    });
    expect(line("Y → Z")).toMatchObject({
      from: { left: 309, top: 37.5 },
      to: { left: 209.25, top: 130.5 },
      begin: { shapeId: ids.Y, site: 1 },
      end: { shapeId: ids.Z, site: 3 },
    });
    expect(line("Z → Y")).toMatchObject({ begin: { shapeId: ids.Z, site: 3 }, end: { shapeId: ids.Y, site: 1 } });
  });

  test("labels: 40 × 18 pt text boxes centred on the arrows' middles, with no outline", () => {
    const label = byName(MODEL, "X → Y (label)");
    expect(label.textFrame.text).toBe("0.54");
    expect(box(label)).toEqual([(209.25 + 309) / 2 - 20, 37.5 - 9, 40, 18]);
    expect([label.lineFormat.visible, label.font.size]).toEqual([false, 9]);
    expect(box(byName(MODEL, "Y → Z (label)")).slice(0, 2)).toEqual([259.125 - 20, 84 - 9]);
  });

  test("a sheet with charts gets its diagram too", () => {
    expect(findSheet(state, PRIORITY)?.charts.map((c) => c.props.name)).toEqual(["IPA", "Brechas"]);
    expect(shapesOf(PRIORITY).filter((s) => s.props.type === "Line")).toHaveLength(2);
    expect(byName(PRIORITY, "Imagen").textFrame.text).toBe("Imagen");
  });

  test("Refresh rewrites the sheets: the shapes are there once, none stale", async () => {
    const before = shapesOf(MODEL).map((s) => s.props.name);
    await applyPlan(createFakeExcel(state).run, shapesPlan(), fixtureRecipe);
    expect(shapesOf(MODEL).map((s) => s.props.name)).toEqual(before);
    expect(state.sheets.flatMap((s) => s.shapes)).toHaveLength(9 + 7);
  });

  test("a plan whose arrow names a missing box is refused before anything is written", async () => {
    const fresh = createWorkbookState({ sheets: [{ name: "Survey", rows: [["id"], [1]] }], selection: "Survey!A1" });
    const plan = shapesPlan();
    plan.sheets[2].shapes = [{ kind: "arrow", name: "bad", fromShape: "X", toShape: "Nobody" }];
    await expect(applyPlan(createFakeExcel(fresh).run, plan, fixtureRecipe)).rejects.toThrow("sheet 'Modelo', arrow 'bad': no box named 'X' on the sheet");
    expect(fresh.sheets.map((s) => s.name)).toEqual(["Survey"]);
    expect(fresh.syncCount).toBe(0);
  });
});
