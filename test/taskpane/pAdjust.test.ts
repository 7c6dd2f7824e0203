/** The pane's p-value adjustment choice (issue #13): into the report options, and back from a stored recipe. */
import { choicesFromStored, reportOptions } from "../../src/taskpane/pipeline";
import type { ReportChoices } from "../../src/taskpane/services";

const choices: ReportChoices = { crosshair: "mean", sheets: ["summary", "segments"], language: "en" };

test("a chosen adjustment goes into the report options; none chosen leaves the report's default", () => {
  expect(reportOptions({ ...choices, pAdjust: "bh" })).toEqual({ sheets: choices.sheets, crosshair: "mean", pAdjust: "bh" });
  expect(reportOptions(choices)).not.toHaveProperty("pAdjust");
});

test("a stored recipe's adjustment is read back; anything else is dropped", () => {
  expect(choicesFromStored({ pAdjust: "bh" }, "en").pAdjust).toBe("bh");
  expect(choicesFromStored({ pAdjust: "holm" }, "en").pAdjust).toBe("holm");
  expect(choicesFromStored({ pAdjust: "fdr" }, "en")).not.toHaveProperty("pAdjust");
});
