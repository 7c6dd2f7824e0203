/**
 * detectRoles with a SurveyLayout: roles from the question text, items as attribute names, grids
 * paired, Kano pairs from their wording (English, Chinese, Spanish), metadata ignored, weights only
 * where they look like weights, the recommend question by its text and never an NPS from codes
 * that are not a 0–10 scale.
 */
import { detectLayout, layoutHeaders } from "../../src/survey/layout";
import { detectRoles, type ColumnProposal } from "../../src/survey/roles";

/** Roles of a Google Forms-like export (one header row, question text) with these answers. */
function googleRoles(headers: string[], rows: unknown[][]): ColumnProposal[] {
  const layout = detectLayout([["Timestamp", ...headers], ...rows.map((r) => ["2026/10/05 8:13:11 AM MDT", ...r])]);
  expect(layout.platform).toBe("google-forms");
  return detectRoles(
    layoutHeaders(layout),
    rows.map((r) => ["2026/10/05 8:13:11 AM MDT", ...r]),
    layout,
  ).slice(1);
}

const n = 40;
const cycle = <T>(xs: readonly T[]): T[] => Array.from({ length: n }, (_, i) => xs[i % xs.length]);

describe("question text decides", () => {
  test("satisfaction and importance grids over the same items pair by item; a grid item that says 'Overall' stays a rating", () => {
    const sat = cycle(["Satisfied", "Very satisfied", "Dissatisfied", "Neutral"]);
    const imp = cycle(["Very important", "Important", "Not important", "Extremely important"]);
    const ps = googleRoles(
      [
        "How satisfied are you with each of the following? [Overall value]",
        "How satisfied are you with each of the following? [Store layout]",
        "How important is each of the following to you? [Overall value]",
        "How important is each of the following to you? [Store layout]",
      ],
      sat.map((s, i) => [s, s, imp[i], imp[i]]),
    );
    expect(ps.map((p) => [p.role, p.attribute, p.pairIndex])).toEqual([
      ["rating", "Overall value", 3],
      ["rating", "Store layout", 4],
      ["importance", "Overall value", 1],
      ["importance", "Store layout", 2],
    ]);
  });

  test("a Likert statement that mentions a store is a rating, not a segment; a checkbox list is nothing", () => {
    const ps = googleRoles(
      ["The store was easy to find", "Which days of the week do you shop?"],
      cycle(["Agree", "Strongly agree", "Disagree"]).map((a, i) => [a, ["Monday, Friday", "Saturday", "Monday, Saturday, Sunday"][i % 3]]),
    );
    expect(ps.map((p) => p.role)).toEqual(["rating", "ignore"]);
    expect(ps[1].reason).toContain("checkbox");
  });

  test("Kano pairs from their wording in English, Chinese and Spanish, named after the feature", () => {
    const kano = cycle(["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"]);
    const ps = googleRoles(
      [
        "How would you feel if the app had dark mode?",
        "How would you feel if the app did not have dark mode?",
        "如果门店提供免费停车，您觉得如何？",
        "如果门店不提供免费停车，您觉得如何？",
        "Si la tienda ofreciera wifi gratis, ¿cómo se sentiría?",
        "Si la tienda no ofreciera wifi gratis, ¿cómo se sentiría?",
      ],
      kano.map((k) => [k, k, k, k, k, k]),
    );
    expect(ps.map((p) => [p.role, p.attribute, p.pairIndex])).toEqual([
      ["kano_functional", "Dark mode", 2],
      ["kano_dysfunctional", "Dark mode", 1],
      ["kano_functional", "免费停车", 4],
      ["kano_dysfunctional", "免费停车", 3],
      ["kano_functional", "Wifi gratis", 6],
      ["kano_dysfunctional", "Wifi gratis", 5],
    ]);
  });

  test("the recommend question by its text is 0–10 even when nobody answered 0 or 10", () => {
    const ps = googleRoles(
      ["¿Qué probabilidad hay de que nos recomiende?"],
      cycle([3, 7, 8, 9, 6]).map((x) => [x]),
    );
    expect(ps[0]).toMatchObject({ role: "recommend", scale: { min: 0, max: 10 } });
  });

  test("no NPS from answers that are not a 0–10 scale: words and 1–3 codes are left out", () => {
    const labels = googleRoles(
      ["How likely are you to recommend us?"],
      cycle(["Very likely", "Likely", "Unlikely"]).map((x) => [x]),
    );
    expect(labels[0].role).not.toBe("recommend");
    expect(labels[0].reason).toContain("no NPS");
    const codes = googleRoles(
      ["How likely are you to recommend us?"],
      cycle([1, 2, 3]).map((x) => [x]),
    );
    expect(codes[0].role).toBe("ignore");
    expect(codes[0].reason).toContain("not a 0–10 scale");
  });
});

describe("metadata and weights", () => {
  test("Qualtrics metadata is ignored with its kind; the derived NPS group never takes the recommend role", () => {
    const top = [
      ["Status", "LocationLatitude", "Q3_NPS_GROUP", "Q3"],
      ["Response Type", "Location Latitude", "How likely are you to recommend us? - Group", "How likely are you to recommend us?"],
      ['{"ImportId":"status"}', '{"ImportId":"locationLatitude"}', '{"ImportId":"QID3_NPS_GROUP"}', '{"ImportId":"QID3"}'],
    ];
    const data = cycle([
      ["0", "39.7392", "3", "9"],
      ["0", "40.0150", "1", "4"],
      ["0", "39.9", "2", "7"],
    ]);
    const layout = detectLayout([...top, ...data]);
    const ps = detectRoles(layoutHeaders(layout), data, layout);
    expect(ps.map((p) => p.role)).toEqual(["ignore", "ignore", "ignore", "recommend"]);
    expect(ps.map((p) => p.reason.match(/platform metadata \((\w+)\)/)?.[1])).toEqual(["status", "location", "derived", undefined]);
  });

  test("plain tables: coordinates and decimals far from 1 are never a weight; decimals with a mean near 1 are", () => {
    const rows = cycle([
      [39.7392, 0.82, 12.5],
      [40.015, 1.31, 20.25],
      [39.91, 0.94, 7.75],
    ]);
    expect(detectRoles(["Lat", "w_final", "Spend"], rows).map((p) => p.role)).toEqual(["ignore", "weight", "ignore"]);
  });

  test("detectRoles without a layout detects a one-row platform itself (a LimeSurvey lastpage is not a rating)", () => {
    const headers = ["id", "submitdate", "lastpage", "startlanguage", "Q2. Overall, how satisfied are you?"];
    const rows = cycle([
      ["1", "2026-10-05 08:13:11", "4", "en", "4"],
      ["2", "2026-10-05 09:13:11", "4", "en", "2"],
    ]);
    expect(detectRoles(headers, rows).map((p) => p.role)).toEqual(["ignore", "ignore", "ignore", "ignore", "overall"]);
  });
});
