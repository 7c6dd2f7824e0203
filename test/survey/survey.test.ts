import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { expectClose } from "../helpers/close";
import { detectRoles } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";
import { CsError } from "../../src/engine/errors";

describe("buildSurvey on a small survey", () => {
  const headers = [
    "ID",
    "Branch",
    "Weight",
    "Overall satisfaction",
    "NPS (0-10)",
    "Fees - satisfaction (1-5)",
    "Fees - importance",
    "Expectation: Fees",
    "Perception: Fees",
    "Video banking (functional)",
    "Video banking (dysfunctional)",
    "Competitor: Fees",
    "Notes",
  ];
  const rows: unknown[][] = [
    ["R1", "North", 1.5, "Very satisfied", 10, 4, 5, 6, 5, "I like it", "I am neutral", 3, "Friendly staff but the queue was long"],
    ["", "", null, "", "", "", "", "", "", "", "", "", ""], // entirely empty → skipped
    ["R2", "South", "0.5", "不满意", 0, "N/A", "Very important", 7, 4, "理所当然", "No me gusta", 4, ""],
    ["R3", "N/A", "", "Very satisifed", 11, 9, 0, "", "", "I love it", 5, "", "x"],
    ["R4", "North", 1], // short row: missing cells are blank
  ];
  const proposals = detectRoles(headers, rows);
  const s = buildSurvey(headers, rows, proposals);

  test("n, skipped rows, headers, ids, weights, segments", () => {
    expect(s.n).toBe(4);
    expect(s.skippedRows).toBe(1);
    expect(s.headers).toEqual(headers);
    expect(s.ids).toEqual(["R1", "R2", "R3", "R4"]);
    expect(s.weights).toEqual([1.5, 0.5, 0, 1]); // the blank weight of R3 reads as 0 and is an issue
    expect(s.segments).toEqual([{ name: "Branch", column: 1, values: ["North", "South", null, "North"] }]);
    expect(s.period).toBeUndefined();
  });

  test("overall (labels), recommend (0 is an answer) and scales", () => {
    expect(s.overall).toEqual([5, 2, null, null]);
    expect(s.recommend).toEqual([10, 0, null, null]);
    expect(s.scale).toEqual({ min: 1, max: 5 });
    expect(s.importanceScale).toEqual({ min: 1, max: 5 });
  });

  test("one attribute gathers rating, importance, expectation, perception, competitor", () => {
    expect(s.attributes.map((a) => a.name)).toEqual(["Fees", "Video banking"]);
    const fees = s.attributes[0];
    expect(fees.rating).toEqual([4, null, null, null]);
    expect(fees.importance).toEqual([5, 5, null, null]); // 0 outside 1–5 is blank
    expect(fees.expectation).toEqual([6, 7, null, null]);
    expect(fees.perception).toEqual([5, 4, null, null]);
    expect(fees.competitor).toEqual([3, 4, null, null]);
    expect(fees.columns).toEqual({ rating: 5, importance: 6, expectation: 7, perception: 8, competitor: 11 });
    expect(fees.scales.expectation).toEqual({ min: 1, max: 7 });
    expect(fees.scales.rating).toEqual({ min: 1, max: 5 });
    const kano = s.attributes[1];
    expect(kano.kanoFunctional).toEqual([1, 2, null, null]);
    expect(kano.kanoDysfunctional).toEqual([3, 5, 5, null]);
    expect(kano.columns).toEqual({ kano_functional: 9, kano_dysfunctional: 10 });
  });

  test("issues: row 1 is the header row, so data row i is row i + 1 (the empty row counts)", () => {
    expect(s.issues).toEqual([
      {
        row: 5,
        column: 3,
        value: "",
        message: "row 5, column 3: the weight is blank (every respondent needs a weight)",
        key: "weightBlank",
        params: { row: 5, column: 3 },
      },
      {
        row: 5,
        column: 4,
        value: "Very satisifed",
        message: "row 5, column 4: 'Very satisifed' is not an answer on the 1–5 scale",
        key: "notOnScale",
        params: { row: 5, column: 4, value: "Very satisifed", min: 1, max: 5 },
      },
      {
        row: 5,
        column: 5,
        value: "11",
        message: "row 5, column 5: '11' is not a score on the 0–10 scale (whole numbers 0 to 10)",
        key: "notNpsScore",
        params: { row: 5, column: 5, value: "11", min: 0, max: 10 },
      },
      {
        row: 5,
        column: 6,
        value: "9",
        message: "row 5, column 6: '9' is not an answer on the 1–5 scale",
        key: "notOnScale",
        params: { row: 5, column: 6, value: "9", min: 1, max: 5 },
      },
      {
        row: 5,
        column: 10,
        value: "I love it",
        message: "row 5, column 10: 'I love it' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)",
        key: "notKanoAnswer",
        params: { row: 5, column: 10, value: "I love it" },
      },
    ]);
    expect(s.issueCount).toBe(5);
  });

  test("user corrections: a proposal's scale and an explicit scale option win", () => {
    const fixed = proposals.map((p) => (p.index === 5 ? { ...p, scale: { min: 1, max: 10 } } : p));
    const s2 = buildSurvey(headers, rows, fixed);
    expect(s2.attributes[0].rating).toEqual([4, null, 9, null]);
    expect(s2.attributes[0].scales.rating).toEqual({ min: 1, max: 10 });
    const s3 = buildSurvey(headers, rows, proposals, { scale: { min: 0, max: 10 }, maxIssues: 1 });
    expect(s3.scale).toEqual({ min: 0, max: 10 });
    // The rating-scale option does not reach overall satisfaction, which keeps its own 1–5 scale.
    expect(s3.overall).toEqual([5, 2, null, null]);
    expect(s3.issues).toHaveLength(1); // listed: maxIssues …
    expect(s3.issueCount).toBe(4); // … counted: weight, overall "Very satisifed", NPS 11, Kano "I love it"
    expect(s3.issues[0].row).toBe(5);
    const s4 = buildSurvey(
      headers,
      rows,
      fixed.map((p) => (p.index === 3 ? { ...p, scale: { min: 0, max: 10 } } : p)),
      { maxIssues: 1 },
    );
    expect(s4.overall).toEqual([null, null, null, null]); // labels map only on 5-point scales
    expect(s4.issues[0].message).toBe("row 2, column 4: 'Very satisfied' is a 5-point label, not an answer on the 0–10 scale");
  });

  test("a proposal naming a column that does not exist throws", () => {
    expect(() => buildSurvey(["a"], [], [{ index: 3, header: "x", role: "rating", reason: "" }])).toThrow(CsError);
  });
});

describe("the sample fixture (test/fixtures/sample-survey.csv)", () => {
  const file = path.join(__dirname, "..", "fixtures", "sample-survey.csv");
  const text = fs.readFileSync(file, "utf8");
  const parsed = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false });
  const [headers, ...rows] = parsed.data;
  const proposals = detectRoles(headers, rows);
  const s = buildSurvey(headers, rows, proposals);

  test("roles: 6 single columns, 10 rated attributes, 10 gaps, 6 Kano pairs, 2 competitors", () => {
    const count = (role: string): number => proposals.filter((p) => p.role === role).length;
    expect(proposals.slice(0, 6).map((p) => p.role)).toEqual(["id", "segment", "period", "weight", "overall", "recommend"]);
    expect([count("rating"), count("importance"), count("expectation"), count("perception")]).toEqual([10, 10, 10, 10]);
    expect([count("kano_functional"), count("kano_dysfunctional"), count("competitor")]).toEqual([6, 6, 2]);
    expect(
      proposals.every(
        (p) =>
          p.role === "id" ||
          p.role === "segment" ||
          p.role === "period" ||
          p.role === "weight" ||
          p.role === "overall" ||
          p.role === "recommend" ||
          p.pairIndex !== undefined,
      ),
    ).toBe(true);
    expect(proposals.find((p) => p.header === "Expectation: Fees")?.scale).toEqual({ min: 1, max: 7 });
    expect(proposals.find((p) => p.header === "Fees - satisfaction")?.scale).toEqual({ min: 1, max: 5 });
    expect(proposals[4].scale).toEqual({ min: 1, max: 5 }); // overall is written as labels
    // rule: one stray 7 (G28) does not move "Waiting time - satisfaction" off its neighbours' 1–5 scale
    expect(proposals[6].scale).toEqual({ min: 1, max: 5 });
    expect(proposals[6].reason).toContain("scale 1–5 like its neighbours (1 value outside it)");
  });

  test("600 respondents, 16 attributes, segments and periods", () => {
    expect(s.n).toBe(600);
    expect(s.skippedRows).toBe(0);
    expect(s.attributes).toHaveLength(16);
    expect(s.ids?.slice(0, 2)).toEqual(["R0001", "R0002"]);
    expect(new Set(s.segments[0].values)).toEqual(new Set(["Downtown", "Harbour", "Airport", "University", "Old Town"]));
    expect(new Set(s.period)).toEqual(new Set(["2026-Q1", "2026-Q2", "2026-Q3"]));
    const fees = s.attributes.find((a) => a.name === "Fees");
    expect(Object.keys(fees?.columns ?? {}).sort()).toEqual(["competitor", "expectation", "importance", "perception", "rating"]);
  });

  test("the known bad cells are the issues, at their spreadsheet addresses", () => {
    expect(s.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [15, 5, "Very satisifed"], // E15
      [28, 7, "7"], // G28
      [151, 6, "11"], // F151
      [212, 47, "I love it"], // AU212
    ]);
    expect(s.issueCount).toBe(4);
    expect(s.issues[0].message).toBe("row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale");
  });

  test("known non-answers read as blank: AO59 'N/A', AS104 '不知道'", () => {
    expect(rows[57][40]).toBe("N/A");
    expect(s.attributes.find((a) => a.name === "Fees")?.expectation?.[57]).toBeNull();
    expect(rows[102][44]).toBe("不知道");
    expect(s.attributes.find((a) => a.name === "Privacy")?.expectation?.[102]).toBeNull();
  });

  test("values agree with an independent reading of the CSV", () => {
    // Waiting time - satisfaction (column 7): numbers 1–5, blanks "", one bad 7 → null
    const raw = rows
      .map((r) => r[6])
      .filter((c) => c !== "" && c !== "7")
      .map(Number);
    const parsedValues = (s.attributes[0].rating ?? []).filter((x): x is number => x !== null);
    expect(parsedValues).toHaveLength(raw.length);
    expectClose(
      parsedValues.reduce((a, b) => a + b, 0),
      raw.reduce((a, b) => a + b, 0),
    );
    // weights: every row has one
    expectClose(
      s.weights?.reduce((a, b) => a + b, 0) ?? 0,
      rows.reduce((a, r) => a + Number(r[3]), 0),
    );
    // overall satisfaction labels: count of "Very satisfied" = count of 5
    const five = rows.filter((r) => r[4] === "Very satisfied").length;
    expect(s.overall?.filter((x) => x === 5)).toHaveLength(five);
    // Kano: "I like it" in Video banking (functional) = count of 1
    const likes = rows.filter((r) => r[46] === "I like it").length;
    expect(s.attributes.find((a) => a.name === "Video banking")?.kanoFunctional?.filter((x) => x === 1)).toHaveLength(likes);
  });
});

describe("buildSurvey on Chinese and Spanish surveys", () => {
  test("Chinese headers, Chinese labels, full-width digits", () => {
    const headers = [
      "编号",
      "网点",
      "季度",
      "权重",
      "总体满意度",
      "推荐意愿（0-10）",
      "等候时间-满意度",
      "等候时间-重要性",
      "期望：等候时间",
      "感知：等候时间",
      "视频银行（正向）",
      "视频银行（反向）",
    ];
    const rows = [
      ["001", "城东", "2026年第1季度", "１.２", "非常满意", "１０", "４", "非常重要", 6, 5, "喜欢", "无所谓"],
      ["002", "城西", "2026年第1季度", 0.8, "不满意", "０", "不知道", "重要", "７", 3, "理所当然", "不喜欢"],
      ["003", "城东", "2026年第2季度", 1, "一般", 7, "２分", "不适用", "", 4, "可以忍受", "能忍受"],
    ];
    const s = buildSurvey(headers, rows, detectRoles(headers, rows));
    expect(s.issues).toEqual([]);
    expect(s.ids).toEqual(["001", "002", "003"]);
    expect(s.weights).toEqual([1.2, 0.8, 1]);
    expect(s.period).toEqual(["2026年第1季度", "2026年第1季度", "2026年第2季度"]);
    expect(s.overall).toEqual([5, 2, 3]);
    expect(s.recommend).toEqual([10, 0, 7]);
    expect(s.attributes).toHaveLength(2);
    const [wait, video] = s.attributes;
    expect(wait.name).toBe("等候时间");
    expect([wait.rating, wait.importance, wait.expectation, wait.perception]).toEqual([
      [4, null, 2],
      [5, 4, null],
      [6, 7, null],
      [5, 3, 4],
    ]);
    expect(wait.scales.expectation).toEqual({ min: 1, max: 7 });
    expect(wait.scales.perception).toEqual({ min: 1, max: 7 }); // rule: a gap pair shares one scale
    expect([video.name, video.kanoFunctional, video.kanoDysfunctional]).toEqual(["视频银行", [1, 2, 4], [3, 5, 4]]);
  });

  test("Spanish headers and labels", () => {
    const headers = [
      "ID",
      "Sucursal",
      "Trimestre",
      "Peso",
      "Satisfacción general",
      "Probabilidad de recomendar (0-10)",
      "Tiempo de espera - satisfacción",
      "Tiempo de espera - importancia",
      "Banca por video (funcional)",
      "Banca por video (disfuncional)",
    ];
    const rows = [
      [1, "Centro", "T1", 1, "Muy satisfecho", 9, "Satisfecho", "Muy importante", "Me gusta", "No me gusta"],
      [2, "Norte", "T1", 1, "Ni satisfecho ni insatisfecho", 6, "NS/NC", "Nada importante", "Lo espero", "Lo tolero"],
    ];
    const s = buildSurvey(headers, rows, detectRoles(headers, rows));
    expect(s.issues).toEqual([]);
    expect(s.overall).toEqual([5, 3]);
    expect(s.recommend).toEqual([9, 6]);
    expect(s.attributes.map((a) => [a.name, a.rating, a.importance, a.kanoFunctional, a.kanoDysfunctional])).toEqual([
      ["Tiempo de espera", [4, null], [5, 1], undefined, undefined],
      ["Banca por video", undefined, undefined, [1, 2], [5, 4]],
    ]);
  });
});

describe("overall satisfaction keeps its own scale", () => {
  const headers = ["Overall satisfaction (1-10)", "Fees - satisfaction", "Staff - satisfaction"];
  const rows: unknown[][] = [
    [9, 4, 5],
    [7, 3, 4],
    [10, 5, 2],
  ];
  const proposals = detectRoles(headers, rows);

  test("the rating-scale option (e.g. the task pane's 1–7) does not override overall's 1–10", () => {
    const s = buildSurvey(headers, rows, proposals, { scale: { min: 1, max: 7 } });
    expect(s.scale).toEqual({ min: 1, max: 7 });
    expect(s.overallScale).toEqual({ min: 1, max: 10 });
    expect(s.overall).toEqual([9, 7, 10]);
    expect(s.issueCount).toBe(0);
  });
});
