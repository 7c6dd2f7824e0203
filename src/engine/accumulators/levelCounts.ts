/**
 * Level counts accumulator (CSM satisfaction levels, Kano pair tables): one weighted count per
 * level, index 0 = the scale's min. Counts of two data sets merge elementwise.
 * Results: levels.ts (levelShares, topBox…), kano.ts (kanoCountsFromPairs).
 */
import type { Scale } from "../types";
import type { Moments } from "./moments";

/** Most levels an accumulator keeps (a 0–100 scale); wider or non-integer scales keep none. */
export const MAX_ACCUMULATED_LEVELS = 101;

/**
 * Number of levels of an integer scale, max − min + 1; 0 when it is not an integer scale or is wider
 * than MAX_ACCUMULATED_LEVELS (101), so callers keep no counts for it. Never throws.
 * @param s a scale, or undefined
 * @returns the number of levels, or 0
 * @example
 * levelCountOf({ min: 1, max: 5 }); // → 5
 * levelCountOf({ min: 0, max: 0.5 }); // → 0
 */
export function levelCountOf(s: Scale | undefined): number {
  if (!s || !Number.isInteger(s.min) || !Number.isInteger(s.max) || !(s.min < s.max)) return 0;
  const k = s.max - s.min + 1;
  return k <= MAX_ACCUMULATED_LEVELS ? k : 0;
}

/**
 * `levels` zero counts. Never throws.
 * @param levels how many levels
 * @returns an array of zeros
 * @example
 * emptyLevelCounts(3); // → [0, 0, 0]
 */
export function emptyLevelCounts(levels: number): number[] {
  return new Array<number>(levels).fill(0);
}

/**
 * Count answer x (on a scale starting at `min`) with weight w at its nearest level
 * (Math.round(x) − min), in place. Frequency weights. Never throws (callers check the answer).
 * @param counts the level counts (mutated)
 * @param x a checked answer
 * @param min the scale's lowest level
 * @param w its case weight
 * @example
 * const c = emptyLevelCounts(5);
 * addLevel(c, 4, 1, 2);
 * c; // → [0, 0, 0, 2, 0]
 */
export function addLevel(counts: number[], x: number, min: number, w: number): void {
  counts[Math.round(x) - min] += w;
}

/**
 * Merge counts `b` into `a` in place: elementwise sum (same length). Never throws.
 * @param a the counts merged into (mutated)
 * @param b the counts added
 * @example
 * const a = [1, 2];
 * mergeCountsInto(a, [3, 4]);
 * a; // → [4, 6]
 */
export function mergeCountsInto(a: number[], b: readonly number[]): void {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
}

/**
 * The moments of unweighted level counts: n = Σcⱼ, Σx = Σcⱼ·vⱼ, Σx² = Σcⱼ·vⱼ², vⱼ = min + j, over
 * `levels` counts starting at counts[from]. A histogram holds the same information as the answers,
 * so this equals adding each answer to the moments (exact for integer levels and counts < 2^53).
 * Never throws.
 * @param counts the counts (a slice of them is read)
 * @param from index of the first level's count
 * @param levels how many levels
 * @param min the value of the first level
 * @returns the moments (unweighted: sumW = sumW2 = n)
 * @example
 * momentsOfLevelCounts([2, 0, 1], 0, 3, 1); // → { n: 3, sumW: 3, sumW2: 3, sum: 5, sumSq: 11 }
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

/**
 * An empty Kano pair table: 25 zero cells, index (f − 1)·5 + (d − 1). Never throws.
 * @returns 25 zeros
 * @example
 * emptyKanoTable().length; // → 25
 */
export function emptyKanoTable(): number[] {
  return emptyLevelCounts(KANO_CELLS);
}

/**
 * Count one checked Kano answer pair (functional f, dysfunctional d ∈ 1…5) with weight w in cell
 * (f − 1)·5 + (d − 1), in place. Never throws (callers check the answers, skip incomplete pairs).
 * @param table the pair table (mutated)
 * @param f the functional answer, 1…5
 * @param d the dysfunctional answer, 1…5
 * @param w the respondent's case weight
 * @example
 * const t = emptyKanoTable();
 * addKanoPair(t, 1, 5, 1);
 * kanoCountsFromPairs(t); // → { A: 0, O: 1, M: 0, I: 0, R: 0, Q: 0 }
 */
export function addKanoPair(table: number[], f: number, d: number, w: number): void {
  table[(f - 1) * 5 + (d - 1)] += w;
}
