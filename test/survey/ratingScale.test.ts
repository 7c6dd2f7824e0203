/**
 * The worksheet functions' scale detection, now in survey/scale.ts next to detectScale:
 * detectRatingScale follows detectScale's rule (one observation, AnswerObservation) except that a
 * negative number makes the observed range the scale; detectRatingScaleOf reads several raw
 * ranges together and tolerates anything that is not a range.
 */
import { AnswerObservation, detectRatingScale, detectRatingScaleOf, detectScale, scaleFromObserved } from "../../src/survey/scale";

describe("detectRatingScale", () => {
  test.each<[unknown[], { min: number; max: number }]>([
    [[1, 2, 5, ""], { min: 1, max: 5 }],
    [[0, 3, 5], { min: 1, max: 5 }], // a 0 beside 1–5 answers is an empty cell
    [[1, 6, 7], { min: 1, max: 7 }],
    [[0, 9, 10], { min: 0, max: 10 }],
    [[3, 10], { min: 1, max: 10 }],
    [[40, 100], { min: 0, max: 100 }],
    [[-2, 0, 2], { min: -2, max: 2 }], // negative: the observed range, 0 included
    [["-1", 1], { min: -1, max: 1 }], // numeric text counts for the negative test
    [["Satisfied", "Very satisfied"], { min: 1, max: 5 }],
    [["N/A", null, NaN, Infinity, true], { min: 1, max: 5 }], // nothing to go on
  ])("%j → %j", (cells, scale) => {
    expect(detectRatingScale(cells)).toEqual(scale);
  });

  test("without a negative number it is detectScale's scale", () => {
    const cells: unknown[] = [2, "4", "5 - Very satisfied", "Neutral", "", 0, 7];
    const { min, max } = detectScale(cells);
    expect(detectRatingScale(cells)).toEqual({ min, max });
  });

  test("detectScale is scaleFromObserved of the same observation", () => {
    const o = new AnswerObservation();
    const cells: unknown[] = [3, "8", "Satisfied", "x", null];
    for (const c of cells) o.add(c);
    expect(detectScale(cells)).toEqual(scaleFromObserved(o));
    expect([o.numbers, o.min, o.max, o.labels, o.lo, o.hi]).toEqual([2, 3, 8, 1, 3, 8]);
  });

  test("detectRatingScaleOf reads several ranges together; non-ranges add nothing", () => {
    expect(detectRatingScaleOf([[[1, 2]], [[6], [7]]])).toEqual({ min: 1, max: 7 });
    expect(detectRatingScaleOf([[[1, 2]], null, "text", [[-3]]])).toEqual({ min: -3, max: 2 });
  });
});
