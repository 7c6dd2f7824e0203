/**
 * The report's raking (src/report/raking.ts, issue #14 part 3): the margins table's errors (each
 * key, with its location), the survey columns found by header, the collector's respondents and
 * base weights, the engine's errors relocated to the sheet, and the stats builders' caseWeights.
 *
 * Independent checks: the one-margin case is post-stratification, whose weights have the closed
 * form w_i = b_i · T_c / Σ_{j in c} b_j (Lumley 2010, §7.3; hand-computed below); for two margins
 * the raked weights' category totals are summed here directly from the rows and compared with
 * the targets to 1e-9.
 */
import { CsError } from "../../src/engine/errors";
import { createRakeCollector, marginColumns, parseMargins } from "../../src/report/raking";
import { statsFromRows } from "../../src/report/rowStats";
import { statsFromSurvey } from "../../src/report/stats";
import type { ColumnProposal } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";

const HEADER = ["variable", "category", "target"];

/** The CsError a function throws (fails the test when it throws nothing or something else). */
function thrown(f: () => unknown): CsError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsError) return e;
    throw e;
  }
  throw new Error("expected a CsError");
}

describe("parseMargins: the margins table", () => {
  test("reads totals, shares and percentages, columns in any order, blank rows skipped", () => {
    const m = parseMargins(
      [["Target", "Variable", "Category"], ["0.4", "Region", "North"], [], ["60%", "Region", "South"], [300, "Type", "Retail"], ["200", "Type", "Business"]],
      "m.csv",
    );
    expect(m.variables).toEqual(["Region", "Type"]);
    expect(m.targets).toEqual([
      { variable: "Region", category: "North", target: 0.4, row: 2 },
      { variable: "Region", category: "South", target: 0.6, row: 4 },
      { variable: "Type", category: "Retail", target: 300, row: 5 },
      { variable: "Type", category: "Business", target: 200, row: 6 },
    ]);
  });

  test.each([
    ["Spanish", ["Variable", "Categoría", "Objetivo"]],
    ["Chinese", ["变量", "类别", "目标"]],
    ["English synonyms", ["margin", "level", "share"]],
  ])("header words in %s", (_, header) => {
    expect(parseMargins([header, ["Region", "North", 1]], "m.csv").targets).toHaveLength(1);
  });

  test("marginsEmpty: no rows, or a blank header row", () => {
    for (const grid of [[], [["", " "]]]) {
      const e = thrown(() => parseMargins(grid, "m.csv"));
      expect(e.key).toBe("marginsEmpty");
      expect(e.message).toContain("m.csv");
    }
  });

  test("marginsHeader: names the missing columns and lists the headers (row 1)", () => {
    const e = thrown(() =>
      parseMargins(
        [
          ["variable", "group", "weight"],
          ["Region", "North", 1],
        ],
        "m.csv",
      ),
    );
    expect(e.key).toBe("marginsHeader");
    expect(e.row).toBe(1);
    expect(e.params).toMatchObject({ file: "m.csv", missing: "category, target", headers: '"variable", "group", "weight"' });
  });

  test("marginsNoTargets: a header row alone", () => {
    expect(thrown(() => parseMargins([HEADER, ["", "", ""]], "m.csv")).key).toBe("marginsNoTargets");
  });

  test("marginsBlankVariable: row and column of the blank cell", () => {
    const e = thrown(() => parseMargins([HEADER, ["Region", "North", 1], ["  ", "South", 1]], "m.csv"));
    expect([e.key, e.row, e.column]).toEqual(["marginsBlankVariable", 3, 1]);
  });

  test.each([["abc"], [""], ["0"], ["-2"], [Infinity]])("marginsBadTarget %p: row, column and value", (target) => {
    const e = thrown(() =>
      parseMargins(
        [
          ["category", "variable", "target"],
          ["North", "Region", 1],
          ["South", "Region", target],
        ],
        "m.csv",
      ),
    );
    expect([e.key, e.code, e.row, e.column]).toEqual(["marginsBadTarget", "num", 3, 3]);
    expect(e.params.value).toBe(String(target).trim());
    expect(e.message).toMatch(/^row 3, column 3: m\.csv: target/);
  });

  test("marginsDuplicate: the second target's row, the category's column", () => {
    const e = thrown(() => parseMargins([HEADER, ["Region", "North", 1], ["Region", "South", 1], ["Region", "North", 2]], "m.csv"));
    expect([e.key, e.row, e.column]).toEqual(["marginsDuplicate", 4, 2]);
    expect(e.params).toMatchObject({ variable: "Region", category: "North" });
  });
});

describe("marginColumns: each variable's survey column", () => {
  const margins = parseMargins([HEADER, ["Region", "North", 1], ["customer type", "Retail", 1]], "m.csv");

  test("exact header first, then ignoring case and spaces", () => {
    expect(marginColumns(margins, ["Id", "region", "Region", "CustomerType"])).toEqual([2, 3]);
  });

  test("marginsNoSuchColumn: names the variable and lists the survey's headers", () => {
    const e = thrown(() => marginColumns(margins, ["Id", "Region"]));
    expect(e.key).toBe("marginsNoSuchColumn");
    expect(e.params).toMatchObject({ file: "m.csv", variable: "customer type", headers: '"Id", "Region"' });
  });
});

const weightRole: ColumnProposal = { index: 1, header: "Weight", role: "weight", reason: "test" };

describe("createRakeCollector", () => {
  test("one margin = post-stratification: w = base · target / (category's base total), by hand", () => {
    // Base weights 1, 2 in North (sum 3), 1, 1, 3 in South (sum 5); targets 40 / 60.
    const margins = parseMargins([HEADER, ["Region", "North", 40], ["Region", "South", 60]], "m.csv");
    const c = createRakeCollector(["Region", "Weight"], [weightRole], margins);
    const rows = [
      ["North", "1"],
      ["South", "1"],
      ["", ""], // entirely empty: not a respondent
      ["North", "2"],
      ["South", "1"],
      ["South", "3"],
    ];
    rows.forEach((r, i) => c.addRow(r, i + 2));
    expect(c.n).toBe(5);
    const r = c.finish();
    const expected = [(1 * 40) / 3, (1 * 60) / 5, (2 * 40) / 3, (1 * 60) / 5, (3 * 60) / 5];
    expected.forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 12));
    expect(r.summary.baseColumn).toBe("Weight");
    expect(r.summary.margins).toEqual([
      { variable: "Region", category: "North", target: 0.4, achieved: expect.closeTo(0.4, 12) as number },
      { variable: "Region", category: "South", target: 0.6, achieved: expect.closeTo(0.6, 12) as number },
    ]);
    // Kish: (Σw)² / Σw², by hand from the weights above.
    const sum = expected.reduce((s, w) => s + w, 0);
    const sum2 = expected.reduce((s, w) => s + w * w, 0);
    expect(r.summary.effectiveN).toBeCloseTo((sum * sum) / sum2, 10);
    expect(r.summary.designEffect).toBeCloseTo(5 / ((sum * sum) / sum2), 10);
    expect([r.summary.min, r.summary.max]).toEqual([Math.min(...expected), Math.max(...expected)].map((x) => expect.closeTo(x, 12) as number));
  });

  test("two margins: the raked category totals, summed from the rows, equal the targets (1e-9)", () => {
    const margins = parseMargins([HEADER, ["A", "x", 0.3], ["A", "y", 0.7], ["B", "u", 0.55], ["B", "v", 0.45]], "m.csv");
    const c = createRakeCollector(["A", "B"], [], margins);
    const data = [
      ["x", "u"],
      ["x", "v"],
      ["y", "u"],
      ["y", "u"],
      ["y", "v"],
      ["x", "u"],
      ["y", "v"],
    ];
    data.forEach((r, i) => c.addRow(r, i + 2));
    const r = c.finish();
    expect(r.summary.baseColumn).toBeUndefined();
    const total = r.weights.reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(data.length, 9); // shares are scaled to the base total (7 ones)
    const share = (j: number, cat: string): number => data.reduce((s, row, i) => s + (row[j] === cat ? r.weights[i] : 0), 0) / total;
    expect(Math.abs(share(0, "x") - 0.3)).toBeLessThan(1e-9);
    expect(Math.abs(share(1, "u") - 0.55)).toBeLessThan(1e-9);
    for (const m of r.summary.margins) expect(Math.abs(m.achieved - m.target)).toBeLessThan(1e-9);
  });

  test("an unreadable base weight reads as 0, as the report reads it", () => {
    const margins = parseMargins([HEADER, ["Region", "N", 3], ["Region", "S", 3]], "m.csv");
    const c = createRakeCollector(["Region", "Weight"], [weightRole], margins);
    [
      ["N", "abc"],
      ["N", "1"],
      ["S", "1"],
    ].forEach((r, i) => c.addRow(r, i + 2));
    expect(Array.from(c.finish().weights)).toEqual([0, 3, 3]);
  });

  test("rakeCategoryNoTarget: the respondent's sheet row and the margin's survey column", () => {
    const margins = parseMargins([HEADER, ["Region", "N", 1], ["Region", "S", 1]], "m.csv");
    const c = createRakeCollector(["Id", "Weight", "Region"], [], margins);
    c.addRow(["1", "", "N"], 2);
    c.addRow([], 3); // skipped
    c.addRow(["2", "", "West"], 4);
    const e = thrown(() => c.finish());
    expect([e.key, e.row, e.column]).toEqual(["rakeCategoryNoTarget", 4, 3]);
    expect(e.params).toMatchObject({ variable: "Region", category: "West" });
  });

  test("the engine's unlocated errors pass through (a target category without respondents)", () => {
    const margins = parseMargins([HEADER, ["Region", "N", 1], ["Region", "S", 1]], "m.csv");
    const c = createRakeCollector(["Region"], [], margins);
    c.addRow(["N"], 2);
    expect(thrown(() => c.finish()).key).toBe("rakeEmptyCategory");
  });
});

describe("caseWeights in the statistics builders", () => {
  const headers = ["Weight", "Overall satisfaction"];
  const rows = [
    ["2", "4"],
    ["1", "5"],
    ["", ""],
    ["1", "2"],
  ];
  const proposals: ColumnProposal[] = [
    { index: 0, header: "Weight", role: "weight", reason: "test" },
    { index: 1, header: "Overall satisfaction", role: "overall", scale: { min: 1, max: 5 }, reason: "test" },
  ];

  test("row builder: the given weights, per respondent, replace the weight column; weighted even when all 1", () => {
    const r = statsFromRows(headers, rows, proposals, { caseWeights: [1, 1, 1] });
    expect(r.stats.weighted).toBe(true);
    expect(r.stats.sumW).toBe(3);
    expect(r.stats.overall!.sumW).toBe(3);
    const w = statsFromRows(headers, rows, proposals, { caseWeights: [0.5, 3, 1.5] });
    // Weighted mean by hand: (0.5·4 + 3·5 + 1.5·2) / 5 = 20 / 5.
    const o = w.stats.overall!;
    expect(o.sum / o.sumW).toBeCloseTo(4, 12);
  });

  test("the in-memory path gives the same statistics, and the survey's weights are untouched", () => {
    const survey = buildSurvey(headers, rows, proposals);
    const before = survey.weights!.slice();
    const s = statsFromSurvey(survey, { caseWeights: [0.5, 3, 1.5] });
    expect(survey.weights).toEqual(before);
    expect(s).toEqual(statsFromRows(headers, rows, proposals, { caseWeights: [0.5, 3, 1.5] }).stats);
  });

  test("caseWeightCount: not one weight per respondent", () => {
    expect(thrown(() => statsFromRows(headers, rows, proposals, { caseWeights: [1, 1] })).key).toBe("caseWeightCount");
    expect(thrown(() => statsFromRows(headers, rows, proposals, { caseWeights: [1, 1, 1, 1] })).key).toBe("caseWeightCount");
    expect(thrown(() => statsFromSurvey(buildSurvey(headers, rows, proposals), { caseWeights: [1] })).key).toBe("caseWeightCount");
  });
});
