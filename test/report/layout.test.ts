/**
 * How the sample report is laid out (en, zh-CN, es): method notes merged across the sheet's tables
 * (never over a written cell or a chart, at most NOTE_WIDTH characters), charts on empty cells,
 * headline tiles on the Summary that are formulas on the key table, header alignment, the levels
 * palette (red → green), no gridlines, no filter buttons.
 */
import { reportStrings } from "../../src/i18n/report";
import { cellAddress, parseCell, parseRange } from "../../src/report/a1";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { PlanSheet, ReportLanguage } from "../../src/report/plan";
import { NOTE_WIDTH } from "../../src/report/sheet";
import { levelColors, templateFormat } from "../../src/report/summary";
import { DEFAULT_COLUMN_WIDTH } from "../../src/report/textMetrics";
import { sampleSurvey } from "./fixtures";
import { sheetByKey, sheetCells, table } from "./planCheck";

const survey = sampleSurvey();
const LANGUAGES: ReportLanguage[] = ["en", "zh-CN", "es"];
const plans = Object.fromEntries(
  LANGUAGES.map((language) => [language, buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language })]),
);
const width = (s: PlanSheet, col: number): number => s.columnWidths?.[col - 1] ?? DEFAULT_COLUMN_WIDTH;

describe.each(LANGUAGES)("%s: notes span the tables", (language) => {
  const plan = plans[language];

  test("every method note in column A is merged over more than column A, within NOTE_WIDTH characters", () => {
    for (const s of plan.sheets) {
      const notes = s.blocks.filter((b) => b.style === "note" && b.anchor.startsWith("A"));
      expect(notes.length).toBeGreaterThan(0);
      for (const b of notes) {
        expect(b.span).toBeGreaterThan(1);
        let w = 0;
        for (let c = 1; c <= b.span!; c++) w += width(s, c);
        expect(w).toBeLessThanOrEqual(NOTE_WIDTH);
      }
      // the method notes at the top reach at least across three columns
      expect(s.blocks[2].span).toBeGreaterThanOrEqual(3);
    }
  });

  test("no merged area covers a written cell or a chart", () => {
    for (const s of plan.sheets) {
      const cells = sheetCells(s);
      const charts = s.charts.map((c) => ({ from: parseCell(c.from)!, to: parseCell(c.to)! }));
      for (const b of s.blocks.filter((x) => (x.span ?? 1) > 1)) {
        const at = parseCell(b.anchor)!;
        b.values.forEach((_, i) => {
          for (let c = at.column + 1; c < at.column + b.span!; c++) {
            const row = at.row + i;
            expect(cells.has(cellAddress(row, c))).toBe(false);
            expect(charts.some((x) => row >= x.from.row && row <= x.to.row && c >= x.from.column && c <= x.to.column)).toBe(false);
          }
        });
      }
    }
  });

  test("charts sit on empty cells (no table or text under a chart)", () => {
    for (const s of plan.sheets) {
      const cells = sheetCells(s);
      for (const chart of s.charts) {
        const r = parseRange(`${chart.from}:${chart.to}`)!;
        for (let row = r.from.row; row <= r.to.row; row++) {
          for (let col = r.from.column; col <= r.to.column; col++) expect(cells.has(cellAddress(row, col))).toBe(false);
        }
      }
    }
  });

  test("no gridlines; no table shows filter buttons", () => {
    for (const s of plan.sheets) {
      expect(s.showGridlines).toBe(false);
      for (const t of s.tables) expect(t.showFilterButton ?? false).toBe(false);
    }
  });
});

describe("Summary: headline tiles", () => {
  const plan = plans.en;
  const t = reportStrings("en");
  const summary = sheetByKey(plan, "summary");
  const cells = sheetCells(summary);
  const at = (style: string) => summary.blocks.find((b) => b.style === style)!;

  const key = table(plan, "CS_Summary_Key");
  const keyTop = parseRange(summary.tables.find((x) => x.name === "CS_Summary_Key")!.range)!.from.row;
  const measures = [t.summary.respondents, t.summary.csi, t.summary.nps, t.summary.topBoxOverall, t.summary.alpha];
  /** Sheet row of a key-table measure. */
  const keyRow = (label: string): number => keyTop + 1 + key.values("Measure").indexOf(label);

  test("five tiles under the notes, above the key table: labels, values, details on consecutive rows", () => {
    const [labels, values, notes] = [at("kpiLabel"), at("kpiValue"), at("kpiNote")];
    expect(labels.values[0]).toEqual([t.summary.tiles.respondents, t.summary.tiles.csi, t.summary.tiles.nps, t.summary.tiles.topBox, t.summary.tiles.alpha]);
    const top = parseCell(labels.anchor)!;
    expect(top.column).toBe(1);
    expect([values.anchor, notes.anchor]).toEqual([cellAddress(top.row + 1, 1), cellAddress(top.row + 2, 1)]);
    const lastNote = Math.max(
      ...summary.blocks.filter((b) => b.style === "note" && parseCell(b.anchor)!.row < top.row).map((b) => parseCell(b.anchor)!.row + b.values.length - 1),
    );
    expect(top.row).toBe(lastNote + 2); // one blank row after the method notes
    expect(keyTop).toBeGreaterThan(top.row + 2);
    expect([notes.values[0][0], notes.values[0][3], notes.values[0][4]]).toEqual([null, "overall satisfaction", "rating items"]);
  });

  test("each tile value is a formula on the key table's Value cell and carries the same number", () => {
    const values = at("kpiValue");
    expect(values.formulas![0]).toEqual(measures.map((m) => `=${cellAddress(keyRow(m), 2)}`));
    measures.forEach((m, i) => expect(values.values[0][i]).toBe(cells.get(cellAddress(keyRow(m), 2))?.value));
    expect(values.numberFormats![0]).toEqual(["#,##0", "0.0", "+0.0;-0.0;0.0", "0.0%", "0.000"]);
  });

  test("CSI and NPS details are formulas on the key table's margin cells, shown as '± m (95%)'", () => {
    const notes = at("kpiNote");
    expect(notes.formulas![0].slice(1, 3)).toEqual([t.summary.csi, t.summary.nps].map((m) => `=${cellAddress(keyRow(m), 3)}`));
    expect(notes.values[0][1]).toBe(cells.get(cellAddress(keyRow(t.summary.csi), 3))?.value);
    expect(notes.values[0][2]).toBe(cells.get(cellAddress(keyRow(t.summary.nps), 3))?.value);
    expect(notes.numberFormats![0].slice(1, 3)).toEqual(['"± "0.0" (95%)"', '"± "0.0" (95%)"']);
    const zh = sheetByKey(plans["zh-CN"], "summary").blocks.find((b) => b.style === "kpiNote")!;
    expect(zh.numberFormats![0][1]).toBe('"± "0.0"（95%）"');
  });

  test("templateFormat quotes the literal parts around {m}", () => {
    expect(templateFormat("± {m} (95%)", "0.0")).toBe('"± "0.0" (95%)"');
    expect(templateFormat("± {m}（95%）", "0.0")).toBe('"± "0.0"（95%）"');
    expect(templateFormat('{m} "pts"', "0")).toBe('0" pts"');
  });
});

describe("alignment and colours", () => {
  test("headers of numeric columns are right-aligned; Kano's Category and Fong columns centred (header and body)", () => {
    const kano = sheetByKey(plans.en, "kano");
    const header = kano.blocks.find((b) => b.style === "header")!;
    const body = kano.blocks.find((b) => b.style === "body")!;
    expect(header.align).toEqual([null, ...Array(7).fill("right"), "center", ...Array(5).fill("right"), "center"]);
    expect(body.align).toEqual([null, null, null, null, null, null, null, null, "center", null, null, null, null, null, "center"]);
  });

  test("levels palette: five levels red → green; other scales interpolate the same ramp", () => {
    expect(levelColors(5)).toEqual(["#C0392B", "#E67E22", "#F4D03F", "#82C785", "#1E8449"]);
    const seven = levelColors(7);
    expect([seven[0], seven[3], seven[6]]).toEqual(["#C0392B", "#F4D03F", "#1E8449"]);
    const red = (c: string) => parseInt(c.slice(1, 3), 16);
    const green = (c: string) => parseInt(c.slice(3, 5), 16);
    const eleven = levelColors(11);
    expect(red(eleven[0]) - green(eleven[0])).toBeGreaterThan(100); // reddish
    expect(green(eleven[10]) - red(eleven[10])).toBeGreaterThan(50); // greenish
    expect(levelColors(2)).toEqual(["#C0392B", "#1E8449"]);
  });

  test("the levels chart colours its series with the palette, lowest level first", () => {
    const chart = sheetByKey(plans.en, "summary").charts.find((c) => c.name === "LevelsChart")!;
    expect(chart.series.map((s) => s.color)).toEqual(levelColors(5));
  });

  test("the Kano chart is about as wide as tall with the reading guide beside it; the priority chart sits below its table", () => {
    const kano = sheetByKey(plans.en, "kano");
    const chart = kano.charts[0];
    const from = parseCell(chart.from)!,
      to = parseCell(chart.to)!;
    let chars = 0;
    for (let c = from.column; c <= to.column; c++) chars += width(kano, c);
    const ratio = (chars * 7) / ((to.row - from.row + 1) * 20); // px: ~7 per character, 20 per row
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.6);
    const guide = kano.blocks.find((b) => b.values[0][0] === reportStrings("en").kano.chartGuide[0])!;
    expect(parseCell(guide.anchor)!.column).toBeGreaterThan(to.column);
    const priority = sheetByKey(plans.en, "priority");
    const main = parseRange(priority.tables.find((x) => x.name === "CS_Priority")!.range)!;
    expect(parseCell(priority.charts[0].from)!.row).toBeGreaterThan(main.to.row);
  });
});
