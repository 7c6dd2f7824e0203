/**
 * Manager inputs: report cells the reader is invited to change (the CSI weights on the Summary).
 * Each gets a workbook name, so Refresh can read the entry back and write it into the new report
 * instead of resetting it. The weight actually used follows one rule, in the report's own numbers
 * and in the sheet's "weight used" formula alike: a number ≥ 0, else the report's default.
 */
import { formulaNumber } from "./a1";
import type { CellValue } from "./plan";

/** An input cell of a plan sheet: `key` identifies it across builds, `name` is its workbook name. */
export interface PlanInput {
  key: string;
  name: string;
  /** The cell on its sheet ("D31"). */
  address: string;
}

/** A manager's entry as read back from the workbook: the cell's value and its formula when it holds one. */
export interface InputEntry {
  value: CellValue;
  formula?: string;
}

/** The key of an attribute's CSI weight (by attribute name: it survives added or removed attributes). */
export const csiWeightKey = (attribute: string): string => `csiWeight:${attribute}`;

/** The weight used for an entry: a finite number ≥ 0, else `fallback` (text, blank, negative, error). */
export function weightUsed(entry: unknown, fallback: number): number {
  return typeof entry === "number" && Number.isFinite(entry) && entry >= 0 ? entry : fallback;
}

/**
 * The same rule as a formula over the entry's cell. Nested IFs rather than AND(ISNUMBER(w), w>=0):
 * AND evaluates every argument, so an error value in the cell would propagate into the CSI.
 */
export function weightUsedFormula(cell: string, fallback: number): string {
  const d = formulaNumber(fallback);
  return `=IF(ISNUMBER(${cell}),IF(${cell}>=0,${cell},${d}),${d})`;
}

/**
 * A workbook name for an input: `prefix` + the label with anything but letters, digits, _ and .
 * replaced by _ (Excel's name characters), unique (ignoring case) among `taken`, which it extends.
 */
export function inputName(prefix: string, label: string, taken: Set<string>): string {
  const base = `${prefix}${label.normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_")}`.slice(0, 200);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
