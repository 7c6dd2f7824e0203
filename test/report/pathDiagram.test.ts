/**
 * layoutPathDiagram: boxes in columns by layer (exogenous left), spread without overlaps, arrows per
 * edge; deterministic; bad input is refused naming the node or edge. The models are the ECSI
 * customer-satisfaction model of Tenenhaus, Esposito Vinzi, Chatelin & Lauro (2005), "PLS path
 * modeling", Computational Statistics & Data Analysis 48, Fig. 6 (7 constructs, 13 paths), and
 * seeded random layered graphs.
 */
import { mulberry32 } from "../../src/engine/mulberry32";
import { parseRect, type Rect } from "../../src/report/a1";
import { arrowName, layoutPathDiagram, type DiagramEdge, type DiagramNode } from "../../src/report/pathDiagram";
import type { PlanArrow, PlanBox, PlanSheet } from "../../src/report/plan";
import { shapeProblems } from "../../src/report/shapes";

// ECSI: image → expectation → quality → value → satisfaction → complaints → loyalty, layered by longest path.
const ECSI_NODES: DiagramNode[] = [
  { name: "Image", text: "Image", layer: 0 },
  { name: "Expectation", text: "Customer expectation\nR² 0.27", layer: 1 },
  { name: "Quality", text: "Perceived quality\nR² 0.31", layer: 2 },
  { name: "Value", text: "Perceived value\nR² 0.34", layer: 3 },
  { name: "Satisfaction", text: "Satisfaction\nR² 0.67", layer: 4 },
  { name: "Complaints", text: "Complaints\nR² 0.29", layer: 5 },
  { name: "Loyalty", text: "Loyalty\nR² 0.46", layer: 6 },
];
const ECSI_EDGES: DiagramEdge[] = [
  ["Image", "Expectation"],
  ["Image", "Satisfaction"],
  ["Image", "Loyalty"],
  ["Expectation", "Quality"],
  ["Expectation", "Value"],
  ["Expectation", "Satisfaction"],
  ["Quality", "Value"],
  ["Quality", "Satisfaction"],
  ["Value", "Satisfaction"],
  ["Satisfaction", "Complaints"],
  ["Satisfaction", "Loyalty"],
  ["Complaints", "Loyalty"],
].map(([from, to], i) => ({ from, to, label: (0.1 + i / 20).toFixed(2) }));

function randomModel(seed: number): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const r = mulberry32(seed);
  const n = 2 + Math.floor(r() * 12);
  const nodes = Array.from({ length: n }, (_, i) => ({ name: `C${i}`, text: `Construct ${i}`, layer: Math.floor(r() * 4) }));
  const edges: DiagramEdge[] = [];
  for (const a of nodes) for (const b of nodes) if (a.layer < b.layer && r() < 0.4) edges.push({ from: a.name, to: b.name, label: r().toFixed(2) });
  return { nodes, edges };
}

const boxesOf = (shapes: ReturnType<typeof layoutPathDiagram>) => shapes.filter((s): s is PlanBox => s.kind === "box");
const rect = (b: PlanBox): Rect => parseRect(`${b.from}:${b.to}`);
const overlap = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const sheetWith = (shapes: ReturnType<typeof layoutPathDiagram>): PlanSheet => ({
  key: "summary",
  name: "Model",
  blocks: [],
  tables: [],
  charts: [],
  conditionalFormats: [],
  shapes,
});

describe("layoutPathDiagram", () => {
  test("ECSI: one 2×3 box per construct, one column per layer left to right from the origin, 2 columns apart", () => {
    const shapes = layoutPathDiagram(ECSI_NODES, ECSI_EDGES, "B5");
    const boxes = boxesOf(shapes);
    expect(boxes.map((b) => b.name)).toEqual(ECSI_NODES.map((n) => n.name));
    boxes.forEach((b, i) => {
      const r = rect(b);
      expect([r.right - r.left + 1, r.bottom - r.top + 1]).toEqual([2, 3]);
      expect(r.left).toBe(2 + 4 * ECSI_NODES[i].layer); // column B, then every 2 + 2 columns
      expect(r.top).toBe(5); // one box per layer: all centred on the tallest layer (itself)
      expect(b.text).toBe(ECSI_NODES[i].text);
    });
    const arrows = shapes.filter((s): s is PlanArrow => s.kind === "arrow");
    expect(arrows).toEqual(ECSI_EDGES.map((e) => ({ kind: "arrow", name: arrowName(e.from, e.to), fromShape: e.from, toShape: e.to, label: e.label })));
    expect(shapeProblems(sheetWith(shapes))).toEqual([]);
  });

  test("three exogenous constructs spread over the height; a lone outcome centred; the middle layer spread top to bottom", () => {
    const nodes: DiagramNode[] = [
      ...["A", "B", "C"].map((name) => ({ name, text: name, layer: 0 })),
      ...["M1", "M2"].map((name) => ({ name, text: name, layer: 1 })),
      { name: "Y", text: "Y", layer: 2 },
    ];
    const edges = [
      { from: "A", to: "M1" },
      { from: "B", to: "M1" },
      { from: "C", to: "M2" },
      { from: "M1", to: "Y" },
      { from: "M2", to: "Y" },
    ];
    const tops = Object.fromEntries(boxesOf(layoutPathDiagram(nodes, edges, "A1")).map((b) => [b.name, rect(b).top]));
    // Height of the tallest layer: 3 boxes × 3 rows + 2 gaps = 11 rows (rows 1–11).
    expect(tops).toEqual({ A: 1, B: 5, C: 9, M1: 1, M2: 9, Y: 5 });
  });

  test("a box is ordered by the mean position of the boxes pointing at it (no crossing for A→Y, B→X)", () => {
    const nodes = ["A", "B", "X", "Y"].map((name, i) => ({ name, text: name, layer: i < 2 ? 0 : 1 }));
    const boxes = boxesOf(
      layoutPathDiagram(
        nodes,
        [
          { from: "A", to: "Y" },
          { from: "B", to: "X" },
        ],
        "A1",
      ),
    );
    const top = (n: string) => rect(boxes.find((b) => b.name === n) as PlanBox).top;
    expect(top("Y")).toBeLessThan(top("X"));
    expect(top("A")).toBeLessThan(top("B"));
  });

  test("random layered models: no two boxes overlap, layers strictly left to right, valid shapes, same output twice", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { nodes, edges } = randomModel(seed);
      const opts = { boxCols: 1 + (seed % 3), boxRows: 1 + (seed % 4), gapCols: 1 + (seed % 2), gapRows: seed % 3 };
      const shapes = layoutPathDiagram(nodes, edges, "C3", opts);
      const boxes = boxesOf(shapes);
      expect(boxes).toHaveLength(nodes.length);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(rect(boxes[i]), rect(boxes[j]))).toBe(false);
      const layer = new Map(nodes.map((n) => [n.name, n.layer]));
      for (const a of boxes) {
        for (const b of boxes) {
          if ((layer.get(a.name) as number) < (layer.get(b.name) as number)) expect(rect(a).right).toBeLessThan(rect(b).left);
          if (layer.get(a.name) === layer.get(b.name)) expect(rect(a).left).toBe(rect(b).left);
        }
        expect(rect(a).top).toBeGreaterThanOrEqual(3);
      }
      expect(shapeProblems(sheetWith(shapes))).toEqual([]);
      expect(layoutPathDiagram(nodes, edges, "C3", opts)).toEqual(shapes);
    }
  });

  test("bad input is refused naming the node or edge", () => {
    const n = (name: string, layer = 0): DiagramNode => ({ name, text: name, layer });
    expect(() => layoutPathDiagram([n("A"), n("A")], [], "A1")).toThrow("node 'A' is given twice");
    expect(() => layoutPathDiagram([n("A", 1.5)], [], "A1")).toThrow("the layer of node 'A' must be a whole number ≥ 0 (it is 1.5)");
    expect(() => layoutPathDiagram([n("A", -1)], [], "A1")).toThrow("the layer of node 'A'");
    expect(() => layoutPathDiagram([n(" ")], [], "A1")).toThrow("a node has an empty name");
    expect(() => layoutPathDiagram([n("A")], [{ from: "A", to: "B" }], "A1")).toThrow("edge 'A' → 'B' names no node 'B'");
    expect(() => layoutPathDiagram([n("A")], [{ from: "A", to: "A" }], "A1")).toThrow("joins a node to itself");
    const twice = [
      { from: "A", to: "B" },
      { from: "A", to: "B" },
    ];
    expect(() => layoutPathDiagram([n("A"), n("B", 1)], twice, "A1")).toThrow("edge 'A' → 'B' is given twice");
    expect(() => layoutPathDiagram([n("A")], [], "A1", { gapCols: 0 })).toThrow("gapCols must be a whole number ≥ 1");
    expect(() => layoutPathDiagram([n("A")], [], "nowhere")).toThrow("'nowhere' is not an A1 cell address");
    expect(layoutPathDiagram([], [], "A1")).toEqual([]);
  });
});

describe("shapeProblems", () => {
  test("names each problem: repeated name, bad anchors, arrows to missing or the same box", () => {
    const sheet = sheetWith([
      { kind: "box", name: "A", text: "A", from: "B2", to: "C4" },
      { kind: "box", name: "a", text: "dup", from: "E2", to: "F4" },
      { kind: "box", name: "Wide", text: "x", from: "B2:C3", to: "D4" },
      { kind: "box", name: "Back", text: "x", from: "D4", to: "B2" },
      { kind: "box", name: "Far", text: "x", from: "A1", to: "XFE1" },
      { kind: "arrow", name: "A → Z", fromShape: "A", toShape: "Z" },
      { kind: "arrow", name: "loop", fromShape: "A", toShape: "A" },
    ]);
    expect(shapeProblems(sheet)).toEqual([
      "sheet 'Model', shape 'a': the name is used twice",
      "sheet 'Model', shape 'Wide', from: 'B2:C3' is not a single cell",
      "sheet 'Model', shape 'Back': 'to' B2 is above or left of 'from' D4",
      "sheet 'Model', shape 'Far', to: 'XFE1' is not an A1 cell or range",
      "sheet 'Model', arrow 'A → Z': no box named 'Z' on the sheet",
      "sheet 'Model', arrow 'loop': starts and ends at the same box",
    ]);
  });
});
