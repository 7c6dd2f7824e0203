/**
 * CS.PLS (issue #15): the survey's cells (a header row, then one row per respondent) and the model
 * table → the PLS path model estimated by the engine (engine/pls/), one output as a spill with a
 * header row. Indicators are found by header; each indicator's answers are read on the rating scale
 * detected from its own column (1–5, 1–7, 1–10, 0–10…), which is also the scale of its 0–100 index,
 * so labels ("Agree") read as their level and the index uses the scale's theoretical bounds
 * (ACSI form), not the answers' observed range. Blank = no answer (the row is left out: listwise).
 */
import { CsError } from "../engine/errors";
import { checkIndexWeights, estimatePls } from "../engine/pls/estimate";
import { defaultIpmaTarget, plsIpma } from "../engine/pls/ipma";
import { parsePlsModelTable, resolvePlsModel } from "../engine/pls/model";
import { blockReliability, htmt } from "../engine/pls/quality";
import type { PlsModel, PlsResult, PlsScale, PlsScheme } from "../engine/pls/types";
import { displayValue, ratingParser } from "../survey/parse";
import { detectRatingScaleOfColumn } from "../survey/scale";
import type { CellWhere } from "../survey/types";
import { attributeCell, inArgument } from "./errors";
import { isNoValueCell, type Range } from "./ranges";
import type { Cell } from "./results";

export const PLS_OUTPUTS = ["paths", "r2", "index", "weights", "loadings", "reliability", "htmt", "ipma"] as const;
export type PlsOutput = (typeof PLS_OUTPUTS)[number];

/** The header row's texts (a header cell is its text, trimmed). */
const headerOf = (range: Range): string[] => range[0].map((c) => (isNoValueCell(c) ? "" : displayValue(c).trim()));

/**
 * The answers of the model's indicators, rows × the data's columns (only the indicators' columns
 * filled), and each indicator's scale. A cell that is not an answer on its column's scale names
 * its row and column in `data` (header = row 1).
 */
function readIndicators(data: Range, model: PlsModel): { rows: (number | null)[][]; scale: PlsScale[] } {
  const body = data.slice(1);
  const width = data[0].length;
  const rows = body.map(() => new Array<number | null>(width).fill(null));
  const where: CellWhere = { row: 0, column: 0 };
  const scales = model.indicators.map((ind) => detectRatingScaleOfColumn(body, ind.column));
  const parsers = scales.map((s) => ratingParser(s));
  const columns = model.indicators.map((ind) => ind.column);
  // Row by row: each respondent's cells are read and written where they lie in memory.
  for (let i = 0; i < body.length; i++) {
    const from = body[i];
    const to = rows[i];
    where.row = i + 2;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k];
      where.column = c + 1;
      to[c] = parsers[k](from[c], where);
    }
  }
  return { rows, scale: scales.map((s) => ({ min: s.min, max: s.max })) };
}

/** The construct a target text names (without case or surrounding spaces); else a message listing them. */
function targetOf(model: PlsModel, target: string | undefined): number {
  if (target === undefined || target.trim() === "") return defaultIpmaTarget(model);
  const t = target.trim().toLowerCase();
  const j = model.constructs.findIndex((c) => c.toLowerCase() === t);
  if (j < 0) throw new CsError("value", "plsUnknownTarget", { target, constructs: model.constructs.join(", ") });
  return j;
}

/** NaN (a measure that does not apply, e.g. α of a formative block) shows as a blank cell. */
const num = (v: number): Cell => (Number.isNaN(v) ? "" : v);

/** A construct's 0–100 value, or its error cell when a negative weight leaves it undefined (the other rows still spill). */
const indexCell = (r: PlsResult, j: number, v: number): Cell =>
  attributeCell(() => {
    checkIndexWeights(r, [j]);
    return v;
  });

/** The spill of one output (see CS.PLS's documentation in functions.ts). */
function outputCells(r: PlsResult, output: PlsOutput, target: string | undefined): Cell[][] {
  const m = r.model;
  const name = (j: number) => m.constructs[j];
  switch (output) {
    case "paths":
      return [["from", "to", "coefficient"], ...m.antecedents.flatMap((from, to) => from.map((f): Cell[] => [name(f), name(to), r.paths[to][f]]))];
    case "r2":
      return [["construct", "r2"], ...m.constructs.flatMap((c, j): Cell[][] => (m.antecedents[j].length > 0 ? [[c, r.r2[j]]] : []))];
    case "index":
      return [["construct", "index"], ...m.constructs.map((c, j): Cell[] => [c, indexCell(r, j, r.index[j])])];
    case "weights":
      return [["indicator", "construct", "weight"], ...m.indicators.map((ind, i): Cell[] => [ind.name, name(ind.construct), r.outerWeights[i]])];
    case "loadings":
      return [["indicator", "construct", "loading"], ...m.indicators.map((ind, i): Cell[] => [ind.name, name(ind.construct), r.loadings[i]])];
    case "reliability": {
      const rel = blockReliability(r.indicatorCorrelations, m, r.outerWeights, r.loadings);
      return [["construct", "alpha", "rho_a", "rho_c", "ave"], ...rel.map((q, j): Cell[] => [name(j), num(q.alpha), num(q.rhoA), num(q.rhoC), num(q.ave)])];
    }
    case "htmt": {
      const h = htmt(r.indicatorCorrelations, m);
      return [["", ...m.constructs], ...h.map((row, j): Cell[] => [name(j), ...row.map((v, k) => (j === k ? "" : num(v)))])];
    }
    case "ipma": {
      const ipma = plsIpma(r, targetOf(m, target));
      return [
        ["construct", "importance", "importance_unstandardised", "performance"],
        ...ipma.constructs.map((c): Cell[] => [name(c.construct), c.importance, c.importanceUnstandardised, indexCell(r, c.construct, c.performance)]),
      ];
    }
  }
}

/**
 * CS.PLS's cells: the model estimated on the data, the output asked for with its header row.
 * Errors in the model table name the argument `model` and the table's cell; in the answers, `data`.
 */
export function plsCells(data: Range, modelTable: Range, output: PlsOutput, scheme: PlsScheme, targetCells?: Range): Cell[][] {
  // The target: a construct name typed in the call or in a cell (its first cell).
  const target = targetCells === undefined || isNoValueCell(targetCells[0][0]) ? undefined : displayValue(targetCells[0][0]);
  if (data.length < 2) throw new CsError("value", "plsDataNoRows", undefined, { argument: "data" });
  let model: PlsModel;
  try {
    model = resolvePlsModel(parsePlsModelTable(modelTable), headerOf(data));
  } catch (e) {
    throw inArgument(e, "model");
  }
  let read: ReturnType<typeof readIndicators>;
  try {
    read = readIndicators(data, model);
  } catch (e) {
    throw inArgument(e, "data");
  }
  const result = estimatePls(read.rows, model, { scheme, scale: read.scale });
  return outputCells(result, output, target);
}
