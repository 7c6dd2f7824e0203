/**
 * Level counts accumulator (CSM satisfaction levels, Kano pair tables): one weighted count per
 * level, index 0 = the scale's min. Counts of two data sets merge elementwise.
 * Results: levels.ts (levelShares, topBox…), kano.ts (kanoCountsFromPairs).
 */
import type { Scale } from "../types";
import type { Moments } from "./moments";

/** Most levels an accumulator keeps (a 0–100 scale); wider or non-integer scales keep none. */
export const MAX_ACCUMULATED_LEVELS = 101;

/** Number of levels of an integer scale (0 when it is not one or is wider than MAX_ACCUMULATED_LEVELS). Never throws. */
export function levelCountOf(s: Scale | undefined): number {
  if (!s || !Number.isInteger(s.min) || !Number.isInteger(s.max) || !(s.min < s.max)) return 0;
  const k = s.max - s.min + 1;
  return k <= MAX_ACCUMULATED_LEVELS ? k : 0;
}

/** `levels` zero counts. Never throws. */
export function emptyLevelCounts(levels: number): number[] {
  return new Array<number>(levels).fill(0);
}

/** Count answer x (on a scale starting at `min`) with weight w at its nearest level (Math.round). Never throws. */
export function addLevel(counts: number[], x: number, min: number, w: number): void {
  counts[Math.round(x) - min] += w;
}

/** Merge `b` into `a` in place (elementwise sum; same length). Never throws. */
export function mergeCountsInto(a: number[], b: readonly number[]): void {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
}

/**
 * The moments of unweighted level counts: `levels` counts starting at `counts[from]`, the first
 * of value `min`, plus `blanks` rows without an answer (they count in no sum). A histogram holds the
 * same information as the answers, so this equals adding each answer to the moments (x·count and
 * x²·count are exact for integer levels and counts below 2^53). Never throws.
 */
export function momentsOfLevelCounts(counts: ArrayLike<number>, from: number, levels: number, min: number): Moments {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < levels; j++) {
    const count = counts[from + j];
    if (count === 0) continue;
    const v = min + j;
    n += count;
    sum += count * v;
    sumSq += count * v * v;
  }
  return { n, sumW: n, sumW2: n, sum, sumSq };
}

/** Kano pair table: 25 cells, index (f − 1)·5 + (d − 1) (the engine's KanoPairCounts layout). */
export const KANO_CELLS = 25;

/** An empty Kano pair table. Never throws. */
export function emptyKanoTable(): number[] {
  return emptyLevelCounts(KANO_CELLS);
}

/** Count one checked answer pair (f, d ∈ 1…5) with weight w. Never throws. */
export function addKanoPair(table: number[], f: number, d: number, w: number): void {
  table[(f - 1) * 5 + (d - 1)] += w;
}
