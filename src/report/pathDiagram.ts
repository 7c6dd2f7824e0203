/**
 * Layout of a path diagram (the Model sheet's PLS inner model, and its preview in the task pane):
 * equal boxes in columns, causes left of their effects, an arrow per edge. Pure and deterministic.
 *
 * Geometry is in points from the diagram's top-left corner, so the boxes are the same size in Excel
 * and in the .xlsx whatever the sheet's column widths. The boxes start in the columns of the longest
 * path (each construct one column right of its furthest antecedent) and then move, one at a time, to
 * wherever the drawing reads best: an arrow never runs through a box nor a label over a box or label
 * (what a reader cannot undo), then few crossings, a width that fits the screen (a chain of causes
 * may stack in one column, its arrow vertical, as the ACSI figure draws them) and short arrows.
 */
import { requireCell } from "./a1";
import type { PlanArrow, PlanBox, PlanShape, PlanShapeStyle } from "./plan";
import { arrowPath, labelFrame, LABEL_SIZE_PT, type ArrowPath, type Frame, type Point } from "./shapes";

export interface DiagramNode {
  /** Unique name (becomes the box's shape name). */
  name: string;
  /** Text shown in the box (e.g. "Satisfaction\nR² 0.54"). */
  text: string;
  style?: PlanShapeStyle;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** Text at the arrow's middle (e.g. the path coefficient "0.54"). */
  label?: string;
}

export interface DiagramOptions {
  /** Box size in points (default 108 × 46: three lines of 10 pt text). */
  boxWidth?: number;
  boxHeight?: number;
  /** Least space between columns (default 72: room for a label and the arrow either side) and between boxes of a column (default 34), in points. */
  gapX?: number;
  gapY?: number;
}

export interface DiagramLayout {
  /** Each node's box, in the nodes' order, in points from the diagram's top-left corner. */
  boxes: { node: DiagramNode; frame: Frame }[];
  /** The arrows as both back ends draw them (arrowPath between the boxes). */
  arrows: { edge: DiagramEdge; path: ArrowPath }[];
  /** The diagram's extent in points, margins included. */
  width: number;
  height: number;
}

/** The arrow's shape name for an edge. */
export const arrowName = (from: string, to: string): string => `${from} → ${to}`;

/** Space around the boxes, in points. */
const MARGIN = 8;
/** A search is only worth its time on a model a reader can take in; larger ones keep the longest-path layout. */
const SEARCH_MAX_NODES = 16;
/** Cost evaluations times their size (edges × (edges + boxes)): bounds the search to some tens of milliseconds. */
const SEARCH_WORK = 1_500_000;

// What a drawing costs: an arrow through a box, a label on a box or on another label (unreadable),
// an arrow under a label, a crossing, a column and each column beyond FITS_COLUMNS, a vertical
// arrow, the height, an arrow's slope. A vertical arrow costs more than a column saves: boxes stack
// only to keep the diagram within FITS_COLUMNS.
const COST = {
  throughBox: 1000,
  labelOnBox: 300,
  labelOnLabel: 300,
  arrowUnderLabel: 25,
  crossing: 30,
  column: 20,
  wideColumn: 100,
  vertical: 30,
  height: 4,
  slope: 2,
};
/** Four columns (664 pt, about 885 px at 100 %) fit beside the task pane on a 1366-pixel-wide screen; five do not. */
const FITS_COLUMNS = 4;

const positive = (v: number, what: string): number => {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`path diagram: ${what} must be a number > 0 (it is ${v})`);
  return v;
};

const overlaps = (a: Frame, b: Frame): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inflate = (f: Frame, by: number): Frame => ({ x: f.x - by, y: f.y - by, w: f.w + 2 * by, h: f.h + 2 * by });

/** Whether segment p–q passes through rectangle f (Liang–Barsky clipping). */
function segmentHits(p: Point, q: Point, f: Frame): boolean {
  let t0 = 0,
    t1 = 1;
  const dx = q.x - p.x,
    dy = q.y - p.y;
  const sides: [number, number][] = [
    [-dx, p.x - f.x],
    [dx, f.x + f.w - p.x],
    [-dy, p.y - f.y],
    [dy, f.y + f.h - p.y],
  ];
  for (const [a, b] of sides) {
    if (a === 0) {
      if (b < 0) return false;
    } else {
      const t = b / a;
      if (a < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
/** Whether segments a–b and c–d cross at a point inside both. */
const segmentsCross = (a: Point, b: Point, c: Point, d: Point): boolean => cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;

function checked(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const n of nodes) {
    if (n.name.trim() === "") throw new Error("path diagram: a node has an empty name");
    if (index.has(n.name)) throw new Error(`path diagram: node '${n.name}' is given twice`);
    index.set(n.name, index.size);
  }
  const seen = new Set<string>();
  for (const e of edges) {
    const what = `path diagram: edge '${e.from}' → '${e.to}'`;
    for (const end of [e.from, e.to]) if (!index.has(end)) throw new Error(`${what} names no node '${end}'`);
    if (e.from === e.to) throw new Error(`${what} joins a node to itself`);
    if (seen.has(arrowName(e.from, e.to))) throw new Error(`${what} is given twice`);
    seen.add(arrowName(e.from, e.to));
  }
  return index;
}

/** Each node's column on the longest path from a node without antecedents; throws on a cycle. */
function longestPathColumns(n: number, from: number[], to: number[], names: readonly string[]): number[] {
  const depth = new Array<number>(n).fill(-1);
  const state = new Array<number>(n).fill(0); // 0 new, 1 on the stack, 2 done
  const preds = Array.from({ length: n }, () => [] as number[]);
  from.forEach((f, i) => preds[to[i]].push(f));
  const visit = (v: number): number => {
    if (state[v] === 2) return depth[v];
    if (state[v] === 1) throw new Error(`path diagram: the edges go round in a circle through '${names[v]}'`);
    state[v] = 1;
    depth[v] = preds[v].reduce((m, u) => Math.max(m, visit(u) + 1), 0);
    state[v] = 2;
    return depth[v];
  };
  for (let v = 0; v < n; v++) visit(v);
  return depth;
}

/**
 * The boxes and arrows of `nodes` and `edges`, in points. Throws an Error naming the node or edge
 * when a name is repeated or empty, an edge names a missing node, joins a node to itself, is given
 * twice or the edges go round in a circle (a path model is recursive).
 */
export function diagramLayout(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], opts: DiagramOptions = {}): DiagramLayout {
  const W = positive(opts.boxWidth ?? 108, "boxWidth");
  const H = positive(opts.boxHeight ?? 46, "boxHeight");
  const GX = positive(opts.gapX ?? 72, "gapX");
  const GY = positive(opts.gapY ?? 34, "gapY");
  const index = checked(nodes, edges);
  const n = nodes.length;
  if (n === 0) return { boxes: [], arrows: [], width: 0, height: 0 };
  const from = edges.map((e) => index.get(e.from) as number);
  const to = edges.map((e) => index.get(e.to) as number);
  const col = longestPathColumns(
    n,
    from,
    to,
    nodes.map((v) => v.name),
  );
  const columns = Math.max(...col) + 1;

  // Rows in half-box steps (a lone box can sit between two others); boxes of a column ≥ 2 steps apart.
  const step = (H + GY) / 2;
  const slot = new Array<number>(n).fill(0);
  const byColumn = Array.from({ length: columns }, (_, c) => nodes.map((_, v) => v).filter((v) => col[v] === c));
  const tallest = Math.max(...byColumn.map((m) => m.length));
  for (const members of byColumn) {
    // Ordered by the mean row of their antecedents (fewer crossings), ties by input order; centred.
    const key = (v: number): number => {
      const rows = from.flatMap((u, i) => (to[i] === v && col[u] < col[v] ? [slot[u]] : []));
      return rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : members.indexOf(v);
    };
    const keys = new Map(members.map((v) => [v, key(v)]));
    [...members].sort((a, b) => (keys.get(a) as number) - (keys.get(b) as number) || a - b).forEach((v, i) => (slot[v] = tallest - members.length + 2 * i));
  }

  const frames = (): Frame[] => {
    const used = [...new Set(col)].sort((a, b) => a - b);
    const at = new Map(used.map((c, i) => [c, i]));
    const top = Math.min(...slot);
    return col.map((c, v) => ({ x: MARGIN + (at.get(c) as number) * (W + GX), y: MARGIN + (slot[v] - top) * step, w: W, h: H }));
  };

  const cost = (): number => {
    const f = frames();
    const used = new Set(col).size;
    let total = used * COST.column + Math.max(0, used - FITS_COLUMNS) * COST.wideColumn + (Math.max(...slot) - Math.min(...slot)) * COST.height;
    const clear = f.map((b) => inflate(b, 3)); // an arrow or label this close to a box touches it
    const paths = edges.map((_, i) => arrowPath(f[from[i]], f[to[i]]));
    const labels = edges.map((e, i) => (e.label ? labelFrame(paths[i], LABEL_SIZE_PT) : undefined));
    for (let i = 0; i < edges.length; i++) {
      const { start, end } = paths[i];
      if (col[from[i]] === col[to[i]]) total += COST.vertical;
      total += (Math.abs(start.y - end.y) / step) * COST.slope;
      for (let w = 0; w < n; w++) if (w !== from[i] && w !== to[i] && segmentHits(start, end, clear[w])) total += COST.throughBox;
      const label = labels[i];
      if (label) for (let w = 0; w < n; w++) if (overlaps(label, clear[w])) total += COST.labelOnBox;
      for (let j = i + 1; j < edges.length; j++) {
        const other = labels[j];
        if (label && other && overlaps(label, other)) total += COST.labelOnLabel;
        if (other && segmentHits(start, end, other)) total += COST.arrowUnderLabel;
        if (label && segmentHits(paths[j].start, paths[j].end, label)) total += COST.arrowUnderLabel;
        const shared = from[i] === from[j] || from[i] === to[j] || to[i] === from[j] || to[i] === to[j];
        if (!shared && segmentsCross(start, end, paths[j].start, paths[j].end)) total += COST.crossing;
      }
    }
    return total;
  };

  if (n <= SEARCH_MAX_NODES) {
    // Sweeps over the boxes: each moves to its best place (a column between its causes' and its
    // effects', a free row) when that helps, until a sweep moves none or the work budget is spent.
    const slots = 2 * Math.min(n, tallest + 3) - 1; // room above and below the tallest column
    let evaluations = SEARCH_WORK / (edges.length * (edges.length + n) + n);
    let best = cost();
    for (let moved = true; moved && evaluations > 0;) {
      moved = false;
      for (let v = 0; v < n && evaluations > 0; v++) {
        const lo = Math.max(0, ...from.flatMap((u, i) => (to[i] === v ? [col[u]] : [])));
        const hi = Math.min(columns - 1, ...to.flatMap((w, i) => (from[i] === v ? [col[w]] : [])));
        let place: [number, number] = [col[v], slot[v]];
        for (let c = lo; c <= hi; c++) {
          for (let s = 0; s < slots; s++) {
            if (col.some((cw, w) => w !== v && cw === c && Math.abs(slot[w] - s) < 2)) continue;
            col[v] = c;
            slot[v] = s;
            const value = cost();
            evaluations--;
            if (value < best - 1e-9) [best, place, moved] = [value, [c, s], true];
          }
        }
        [col[v], slot[v]] = place;
      }
    }
  }

  const f = frames();
  return {
    boxes: nodes.map((node, v) => ({ node, frame: f[v] })),
    arrows: edges.map((edge, i) => ({ edge, path: arrowPath(f[from[i]], f[to[i]]) })),
    width: Math.max(...f.map((b) => b.x + b.w)) + MARGIN,
    height: Math.max(...f.map((b) => b.y + b.h)) + MARGIN,
  };
}

/** The layout as plan shapes, its top-left corner at the top-left corner of cell `origin`: boxes, then an arrow per edge. */
export function diagramShapes(layout: DiagramLayout, origin: string): PlanShape[] {
  requireCell(origin);
  const boxes: PlanBox[] = layout.boxes.map(({ node, frame }) => ({
    kind: "box",
    name: node.name,
    text: node.text,
    at: origin,
    frame,
    ...(node.style ? { style: node.style } : {}),
  }));
  const arrows: PlanArrow[] = layout.arrows.map(({ edge: e }) => ({
    kind: "arrow",
    name: arrowName(e.from, e.to),
    fromShape: e.from,
    toShape: e.to,
    ...(e.label !== undefined ? { label: e.label } : {}),
  }));
  return [...boxes, ...arrows];
}

/** diagramLayout as plan shapes at cell `origin` (which must be an A1 cell). */
export const layoutPathDiagram = (nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], origin: string, opts: DiagramOptions = {}): PlanShape[] =>
  diagramShapes(diagramLayout(nodes, edges, opts), origin);
