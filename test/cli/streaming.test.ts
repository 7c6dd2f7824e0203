/**
 * The streaming path (CSV read in chunks → row reader → accumulator) equals the task pane's
 * in-memory path (whole table → buildSurvey → statsFromSurvey → buildReportPlan): the same plan,
 * deep-equal, on the sample survey; the same statistics and issues on a survey built to break
 * things (empty and ragged rows, unreadable cells, bad weights, a second overall column, a lone
 * Kano column, labels); and the CSV reader gives the same rows whatever its chunk size.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { isDeepStrictEqual } from "util";
import { buildReportFromFile } from "../../src/cli/report";
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { readSurveyRows } from "../../src/cli/surveyRows";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { createRowReader, statsFromRows } from "../../src/report/rowStats";
import { statsFromSurvey } from "../../src/report/stats";
import { detectRoles, type ColumnProposal } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");
const SAMPLE_XLSX = resolve(__dirname, "../fixtures/sample-survey.xlsx");
const NOW = new Date("2026-03-04T05:06:07.000Z");
const now = (): Date => NOW;

describe("streaming path == in-memory path on the sample survey", () => {
  const cases: {
    name: string;
    language: "en" | "zh-CN" | "es";
    segment?: string;
    sheets?: ("summary" | "priority" | "gap")[];
    crosshair?: "median" | number;
  }[] = [
    { name: "defaults", language: "en" },
    { name: "zh-CN, segment by header, median crosshair", language: "zh-CN", segment: "Branch", crosshair: "median" },
    {
      name: "es, segment by column number, some sheets, numeric crosshair",
      language: "es",
      segment: "2",
      sheets: ["summary", "priority", "gap"],
      crosshair: 3.5,
    },
  ];

  test.each(cases)("$name: deep-equal ReportPlan", async ({ language, segment, sheets, crosshair }) => {
    const streamed = await buildReportFromFile(SAMPLE_CSV, { language, segment, sheets, crosshair, now });

    const table = await readSurveyFile(SAMPLE_CSV);
    const survey = buildSurvey(table.headers, table.rows, detectRoles(table.headers, table.rows));
    const options = { ...(sheets ? { sheets } : {}), ...(crosshair !== undefined ? { crosshair } : {}), ...(segment !== undefined ? { segment: 1 } : {}) };
    const inMemory = buildReportPlanFromSurvey(survey, { source: table.source, generatedAt: NOW.toISOString(), language }, options);

    expect(streamed.plan).toEqual(inMemory);
    expect(isDeepStrictEqual(streamed.plan, inMemory)).toBe(true);
    expect(streamed.plan.source).toBe("file sample-survey.csv");
    expect(streamed.plan.n).toBe(600);
    expect(streamed.plan.generatedAt).toBe("2026-03-04T05:06:07.000Z");
    expect(streamed.result.stats).toEqual(statsFromSurvey(survey, { segment: options.segment }));
  });

  test("unreadable cells are counted and listed with row and column, as buildSurvey lists them", async () => {
    const streamed = await buildReportFromFile(SAMPLE_CSV, { now });
    const table = await readSurveyFile(SAMPLE_CSV);
    const survey = buildSurvey(table.headers, table.rows, detectRoles(table.headers, table.rows));
    expect(streamed.result.issueCount).toBe(survey.issueCount);
    expect(streamed.result.issues).toEqual(survey.issues);
    expect(streamed.result.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [15, 5, "Very satisifed"],
      [28, 7, "7"],
      [151, 6, "11"],
      [212, 47, "I love it"],
    ]);
  });

  test("the .xlsx copy of the sample gives the same statistics and plan (only the source line differs)", async () => {
    const csv = await buildReportFromFile(SAMPLE_CSV, { now });
    const xlsx = await buildReportFromFile(SAMPLE_XLSX, { now });
    expect(xlsx.source).toBe("file sample-survey.xlsx, sheet Survey");
    expect(xlsx.result.stats).toEqual(csv.result.stats);
    const strip = (text: string, source: string): unknown => JSON.parse(text.split(source).join("SOURCE"));
    expect(strip(JSON.stringify(xlsx.plan), xlsx.source)).toEqual(strip(JSON.stringify(csv.plan), csv.source));
  });
});

describe("the row reader reads what buildSurvey reads", () => {
  // Columns: id, segment, weight, overall, overall (2nd → not read), recommend, rating+importance pair,
  // a label-coded rating, an expectation/perception pair on 1–7, a Kano pair, a lone Kano column, free text.
  const headers = [
    "ID",
    "Region",
    "Weight",
    "Overall satisfaction",
    "Overall (again)",
    "Recommend (0-10)",
    "Speed - satisfaction",
    "Speed - importance",
    "Staff - satisfaction",
    "Expectation: Speed",
    "Perception: Speed",
    "Chat (functional)",
    "Chat (dysfunctional)",
    "Lone (functional)",
    "Comment",
  ];
  const rows: unknown[][] = [
    ["1", "North", "1.5", "4", "5", "9", "4", "5", "Very satisfied", "6", "5", "I like it", "I dislike it", "1", "fine"],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", ""], // empty: skipped, counted
    ["2", "South", "x", "Very satisifed", "9", "11", "7", "4", "Satisfied", "8", "3", "I love it", "2", "9", ""],
    ["3", "  North ", "0", "5", "", "10", "3", "", "N/A", "5", "7", "2", "5", "", "ok"],
    ["4", "N/A", "", "2", "3", "0", "0", "3", "Dissatisfied", "", "4", "I expect it", "I can live with it", "3"], // ragged: short
    [],
    ["5", "South", "2", "3", "4", "7", "5", "5", "4", "7", "7", "3", "3", "4", "x", "extra", "cells"], // ragged: long
    ["6", "East", "1", "1", "1", "6", "2", "4", "Very dissatisfied", "1", "2", "5", "1", "", ""],
  ];
  const proposals = detectRoles(headers, rows);

  test("the proposals cover every kind of column this test needs", () => {
    const roles = proposals.map((p) => p.role);
    expect(roles).toEqual([
      "id",
      "segment",
      "weight",
      "overall",
      "rating",
      "recommend",
      "rating",
      "importance",
      "rating",
      "expectation",
      "perception",
      "kano_functional",
      "kano_dysfunctional",
      "kano_functional",
      "ignore",
    ]);
  });

  const variants: {
    name: string;
    props: ColumnProposal[];
    opts: { segment?: number; beta?: boolean; maxIssues?: number; scale?: { min: number; max: number } };
  }[] = [
    { name: "proposed roles", props: proposals, opts: {} },
    { name: "β cross-products, segment, 3 issues listed", props: proposals, opts: { segment: 1, beta: true, maxIssues: 3 } },
    { name: "a fixed 1–7 rating scale", props: proposals, opts: { scale: { min: 1, max: 7 } } },
    {
      name: "second overall kept as overall (buildSurvey reads only the first)",
      props: proposals.map((p) => (p.index === 4 ? { ...p, role: "overall" as const, attribute: undefined } : p)),
      opts: {},
    },
    { name: "no weight column", props: proposals.map((p) => (p.role === "weight" ? { ...p, role: "ignore" as const } : p)), opts: {} },
    { name: "proposals in reverse order", props: [...proposals].reverse(), opts: {} },
  ];

  test.each(variants)("$name: same statistics, n, issues and skipped rows", ({ props, opts }) => {
    const survey = buildSurvey(headers, rows, props, opts);
    const expected = statsFromSurvey(survey, { segment: opts.segment, beta: opts.beta });
    const got = statsFromRows(headers, rows, props, opts);
    expect(got.stats).toEqual(expected);
    expect(isDeepStrictEqual(got.stats, expected)).toBe(true);
    expect(got.n).toBe(survey.n);
    expect(got.issues).toEqual(survey.issues);
    expect(got.issueCount).toBe(survey.issueCount);
    expect(got.skippedRows).toBe(survey.skippedRows);
  });

  test("a row is read into the layout's positions; the weight apart; unreadable cells become blanks", () => {
    const reader = createRowReader(headers, proposals);
    const r = reader.read(rows[2], 4);
    expect(r).not.toBeNull();
    const { cells, weight } = r!;
    expect(weight).toBe(0); // "x" is not a weight
    expect(cells[reader.layout.overall!]).toBeNull(); // 'Very satisifed'
    expect(cells[reader.layout.recommend!]).toBeNull(); // 11
    const staff = reader.layout.attributes.find((a) => a.name === "Staff")!;
    expect(cells[staff.columns.rating!]).toBe(4); // "Satisfied" on 1–5
    expect(cells[reader.layout.segment!.column]).toBe("South");
    const speed = reader.layout.attributes.find((a) => a.name === "Speed")!;
    expect(speed.scales.rating).toEqual({ min: 1, max: 7 }); // detected from the values (a 7 is there)
    expect(cells[speed.columns.rating!]).toBe(7);
    // weight "x", overall 'Very satisifed', recommend 11, Kano 'I love it', lone Kano 9 (read for its issue only)
    expect(reader.issues.issues.map((i) => `${i.row}:${i.column}`)).toEqual(["4:3", "4:4", "4:6", "4:12", "4:14"]);
    expect(reader.read(["", " ", null], 5)).toBeNull();
    expect(reader.skippedRows).toBe(1);
  });
});

describe("the CSV reader: same rows whatever the chunk size, row numbers = line numbers", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cs-cli-csv-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function collect(path: string, chunkBytes?: number, sampleRows?: number) {
    const got: { row: readonly unknown[]; at: number }[] = [];
    let headers: string[] = [];
    let sample = 0;
    const r = await readSurveyRows(path, {
      chunkBytes,
      sampleRows,
      prepare(h, s) {
        headers = h;
        sample = s.length;
        return (row, at) => got.push({ row: [...row], at });
      },
    });
    return { headers, sample, rows: got, read: r.rows, source: r.source };
  }

  test("the sample survey: 1 KB chunks and a 7-row sample give the rows readSurveyFile gives", async () => {
    const table = await readSurveyFile(SAMPLE_CSV);
    const small = await collect(SAMPLE_CSV, 1024, 7);
    expect(small.headers).toEqual(table.headers);
    expect(small.sample).toBe(7);
    expect(small.rows.map((r) => r.row)).toEqual(table.rows);
    expect(small.rows.map((r) => r.at)).toEqual(table.rows.map((_, i) => i + 2));
    expect(small.read).toBe(600);
    expect(small.source).toBe("file sample-survey.csv");
  });

  test("BOM, CRLF, quoted commas and line breaks, empty lines inside (rows) and at the end (dropped)", async () => {
    const path = join(dir, "odd.csv");
    writeFileSync(path, '\uFEFFID,"Speed, overall",Note\r\n1,4,"a, b"\r\n\r\n2,5,"two\r\nlines"\r\n3,,\r\n\r\n\r\n');
    for (const chunk of [3, 16, undefined]) {
      const got = await collect(path, chunk);
      expect(got.headers).toEqual(["ID", "Speed, overall", "Note"]);
      expect(got.rows).toEqual([
        { row: ["1", "4", "a, b"], at: 2 },
        { row: [], at: 3 },
        { row: ["2", "5", "two\r\nlines"], at: 4 },
        { row: ["3", "", ""], at: 5 },
      ]);
    }
    const table = await readSurveyFile(path);
    expect(table.rows).toEqual([["1", "4", "a, b"], [], ["2", "5", "two\r\nlines"], ["3", "", ""]]);
  });

  test("a malformed quote stops the read with its row number, whatever the chunk size", async () => {
    const path = join(dir, "bad-quote.csv");
    writeFileSync(path, 'ID,Overall satisfaction\n1,4\n2,"5"x\n3,4\n');
    for (const chunk of [5, undefined]) {
      await expect(collect(path, chunk)).rejects.toThrow(/^bad-quote\.csv: row 3: Trailing quote on quoted field is malformed/);
    }
    const unterminated = join(dir, "unterminated.csv");
    writeFileSync(unterminated, 'ID,Overall satisfaction\n1,4\n2,"5\n3,4\n');
    await expect(collect(unterminated)).rejects.toThrow(/^unterminated\.csv: row 3: Quoted field unterminated/);
  });

  test("a header-only file reads zero rows; prepare still runs with an empty sample", async () => {
    const path = join(dir, "header-only.csv");
    writeFileSync(path, "ID,Overall satisfaction\n");
    const got = await collect(path);
    expect(got.headers).toEqual(["ID", "Overall satisfaction"]);
    expect(got.sample).toBe(0);
    expect(got.read).toBe(0);
  });
});
