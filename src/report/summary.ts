/**
 * Summary sheet: headline tiles (n, CSI ± margin, NPS ± margin, top-2-box, α — formulas pointing
 * at the key table, so they follow it); the key table: n, CSI with its 95% interval, NPS with its
 * margin of error, overall satisfaction, top-2-box, Cronbach's α (for a weighted survey the one
 * note stating the weighted base right under it; n is the respondents, counts show as whole
 * numbers); the NPS groups; the attribute
 * means with the CSI weights (the CSI is a SUMPRODUCT formula over them, so changing a weight
 * moves the CSI); the CSM levels table and its 100% stacked bar chart (top right, dissatisfied
 * red → satisfied green); the cells that could not be read (their problems in the report's
 * language, src/i18n/messages.ts); the notes (sheets left out, fallbacks).
 *
 * Warnings of the checks (src/report/checks.ts, when the caller gives them) stand next to the
 * figures they concern, so nobody copies a number without its caution: those about the key figures
 * (respondents, weights, CSI, NPS, α, the survey as read) right under the key table, those about
 * attribute means under the means table, the rest (Kano, segments) in a Checks block before the
 * notes. Info checks (what was read) are for the pane and the command line, not the sheet.
 *
 * Formulas: CSI = 100*SUMPRODUCT(means−min, weights)/((max−min)*SUM(weights)); CSI and NPS
 * interval bounds = value ∓ margin; NPS = 100*(promoters − detractors)/SUM(groups); NPS shares =
 * count/SUM(counts); each attribute's top-2-box = SUM of its two top level shares.
 */
import { levelShares, topBoxFromCounts } from "../engine/levels";
import { checkChrome, renderCheck } from "../i18n/checks";
import { localizeReason } from "../i18n/messages";
import * as intl from "../i18n/format";
import { format, formatNumber } from "../i18n/report";
import type { ParseIssue } from "../survey/types";
import { cellAddress, formulaNumber, parseRange, splitRef } from "./a1";
import type { Analysis } from "./analysis";
import type { Check, CheckTarget } from "./checks";
import { countFormat, FMT, startSheet, tableName, type BuildContext } from "./common";
import { csiWeightKey, inputName, weightUsedFormula, type PlanInput } from "./inputs";
import type { PlanSheet } from "./plan";
import { fitWidth, fx, val, type CellInput } from "./sheet";
import type { WeightingSummary } from "./raking";
import { writeWeighting } from "./summaryWeighting";
import { PALETTE } from "./theme";

export interface SummaryExtras {
  /** Notes for the Summary (sheets left out, fallbacks). */
  notes: readonly string[];
  /** The first unreadable cells and how many there were in all. */
  issues: readonly ParseIssue[];
  issueCount: number;
  /** Checks to show (warnings only are written); none when absent. */
  checks?: readonly Check[];
  /** The raking of the weights (Weighting block), when the report's weights were raked. */
  weighting?: WeightingSummary;
}

/** Where a warning goes on the Summary: under the key table, under the means table, or in the Checks block. */
/** Attribute, answers, mean, CSI weight (the manager's entry), top-2-box, weight used. */
const MEANS_COLUMNS = 6;

const KEY_TARGETS: readonly CheckTarget[] = ["survey", "respondents", "roles", "weights", "csi", "nps", "alpha"];

/** How many unreadable cells the Summary lists. */
export const ISSUES_SHOWN = 10;

const LEVEL_COLORS_5 = PALETTE.levels5;

/**
 * Colours of `n` satisfaction levels, lowest first: dissatisfied red through neutral yellow to
 * satisfied green (the five-level colours, interpolated for other scales).
 */
export function levelColors(n: number): string[] {
  if (n === 5) return LEVEL_COLORS_5.slice();
  const stops = LEVEL_COLORS_5.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  return Array.from({ length: n }, (_, l) => {
    const x = n === 1 ? 0 : (l / (n - 1)) * (stops.length - 1);
    const i = Math.min(Math.floor(x), stops.length - 2);
    const f = x - i;
    const rgb = stops[i].map((v, k) => Math.round(v + (stops[i + 1][k] - v) * f));
    return "#" + rgb.map((v) => v.toString(16).padStart(2, "0").toUpperCase()).join("");
  });
}

/** A number format showing `template` with {m} as the number in `code` ("± {m} (95%)" → "± "0.0" (95%)"). */
export function templateFormat(template: string, code: string): string {
  const quote = (text: string): string => (text === "" ? "" : `"${text.replace(/"/g, "")}"`);
  return template.split("{m}").map(quote).join(code);
}

/** NPS with its sign: +17.8, -4.3, 0.0. */
const SIGNED_INDEX = "+0.0;-0.0;0.0";

/** Where the survey range starts ("Survey!C3:Z99" → row 3, column 3, prefix "Survey!"); A1 otherwise. */
export function sourceOrigin(source: string): { row: number; column: number; prefix: string } {
  const { sheet, address } = splitRef(source.trim());
  const at = parseRange(address)?.from;
  if (!at) return { row: 1, column: 1, prefix: "" };
  return { row: at.row, column: at.column, prefix: sheet === undefined ? "" : `${source.trim().slice(0, source.trim().lastIndexOf("!"))}!` };
}

/**
 * The Summary's first line, the answer before the detail: CSI with its 95% interval, NPS ± its
 * margin of error and the top three improvement priorities (rank 1 first); undefined when the
 * survey gives none of them.
 */
export function headline(a: Analysis, ctx: BuildContext): string | undefined {
  const { t } = ctx;
  const H = t.summary.headline;
  const one = (x: number, signed = false): string => intl.formatNumber(x, ctx.language, { decimals: 1, signed });
  const parts: string[] = [];
  if (a.csi !== undefined)
    parts.push(
      a.csiMargin === undefined ? `CSI ${one(a.csi)}` : format(H.csi, { value: one(a.csi), low: one(a.csi - a.csiMargin), high: one(a.csi + a.csiMargin) }),
    );
  if (a.nps) parts.push(format(H.nps, { value: one(a.nps.nps, true), margin: one(a.nps.marginOfError) }));
  if (a.priority && a.priority.rows.length > 0) {
    const top = [...a.priority.rows].sort((x, y) => x.rank - y.rank).slice(0, 3);
    parts.push(format(H.priorities, { list: top.map((r) => a.stats.attributes[r.attribute].name).join(H.listSeparator) }));
  }
  return parts.length === 0 ? undefined : H.lead + parts.join(H.separator) + H.end;
}

export function buildSummary(a: Analysis, ctx: BuildContext, extras: SummaryExtras): PlanSheet {
  const { t } = ctx;
  const S = t.summary;
  const scale = a.scale;
  const method = S.method.map((line) => format(line, { min: formatNumber(t, scale.min), max: formatNumber(t, scale.max) }));
  const d = startSheet(
    "summary",
    S.title,
    a.stats.weighted ? [...method, extras.weighting ? S.weighting.weightedNote : S.weightedNote] : method,
    a,
    ctx,
    headline(a, ctx),
  );
  const cf = countFormat(a);
  const inputs: PlanInput[] = [];

  // --- Geometry first (formulas in the key table point into the tables below it).
  type KeyRow = "respondents" | "csi" | "nps" | "overall" | "topBox" | "alpha";
  const keyRows: KeyRow[] = ["respondents"];
  if (a.csi !== undefined) keyRows.push("csi");
  if (a.nps) keyRows.push("nps");
  if (a.overallMean !== undefined) keyRows.push("overall");
  if (a.topBoxOverall !== undefined) keyRows.push("topBox");
  if (a.alpha !== undefined) keyRows.push("alpha");
  type Tile = "respondents" | "csi" | "nps" | "topBox" | "alpha";
  const tiles = (["respondents", "csi", "nps", "topBox", "alpha"] as const).filter((k): k is Tile => keyRows.includes(k));
  const tileTop = d.allocate(3);
  const keyHead = d.allocate(1, 0);
  const key = d.geom(d.allocate(keyRows.length + 1, a.stats.weighted ? 0 : 1), 1, keyRows.length, 5);
  // The weighted base, stated once (counts elsewhere are whole numbers; n is the respondents).
  if (a.stats.weighted)
    d.write(d.allocate(1), 1, [[format(S.weightedBaseNote, { w: formatNumber(t, a.stats.sumW, 1), n: formatNumber(t, a.stats.rows) })]], "note");
  const warnings = (extras.checks ?? []).filter((c) => c.severity === "warning");
  const warningText = (c: Check): string => `⚠ ${renderCheck(c, ctx.language)}`;
  const keyWarnings = warnings.filter((c) => KEY_TARGETS.includes(c.concerns)).map(warningText);
  if (keyWarnings.length)
    d.write(
      d.allocate(keyWarnings.length),
      1,
      keyWarnings.map((w) => [w]),
      "warning",
    );

  let npsG: ReturnType<typeof d.geom> | undefined;
  let npsHead = 0;
  if (a.nps) {
    npsHead = d.allocate(1, 0);
    npsG = d.geom(d.allocate(4), 1, 3, 3);
  }
  const items = a.csiItems;
  const names = items.map((i) => a.stats.attributes[i].name);
  let meansG: ReturnType<typeof d.geom> | undefined;
  let meansHead = 0;
  const meansWarnings = warnings.filter((c) => c.concerns === "means").map(warningText);
  if (items.length > 0) {
    meansHead = d.allocate(1, 0);
    meansG = d.geom(d.allocate(items.length + 1), 1, items.length, MEANS_COLUMNS);
    if (meansWarnings.length)
      d.write(
        d.allocate(meansWarnings.length),
        1,
        meansWarnings.map((w) => [w]),
        "warning",
      );
  }
  const placed = new Set([...KEY_TARGETS, ...(items.length > 0 ? ["means" as const] : [])]);
  const otherWarnings = warnings.filter((c) => !placed.has(c.concerns)).map(warningText);
  const levelCount = scale.max - scale.min + 1;
  const showLevels = a.levels !== undefined && levelCount >= 2 && levelCount <= 11;
  let levelsG: ReturnType<typeof d.geom> | undefined;
  let levelsHead = 0;
  if (showLevels) {
    levelsHead = d.allocate(1, 0);
    levelsG = d.geom(d.allocate(items.length + 1), 1, items.length, levelCount + 1);
  }

  // --- Key figures.
  const keyValues: CellInput[][] = keyRows.map((k, r) => {
    const B = key.cell(r, 1);
    const C = key.cell(r, 2);
    const bounds = (value: number, margin: number | undefined, fmt: string): CellInput[] =>
      margin === undefined ? [null, null, null] : [val(margin, fmt), fx(`=${B}-${C}`, value - margin, fmt), fx(`=${B}+${C}`, value + margin, fmt)];
    switch (k) {
      case "respondents":
        return [S.respondents, val(a.stats.rows, FMT.integer), null, null, null];
      case "csi": {
        const g = meansG!;
        const means = g.colRange(2);
        // The weights used (column 6), not the entries: text or a negative entry cannot break the CSI.
        const weights = g.colRange(5);
        const formula = `=100*SUMPRODUCT(${means}-${formulaNumber(scale.min)},${weights})/((${formulaNumber(scale.max)}-${formulaNumber(scale.min)})*SUM(${weights}))`;
        return [S.csi, fx(formula, a.csi as number, FMT.index), ...bounds(a.csi as number, a.csiMargin, FMT.index)];
      }
      case "nps": {
        const g = npsG!;
        const nps = a.nps!;
        const formula = `=100*(${g.cell(0, 1)}-${g.cell(2, 1)})/SUM(${g.colRange(1)})`;
        return [S.nps, fx(formula, nps.nps, FMT.index), ...bounds(nps.nps, nps.marginOfError, FMT.index)];
      }
      case "overall": {
        const m = a.overallMean as number;
        return [S.overallMean, val(m, FMT.mean), ...bounds(m, a.overall?.margin, FMT.mean)];
      }
      case "topBox":
        return [S.topBoxOverall, val(a.topBoxOverall as number, FMT.share), null, null, null];
      case "alpha":
        return [S.alpha, val(a.alpha as number, FMT.coefficient), null, null, null];
    }
  });
  d.table(tableName("Summary", "Key"), key, S.keyHeaders, keyValues);
  d.write(keyHead, 1, [[S.keyHeading]], "emphasis");

  // --- Headline tiles: label, the number (a formula on the key table), a detail line.
  const T = S.tiles;
  const keyValue = (k: KeyRow): string => key.cell(keyRows.indexOf(k), 1);
  const keyMargin = (k: KeyRow): string => key.cell(keyRows.indexOf(k), 2);
  const margin = (k: KeyRow, value: number | undefined): CellInput =>
    value === undefined ? null : fx(`=${keyMargin(k)}`, value, templateFormat(T.margin, FMT.index));
  const tile = (k: Tile): [string, CellInput, CellInput] => {
    switch (k) {
      case "respondents":
        return [T.respondents, fx(`=${keyValue(k)}`, a.stats.rows, FMT.integer), null];
      case "csi":
        return [T.csi, fx(`=${keyValue(k)}`, a.csi as number, FMT.index), margin(k, a.csiMargin)];
      case "nps":
        return [T.nps, fx(`=${keyValue(k)}`, a.nps!.nps, SIGNED_INDEX), margin(k, a.nps!.marginOfError)];
      case "topBox":
        return [T.topBox, fx(`=${keyValue(k)}`, a.topBoxOverall as number, FMT.share), T.topBoxNote];
      case "alpha":
        return [T.alpha, fx(`=${keyValue(k)}`, a.alpha as number, FMT.coefficient), T.alphaNote];
    }
  };
  const tileCells = tiles.map(tile);
  d.write(tileTop, 1, [tileCells.map((c) => c[0])], "kpiLabel");
  d.write(tileTop + 1, 1, [tileCells.map((c) => c[1])], "kpiValue");
  d.write(tileTop + 2, 1, [tileCells.map((c) => c[2])], "kpiNote");

  // --- NPS groups.
  if (npsG && a.nps) {
    const nps = a.nps;
    d.write(npsHead, 1, [[S.npsHeading]], "emphasis");
    const counts = [nps.promoters, nps.passives, nps.detractors];
    const all = npsG.colRange(1, true);
    const rows = [S.promoters, S.passives, S.detractors].map((label, r): CellInput[] => [
      label,
      val(counts[r], cf),
      fx(`=${npsG!.cell(r, 1)}/SUM(${all})`, counts[r] / nps.n, FMT.share),
    ]);
    d.table(tableName("Summary", "NPS"), npsG, S.npsHeaders, rows);
  }

  // --- Means and weights; levels.
  const shares = a.levels?.map((c) => (c.reduce((s, x) => s + x, 0) > 0 ? levelShares(c) : c.map(() => 0)));
  if (meansG) {
    d.write(meansHead, 1, [[S.meansHeading]], "emphasis");
    const rows = items.map((_, r): CellInput[] => {
      let top: CellInput = null;
      if (levelsG && a.levels) {
        const counts = a.levels[r];
        const total = counts.reduce((s, x) => s + x, 0);
        if (total > 0) {
          const first = levelsG.cell(r, levelCount - 1);
          const last = levelsG.cell(r, levelCount);
          top = fx(`=SUM(${first}:${last})`, topBoxFromCounts(counts, 2), FMT.share);
        }
      }
      const wf = a.csiWeightMode === "equal" ? FMT.integer : FMT.coefficient;
      const entry = a.csiWeightEntries[r];
      const weight = entry === undefined ? val(a.csiWeightDefaults[r], wf) : entry.formula ? fx(entry.formula, entry.value, wf) : val(entry.value, wf);
      return [
        names[r],
        val(a.answers[r], FMT.integer),
        val(a.means[r], FMT.mean),
        weight,
        top,
        fx(weightUsedFormula(meansG!.cell(r, 3), a.csiWeightDefaults[r]), a.csiWeights[r], wf),
      ];
    });
    d.table(tableName("Summary", "Means"), meansG, S.meansHeaders, rows);
    const taken = new Set<string>();
    inputs.push(...items.map((_, r) => ({ key: csiWeightKey(names[r]), name: inputName("CS_W_", names[r], taken), address: meansG!.cell(r, 3) })));
    d.conditionalFormat(meansG.colRange(2), { type: "dataBar", color: PALETTE.barBlue, min: scale.min, max: scale.max });
  }
  if (levelsG && shares) {
    // Right of the levels table and of the means table, whichever is wider.
    const chartColumn = Math.max(levelCount + 1, MEANS_COLUMNS) + 1;
    d.write(levelsHead, 1, [[S.levelsHeading]], "emphasis");
    const headers = [t.attribute];
    for (let l = 0; l < levelCount; l++) {
      const level = scale.min + l;
      headers.push(levelCount === 5 ? `${formatNumber(t, level)} ${t.likert5[l]}` : formatNumber(t, level));
    }
    const rows = items.map((_, r): CellInput[] => [names[r], ...shares[r].map((x) => val(x, FMT.share))]);
    const colors = levelColors(levelCount);
    d.table(tableName("Summary", "Levels"), levelsG, headers, rows);
    d.chart({
      name: "LevelsChart",
      type: "barStacked100",
      title: S.levelsChart,
      series: headers.slice(1).map((h, l) => ({
        name: h,
        values: levelsG!.colRange(l + 1),
        categories: levelsG!.colRange(0),
        color: colors[l],
      })),
      // Top right, level with the tiles and right of every table: the first picture on the sheet.
      from: cellAddress(tileTop, chartColumn),
      to: cellAddress(tileTop + Math.max(20, Math.ceil(items.length * 1.6) + 8) - 1, chartColumn + 8),
      yAxis: { min: 0, max: 1, numberFormat: "0%" },
      legend: "bottom",
    });
  }

  if (extras.weighting) writeWeighting(d, extras.weighting, ctx);

  // --- Cells that could not be read.
  d.lines([format(S.issuesHeading, { count: formatNumber(t, extras.issueCount) })], "emphasis");
  const shown = extras.issues.slice(0, ISSUES_SHOWN);
  if (extras.issueCount === 0) d.lines([S.issuesNone], "note", 1);
  else if (shown.length > 0) {
    d.lines([format(S.issuesListed, { shown: formatNumber(t, shown.length) })], "note");
    const origin = sourceOrigin(ctx.source);
    const g = d.geom(d.allocate(shown.length + 1), 1, shown.length, 3);
    const rows = shown.map((p): CellInput[] => [
      `${origin.prefix}${cellAddress(origin.row + p.row - 1, origin.column + p.column - 1)}`,
      val(p.value, "@"),
      localizeReason(p, ctx.language),
    ]);
    d.table(tableName("Summary", "Issues"), g, S.issuesHeaders, rows, "TableStyleLight9");
  }

  // --- Warnings not placed by a figure (Kano, segments).
  if (otherWarnings.length > 0) {
    d.lines([checkChrome(ctx.language).heading], "emphasis");
    d.lines(otherWarnings, "warning", 1);
  }

  // --- Notes.
  if (extras.notes.length > 0) {
    d.lines([S.notesHeading], "emphasis");
    d.lines(extras.notes, "warning");
  }

  const colA = fitWidth([S.respondents, S.csi, S.overallMean, S.alpha, S.topBoxOverall, ...names], 14, 44);
  const levelWidth =
    levelCount === 5
      ? fitWidth(
          t.likert5.map((x) => `5 ${x}`),
          12,
          20,
        )
      : 12;
  const widths = [colA];
  for (let c = 1; c <= Math.max(MEANS_COLUMNS - 1, showLevels ? levelCount : 0); c++) widths.push(Math.max(14, showLevels && c <= levelCount ? levelWidth : 0));
  d.columnWidths(widths);
  const sheet = d.build();
  if (inputs.length > 0) sheet.inputs = inputs;
  return sheet;
}
