/**
 * Kano by segment on the Kano sheet (issue #14 item 2). Independent computation: per value of the
 * survey's first segment column, the engine's kanoPairCounts over that segment's rows, then
 * kanoEvaluate, against the sheet's compact table (the report streams per-segment pair tables).
 */
import { kanoCountsFromPairs, kanoEvaluate, kanoPairCounts, type Answer } from "../../src/engine";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { mergeSurveyStats, statsFromSurvey } from "../../src/report/stats";
import { reportStrings, format } from "../../src/i18n/report";
import { expectAllClose } from "../helpers/close";
import { table } from "./planCheck";
import { sampleSurvey, subSurvey } from "./fixtures";

const survey = sampleSurvey();
const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
const META = { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z" };
const t = reportStrings("en");
const H = t.kano.segmentHeaders;

describe("Kano by segment", () => {
  test("category, N, Better and Worse per segment equal the engine's on the segment's rows (1e-9)", () => {
    const seg = survey.segments[0];
    expect(seg).toBeDefined();
    const values = [...new Set(seg.values.filter((v): v is string => v !== null).map((v) => v.trim()))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const want: { segment: string; feature: string; n: number; category: string; better: number; worse: number }[] = [];
    for (const v of values) {
      const rows = seg.values.map((x, r) => (x !== null && x.trim() === v ? r : -1)).filter((r) => r >= 0);
      for (const i of features) {
        const at = survey.attributes[i];
        const pick = (xs: readonly Answer[]) => rows.map((r) => xs[r]);
        const res = kanoEvaluate(
          kanoCountsFromPairs(
            kanoPairCounts(
              pick(at.kanoFunctional!),
              pick(at.kanoDysfunctional!),
              rows.map((r) => survey.weights![r]),
            ),
          ),
        );
        want.push({ segment: v, feature: at.name, n: res.n, category: t.kanoCategories[res.category], better: res.better, worse: res.worse });
      }
    }
    const tv = table(buildReportPlanFromSurvey(survey, { ...META, language: "en" }), "CS_KanoSegments");
    expect(tv.values(H[0])).toEqual(want.map((w) => w.segment));
    expect(tv.values(H[1])).toEqual(want.map((w) => w.feature));
    expect(tv.values(H[3])).toEqual(want.map((w) => w.category));
    want.forEach((w, r) => {
      expect(Math.abs((tv.values(H[2])[r] as number) - w.n)).toBeLessThan(1e-9);
      expect(Math.abs((tv.values(H[4])[r] as number) - w.better)).toBeLessThan(1e-9);
      expect(Math.abs((tv.values(H[5])[r] as number) - w.worse)).toBeLessThan(1e-9);
    });
    const small = format(t.segments.smallSegment, { min: 30 });
    expect(tv.values(H[6])).toEqual(want.map((w) => (w.n < 30 ? small : null)));
  });

  test("its Feature and Category columns (B, D) fit their texts (they are the main table's narrow count columns)", () => {
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" });
    const sheet = plan.sheets.find((x) => x.key === "kano")!;
    const widths = sheet.columnWidths!;
    const longest = Math.max(...features.map((i) => survey.attributes[i].name.length));
    expect(widths[1]).toBeGreaterThanOrEqual(Math.min(30, longest + 2));
    expect(widths[3]).toBeGreaterThanOrEqual(Math.max(...Object.values(t.kanoCategories).map((c) => c.length)) + 2);
  });
  test("mergeable: the two halves' per-segment tables merge to the whole", () => {
    const whole = statsFromSurvey(survey);
    const merged = mergeSurveyStats(statsFromSurvey(subSurvey(survey, (r) => r < 300)), statsFromSurvey(subSurvey(survey, (r) => r >= 300)));
    expect(merged.segment!.values.map((s) => s.value)).toEqual(whole.segment!.values.map((s) => s.value));
    whole.segment!.values.forEach((s, k) =>
      s.kano!.forEach((tab, i) => {
        const m = merged.segment!.values[k].kano?.[i];
        if (tab === null) expect(m ?? null).toBeNull();
        else expectAllClose(m!, tab, 1e-9);
      }),
    );
    expect(whole.segment!.values.some((s) => s.kano?.some((k) => k !== null))).toBe(true);
  });
});
