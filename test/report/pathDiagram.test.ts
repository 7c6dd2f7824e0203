/**
 * diagramLayout / layoutPathDiagram: equal boxes, causes never right of their effects, no two boxes
 * overlapping, no arrow through a box nor a label on a box or label; compact; deterministic; bad
 * input refused naming the node or edge. The models are the ACSI and ECSI templates
 * (src/engine/pls/templates.ts: Fornell et al. 1996, Fig. 1; Tenenhaus et al. 2005, Fig. 1) and
 * seeded random recursive models. Whether an arrow crosses a box is checked here by sampling points
 * along it, not with the layout's own clipping.
 */
import { mulberry32 } from "../../src/engine/mulberry32";
import { plsTemplate, type PlsTemplateKey } from "../../src/engine/pls/templates";
import { arrowName, diagramLayout, layoutPathDiagram, type DiagramEdge, type DiagramLayout, type DiagramNode } from "../../src/report/pathDiagram";
import type { PlanArrow, PlanBox, PlanSheet } from "../../src/report/plan";
import { labelFrame, LABEL_SIZE_PT, shapeProblems, type Frame, type Point } from "../../src/report/shapes";

function templateDiagram(key: PlsTemplateKey): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const t = plsTemplate(key);
  if (!t) throw new Error(`no template ${key}`);
  return {
    nodes: t.constructs.map((c) => ({ name: c.construct, text: `${c.construct}\nR² 0.50` })),
    edges: t.constructs.flatMap((c) => c.antecedents.map((a, i) => ({ from: a, to: c.construct, label: (0.1 + i / 10).toFixed(2) }))),
  };
}

function randomModel(seed: number, most: number, p: number): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const r = mulberry32(seed);
  const n = 2 + Math.floor(r() * (most - 1));
  const nodes = Array.from({ length: n }, (_, i) => ({ name: `C${i}`, text: `Construct ${i}` }));
  const edges: DiagramEdge[] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (r() < p) edges.push({ from: `C${a}`, to: `C${b}`, label: r().toFixed(2) });
  return { nodes, edges };
}

const overlap = (a: Frame, b: Frame) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (q: Point, f: Frame) => q.x > f.x && q.x < f.x + f.w && q.y > f.y && q.y < f.y + f.h;
/** Whether the straight line p–q enters box f: 200 points along it. */
const crosses = (p: Point, q: Point, f: Frame) =>
  Array.from({ length: 199 }, (_, k) => (k + 1) / 200).some((t) => inside({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t }, f));

/** Every rule a drawn diagram must keep, as messages (none: it is readable). */
function defects(layout: DiagramLayout, edges: readonly DiagramEdge[], readable: boolean): string[] {
  const out: string[] = [];
  const frame = new Map(layout.boxes.map((b) => [b.node.name, b.frame]));
  const { boxes } = layout;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i].frame, boxes[j].frame)) out.push(`${boxes[i].node.name} overlaps ${boxes[j].node.name}`);
  for (const e of edges) {
    const [a, b] = [frame.get(e.from) as Frame, frame.get(e.to) as Frame];
    if (a.x > b.x) out.push(`${e.from} is right of its effect ${e.to}`);
  }
  if (!readable) return out;
  const labels = layout.arrows.map((a) => ({ name: arrowName(a.edge.from, a.edge.to), f: labelFrame(a.path, LABEL_SIZE_PT) }));
  for (const a of layout.arrows)
    for (const b of boxes)
      if (b.node.name !== a.edge.from && b.node.name !== a.edge.to && crosses(a.path.start, a.path.end, b.frame))
        out.push(`${arrowName(a.edge.from, a.edge.to)} runs through ${b.node.name}`);
  labels.forEach((l, i) => {
    for (const b of boxes) if (overlap(l.f, b.frame)) out.push(`the label of ${l.name} is on ${b.node.name}`);
    for (const m of labels.slice(i + 1)) if (overlap(l.f, m.f)) out.push(`the labels of ${l.name} and ${m.name} overlap`);
  });
  return out;
}

const columnsOf = (layout: DiagramLayout) => new Set(layout.boxes.map((b) => b.frame.x)).size;
const boxesOf = (shapes: ReturnType<typeof layoutPathDiagram>) => shapes.filter((s): s is PlanBox => s.kind === "box");
const sheetWith = (shapes: ReturnType<typeof layoutPathDiagram>): PlanSheet => ({
  key: "summary",
  name: "Model",
  blocks: [],
  tables: [],
  charts: [],
  conditionalFormats: [],
  shapes,
});

describe("diagramLayout", () => {
  test.each(["acsi", "ecsi"] as const)("%s: equal 108 × 46 pt boxes, readable, within its extent", (key) => {
    const { nodes, edges } = templateDiagram(key);
    const layout = diagramLayout(nodes, edges);
    expect(layout.boxes.map((b) => b.node)).toEqual(nodes);
    for (const { frame } of layout.boxes) {
      expect([frame.w, frame.h]).toEqual([108, 46]);
      expect(frame.x).toBeGreaterThanOrEqual(8);
      expect(frame.y).toBeGreaterThanOrEqual(8);
      expect(frame.x + frame.w).toBeLessThanOrEqual(layout.width - 8);
      expect(frame.y + frame.h).toBeLessThanOrEqual(layout.height - 8);
    }
    expect(defects(layout, edges, true)).toEqual([]);
    expect(layout.arrows.map((a) => a.edge)).toEqual(edges);
  });

  test("the ACSI chain stacks to fit beside the task pane: 4 columns, not its 6 layers of longest path; Satisfaction right of its causes", () => {
    const { nodes, edges } = templateDiagram("acsi");
    const layout = diagramLayout(nodes, edges);
    expect(columnsOf(layout)).toBe(4);
    expect(layout.width).toBe(8 + 4 * 108 + 3 * 72 + 8);
    const x = Object.fromEntries(layout.boxes.map((b) => [b.node.name, b.frame.x]));
    for (const cause of ["expectation", "quality", "value"]) expect(x[cause]).toBeLessThan(x.satisfaction);
    expect(x.loyalty).toBeGreaterThan(x.satisfaction);
  });

  test("the ECSI model fits beside the task pane: at most 4 columns (its longest path has 7)", () => {
    const { nodes, edges } = templateDiagram("ecsi");
    expect(columnsOf(diagramLayout(nodes, edges))).toBeLessThanOrEqual(4);
  });

  test("a chain of two: side by side, the arrow from the right edge's middle to the left edge's middle", () => {
    const layout = diagramLayout(
      [
        { name: "A", text: "A" },
        { name: "B", text: "B" },
      ],
      [{ from: "A", to: "B", label: "0.5" }],
    );
    const [a, b] = layout.boxes.map((x) => x.frame);
    expect(a.y).toBe(b.y);
    expect(b.x - (a.x + a.w)).toBeGreaterThanOrEqual(72);
    expect(layout.arrows[0].path).toMatchObject({ start: { x: a.x + a.w, y: a.y + a.h / 2 }, end: { x: b.x, y: b.y + b.h / 2 } });
  });

  test("random models of up to 8 constructs (dense: 40 % of the possible paths): readable", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { nodes, edges } = randomModel(seed, 8, 0.4);
      expect([seed, defects(diagramLayout(nodes, edges), edges, true)]).toEqual([seed, []]);
    }
  });

  test("random models of up to 12 constructs with a quarter of the possible paths: readable", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { nodes, edges } = randomModel(1000 + seed, 12, 0.25);
      expect([seed, defects(diagramLayout(nodes, edges), edges, true)]).toEqual([seed, []]);
    }
  });

  test("random models of up to 30 constructs: no box on another, causes left of effects, valid plan shapes, the same twice", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { nodes, edges } = randomModel(seed, 30, 0.15);
      const layout = diagramLayout(nodes, edges);
      expect([seed, defects(layout, edges, false)]).toEqual([seed, []]);
      const shapes = layoutPathDiagram(nodes, edges, "C3");
      expect(shapeProblems(sheetWith(shapes))).toEqual([]);
      expect(layoutPathDiagram(nodes, edges, "C3")).toEqual(shapes);
    }
  });

  test("plan shapes: a box per node at the origin cell with its frame, an arrow per edge", () => {
    const { nodes, edges } = templateDiagram("ecsi");
    const shapes = layoutPathDiagram(nodes, edges, "B5");
    const layout = diagramLayout(nodes, edges);
    expect(boxesOf(shapes)).toEqual(layout.boxes.map((b) => ({ kind: "box", name: b.node.name, text: b.node.text, at: "B5", frame: b.frame })));
    const arrows = shapes.filter((s): s is PlanArrow => s.kind === "arrow");
    expect(arrows).toEqual(edges.map((e) => ({ kind: "arrow", name: arrowName(e.from, e.to), fromShape: e.from, toShape: e.to, label: e.label })));
    expect(shapeProblems(sheetWith(shapes))).toEqual([]);
  });

  test("bad input is refused naming the node or edge", () => {
    const n = (name: string): DiagramNode => ({ name, text: name });
    expect(() => diagramLayout([n("A"), n("A")], [])).toThrow("node 'A' is given twice");
    expect(() => diagramLayout([n(" ")], [])).toThrow("a node has an empty name");
    expect(() => diagramLayout([n("A")], [{ from: "A", to: "B" }])).toThrow("edge 'A' → 'B' names no node 'B'");
    expect(() => diagramLayout([n("A")], [{ from: "A", to: "A" }])).toThrow("joins a node to itself");
    const twice = [
      { from: "A", to: "B" },
      { from: "A", to: "B" },
    ];
    expect(() => diagramLayout([n("A"), n("B")], twice)).toThrow("edge 'A' → 'B' is given twice");
    const circle = [
      { from: "A", to: "B" },
      { from: "B", to: "C" },
      { from: "C", to: "A" },
    ];
    expect(() => diagramLayout([n("A"), n("B"), n("C")], circle)).toThrow("the edges go round in a circle through 'A'");
    expect(() => diagramLayout([n("A")], [], { gapX: 0 })).toThrow("gapX must be a number > 0 (it is 0)");
    expect(() => diagramLayout([n("A")], [], { boxWidth: Number.NaN })).toThrow("boxWidth must be a number > 0");
    expect(() => layoutPathDiagram([n("A")], [], "nowhere")).toThrow("'nowhere' is not an A1 cell address");
    expect(diagramLayout([], [])).toEqual({ boxes: [], arrows: [], width: 0, height: 0 });
  });
});

describe("shapeProblems", () => {
  test("names each problem: repeated name, bad anchors, arrows to missing or the same box", () => {
    const sheet = sheetWith([
      { kind: "box", name: "A", text: "A", at: "B2", frame: { x: 0, y: 0, w: 100, h: 40 } },
      { kind: "box", name: "a", text: "dup", at: "E2", frame: { x: 0, y: 0, w: 100, h: 40 } },
      { kind: "box", name: "Wide", text: "x", at: "B2:C3", frame: { x: 0, y: 0, w: 100, h: 40 } },
      { kind: "box", name: "Back", text: "x", at: "D4", frame: { x: -5, y: 0, w: 100, h: 40 } },
      { kind: "box", name: "Flat", text: "x", at: "D4", frame: { x: 0, y: 0, w: 100, h: 0 } },
      { kind: "box", name: "Far", text: "x", at: "XFE1", frame: { x: 0, y: 0, w: 100, h: 40 } },
      { kind: "arrow", name: "A → Z", fromShape: "A", toShape: "Z" },
      { kind: "arrow", name: "loop", fromShape: "A", toShape: "A" },
    ]);
    expect(shapeProblems(sheet)).toEqual([
      "sheet 'Model', shape 'a': the name is used twice",
      "sheet 'Model', shape 'Wide', at: 'B2:C3' is not a single cell",
      "sheet 'Model', shape 'Back': the frame (-5, 0, 100 × 40 pt) needs a finite left and top ≥ 0 and a width and height > 0",
      "sheet 'Model', shape 'Flat': the frame (0, 0, 100 × 0 pt) needs a finite left and top ≥ 0 and a width and height > 0",
      "sheet 'Model', shape 'Far', at: 'XFE1' is not an A1 cell or range",
      "sheet 'Model', arrow 'A → Z': no box named 'Z' on the sheet",
      "sheet 'Model', arrow 'loop': starts and ends at the same box",
    ]);
  });
});
