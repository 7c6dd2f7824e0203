import { detectScale, scaleFromHeader, scaleFromObserved } from "../../src/survey/scale";

describe("scaleFromHeader", () => {
  test.each<[string, { min: number; max: number } | undefined]>([
    ["Likelihood to recommend (0-10)", { min: 0, max: 10 }],
    ["推荐意愿（0-10）", { min: 0, max: 10 }],
    ["Waiting time（1-5）", { min: 1, max: 5 }],
    ["Waiting time （１－５）", { min: 1, max: 5 }], // full-width digits and dash
    ["Score 0–10", { min: 0, max: 10 }],
    ["Expectation 1-7", { min: 1, max: 7 }],
    ["Rating (1 to 10)", { min: 1, max: 10 }],
    ["Valoración (1 a 5)", { min: 1, max: 5 }],
    ["满意度 1~5分", { min: 1, max: 5 }],
    ["Q1-5 Waiting time", undefined], // a question number, not a scale
    ["Period 2023-2024", undefined],
    ["Opening 1-2", undefined],
    ["Waiting time", undefined],
  ])("%j", (header, expected) => {
    expect(scaleFromHeader(header)).toEqual(expected);
  });
});

describe("detectScale", () => {
  test("a header hint wins over the values", () => {
    expect(detectScale([1, 2, 3], "NPS (0-10)")).toEqual({ min: 0, max: 10, source: "hint" });
    expect(detectScale([1, 2, 3], "（1-7）")).toEqual({ min: 1, max: 7, source: "hint" });
  });

  test("from observed numbers", () => {
    expect(detectScale([1, 2, 5, "", null])).toEqual({ min: 1, max: 5, source: "values" });
    expect(detectScale([1, 6, 7, "3"])).toEqual({ min: 1, max: 7, source: "values" });
    expect(detectScale([1, 8, 10])).toEqual({ min: 1, max: 10, source: "values" });
    expect(detectScale([0, 8, 10])).toEqual({ min: 0, max: 10, source: "values" });
    expect(detectScale(["０", "９"])).toEqual({ min: 0, max: 10, source: "values" }); // full-width text
    expect(detectScale([0, 55, 100])).toEqual({ min: 0, max: 100, source: "values" });
  });

  test("a 0 beside 1–5 answers is an Excel empty cell, not a 0–10 scale", () => {
    expect(detectScale([0, 1, 4, 5, 0])).toEqual({ min: 1, max: 5, source: "values" });
  });

  test("labels mean 1–5", () => {
    expect(detectScale(["Very satisfied", "Satisfied", "N/A"])).toEqual({ min: 1, max: 5, source: "labels" });
    expect(detectScale(["非常满意", 4, 2])).toEqual({ min: 1, max: 5, source: "labels" });
    expect(detectScale(["Muy satisfecho", "Neutral"])).toEqual({ min: 1, max: 5, source: "labels" });
  });

  test("nothing to go on: 1–5 by default", () => {
    expect(detectScale([])).toEqual({ min: 1, max: 5, source: "default" });
    expect(detectScale(["", "N/A", null])).toEqual({ min: 1, max: 5, source: "default" });
  });
});

describe("scaleFromObserved (detectScale's rule without a header)", () => {
  test.each<[number, number, number, number, { min: number; max: number; source: string }]>([
    [0, Infinity, -Infinity, 0, { min: 1, max: 5, source: "default" }],
    [0, Infinity, -Infinity, 3, { min: 1, max: 5, source: "labels" }],
    [5, 1, 5, 0, { min: 1, max: 5, source: "values" }],
    [5, 1, 6, 0, { min: 1, max: 7, source: "values" }],
    [5, 0, 9, 0, { min: 0, max: 10, source: "values" }],
    [5, 1, 9, 0, { min: 1, max: 10, source: "values" }],
    [5, 0, 80, 0, { min: 0, max: 100, source: "values" }],
    [5, 3, 250, 0, { min: 3, max: 250, source: "values" }],
  ])("%d numbers in %d..%d, %d labels", (numbers, min, max, labels, expected) => {
    expect(scaleFromObserved({ numbers, min, max, labels })).toEqual(expected);
  });

  test("equals detectScale on the same cells", () => {
    expect(detectScale([3, "", 9, 0])).toEqual(scaleFromObserved({ numbers: 3, min: 0, max: 9, labels: 0 }));
  });
});
