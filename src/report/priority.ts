/**
 * Priority sheet (the SWOT-style sheet of DESIGN §4.4): per rated attribute importance and
 * performance (values), quadrant, gap, Kano category, competitor, priority score and rank, the
 * crosshairs, a 2×2 Strengths/Weaknesses/Opportunities/Threats grid with its rules, and the
 * importance–performance scatter (x = performance, y = importance, Martilla & James 1977) whose
 * axes cross at the crosshairs.
 *
 * Formulas: crosshair = AVERAGE or MEDIAN of the column (a value for "midpoint" or a number);
 * quadrant = IF(I ≥ I*, IF(P ≥ P*, keep, concentrate), IF(P ≥ P*, overkill, low));
 * score = (I/SUM(I))·(max − P)/(max − min) (MAX(I,0)/SUMIF(I,">0") when some derived importance
 * is negative); rank = #(higher score) + #(equal score, better Kano tie order) + #(equal both, at
 * or above this row) via SUMPRODUCT — the engine's priorityRanks (ties M > O > A > I, then order).
 * The grid lists are values (as classified at build time; stated on the sheet). Rows are in rank
 * order (rank 1 first).
 */
import { cellAddress, formulaNumber, formulaText } from "./a1";
import { format, formatNumber } from "../i18n/report";
import type { KanoCategory } from "../engine/kano";
import { kanoTieOrder, type Analysis, type PriorityRow } from "./analysis";
import { kanoImportanceOf } from "./kanoImportance";
import { FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import { PALETTE } from "./theme";

type Column = "attribute" | "importance" | "performance" | "quadrant" | "gap" | "kano" | "competitor" | "score" | "tieBreak" | "rank";

/** Axis bounds around the values and the crosshair, padded by 10% and rounded to 0.1. */
function axisBounds(values: readonly number[], cross: number): { min: number; max: number } {
  let lo = Math.min(cross, ...values);
  let hi = Math.max(cross, ...values);
  const pad = hi > lo ? (hi - lo) * 0.1 : 0.5;
  lo = Math.floor((lo - pad) * 10) / 10;
  hi = Math.ceil((hi + pad) * 10) / 10;
  return { min: lo, max: hi };
}

/**
 * Where the IPA chart names its quadrants: one point per quadrant near that quadrant's outer corner
 * (inset 5% of the axis range, at most halfway to the crosshair), labels pointing inwards (left-hand
 * quadrants label to the right of the point, right-hand ones to the left).
 */
export function quadrantLabelPoints(
  x: { min: number; max: number },
  y: { min: number; max: number },
  cross: { performance: number; importance: number },
): { quadrant: "concentrate" | "keep" | "low" | "overkill"; x: number; y: number; position: "left" | "right" }[] {
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const dx = (x.max - x.min) * 0.05;
  const dy = (y.max - y.min) * 0.05;
  const left = round(Math.min(x.min + dx, (x.min + cross.performance) / 2));
  const right = round(Math.max(x.max - dx, (x.max + cross.performance) / 2));
  const top = round(Math.max(y.max - dy, (y.max + cross.importance) / 2));
  const bottom = round(Math.min(y.min + dy, (y.min + cross.importance) / 2));
  return [
    { quadrant: "concentrate", x: left, y: top, position: "right" },
    { quadrant: "keep", x: right, y: top, position: "left" },
    { quadrant: "low", x: left, y: bottom, position: "right" },
    { quadrant: "overkill", x: right, y: bottom, position: "left" },
  ];
}

/**
 * The SWOT lists (attribute names). Opportunities: the A/O features performing below the crosshair
 * in rank order, then the unrated A/O Kano features; when some attractive (A) feature among them
 * has self-stated importance (kanoImportance.ts), the A features come first, most important first
 * (those without it after them, as before), then the O features as before — `byImportance` says so.
 */
export function swotLists(a: Analysis): { strengths: string[]; weaknesses: string[]; opportunities: string[]; threats: string[]; byImportance: boolean } {
  const p = a.priority!;
  const attrs = a.stats.attributes;
  const byRank = [...p.rows].sort((x, y) => x.rank - y.rank);
  const name = (r: PriorityRow): string => attrs[r.attribute].name;
  const low = (r: PriorityRow): boolean => r.performance < p.crosshair.performance;
  const rated = new Set(p.rows.map((r) => r.attribute));
  const unrated = attrs.map((_, i) => i).filter((i) => !rated.has(i) && a.kano[i] !== undefined);
  const category = (i: number): KanoCategory | undefined => a.kano[i]?.category;
  let opportunities = [
    ...byRank.filter((r) => (r.kano === "A" || r.kano === "O") && low(r)).map((r) => r.attribute),
    ...unrated.filter((i) => category(i) === "A" || category(i) === "O"),
  ];
  const importance = (i: number): number => kanoImportanceOf(a, i) ?? -1e308;
  const attractive = opportunities.filter((i) => category(i) === "A");
  const byImportance = attractive.some((i) => kanoImportanceOf(a, i) !== undefined);
  if (byImportance) {
    // Array.prototype.sort is stable: equal (or missing) importance keeps the order above.
    const higher = (x: number, y: number): number => (importance(x) === importance(y) ? 0 : importance(x) > importance(y) ? -1 : 1);
    opportunities = [...attractive.sort(higher), ...opportunities.filter((i) => category(i) !== "A")];
  }
  const threats = byRank
    .filter((r) => (r.kano === "M" && low(r)) || (r.importance >= p.crosshair.importance && r.competitor !== null && r.competitor > r.performance))
    .map(name);
  return {
    strengths: byRank.filter((r) => r.quadrant === "keep").map(name),
    weaknesses: byRank.filter((r) => r.quadrant === "concentrate").map(name),
    opportunities: opportunities.map((i) => attrs[i].name),
    threats,
    byImportance,
  };
}

export function buildPriority(a: Analysis, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const P = t.priority;
  const pr = a.priority!;
  const attrs = a.stats.attributes;
  // Rank 1 first: the answer before the detail. Ranks are distinct and full ties are broken by
  // attribute order, so in rank order the "at or above this row" term of the rank formula still
  // counts the same rows as the engine's order.
  const rows = [...pr.rows].sort((x, y) => x.rank - y.rank);
  const scale = a.scale;
  const mode = a.options.crosshair;
  const importanceText = {
    stated: P.importanceStated,
    pearson: P.importancePearson,
    beta: P.importanceBeta,
    relative_weights: P.importanceRelativeWeights,
    shapley: P.importanceShapley,
    ipma: format(P.importanceIpma, { target: a.ipma?.target ?? "" }),
  }[a.importanceMethod ?? "pearson"];
  const crosshairText =
    mode === "mean"
      ? P.crosshairMean
      : mode === "median"
        ? P.crosshairMedian
        : mode === "midpoint"
          ? P.crosshairMidpoint
          : format(P.crosshairFixed, { value: formatNumber(t, mode, 3) });
  const method = P.method.map((m) =>
    format(m, { importance: importanceText, crosshair: crosshairText, min: formatNumber(t, scale.min), max: formatNumber(t, scale.max) }),
  );
  // Model-based importance states the regression behind it: the listwise n and R² (issue #13).
  const fit = a.drivers;
  if (fit) {
    const n = formatNumber(t, fit.n);
    method.splice(1, 0, fit.r2 === undefined ? format(P.driverFitN, { n }) : format(P.driverFit, { n, r2: formatNumber(t, fit.r2, 3) }));
  }
  if (a.ipma) method.splice(1, 0, format(P.ipmaFit, { n: formatNumber(t, a.ipma.n) }));
  const d = startSheet("priority", P.title, method, a, ctx);

  const hasGap = rows.some((r) => r.gap !== null);
  const hasKano = rows.some((r) => r.kano !== null);
  const hasCompetitor = rows.some((r) => r.competitor !== null);
  const columns: Column[] = ["attribute", "importance", "performance", "quadrant"];
  if (hasGap) columns.push("gap");
  if (hasKano) columns.push("kano");
  if (hasCompetitor) columns.push("competitor");
  columns.push("score");
  if (hasKano) columns.push("tieBreak");
  columns.push("rank");
  const col = (c: Column): number => columns.indexOf(c);

  const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, columns.length);
  const cg = d.geom(d.allocate(3), 1, 2, 2);
  const iStar = cg.cell(0, 1, true);
  const pStar = cg.cell(1, 1, true);
  const I = (r: number): string => g.cell(r, col("importance"));
  const Pf = (r: number): string => g.cell(r, col("performance"));
  const allI = g.colRange(col("importance"), true);
  const negative = rows.some((r) => r.importance < 0);
  const max = formulaNumber(scale.max);
  const min = formulaNumber(scale.min);
  const S = (r: number, abs = false): string => g.cell(r, col("score"), abs);
  const allS = g.colRange(col("score"), true);
  const q = t.quadrants;

  const values = rows.map((row, r): CellInput[] => {
    const out: CellInput[] = [];
    for (const c of columns) {
      switch (c) {
        case "attribute":
          out.push(attrs[row.attribute].name);
          break;
        case "importance":
          out.push(val(row.importance, a.importanceMethod === "stated" ? FMT.mean : FMT.coefficient));
          break;
        case "performance":
          out.push(val(row.performance, FMT.mean));
          break;
        case "quadrant":
          out.push(
            fx(
              `=IF(${I(r)}>=${iStar},IF(${Pf(r)}>=${pStar},${formulaText(q.keep)},${formulaText(q.concentrate)}),IF(${Pf(r)}>=${pStar},${formulaText(q.overkill)},${formulaText(q.low)}))`,
              q[row.quadrant],
            ),
          );
          break;
        case "gap":
          out.push(val(row.gap, FMT.mean));
          break;
        case "kano":
          out.push(row.kano === null ? null : t.kanoCategories[row.kano]);
          break;
        case "competitor":
          out.push(val(row.competitor, FMT.mean));
          break;
        case "score": {
          const share = negative ? `MAX(${I(r)},0)/SUMIF(${allI},">0")` : `${I(r)}/SUM(${allI})`;
          out.push(fx(`=(${share})*(${max}-${Pf(r)})/(${max}-${min})`, row.score, FMT.score));
          break;
        }
        case "tieBreak":
          out.push(val(kanoTieOrder(row.kano), FMT.integer));
          break;
        case "rank": {
          const here = `${S(0, true)}:${S(r)}`;
          let formula = `=SUMPRODUCT((${allS}>${S(r)})*1)+SUMPRODUCT((${here}=${S(r)})*1)`;
          if (hasKano) {
            const T = (i: number, abs = false): string => g.cell(i, col("tieBreak"), abs);
            const allT = g.colRange(col("tieBreak"), true);
            formula = `=SUMPRODUCT((${allS}>${S(r)})*1)+SUMPRODUCT((${allS}=${S(r)})*(${allT}<${T(r)}))+SUMPRODUCT((${here}=${S(r)})*(${T(0, true)}:${T(r)}=${T(r)}))`;
          }
          out.push(fx(formula, row.rank, FMT.integer));
          break;
        }
      }
    }
    return out;
  });
  const headers = columns.map((c) => P.headers[c]);
  const centred = columns.map((c, i) => (c === "quadrant" || c === "kano" ? i : -1)).filter((i) => i >= 0);
  d.table(tableName("Priority"), g, headers, values, undefined, { center: centred });
  const qc = g.colRange(col("quadrant"));
  d.conditionalFormat(qc, { type: "textContains", text: q.concentrate, fill: PALETTE.badFill, fontColor: PALETTE.badFont });
  d.conditionalFormat(qc, { type: "textContains", text: q.keep, fill: PALETTE.goodFill, fontColor: PALETTE.goodFont });
  d.conditionalFormat(g.colRange(col("score")), { type: "dataBar", color: PALETTE.barOrange, min: 0 });
  d.conditionalFormat(g.colRange(col("rank")), { type: "cellValue", operator: "lessThan", formula1: "4", fill: PALETTE.lightOrange });

  // Crosshairs.
  const fn = mode === "median" ? "MEDIAN" : "AVERAGE";
  const importanceFormat = a.importanceMethod === "stated" ? FMT.mean : FMT.coefficient;
  const formulaFor = (c: Column, value: number): CellInput => {
    const fmt = c === "importance" ? importanceFormat : FMT.mean;
    return mode === "mean" || mode === "median" ? fx(`=${fn}(${g.colRange(col(c))})`, value, fmt) : val(value, fmt);
  };
  d.table(
    tableName("Priority", "Crosshair"),
    cg,
    P.crosshairHeaders,
    [
      [P.crosshairImportance, formulaFor("importance", pr.crosshair.importance)],
      [P.crosshairPerformance, formulaFor("performance", pr.crosshair.performance)],
    ],
    "TableStyleLight9",
  );

  // SWOT grid: Strengths | Weaknesses over Opportunities | Threats (left column A, right column D).
  const lists = swotLists(a);
  d.lines([P.swotHeading], "emphasis");
  const right = 4;
  const grid = (leftHead: string, rightHead: string, left: string[], rightList: string[]): void => {
    const head = d.allocate(1, 0);
    d.write(head, 1, [[leftHead]], "header");
    d.write(head, right, [[rightHead]], "header");
    const n = Math.max(1, left.length, rightList.length);
    const top = d.allocate(n);
    const cell = (list: string[], i: number): string | null => (list.length === 0 ? (i === 0 ? "—" : null) : (list[i] ?? null));
    d.write(
      top,
      1,
      Array.from({ length: n }, (_, i) => [cell(left, i)]),
      "body",
    );
    d.write(
      top,
      right,
      Array.from({ length: n }, (_, i) => [cell(rightList, i)]),
      "body",
    );
  };
  grid(P.strengths, P.weaknesses, lists.strengths, lists.weaknesses);
  grid(P.opportunities, P.threats, lists.opportunities, lists.threats);
  d.lines([...P.rules, ...(lists.byImportance ? [P.opportunitiesByImportance] : []), P.gridNote], "note");

  const names = rows.map((r) => attrs[r.attribute].name);
  const widths = columns.map((c) => {
    if (c === "attribute")
      return fitWidth([P.headers.attribute, P.crosshairImportance, P.crosshairPerformance, P.strengths, P.opportunities, ...names], 16, 40);
    if (c === "quadrant") return fitWidth([P.headers.quadrant, P.weaknesses, P.threats, ...Object.values(q)], 14, 30);
    if (c === "kano") return fitWidth([P.headers.kano, ...Object.values(t.kanoCategories)], 12, 24);
    return Math.max(12, fitWidth([P.headers[c]], 10, 24));
  });
  d.columnWidths(widths);

  // Importance–performance scatter, crosshairs at the quadrant lines: below the table, right of the
  // crosshair table and the SWOT grid (columns A–D), about 70 characters wide and 22 rows tall.
  const perf = rows.map((r) => r.performance);
  const imp = rows.map((r) => r.importance);
  const chartLeft = right + 2;
  let chartRight = chartLeft;
  for (let w = widths[chartLeft - 1] ?? 8.43; w < 70; chartRight++) w += widths[chartRight] ?? 8.43;
  const xBounds = axisBounds(perf, pr.crosshair.performance);
  const yBounds = axisBounds(imp, pr.crosshair.importance);
  // Quadrant names on the chart: a marker-less series of four labelled points (ExcelApi 1.8 point
  // labels), its name/x/y cells just below the chart (same cells in every language).
  const qCol = chartLeft;
  const qTop = cg.top + 23;
  const qPoints = quadrantLabelPoints(xBounds, yBounds, pr.crosshair);
  d.write(qTop, qCol, [[P.headers.quadrant, P.headers.performance, P.headers.importance]], "header");
  d.write(
    qTop + 1,
    qCol,
    qPoints.map((p) => [q[p.quadrant], val(p.x, FMT.mean), val(p.y, FMT.mean)]),
    "body",
  );
  const qRange = (c: number): string => `${cellAddress(qTop + 1, qCol + c)}:${cellAddress(qTop + 4, qCol + c)}`;
  d.chart({
    name: "PriorityChart",
    type: "xyScatter",
    title: P.chart,
    series: [
      {
        name: P.yAxis,
        values: g.colRange(col("importance")),
        categories: g.colRange(col("performance")),
        pointLabels: g.colRange(col("attribute")),
        color: PALETTE.seriesBlue,
      },
      {
        name: P.headers.quadrant,
        values: qRange(2),
        categories: qRange(1),
        pointLabels: qRange(0),
        labelPositions: qPoints.map((p) => p.position),
        marker: "none",
        color: PALETTE.seriesGrey,
      },
    ],
    from: cellAddress(cg.top, chartLeft),
    to: cellAddress(cg.top + 21, chartRight),
    xAxis: { title: P.xAxis, ...xBounds, crossesAt: pr.crosshair.performance, numberFormat: "0.0" },
    yAxis: {
      title: P.yAxis,
      ...yBounds,
      crossesAt: pr.crosshair.importance,
      numberFormat: a.importanceMethod === "stated" ? "0.0" : "0.00",
    },
    legend: "none",
  });

  return d.build();
}
