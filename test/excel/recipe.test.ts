/** The recipe setting: shape checks, absent/unreadable/ok, and requirement-set messages. */
import { inspectRecipe, loadRecipe, parseRecipe, RECIPE_KEY, type Recipe } from "../../src/excel/recipe";
import { missingRequirements, REQUIRED_SETS } from "../../src/excel/requirements";
import { createFakeExcel, createWorkbookState } from "../fake-excel";
import { fixtureRecipe } from "./fixturePlan";

const recipe: Recipe = { version: 1, ...fixtureRecipe, sheets: [{ key: "summary", name: "Summary", id: "{sheet-9}" }] };

describe("parseRecipe", () => {
  test("accepts the stored object and its JSON text", () => {
    expect(parseRecipe(recipe)).toEqual({ status: "ok", recipe });
    const follows: Recipe = { ...recipe, source: { ...recipe.source, anchor: "B3", columns: 12 }, n: 600 };
    expect(parseRecipe(JSON.stringify(follows))).toEqual({ status: "ok", recipe: follows });
    const tabled: Recipe = { ...follows, source: { ...follows.source, table: "Responses" } };
    expect(parseRecipe(JSON.stringify(tabled))).toEqual({ status: "ok", recipe: tabled });
    expect(parseRecipe(JSON.stringify(recipe))).toEqual({ status: "ok", recipe });
    expect(parseRecipe(undefined)).toEqual({ status: "none" });
  });

  test("accepts named inputs and written-cell hashes; a recipe without them (older) stays readable", () => {
    const withInputs: Recipe = {
      ...recipe,
      inputs: [{ key: "csiWeight:Speed", name: "CS_W_Speed", sheet: "summary", address: "D31" }],
      written: { summary: { cells: { A1: "1x9k2", B4: "zz01" } } },
    };
    expect(parseRecipe(JSON.stringify(withInputs))).toEqual({ status: "ok", recipe: withInputs });
    expect(parseRecipe(recipe)).toEqual({ status: "ok", recipe });
    expect("inputs" in recipe || "written" in recipe).toBe(false);
  });

  test.each([
    ["not JSON", "{oops", "the stored recipe is not valid JSON"],
    ["an array", [], "the stored recipe is not an object"],
    ["another version", { ...recipe, version: 2 }, "recipe version 2 is not supported (expected 1)"],
    ["no source address", { ...recipe, source: { sheet: "Survey" } }, "source is not { sheet, address }"],
    ["an anchor that is a range", { ...recipe, source: { ...recipe.source, anchor: "A1:B2", columns: 2 } }, "source.anchor is not one cell"],
    ["no columns", { ...recipe, source: { ...recipe.source, anchor: "A1", columns: 0 } }, "source.columns is not a column count"],
    ["an empty table name", { ...recipe, source: { ...recipe.source, table: " " } }, "source.table is not a table name"],
    ["a table that is not a name", { ...recipe, source: { ...recipe.source, table: 7 } }, "source.table is not a table name"],
    ["a fractional n", { ...recipe, n: 6.5 }, "n is not a respondent count"],
    ["an unknown role", { ...recipe, roles: [{ ...recipe.roles[0], role: "mood" }] }, "roles[0].role 'mood' is not a column role"],
    ["a negative column", { ...recipe, roles: [{ ...recipe.roles[0], index: -1 }] }, "roles[0].index is not a column number"],
    ["a bad scale", { ...recipe, roles: [{ ...recipe.roles[1], scale: { min: 1 } }] }, "roles[0].scale is not { min, max }"],
    ["no options", (({ options: _, ...rest }) => rest)(recipe), "options are missing"],
    ["sheets without names", { ...recipe, sheets: [{ key: "summary" }] }, "sheets is not a list of { key, name }"],
    [
      "inputs without a name",
      { ...recipe, inputs: [{ key: "csiWeight:Speed", sheet: "summary", address: "D31" }] },
      "inputs is not a list of { key, name, sheet, address }",
    ],
    [
      "an input that is a range",
      { ...recipe, inputs: [{ key: "k", name: "CS_W_k", sheet: "summary", address: "D31:D32" }] },
      "inputs is not a list of { key, name, sheet, address }",
    ],
    ["written hashes that are numbers", { ...recipe, written: { summary: { cells: { A1: 5 } } } }, "written is not { sheet key: { cells } }"],
  ])("%s is unreadable", (_, stored, problem) => {
    expect(parseRecipe(stored)).toEqual({ status: "unreadable", problem });
  });
});

describe("loadRecipe / inspectRecipe", () => {
  test("none, ok, unreadable — one round trip each", async () => {
    const state = createWorkbookState();
    const { run } = createFakeExcel(state);
    expect(await inspectRecipe(run)).toEqual({ status: "none" });
    expect(await loadRecipe(run)).toBeNull();
    state.settings.set(RECIPE_KEY, recipe);
    expect(await loadRecipe(run)).toEqual(recipe);
    state.settings.set(RECIPE_KEY, { version: 1 });
    expect(await loadRecipe(run)).toBeNull();
    expect(await inspectRecipe(run)).toEqual({ status: "unreadable", problem: "source is not { sheet, address }" });
    expect(state.syncCount).toBe(5);
  });
});

describe("missingRequirements", () => {
  test("null when every set is there", () => {
    expect(missingRequirements(() => true)).toBeNull();
  });

  test("names the missing set, its version and what needs it", () => {
    const supported = (name: string, version: string) => !(name === "ExcelApi" && Number(version.split(".")[1]) > 8);
    const message = missingRequirements(supported);
    expect(message).toMatch(/^This version of Excel does not support ExcelApi 1\.9, which CS Insight needs for writing the report: /);
    expect(message).not.toContain("SharedRuntime");
  });

  test("lists every missing set", () => {
    expect(missingRequirements(() => false)?.match(/does not support/g)).toHaveLength(REQUIRED_SETS.length);
    expect(REQUIRED_SETS.map((s) => `${s.name} ${s.version}`)).toEqual(["ExcelApi 1.9", "SharedRuntime 1.1"]);
  });
});
