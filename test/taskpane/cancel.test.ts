/** Cancel through the pane's services (pipeline over officePort, fake Excel): at any step of Refresh, the old report is intact. */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { CancelledError } from "../../src/excel/cancel";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import type { Progress, ReportChoices } from "../../src/taskpane/services";
import { createFakeExcel, createWorkbookState, workbookSnapshot } from "../fake-excel";

const csv = fs.readFileSync(path.join(__dirname, "..", "fixtures", "sample-survey.csv"), "utf8");
const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "kano", "gap", "priority", "segments"], language: "en" };

describe("Cancel through the pipeline", () => {
  test.each(["read", "survey", "stats", "plan", "write"])("Refresh cancelled at step '%s': the workbook is exactly as before", async (step) => {
    const state = createWorkbookState({ sheets: [{ name: "Survey", rows }, "Notes"], selection: "Survey!C5" });
    const services = createServices(
      officePort(createFakeExcel(state).run, () => true),
      () => true,
    );
    const read = await services.readSelection(() => undefined);
    await services.generate(read.range, read.proposals, choices, () => undefined, read.layout);
    const before = workbookSnapshot(state);
    const controller = new AbortController();
    const seen: string[] = [];
    const onProgress = (p: Progress): void => {
      seen.push(p.detail.step);
      if (p.detail.step === step) controller.abort();
    };
    await expect(services.refresh(onProgress, controller.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toContain(step);
    expect(workbookSnapshot(state)).toEqual(before);
  });
});
