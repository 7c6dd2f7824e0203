/**
 * The command line's closing summary writes its numbers through src/i18n/format.ts (issue #12), in
 * English like the rest of its words. Changed because it was inconsistent: the weighted base was
 * written by toFixed, without the digit groups its counts had ("1250.0" beside "1,000"); now
 * "1,250.0". Expected values computed by hand: 1,000 respondents of weight 1.25 → 1,250.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildReportFromFile, summaryLines } from "../../src/cli/report";

describe("the CLI summary's numbers", () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-summary-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("groups the weighted base as it groups the counts", async () => {
    const lines = ["ID,Weight,Overall satisfaction (1-5),Speed satisfaction (1-5),Staff satisfaction (1-5)"];
    for (let i = 0; i < 1000; i++) lines.push([i + 1, 1.25, 1 + (i % 5), 1 + ((i * 3) % 5), 1 + ((i * 2) % 5)].join(","));
    const file = join(dir, "weighted.csv");
    writeFileSync(file, lines.join("\n") + "\n");
    const built = await buildReportFromFile(file, { now: () => new Date("2026-03-05T09:00:00Z") });
    expect(summaryLines(built, "out.xlsx")).toContain("Respondents: 1,000 (weighted base 1,250.0)");
  });
});
