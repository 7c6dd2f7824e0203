/**
 * Requirement sets the task pane checks before offering "Generate report" (Office.context.
 * requirements.isSetSupported). Versions are the highest each feature needs, per @types/office-js;
 * test/excel/requirementSets.test.ts checks ExcelApi against every member src/excel/ uses.
 */

export const REQUIRED_SETS: readonly { name: string; version: string; why: string }[] = [
  {
    name: "ExcelApi",
    version: "1.9",
    why:
      "writing the report: screen updating is suspended while it is written and the path diagram is drawn as native shapes (1.9); chart axes cross at the " +
      "quadrant lines and points carry their attribute names (1.8); the survey's current region, frozen title " +
      "rows and chart series are set up (1.7)",
  },
  {
    name: "SharedRuntime",
    version: "1.1",
    why: "the task pane and the CS worksheet functions run in one shared runtime",
  },
];

/** null when every set is supported; otherwise one sentence per missing set, naming it and what needs it. */
export function missingRequirements(isSetSupported: (name: string, version: string) => boolean): string | null {
  const missing = REQUIRED_SETS.filter((s) => !isSetSupported(s.name, s.version));
  if (missing.length === 0) return null;
  return missing.map((s) => `This version of Excel does not support ${s.name} ${s.version}, which CS Insight needs for ${s.why}.`).join(" ");
}
