/**
 * IPMA as the Priorities sheet's importance (issue #15, part 3): with the satisfaction model, a
 * rated attribute that is an indicator of a construct with a path to Satisfaction takes that
 * indicator's unstandardised IPMA importance (Ringle & Sarstedt 2016) — checked here against an
 * independent computation from CS.PLS's own outputs on the same file's cells: the indicator's
 * rescaled weight (its outer weight ÷ its sd, as a share of its block's) × its construct's
 * unstandardised importance from CS.PLS(…, "ipma"). Attributes outside the model are named and
 * left off; without a model, "ipma" falls back to Pearson and says so; the command line refuses
 * --importance ipma without --model.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import "../helpers/customFunctionsShim";
import { parseArgs } from "../../src/cli/args";
import { buildReportFromFile, readModelFile } from "../../src/cli/report";
import { PLS } from "../../src/functions/functions";
import { reportStrings } from "../../src/i18n/report";
import { cellsAsReportRead, csvWithoutColumn, table } from "./planCheck";

const SAMPLE = resolve(__dirname, "../fixtures/sample-survey.csv");
const MODEL = resolve(__dirname, "../fixtures/sample-model.csv");
const NOW = () => new Date("2026-03-04T05:06:07.000Z");
const cellsOf = (file: string): unknown[][] => cellsAsReportRead(readFileSync(file, "utf8"), [], 0);
const t = reportStrings("en");

/** The texts of a plan's sheet. */
const texts = (sheet: { blocks: { values: unknown[][] }[] }): string[] =>
  sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");

describe("IPMA importance on the Priorities sheet", () => {
  let built: Awaited<ReturnType<typeof buildReportFromFile>>;
  // CS.PLS has no case weights: the unweighted copy of the sample (without its Weight column).
  const unweightedCsv = csvWithoutColumn(readFileSync(SAMPLE, "utf8"), "Weight");
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-ipma-"));
    const file = join(dir, "unweighted.csv");
    writeFileSync(file, unweightedCsv);
    try {
      built = await buildReportFromFile(file, { model: readModelFile(MODEL), importance: "ipma", now: NOW });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is each indicator's rescaled weight × its construct's unstandardised importance (from CS.PLS on the same cells, 1e-9)", () => {
    const fit = built.model!.boot.fit;
    expect(fit.sumW).toBe(fit.n); // unweighted
    const survey = cellsAsReportRead(unweightedCsv, built.result.issues, built.result.issueCount);
    const model = cellsOf(MODEL);
    const weights = PLS(survey, model, "weights") as [string, string, number][];
    const ipma = PLS(survey, model, "ipma") as [string, number, number, number][];
    const header = survey[0] as string[];
    const rows = survey.slice(1).filter((r) => fit.model.indicators.every((ind) => r[header.indexOf(ind.name)] !== ""));
    const sd = (name: string): number => {
      const x = rows.map((r) => Number(r[header.indexOf(name)]));
      const m = x.reduce((s, v) => s + v, 0) / x.length;
      return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / x.length);
    };
    const unstd = new Map(weights.slice(1).map(([ind, , w]) => [ind, w / sd(ind)]));
    const constructOf = new Map(weights.slice(1).map(([ind, c]) => [ind, c]));
    const blockSum = (c: string): number => [...unstd].filter(([ind]) => constructOf.get(ind) === c).reduce((s, [, v]) => s + v, 0);
    const constructImportance = new Map(ipma.slice(1).map(([c, , u]) => [c, u]));
    const priority = table(built.plan, "CS_Priority");
    const attributes = priority.values(t.priority.headers.attribute) as string[];
    const importance = priority.values(t.priority.headers.importance) as number[];
    expect(attributes.length).toBeGreaterThan(0);
    expect(weights).toHaveLength(fit.model.indicators.length + 1);
    attributes.forEach((attribute, k) => {
      const ind = `${attribute} - satisfaction`;
      const c = constructOf.get(ind)!;
      const expected = (unstd.get(ind)! / blockSum(c)) * constructImportance.get(c)!;
      expect(Math.abs(importance[k] - expected)).toBeLessThan(1e-9);
    });
  });

  it("names the attributes outside the model and leaves them off; says where the importance comes from", () => {
    const priority = table(built.plan, "CS_Priority");
    expect(priority.values(t.priority.headers.attribute)).not.toContain("Privacy");
    const sheet = built.plan.sheets.find((s) => s.key === "priority")!;
    expect(texts(sheet).some((x) => x.includes("IPMA") && x.includes("Satisfaction"))).toBe(true);
    expect(built.plan.notes.some((x) => x.startsWith("Not indicators of a construct with a path to Satisfaction") && x.includes("Privacy"))).toBe(true);
  });

  it("falls back to Pearson without a model, and says so", async () => {
    const r = await buildReportFromFile(SAMPLE, { importance: "ipma", now: NOW, sheets: ["summary", "priority"] });
    expect(r.plan.notes).toContain(t.notes.ipmaNoModel);
    const sheet = r.plan.sheets.find((s) => s.key === "priority")!;
    expect(texts(sheet).some((x) => x.includes(t.priority.importancePearson))).toBe(true);
  });

  it("is refused on the command line without --model", () => {
    expect(() => parseArgs(["report", SAMPLE, "--out", "x.xlsx", "--importance", "ipma"])).toThrow(
      /--importance ipma takes the importance from the satisfaction model: give it with --model/,
    );
    expect(() => parseArgs(["report", SAMPLE, "--out", "x.xlsx", "--importance", "ipma", "--model", MODEL])).not.toThrow();
  });
});
