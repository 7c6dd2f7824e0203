/** The pane's importance choice (issue #13): into the report options, and back from a stored recipe. */
import { IMPORTANCE_METHODS } from "../../src/report/analysis";
import { choicesFromStored, reportOptions } from "../../src/taskpane/pipeline";

describe("the importance choice of the pane", () => {
  test("each method goes into the report options; none chosen leaves the report's default", () => {
    for (const importance of IMPORTANCE_METHODS) {
      expect(reportOptions({ crosshair: "mean", sheets: ["priority"], language: "en", importance }).importance).toBe(importance);
    }
    expect(reportOptions({ crosshair: "mean", sheets: ["priority"], language: "en" })).not.toHaveProperty("importance");
  });

  test("a stored recipe gives it back; an unknown value falls back to the default", () => {
    expect(choicesFromStored({ importance: "shapley" }, "en").importance).toBe("shapley");
    expect(choicesFromStored({ importance: "relative_weights", crosshair: "median" }, "es")).toMatchObject({
      importance: "relative_weights",
      crosshair: "median",
    });
    expect(choicesFromStored({ importance: "lasso" }, "en")).not.toHaveProperty("importance");
  });
});
