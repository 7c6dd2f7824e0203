/**
 * --importance <stated|pearson|beta|relative_weights|shapley|ipma> (issue #13; ipma: issue #15): parsed and checked, in
 * --help, and through the streamed report: the CSV's Priorities importance equals the report built
 * from the same survey in memory (the engine's key drivers on its rows), with R² and n on the sheet.
 */
import { resolve } from "path";
import { IMPORTANCE_CHOICES, optionHelp, parseArgs, UsageError } from "../../src/cli/args";
import { buildReportFromFile } from "../../src/cli/report";
import { reportStrings } from "../../src/i18n/report";
import { expectAllClose } from "../helpers/close";
import { sheetByKey, sheetCells } from "../report/planCheck";
import { ratingMatrix, sampleSurvey } from "../report/fixtures";
import { keyDrivers } from "../../src/engine";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const args = (...more: string[]) => parseArgs(["report", "s.csv", "--out", "r.xlsx", ...more]);

function usage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no UsageError for ${argv.join(" ")}`);
}

describe("--importance", () => {
  test("each method, in any case and with - for _; absent = the report's default", () => {
    // ipma is the satisfaction model's importance: it comes with a model file (test/report/ipmaImportance.test.ts).
    for (const m of IMPORTANCE_CHOICES) expect(args("--importance", m, ...(m === "ipma" ? ["--model", "m.csv"] : []))).toMatchObject({ importance: m });
    expect(args("--importance", "Relative-Weights")).toMatchObject({ importance: "relative_weights" });
    expect(args("--importance=SHAPLEY")).toMatchObject({ importance: "shapley" });
    expect(args()).not.toHaveProperty("importance");
  });

  test("an unknown method or no value is a usage error naming the choices", () => {
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--importance", "lasso"])).toBe(
      "--importance lasso: use stated, pearson, beta, relative_weights, shapley, ipma",
    );
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--importance"])).toBe("--importance needs a value");
  });

  test("--help lists it with its methods", () => {
    const line = optionHelp()
      .split("\n")
      .find((l) => l.includes("--importance"));
    expect(line).toMatch(/--importance <how>\s+importance on the priority sheet: stated, pearson, beta, relative_weights, shapley/);
  });

  test("the streamed report uses the method: shares of R² on the Priorities sheet, with R² and n", async () => {
    const en = reportStrings("en");
    const rw = await buildReportFromFile(SAMPLE_CSV, { importance: "relative_weights" });
    const sh = await buildReportFromFile(SAMPLE_CSV, { importance: "shapley" });
    for (const [built, text] of [
      [rw, en.priority.importanceRelativeWeights],
      [sh, en.priority.importanceShapley],
    ] as const) {
      expect(built.analysis.importanceMethod).toBe(built.options.importance);
      const fit = built.analysis.drivers!;
      expect(fit.n).toBeGreaterThan(0);
      const shares = built.analysis.stats.ratingItems.map((i) => built.analysis.importance[i] as number);
      // The engine on the same CSV read in memory (papaparse, the proposed roles): the same rows, the same shares.
      const survey = sampleSurvey();
      const rated = survey.attributes.map((a, i) => (a.rating ? i : -1)).filter((i) => i >= 0);
      const ref = keyDrivers(ratingMatrix(survey, rated), survey.overall!, { method: built.options.importance as "shapley", weights: survey.weights });
      expectAllClose(shares, ref.shares, 1e-10);
      expect(fit.n).toBe(ref.n);
      const cells = [...sheetCells(sheetByKey(built.plan, "priority")).values()].map((c) => c.value);
      expect(cells.some((v) => typeof v === "string" && v.includes(text))).toBe(true);
      expect(cells.some((v) => typeof v === "string" && v.includes("R² = "))).toBe(true);
    }
    // Relative weights and Shapley differ, but both split the same R².
    expect(rw.analysis.drivers!.r2).toBeCloseTo(sh.analysis.drivers!.r2 as number, 12);
  });
});
