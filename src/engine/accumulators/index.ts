/** One accumulator per method: plain-data sums with add (in place), merge and a result function. */
export * from "./moments";
export * from "./npsCounts";
export * from "./levelCounts";
export * from "./gapSums";
export * from "./pairSums";
export * from "./crossProducts";
export * from "./fieldSums";
export * from "./rest";
