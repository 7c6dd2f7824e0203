/**
 * Layout of a path diagram (the Model sheet's PLS inner model) as plan shapes: one column of boxes
 * per layer, exogenous constructs (layer 0) left, outcomes right; an arrow per edge. Pure and
 * deterministic: the same nodes and edges always give the same shapes.
 */
import { cellAddress, requireCell } from "./a1";
import type { PlanArrow, PlanBox, PlanShape, PlanShapeStyle } from "./plan";

export interface DiagramNode {
  /** Unique name (becomes the box's shape name). */
  name: string;
  /** Text shown in the box (e.g. "Satisfaction\nR² 0.54"). */
  text: string;
  /** 0 = exogenous; higher layers are drawn further right. Whole number ≥ 0. */
  layer: number;
  style?: PlanShapeStyle;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** Text at the arrow's middle (e.g. the path coefficient "0.54"). */
  label?: string;
}

export interface DiagramOptions {
  /** Columns and rows one box covers (default 2 × 3). */
  boxCols?: number;
  boxRows?: number;
  /** Empty columns between layers (default 2: room for the arrow and its label) and least empty rows between boxes (default 1). */
  gapCols?: number;
  gapRows?: number;
}

/** The arrow's shape name for an edge. */
export const arrowName = (from: string, to: string): string => `${from} → ${to}`;

const whole = (v: number, min: number, what: string): number => {
  if (!Number.isInteger(v) || v < min) throw new Error(`path diagram: ${what} must be a whole number ≥ ${min} (it is ${v})`);
  return v;
};

/**
 * Boxes and arrows for `nodes` and `edges`, the diagram's top-left at cell `origin`. Layers keep
 * their order but empty layers take no column. Within a layer the boxes are ordered by the mean
 * position of the boxes pointing at them (fewer crossings), ties by input order, and spread over
 * the height of the fullest layer (top to bottom, a lone box centred). Boxes never overlap: in a
 * layer they are at least `gapRows` apart, layers `gapCols` apart.
 * Throws an Error naming the node or edge when a name is repeated or empty, a layer is not a whole
 * number ≥ 0, an edge names a missing node, joins a node to itself or is given twice.
 */
export function layoutPathDiagram(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], origin: string, opts: DiagramOptions = {}): PlanShape[] {
  const boxCols = whole(opts.boxCols ?? 2, 1, "boxCols");
  const boxRows = whole(opts.boxRows ?? 3, 1, "boxRows");
  const gapCols = whole(opts.gapCols ?? 2, 1, "gapCols");
  const gapRows = whole(opts.gapRows ?? 1, 0, "gapRows");
  const at = requireCell(origin);

  const byName = new Map<string, DiagramNode>();
  for (const n of nodes) {
    if (n.name.trim() === "") throw new Error("path diagram: a node has an empty name");
    if (byName.has(n.name)) throw new Error(`path diagram: node '${n.name}' is given twice`);
    whole(n.layer, 0, `the layer of node '${n.name}'`);
    byName.set(n.name, n);
  }
  const seen = new Set<string>();
  for (const e of edges) {
    const what = `path diagram: edge '${e.from}' → '${e.to}'`;
    for (const end of [e.from, e.to]) if (!byName.has(end)) throw new Error(`${what} names no node '${end}'`);
    if (e.from === e.to) throw new Error(`${what} joins a node to itself`);
    if (seen.has(arrowName(e.from, e.to))) throw new Error(`${what} is given twice`);
    seen.add(arrowName(e.from, e.to));
  }

  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const members = layers.map((l) => nodes.filter((n) => n.layer === l));
  const tallest = Math.max(0, ...members.map((m) => m.length));
  const height = tallest * boxRows + Math.max(0, tallest - 1) * gapRows;
  /** Top row offset of the i-th of n boxes in a layer. */
  const slotTop = (i: number, n: number): number => (n === 1 ? Math.floor((height - boxRows) / 2) : Math.round((i * (height - boxRows)) / (n - 1)));

  const centre = new Map<string, number>(); // row offset of each placed box's middle
  const boxes: PlanBox[] = [];
  members.forEach((layer, k) => {
    const key = (n: DiagramNode, i: number): number => {
      const from = edges.filter((e) => e.to === n.name && centre.has(e.from)).map((e) => centre.get(e.from) as number);
      return from.length ? from.reduce((s, v) => s + v, 0) / from.length : slotTop(i, layer.length) + boxRows / 2;
    };
    const ordered = layer
      .map((n, i) => ({ n, i, key: key(n, i) }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map((o) => o.n);
    ordered.forEach((n, i) => {
      const top = at.row + slotTop(i, ordered.length);
      const left = at.column + k * (boxCols + gapCols);
      centre.set(n.name, top - at.row + boxRows / 2);
      boxes.push({
        kind: "box",
        name: n.name,
        text: n.text,
        from: cellAddress(top, left),
        to: cellAddress(top + boxRows - 1, left + boxCols - 1),
        ...(n.style ? { style: n.style } : {}),
      });
    });
  });
  const arrows: PlanArrow[] = edges.map((e) => ({
    kind: "arrow",
    name: arrowName(e.from, e.to),
    fromShape: e.from,
    toShape: e.to,
    ...(e.label !== undefined ? { label: e.label } : {}),
  }));
  return [...boxes, ...arrows];
}
