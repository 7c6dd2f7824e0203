/**
 * ESLint (flat config): `npm run lint` (part of `npm test`, zero warnings), `npm run lint:fix`.
 *
 * - @eslint/js recommended + typescript-eslint recommended (syntax only: no type-aware rules, so
 *   linting stays seconds, the type check is `tsc`).
 * - eslint-plugin-office-addins: the rules of its `recommended` set (load/sync order, isNullObject,
 *   no sync in loops, …) with its severities. Its preset itself is not used: it also switches on
 *   `prettier/prettier` as an error, which would fail on a tree that is not formatted yet (the
 *   formatting is `npm run prettier`, kept out of `npm test`), and pins its own older parser.
 * - Layers (DESIGN: engine ← survey/report ← excel/xlsx ← taskpane/cli), see LAYERS below;
 *   test/lint/layers.test.ts breaks each rule on purpose and expects the error.
 */
"use strict";
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** The Office JavaScript API's namespaces: only the Excel back end and the pane's adapter use them. */
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension"];
const officeMessage = "only src/excel/ and src/taskpane/officePort.ts talk to Office (layering, see eslint.config.js)";
const noOffice = [
  ...OFFICE_GLOBALS.map((name) => ({ selector: `TSQualifiedName > Identifier.left[name='${name}']`, message: `${name}.* types: ${officeMessage}` })),
];

/** import patterns a layer must not use (relative paths from that folder, and any depth). */
const restrict = (folders, why) => ({
  patterns: [{ group: folders.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`, `**/src/${f}`, `**/src/${f}/*`]), message: why }],
});

const DOM_GLOBALS = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !(g in globals.es2021));

// One home per rule (issue #12): the NPS cut-offs live in engine/accumulators/npsCounts.ts and the
// blank rule in survey/cells.ts; restating either elsewhere is an error.
const ONE_HOME_FILES = ["src/engine/accumulators/npsCounts.ts", "src/survey/cells.ts", "src/report/a1.ts", "src/i18n/format.ts"];
const A1_HOME = "A1 addresses live in src/report/a1.ts (columnLetters, parseCell, parseRange, sheetRef, quoteSheetName, splitRef, looksLikeCellRef)";
const FORMAT_HOME =
  "text the user reads writes its numbers, plurals and dates through src/i18n/format.ts (formatNumber, formatInteger, selectPlural, pluralCategory, formatDate, formatList)";
const oneHome = [
  {
    selector: "BinaryExpression[operator=/^[<>]=?$/][right.raw=/^[6-9]$/][left.name=/score|recommend|nps|rec$/i]",
    message: "NPS cut-offs live in src/engine/accumulators/npsCounts.ts (npsGroup, addNpsScore, PROMOTER_MIN, PASSIVE_MIN)",
  },
  {
    selector: "BinaryExpression[operator=/^[<>]=?$/][left.raw=/^[6-9]$/][right.name=/score|recommend|nps|rec$/i]",
    message: "NPS cut-offs live in src/engine/accumulators/npsCounts.ts (npsGroup, addNpsScore, PROMOTER_MIN, PASSIVE_MIN)",
  },
  {
    selector: "LogicalExpression[operator='&&'] > BinaryExpression[operator='==='][right.value=''][left.callee.property.name='trim']",
    message: "the blank rule lives in src/survey/cells.ts: use isBlankCell",
  },
  // Column letters from char codes, sheet names quoted by doubling apostrophes, a cell-reference pattern.
  { selector: "CallExpression[callee.property.name='fromCharCode'] BinaryExpression[left.value=65]", message: A1_HOME },
  { selector: "CallExpression[callee.property.name='replace'][arguments.1.value=\"''\"]", message: A1_HOME },
  { selector: "Literal[regex.pattern=/A-Za-z\\]\\{1,3\\}/]", message: A1_HOME },
  // Numbers, plurals and dates in text: one formatter on Intl, cached per locale (a decimal comma by
  // hand, or an Intl object built on the spot, drifts from the other languages and the others' rules).
  { selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|PluralRules|DateTimeFormat)$/]", message: FORMAT_HOME },
  { selector: "CallExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|PluralRules|DateTimeFormat)$/]", message: FORMAT_HOME },
  { selector: "CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.value=','][arguments.0.value='.']", message: FORMAT_HOME },
  { selector: "CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.value=','][arguments.0.regex.pattern='\\\\.']", message: FORMAT_HOME },
  { selector: "CallExpression[callee.property.name='toLocaleString']", message: FORMAT_HOME },
  // Rules branch on a proposal's structured evidence: its `reason` is prose for people (and may be translated).
  {
    selector: "CallExpression[callee.object.property.name='reason'][callee.property.name=/^(startsWith|includes|endsWith|match|test)$/]",
    message: "branch on ColumnProposal.evidence (src/survey/roles/types.ts), not on the wording of `reason`",
  },
];

const ENGINE_BOTTOM = "src/engine/ is the bottom layer: it imports no other part of src/";

const ENGLISH_DATA = "src/i18n/en/messages.ts is data the engine imports: only `import type` from src/engine/messageKeys";

const LAYERS = [
  {
    name: "layers/engine",
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...restrict(["survey", "report", "excel", "xlsx", "taskpane", "cli", "functions"], ENGINE_BOTTOM).patterns,
            // i18n too, but for the English catalogue: a CsError's English message is rendered from it (one home for the English).
            {
              regex: "^(?:(?:\\.\\./)+|.*/src/)i18n(?:/(?!en/messages$).*)?$",
              message: `${ENGINE_BOTTOM} (of src/i18n/, only en/messages: the English catalogue)`,
            },
          ],
          paths: ["react", "react-dom", "@microsoft/office-js", "@fluentui/react-components", "fs", "node:fs"].map((name) => ({
            name,
            message: "src/engine/ is pure computation: no UI, Office or file system",
          })),
        },
      ],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, "CustomFunctions", ...DOM_GLOBALS],
    },
  },
  {
    // The English catalogue is data the engine reads: it imports types of the engine's keys, nothing else.
    name: "layers/english-catalogue",
    files: ["src/i18n/en/messages.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!\\.\\./\\.\\./engine/messageKeys$)", message: ENGLISH_DATA },
            { group: ["../../engine/messageKeys"], allowTypeImports: true, message: ENGLISH_DATA },
          ],
        },
      ],
    },
  },
  {
    name: "layers/report",
    files: ["src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict(["excel", "xlsx", "taskpane", "cli"], "src/report/ builds a plan; back ends (src/excel/, src/xlsx/) write it — the report never imports one"),
      ],
    },
  },
  {
    name: "layers/no-office-outside-the-adapters",
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/excel/**", "src/taskpane/officePort.ts"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: officeMessage }))],
      "no-restricted-syntax": ["error", ...noOffice, ...oneHome],
    },
  },
  {
    name: "one-home/adapters",
    files: ["src/excel/**/*.ts", "src/taskpane/officePort.ts"],
    rules: { "no-restricted-syntax": ["error", ...oneHome] },
  },
  {
    name: "one-home/the-homes",
    files: ONE_HOME_FILES,
    rules: { "no-restricted-syntax": ["error", ...noOffice] },
  },
  // The report's look has one table (src/report/theme.ts): a colour written elsewhere would drift
  // between the back ends. (A later block's no-restricted-syntax replaces an earlier one's, so each
  // block restates the selectors its files keep: no Office types outside the adapters.)
  ...[
    { name: "one-home/colours", files: ["src/report/**/*.ts", "src/xlsx/**/*.ts"], keep: [...noOffice, ...oneHome] },
    { name: "one-home/colours-in-the-adapter", files: ["src/excel/**/*.ts"], keep: oneHome },
  ].map(({ name, files, keep }) => ({
    name,
    files,
    ignores: ["src/report/theme.ts", ...ONE_HOME_FILES],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...keep,
        { selector: "Literal[value=/^#[0-9A-Fa-f]{6}$/]", message: "colours live in src/report/theme.ts (PALETTE, REPORT_STYLES)" },
      ],
    },
  })),
  {
    // The engine's own list repeats the Office names (a later config's rule replaces an earlier one's).
    name: "layers/engine-globals",
    files: ["src/engine/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: officeMessage })), "CustomFunctions", ...DOM_GLOBALS] },
  },
];

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "lib/", "build/", "test-artifacts/", "coverage/", "docs/", ".tmp-*/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: "project",
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The Office API rules apply to the code that calls Excel. The fake-Excel tests break those
    // rules on purpose (reading before load/sync must fail there as it does in Excel).
    name: "office-addins",
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: OFFICE_RULES,
  },
  {
    // Tests spell expected values out of literals (`(99_999 + 19) % 6 || null`).
    name: "tests",
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "no-constant-binary-expression": "off" },
  },
  {
    name: "browser",
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "test/browser/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: "commonjs",
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...LAYERS,
);
