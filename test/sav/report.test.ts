/**
 * The command line's path on test/fixtures/exports/survey.sav with no roles file: roles proposed
 * from the variable labels and the label texts, then the report's numbers against the truth the
 * generator (scripts/make-sav-fixture.ts) computed from the generated values with plain code.
 */
import { join } from "path";
import { buildReportFromFile, type BuiltReport } from "../../src/cli/report";
import { readSavFile } from "../../src/cli/readSav";
import { expectAllClose, expectClose } from "../helpers/close";
import truth from "./survey.truth.json";

const SAV = join(__dirname, "..", "fixtures", "exports", "survey.sav");

describe("survey.sav (written by scripts/make-sav-fixture.ts)", () => {
  let built: BuiltReport;
  beforeAll(async () => {
    built = await buildReportFromFile(SAV, { now: () => new Date("2026-12-02T06:00:00Z") });
  });

  it("reads names, labels, value labels, the weight and the first rows", async () => {
    const t = await readSavFile(SAV);
    expect(t.rows).toHaveLength(truth.n);
    expect(t.headers.slice(0, 5)).toEqual(["Respondent ID", "Store", "Overall satisfaction", "Likelihood to recommend (0-10)", "Waiting time - satisfaction"]);
    expect(t.weight).toBe("Weight");
    expect(t.layout.columns[3]).toEqual({
      header: "Likelihood to recommend (0-10)",
      code: "recommend", // a long name (the record says RECOMMEN)
      question: "Likelihood to recommend (0-10)",
      valueLabels: { "0": "Not at all likely", "10": "Extremely likely", "99": "Refused" },
    });
    expect(t.layout.columns[1].valueLabels).toEqual({ "1": "North", "2": "South", "3": "Harbour", "4": "Müllerstraße" });
    // The generator's first rows (codes), as the reader must give them: labels for the fully
    // labelled variables, numbers for the anchored ones (recommend, importance), blanks for missing.
    const sat = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"];
    const kano = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
    const stores = ["North", "South", "Harbour", "Müllerstraße"];
    truth.firstRows.forEach((codes, r) => {
      const expected = codes.map((x, j) => {
        if (x === null || (x === 9 && (j === 2 || (j >= 4 && j <= 10))) || (x === 99 && j === 3)) return "";
        if (j === 1) return stores[(x as number) - 1];
        if (j === 2 || (j >= 4 && j <= 10)) return sat[(x as number) - 1];
        if (j >= 18 && j <= 23) return kano[(x as number) - 1];
        return x;
      });
      expect(t.rows[r]).toEqual(expected);
    });
  });

  it("proposes the roles from the labels", () => {
    const roles = built.proposals.map((p) => p.role);
    expect(roles).toEqual([
      "id", "segment", "overall", "recommend",
      ...new Array(7).fill("rating"), ...new Array(7).fill("importance"),
      "kano_functional", "kano_dysfunctional", "kano_functional", "kano_dysfunctional", "kano_functional", "kano_dysfunctional",
      "ignore", "weight",
    ]);
  });

  it("gives the true n, means, CSI, NPS (weighted by the file's weight)", () => {
    const a = built.analysis;
    expect(built.result.n).toBe(truth.n);
    expectClose(built.result.stats.sumW, truth.sumWeights, 1e-9);
    expectAllClose(a.means, truth.satisfactionMeans, 1e-9);
    expectClose(a.csi as number, truth.csi, 1e-9);
    expectClose(a.overallMean as number, truth.overallMean, 1e-9);
    expectClose(a.nps?.nps as number, truth.nps.value, 1e-9);
  });

  it("gives the true Kano counts and categories", () => {
    const names = built.result.stats.layout.attributes.map((x) => x.name);
    for (const k of truth.kano) {
      const res = built.analysis.kano[names.indexOf(k.feature)];
      expect(res).toBeDefined();
      for (const cat of ["A", "O", "M", "I", "R", "Q"] as const) expectClose(res!.counts[cat], k.weightedCounts[cat as keyof typeof k.weightedCounts], 1e-9);
      expect(res!.mostFrequent).toBe(k.category);
      expect(res!.category).toBe(k.category);
    }
  });
});

it("the same survey written big-endian reads the same (byte order from layout_code)", async () => {
  const le = await readSavFile(SAV);
  const be = await readSavFile(join(__dirname, "survey-big-endian.sav"));
  expect(be.headers).toEqual(le.headers);
  expect(be.layout.columns).toEqual(le.layout.columns);
  expect(be.rows).toEqual(le.rows);
  expect(be.weight).toBe("Weight");
});
