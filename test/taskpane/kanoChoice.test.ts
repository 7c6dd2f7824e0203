/** The pane's Kano choice (issue #14): respondents with more Q answers than N left out — into the report options and the statistics, and back from a stored recipe. */
import { choicesFromStored, reportOptions } from "../../src/taskpane/pipeline";

describe("the Kano max-questionable choice of the pane", () => {
  test("a number goes into the report options; none chosen keeps every respondent", () => {
    for (const n of [0, 1, 3]) {
      expect(reportOptions({ crosshair: "mean", sheets: ["kano"], language: "en", kanoMaxQuestionable: n }).kanoMaxQuestionable).toBe(n);
    }
    expect(reportOptions({ crosshair: "mean", sheets: ["kano"], language: "en" })).not.toHaveProperty("kanoMaxQuestionable");
  });

  test("a stored recipe gives it back; a value that is not a whole number ≥ 0 is dropped", () => {
    expect(choicesFromStored({ kanoMaxQuestionable: 2 }, "en").kanoMaxQuestionable).toBe(2);
    expect(choicesFromStored({ kanoMaxQuestionable: 0 }, "es").kanoMaxQuestionable).toBe(0);
    for (const bad of [-1, 1.5, "2", null]) expect(choicesFromStored({ kanoMaxQuestionable: bad }, "en")).not.toHaveProperty("kanoMaxQuestionable");
  });
});
