/**
 * The Model sheet (issue #15; the command line's --model): the PLS path model estimated on the
 * survey — each construct's 0–100 index with its bootstrap interval and R², the paths with their
 * standard errors, t, p and intervals, the reliability table with the usual thresholds checked
 * (engine/pls/qualityFlags.ts), HTMT, and the importance–performance map of the target construct
 * (table and scatter). The numbers are the engine's (engine/pls/); this module only lays them out.
 */
import { isCsError } from "../engine/errors";
import { checkIndexWeights } from "../engine/pls/estimate";
import { PLS_QUALITY_THRESHOLDS, qualityFlags } from "../engine/pls/qualityFlags";
import { localizeMessage } from "../i18n/messages";
import type { PlsBootstrap } from "../engine/pls/bootstrap";
import type { PlsIpma } from "../engine/pls/ipma";
import type { PlsQuality } from "../engine/pls/quality";
import { formatList as listIn } from "../i18n/format";
import { format, formatFixed, formatNumber, reportLanguageOf, type ReportStrings } from "../i18n/report";
import { cellAddress } from "./a1";
import { diagramLayout, diagramShapes } from "./pathDiagram";
import type { Analysis } from "./analysis";
import { FMT, startSheet, tableName, type BuildContext } from "./common";
import type { PlanSheet, ReportLanguage } from "./plan";
import { fitWidth, val, type CellInput } from "./sheet";
import { LINE_HEIGHT } from "./textMetrics";
import { PALETTE } from "./theme";

/** What the Model sheet shows: the bootstrap (with the fit on all respondents), quality and IPMA. */
export interface PlsReport {
  boot: PlsBootstrap;
  quality: PlsQuality;
  ipma: PlsIpma;
  /** Respondents left out (a blank indicator, weight 0). */
  dropped: number;
  /** Notes on how the model was made (a template's constructs left out), shown below the respondents used. */
  notes?: string[];
}

const formatList = (t: ReportStrings, items: readonly string[]): string => listIn(items, reportLanguageOf(t));

const num = (v: number, fmt: string): CellInput => val(Number.isFinite(v) ? v : null, fmt);

/**
 * Per construct, why it has no 0–100 index (its weights differ in sign: checkIndexWeights's
 * message in `language`), or undefined when it has one. The Model sheet leaves such an index blank
 * and IPMA importance leaves its indicators out.
 */
export function indexProblems(fit: PlsBootstrap["fit"], language: ReportLanguage): (string | undefined)[] {
  return fit.model.constructs.map((_, j) => {
    try {
      checkIndexWeights(fit, [j]);
      return undefined;
    } catch (e) {
      if (!isCsError(e)) throw e;
      return localizeMessage(e, language);
    }
  });
}

/**
 * The least sample size of the ten-times rule (Barclay, Higgins & Thompson 1995; Hair, Ringle &
 * Sarstedt 2011): 10 × the larger of the most paths into one construct and the most formative
 * (Mode B) indicators of one. A rule of thumb, not a power analysis: below it the figures are indicative.
 */
export function tenTimesRule(model: PlsBootstrap["fit"]["model"]): number {
  const paths = Math.max(0, ...model.antecedents.map((a) => a.length));
  const formative = Math.max(0, ...model.blocks.map((b, j) => (model.modes[j] === "B" ? b.length : 0)));
  return 10 * Math.max(paths, formative);
}

export function buildModel(a: Analysis, r: PlsReport, ctx: BuildContext): PlanSheet {
  const { t } = ctx;
  const M = t.model;
  const { boot, quality, ipma } = r;
  const fit = boot.fit;
  const model = fit.model;
  const name = (j: number): string => model.constructs[j];
  const params = { resamples: formatNumber(t, boot.resamples), seed: String(boot.seed), scheme: M.schemes[fit.scheme], n: formatNumber(t, fit.n) };
  const d = startSheet(
    "model",
    M.title,
    M.method.map((m) => format(m, params)),
    a,
    ctx,
  );
  // A heading, then a table with a header row: the sheet's sections.
  const section = (heading: string, parts: string[], headers: readonly string[], rows: CellInput[][]) => {
    d.lines([heading], "emphasis");
    const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, headers.length);
    d.table(tableName("Model", ...parts), g, headers, rows);
    return g;
  };
  d.lines([format(M.used, { n: formatNumber(t, fit.n), dropped: formatNumber(t, r.dropped) })], r.dropped > 0 ? "warning" : "note", 1);
  // The ten-times rule of thumb for PLS (Hair, Ringle & Sarstedt 2011): a small sample makes every figure indicative.
  const needed = tenTimesRule(model);
  if (fit.n < needed) d.lines([format(M.fewRespondents, { n: formatNumber(t, fit.n), needed: formatNumber(t, needed) })], "warning", 1);
  if (r.notes && r.notes.length > 0) d.lines(r.notes, "note", 1);

  // Index of each construct with its interval, and R². A construct whose weights differ in sign has
  // no index (it would be no weighted mean of the answers): blank, and the reason below the table.
  const indexProblem = indexProblems(fit, reportLanguageOf(t));
  const indexOf = (j: number, v: number): number => (indexProblem[j] === undefined ? v : NaN);
  section(
    M.indexHeading,
    ["Index"],
    M.indexHeaders,
    model.constructs.map((c, j): CellInput[] => [
      c,
      num(indexOf(j, fit.index[j]), FMT.index),
      num(indexOf(j, boot.index[j].low), FMT.index),
      num(indexOf(j, boot.index[j].high), FMT.index),
      num(fit.r2[j], FMT.coefficient),
    ]),
  );
  const problems = indexProblem.filter((x): x is string => x !== undefined);
  if (problems.length > 0) d.lines(problems, "warning", 1);
  const leftOut = model.constructs.flatMap((c, j) =>
    indexProblem[j] === undefined && boot.indexLeftOut[j] > 0
      ? [format(M.indexResamplesLeftOut, { construct: c, count: formatNumber(t, boot.indexLeftOut[j]), resamples: formatNumber(t, boot.resamples) })]
      : [],
  );
  if (leftOut.length > 0) d.lines(leftOut, "note", 1);

  // Paths.
  const paths = model.antecedents.flatMap((from, to) => from.map((f) => ({ from: f, to })));
  section(
    M.pathsHeading,
    ["Paths"],
    M.pathsHeaders,
    paths.map(({ from, to }): CellInput[] => {
      const b = boot.paths[to][from];
      return [
        name(from),
        name(to),
        num(fit.paths[to][from], FMT.coefficient),
        num(b?.se ?? NaN, FMT.coefficient),
        num(b?.t ?? NaN, FMT.mean),
        num(b?.p ?? NaN, "0.000"),
        num(b?.low ?? NaN, FMT.coefficient),
        num(b?.high ?? NaN, FMT.coefficient),
      ];
    }),
  );

  // The outer model: weights, loadings with their intervals, and an indicator that loads higher on another construct.
  const higher = new Map(quality.crossLoadingExceptions.map((x) => [x.indicator, x.other]));
  section(
    M.outerHeading,
    ["Outer"],
    M.outerHeaders,
    model.indicators.map((ind, i): CellInput[] => {
      const other = higher.get(i);
      return [
        ind.name,
        name(ind.construct),
        num(fit.outerWeights[i], FMT.coefficient),
        num(fit.loadings[i], FMT.coefficient),
        num(boot.loadings[i].low, FMT.coefficient),
        num(boot.loadings[i].high, FMT.coefficient),
        other === undefined ? val(null) : name(other),
      ];
    }),
  );

  // Reliability with the thresholds checked.
  const flags = qualityFlags(quality.reliability, quality.htmt);
  const measureNames = M.reliabilityHeaders.slice(1, 5);
  section(
    M.reliabilityHeading,
    ["Reliability"],
    M.reliabilityHeaders,
    quality.reliability.map((q, j): CellInput[] => {
      const f = flags.reliability[j];
      const failed = [f.alpha, f.rhoA, f.rhoC, f.ave].flatMap((ok, k) => (ok === false ? [measureNames[k]] : []));
      const check =
        model.modes[j] === "B"
          ? M.formative
          : model.blocks[j].length === 1
            ? M.single
            : failed.length > 0
              ? format(M.below, { measures: formatList(t, failed) })
              : M.meets;
      return [name(j), num(q.alpha, FMT.ratio), num(q.rhoA, FMT.ratio), num(q.rhoC, FMT.ratio), num(q.ave, FMT.ratio), check];
    }),
  );

  // Discriminant validity: Fornell–Larcker, then HTMT (the matrix and the pairs at or above the conservative threshold).
  const fl = model.constructs.filter((_, j) => quality.fornellLarcker.passes[j] === false);
  d.lines([fl.length > 0 ? format(M.fornellFails, { constructs: formatList(t, fl) }) : M.fornellOk], fl.length > 0 ? "warning" : "note", 1);
  section(
    M.htmtHeading,
    ["HTMT"],
    [M.reliabilityHeaders[0], ...model.constructs],
    model.constructs.map((c, j): CellInput[] => [c, ...model.constructs.map((_, k) => (k < j ? num(quality.htmt[j][k], FMT.ratio) : val(null)))]),
  );
  const high = model.constructs.flatMap((c, j) => model.constructs.flatMap((e, k) => (k < j && flags.htmt[j][k].conservative === false ? [`${c}–${e}`] : [])));
  d.lines(
    [high.length > 0 ? format(M.htmtHigh, { threshold: formatNumber(t, PLS_QUALITY_THRESHOLDS.htmtConservative, 2), pairs: formatList(t, high) }) : M.htmtOk],
    high.length > 0 ? "warning" : "note",
    1,
  );

  // IPMA of the target: table and map.
  const target = name(ipma.target);
  const gm = section(
    format(M.ipmaHeading, { target }),
    ["IPMA"],
    M.ipmaHeaders,
    ipma.constructs.map((x): CellInput[] => [
      name(x.construct),
      num(x.importanceUnstandardised, FMT.score),
      num(indexOf(x.construct, x.performance), FMT.index),
    ]),
  );
  // The indicator level: what moving one question's answers is worth (Ringle & Sarstedt 2016).
  section(
    format(M.ipmaIndicatorHeading, { target }),
    ["IPMA", "Indicators"],
    M.ipmaIndicatorHeaders,
    ipma.indicators.map((x): CellInput[] => [
      model.indicators[x.indicator].name,
      name(x.construct),
      num(indexOf(x.construct, x.importanceUnstandardised), FMT.score),
      num(x.performance, FMT.index),
    ]),
  );
  const chartRows = 20;
  const top = d.allocate(chartRows);
  d.chart({
    name: "ModelIpmaChart",
    type: "xyScatter",
    title: `${M.ipmaChart} — ${target}`,
    series: [{ name: M.ipmaHeaders[2], values: gm.colRange(2), categories: gm.colRange(1), pointLabels: gm.colRange(0), color: PALETTE.seriesBlue }],
    from: cellAddress(top, 1),
    to: cellAddress(top + chartRows - 1, 6),
    xAxis: { title: M.ipmaHeaders[1], numberFormat: "0.00" },
    yAxis: { title: M.ipmaHeaders[2], min: 0, max: 100, numberFormat: "0" },
    legend: "none",
  });
  // The path diagram: causes left of their effects (pathDiagram.ts), the coefficients on the arrows.
  d.lines([M.diagramHeading], "emphasis");
  const nodes = model.constructs.map((c, j) => ({ name: c, text: model.antecedents[j].length > 0 ? `${c}\nR² ${formatFixed(t, fit.r2[j], 2)}` : c }));
  const edges = paths.map(({ from, to }) => ({ from: name(from), to: name(to), label: formatFixed(t, fit.paths[to][from], 2) }));
  const layout = diagramLayout(nodes, edges);
  const shapes = diagramShapes(layout, cellAddress(d.allocate(Math.ceil(layout.height / LINE_HEIGHT)), 1));
  // Column A holds the constructs and, in the outer model and IPMA tables, the indicators (survey headers: long).
  const first = fitWidth([...model.constructs, ...model.indicators.map((i) => i.name), M.pathsHeaders[0]], 14, 40);
  // Column F is the reliability table's last (its verdict, left-aligned, runs on into the empty cells to its
  // right) but also the paths' p and the outer model's upper bound: a wide F would part those from their neighbours.
  d.columnWidths([first, 14, 12, 12, 12, 12, 12, 12]);
  return { ...d.build(), shapes };
}
