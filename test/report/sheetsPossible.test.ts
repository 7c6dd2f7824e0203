/**
 * sheetsImpossible (issue #11 item 3): which sheets the column roles can give, from the sample
 * survey's detected roles and edits of them. Each prediction is checked against the report
 * itself: a sheet the roles allow is in the plan, one they rule out is not.
 */
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { SHEET_KEYS, type PlanSheetKey } from "../../src/report/plan";
import { possibleSheets, sheetsImpossible } from "../../src/report/sheetsPossible";
import { sampleSurvey } from "../../src/sample/sampleSurvey";
import { detectRoles, type ColumnProposal, type ColumnRole } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";

const [headers, ...rows] = sampleSurvey();
const detected = detectRoles(headers, rows);
const setRole = (proposals: ColumnProposal[], from: ColumnRole[], role: ColumnRole): ColumnProposal[] =>
  proposals.map((p) => (from.includes(p.role) ? { ...p, role } : p));

/** The sheet keys of the report built with these roles (all sheets wanted). */
function reportSheets(proposals: ColumnProposal[]): PlanSheetKey[] {
  const plan = buildReportPlanFromSurvey(buildSurvey(headers, rows, proposals), {
    source: "Survey!A1",
    generatedAt: "2026-12-02T00:00:00.000Z",
    language: "en",
  });
  return plan.sheets.map((s) => s.key);
}

describe("sheetsImpossible", () => {
  it("the sample's detected roles give every sheet but Gaps (no expectation/perception pair)", () => {
    expect(sheetsImpossible(detected)).toEqual({ gap: "gapMissing" });
    expect(possibleSheets(SHEET_KEYS, detected)).toEqual(["summary", "kano", "priority", "segments", "trend"]);
    expect(reportSheets(detected)).toEqual(possibleSheets(SHEET_KEYS, detected));
  });

  it("the sample with its Kano columns ignored cannot give Kano", () => {
    const roles = setRole(detected, ["kano_functional", "kano_dysfunctional"], "ignore");
    expect(sheetsImpossible(roles)).toEqual({ kano: "kanoMissing", gap: "gapMissing" });
    expect(reportSheets(roles)).toEqual(possibleSheets(SHEET_KEYS, roles));
  });

  it("one Kano column alone is no pair", () => {
    const roles = setRole(detected, ["kano_dysfunctional"], "ignore");
    expect(sheetsImpossible(roles).kano).toBe("kanoMissing");
  });

  it("setting a column back to a Kano role makes Kano possible again", () => {
    const ignored = setRole(detected, ["kano_functional", "kano_dysfunctional"], "ignore");
    const back = ignored.map((p, i) => (detected[i].role.startsWith("kano_") ? { ...p, role: detected[i].role } : p));
    expect(sheetsImpossible(back).kano).toBeUndefined();
  });

  it("Priorities fall back to derived importance while overall satisfaction is there", () => {
    const noImportance = setRole(detected, ["importance"], "ignore");
    expect(sheetsImpossible(noImportance).priority).toBeUndefined();
    expect(reportSheets(noImportance)).toContain("priority");
    const neither = setRole(noImportance, ["overall"], "ignore");
    expect(sheetsImpossible(neither).priority).toBe("priorityMissing");
    expect(reportSheets(neither)).not.toContain("priority");
  });

  it("no segment column, no Segments sheet", () => {
    const roles = setRole(detected, ["segment"], "ignore");
    expect(sheetsImpossible(roles).segments).toBe("segmentsMissing");
    expect(reportSheets(roles)).not.toContain("segments");
  });

  it("perception columns paired with the ratings' expectations make Gaps possible", () => {
    // The ratings read as perceptions and the importances as expectations: same attributes, so pairs.
    const roles = setRole(setRole(detected, ["rating"], "perception"), ["importance"], "expectation");
    expect(sheetsImpossible(roles).gap).toBeUndefined();
    expect(reportSheets(roles)).toContain("gap");
  });

  it("possibleSheets keeps the wanted order and drops what cannot be made", () => {
    const roles = setRole(detected, ["kano_functional", "kano_dysfunctional"], "ignore");
    expect(possibleSheets(["segments", "kano", "summary"], roles)).toEqual(["summary", "segments"]);
  });
});
