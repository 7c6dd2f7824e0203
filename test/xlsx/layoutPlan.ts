/**
 * A small plan for the layout features both back ends share (test/xlsx and test/excel): a long
 * note merged across four columns (span), a warning merged across three, a row of headline tiles
 * (kpiLabel / kpiValue / kpiNote, one value a formula on the table), a table whose header and body
 * carry per-column alignment, a second table that asks for its filter buttons, a data bar with
 * fixed bounds, and the worksheet's gridlines off.
 */
import type { ReportPlan } from "../../src/report/plan";

export const LAYOUT_SHEET = "Panel";
/** 160 characters of words: more than one line over the merged width A:D (20 + 3 × 12 = 56). */
export const LONG_NOTE =
  "CSI = 100 × Σ weight × (mean − 1) / ((5 − 1) × Σ weight) over the attribute means below; its 95% interval is t × s/√n of the respondent-level index.";
export const WARNING = "Two segments were left out: fewer than 30 respondents each, too few for a stable index.";
export const MEANS = [3.2, 4.1];

export function layoutPlan(): ReportPlan {
  return {
    version: 1,
    language: "en",
    generatedAt: "2026-03-03T10:00:00.000Z",
    source: "Survey!A1:C3",
    n: 2,
    notes: [],
    sheets: [
      {
        key: "summary",
        name: LAYOUT_SHEET,
        blocks: [
          { anchor: "A1", values: [["Layout"]], style: "title" },
          { anchor: "A2", values: [["n = 2"]], style: "subtitle" },
          { anchor: "A3", values: [[LONG_NOTE]], style: "note", span: 4 },
          { anchor: "A4", values: [["Respondents", "Mean of the first", "Mean of the second"]], style: "kpiLabel" },
          {
            anchor: "A5",
            values: [[2, MEANS[0], MEANS[1]]],
            formulas: [[null, "=B9", "=B10"]],
            numberFormats: [["#,##0", "0.00", "0.00"]],
            style: "kpiValue",
          },
          { anchor: "A6", values: [[null, "± 0.3 (95%)", "scale 1–5"]], style: "kpiNote" },
          { anchor: "A8", values: [["Attribute", "Mean", "Category"]], style: "header", align: [null, "right", "center"] },
          {
            anchor: "A9",
            values: [
              ["Waiting time", MEANS[0], "Must-be"],
              ["Staff", MEANS[1], "Attractive"],
            ],
            style: "body",
            align: [null, null, "center"],
          },
          { anchor: "A12", values: [[WARNING]], style: "warning", span: 3 },
          { anchor: "F8", values: [["Segment", "n"]], style: "header" },
          {
            anchor: "F9",
            values: [
              ["North", 1],
              ["South", 1],
            ],
            style: "body",
          },
        ],
        tables: [
          { name: "CS_Layout", range: "A8:C10" },
          { name: "CS_Layout_Filters", range: "F8:G10", style: "TableStyleLight9", showFilterButton: true },
        ],
        charts: [],
        conditionalFormats: [{ range: "B9:B10", rule: { type: "dataBar", color: "#9DC3E6", min: 1, max: 5 } }],
        columnWidths: [20, 12, 12, 12],
        showGridlines: false,
      },
    ],
  };
}
