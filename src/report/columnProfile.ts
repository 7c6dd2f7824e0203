/**
 * Value profiles of the few columns whose values, not their statistics, tell a misread: the case
 * weight (negative values, coordinates, a mean far from 1) and the recommend score (a 0–10 scale
 * or not). A profile is a handful of mergeable sums fed one cell at a time, so the command line
 * can build it while it streams the rows and the task pane from the range it read.
 *
 * Blank policy: null, undefined, white space and non-numeric text are not counted (the survey
 * parser reports them as unreadable cells); numeric text ("1,5" is not numeric, "1.5" is) counts.
 */

/** Mergeable sums of one column's numeric values. */
export interface ColumnProfile {
  /** Numeric values seen. */
  n: number;
  min: number;
  max: number;
  sum: number;
  negatives: number;
  /** Values with a fractional part. */
  fractions: number;
  /** Values with 4 or more decimals (coordinates and raw rakes have many; survey weights 1–3). */
  manyDecimals: number;
}

export function emptyProfile(): ColumnProfile {
  return { n: 0, min: Infinity, max: -Infinity, sum: 0, negatives: 0, fractions: 0, manyDecimals: 0 };
}

/** The number a cell holds, or undefined (blank, text, boolean). */
function numberOf(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const s = cell.normalize("NFKC").trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  return Number(s);
}

/** Decimals a number is written with (0.125 → 3), from its shortest round-trip text. */
function decimals(x: number): number {
  const s = String(Math.abs(x));
  if (s.includes("e")) return 0;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Adds one cell to the profile (mutates, for the row loop). */
export function addToProfile(p: ColumnProfile, cell: unknown): void {
  const x = numberOf(cell);
  if (x === undefined) return;
  p.n++;
  if (x < p.min) p.min = x;
  if (x > p.max) p.max = x;
  p.sum += x;
  if (x < 0) p.negatives++;
  if (!Number.isInteger(x)) p.fractions++;
  if (decimals(x) >= 4) p.manyDecimals++;
}

export function mergeProfiles(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  return {
    n: a.n + b.n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    sum: a.sum + b.sum,
    negatives: a.negatives + b.negatives,
    fractions: a.fractions + b.fractions,
    manyDecimals: a.manyDecimals + b.manyDecimals,
  };
}

/** The profile of column `col` over `rows`. */
export function profileColumn(rows: readonly (readonly unknown[])[], col: number): ColumnProfile {
  const p = emptyProfile();
  for (const row of rows) addToProfile(p, row[col]);
  return p;
}

/** Profiles of several columns, fed row by row (the command line's streaming reader). */
export interface ProfileSet {
  /** 0-based column → its profile so far. */
  readonly profiles: ReadonlyMap<number, ColumnProfile>;
  addRow(row: readonly unknown[]): void;
}

export function createProfileSet(columns: readonly number[]): ProfileSet {
  const profiles = new Map<number, ColumnProfile>(columns.map((c) => [c, emptyProfile()]));
  return {
    profiles,
    addRow(row) {
      for (const [c, p] of profiles) addToProfile(p, row[c]);
    },
  };
}
