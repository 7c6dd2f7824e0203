/**
 * The merge every accumulator shares: its sums are additive (counts, power sums, cross-products),
 * so merging two is adding field to field. Each accumulator names its summed fields once.
 */

/** a[k] += b[k] for every key, in place. Never throws. */
export function sumFieldsInto<K extends string>(a: Record<K, number>, b: Readonly<Record<K, number>>, keys: readonly K[]): void {
  for (const k of keys) a[k] += b[k];
}
