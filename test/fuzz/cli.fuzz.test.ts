/**
 * Hostile files for the command line (cliCases.ts), in-process: every fixed case (encodings,
 * binary, huge lines and cells, too many columns, quotes, output = input, existing outputs,
 * broken or folder roles files) and a few seeded random CSVs. `npm run fuzz` runs more of the
 * random ones.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import { fixedCliCases, randomCsvCase, runCliCase } from "./cliCases";

jest.setTimeout(120_000);

describe("fuzz (bounded): the command line on hostile files", () => {
  let root: string;
  let n = 0;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "cs-fuzz-cli-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test.each(
    fixedCliCases()
      .filter((c) => !c.heavy)
      .map((c) => [c.name, c] as const),
  )("%s: exit code, one-line message, files intact", async (_name, c) => {
    const outcome = await runCliCase(c, join(root, `case-${n++}`));
    expect(outcome.problems).toEqual([]);
  });

  test("random CSVs (seeded): exit 0 with a well-formed report, or 1 with a one-line message", async () => {
    const cases = fc.sample(randomCsvCase, { numRuns: 6, seed: 20261202 });
    for (const c of cases) {
      const outcome = await runCliCase(c, join(root, `random-${n++}`));
      expect({ name: c.name, problems: outcome.problems }).toEqual({ name: c.name, problems: [] });
    }
  });
});
