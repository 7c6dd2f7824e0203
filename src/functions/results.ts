/**
 * Result coercion of the worksheet functions: what a body returns → what Excel may show. A
 * result that is not a finite number becomes #NUM!; −0 becomes 0; null/undefined become "".
 */

/** One cell of a result: Excel shows numbers, text, TRUE/FALSE and error values. */
export type Cell = number | string | boolean | CustomFunctions.Error;

/** A result cell as Excel may show it: finite numbers (never −0), text, booleans or an error. */
export function resultCell(x: unknown): Cell {
  if (typeof x === "number") {
    if (Number.isFinite(x)) return x === 0 ? 0 : x;
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "the result is not a finite number");
  }
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (x instanceof CustomFunctions.Error) return x;
  if (x === null || x === undefined) return "";
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "unexpected error: the result is not a value");
}

/** A rectangular, non-empty matrix of result cells (short rows padded with ""). */
export function resultMatrix(rows: unknown): Cell[][] {
  if (!Array.isArray(rows) || rows.length === 0) return [[""]];
  // A loop, not Math.max(...rows): spreading 200,000 rows overflows the call stack.
  let width = 1;
  for (const r of rows) width = Math.max(width, Array.isArray(r) ? r.length : 1);
  return rows.map((r) => {
    const cells: unknown[] = Array.isArray(r) ? r : [r];
    const out = new Array<Cell>(width);
    for (let c = 0; c < width; c++) out[c] = c < cells.length ? resultCell(cells[c]) : "";
    return out;
  });
}
