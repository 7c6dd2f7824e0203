/**
 * CS.PLS (src/functions/pls.ts) on the cells Excel passes: the seminr mobi model read from the
 * data's header row reproduces seminr's published path coefficients (test/fixtures/pls/, 1e-6),
 * every output has its header row, and mistakes in the model or the answers name their cell.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import "../helpers/customFunctionsShim";
import { PLS, PLS_FUNCTION } from "../../src/functions/functions";
import { MOBI_BASIC_MODEL_ROWS } from "../engine/pls/qualityFixtures";

const FIX = resolve(__dirname, "../fixtures/pls");
const lines = readFileSync(resolve(FIX, "quality/mobi.csv"), "utf8").trim().split(/\r?\n/);
/** The survey as Excel passes it: header row of texts, then numbers. */
const data: unknown[][] = [
  lines[0]
    .split(",")
    .map((c) => c.replace(/"/g, ""))
    .slice(1),
  ...lines.slice(1).map((l) => l.split(",").slice(1).map(Number)),
];
const model: unknown[][] = [["Construct", "Indicators", "Antecedents", "Mode"], ...MOBI_BASIC_MODEL_ROWS];
const run = (...args: unknown[]) => PLS_FUNCTION.run(args as never) as unknown[][];

describe("CS.PLS", () => {
  it("has seminr's path coefficients on the mobi data (path scheme by default; 1e-6)", () => {
    const out = run(data, model);
    expect(out[0]).toEqual(["from", "to", "coefficient"]);
    const expected: [string, string, number][] = [
      ["Image", "Expectation", 0.512876954138615],
      ["Expectation", "Loyalty", 0.124534792831633],
      ["Quality", "Loyalty", 0.405693671851465],
      ["Complaints", "Loyalty", 0.176081956818542],
    ];
    expect(out.length).toBe(5);
    for (const [from, to, v] of expected) {
      const row = out.find((r) => r[0] === from && r[1] === to);
      expect(Math.abs((row?.[2] as number) - v)).toBeLessThan(1e-6);
    }
  });
  it("gives every output with its header row", () => {
    const heads: Record<string, unknown[]> = {
      r2: ["construct", "r2"],
      index: ["construct", "index"],
      weights: ["indicator", "construct", "weight"],
      loadings: ["indicator", "construct", "loading"],
      reliability: ["construct", "alpha", "rho_a", "rho_c", "ave"],
      htmt: ["", "Image", "Expectation", "Quality", "Complaints", "Loyalty"],
      ipma: ["construct", "importance", "importance_unstandardised", "performance"],
    };
    for (const [output, head] of Object.entries(heads)) {
      const out = run(data, model, output);
      expect(out[0]).toEqual(head);
    }
    expect(run(data, model, "r2").map((r) => r[0])).toEqual(["construct", "Expectation", "Loyalty"]);
    const index = run(data, model, "index").slice(1);
    // Quality (Mode B) has a negative weight on PERQ6 in seminr's solution too (−0.086, seminr-mobi-basic-outer-model.csv): no 0–100 index, an error cell naming it.
    expect((index.find((r) => r[0] === "Quality")?.[1] as { message: string }).message).toContain("PERQ6 has a negative outer weight");
    const reflective = index.filter((r) => r[0] !== "Quality");
    expect(reflective.every((r) => typeof r[1] === "number" && (r[1] as number) > 0 && (r[1] as number) < 100)).toBe(true);
    // The formative block has no α: a blank cell, not a number.
    expect(run(data, model, "reliability").find((r) => r[0] === "Quality")?.[1]).toBe("");
    // IPMA of Loyalty (no construct is named satisfaction: the last endogenous one).
    expect(run(data, model, "ipma").map((r) => r[0])).toEqual(["construct", "Image", "Expectation", "Quality", "Complaints"]);
  });
  it("takes the scheme and an IPMA target by name", () => {
    const centroid = run(data, model, "paths", "centroid");
    expect(centroid[1][2]).not.toBe(run(data, model)[1][2]);
    expect(run(data, model, "ipma", "path", [["expectation"]]).map((r) => r[0])).toEqual(["construct", "Image"]);
  });
  /** The error a spill returns: one cell holding it. */
  const errorOf = (out: unknown): string => (out as { message?: string }[][])[0][0].message ?? "";
  it("names the model's cell, the answer's cell and an unknown target", () => {
    const bad = model.map((r) => [...r]);
    bad[2][1] = "CUEX1, CUEX9";
    expect(errorOf(PLS(data, bad))).toMatch(/model.*row 3.*column 2.*CUEX9/);
    const text = data.map((r) => [...r]);
    text[5][2] = "lots";
    expect(errorOf(PLS(text, model))).toMatch(/data.*row 6.*column 3/);
    expect(errorOf(PLS(data, model, "ipma", "path", [["Value"]]))).toMatch(/Value.*Image, Expectation/);
  });
});
