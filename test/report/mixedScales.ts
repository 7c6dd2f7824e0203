/** A seeded survey with overall satisfaction on its own scale (1–10, 0–10) and ratings on 1–5. */
import { rng } from "./fixtures";

export const MIXED_ATTRIBUTES = ["Speed", "Staff", "Price"];
const ATTRS = MIXED_ATTRIBUTES;

/**
 * A seeded survey as a CSV reader gives it (text cells): overall on `lo`–`hi`, three attributes
 * rated and weighted in importance on 1–5, likelihood to recommend, region, case weights; a few
 * blank answers. `recommend: false` leaves out the recommend column.
 */
export function mixedTable(header: string, lo: number, hi: number, n = 240, recommend = true): { headers: string[]; rows: string[][] } {
  const r = rng(20260305 + hi + lo);
  const headers = ["ID", "Region", "Weight", header];
  for (const a of ATTRS) headers.push(`${a} - satisfaction`, `${a} - importance`);
  if (recommend) headers.push("Likelihood to recommend (0-10)");
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const z = r();
    const level = (min: number, max: number, share: number): number =>
      Math.min(max, Math.max(min, Math.round(min + (max - min) * (share * z + (1 - share) * r()))));
    const row = [String(i + 1), ["North", "South", "East"][i % 3], ["1", "0.5", "2", "1.25"][i % 4]];
    row.push(i % 17 === 5 ? "" : String(level(lo, hi, 0.7)));
    ATTRS.forEach((_, k) => {
      row.push(k === 1 && i % 23 === 7 ? "" : String(level(1, 5, 0.6 - 0.15 * k)));
      row.push(String(level(1, 5, 0.1)));
    });
    if (recommend) row.push(String(level(0, 10, 0.6)));
    rows.push(row);
  }
  return { headers, rows };
}
