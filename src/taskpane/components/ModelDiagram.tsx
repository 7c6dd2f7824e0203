/**
 * The model preview's drawing: the path diagram of the chosen template as the Model sheet lays it
 * out (report/pathDiagram.ts), turned a quarter so that causes are above their effects and the
 * drawing fits the pane's width. Transposing keeps what the layout ensures (no arrow through a box).
 * Decorative for assistive technology: the list beside it says the same in words.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { diagramLayout, type DiagramEdge, type DiagramNode } from "../../report/pathDiagram";
import type { Frame, Point } from "../../report/shapes";

// Box and gaps in the layout's own axes (before the quarter turn): a box is 34 tall and 96 wide on screen.
const LAYOUT = { boxWidth: 34, boxHeight: 96, gapX: 26, gapY: 10 };
/** Characters on a line of a box (a longer name wraps at a space; two lines at most, then an ellipsis). */
const LINE_CHARS = 14;

const useStyles = makeStyles({
  diagram: { display: "block", width: "100%", height: "auto", maxWidth: "360px" },
  box: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: "1px" },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  arrow: { stroke: tokens.colorNeutralForeground2, strokeWidth: "1.25px" },
  head: { fill: tokens.colorNeutralForeground2 },
});

/** A name on at most two lines of LINE_CHARS characters, broken at spaces. */
export function boxLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= LINE_CHARS) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  return [
    lines[0],
    `${lines
      .slice(1)
      .join(" ")
      .slice(0, LINE_CHARS - 1)}…`,
  ];
}

const turn = (p: Point): Point => ({ x: p.y, y: p.x });
const turnFrame = (f: Frame): Frame => ({ x: f.y, y: f.x, w: f.h, h: f.w });

export interface ModelDiagramProps {
  nodes: readonly DiagramNode[];
  edges: readonly DiagramEdge[];
}

export function ModelDiagram({ nodes, edges }: ModelDiagramProps) {
  const styles = useStyles();
  const marker = `cs-model-arrow-${useId().replace(/:/g, "")}`;
  const layout = useMemo(() => diagramLayout(nodes, edges, LAYOUT), [nodes, edges]);
  if (layout.boxes.length === 0) return null;
  return (
    <svg className={styles.diagram} viewBox={`0 0 ${layout.height} ${layout.width}`} aria-hidden="true" focusable="false" data-testid="cs-model-diagram">
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className={styles.head} />
        </marker>
      </defs>
      {layout.arrows.map(({ edge, path }) => {
        const [a, b] = [turn(path.start), turn(path.end)];
        return <line key={`${edge.from}→${edge.to}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={styles.arrow} markerEnd={`url(#${marker})`} />;
      })}
      {layout.boxes.map(({ node, frame }) => {
        const f = turnFrame(frame);
        const lines = boxLines(node.text);
        const cx = f.x + f.w / 2;
        const top = f.y + f.h / 2 - ((lines.length - 1) * 13) / 2;
        return (
          <g key={node.name}>
            <rect x={f.x} y={f.y} width={f.w} height={f.h} rx={5} className={styles.box} />
            <text className={styles.text} textAnchor="middle" dominantBaseline="central">
              {lines.map((line, i) => (
                <tspan key={i} x={cx} y={top + i * 13}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
