/**
 * The checks in the task pane, through the real pipeline over the fake Excel runtime: after Use
 * selection the pane's state gives the reading checks (they follow role changes), SurveyChecks
 * shows warnings first with a polite live summary, in en / zh-CN / es; a generated report's
 * Summary sheet carries the warnings and no NPS for a recommend column on 1–3.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { checkTemplates } from "../../src/i18n/checks";
import { reportStrings } from "../../src/i18n/report";
import { uiStrings } from "../../src/i18n/ui";
import { ReportResult } from "../../src/taskpane/components/ReportResult";
import { SurveyChecks } from "../../src/taskpane/components/SurveyChecks";
import { officePort } from "../../src/taskpane/officePort";
import { createServices } from "../../src/taskpane/pipeline";
import { initialState, readingChecksOf, reducer } from "../../src/taskpane/state";
import type { ReportChoices } from "../../src/taskpane/services";
import { createFakeExcel, createWorkbookState, findSheet, type FakeWorkbookState } from "../fake-excel";
import { excelTyped } from "../fixtures/exports/excelTyped";
import { fixtureCsvRows } from "../fixtures/exports";
import { sampleTable } from "../report/fixtures";

const text = (html: string): string =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

/** 40 respondents, "Weight" holds latitudes, recommend asked on 1–3, two empty rows at the end of the block. */
function misreadRows(): (string | number)[][] {
  const rows: (string | number)[][] = [["Respondent ID", "Weight", "Speed - satisfaction", "Staff - satisfaction", "Likelihood to recommend"]];
  for (let i = 0; i < 40; i++) rows.push([`R${i + 1}`, Number((40.712776 + i * 0.731457).toFixed(6)), (i % 5) + 1, (i % 5) + 1, (i % 3) + 1]);
  return rows;
}

const services = (state: FakeWorkbookState) =>
  createServices(
    officePort(createFakeExcel(state).run, () => true),
    () => true,
  );
const choices: ReportChoices = { crosshair: "mean", sheets: ["summary"], language: "en" };

async function readMisread() {
  const wb = createWorkbookState({ sheets: [{ name: "Survey", rows: misreadRows() }], selection: "Survey!B3" });
  const svc = services(wb);
  const loaded = await svc.readSelection(() => undefined);
  return { wb, svc, loaded, state: reducer(initialState, { type: "read", survey: loaded }) };
}

const render = (lang: "en" | "zh-CN" | "es", checks: ReturnType<typeof readingChecksOf>): string =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <SurveyChecks s={uiStrings(lang)} checks={checks} />
    </FluentProvider>,
  );

describe("checks in the task pane", () => {
  test("after Use selection: the reading checks of the range, warnings first; a role change clears its warning", async () => {
    const { state } = await readMisread();
    const checks = readingChecksOf(state);
    expect(checks.map((c) => [c.key, c.severity])).toEqual([
      ["weightCoordinates", "warning"],
      ["recommendNotNps", "warning"],
      ["layoutDetected", "info"],
      ["respondentsCounted", "info"],
    ]);
    // Role detection already left the 1–3 recommend column out; the check says why there is no NPS.
    expect(state.proposals.find((p) => p.header === "Likelihood to recommend")?.role).toBe("ignore");
    const weight = state.proposals.find((p) => p.header === "Weight")!;
    expect(weight.role).toBe("weight");
    const fixed = reducer(state, { type: "setRole", index: weight.index, role: "ignore" });
    expect(readingChecksOf(fixed).map((c) => c.key)).toEqual(["recommendNotNps", "layoutDetected", "respondentsCounted"]);
    expect(readingChecksOf(initialState)).toEqual([]);
  });

  test("SurveyChecks: heading, a polite live summary, warning bars before the info list (en)", async () => {
    const { state } = await readMisread();
    const html = render("en", readingChecksOf(state));
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>2 warnings to review</);
    const page = text(html);
    const order = ["What was read", "2 warnings to review", "looks like map coordinates", "holds values 1–3", "40 respondents, one per data row"].map((t) =>
      page.indexOf(t),
    );
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Fluent's warning intent on the two warnings, info on the list.
    expect(html.match(/fui-MessageBar/g)?.length).toBeGreaterThanOrEqual(3);
  });

  test.each(["zh-CN", "es"] as const)("in %s the checks have no English text (headers aside)", async (lang) => {
    const { state } = await readMisread();
    const page = text(render(lang, readingChecksOf(state))).replace(/Weight|Likelihood to recommend/g, "");
    const english = Object.values(checkTemplates("en"))
      .flatMap((t) => (typeof t === "string" ? [t] : [t.other]))
      .flatMap((t) => t.replace(/\{\w+\}/g, " ").match(/[A-Za-z]{4,}/g) ?? [])
      .filter((w) => !["Kano", "Cronbach"].includes(w) && w !== "error");
    const words = new Set(page.match(/[A-Za-z]+/g) ?? []);
    expect([...new Set(english)].filter((w) => words.has(w))).toEqual([]);
    expect(page).toContain(lang === "zh-CN" ? "读取结果" : "Qué se leyó");
    expect(page).toContain(lang === "zh-CN" ? "有 2 条警告需要核对" : "2 avisos por revisar");
  });

  test("Generate report: the Summary sheet shows the warnings and no NPS", async () => {
    const { wb, svc, loaded } = await readMisread();
    const result = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    const summary = findSheet(wb, result.sheets[0].name)!;
    const values = [...summary.cells.values()].map((c) => String(c.value));
    expect(values).toContain(
      "⚠ The recommend column “Likelihood to recommend” holds values 1–3, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.",
    );
    expect(values.some((v) => v.startsWith("⚠ The weight column “Weight” looks like map coordinates"))).toBe(true);
    expect(values).not.toContain(reportStrings("en").summary.nps);

    // The pane's result repeats the warnings (after Refresh it is all the pane shows).
    expect(result.checks?.map((c) => c.key)).toEqual(["weightCoordinates", "recommendNotNps"]);
    const zh = text(
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <ReportResult s={uiStrings("zh-CN")} result={result} onOpen={() => undefined} onSelectCell={() => undefined} />
        </FluentProvider>,
      ),
    );
    expect(zh).toContain("分享这些数字之前请先核对");
    expect(zh).toContain("推荐意愿列“Likelihood to recommend”的取值为 1–3，不是 0–10 量表：未计算 NPS。");
  });

  test("a result warning reaches the pane's result: an NPS of −100 on 0–10 answers", async () => {
    const rows: (string | number)[][] = [["Speed - satisfaction", "Likelihood to recommend (0-10)"]];
    for (let i = 0; i < 40; i++) rows.push([(i % 5) + 1, i % 7]);
    const wb = createWorkbookState({ sheets: [{ name: "Survey", rows }], selection: "Survey!A1" });
    const svc = services(wb);
    const loaded = await svc.readSelection(() => undefined);
    const result = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined);
    expect(result.checks?.map((c) => c.key)).toEqual(["npsMinus100"]);
  });

  test("the sample survey in the pane: no warnings, what was read listed", async () => {
    const { headers, rows } = sampleTable();
    const asExcel = rows.map((r) => r.map((c) => (c.trim() !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
    const wb = createWorkbookState({ sheets: [{ name: "Survey", rows: [headers, ...asExcel] }], selection: "Survey!C5" });
    const loaded = await services(wb).readSelection(() => undefined);
    const checks = readingChecksOf(reducer(initialState, { type: "read", survey: loaded }));
    expect(checks.filter((c) => c.severity === "warning")).toEqual([]);
    expect(text(render("en", checks))).toContain("No warnings.");
  });

  test("a Qualtrics numeric export selected in Excel: header rows and codes said in the pane, the codes' warning on the Summary after Generate", async () => {
    const wb = createWorkbookState({
      sheets: [{ name: "Survey", rows: excelTyped(fixtureCsvRows("qualtrics-numeric.csv")) as (string | number)[][] }],
      selection: "Survey!A1",
    });
    const svc = services(wb);
    const loaded = await svc.readSelection(() => undefined);
    const checks = readingChecksOf(reducer(initialState, { type: "read", survey: loaded }));
    expect(checks.filter((c) => c.severity === "warning").map((c) => c.key)).toEqual(["numericCodesRating", "numericCodesKano"]);
    const page = text(render("en", checks));
    expect(page).toContain("Read as a Qualtrics export");
    expect(page).toContain("2 more header rows skipped (rows 2–3)");
    expect(page).toContain("200 respondents, one per data row");
    const result = await svc.generate(loaded.range, loaded.proposals, choices, () => undefined, loaded.layout);
    const values = [...findSheet(wb, result.sheets[0].name)!.cells.values()].map((c) => String(c.value));
    expect(values.filter((v) => v.startsWith("⚠ ")).map((v) => v.split(" (")[0])).toEqual([
      "⚠ Answers are numeric codes without labels in 15 columns",
      "⚠ Kano answers are numeric codes without labels in 6 columns",
    ]);
  });
});
