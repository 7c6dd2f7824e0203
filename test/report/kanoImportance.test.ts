/**
 * Self-stated importance of the Kano features (issue #14 item 2; Berger et al. 1993) on the Kano
 * and Priorities sheets. Independent computations: the engine's kanoContinuousScores importance
 * (a pass over the respondents, src/engine/kanoOptions.ts) and CS.KANO(…, "importance") on the
 * same rows, against the report's streamed sums; a hand computation on a 4-respondent survey; the
 * ranks and the Opportunities order recomputed here from those means.
 */
import { kanoContinuousScores, kanoCountsFromPairs, kanoDropQuestionable, kanoEvaluate, kanoPairCounts, type Answer } from "../../src/engine";
import { kanoOptionCells, NO_MAX_QUESTIONABLE } from "../../src/functions/kanoOptions";
import { reportStrings } from "../../src/i18n/report";
import type { ReportLanguage } from "../../src/report/plan";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { mergeSurveyStats, statsFromSurvey } from "../../src/report/stats";
import type { KanoAnswer, KanoCategory } from "../../src/engine/kano";
import type { Survey } from "../../src/survey/survey";
import { expectAllClose, expectClose } from "../helpers/close";
import { handSurvey, kanoImportanceSurvey, sampleSurvey, subSurvey } from "./fixtures";
import { sheetByKey, sheetCells, table } from "./planCheck";

const META = { source: "Survey!A1:V41", generatedAt: "2026-12-03T10:00:00.000Z" };
const en = reportStrings("en");
const H = en.kano.importanceHeaders;
const survey = kanoImportanceSurvey();
const features = survey.attributes.map((a, i) => (a.kanoFunctional ? i : -1)).filter((i) => i >= 0);
const matrix = (s: Survey, get: (i: number) => readonly Answer[]): Answer[][] => Array.from({ length: s.n }, (_, r) => features.map((i) => get(i)[r]));
const F = matrix(survey, (i) => survey.attributes[i].kanoFunctional!);
const D = matrix(survey, (i) => survey.attributes[i].kanoDysfunctional!);
const I = matrix(survey, (i) => survey.attributes[i].importance!);
const W = survey.weights!;
/** The Kano category of each fixture feature: the engine's kanoEvaluate of its weighted pair counts. */
const CATEGORIES = new Map(
  features.map((i) => [
    i,
    kanoEvaluate(kanoCountsFromPairs(kanoPairCounts(survey.attributes[i].kanoFunctional!, survey.attributes[i].kanoDysfunctional!, W))).category,
  ]),
);
const categoryOf = (i: number): KanoCategory => CATEGORIES.get(i)!;

/** Σw of the rows with both Kano answers and an importance answer (feature column c): the N behind the mean. */
function baseOf(c: number, rows: readonly number[] = W.map((_, r) => r)): number {
  return rows.filter((r) => F[r][c] !== null && D[r][c] !== null && I[r][c] !== null).reduce((s, r) => s + W[r], 0);
}

describe("self-stated importance of Kano features: the statistics", () => {
  test("the fixture has importance for every Kano feature, and rows whose importance is not counted (a blank Kano answer)", () => {
    expect(features).toHaveLength(4);
    expect(features.every((i) => survey.attributes[i].importance)).toBe(true);
    // Without such rows the definition would not be tested: the plain importance mean differs.
    const st = statsFromSurvey(survey);
    const differ = features.filter((i) => {
      const a = st.attributes[i];
      return Math.abs(a.importance!.sumW - a.kanoImportance!.sumW) > 1e-9;
    });
    expect(differ.length).toBeGreaterThan(0);
  });

  test("the mean equals the engine's kanoContinuousScores importance on the same (weighted) rows, 1e-9", () => {
    const st = statsFromSurvey(survey);
    const want = kanoContinuousScores(F, D, { weights: W, importance: I });
    features.forEach((i, c) => {
      const m = st.attributes[i].kanoImportance!;
      expectClose(m.sum / m.sumW, want[c]!.importance!);
      expectClose(m.sumW, baseOf(c));
    });
  });

  test('unweighted, the mean equals CS.KANO(functional, dysfunctional, "importance", …, importance)', () => {
    const unweighted: Survey = { ...survey, weights: undefined };
    const st = statsFromSurvey(unweighted);
    const cells = kanoOptionCells(F as (KanoAnswer | null)[][], D as (KanoAnswer | null)[][], {
      output: "importance",
      threshold: 0.06,
      maxQuestionable: NO_MAX_QUESTIONABLE,
      scalePoints: 5,
      importance: I.map((row) => row.map((x) => (x === null ? "" : x))),
    });
    expectAllClose(
      features.map((i) => st.attributes[i].kanoImportance!.sum / st.attributes[i].kanoImportance!.sumW),
      cells[0] as number[],
    );
  });

  test("respondents dropped by kanoMaxQuestionable are left out, as the engine's kanoDropQuestionable", () => {
    const st = statsFromSurvey(survey, { kanoMaxQuestionable: 0 });
    const kept = kanoDropQuestionable(F, D, 0, W);
    expect(kept.dropped).toBeGreaterThan(0);
    const want = kanoContinuousScores(kept.functional, kept.dysfunctional, { weights: kept.weights, importance: kept.rows.map((r) => I[r - 1]) });
    features.forEach((i, c) => {
      const m = st.attributes[i].kanoImportance!;
      expectClose(m.sum / m.sumW, want[c]!.importance!);
      expectClose(
        m.sumW,
        baseOf(
          c,
          kept.rows.map((r) => r - 1),
        ),
      );
    });
  });

  test("mergeable: merge(stats(A), stats(B)) = stats(A ∪ B)", () => {
    const whole = statsFromSurvey(survey);
    const merged = mergeSurveyStats(statsFromSurvey(subSurvey(survey, (r) => r % 3 === 0)), statsFromSurvey(subSurvey(survey, (r) => r % 3 !== 0)));
    for (const i of features) {
      const a = whole.attributes[i].kanoImportance!;
      const b = merged.attributes[i].kanoImportance!;
      expect(b.n).toBe(a.n);
      expectAllClose([b.sumW, b.sumW2, b.sum, b.sumSq], [a.sumW, a.sumW2, a.sum, a.sumSq], 1e-12);
    }
  });

  test("only Kano features with an importance column get the sums (the sample's Kano features have none)", () => {
    const st = statsFromSurvey(sampleSurvey());
    expect(st.attributes.some((a) => a.kano)).toBe(true);
    expect(st.attributes.every((a) => a.kanoImportance === undefined)).toBe(true);
  });
});

/** 4 respondents, weights 1, 2, 1, 3; three features, the third answered exactly as the first. */
function handKano(): Survey {
  const wifi = { f: [1, 1, 3, null], d: [3, 4, 3, 5], imp: [5, 3, null, 4] };
  const parking = { f: [1, 1, 1, 1], d: [3, 3, 3, 3], imp: [4, 4, 2, 4] };
  const scale = { min: 1, max: 5 };
  const cols = (name: string, x: { f: unknown[]; d: unknown[]; imp: unknown[] }) => [
    { header: `${name} (functional)`, role: "kano_functional" as const, values: x.f, attribute: name },
    { header: `${name} (dysfunctional)`, role: "kano_dysfunctional" as const, values: x.d, attribute: name },
    { header: `${name} - importance`, role: "importance" as const, values: x.imp, attribute: name, scale },
  ];
  return handSurvey([{ header: "Weight", role: "weight", values: [1, 2, 1, 3] }, ...cols("Wi-Fi", wifi), ...cols("Parking", parking), ...cols("Lounge", wifi)]);
}

describe("the Kano sheet's importance table", () => {
  test("a hand computation: Wi-Fi (5·1 + 3·2)/3 = 11/3 (respondent 4 has no Kano pair), Parking 26/7; ranks in category, ties shared", () => {
    const plan = buildReportPlanFromSurvey(handKano(), { ...META, language: "en" });
    const t = table(plan, "CS_KanoImportance");
    expect(t.headers).toEqual([...H]);
    expect(t.values(H[0])).toEqual(["Wi-Fi", "Parking", "Lounge"]);
    expect(t.values(H[1])).toEqual(["Attractive", "Attractive", "Attractive"]);
    expectAllClose(t.values(H[2]) as number[], [3, 7, 3]);
    expectAllClose(t.values(H[3]) as number[], [11 / 3, 26 / 7, 11 / 3]);
    expect(t.values(H[4])).toEqual([2, 1, 2]);
    // The rank is a formula over the table: the same rule in cells.
    const rank = t.col(H[4]).map((c) => c.formula);
    expect(rank[0]).toMatch(/^=SUMPRODUCT\(\(\$B\$\d+:\$B\$\d+=B\d+\)\*\(\$D\$\d+:\$D\$\d+>D\d+\)\)\+1$/);
    expect(t.col(H[3])[0].format).toBe("0.00");
  });

  test("the fixture: means and N as the engine's, ranks recomputed per category, the note cites Berger et al. 1993", () => {
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" });
    const t = table(plan, "CS_KanoImportance");
    const want = kanoContinuousScores(F, D, { weights: W, importance: I });
    expect(t.values(H[0])).toEqual(features.map((i) => survey.attributes[i].name));
    expectAllClose(
      t.values(H[3]) as number[],
      want.map((w) => w!.importance!),
    );
    expectAllClose(
      t.values(H[2]) as number[],
      features.map((_, c) => baseOf(c)),
    );
    // The category is the Kano table's.
    const kano = table(plan, "CS_Kano");
    expect(t.values(H[1])).toEqual(kano.values(en.kano.headers[8]));
    const cats = t.values(H[1]) as string[];
    const means = t.values(H[3]) as number[];
    const ranks = cats.map((c, k) => {
      const same = means.filter((_, j) => cats[j] === c).sort((x, y) => y - x);
      return same.indexOf(means[k]) + 1;
    });
    expect(t.values(H[4])).toEqual(ranks);
    const texts = [...sheetCells(sheetByKey(plan, "kano")).values()].map((c) => String(c.value));
    expect(texts.some((s) => s.includes("Berger et al. 1993") && s.includes("scale 1–5"))).toBe(true);
    expect(texts).toContain(en.kano.importanceHeading);
  });

  test.each<ReportLanguage>(["en", "es", "zh-CN"])("%s: the table, its heading and note render in the language", (language) => {
    const s = reportStrings(language);
    const plan = buildReportPlanFromSurvey(survey, { ...META, language });
    const t = table(plan, "CS_KanoImportance");
    expect(t.headers).toEqual([...s.kano.importanceHeaders]);
    expect(t.values(s.kano.importanceHeaders[1])).toEqual(features.map((i) => s.kanoCategories[categoryOf(i)]));
    const texts = [...sheetCells(sheetByKey(plan, "kano")).values()].map((c) => String(c.value));
    expect(texts).toContain(s.kano.importanceHeading);
    expect(texts.some((x) => x.startsWith(s.kano.importanceNote.slice(0, 12)) && !x.includes("{scale}"))).toBe(true);
    const priority = [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => String(c.value));
    expect(priority).toContain(s.priority.opportunitiesByImportance);
  });

  test("no table without importance for the Kano features (the sample survey)", () => {
    const plan = buildReportPlanFromSurvey(sampleSurvey(), { source: "Survey!A1:BH601", generatedAt: META.generatedAt, language: "en" });
    expect(() => table(plan, "CS_KanoImportance")).toThrow();
    const priority = [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => String(c.value));
    expect(priority).not.toContain(en.priority.opportunitiesByImportance);
  });
});

/** The Opportunities column of the Priorities sheet's SWOT grid (column A under its header). */
function opportunities(plan: ReturnType<typeof buildReportPlanFromSurvey>): string[] {
  const cells = sheetCells(sheetByKey(plan, "priority"));
  const head = [...cells.entries()].find(([addr, c]) => /^A\d+$/.test(addr) && c.value === en.priority.opportunities);
  const out: string[] = [];
  for (let r = Number(head![0].slice(1)) + 1; ; r++) {
    const v = cells.get(`A${r}`)?.value;
    if (typeof v !== "string" || v === "—") break;
    out.push(v);
  }
  return out;
}

describe("the Priorities sheet's Opportunities", () => {
  test("attractive features by self-stated importance (highest first), then the one-dimensional ones as before", () => {
    const plan = buildReportPlanFromSurvey(survey, { ...META, language: "en" });
    const got = opportunities(plan);
    const want = kanoContinuousScores(F, D, { weights: W, importance: I });
    const attractive = features.map((i, c) => ({ i, c })).filter(({ i }) => categoryOf(i) === "A");
    expect(attractive.length).toBeGreaterThanOrEqual(2);
    const byImportance = [...attractive].sort((x, y) => want[y.c]!.importance! - want[x.c]!.importance!).map(({ i }) => survey.attributes[i].name);
    const oneDimensional = features.filter((i) => categoryOf(i) === "O").map((i) => survey.attributes[i].name);
    expect(got).toEqual([...byImportance, ...oneDimensional]);
    // The order differs from the one without importance (attribute order), so the rule shows.
    const withoutImportance = surveyWithoutKanoImportance();
    const before = opportunities(buildReportPlanFromSurvey(withoutImportance, { ...META, language: "en" }));
    expect(before).toEqual(features.filter((i) => ["A", "O"].includes(categoryOf(i))).map((i) => survey.attributes[i].name));
    expect(before).not.toEqual(got);
    const notes = [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => String(c.value));
    expect(notes).toContain(en.priority.opportunitiesByImportance);
  });

  test("without importance for the Kano features the list and the notes are as before", () => {
    const plan = buildReportPlanFromSurvey(surveyWithoutKanoImportance(), { ...META, language: "en" });
    const notes = [...sheetCells(sheetByKey(plan, "priority")).values()].map((c) => String(c.value));
    expect(notes).not.toContain(en.priority.opportunitiesByImportance);
    expect(() => table(plan, "CS_KanoImportance")).toThrow();
  });
});

/** The fixture without the Kano features' importance columns. */
function surveyWithoutKanoImportance(): Survey {
  return {
    ...survey,
    attributes: survey.attributes.map((a) => {
      if (!a.kanoFunctional) return a;
      const { importance: _i, ...columns } = a.columns;
      const { importance: _s, ...scales } = a.scales;
      return { ...a, importance: undefined, columns, scales };
    }),
  };
}
