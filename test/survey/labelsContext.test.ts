/**
 * Issue #8, item 6: answer wordings of the platforms, read in the context of their column.
 * Sources of the wordings are cited per set in src/survey/labels/platformSets.ts (`source`); the
 * expectations below restate the points from those sources, not from the code under test.
 */
import fc from "fast-check";
import { statsFromRows } from "../../src/report/rowStats";
import { statsFromSurvey } from "../../src/report/stats";
import { kanoValue, likertValue } from "../../src/survey/labels";
import { answerLabelsFor, answerPoint, type AnswerLabels } from "../../src/survey/labels/context";
import { ANSWER_SETS } from "../../src/survey/labels/platformSets";
import { parseRating, ratingParser } from "../../src/survey/parse";
import { detectRoles } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";
import type { CellWhere, Scale } from "../../src/survey/types";

const AT: CellWhere = { row: 2, column: 1 };
const LANGS = ["en", "zh-CN", "es"] as const;

/** Reads every cell of a column the way buildSurvey does for a proposal with these labels. */
function read(cells: readonly string[], scale: Scale, labels?: AnswerLabels): (number | null | string)[] {
  return cells.map((c) => {
    try {
      return parseRating(c, scale, AT, labels);
    } catch (e) {
      return `error: ${(e as Error).message}`;
    }
  });
}

// Vagias (2006) 5-point importance, Qualtrics' importance choices.
const VAGIAS_5 = ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"];
// SurveyMonkey importance: Extremely 5, Very 4, Somewhat 3, Not so 2, Not at all 1.
const SURVEYMONKEY_5 = ["Not at all important", "Not so important", "Somewhat important", "Very important", "Extremely important"];

describe("every platform wording maps to its point (sources in platformSets.ts)", () => {
  for (const set of ANSWER_SETS) {
    for (const lang of LANGS) {
      const k = set.points.length;
      const scale = { min: 1, max: k };
      const column = set.points.flatMap((pt) => pt[lang]);
      const expected = set.points.flatMap((pt, i) => pt[lang].map(() => i + 1));
      test(`${set.id} (${lang}): a column of its wordings reads 1..${k}`, () => {
        // As detectRoles proposes it: with the header's scale, and with no scale in the header.
        for (const hint of [scale, undefined]) {
          const labels = answerLabelsFor(column, hint);
          if (k === 4 && !hint) {
            // Without "(1-4)" a midpoint-less column stays the lexicon's 5-point one: 1, 2, 4, 5.
            expect(labels).toBeUndefined();
            expect(read(column, { min: 1, max: 5 })).toEqual(expected.map((i) => (i <= 2 ? i : i + 1)));
            continue;
          }
          // No set: only allowed where the lexicon reads the same points on its 5-point scale.
          if (!labels) expect(k).toBe(5);
          expect(read(column, scale, labels)).toEqual(expected);
        }
      });
    }
  }

  test("the sets' own point maps (spot checks against the sources)", () => {
    const byId = (id: string): AnswerLabels => {
      const set = ANSWER_SETS.find((s) => s.id === id);
      if (!set) throw new Error(id);
      const labels = answerLabelsFor(
        set.points.map((pt) => pt.en[0]),
        { min: 1, max: set.points.length },
      );
      if (!labels) throw new Error(`no labels for ${id}`);
      return labels;
    };
    const vagias7 = byId("importance-7-vagias");
    expect([answerPoint(vagias7, "Low importance"), answerPoint(vagias7, "Neutral"), answerPoint(vagias7, "Very important")]).toEqual([2, 4, 6]);
    const sm = byId("importance-5-surveymonkey");
    expect(["Extremely important", "Very important", "Somewhat important", "Not so important", "Not at all important"].map((l) => answerPoint(sm, l))).toEqual([
      5, 4, 3, 2, 1,
    ]);
    const sat7 = byId("satisfaction-7");
    expect(answerPoint(sat7, "Slightly dissatisfied")).toBe(3);
    expect(answerPoint(sat7, "Completely satisfied")).toBe(7);
    const agree7 = byId("agreement-7");
    expect([answerPoint(agree7, "Disagree"), answerPoint(agree7, "Somewhat agree")]).toEqual([2, 5]);
    const unipolar = byId("satisfaction-5-unipolar");
    expect(
      ["Not at all satisfied", "Slightly satisfied", "Somewhat satisfied", "Very satisfied", "Extremely satisfied"].map((l) => answerPoint(unipolar, l)),
    ).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("context decides 'Very important'", () => {
  test("Vagias / Qualtrics 5-point: Very important = 4 (the lexicon alone says 5)", () => {
    expect(likertValue("Very important")).toBe(5);
    const labels = answerLabelsFor([...VAGIAS_5, "Very important", "", null, "N/A"]);
    expect(labels?.set).toBe("importance-5-vagias");
    expect(labels?.scale).toEqual({ min: 1, max: 5 });
    expect(read(VAGIAS_5, { min: 1, max: 5 }, labels)).toEqual([1, 2, 3, 4, 5]);
  });

  test("two answers the lexicon puts on one point are enough evidence", () => {
    const labels = answerLabelsFor(["Very important", "Extremely important"]);
    expect(labels?.set).toBe("importance-5-vagias");
    expect(read(["Very important", "Extremely important"], { min: 1, max: 5 }, labels)).toEqual([4, 5]);
  });

  test("SurveyMonkey: Extremely 5, Very 4, Somewhat 3, Not so 2, Not at all 1", () => {
    const labels = answerLabelsFor(SURVEYMONKEY_5);
    expect(labels?.set).toBe("importance-5-surveymonkey");
    expect(read([...SURVEYMONKEY_5].reverse(), { min: 1, max: 5 }, labels)).toEqual([5, 4, 3, 2, 1]);
    // Even when only two of its wordings were chosen.
    expect(answerLabelsFor(["Somewhat important", "Very important"])?.set).toBe("importance-5-surveymonkey");
  });

  test("a column the lexicon explains keeps the lexicon: Very important = 5 next to Important", () => {
    const column = ["Not important", "Important", "Very important"];
    expect(answerLabelsFor(column)).toBeUndefined();
    expect(read(column, { min: 1, max: 5 })).toEqual([2, 4, 5]);
  });

  test("ambiguous columns get no set: Qualtrics' 'Somewhat likely' is 4, SurveyMonkey's 3", () => {
    expect(answerLabelsFor(["Somewhat likely", "Extremely likely"])).toBeUndefined();
    expect(answerLabelsFor(["Somewhat likely", "Extremely likely", "Not so likely"])?.set).toBe("likelihood-5-surveymonkey");
    expect(answerLabelsFor(["Somewhat likely", "Extremely likely", "Extremely unlikely"])?.set).toBe("likelihood-5-somewhat");
  });

  test("numbers, blanks and no labels: no set", () => {
    expect(answerLabelsFor([])).toBeUndefined();
    expect(answerLabelsFor([1, 2, 3, "4", "", null, undefined, "N/A"])).toBeUndefined();
    expect(answerLabelsFor(["free text", "more text"])).toBeUndefined();
  });

  test("a scale named in the header chooses among the sets", () => {
    // "(1-7)": Vagias' 7-point set even without its 7-point-only wordings.
    const seven = answerLabelsFor(["Very important", "Extremely important"], { min: 1, max: 7 });
    expect(seven?.set).toBe("importance-7-vagias");
    expect(read(["Very important", "Extremely important"], { min: 1, max: 7 }, seven)).toEqual([6, 7]);
    // "(1-4)": the 4-point agreement set, which the lexicon cannot read on 1–4.
    const four = answerLabelsFor(["Strongly disagree", "Disagree", "Agree", "Strongly agree"], { min: 1, max: 4 });
    expect(four?.set).toBe("agreement-4");
    expect(read(["Strongly disagree", "Disagree", "Agree", "Strongly agree"], { min: 1, max: 4 }, four)).toEqual([1, 2, 3, 4]);
    expect(answerLabelsFor(VAGIAS_5, { min: 0, max: 10 })).toBeUndefined();
  });
});

describe("cells of a labelled column", () => {
  const labels = answerLabelsFor(VAGIAS_5) as AnswerLabels;
  const s5 = { min: 1, max: 5 };

  test("numbers and blanks read as without the set", () => {
    expect(read(["4", " ", "N/A", "0"], s5, labels)).toEqual([4, null, null, null]);
    expect(parseRating(3, s5, AT, labels)).toBe(3);
    expect(parseRating(null, s5, AT, labels)).toBeNull();
  });

  test("a number with a label is checked against the set's point", () => {
    expect(read(["4 - Very important", "Very important (4)", "5 - Extremely important"], s5, labels)).toEqual([4, 4, 5]);
    expect(read(["5 - Very important"], s5, labels)).toEqual(["error: row 2, column 1: '5 - Very important' has a number and a label that disagree"]);
  });

  test("unknown labels, and labels of another scale, are issues, never guessed", () => {
    expect(read(["Very importnat"], s5, labels)).toEqual(["error: row 2, column 1: 'Very importnat' is not an answer on the 1–5 scale"]);
    // "Important" is 4 in the lexicon, but it is not a point of this column's scale.
    expect(read(["Important"], s5, labels)).toEqual(["error: row 2, column 1: 'Important' is not an answer on the 1–5 scale"]);
    expect(read(["I like it"], s5, labels)).toEqual(["error: row 2, column 1: 'I like it' is a Kano answer, not an answer on the 1–5 scale"]);
    expect(read(["Very important"], { min: 1, max: 7 }, labels)).toEqual([
      "error: row 2, column 1: 'Very important' is a 5-point label, not an answer on the 1–7 scale",
    ]);
    const seven = answerLabelsFor(["Low importance", "Neutral", "Extremely important"]) as AnswerLabels;
    expect(seven.set).toBe("importance-7-vagias");
    expect(read(["Neutral"], s5, seven)).toEqual(["error: row 2, column 1: 'Neutral' is not an answer on the 1–5 scale"]);
  });

  test("a scale from 0 shifts the points like the lexicon does", () => {
    expect(read(["Not at all important", "Extremely important"], { min: 0, max: 4 }, labels)).toEqual([0, 4]);
  });

  test("ratingParser(scale, labels) is parseRating with the labels; without them, as before", () => {
    expect(ratingParser(s5, labels)("Very important", AT)).toBe(4);
    expect(ratingParser(s5)("Very important", AT)).toBe(5);
  });
});

describe("detectRoles → buildSurvey and the row reader read the same cell the same way", () => {
  const headers = ["ID", "Waiting time - satisfaction", "Waiting time - importance", "Fees - satisfaction", "Fees - importance"];
  const sat = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"];
  const rows: string[][] = [];
  for (let i = 0; i < 40; i++) {
    rows.push([`r${i}`, sat[i % 5], SURVEYMONKEY_5[(i + 1) % 5], sat[(i + 2) % 5], VAGIAS_5[(i + 3) % 5]]);
  }
  rows[7][2] = "Not so importnat"; // a typo: still an issue, at its row and column
  const proposals = detectRoles(headers, rows);

  test("the proposals carry the label sets of their columns (and only where one decides)", () => {
    expect(proposals.map((p) => [p.role, p.answerLabels?.set])).toEqual([
      ["id", undefined],
      ["rating", undefined], // the lexicon explains the standard satisfaction scale
      ["importance", "importance-5-surveymonkey"],
      ["rating", undefined],
      ["importance", "importance-5-vagias"],
    ]);
  });

  test("buildSurvey: SurveyMonkey's wordings are read, the typo is the one issue", () => {
    const survey = buildSurvey(headers, rows, proposals);
    const [waiting, fees] = survey.attributes;
    expect(waiting.importance?.slice(0, 5)).toEqual([2, 3, 4, 5, 1]);
    expect(fees.importance?.slice(0, 5)).toEqual([4, 5, 1, 2, 3]);
    expect(survey.issueCount).toBe(1);
    expect(survey.issues[0]).toMatchObject({ row: 9, column: 3, value: "Not so importnat", key: "notOnScale" });
    expect(waiting.importance?.[7]).toBeNull();
  });

  test("the streamed row reader lists the same issues and sums the same answers", () => {
    const survey = buildSurvey(headers, rows, proposals);
    const streamed = statsFromRows(headers, rows, proposals);
    expect(streamed.issues).toEqual(survey.issues);
    expect(streamed.n).toBe(survey.n);
    expect(streamed.stats).toEqual(statsFromSurvey(survey));
  });

  test("a proposal without answerLabels reads as before", () => {
    const without = proposals.map(({ answerLabels: _dropped, ...p }) => p);
    const plain = buildSurvey(headers, rows, without);
    expect(plain.attributes[1].importance?.slice(0, 5)).toEqual([5, 5, 1, 2, 3]); // Very important = 5 again
    // SurveyMonkey's "Not so important" and "Somewhat important" (8 cells each) are unreadable again, plus the typo.
    expect(plain.issueCount).toBe(17);
    expect(statsFromRows(headers, rows, without).issueCount).toBe(17);
  });
});

describe("Kano wordings in use (sources in labels.ts)", () => {
  test.each([
    ["I like it that way", 1],
    ["It must be that way", 2],
    ["I am neutral", 3],
    ["I can live with it that way", 4],
    ["I dislike it that way", 5],
    ["I take it for granted", 2],
    ["I have no feeling about it", 3],
    ["I reluctantly accept it", 4],
    ["I can accept it to be that way", 4],
    ["非常喜欢", 1],
    ["理应如此", 2],
    ["无所谓", 3],
    ["勉强接受", 4],
    ["很不喜欢", 5],
    ["Me gusta de esa forma", 1],
    ["Debe ser de esa forma", 2],
    ["Neutral", 3],
    ["Tolerable", 4],
    ["Me disgusta de esa forma", 5],
  ])("%j = %d", (label, code) => {
    expect(kanoValue(label)).toBe(code);
  });
});

describe("context in Chinese and Spanish, and with numbered cells", () => {
  test("非常重要 = 4 next to 极其重要; Muy importante = 4 next to Extremadamente importante", () => {
    const zh = ["一点也不重要", "稍微重要", "中等重要", "非常重要", "极其重要"];
    const zhLabels = answerLabelsFor(zh);
    expect(zhLabels?.set).toBe("importance-5-vagias");
    expect(read(zh, { min: 1, max: 5 }, zhLabels)).toEqual([1, 2, 3, 4, 5]);
    const es = ["Muy importante", "Extremadamente importante", "Nada importante"];
    expect(read(es, { min: 1, max: 5 }, answerLabelsFor(es))).toEqual([4, 5, 1]);
    // Alone, the lexicon reads both as 5.
    expect([likertValue("非常重要"), likertValue("极其重要"), likertValue("Muy importante")]).toEqual([5, 5, 5]);
  });

  test("'4 - Very important' is an error for the lexicon, an answer in its column's context", () => {
    const column = ["4 - Very important", "5 - Extremely important", "3 - Moderately important"];
    expect(read(column, { min: 1, max: 5 })[0]).toBe("error: row 2, column 1: '4 - Very important' has a number and a label that disagree");
    const labels = answerLabelsFor(column);
    expect(labels?.set).toBe("importance-5-vagias");
    expect(read(column, { min: 1, max: 5 }, labels)).toEqual([4, 5, 3]);
  });

  test("detectRoles: a label-only 7-point column is proposed on 1–7; a header scale is kept", () => {
    const sat7 = [
      "Extremely dissatisfied",
      "Moderately dissatisfied",
      "Slightly dissatisfied",
      "Neither satisfied nor dissatisfied",
      "Slightly satisfied",
      "Moderately satisfied",
      "Extremely satisfied",
    ];
    const rows = sat7.map((s, i) => [s, VAGIAS_5[i % 5], VAGIAS_5[(i + 1) % 5]]);
    const ps = detectRoles(["Fees - satisfaction", "Fees - importance", "Waiting time - importance (1-7)"], rows);
    expect(ps.map((p) => [p.role, p.scale, p.answerLabels?.set])).toEqual([
      ["rating", { min: 1, max: 7 }, "satisfaction-7"],
      ["importance", { min: 1, max: 5 }, "importance-5-vagias"],
      ["importance", { min: 1, max: 7 }, "importance-7-vagias"], // the header says 7 points
    ]);
    const survey = buildSurvey(["Fees - satisfaction", "Fees - importance", "Waiting time - importance (1-7)"], rows, ps);
    expect(survey.issueCount).toBe(0);
    expect(survey.attributes[0].rating).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(survey.attributes[0].importance).toEqual([1, 2, 3, 4, 5, 1, 2]);
    // Slightly, Moderately, Very, Extremely, Not at all, … on Vagias' 7 points: 3, 5, 6, 7, 1.
    expect(survey.attributes[1].importance).toEqual([3, 5, 6, 7, 1, 3, 5]);
  });
});

describe("answerLabelsFor is a function of the column's distinct labels", () => {
  const pool = [
    ...VAGIAS_5,
    ...SURVEYMONKEY_5,
    "Important",
    "Not important",
    "Neutral",
    "Low importance",
    "4",
    3,
    "",
    null,
    "N/A",
    "Very importnat",
    "I like it",
  ];

  test("order and repetition do not matter (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (cells, times) => {
        const once = answerLabelsFor(cells)?.set;
        const shuffled = [...cells].reverse().flatMap((c) => Array<unknown>(times).fill(c));
        expect(answerLabelsFor(shuffled)?.set).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  test("issue #9 inputs in a labelled column finish and are issues", () => {
    const hostile = [",".repeat(100_000) + "a", "。".repeat(200_000)];
    const labels = answerLabelsFor([...VAGIAS_5, ...hostile]);
    expect(labels?.set).toBe("importance-5-vagias");
    expect(read(hostile, { min: 1, max: 5 }, labels).map((r) => typeof r === "string" && r.includes("is not an answer on the 1–5 scale"))).toEqual([
      true,
      true,
    ]);
  });
});
