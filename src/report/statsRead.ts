/**
 * How the statistics accumulator reads the cells of one row and checks its layout: an answer on
 * its scale, a whole-number score or Kano answer, or blank (the survey's one blank rule).
 */
import { CsError, legacyCsError, locatedError } from "../engine/errors";
import { isBlankCell } from "../survey/cells";
import type { StatsCell, StatsLayout } from "./statsTypes";

export function answerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number): number | null {
  const x = row[col];
  if (typeof x === "number") {
    if (x >= lo && x <= hi) return x;
    const at = { row: r, column: col + 1 };
    if (x - x !== 0) throw locatedError("value", at, `${x} is not a number`, { key: "notANumber", params: { value: String(x) } });
    throw locatedError("num", at, `${x} is outside the ${lo}–${hi} scale`, { key: "outsideScale", params: { value: String(x), min: lo, max: hi } });
  }
  if (isBlankCell(x)) return null;
  throw locatedError("value", { row: r, column: col + 1 }, `'${String(x)}' is not a number`, { key: "textNotANumber", params: { value: String(x) } });
}

/** An answer that must be a whole number on lo–hi: a recommend score (0–10) or a Kano answer (1–5). */
export function integerAt(row: readonly StatsCell[], col: number, lo: number, hi: number, r: number, what: "score" | "kano"): number | null {
  const x = answerAt(row, col, lo, hi, r);
  if (x !== null && !Number.isInteger(x)) {
    const at = { row: r, column: col + 1 };
    if (what === "kano") throw locatedError("num", at, `${x} is not a Kano answer (1–5)`, { key: "notKanoNumber", params: { value: String(x) } });
    throw locatedError("num", at, `${x} is not a whole-number score ${lo}–${hi}`, {
      key: "notWholeScore",
      params: { value: String(x), min: lo, max: hi },
    });
  }
  return x;
}

export function checkLayout(layout: StatsLayout): void {
  const positions = (l: StatsLayout): number[] => {
    const out: number[] = [];
    for (const a of l.attributes) for (const c of Object.values(a.columns)) if (c !== undefined) out.push(c);
    if (l.overall !== undefined) out.push(l.overall);
    if (l.recommend !== undefined) out.push(l.recommend);
    if (l.segment) out.push(l.segment.column);
    return out;
  };
  for (const p of positions(layout)) {
    if (!Number.isInteger(p) || p < 0) {
      throw legacyCsError(
        "value",
        `layout position ${String(p)} is not a column index (0, 1, …)`,
        {},
        { key: "layoutPosition", params: { position: String(p) } },
      );
    }
  }
  for (const a of layout.attributes) {
    const hasF = a.columns.kanoFunctional !== undefined;
    const hasD = a.columns.kanoDysfunctional !== undefined;
    if (hasF !== hasD) {
      throw legacyCsError(
        "value",
        `attribute '${a.name}': a Kano question needs both the functional and the dysfunctional column`,
        {},
        {
          key: "kanoPairIncomplete",
          params: { attribute: a.name },
        },
      );
    }
  }
}
