/**
 * The layer rules of eslint.config.js, broken on purpose: a file placed (by name) in a layer is
 * linted through the ESLint API with the project's config, and the expected rule must fire — the
 * same code in a layer that may do it must pass. The tree itself is linted by `npm run lint`.
 */
import { ESLint, type Linter } from "eslint";
import { resolve } from "path";

const ROOT = resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  // The project's eslint.config.js, passed in: ESLint would load the file by dynamic import(),
  // which jest's module sandbox does not offer.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../eslint.config.js") as Linter.Config[];
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
});

/** The rule ids (and the first message of each) reported for `code` as if it were the file `path`. */
async function problems(path: string, code: string): Promise<Record<string, string>> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  const out: Record<string, string> = {};
  for (const m of result.messages as Linter.LintMessage[]) out[m.ruleId ?? "fatal"] ??= m.message;
  return out;
}

const IMPORT_SURVEY = `import { detectRoles } from "../survey/roles";\nexport const f = detectRoles;\n`;

test("src/engine/ imports no other layer", async () => {
  expect(await problems("src/engine/probe.ts", IMPORT_SURVEY)).toEqual({
    "no-restricted-imports": expect.stringContaining("src/engine/ is the bottom layer"),
  });
  for (const from of ["../report/plan", "../excel/run", "../taskpane/state", "../xlsx/address", "../../src/cli/args"]) {
    expect(Object.keys(await problems("src/engine/probe.ts", `import * as m from "${from}";\nexport const x = m;\n`))).toEqual(["no-restricted-imports"]);
  }
  expect(Object.keys(await problems("src/engine/probe.ts", `import React from "react";\nexport const x = React;\n`))).toEqual(["no-restricted-imports"]);
  // Inside the engine, and the same import one layer up, are fine.
  expect(await problems("src/engine/probe.ts", `import { CsError } from "./errors";\nexport const e = CsError;\n`)).toEqual({});
  expect(await problems("src/report/probe.ts", IMPORT_SURVEY)).toEqual({});
});

test("src/engine/ may import the English catalogue, and nothing else of src/i18n/", async () => {
  const english = (from: string) => `import { EN } from "${from}";\nexport const x = EN;\n`;
  expect(await problems("src/engine/probe.ts", english("../i18n/en/messages"))).toEqual({});
  expect(await problems("src/engine/accumulators/probe.ts", english("../../i18n/en/messages"))).toEqual({});
  for (const from of ["../i18n/messages", "../i18n/en/ui", "../i18n/en", "../i18n", "../i18n/zh-CN/ui", "../i18n/en/messagesExtra", "../../src/i18n/report"]) {
    expect([from, await problems("src/engine/probe.ts", english(from))]).toEqual([
      from,
      { "no-restricted-imports": expect.stringContaining("src/engine/ is the bottom layer") },
    ]);
  }
  // The catalogue itself is data: type imports of the engine's keys only.
  const typeImport = `import type { MessageKey } from "../../engine/messageKeys";\nexport const k: MessageKey = "notARange";\n`;
  expect(await problems("src/i18n/en/messages.ts", typeImport)).toEqual({});
  expect(
    Object.keys(await problems("src/i18n/en/messages.ts", `import { MESSAGE_KEYS } from "../../engine/messageKeys";\nexport const k = MESSAGE_KEYS;\n`)),
  ).toEqual(["no-restricted-imports"]);
  expect(Object.keys(await problems("src/i18n/en/messages.ts", `import { zhCN } from "../zh-CN/ui";\nexport const k = zhCN;\n`))).toEqual([
    "no-restricted-imports",
  ]);
});

test("src/engine/ uses no DOM and no Office globals", async () => {
  expect(await problems("src/engine/probe.ts", "export const t = document.title;\n")).toEqual({ "no-restricted-globals": "Unexpected use of 'document'." });
  expect(await problems("src/engine/probe.ts", "export const w = window.innerWidth + navigator.language.length;\n")).toEqual({
    "no-restricted-globals": "Unexpected use of 'window'.",
  });
  expect(await problems("src/engine/probe.ts", "export const c = Office.context;\n")).toEqual({
    "no-restricted-globals": expect.stringContaining("only src/excel/ and src/taskpane/officePort.ts"),
  });
  // Node's and the language's globals stay allowed (Math, console, process for hrtime…).
  expect(await problems("src/engine/probe.ts", "export const x = Math.sqrt(2) + Number.EPSILON;\n")).toEqual({});
});

test("only src/excel/ and src/taskpane/officePort.ts name Excel. / Office.", async () => {
  const run = `export const go = () => Excel.run(async (context) => context.sync());\n`;
  const type = `export function f(r: Excel.Range): string { return r.address; }\n`;
  for (const path of ["src/taskpane/components/App2.tsx", "src/report/probe.ts", "src/survey/probe.ts", "src/cli/probe.ts", "src/xlsx/probe.ts"]) {
    expect([path, await problems(path, run)]).toEqual([
      path,
      { "no-restricted-globals": expect.stringContaining("only src/excel/ and src/taskpane/officePort.ts talk to Office") },
    ]);
    expect([path, await problems(path, type)]).toEqual([path, { "no-restricted-syntax": expect.stringContaining("Excel.* types") }]);
  }
  for (const path of ["src/excel/probe.ts", "src/taskpane/officePort.ts"]) {
    expect([path, await problems(path, run + type)]).toEqual([path, {}]);
  }
});

test("src/report/ never imports a back end", async () => {
  for (const from of ["../xlsx/writeWorkbook", "../excel/applyPlan", "../../src/excel/run"]) {
    expect(await problems("src/report/probe.ts", `import * as m from "${from}";\nexport const x = m;\n`)).toEqual({
      "no-restricted-imports": expect.stringContaining("the report never imports one"),
    });
  }
  // The command line and the pane may.
  expect(await problems("src/cli/probe.ts", `import { writeReportXlsx } from "../xlsx/writeWorkbook";\nexport const w = writeReportXlsx;\n`)).toEqual({});
});

test("eslint-plugin-office-addins' rules run on the Excel code", async () => {
  const code = `export async function f(context: Excel.RequestContext): Promise<unknown> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  return range.values;
}
`;
  expect(Object.keys(await problems("src/excel/probe.ts", code)).sort()).toEqual([
    "office-addins/call-sync-before-read",
    "office-addins/load-object-before-read",
  ]);
});
