/**
 * A small ReportPlan written by hand for the applier tests: a Summary (title, note, CSI table with
 * formulas, CSM levels as 100 % stacked bars, a data bar, a header that looks like a formula) and a
 * Priority sheet (IPA table with formulas reaching into the Summary, quadrant text, a cell-value
 * and a text rule, the importance–performance scatter with crosshairs and point labels).
 */
import type { ReportPlan } from "../../src/report/plan";

export const HYPERLINK = '=HYPERLINK("http://x")';

export function fixturePlan(n = 120): ReportPlan {
  return {
    version: 1,
    language: "en",
    generatedAt: "2025-01-31T09:00:00.000Z",
    source: "Survey!A1:E121",
    n,
    notes: [],
    sheets: [
      {
        key: "summary",
        name: "Summary",
        freezeRows: 2,
        columnWidths: [28, 12, 12, 12, 12, 12],
        blocks: [
          { anchor: "A1", values: [["Customer satisfaction report"]], style: "title" },
          { anchor: "A2", values: [[`n = ${n}; CSI = 100·(mean − 1)/(5 − 1), weights equal (ACSI form)`]], style: "note" },
          { anchor: "A4", values: [["Attribute", "Mean", "Weight"]], style: "header" },
          {
            anchor: "A5",
            values: [
              ["Waiting time", 3.2, 1],
              ["Staff", 4.1, 1],
              [HYPERLINK, 3.8, 1],
            ],
            numberFormats: [
              [null, "0.00", "0"],
              [null, "0.00", "0"],
              [null, "0.00", "0"],
            ],
            style: "body",
          },
          {
            anchor: "A9",
            values: [["CSI", 67.5]],
            formulas: [[null, "=100*(SUMPRODUCT(B5:B7,C5:C7)/SUM(C5:C7)-1)/(5-1)"]],
            numberFormats: [[null, "0.0"]],
            style: "emphasis",
          },
          { anchor: "A11", values: [["Level", "1", "2", "3", "4", "5"]], style: "header" },
          {
            anchor: "A12",
            values: [
              ["Waiting time", 0.1, 0.2, 0.3, 0.25, 0.15],
              ["Staff", 0.02, 0.05, 0.13, 0.4, 0.4],
            ],
            numberFormats: [
              [null, "0%", "0%", "0%", "0%", "0%"],
              [null, "0%", "0%", "0%", "0%", "0%"],
            ],
          },
        ],
        tables: [
          { name: "CS_Means", range: "A4:C7", style: "TableStyleMedium2" },
          { name: "CS_Levels", range: "A11:F13", style: "TableStyleLight9" },
        ],
        conditionalFormats: [{ range: "B5:B7", rule: { type: "dataBar", color: "#5B9BD5" } }],
        charts: [
          {
            name: "CSM levels",
            type: "barStacked100",
            title: "Answers per level",
            from: "H2",
            to: "O16",
            legend: "bottom",
            series: [1, 2, 3, 4, 5].map((level, k) => ({
              name: String(level),
              values: `${"BCDEF"[k]}12:${"BCDEF"[k]}13`,
              categories: "A12:A13",
              color: ["#C00000", "#ED7D31", "#BFBFBF", "#9BC2E6", "#2E75B6"][k],
            })),
            yAxis: { numberFormat: "0%" },
          },
        ],
      },
      {
        key: "priority",
        name: "Priority",
        freezeRows: 1,
        blocks: [
          { anchor: "A1", values: [["Importance–performance"]], style: "title" },
          { anchor: "A3", values: [["Attribute", "Importance", "Performance", "Quadrant", "Score"]], style: "header" },
          {
            anchor: "A4",
            values: [
              ["Waiting time", 4.5, 3.2, "Concentrate here", 0.35],
              ["Staff", 3.9, 4.1, "Keep up the good work", 0.12],
              ["-Parking", 3.1, 3.8, "Possible overkill", 0.08],
            ],
            formulas: [
              [
                null,
                null,
                "='Summary'!B5",
                '=IF(B4>=AVERAGE($B$4:$B$6),IF(C4>=AVERAGE($C$4:$C$6),"Keep up the good work","Concentrate here"),IF(C4>=AVERAGE($C$4:$C$6),"Possible overkill","Low priority"))',
                null,
              ],
              [null, null, "=Summary!B6", null, null],
              [null, null, "='Summary'!B7", null, null],
            ],
            numberFormats: [
              [null, "0.00", "0.00", null, "0.00"],
              [null, "0.00", "0.00", null, "0.00"],
              [null, "0.00", "0.00", null, "0.00"],
            ],
          },
          { anchor: "A8", values: [["Crosshairs at the means: importance 3.83, performance 3.70."]], style: "note" },
        ],
        tables: [{ name: "CS_Priority", range: "A3:E6" }],
        conditionalFormats: [
          { range: "E4:E6", rule: { type: "cellValue", operator: "greaterThan", formula1: "=0.3", fill: "#FFC7CE", fontColor: "#9C0006" } },
          { range: "D4:D6", rule: { type: "textContains", text: "Concentrate", fill: "#FFEB9C" } },
          { range: "C4:C6", rule: { type: "colorScale", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" } },
        ],
        charts: [
          {
            name: "IPA",
            type: "xyScatter",
            title: "Importance vs performance",
            from: "G2",
            to: "N20",
            legend: "none",
            series: [{ name: "Attributes", values: "B4:B6", categories: "C4:C6", pointLabels: "A4:A6", color: "#2E75B6" }],
            xAxis: { title: "Performance", min: 1, max: 5, crossesAt: 3.7 },
            yAxis: { title: "Importance", min: 1, max: 5, crossesAt: 3.83 },
          },
        ],
      },
    ],
  };
}

/** Recipe fields applyPlan stores with the report. */
export const fixtureRecipe = {
  source: { sheet: "Survey", address: "A1:E121" },
  roles: [
    { index: 0, header: "id", role: "id" as const, reason: "header says id" },
    { index: 1, header: "Waiting time", role: "rating" as const, attribute: "Waiting time", scale: { min: 1, max: 5 }, reason: "1–5 answers" },
  ],
  options: { sheets: ["summary", "priority"], crosshair: "mean" },
  language: "en",
  generatedAt: "2025-01-31T09:00:00.000Z",
};
