/**
 * detectLayout on the platforms' documented export layouts, written out here as their first rows
 * (the full files are in test/fixtures/exports, tested in test/exports): platform, header rows,
 * question / item split, metadata kinds, numeric codes, a first row of answers; and that the
 * header-text patterns stay linear on hostile headers.
 */
import { detectLayout, layoutHeaders, splitHeaderRows } from "../../src/survey/layout";
import { attributeName } from "../../src/survey/roles";

describe("Qualtrics (3 header rows: field ids, question text, ImportId JSON)", () => {
  const top = [
    ["StartDate", "Status", "LocationLatitude", "ResponseId", "Q1", "Q5_1", "Q5_2", "Q3_NPS_GROUP", "Q3", "Q4_DO_1"],
    [
      "Start Date",
      "Response Type",
      "Location Latitude",
      "Response ID",
      "Which store?",
      "How satisfied are you with each of the following? - Staff friendliness",
      "How satisfied are you with each of the following? - Waiting time",
      "How likely … - Group",
      "How likely are you to recommend us?",
      "Display order",
    ],
    [
      '{"ImportId":"startDate","timeZone":"America/Denver"}',
      '{"ImportId":"status"}',
      '{"ImportId":"locationLatitude"}',
      '{"ImportId":"_recordId"}',
      '{"ImportId":"QID1"}',
      '{"ImportId":"QID5_1"}',
      '{"ImportId":"QID5_2"}',
      '{"ImportId":"QID3_NPS_GROUP"}',
      '{"ImportId":"QID3"}',
      '{"ImportId":"QID4_DO"}',
    ],
    ["2026-10-05 09:14:27", "0", "39.7392", "R_1", "1", "4", "3", "3", "9", "1"],
  ];
  const layout = detectLayout(top);

  test("platform, header rows, numeric codes", () => {
    expect([layout.platform, layout.headerRows, layout.numericCodes, layout.firstRowLooksLikeData]).toEqual(["qualtrics", 3, true, false]);
  });

  test("grid columns split into question and item at the shared ' - '", () => {
    expect(layout.columns[5]).toEqual({
      header: "How satisfied are you with each of the following? - Staff friendliness",
      code: "Q5_1",
      question: "How satisfied are you with each of the following?",
      item: "Staff friendliness",
    });
    expect(layout.columns[6].item).toBe("Waiting time");
    expect(layout.columns[4]).toEqual({ header: "Which store?", code: "Q1", question: "Which store?" });
  });

  test("metadata kinds, derived NPS group and display order", () => {
    expect(layout.columns.map((c) => c.metadata)).toEqual([
      "timestamp",
      "status",
      "location",
      "response-id",
      undefined,
      undefined,
      undefined,
      "derived",
      undefined,
      "derived",
    ]);
  });
});

describe("SurveyMonkey (2 header rows; question text above the first column only)", () => {
  const layout = detectLayout([
    ["Respondent ID", "Collector ID", "Start Date", "IP Address", "How satisfied are you with…?", "", "Comments"],
    ["", "", "", "", "Staff", "Waiting time", "Open-Ended Response"],
    ["1141", "4260", "10/05/2026 09:14:27 AM", "1.2.3.4", "Satisfied", "Very satisfied", "ok"],
  ]);
  test("question carried over the grid, items from row 2, metadata under blank row-2 cells", () => {
    expect([layout.platform, layout.headerRows, layout.numericCodes]).toEqual(["surveymonkey", 2, false]);
    expect(layoutHeaders(layout)).toEqual([
      "Respondent ID",
      "Collector ID",
      "Start Date",
      "IP Address",
      "How satisfied are you with…? - Staff",
      "How satisfied are you with…? - Waiting time",
      "Comments",
    ]);
    expect(layout.columns.map((c) => c.metadata)).toEqual(["response-id", "other", "timestamp", "ip", undefined, undefined, undefined]);
    expect(layout.columns[5]).toMatchObject({ question: "How satisfied are you with…?", item: "Waiting time" });
    expect(layout.columns[6].item).toBeUndefined();
  });
});

test("a plain table with SurveyMonkey-like headers stays plain (its row 2 is a respondent)", () => {
  const layout = detectLayout([
    ["Respondent ID", "Start Date", "Score", ""],
    ["17", "2026-10-05", "4", "x"],
  ]);
  expect([layout.platform, layout.headerRows]).toEqual(["plain", 1]);
});

test("legacy Qualtrics (2 header rows, no ImportId row)", () => {
  const layout = detectLayout([
    ["ResponseId", "StartDate", "Status", "Q1"],
    ["Response ID", "Start Date", "Response Type", "Overall?"],
    ["R_1", "2026-10-05 09:14:27", "0", "4"],
  ]);
  expect([layout.platform, layout.headerRows, layout.columns[3].question]).toEqual(["qualtrics", 2, "Overall?"]);
});

describe("one-row platforms", () => {
  test("Google Forms: Timestamp first, grids as 'Question [Row]'", () => {
    const layout = detectLayout([["Timestamp", "Email Address", "How important is each of the following? [Parking]", "Rate [this] shop [Parking lot]"]]);
    expect([layout.platform, layout.headerRows]).toEqual(["google-forms", 1]);
    expect(layout.columns[2]).toEqual({
      header: "How important is each of the following? [Parking]",
      question: "How important is each of the following?",
      item: "Parking",
    });
    expect(layout.columns[3]).toMatchObject({ question: "Rate [this] shop", item: "Parking lot" }); // the last bracket is the row
    expect(layout.columns.map((c) => c.metadata)).toEqual(["timestamp", "contact", undefined, undefined]);
  });

  test("Microsoft Forms: ID, Start time, Completion time, Email, Name; repeated statements are one item", () => {
    const layout = detectLayout([["ID", "Start time", "Completion time", "Email", "Name", "Parking", "Parking2", "Points - Q1"]]);
    expect(layout.platform).toBe("microsoft-forms");
    expect(layout.columns.map((c) => c.metadata)).toEqual(["response-id", "timestamp", "timestamp", "contact", "contact", undefined, undefined, "derived"]);
    expect([layout.columns[5].item, layout.columns[6].item]).toEqual(["Parking", "Parking"]);
  });

  test("LimeSurvey: code headings with sub-question codes, 'code. text' headings, metadata", () => {
    const layout = detectLayout([
      ["id", "submitdate", "lastpage", "startlanguage", "seed", "Q4[SQ001]", "Q2. Overall, how satisfied are you?", "interviewtime", "groupTime12"],
    ]);
    expect(layout.platform).toBe("limesurvey");
    expect(layout.columns[5]).toEqual({ header: "Q4[SQ001]", code: "Q4[SQ001]", item: "SQ001" });
    expect(layout.columns[6]).toMatchObject({ code: "Q2", question: "Overall, how satisfied are you?" });
    expect(layout.columns.map((c) => c.metadata)).toEqual([
      "response-id",
      "timestamp",
      "page",
      "language",
      "other",
      undefined,
      undefined,
      "duration",
      "duration",
    ]);
  });

  test("LimeSurvey answer codes (AO01, A2): the coded columns are listed; numbers, text and metadata are not", () => {
    const layout = detectLayout([
      ["id", "submitdate", "lastpage", "startlanguage", "seed", "Q1", "Q2", "Q5[SQ001]", "Q6", "Q12"],
      ["1", "2026-10-05 08:13:11", "4", "en", "978207921", "A1", "4", "AO01", "AO03", "Great staff"],
      ["2", "2026-10-05 09:01:40", "4", "en", "112233445", "A3", "5", "AO02", "", "OK"],
      ["3", "2026-10-05 09:30:02", "4", "en", "556677889", "A2", "3", "AO05", "AO01", ""],
    ]);
    expect(layout.platform).toBe("limesurvey");
    expect(layout.answerCodeColumns).toEqual([5, 7, 8]);
    // Full answers: nothing listed.
    expect(
      detectLayout([
        ["id", "submitdate", "Q5[SQ001]"],
        ["1", "2026-10-05", "Very important"],
        ["2", "2026-10-05", "Extremely important"],
      ]).answerCodeColumns,
    ).toBeUndefined();
  });

  test("plain: nothing marked, one header row; a first row of numbers is flagged as data", () => {
    const plain = detectLayout([
      ["Respondent", "Store", "Overall satisfaction"],
      ["R1", "Mall", "4"],
    ]);
    expect([plain.platform, plain.headerRows, plain.firstRowLooksLikeData, plain.columns.some((c) => c.metadata)]).toEqual(["plain", 1, false, false]);
    const headerless = detectLayout([
      [1, "Mall", 4, 9, 3],
      [2, "Airport", 5, 10, 4],
    ]);
    expect(headerless.firstRowLooksLikeData).toBe(true);
  });
});

describe("splitHeaderRows (what the readers and the pane do with a grid)", () => {
  test("a Qualtrics grid loses rows 2–3; data starts at sheet row 4", () => {
    const headers = ["StartDate", "ResponseId", "Q2"];
    const rows = [
      ["Start Date", "Response ID", "Overall?"],
      ['{"ImportId":"startDate"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID2"}'],
      ["2026-10-05", "R_1", "4"],
    ];
    const s = splitHeaderRows(headers, rows);
    expect([s.headers, s.rows, s.firstRow]).toEqual([["Start Date", "Response ID", "Overall?"], [["2026-10-05", "R_1", "4"]], 4]);
  });

  test("a plain table is returned as it is", () => {
    const s = splitHeaderRows(["A", "B"], [["1", "2"]]);
    expect([s.headers, s.rows, s.firstRow, s.layout.platform]).toEqual([["A", "B"], [["1", "2"]], 2, "plain"]);
  });

  test("a header-only export (no answers yet) keeps no header rows as data", () => {
    const s = splitHeaderRows(
      ["StartDate", "ResponseId"],
      [
        ["Start Date", "Response ID"],
        ['{"ImportId":"startDate"}', '{"ImportId":"_recordId"}'],
      ],
    );
    expect([s.rows.length, s.layout.headerRows]).toEqual([0, 3]);
  });
});

describe("hostile headers finish (patterns are linear; a quadratic one would run for minutes here)", () => {
  const run = "-".repeat(200_000);
  test("a long punctuation run inside an attribute name", () => {
    expect(attributeName(`Waiting${run}x - importance`, { index: 0, length: 0 }).length).toBeGreaterThan(200_000);
  });
  test("long headers of every platform shape", () => {
    const long = `How satisfied${" - ".repeat(50_000)}`;
    const layout = detectLayout([["Timestamp", `${"[".repeat(100_000)}x`, `${long}[item]`]]);
    expect(layout.columns[2].header.length).toBeLessThanOrEqual(2000); // header cells are cut at 2,000 characters
    expect(layout.columns[1].item).toBeUndefined();
    expect(detectLayout([["id", "submitdate", "lastpage", `Q1${"[a]".repeat(50_000)}`]]).platform).toBe("limesurvey");
  });
});
