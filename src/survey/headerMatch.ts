/**
 * Finding a survey again by its header row (Refresh after the survey's sheet was renamed or the
 * survey moved): the places in a grid of cells where a row holds the expected column names, in
 * order, side by side. Cells compare as trimmed text; a blank expected name matches a blank cell.
 */

/** The text of a cell as a header compares it (whole, trimmed: not the shortened display text). */
export const headerText = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell)).trim();

/**
 * Every (row, col) of `grid` (0-based) where `headers` stand in that row from that column on.
 * Headers that are all blank match nowhere (they say nothing about where the survey is).
 */
export function findHeaderRows(grid: readonly (readonly unknown[])[], headers: readonly string[]): { row: number; col: number }[] {
  const want = headers.map(headerText);
  if (want.length === 0 || want.every((h) => h === "")) return [];
  const first = want.findIndex((h) => h !== "");
  const found: { row: number; col: number }[] = [];
  grid.forEach((cells, row) => {
    for (let col = 0; col + want.length <= cells.length; col++) {
      // The first named header is the cheap test; the whole row only where it stands.
      if (headerText(cells[col + first]) !== want[first]) continue;
      if (want.every((h, i) => headerText(cells[col + i]) === h)) found.push({ row, col });
    }
  });
  return found;
}

/** The expected headers of a survey's columns from their proposals (index order, gaps blank). */
export function headersOfRoles(roles: readonly { index: number; header: string }[]): string[] {
  const width = roles.reduce((w, r) => Math.max(w, r.index + 1), 0);
  const headers = Array.from({ length: width }, () => "");
  for (const r of roles) headers[r.index] = r.header;
  return headers;
}
