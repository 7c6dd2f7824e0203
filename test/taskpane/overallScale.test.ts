/**
 * The task pane's Generate report (src/taskpane/pipeline.ts over the fake Excel) on a survey with
 * overall satisfaction on 1–10 and attribute ratings on 1–5: the report is written, and the
 * Summary's overall mean and interval are the engine's on the 1–10 answers.
 */
import { mean, meanConfidenceInterval } from "../../src/engine";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { buildSurvey } from "../../src/survey/survey";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";
import { expectClose } from "../helpers/close";
import { createFakeExcel, createWorkbookState, findSheet, getValues } from "../fake-excel";
import { mixedTable } from "../report/mixedScales";

const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "kano", "gap", "priority", "segments"], language: "en" };

describe("Generate report with overall on 1–10 and ratings on 1–5", () => {
  test.each([
    ["Overall satisfaction (1-10)", 1, 10],
    ["Overall satisfaction (0-10)", 0, 10],
  ] as const)("%s: the report is written; overall mean and interval = engine's", async (header, lo, hi) => {
    const { headers, rows } = mixedTable(header, lo, hi, 150);
    // As Excel hands the cells over: numbers as numbers, empty cells as "".
    const cells = [headers, ...rows.map((r) => r.map((c) => (c !== "" && Number.isFinite(Number(c)) ? Number(c) : c)))];
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows: cells }], selection: "Survey!B3" });
    const svc = createServices(
      officePort(createFakeExcel(state).run, () => true),
      () => true,
    );

    const loaded = await svc.readSelection(() => undefined);
    const overallRole = loaded.proposals.find((p) => p.role === "overall")!;
    expect(overallRole.header).toBe(header);
    expect(overallRole.scale).toEqual({ min: lo, max: hi });

    const result = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    const t = reportStrings("en");
    expect(result.sheets.map((s) => s.key)).toEqual(["summary", "priority", "segments"]);
    expect(result.n).toBe(150);
    expect(result.issueCount).toBe(0);

    // The Summary's key figures as written to the sheet.
    const survey = buildSurvey(loaded.range.headers, loaded.range.rows, loaded.proposals);
    expect(survey.overallScale).toEqual({ min: lo, max: hi });
    const plan = buildReportPlanFromSurvey(survey, { source: "x", generatedAt: new Date().toISOString(), language: "en" });
    const keyTable = plan.sheets[0].tables.find((x) => x.name === "CS_Summary_Key")!;
    const written = getValues(state, `'${t.sheetNames.summary}'!${keyTable.range}`);
    const overallRow = written.find((r) => r[0] === t.summary.overallMean)!;
    expect(overallRow).toBeDefined();
    expectClose(overallRow[1] as number, mean(survey.overall!, survey.weights), 1e-12);
    expectClose(overallRow[2] as number, meanConfidenceInterval(survey.overall!, 0.95, survey.weights).margin, 1e-12);
    expect(findSheet(state, t.sheetNames.summary)!.charts.length).toBeGreaterThan(0);
  });
});
