/**
 * The model templates (engine/pls/templates.ts) against the published structures, typed here
 * again from the papers' figures: ACSI (Fornell et al. 1996, Figure 1) and ECSI (Tenenhaus et al.
 * 2005, Figure 1; the same paths as R plspm's satisfaction example and seminr's mobi model).
 */
import { resolvePlsModel } from "../../../src/engine/pls/model";
import { PLS_CONSTRUCT_KEYS, PLS_TEMPLATES, plsTemplate, templateModel, type PlsConstructKey } from "../../../src/engine/pls/templates";
import { ECSI_MODEL_ROWS } from "./qualityFixtures";
import { expectCsError } from "../csError";

const names = Object.fromEntries(PLS_CONSTRUCT_KEYS.map((k) => [k, k.toUpperCase()])) as Record<PlsConstructKey, string>;
const pathsOf = (key: string) =>
  plsTemplate(key)!
    .constructs.flatMap((c) => c.antecedents.map((a) => `${a}>${c.construct}`))
    .sort();

describe("the published structures", () => {
  it("ACSI: expectations → quality, value, satisfaction; quality → value, satisfaction; value → satisfaction; satisfaction → complaints, loyalty; complaints → loyalty", () => {
    expect(pathsOf("acsi")).toEqual(
      [
        "expectation>quality",
        "expectation>value",
        "expectation>satisfaction",
        "quality>value",
        "quality>satisfaction",
        "value>satisfaction",
        "satisfaction>complaints",
        "satisfaction>loyalty",
        "complaints>loyalty",
      ].sort(),
    );
  });
  it("ECSI without Complaints: the paths of R plspm's satisfaction model (the tests' ECSI fixture), plus the Complaints paths of the paper", () => {
    const key: Record<string, PlsConstructKey> = { IMAG: "image", EXPE: "expectation", QUAL: "quality", VAL: "value", SAT: "satisfaction", LOY: "loyalty" };
    const fixture = ECSI_MODEL_ROWS.flatMap((r) =>
      r[2]
        .split(",")
        .filter((a) => a.trim() !== "")
        .map((a) => `${key[a.trim()]}>${key[r[0]]}`),
    ).sort();
    expect(fixture.length).toBe(10);
    const noComplaints = pathsOf("ecsi").filter((p) => !p.includes("complaints"));
    expect(noComplaints).toEqual(fixture);
    expect(pathsOf("ecsi").filter((p) => p.includes("complaints"))).toEqual(["complaints>loyalty", "satisfaction>complaints"]);
  });
  it("every template lists a construct's antecedents before it (a valid, acyclic order)", () => {
    for (const t of PLS_TEMPLATES) {
      const seen = new Set<string>();
      for (const c of t.constructs) {
        c.antecedents.forEach((a) => expect(seen.has(a)).toBe(true));
        seen.add(c.construct);
      }
    }
  });
  it("an unknown key has no template", () => expect(plsTemplate("nps")).toBeUndefined());
});

describe("templateModel", () => {
  const all = Object.fromEntries(PLS_CONSTRUCT_KEYS.map((k) => [k, [`${k}1`, `${k}2`]]));
  it("every construct measured: the whole structure, resolvable against the survey's headers", () => {
    const { specs, leftOut } = templateModel(plsTemplate("ecsi")!, all, names);
    expect(leftOut).toEqual([]);
    const model = resolvePlsModel(
      specs,
      PLS_CONSTRUCT_KEYS.flatMap((k) => [`${k}1`, `${k}2`]),
    );
    expect(model.constructs).toEqual(["IMAGE", "EXPECTATION", "QUALITY", "VALUE", "SATISFACTION", "COMPLAINTS", "LOYALTY"]);
    expect(model.antecedents.flat().length).toBe(12);
  });
  it("an unmeasured construct leaves with its paths; the rest of the structure stays", () => {
    const { complaints: _c, ...noComplaints } = all;
    const { specs, leftOut } = templateModel(plsTemplate("acsi")!, noComplaints, names);
    expect(leftOut).toEqual(["complaints"]);
    expect(specs.map((s) => s.construct)).toEqual(["EXPECTATION", "QUALITY", "VALUE", "SATISFACTION", "LOYALTY"]);
    expect(specs.find((s) => s.construct === "LOYALTY")!.antecedents).toEqual(["SATISFACTION"]);
  });
  it("satisfaction unmeasured → a clear error naming it; nothing but satisfaction → no path", () => {
    expectCsError(() => templateModel(plsTemplate("acsi")!, { quality: ["q"] }, names), "value", "SATISFACTION");
    expectCsError(() => templateModel(plsTemplate("acsi")!, { satisfaction: ["s"] }, names), "value", "path");
  });
});
