/** The pane's reducer (src/taskpane/state.ts): boot, reading, role edits, choices, results, errors. */
import type { ColumnProposal } from "../../src/survey/roles";
import type { LoadedSurvey } from "../../src/taskpane/services";
import { detectedScale, generateProblem, initialState, reducer, requestedSheets, withRole, type PaneState } from "../../src/taskpane/state";

const proposal = (index: number, header: string, role: ColumnProposal["role"], extra: Partial<ColumnProposal> = {}): ColumnProposal => ({
  index,
  header,
  role,
  reason: "test",
  ...extra,
});

const proposals: ColumnProposal[] = [
  proposal(0, "Branch", "segment"),
  proposal(1, "Region", "segment"),
  proposal(2, "Waiting time - satisfaction", "rating", { attribute: "Waiting time", scale: { min: 1, max: 7 }, pairIndex: 3 }),
  proposal(3, "Waiting time - importance", "importance", { attribute: "Waiting time", scale: { min: 1, max: 5 }, pairIndex: 2 }),
  proposal(4, "Courtesy - satisfaction", "rating", { attribute: "Courtesy", scale: { min: 1, max: 7 } }),
];
const survey: LoadedSurvey = {
  range: { sheet: "S", address: "A1:E3", headers: proposals.map((p) => p.header), rows: [] },
  source: "'S'!A1:E3",
  proposals,
  samples: ["North", "East", "5", "4", "6"],
};

const read = (): PaneState => reducer(reducer(initialState, { type: "booted", host: true, missing: [] }), { type: "read", survey });

describe("task pane state", () => {
  it("boots into checking, then ready with the stored report (or the missing sets)", () => {
    expect(initialState.boot).toBe("checking");
    const booted = reducer(initialState, { type: "booted", host: true, missing: [], stored: { source: "'S'!A1:E3" } });
    expect([booted.boot, booted.stored?.source, booted.newReport]).toEqual(["ready", "'S'!A1:E3", false]);
    expect(reducer(initialState, { type: "booted", host: true, missing: ["ExcelApi 1.9"] }).missing).toEqual(["ExcelApi 1.9"]);
    expect(reducer(initialState, { type: "booted", host: false, missing: [] }).host).toBe(false);
  });

  it("takes the first segment column as the segment after reading, and keeps the choice valid when roles change", () => {
    const s = read();
    expect(s.choices.segment).toBe(0);
    const chosen = reducer(s, { type: "setChoices", choices: { segment: 1 } });
    expect(reducer(chosen, { type: "setRole", index: 0, role: "ignore" }).choices.segment).toBe(1);
    const gone = reducer(chosen, { type: "setRole", index: 1, role: "ignore" });
    expect(gone.choices.segment).toBe(0);
    const none = reducer(gone, { type: "setRole", index: 0, role: "id" });
    expect(none.choices.segment).toBeUndefined();
  });

  it("derives the attribute name for a new attribute role and drops name and pairing for other roles", () => {
    expect(withRole(proposals[0], "rating")).toMatchObject({ role: "rating", attribute: "Branch" });
    expect(withRole(proposals[2], "ignore")).toEqual(proposal(2, "Waiting time - satisfaction", "ignore", { scale: { min: 1, max: 7 } }));
    expect(withRole(proposals[2], "perception")).toMatchObject({ attribute: "Waiting time", pairIndex: 3 });
    // A Kano role given by hand strips its header word, so the pair's columns share the attribute.
    const ignored = proposal(12, "Weekend opening (functional)", "ignore");
    expect(withRole(ignored, "kano_functional").attribute).toBe("Weekend opening");
    expect(withRole(proposal(13, "Weekend opening (dysfunctional)", "ignore"), "kano_dysfunctional").attribute).toBe("Weekend opening");
    const s = reducer(read(), { type: "setAttribute", index: 4, attribute: "Staff courtesy" });
    expect(s.proposals[4].attribute).toBe("Staff courtesy");
    expect(s.proposals[2]).toBe(proposals[2]);
  });

  it("detects the rating scale as buildSurvey does (most common among ratings)", () => {
    expect(detectedScale(proposals)).toEqual({ min: 1, max: 7 });
    expect(detectedScale([proposal(0, "Overall", "overall", { scale: { min: 0, max: 10 } })])).toEqual({ min: 0, max: 10 });
    expect(detectedScale([])).toEqual({ min: 1, max: 5 });
  });

  it("will not generate without sheets or without a column to analyse", () => {
    const s = read();
    expect(generateProblem(s)).toBeUndefined();
    expect(generateProblem(reducer(s, { type: "setChoices", choices: { sheets: [] } }))).toEqual({ kind: "noSheets" });
    const ignored = proposals.reduce((st, p) => reducer(st, { type: "setRole", index: p.index, role: "ignore" }), s);
    expect(generateProblem(ignored)).toEqual({ kind: "noAnalysable" });
  });

  it("tracks a task: progress while busy, the result and the stored report when done, the error when it fails", () => {
    let s = reducer(read(), { type: "start", task: "generate" });
    s = reducer(s, { type: "progress", progress: { fraction: 0.5, detail: { step: "stats" } } });
    expect(s.busy).toEqual({ task: "generate", progress: { fraction: 0.5, detail: { step: "stats" } } });
    const done = reducer(s, { type: "done", result: { sheets: [{ key: "summary", name: "Summary" }], n: 2, issues: [], issueCount: 0 }, source: "'S'!A1:E3" });
    expect([done.busy, done.result?.sheets.length, done.stored]).toEqual([undefined, 1, { source: "'S'!A1:E3" }]);
    const failed = reducer(s, { type: "failed", task: "generate", error: { kind: "unexpected", message: "x" } });
    expect([failed.busy, failed.error?.task]).toEqual([undefined, "generate"]);
    expect(reducer(failed, { type: "dismissError" }).error).toBeUndefined();
    expect(reducer(initialState, { type: "progress", progress: { fraction: 1, detail: { step: "plan" } } })).toBe(initialState);
  });
});

describe("Refresh stopped at edited cells", () => {
  const ready: PaneState = { ...initialState, boot: "ready", stored: { source: "'Survey'!A1:BH601" } };

  test("the question holds the cells and ends the busy state; Cancel drops it; a new task starts without it", () => {
    const busy = reducer(ready, { type: "start", task: "refresh" });
    const asked = reducer(busy, { type: "edited", cells: ["Kano!Z5"], fromSelection: false });
    expect(asked.busy).toBeUndefined();
    expect(asked.edited).toEqual({ cells: ["Kano!Z5"], fromSelection: false });
    expect(reducer(asked, { type: "keepEdits" }).edited).toBeUndefined();
    expect(reducer(asked, { type: "start", task: "refresh" }).edited).toBeUndefined();
    expect(reducer(asked, { type: "keepEdits" }).stored).toEqual(ready.stored);
  });

  it("asks only for sheets the roles can give, and a role change brings a sheet back", () => {
    const s = read();
    expect(s.choices.sheets).toEqual(["summary", "kano", "gap", "priority", "segments", "trend"]);
    expect(requestedSheets(s)).toEqual(["summary", "priority", "segments"]);
    // The Waiting time pair read as a Kano pair: Kano becomes possible, Priorities (no importance, no overall) not.
    const kano = reducer(reducer(s, { type: "setRole", index: 2, role: "kano_functional" }), { type: "setRole", index: 3, role: "kano_dysfunctional" });
    expect(requestedSheets(kano)).toEqual(["summary", "kano", "segments"]);
    // Unchecked by the user stays out even when possible.
    const unchecked = reducer(kano, { type: "setChoices", choices: { sheets: ["summary", "gap", "priority"] } });
    expect(requestedSheets(unchecked)).toEqual(["summary"]);
    expect(generateProblem(reducer(kano, { type: "setChoices", choices: { sheets: ["gap", "priority"] } }))).toEqual({ kind: "noSheets" });
  });
});
