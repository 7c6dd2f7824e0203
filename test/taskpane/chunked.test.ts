/**
 * The pane's work after reading, in slices (issue #11): role detection, the reading checks,
 * buildSurvey and the statistics run as steps the page can interleave with, and give exactly what
 * the pure functions give — on a seeded 2,000-row survey with blank rows and bad cells.
 */
import { generateRows, HEADERS, SEED } from "../../scripts/generate-sample";
import { isCancelled } from "../../src/excel/cancel";
import { profiledColumns, tableFactsSteps, tableReadingChecks, tableReadingChecksSteps, checksOfTable } from "../../src/report/checks";
import { statsFromSurvey, statsFromSurveySteps } from "../../src/report/stats";
import { detectRoles, detectRolesSteps } from "../../src/survey/roles";
import { runSteps, type Steps } from "../../src/survey/steps";
import { buildSurvey, buildSurveySteps } from "../../src/survey/survey";
import { runChunked } from "../../src/taskpane/chunked";

/** 2,000 respondents as Excel hands them over (blanks as ""), with an empty row every 250. */
const rows: unknown[][] = generateRows(SEED + 7, 2000).map((row) => row.map((cell) => cell ?? ""));
let emptyRows = 0;
for (let i = 250; i < rows.length; i += 251, emptyRows++)
  rows.splice(
    i,
    0,
    HEADERS.map(() => ""),
  );
const headers = [...HEADERS];

/** Every pause of some steps, counted, on the way to their result. */
function pauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses: count };
    count++;
  }
}

describe("the chunked drivers give what the pure functions give", () => {
  // budgetMs 0: the page gets a turn at every pause, the most interleaved run there is.
  const chunk = { budgetMs: 0 };

  it("detectRoles", async () => {
    const expected = detectRoles(headers, rows);
    expect(expected.filter((p) => p.role !== "ignore").length).toBeGreaterThan(20); // the survey has something to find
    await expect(runChunked(detectRolesSteps(headers, rows), chunk)).resolves.toEqual(expected);
    expect(pauses(detectRolesSteps(headers, rows)).pauses).toBeGreaterThanOrEqual(headers.length);
  });

  it("tableReadingChecks, and the checks from facts computed once (also after a role change)", async () => {
    const proposals = detectRoles(headers, rows);
    const expected = tableReadingChecks(rows, proposals);
    await expect(runChunked(tableReadingChecksSteps(rows, proposals), chunk)).resolves.toEqual(expected);
    const facts = await runChunked(tableFactsSteps(rows, profiledColumns(proposals)), chunk);
    expect(facts.emptyRows).toBe(emptyRows);
    expect(checksOfTable(rows.length, proposals, undefined, facts, rows)).toEqual(expected);
    // The recommend column made a weight: its profile is not among the facts' and is taken from the rows.
    const changed = proposals.map((p) => (p.role === "recommend" ? { ...p, role: "weight" as const } : p));
    expect(checksOfTable(rows.length, changed, undefined, facts, rows)).toEqual(tableReadingChecks(rows, changed));
  });

  it("buildSurvey and statsFromSurvey", async () => {
    const proposals = detectRoles(headers, rows);
    const expected = buildSurvey(headers, rows, proposals, { firstRow: 2 });
    expect([emptyRows, expected.skippedRows]).toEqual([7, emptyRows]);
    expect(expected.issueCount).toBeGreaterThan(0);
    const survey = await runChunked(buildSurveySteps(headers, rows, proposals, { firstRow: 2 }), chunk);
    expect(survey).toEqual(expected);
    const segment = expected.segments[0]?.column;
    await expect(runChunked(statsFromSurveySteps(survey, { segment }), chunk)).resolves.toEqual(statsFromSurvey(expected, { segment }));
    expect(pauses(buildSurveySteps(headers, rows, proposals)).pauses).toBeGreaterThan(2);
  });
});

describe("runChunked", () => {
  function* counting(n: number): Steps<number> {
    for (let i = 0; i < n; i++) yield;
    return n;
  }

  it("lets the page in once the budget is spent (a fake clock), not at every pause", async () => {
    let t = 0;
    const turns: number[] = [];
    // Nine steps of 10 ms each on the fake clock, a 25 ms budget: the page's turn after steps 3, 6 and 9.
    const steps = (function* (): Steps<string> {
      for (let i = 0; i < 9; i++) {
        t += 10;
        yield;
      }
      return "done";
    })();
    const yieldTo = (): Promise<void> => {
      turns.push(t);
      return Promise.resolve();
    };
    await expect(runChunked(steps, { budgetMs: 25, now: () => t, yieldTo })).resolves.toBe("done");
    expect(turns).toEqual([30, 60, 90]);
    expect(runSteps(counting(5))).toBe(5);
  });

  it("stops with a CancelledError at the next turn once the signal aborts", async () => {
    const controller = new AbortController();
    let steps = 0;
    const endless = (function* (): Steps<never> {
      for (;;) {
        steps++;
        if (steps === 3) controller.abort();
        yield;
      }
    })();
    const error = await runChunked(endless, { budgetMs: 0, signal: controller.signal }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(steps).toBe(3);
  });
});
