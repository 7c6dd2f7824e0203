/**
 * CS.RAKE (issue #14): the respondents' categories and the margin targets read from their cells,
 * raked by the engine (engine/rake.ts). Categories are compared as text (displayValue, trimmed),
 * so a region coded 1 in the groups matches "1" in the targets; a blank category is "" and needs
 * its own target.
 */
import { isCsError } from "../engine/errors";
import { CsError } from "../engine/errors";
import { rake, type RakeGroups, type RakeTarget } from "../engine/rake";
import { classifyText } from "../survey/labels";
import { displayValue } from "../survey/parse";
import { inArgument } from "./errors";
import { isNoValueCell, type Range } from "./ranges";
import type { Cell } from "./results";

/** A cell as a category or variable name: its text, trimmed. */
function textOf(cell: unknown): string {
  return isNoValueCell(cell) ? "" : displayValue(cell).trim();
}

/** The groups: the header row's names, then one row of categories per respondent. */
function groupsOf(range: Range): RakeGroups {
  const variables = range[0].map(textOf);
  variables.forEach((v, j) => {
    if (v === "") throw new CsError("value", "rakeBlankVariable", undefined, { row: 1, column: j + 1, argument: "groups" });
  });
  return { variables, rows: range.slice(1).map((row) => row.map(textOf)) };
}

/** A target cell: a number, or a text that is one; anything else names its cell. */
function targetValue(cell: unknown, variable: string, category: string, row: number): number {
  if (typeof cell === "number") return cell;
  const m = typeof cell === "string" ? classifyText(cell) : undefined;
  if (m !== undefined && m.kind === "number") return m.value;
  throw new CsError("num", "rakeBadTarget", { variable, category, value: displayValue(cell) }, { row, column: 3, argument: "targets" });
}

/** The targets: a header row, then rows of variable, category, target; blank rows skipped. */
function targetsOf(range: Range): RakeTarget[] {
  if (range[0].length !== 3 || range.length < 2) {
    throw new CsError("value", "rakeTargetsShape", { rows: range.length, columns: range[0].length }, { argument: "targets" });
  }
  const out: RakeTarget[] = [];
  range.slice(1).forEach((row, i) => {
    if (row.every(isNoValueCell)) return;
    const variable = textOf(row[0]);
    const category = textOf(row[1]);
    out.push({ variable, category, target: targetValue(row[2], variable, category, i + 2) });
  });
  return out;
}

/**
 * CS.RAKE's cells: one column of raked weights, in the respondents' order. A respondent's row in
 * an error is its row in the groups range (the header is row 1).
 */
export function rakeCells(groups: Range, targets: Range, base: readonly number[] | undefined, maxIterations: number, tolerance: number): Cell[][] {
  const g = groupsOf(groups);
  const t = targetsOf(targets);
  try {
    const r = rake(g, t, { baseWeights: base, maxIterations, tolerance });
    return Array.from(r.weights, (w) => [w]);
  } catch (e) {
    if (isCsError(e) && e.key === "rakeCategoryNoTarget" && e.row !== undefined) throw e.at({ row: e.row + 1, argument: "groups" });
    if (isCsError(e) && (e.key === "badWeight" || e.key === "caseWeightCount")) throw inArgument(e, "base_weights");
    throw e;
  }
}
