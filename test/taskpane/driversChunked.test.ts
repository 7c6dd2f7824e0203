/**
 * The key-driver bootstrap (issue #13) run the way the pane runs long work: its steps through
 * runChunked with the page let in at every pause give exactly the straight run, and Cancel lands
 * between resamples.
 */
import { keyDriverIntervals, keyDriverSteps } from "../../src/engine";
import { mulberry32 } from "../../src/engine/mulberry32";
import { isCancelled } from "../../src/excel/cancel";
import { runSteps } from "../../src/survey/steps";
import { runChunked } from "../../src/taskpane/chunked";

const rand = mulberry32(31);
const items: number[][] = [];
const overall: number[] = [];
for (let r = 0; r < 3000; r++) {
  const f = rand();
  const row = [0, 1, 2, 3].map(() => 1 + Math.floor(5 * (0.5 * f + 0.5 * rand())));
  items.push(row);
  overall.push(row[0] + row[1] + rand() * 3);
}

describe("key-driver bootstrap in slices", () => {
  test("runChunked (a turn for the page at every pause) = runSteps = keyDriverIntervals", async () => {
    let turns = 0;
    const options = { method: "shapley", resamples: 40 } as const;
    const chunked = await runChunked(keyDriverSteps(items, overall, options), {
      budgetMs: 0,
      yieldTo: async () => {
        turns++;
      },
    });
    expect(turns).toBeGreaterThanOrEqual(40 * 2); // a pause per slice of 2,000 draws and per resample
    expect(chunked).toEqual(runSteps(keyDriverSteps(items, overall, options)));
    expect(chunked).toEqual(keyDriverIntervals(items, overall, options));
  });

  test("Cancel between two slices stops the bootstrap", async () => {
    const controller = new AbortController();
    let turns = 0;
    const error = await runChunked(keyDriverSteps(items, overall, { resamples: 1000 }), {
      budgetMs: 0,
      signal: controller.signal,
      yieldTo: async () => {
        if (++turns === 5) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(turns).toBe(5);
  });
});
