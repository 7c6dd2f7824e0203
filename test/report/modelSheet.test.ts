/**
 * The Model sheet of --model (src/report/modelSheet.ts, src/report/plsSurvey.ts, issue #15): the
 * command line's PLS model of the sample survey, read row by row, equals CS.PLS run on the same
 * file's cells (the worksheet function's own reading path) to 1e-9 — index, paths, R²; the
 * reliability check says what applies; the diagram has a box per construct and an arrow per path;
 * the three languages render; a model file that cannot be had or names a missing header is said so.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import Papa from "papaparse";
import "../helpers/customFunctionsShim";
import { buildReportFromFile, readModelFile } from "../../src/cli/report";
import { PLS } from "../../src/functions/functions";
import { cellsAsReportRead, csvWithoutColumn, table } from "./planCheck";
import { parsePlsModelTable, resolvePlsModel } from "../../src/engine/pls/model";
import { tenTimesRule } from "../../src/report/modelSheet";
import { MOBI_BASIC_MODEL_ROWS } from "../engine/pls/qualityFixtures";
import { PLS_TEMPLATES } from "../../src/engine/pls/templates";
import { templateSpecs } from "../../src/report/plsTemplateReport";
import { reportStrings } from "../../src/i18n/report";
import { parseRect } from "../../src/report/a1";
import { LINE_HEIGHT, planRowHeights } from "../../src/report/textMetrics";
import { REPORT_STYLES } from "../../src/report/theme";
import { suggestConstructs } from "../../src/survey/constructs";

const SAMPLE = resolve(__dirname, "../fixtures/sample-survey.csv");
const MODEL = resolve(__dirname, "../fixtures/sample-model.csv");
const NOW = () => new Date("2026-03-04T05:06:07.000Z");
const MOBI_HEADERS = readFileSync(resolve(__dirname, "../fixtures/pls/quality/mobi.csv"), "utf8")
  .split(/\r?\n/)[0]
  .split(",")
  .map((c) => c.replace(/"/g, ""));
const cellsOf = (file: string): unknown[][] => Papa.parse<string[]>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the Model sheet (--model)", () => {
  let built: Awaited<ReturnType<typeof buildReportFromFile>>;
  beforeAll(async () => {
    built = await buildReportFromFile(SAMPLE, { model: readModelFile(MODEL), now: NOW });
  });

  it("comes last, after the survey's sheets", () => {
    expect(built.plan.sheets.map((s) => s.key).at(-1)).toBe("model");
  });
  it("has CS.PLS's index, paths and R² on the same file's cells (1e-9; unweighted: the sample without its Weight column)", async () => {
    // CS.PLS has no case weights: the report of an unweighted copy is compared with it.
    const dir = mkdtempSync(join(tmpdir(), "cs-model-"));
    const file = join(dir, "unweighted.csv");
    writeFileSync(file, csvWithoutColumn(readFileSync(SAMPLE, "utf8"), "Weight"));
    const unweighted = await buildReportFromFile(file, { model: readModelFile(MODEL), now: NOW });
    rmSync(dir, { recursive: true, force: true });
    // The cells the report skipped as unreadable (a misspelt label) are blank for CS.PLS too.
    const survey = cellsAsReportRead(csvWithoutColumn(readFileSync(SAMPLE, "utf8"), "Weight"), unweighted.result.issues, unweighted.result.issueCount);
    const model = cellsOf(MODEL);
    const fit = unweighted.model!.boot.fit;
    // The survey's weights are used: the weighted index differs.
    expect(Math.abs(built.model!.boot.fit.index.at(-1)! - fit.index.at(-1)!)).toBeGreaterThan(1e-3);
    const index = PLS(survey, model, "index") as unknown[][];
    expect(index).toHaveLength(fit.model.constructs.length + 1);
    index.slice(1).forEach((row, j) => expect(Math.abs((row[1] as number) - fit.index[j])).toBeLessThan(1e-9));
    const paths = PLS(survey, model, "paths") as unknown[][];
    expect(paths).toHaveLength(fit.model.antecedents.flat().length + 1);
    for (const [from, to, v] of paths.slice(1) as [string, string, number][]) {
      const f = fit.model.constructs.indexOf(from);
      const t = fit.model.constructs.indexOf(to);
      expect(Math.abs(fit.paths[t][f] - v)).toBeLessThan(1e-9);
    }
    // The outer model table: CS.PLS's weights and loadings; an indicator's "loads higher on" where a cross-loading beats its own.
    const outer = table(unweighted.plan, "CS_Model_Outer").rows.map((r) => r.map((c) => c.value));
    const weights = PLS(survey, model, "weights") as [string, string, number][];
    const loadings = PLS(survey, model, "loadings") as [string, string, number][];
    expect(outer).toHaveLength(weights.length - 1);
    outer.forEach((row, i) => {
      expect(row.slice(0, 2)).toEqual(weights[i + 1].slice(0, 2));
      expect(Math.abs((row[2] as number) - weights[i + 1][2])).toBeLessThan(1e-9);
      expect(Math.abs((row[3] as number) - loadings[i + 1][2])).toBeLessThan(1e-9);
      expect((row[4] as number) <= (row[3] as number) && (row[3] as number) <= (row[5] as number)).toBe(true);
      const own = fit.crossLoadings[i][fit.model.indicators[i].construct];
      const beats = fit.model.constructs.filter((_, k) => k !== fit.model.indicators[i].construct && Math.abs(fit.crossLoadings[i][k]) > Math.abs(own));
      expect(row[6] === null).toBe(beats.length === 0);
    });
    expect(fit.n).toBeLessThan(600); // blanks leave respondents out, and the sheet says how many
    expect(unweighted.model!.dropped).toBe(600 - fit.n);
  });
  it("writes the index table with its bootstrap interval around the index", () => {
    const sheet = built.plan.sheets.at(-1)!;
    const table = sheet.tables.find((t) => t.name === "CS_Model_Index");
    expect(table).toBeDefined();
    const b = built.model!.boot;
    b.index.forEach((i) => expect(i.low <= i.estimate && i.estimate <= i.high).toBe(true));
    expect(b.resamples + b.failed).toBe(500);
  });
  it("checks reliability where it applies: single-indicator blocks say so", () => {
    const sheet = built.plan.sheets.at(-1)!;
    const texts = sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("single indicator: not applicable");
    // Fornell–Larcker as the engine judged it: passes[j] false for some construct ⇔ the warning names it.
    const fails = built.model!.quality.fornellLarcker.passes.some((p) => p === false);
    expect(texts.some((x) => x.startsWith(fails ? "Fornell–Larcker: √AVE does not exceed" : "Fornell–Larcker: each construct"))).toBe(true);
    expect(texts.some((x) => x.startsWith("below the threshold: ") || x === "meets the thresholds")).toBe(true);
  });
  it("draws a box per construct and an arrow per path, the coefficients as labels", () => {
    const shapes = built.plan.sheets.at(-1)!.shapes ?? [];
    const fit = built.model!.boot.fit;
    expect(shapes.filter((s) => s.kind === "box").length).toBe(fit.model.constructs.length);
    const arrows = shapes.filter((s) => s.kind === "arrow");
    expect(arrows.length).toBe(fit.model.antecedents.flat().length);
    expect(arrows.every((a) => a.kind === "arrow" && /^-?\d\.\d\d$/.test(a.label ?? ""))).toBe(true);
  });
  it("draws the diagram below everything else on the sheet, clear of the cells' text", () => {
    const sheet = built.plan.sheets.at(-1)!;
    const boxes = (sheet.shapes ?? []).filter((s) => s.kind === "box");
    const anchor = new Set(boxes.map((b) => (b.kind === "box" ? b.at : "")));
    expect(anchor.size).toBe(1); // one corner for the whole diagram: its boxes keep their places among themselves
    const top = parseRect([...anchor][0]).top;
    const height = Math.max(...boxes.map((b) => (b.kind === "box" ? b.frame.y + b.frame.h : 0)));
    const rows = Math.ceil(height / 15);
    // No text between the diagram's first row and its last: the method notes come after it.
    const texts = sheet.blocks.filter((b) => parseRect(b.anchor).top >= top && parseRect(b.anchor).top < top + rows);
    expect(texts).toEqual([]);
    expect(sheet.blocks.some((b) => parseRect(b.anchor).top >= top + rows)).toBe(true);
  });
  it("is wide enough in column A for the indicators' headers (up to 40 characters)", () => {
    const sheet = built.plan.sheets.at(-1)!;
    const longest = Math.max(...built.model!.boot.fit.model.indicators.map((i) => i.name.length));
    expect(sheet.columnWidths![0]).toBeGreaterThanOrEqual(Math.min(40, longest + 2));
  });
  it("wraps a header longer than its column (30 characters at most) onto two lines instead of cutting it", () => {
    const sheet = built.plan.sheets.at(-1)!;
    const long = reportStrings("en").model.ipmaHeaders[1]; // "Importance (total effect per point)", 35 characters
    const header = sheet.blocks.find((b) => b.style === "header" && b.values[0].includes(long))!;
    const at = parseRect(header.anchor);
    const col = at.left + header.values[0].indexOf(long);
    expect(sheet.columnWidths![col - 1]).toBe(30);
    expect(REPORT_STYLES.header.wrap).toBe(true);
    expect(planRowHeights(sheet).get(at.top)).toBe(2 * LINE_HEIGHT);
  });
  it("renders in Spanish and Chinese", async () => {
    for (const language of ["es", "zh-CN"] as const) {
      const r = await buildReportFromFile(SAMPLE, { language, model: readModelFile(MODEL), now: NOW });
      expect(r.plan.sheets.at(-1)!.name).toBe(language === "es" ? "Modelo" : "满意度模型");
    }
  });
  it("says when the model file cannot be had or names a header the survey lacks", async () => {
    expect(() => readModelFile(resolve(__dirname, "no-such-model.csv"))).toThrow(/model file not found/);
    const file = readModelFile(MODEL);
    if (!("specs" in file)) throw new Error("the sample model is a file, not a template");
    const bad = { specs: file.specs.map((s, i) => (i === 0 ? { ...s, indicators: ["Staff courtesy - satisfactoin"] } : s)), name: "m.csv" };
    await expect(buildReportFromFile(SAMPLE, { model: bad, now: NOW })).rejects.toThrow(/did you mean Staff courtesy - satisfaction/);
  });
  it("leaves blank the index of a construct whose weights differ in sign, and says why (seminr's basic mobi model: PERQ6 < 0 in Mode B Quality)", async () => {
    const MOBI = resolve(__dirname, "../fixtures/pls/quality/mobi.csv");
    const specs = parsePlsModelTable([["construct", "indicators", "antecedents", "mode"], ...MOBI_BASIC_MODEL_ROWS]);
    const r = await buildReportFromFile(MOBI, { model: { specs, name: "mobi-model.csv" }, now: NOW });
    const sheet = r.plan.sheets.at(-1)!;
    const index = r.model!.boot;
    const q = index.fit.model.constructs.indexOf("Quality");
    expect(Number.isFinite(index.fit.index[q])).toBe(true); // the engine has a number …
    const texts = sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
    expect(texts.some((x) => x.includes("PERQ6") && x.includes("negative"))).toBe(true); // … the sheet says why it shows none
    const rows = table(r.plan, "CS_Model_Index").rows.map((row) => row.map((c) => c.value));
    expect(rows.find((row) => row[0] === "Quality")!.slice(1, 4)).toEqual([null, null, null]);
    expect(typeof rows.find((row) => row[0] === "Image")![1]).toBe("number");
    const ipma = table(r.plan, "CS_Model_IPMA").rows.map((row) => row.map((c) => c.value));
    expect(ipma.find((row) => row[0] === "Quality")?.[2]).toBeNull();
  });
  it("lists the indicators' importance and performance: each block's importances add up to its construct's (its rescaled weights add up to 1)", () => {
    const constructs = new Map(table(built.plan, "CS_Model_IPMA").rows.map((r) => [r[0].value as string, r[1].value as number]));
    const indicators = table(built.plan, "CS_Model_IPMA_Indicators").rows.map((r) => r.map((c) => c.value));
    expect(indicators).toHaveLength(built.model!.ipma.indicators.length);
    expect(indicators.length).toBeGreaterThan(constructs.size);
    for (const [construct, importance] of constructs) {
      const sum = indicators.filter((r) => r[1] === construct).reduce((acc, r) => acc + (r[2] as number), 0);
      expect(Math.abs(sum - importance)).toBeLessThan(1e-9);
    }
    for (const r of indicators) expect((r[3] as number) >= 0 && (r[3] as number) <= 100).toBe(true);
  });
});

describe("--model acsi / ecsi: a template with the columns proposed from the roles", () => {
  it("is the pane's model: the same constructs, columns and numbers as the template with suggestConstructs' columns (1e-12)", async () => {
    const r = await buildReportFromFile(SAMPLE, { model: readModelFile("ECSI"), now: NOW, sheets: ["summary"] });
    const proposals = r.proposals;
    const indicators = suggestConstructs(proposals, PLS_TEMPLATES[1]);
    const { specs } = templateSpecs({ template: "ecsi", indicators }, "en");
    const byFile = await buildReportFromFile(SAMPLE, { model: { specs, name: "ecsi.csv" }, now: NOW, sheets: ["summary"] });
    expect(r.model!.boot.fit.model.constructs).toEqual(["Expectation", "Perceived quality", "Perceived value", "Satisfaction", "Loyalty"]);
    r.model!.boot.fit.index.forEach((v, j) => expect(Math.abs(v - byFile.model!.boot.fit.index[j])).toBeLessThan(1e-12));
    // Image and Complaints have no column: the Model sheet says so.
    const texts = r.plan.sheets
      .at(-1)!
      .blocks.flatMap((b) => b.values.flat())
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain(
      "ECSI (European Customer Satisfaction Index): no survey column measures Image, Complaints, so the model leaves them out with their paths.",
    );
    // One construct left out: "it" (and Spanish "lo"), not "them".
    const one = { ...indicators, image: ["Brand reputation"] };
    expect(templateSpecs({ template: "ecsi", indicators: one }, "en").notes).toEqual([
      "ECSI (European Customer Satisfaction Index): no survey column measures Complaints, so the model leaves it out with its paths.",
    ]);
    expect(templateSpecs({ template: "ecsi", indicators }, "es").notes[0]).toContain("el modelo los omite");
    expect(templateSpecs({ template: "ecsi", indicators: one }, "es").notes[0]).toContain("el modelo lo omite");
  });
  it("prefers a file of that name when there is one", () => {
    expect(readModelFile("acsi")).toEqual({ template: "acsi", name: "ACSI" });
    expect(readModelFile(MODEL)).toHaveProperty("specs");
  });
});

describe("the ten-times rule (Hair, Ringle & Sarstedt 2011)", () => {
  let built: Awaited<ReturnType<typeof buildReportFromFile>>;
  beforeAll(async () => {
    built = await buildReportFromFile(SAMPLE, { model: readModelFile(MODEL), now: NOW, sheets: ["summary"] });
  });
  it("is 10 × the most paths into a construct or formative indicators of one (by hand: mobi basic, Quality's 7 formative indicators → 70; the sample model's 3 paths into Satisfaction → 30)", () => {
    const mobi = resolvePlsModel(parsePlsModelTable([["construct", "indicators", "antecedents", "mode"], ...MOBI_BASIC_MODEL_ROWS]), MOBI_HEADERS);
    expect(tenTimesRule(mobi)).toBe(70);
    expect(tenTimesRule(built.model!.boot.fit.model)).toBe(30);
  });
  it("warns on the Model sheet when fewer respondents answered every indicator, and not otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-few-"));
    const file = join(dir, "few.csv");
    writeFileSync(file, readFileSync(SAMPLE, "utf8").split(/\r?\n/).slice(0, 26).join("\n"));
    try {
      const few = await buildReportFromFile(file, { model: readModelFile(MODEL), now: NOW, sheets: ["summary"] });
      const texts = (r: typeof few) =>
        r.plan.sheets
          .at(-1)!
          .blocks.flatMap((b) => b.values.flat())
          .filter((v): v is string => typeof v === "string");
      expect(few.model!.boot.fit.n).toBeLessThan(30);
      expect(texts(few).some((x) => x.startsWith(`Only ${few.model!.boot.fit.n} respondents for this model: the ten-times rule asks for at least 30`))).toBe(
        true,
      );
      expect(texts(built).some((x) => x.startsWith("Only "))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
