/**
 * readingChecks: each check fires on a crafted case (layouts built by hand from the contract in
 * src/survey/layoutTypes.ts) and not where the reading is clean; the sample survey gives no warning.
 */
import { renderCheck } from "../../src/i18n/checks";
import { clipList, layoutOf, profiledColumns, readingChecks, type Check } from "../../src/report/checks";
import { profileColumn } from "../../src/report/columnProfile";
import type { ColumnHeading, SurveyLayout } from "../../src/survey/layoutTypes";
import { detectRoles, type ColumnProposal } from "../../src/survey/roles";
import { sampleTable } from "../report/fixtures";

const keys = (checks: readonly Check[]): string[] => checks.map((c) => c.key);
const find = (checks: readonly Check[], key: string): Check | undefined => checks.find((c) => c.key === key);
const en = (c: Check | undefined): string => (c ? renderCheck(c, "en") : "(no such check)");

function layout(columns: ColumnHeading[], extra: Partial<SurveyLayout> = {}): SurveyLayout {
  return { platform: "plain", headerRows: 1, columns, numericCodes: false, firstRowLooksLikeData: false, ...extra };
}

function proposal(index: number, header: string, role: ColumnProposal["role"], extra: Partial<ColumnProposal> = {}): ColumnProposal {
  return { index, header, role, reason: "test", ...extra };
}

/** A Qualtrics numeric export: 3 header rows, metadata columns, two rated attributes and a Kano pair. */
const qualtricsColumns: ColumnHeading[] = [
  { header: "StartDate", code: "StartDate", metadata: "timestamp" },
  { header: "EndDate", code: "EndDate", metadata: "timestamp" },
  { header: "Duration (in seconds)", code: "Duration (in seconds)", metadata: "duration" },
  { header: "IPAddress", code: "IPAddress", metadata: "ip" },
  { header: "Speed", code: "Q1_1", question: "How satisfied are you with…", item: "Speed" },
  { header: "Staff", code: "Q1_2", question: "How satisfied are you with…", item: "Staff" },
  { header: "SMS (functional)", code: "Q2_1" },
  { header: "SMS (dysfunctional)", code: "Q2_2" },
];
const qualtricsProposals: ColumnProposal[] = [
  proposal(0, "StartDate", "ignore"),
  proposal(1, "EndDate", "ignore"),
  proposal(2, "Duration (in seconds)", "ignore"),
  proposal(3, "IPAddress", "ignore"),
  proposal(4, "Speed", "rating", { attribute: "Speed", scale: { min: 1, max: 5 } }),
  proposal(5, "Staff", "rating", { attribute: "Staff", scale: { min: 1, max: 5 } }),
  proposal(6, "SMS (functional)", "kano_functional", { attribute: "SMS", pairIndex: 7 }),
  proposal(7, "SMS (dysfunctional)", "kano_dysfunctional", { attribute: "SMS", pairIndex: 6 }),
];

describe("reading checks: what was read", () => {
  const qualtrics = layout(qualtricsColumns, { platform: "qualtrics", headerRows: 3, numericCodes: true });

  test("layout detected, header rows skipped (rows 2–3), metadata grouped by kind, respondents vs rows with the reasons", () => {
    const checks = readingChecks({ layout: qualtrics, proposals: qualtricsProposals, rowsRead: 105, respondents: 100, emptyRows: 3 });
    expect(find(checks, "layoutDetected")).toEqual({ key: "layoutDetected", severity: "info", concerns: "survey", params: { platform: "qualtrics" } });
    expect(en(find(checks, "layoutDetected"))).toBe("Read as a Qualtrics export");
    expect(en(find(checks, "headerRowsSkipped"))).toBe("2 more header rows skipped (rows 2–3): they hold question text, not answers");
    expect(checks.filter((c) => c.key === "metadataIgnored").map(en)).toEqual([
      "Ignored as platform metadata (timestamps, 2): StartDate, EndDate",
      "Ignored as platform metadata (durations, 1): Duration (in seconds)",
      "Ignored as platform metadata (IP addresses, 1): IPAddress",
    ]);
    // 105 rows = 100 respondents + 2 further header rows + 3 empty rows.
    expect(en(find(checks, "respondentsFromRows"))).toBe("100 respondents counted from 105 rows read (not counted: 2 header rows, 3 empty rows)");
  });

  test("rows the header rows and empty rows do not explain are named as other rows", () => {
    const checks = readingChecks({ layout: qualtrics, proposals: qualtricsProposals, rowsRead: 110, respondents: 100, emptyRows: 1 });
    expect(en(find(checks, "respondentsFromRows"))).toBe("100 respondents counted from 110 rows read (not counted: 2 header rows, 1 empty row, 7 other rows)");
    const noHeaders = readingChecks({
      layout: qualtrics,
      proposals: qualtricsProposals,
      rowsRead: 101,
      respondents: 100,
      emptyRows: 1,
      rowsIncludeHeaderRows: false,
    });
    expect(en(find(noHeaders, "respondentsFromRows"))).toBe("100 respondents counted from 101 rows read (not counted: 1 empty row)");
  });

  test("one respondent per row: a plain count; no layout: no layout checks", () => {
    const checks = readingChecks({ proposals: qualtricsProposals, rowsRead: 12, respondents: 12 });
    expect(keys(checks)).toEqual(["pairsKano", "respondentsCounted"]);
    expect(en(find(checks, "respondentsCounted"))).toBe("12 respondents, one per data row");
    expect(en({ ...find(checks, "respondentsCounted")!, params: { respondents: 1 } })).toBe("1 respondent, one per data row");
  });

  test("pairs formed: importance ↔ rating, expectation ↔ perception, Kano functional ↔ dysfunctional, with attribute names", () => {
    const proposals = [
      proposal(0, "Speed - satisfaction", "rating", { attribute: "Speed", pairIndex: 1 }),
      proposal(1, "Speed - importance", "importance", { attribute: "Speed", pairIndex: 0 }),
      proposal(2, "Expectation: Speed", "expectation", { attribute: "Speed", pairIndex: 3 }),
      proposal(3, "Perception: Speed", "perception", { attribute: "Speed", pairIndex: 2 }),
      proposal(4, "SMS (functional)", "kano_functional", { attribute: "SMS", pairIndex: 5 }),
      proposal(5, "SMS (dysfunctional)", "kano_dysfunctional", { attribute: "SMS", pairIndex: 4 }),
      proposal(6, "Fees - importance", "importance", { attribute: "Fees" }), // unpaired: not listed
    ];
    const checks = readingChecks({ proposals });
    expect(checks.map(en)).toEqual([
      "Importance paired with its rating for 1 attribute: Speed",
      "Expectation paired with perception for 1 attribute: Speed",
      "Kano functional paired with dysfunctional for 1 feature: SMS",
    ]);
  });

  test("long lists are clipped after 8 items with …", () => {
    expect(clipList(["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(clipList("abcdefghij".split(""))).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "…"]);
  });

  test("layoutOf takes a layout by its shape (BuiltReport / LoadedSurvey with or without the field)", () => {
    expect(layoutOf({ layout: qualtrics })).toBe(qualtrics);
    expect(layoutOf({})).toBeUndefined();
    expect(layoutOf({ layout: { platform: "x" } })).toBeUndefined();
    expect(layoutOf(null)).toBeUndefined();
  });
});

describe("reading checks: warnings", () => {
  test("numeric codes without labels on rating and Kano columns → check the answer order", () => {
    const columns = qualtricsColumns.map((c, i) => (i === 5 ? { ...c, valueLabels: { "1": "Very dissatisfied", "5": "Very satisfied" } } : c));
    const checks = readingChecks({ layout: layout(columns, { platform: "qualtrics", headerRows: 3, numericCodes: true }), proposals: qualtricsProposals });
    expect(checks.slice(0, 2).map((c) => [c.key, c.severity])).toEqual([
      ["numericCodesRating", "warning"],
      ["numericCodesKano", "warning"],
    ]);
    // Staff carries value labels, so only Speed is listed.
    expect(en(checks[0])).toBe(
      "Answers are numeric codes without labels in 1 column (Speed): check the answer order — the report takes the highest code as the best answer.",
    );
    expect(en(checks[1])).toBe(
      "Kano answers are numeric codes without labels in 2 columns (SMS (functional), SMS (dysfunctional)): check the answer order — the report reads 1 as “I like it” and 5 as “I dislike it”.",
    );
    const labelled = readingChecks({
      layout: layout(qualtricsColumns, { platform: "qualtrics", headerRows: 3, numericCodes: false }),
      proposals: qualtricsProposals,
    });
    expect(keys(labelled).filter((k) => k.startsWith("numericCodes"))).toEqual([]);
  });

  test("the first row looks like answers → does the file have a header row?", () => {
    const checks = readingChecks({ layout: layout([{ header: "4" }, { header: "5" }], { firstRowLooksLikeData: true }), proposals: [] });
    expect(checks[0]).toMatchObject({ key: "firstRowData", severity: "warning" });
    expect(en(checks[0])).toMatch(/^The first row looks like answers, not column names: does the file have a header row\?/);
  });

  const weight = (header: string, values: unknown[]): Check[] => {
    const proposals = [proposal(0, header, "weight")];
    return readingChecks({
      proposals,
      profiles: new Map([
        [
          0,
          profileColumn(
            values.map((v) => [v]),
            0,
          ),
        ],
      ]),
    });
  };

  test("a weight column with negative values", () => {
    const checks = weight("Weight", [1.2, -0.4, 0.9, 1.1, -2]);
    expect(checks.map((c) => c.key)).toEqual(["weightNegative"]);
    expect(en(checks[0])).toBe("The weight column “Weight” has 2 negative values: case weights are never negative — is it a weight?");
  });

  test("a weight column of coordinates: by values (±180, many decimals, wide range) or by its name", () => {
    const lat = [40.712776, 34.052235, 41.878113, 29.760427, 33.448376, 39.952583];
    expect(keys(weight("wt", lat))).toEqual(["weightCoordinates"]);
    expect(en(weight("wt", lat)[0])).toBe(
      "The weight column “wt” looks like map coordinates (latitude or longitude), not case weights: choose another weight column, or none.",
    );
    expect(keys(weight("LocationLongitude", [1, 1, 1]))).toEqual(["weightCoordinates"]); // Qualtrics' name
    expect(keys(weight("Lat", [1, 1, 1]))).toEqual(["weightCoordinates"]);
    expect(keys(weight("Long-term weight", [1, 1, 1]))).toEqual([]); // a word, not "long" alone
    expect(keys(weight("纬度", [1, 1, 1]))).toEqual(["weightCoordinates"]);
  });

  test("a weight column whose mean is far from 1 (an expansion factor, a count)", () => {
    const checks = weight("Weight", [350, 420, 510, 280]);
    expect(keys(checks)).toEqual(["weightMean"]);
    expect(en(checks[0])).toBe("The weights in “Weight” average 390, far from 1: survey weights usually average 1 — check that the column is a case weight.");
  });

  test("survey weights around 1 give no warning (the sample's: 0.6–1.7, two decimals)", () => {
    expect(weight("Weight", [1.64, 1.52, 0.61, 0.95, 1.07, 0.88])).toEqual([]);
  });

  test("a recommend column that is not 0–10 (only 1–3, or a 1–5 scale) → NPS not computed", () => {
    const rec = (values: unknown[], scale = { min: 0, max: 10 }): Check[] =>
      readingChecks({
        proposals: [proposal(0, "Likelihood to recommend", "recommend", { scale })],
        profiles: new Map([
          [
            0,
            profileColumn(
              values.map((v) => [v]),
              0,
            ),
          ],
        ]),
      });
    const checks = rec([1, 2, 3, 3, 2, 1, 2]);
    expect(checks).toEqual([{ key: "recommendNotNps", severity: "warning", concerns: "nps", params: { column: "Likelihood to recommend", min: 1, max: 3 } }]);
    expect(en(checks[0])).toBe(
      "The recommend column “Likelihood to recommend” holds values 1–3, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.",
    );
    expect(keys(rec([1, 4, 5], { min: 1, max: 5 }))).toEqual(["recommendNotNps"]); // scale from the header
    expect(rec([0, 3, 7, 9, 10, 8])).toEqual([]);
    expect(rec([1, 2, 3])).toEqual([]); // three answers are too few to say the scale is short
  });

  test("profiledColumns names the weight and recommend columns", () => {
    expect(profiledColumns([proposal(0, "a", "rating"), proposal(1, "w", "weight"), proposal(2, "r", "recommend")])).toEqual([1, 2]);
  });
});

describe("the sample survey", () => {
  test("no warnings; the pairs and the count are read", () => {
    const { headers, rows } = sampleTable();
    const proposals = detectRoles(headers, rows);
    const profiles = new Map(profiledColumns(proposals).map((c) => [c, profileColumn(rows, c)]));
    const checks = readingChecks({ proposals, profiles, rowsRead: rows.length, respondents: rows.length });
    expect(checks.filter((c) => c.severity === "warning")).toEqual([]);
    expect(keys(checks)).toEqual(["pairsImportance", "pairsGap", "pairsKano", "respondentsCounted"]);
    expect(en(find(checks, "pairsKano"))).toBe(
      "Kano functional paired with dysfunctional for 6 features: Video banking, Queue SMS alert, Weekend opening, Personal advisor, Free coffee, Contactless ATM",
    );
  });
});
