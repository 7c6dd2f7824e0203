/**
 * A small hand-made ReportPlan for the xlsx writer tests: two sheets (Spanish/Chinese text), two
 * tables, formulas on "Resumen" that reference the other sheet ('Prioridad 优先级'!…), a text
 * value "=HYPERLINK(…)" that must stay text, all four chart types (scatter with crossesAt and
 * point labels), and one conditional format of each kind.
 * Expected values of formula cells are computed here in plain TypeScript, independently of any
 * spreadsheet engine.
 */
import type { CellValue, PlanBlock, ReportPlan } from "../../src/report/plan";

export const PRIORITY = "Prioridad 优先级";
export const SUMMARY = "Resumen";
export const HYPERLINK_TEXT = '=HYPERLINK("http://x")';

const q = `'${PRIORITY}'`;

export const attributes = ["Atención 服务", "Tiempo de espera", "Cajeros ATM", "App móvil 手机", "Comisiones", "Horario"];
export const importance = [4.6, 4.1, 3.2, 4.4, 3.8, 2.9];
export const performance = [4.2, 3.1, 3.9, 3.4, 2.8, 4.0];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b),
    m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2;
};

// Independent computations of what the formulas must give.
export const meanImportance = mean(importance);
export const meanPerformance = mean(performance);
const gap = importance.map((w, i) => w - performance[i]);
const priority = importance.map((w, i) => w * (5 - performance[i]));
const quadrant = importance.map((w, i) => (w >= meanImportance && performance[i] < meanPerformance ? "Concentrar aquí" : "Mantener"));
const rank = priority.map((p) => 1 + priority.filter((o) => o > p).length); // RANK.EQ, descending
const csi = ((sum(importance.map((w, i) => w * performance[i])) / sum(importance) - 1) / 4) * 100;

const segments = ["Centro", "Norte", "Sur 南"];
const levels = [
  [0.05, 0.1, 0.25, 0.4, 0.2],
  [0.1, 0.15, 0.3, 0.3, 0.15],
  [0.02, 0.08, 0.2, 0.45, 0.25],
];
const levelNames = ["Muy insatisfecho", "Insatisfecho", "Neutral", "Satisfecho", "Muy satisfecho"];
const levelColors = ["#C00000", "#F4B183", "#D9D9D9", "#A9D18E", "#548235"];

const nulls = (rows: number, cols: number): null[][] => Array.from({ length: rows }, () => Array<null>(cols).fill(null));

/** Rows 4–13 of the priority sheet: table A4:G10, means and median below it. */
function priorityBlocks(): PlanBlock[] {
  const header: PlanBlock = {
    anchor: "A4",
    values: [["Atributo", "Importancia", "Desempeño", "Brecha", "Prioridad", "Cuadrante", "Rango"]],
    style: "header",
  };
  const rows = attributes.map((_, i) => i + 5);
  const body: PlanBlock = {
    anchor: "A5",
    values: attributes.map((a, i): CellValue[] => [a, importance[i], performance[i], gap[i], priority[i], quadrant[i], rank[i]]),
    formulas: rows.map((r) => [
      null,
      null,
      null,
      `=B${r}-C${r}`,
      `=B${r}*(5-C${r})`,
      `=IF(AND(B${r}>=$B$12,C${r}<$C$12),"Concentrar aquí","Mantener")`,
      `=RANK.EQ(E${r},$E$5:$E$10)`,
    ]),
    numberFormats: rows.map(() => [null, "0.00", "0.00", "0.00", "0.00", null, "0"]),
    style: "body",
  };
  const stats: PlanBlock = {
    anchor: "A12",
    values: [
      ["Media", meanImportance, meanPerformance],
      ["Mediana", median(importance), median(performance)],
    ],
    formulas: [
      [null, "=AVERAGE(B5:B10)", "=AVERAGE(C5:C10)"],
      [null, "=MEDIAN(B5:B10)", "=MEDIAN(C5:C10)"],
    ],
    numberFormats: [
      [null, "0.000", "0.000"],
      [null, "0.000", "0.000"],
    ],
    style: "emphasis",
  };
  return [header, body, stats];
}

function summaryBlocks(): PlanBlock[] {
  const top: PlanBlock[] = [
    { anchor: "A1", values: [["Resumen de satisfacción — 顾客满意度"]], style: "title" },
    { anchor: "A2", values: [["n = 600 · Survey!A1:H601 · 2024-05-01"]], style: "subtitle" },
    { anchor: "A3", values: [[HYPERLINK_TEXT]], style: "note" },
  ];
  const maxPriority = attributes[priority.indexOf(Math.max(...priority))];
  const kpis: PlanBlock = {
    anchor: "A5",
    values: [
      ["Indicador", "Valor"],
      ["CSI (0–100)", csi],
      ["Atributos a concentrar", quadrant.filter((x) => x === "Concentrar aquí").length],
      ["Máxima prioridad", maxPriority],
      ["Importancia media", meanImportance],
      ["¿Desempeño ≥ 2,5?", Math.min(...performance) >= 2.5],
      ["Brecha total", sum(gap)],
      ["Atributos sin brecha", gap.filter((g) => g === 0).length],
      ["Texto", "Satisfacción — 顾客满意度 — año ñ"],
    ],
    formulas: [
      [null, null],
      [null, `=(SUMPRODUCT(${q}!B5:B10,${q}!C5:C10)/SUM(${q}!B5:B10)-1)/4*100`],
      [null, `=COUNTIF(${q}!F5:F10,"Concentrar aquí")`],
      [null, `=INDEX(${q}!A5:A10,MATCH(MAX(${q}!E5:E10),${q}!E5:E10,0))`],
      [null, `=${q}!B12`],
      [null, `=MIN(${q}!C5:C10)>=2.5`],
      [null, `=SUM(${q}!D5:D10)`],
      [null, `=COUNTIF(${q}!D5:D10,0)`],
      [null, null],
    ],
    numberFormats: [
      [null, null],
      [null, "0.0"],
      [null, "0"],
      [null, "@"],
      [null, "0.00"],
      [null, null],
      [null, "0.00"],
      [null, "0"],
      [null, null],
    ],
  };
  const levelHeader: PlanBlock = { anchor: "A15", values: [["Segmento", ...levelNames, "Top-2"]], style: "header" };
  const levelRows: PlanBlock = {
    anchor: "A16",
    values: segments.map((s, i): CellValue[] => [s, ...levels[i], levels[i][3] + levels[i][4]]),
    formulas: segments.map((_, i) => [null, null, null, null, null, null, `=E${16 + i}+F${16 + i}`]),
    numberFormats: segments.map(() => [null, "0.0%", "0.0%", "0.0%", "0.0%", "0.0%", "0.0%"]),
  };
  return [...top, kpis, levelHeader, levelRows];
}

export function fixturePlan(): ReportPlan {
  return {
    version: 1,
    language: "es",
    generatedAt: "2024-05-01T10:30:00.000Z",
    source: "Survey!A1:H601",
    n: 600,
    notes: ["Fixture for the xlsx writer tests."],
    sheets: [
      {
        key: "summary",
        name: SUMMARY,
        blocks: summaryBlocks(),
        tables: [{ name: "CS_Levels", range: "A15:G18", style: "TableStyleLight9" }],
        charts: [
          {
            name: "Niveles",
            type: "barStacked100",
            title: "Niveles de satisfacción por segmento",
            series: levelNames.map((name, j) => ({
              name,
              values: `${String.fromCharCode(66 + j)}16:${String.fromCharCode(66 + j)}18`,
              categories: "A16:A18",
              color: levelColors[j],
            })),
            from: "I1",
            to: "P14",
            legend: "bottom",
          },
          {
            name: "Top2",
            type: "columnClustered",
            title: "Top-2 por segmento",
            series: [{ name: "Top-2", values: "G16:G18", categories: "A16:A18" }],
            from: "I16",
            to: "P30",
            yAxis: { min: 0, max: 1, numberFormat: "0%", title: "Top-2" },
            legend: "none",
          },
        ],
        conditionalFormats: [
          { range: "G16:G18", rule: { type: "colorScale", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" } },
          { range: "B6", rule: { type: "cellValue", operator: "between", formula1: "50", formula2: "=75", fill: "#FFEB9C" } },
        ],
        columnWidths: [26, 16, 14, 12, 14, 16, 10],
        freezeRows: 3,
      },
      {
        key: "priority",
        name: PRIORITY,
        blocks: [
          { anchor: "A1", values: [["Prioridad de mejora — 优先级"]], style: "title" },
          { anchor: "A2", values: [["Importancia derivada frente a desempeño"]], style: "subtitle" },
          ...priorityBlocks(),
          { anchor: "A15", values: [["Cuadrantes en la media de cada eje."]], style: "note" },
          { anchor: "A16", values: [["Atención: pocos datos en Horario."]], style: "warning" },
          { anchor: "A17", values: nulls(1, 2), style: "body" },
        ],
        tables: [{ name: "CS_Priority", range: "A4:G10" }],
        charts: [
          {
            name: "IPA",
            type: "xyScatter",
            title: "Importancia y desempeño",
            series: [{ name: "Atributos", values: "C5:C10", categories: "B5:B10", pointLabels: "A5:A10", color: "#1F4E79" }],
            from: "I2",
            to: "P22",
            xAxis: { title: "Importancia", min: 2.5, max: 5, crossesAt: meanImportance, numberFormat: "0.0" },
            yAxis: { title: "Desempeño", min: 2.5, max: 5, crossesAt: meanPerformance, numberFormat: "0.0" },
            legend: "none",
          },
          {
            name: "Brechas",
            type: "barClustered",
            title: "Brecha importancia − desempeño",
            series: [{ name: "Brecha", values: "D5:D10", categories: `${q}!A5:A10` }],
            from: "I24",
            to: "P40",
            legend: "right",
          },
        ],
        conditionalFormats: [
          { range: "D5:D10", rule: { type: "cellValue", operator: "lessThan", formula1: "0", fill: "#FFC7CE", fontColor: "#9C0006" } },
          { range: "F5:F10", rule: { type: "textContains", text: "Concentrar", fill: "#FFEB9C" } },
          { range: "E5:E10", rule: { type: "dataBar", color: "#5B9BD5" } },
        ],
        columnWidths: [22, 12, 12, 10, 10, 18, 8],
        freezeRows: 2,
      },
    ],
  };
}
