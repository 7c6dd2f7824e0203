/**
 * The merge every accumulator shares: its sums are additive (counts, power sums, cross-products),
 * so merging two is adding field to field. Each accumulator names its summed fields once.
 */

/**
 * a[k] += b[k] for every key, in place: the fieldwise-sum merge of additive accumulators. No
 * answers are read, so there is no blank policy. Never throws.
 * @param a the accumulator merged into (mutated)
 * @param b the accumulator added (unchanged)
 * @param keys the summed fields
 * @example
 * const a = { n: 1, sum: 2 };
 * sumFieldsInto(a, { n: 3, sum: 4 }, ["n", "sum"]);
 * a; // → { n: 4, sum: 6 }
 */
export function sumFieldsInto<K extends string>(a: Record<K, number>, b: Readonly<Record<K, number>>, keys: readonly K[]): void {
  for (const k of keys) a[k] += b[k];
}
