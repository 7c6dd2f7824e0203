/**
 * What every bootstrap here shares (key drivers, the PLS model): drawing a resample as counts per
 * row (n draws with replacement from a seeded mulberry32), and percentiles of the resampled values
 * as R's default quantile (type 7), so intervals of different statistics are read the same way.
 */

/**
 * Percentile of sorted values, R's default (type 7): linear between order statistics.
 * @param sorted values in ascending order (at least one)
 * @param p the probability, in [0, 1]
 * @returns the p-quantile
 * @example
 * percentileSorted(Float64Array.from([1, 2, 3, 4]), 0.5); // → 2.5
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * One resample as counts: `times[i]` = how often row i was drawn in n draws with replacement
 * (row ⌊rand()·n⌋ per draw), overwriting `times`.
 * @param rand a generator of floats in [0, 1) (mulberry32 from the bootstrap's seed)
 * @param times the counts to fill, one per row (its length is n)
 * @returns `times`
 * @example
 * Array.from(drawCounts(() => 0.5, new Uint32Array(3))); // → [0, 3, 0]
 */
export function drawCounts(rand: () => number, times: Uint32Array): Uint32Array {
  const n = times.length;
  times.fill(0);
  for (let i = 0; i < n; i++) times[Math.floor(rand() * n)] += 1;
  return times;
}
