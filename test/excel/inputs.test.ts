/**
 * Named input cells and edit detection on the fake: applyPlan names the plan's input cells and
 * keeps a hash per written cell; readInputs reads back the entries the manager changed and lists
 * every other changed cell; replacing the report moves the names to the new sheets (never #REF!),
 * and a failed replacement puts the old names back with everything else.
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { changedCells, writtenSheet } from "../../src/excel/edits";
import { readInputs } from "../../src/excel/inputs";
import { displayRef } from "../../src/report/a1";
import { loadRecipe, type Recipe } from "../../src/excel/recipe";
import type { ReportPlan } from "../../src/report/plan";
import { createFakeExcel, createWorkbookState, findSheet, setCells, workbookSnapshot } from "../fake-excel";
import { fixturePlan, fixtureRecipe } from "./fixturePlan";

/** The fixture plan with its three Summary weights (C5:C7) as named inputs. */
function planWithInputs(): ReportPlan {
  const plan = fixturePlan();
  plan.sheets[0].inputs = ["Waiting time", "Staff", "Link"].map((a, r) => ({
    key: `csiWeight:${a}`,
    name: `CS_W_${a.replace(/ /g, "_")}`,
    address: `C${5 + r}`,
  }));
  return plan;
}

async function generated() {
  const state = createWorkbookState({
    sheets: [
      {
        name: "Survey",
        rows: [
          ["id", "Waiting time"],
          [1, 4],
        ],
      },
    ],
  });
  const { run } = createFakeExcel(state);
  await applyPlan(run, planWithInputs(), fixtureRecipe);
  const recipe = (await loadRecipe(run)) as Recipe;
  return { state, run, recipe };
}

describe("edit hashes (pure)", () => {
  test("changed, cleared and new cells are listed in reading order; skipped cells are hashed apart", () => {
    const before = writtenSheet(
      [
        ["Title", ""],
        [1, "=A2*2"],
      ],
      0,
      0,
      new Set(["A2"]),
    );
    expect(Object.keys(before.cells)).toEqual(["A1", "B2"]);
    expect(Object.keys(before.inputs ?? {})).toEqual(["A2"]);
    const after = writtenSheet(
      [
        ["Title", "note"],
        [5, ""],
      ],
      0,
      0,
      new Set(["A2"]),
    );
    expect(changedCells(before, after)).toEqual(["B1", "B2"]);
    // A grid read from another origin names its cells there; the number 1 and the text "1" differ.
    expect(Object.keys(writtenSheet([[1]], 9, 27).cells)).toEqual(["AB10"]);
    expect(changedCells(writtenSheet([[1]], 0, 0), writtenSheet([["1"]], 0, 0))).toEqual(["A1"]);
    expect([displayRef("Summary", "H3"), displayRef("Key drivers", "H3"), displayRef("A1", "B2")]).toEqual(["Summary!H3", "'Key drivers'!H3", "'A1'!B2"]);
  });
});

describe("named inputs", () => {
  test("applyPlan names each input cell and records the inputs and the written cells in the recipe", async () => {
    const { state, recipe } = await generated();
    const summary = findSheet(state, "Summary")!;
    expect(state.names.map((n) => [n.name, n.sheetId, n.area.row, n.area.col])).toEqual([
      ["CS_W_Waiting_time", summary.id, 4, 2],
      ["CS_W_Staff", summary.id, 5, 2],
      ["CS_W_Link", summary.id, 6, 2],
    ]);
    expect(recipe.inputs?.map((i) => [i.name, i.sheet, i.address])).toEqual([
      ["CS_W_Waiting_time", "summary", "C5"],
      ["CS_W_Staff", "summary", "C6"],
      ["CS_W_Link", "summary", "C7"],
    ]);
    expect(Object.keys(recipe.written?.summary.inputs ?? {})).toEqual(["C5", "C6", "C7"]);
    expect(recipe.written?.summary.cells.C5).toBeUndefined();
    expect(recipe.written?.summary.cells.B9).toBeDefined();
  });

  test("readInputs: nothing changed → no entries, no edits (two round trips)", async () => {
    const { state, run, recipe } = await generated();
    state.syncCount = 0;
    expect(await readInputs(run, recipe)).toEqual({ entries: {}, edited: [] });
    expect(state.syncCount).toBe(2);
  });

  test("readInputs: the changed weights (value, formula, text) and every other edited cell, sheet by sheet", async () => {
    const { state, run, recipe } = await generated();
    setCells(state, "Summary", "C5", [[3], ["heavy"]]);
    setCells(state, "Summary", "C7", [[{ value: "=1+1", formula: "=1+1" }]]);
    setCells(state, "Priority", "H2", [["Ask the branch about this"]]);
    setCells(state, "Summary", "A2", [["my own method note"]]);
    setCells(state, "Summary", "B5", [[""]]); // a mean cleared
    const read = await readInputs(run, recipe);
    expect(read.entries).toEqual({
      "csiWeight:Waiting time": { value: 3 },
      "csiWeight:Staff": { value: "heavy" },
      "csiWeight:Link": { value: "=1+1", formula: "=1+1" },
    });
    expect(read.edited).toEqual(["Summary!A2", "Summary!B5", "Priority!H2"]);
  });

  test("a sheet the user renamed is not the report's any more: its edits are not listed", async () => {
    const { state, run, recipe } = await generated();
    setCells(state, "Priority", "H2", [["note"]]);
    findSheet(state, "Priority")!.name = "My priorities";
    expect((await readInputs(run, recipe)).edited).toEqual([]);
  });

  test("replacing the report: the old names are deleted before their sheets, the new ones point at the new sheets", async () => {
    const { state, run } = await generated();
    await applyPlan(run, planWithInputs(), fixtureRecipe);
    const summary = findSheet(state, "Summary")!;
    expect(state.names.map((n) => n.name)).toEqual(["CS_W_Waiting_time", "CS_W_Staff", "CS_W_Link"]);
    expect(state.names.every((n) => n.sheetId === summary.id)).toBe(true);
    const values = await run(async (context) => {
      const item = context.workbook.names.getItem("CS_W_Staff").load("value");
      await context.sync();
      return item.value as string;
    });
    expect(values).toBe("=Summary!$C$6");
  });

  test("a name of the user's is never taken or deleted: the report's gets '_2'", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: [["id"], [1]] }] });
    const { run } = createFakeExcel(state);
    await run(async (context) => void context.workbook.names.add("CS_W_Staff", "Survey!A2"));
    await applyPlan(run, planWithInputs(), fixtureRecipe);
    await applyPlan(run, planWithInputs(), fixtureRecipe);
    expect(state.names.map((n) => n.name).sort()).toEqual(["CS_W_Link", "CS_W_Staff", "CS_W_Staff_2", "CS_W_Waiting_time"]);
    expect(state.names.find((n) => n.name === "CS_W_Staff")?.sheetId).toBe(findSheet(state, "Survey")!.id);
    expect((await loadRecipe(run))?.inputs?.map((i) => i.name)).toEqual(["CS_W_Waiting_time", "CS_W_Staff_2", "CS_W_Link"]);
  });

  test("an Excel failure in the last round trip, after the old names went: the workbook is exactly as it was", async () => {
    const { state, run } = await generated();
    const before = workbookSnapshot(state);
    // Read, two sheets, then the last round trip: recipe, activate, 3 name deletions, 3 names added — then it fails.
    state.failSync = { sync: state.syncCount + 4, afterOperations: 8 };
    await expect(applyPlan(run, planWithInputs(), fixtureRecipe)).rejects.toThrow("saving the recipe");
    delete state.failSync;
    expect(workbookSnapshot(state)).toEqual(before);
  });
});
