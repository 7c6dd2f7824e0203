/**
 * The bounded, seeded part of the worksheet-function fuzz suite (the long run is `npm run fuzz`,
 * scripts/fuzz.ts, with the same properties). Every function: hostile arguments, near-valid
 * answers with extreme weights, and its invariants on valid data (properties.ts, hostile.ts).
 * A case that fails once becomes a named test in regressions.test.ts.
 */
import fc from "fast-check";
import { fuzzProperties } from "./properties";

/** Few cases per property and a fixed seed: seconds in `npm test`, the same cases every run. */
const RUNS = 40;
const SEED = 20261202;

describe("fuzz (bounded): every worksheet function on hostile and valid random input", () => {
  // Long texts of 20,000 characters here (200,000 in npm run fuzz), enough to expose quadratic work.
  const props = fuzzProperties(20_000);
  test.each(props.map((p) => [`${p.fn}: ${p.name}`, p] as const))("%s", (_title, p) => {
    fc.assert(p.property, { numRuns: RUNS, seed: SEED });
  });
});
