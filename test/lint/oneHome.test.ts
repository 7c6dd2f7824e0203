import { ESLint, type Linter } from "eslint";
import path from "node:path";

/** The one-home lint guards (eslint.config.js): restating the NPS cut-offs or the blank rule is an error. */
const root = path.resolve(__dirname, "../..");

async function messagesFor(code: string, file: string): Promise<string[]> {
  // The config passed in (jest cannot import() it), as test/lint/layers.test.ts does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../eslint.config.js") as Linter.Config[];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("one-home lint guards", () => {
  jest.setTimeout(60_000);
  const nps = "export const promoter = (score: number): boolean => score >= 9;\nexport const detractor = (rec: number): boolean => 6 >= rec;\n";
  const blank = 'export const empty = (x: unknown): boolean => typeof x === "string" && x.trim() === "";\n';

  it("rejects NPS cut-offs and the blank rule restated in the report", async () => {
    const m = await messagesFor(nps + blank, "src/report/probe.ts");
    expect(m.filter((s) => s.includes("npsCounts.ts"))).toHaveLength(2);
    expect(m.filter((s) => s.includes("survey/cells.ts"))).toHaveLength(1);
  });

  it("rejects them in the Excel adapters too", async () => {
    expect(await messagesFor(nps + blank, "src/excel/probe.ts")).toHaveLength(3);
  });

  it("allows them in their homes, and other numeric comparisons anywhere", async () => {
    expect(await messagesFor(nps, "src/engine/accumulators/npsCounts.ts")).toEqual([]);
    expect(await messagesFor(blank, "src/survey/cells.ts")).toEqual([]);
    expect(await messagesFor("export const big = (max: number): boolean => max <= 7;\n", "src/survey/probe.ts")).toEqual([]);
  });

  const a1 = [
    "export const letter = (c: number): string => String.fromCharCode(65 + ((c - 1) % 26));",
    "export const quoted = (name: string): string => `'${name.replace(/'/g, \"''\")}'!A1`;",
    "export const isCell = (s: string): boolean => /^[A-Za-z]{1,3}\\d+$/.test(s);",
  ].join("\n");

  it("rejects A1 letters, sheet-name quoting and cell patterns outside src/report/a1.ts", async () => {
    for (const file of ["src/xlsx/probe.ts", "src/excel/probe.ts", "src/taskpane/probe.ts"]) {
      expect((await messagesFor(a1, file)).filter((s) => s.includes("src/report/a1.ts"))).toHaveLength(3);
    }
    expect(await messagesFor(a1, "src/report/a1.ts")).toEqual([]);
  });

  it("rejects a colour written outside the report's style table", async () => {
    const colour = 'export const fill = "#FFC7CE";\n';
    for (const file of ["src/report/probe.ts", "src/excel/probe.ts", "src/xlsx/probe.ts"]) {
      expect((await messagesFor(colour, file)).filter((s) => s.includes("src/report/theme.ts"))).toHaveLength(1);
    }
    expect(await messagesFor(colour, "src/report/theme.ts")).toEqual([]);
  });

  it("rejects numbers, plurals and dates formatted by hand or by an Intl object outside src/i18n/format.ts", async () => {
    const byHand = [
      'export const n = (x: number): string => new Intl.NumberFormat("es-ES").format(x);',
      'export const p = (x: number): string => new Intl.PluralRules("en-US").select(x);',
      'export const d = (t: Date): string => new Intl.DateTimeFormat("zh-CN").format(t);',
      'export const c = (x: number): string => Intl.NumberFormat("es-ES").format(x);',
      'export const comma = (x: number): string => String(x).replace(".", ",");',
      'export const commaRe = (x: number): string => String(x).replace(/\\./, ",");',
      'export const en = (x: number): string => x.toLocaleString("en-US");',
    ].join("\n");
    for (const file of ["src/i18n/messages.ts", "src/report/probe.ts", "src/taskpane/components/Probe.tsx", "src/cli/probe.ts", "src/excel/probe.ts"]) {
      expect((await messagesFor(byHand, file)).filter((s) => s.includes("src/i18n/format.ts"))).toHaveLength(7);
    }
    expect(await messagesFor(byHand, "src/i18n/format.ts")).toEqual([]);
    // Other replacements and other Intl services stay allowed.
    const allowed = 'export const dash = (s: string): string => s.replace(".", "-");\nexport const order = new Intl.Collator("en").compare;\n';
    expect(await messagesFor(allowed, "src/report/probe.ts")).toEqual([]);
  });

  it("rejects rules that branch on the wording of a role's reason", async () => {
    const code = 'export const fromValues = (p: { reason: string }): boolean => p.reason.startsWith("values");\n';
    expect((await messagesFor(code, "src/survey/probe.ts")).filter((s) => s.includes("evidence"))).toHaveLength(1);
  });
});
