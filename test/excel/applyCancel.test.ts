/**
 * Nothing half-written: applyPlan cancelled before any of its round trips, or hit by an Excel
 * error in the middle of one, leaves the whole workbook (sheets, ids, order, cells, tables, charts,
 * settings, active sheet, selection) exactly as it was — for a first report and for a replaced one.
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { CancelledError } from "../../src/excel/cancel";
import { ExcelAccessError } from "../../src/excel/errors";
import { createFakeExcel, createWorkbookState, findSheet, workbookSnapshot, type FakeWorkbookState, type RunFunction } from "../fake-excel";
import { fixturePlan, fixtureRecipe } from "./fixturePlan";

const surveyRows = [
  ["id", "Waiting time", "Staff"],
  [1, 4, 5],
  [2, 3, 4],
];

/** A workbook with a user's sheet (active), with or without a report already in it. */
async function workbook(withReport: boolean): Promise<FakeWorkbookState> {
  const state = createWorkbookState({
    sheets: [
      { name: "Survey", rows: surveyRows },
      { name: "Notes", rows: [["my notes"]] },
    ],
    selection: "Notes!A1",
  });
  if (withReport) await applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe);
  state.activeSheetId = findSheet(state, "Notes")!.id;
  state.syncCount = 0;
  return state;
}

/** `run` whose contexts call `afterSync(k)` once their k-th sync (counted over the run) has completed. */
function withSyncHook(run: RunFunction, afterSync: (k: number) => void): RunFunction {
  let k = 0;
  return (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      context.sync = async <T>(passThrough?: T): Promise<T> => {
        const out = await sync(passThrough);
        afterSync(++k);
        return out;
      };
      return batch(context);
    });
}

/** Round trips of a plain apply (read, one per sheet, recipe). */
const TRIPS = 2 + fixturePlan().sheets.length;

describe.each([
  ["a first report", false],
  ["a report replacing the previous one", true],
])("applyPlan, %s: cancelled or failing, the workbook is unchanged", (_label, withReport) => {
  test("cancelled before it starts: no round trip at all", async () => {
    const state = await workbook(withReport);
    const before = workbookSnapshot(state);
    const controller = new AbortController();
    controller.abort();
    await expect(applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(state.syncCount).toBe(0);
    expect(workbookSnapshot(state)).toEqual(before);
  });

  test.each(Array.from({ length: TRIPS - 1 }, (_, i) => i + 1))("cancelled after round trip %i: identical workbook", async (k) => {
    const state = await workbook(withReport);
    const before = workbookSnapshot(state);
    const controller = new AbortController();
    const run = withSyncHook(createFakeExcel(state).run, (done) => done === k && controller.abort());
    await expect(applyPlan(run, fixturePlan(), fixtureRecipe, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(workbookSnapshot(state)).toEqual(before);
    expect(state.sheets.some((s) => s.name.startsWith("~cs-insight"))).toBe(false);
  });

  test("cancelled after the last round trip: too late, the report is written", async () => {
    const state = await workbook(withReport);
    const controller = new AbortController();
    const run = withSyncHook(createFakeExcel(state).run, (done) => done === TRIPS && controller.abort());
    const result = await applyPlan(run, fixturePlan(), fixtureRecipe, { signal: controller.signal });
    expect(result.sheets.map((s) => s.name)).toEqual(["Summary", "Priority"]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Survey", "Notes", "Summary", "Priority"]);
  });

  // Every write round trip, failing before its first operation, after one, and half-way; the last
  // one (recipe, activate, then delete the old sheets) only before its deletions, which cannot be undone.
  const faults = Array.from({ length: TRIPS - 1 }, (_, i) => i + 2).flatMap((sync) =>
    (sync === TRIPS ? (withReport ? [0, 1, 2] : [0, 1]) : [0, 1, "half" as const]).map((afterOperations) => [sync, afterOperations] as const),
  );
  test.each(faults)("an Excel error in round trip %i after %s operations: identical workbook, the error names the step", async (sync, after) => {
    const state = await workbook(withReport);
    const before = workbookSnapshot(state);
    // Count the operations of that round trip on a dry run of the same apply.
    const dry = await workbook(withReport);
    await applyPlan(createFakeExcel(dry).run, fixturePlan(), fixtureRecipe);
    const operations = dry.requestLog.slice(-TRIPS)[sync - 1].operations;
    const afterOperations = after === "half" ? Math.floor(operations / 2) : after;
    expect(afterOperations).toBeLessThan(operations);
    state.failSync = { sync, afterOperations };
    const error: unknown = await applyPlan(createFakeExcel(state).run, fixturePlan(), fixtureRecipe).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAccessError);
    expect((error as ExcelAccessError).code).toBe("GeneralException");
    expect((error as ExcelAccessError).key).toBe(sync === TRIPS ? "excelSaveRecipe" : "excelWriteSheets");
    expect(workbookSnapshot(state)).toEqual(before);
  });
});
