/**
 * Structured messages (src/engine/messageKeys.ts, src/i18n/messages.ts): the catalogue has every
 * key in en, zh-CN and es with the same placeholders; every key the code sets is in it and every
 * key in it is set somewhere; each key's English template says exactly what the code's English
 * message says (each key raised through the real code path, the set of raised keys = all keys);
 * and localizeMessage puts the location, the scale and the words in the language's form.
 */
import * as fs from "fs";
import * as path from "path";
import { csiFromMoments } from "../../src/engine/csi";
import { columnMeans, momentsMean, type Moments } from "../../src/engine/describe";
import { CsError, isCsError } from "../../src/engine/errors";
import { servperf } from "../../src/engine/gap";
import { derivedImportance, pearson } from "../../src/engine/importance";
import { levelShares } from "../../src/engine/levels";
import { MESSAGE_KEYS, type MessageKey } from "../../src/engine/messageKeys";
import { cronbachAlpha } from "../../src/engine/reliability";
import { checkAttributeWeights, checkCaseWeights, checkSameShape, offScale } from "../../src/engine/validate";
import { applyPlan } from "../../src/excel/applyPlan";
import { activateSheet, selectCell } from "../../src/excel/navigate";
import { readSurveyRange, resolveSurveyAddress } from "../../src/excel/readSurvey";
import { writeSampleSurvey } from "../../src/excel/sample";
import { makeSurveyTable } from "../../src/excel/surveyTable";
import { readMarginsCells } from "../../src/excel/readMargins";
import type { ExcelRun } from "../../src/excel/run";
import {
  localizeLocation,
  localizeMessage,
  MESSAGE_LANGUAGES,
  messageScale,
  messageTemplates,
  PLURAL_BY,
  TERM_PARAMS,
  type LocalizableMessage,
  type MessageLanguage,
  type MessageTemplate,
} from "../../src/i18n/messages";
import { buildReportFromFile } from "../../src/cli/report";
import { analyze } from "../../src/report/analysis";
import { reportStrings } from "../../src/i18n/report";
import { createStatsAccumulator, layoutFromSurvey, pearsonFromSums, statsFromSurvey, type StatsLayout } from "../../src/report/stats";
import { parseKanoAnswer, parseMatrix, parseMatrixLenient, parseNpsScore, parseRating, parseWeight, ratingParser } from "../../src/survey/parse";
import { buildSurvey } from "../../src/survey/survey";
import { createServices } from "../../src/taskpane/pipeline";
import { officePort } from "../../src/taskpane/officePort";
import { RECIPE_KEY } from "../../src/excel/recipe";
import { fixturePlan, fixtureRecipe } from "../excel/fixturePlan";
import { messagesCompleteness } from "./completeness";
import { createFakeExcel, createWorkbookState } from "../fake-excel";
import { sampleSurvey } from "../report/fixtures";

const SRC = path.join(__dirname, "..", "..", "src");
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (t: MessageTemplate): string[] => (typeof t === "string" ? [t] : [t.one, t.other]);
const CJK = /[\u3400-\u9fff]/;

/** The keys of `new CsError("code", key, …)` in a source text (`levels ? "notLevel" : "outsideScale"`: both). */
function csErrorKeys(text: string): string[] {
  return [...text.matchAll(/new CsError\(\s*[\w."]+,\s*([^,)]+)/g)].flatMap((m) => [...m[1].matchAll(/"(\w+)"/g)].map((k) => k[1]));
}

/** Every .ts/.tsx file under src, with its text. */
function sources(): { file: string; text: string }[] {
  return (fs.readdirSync(SRC, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(SRC, f), "utf8") }));
}

describe("the message catalogue", () => {
  const en = messageTemplates("en");

  // every registered pack: the keys of src/engine/messageKeys.ts, each non-empty, with the English placeholders
  messagesCompleteness();

  test("a template with singular and plural forms has the param that chooses, and only those keys have one", () => {
    for (const lang of MESSAGE_LANGUAGES) {
      for (const key of MESSAGE_KEYS) {
        const t = messageTemplates(lang)[key];
        if (typeof t !== "string") expect({ key, lang, by: PLURAL_BY[key] !== undefined }).toEqual({ key, lang, by: true });
      }
    }
    for (const [key, by] of Object.entries(PLURAL_BY)) expect(placeholders(forms(en[key as MessageKey])[0])).toContain(by);
    for (const [key, names] of Object.entries(TERM_PARAMS)) {
      for (const n of names ?? []) expect(placeholders(forms(en[key as MessageKey])[0])).toContain(n);
    }
  });

  test("Chinese templates are Chinese (no English words but names), Spanish ones differ from English", () => {
    // Names, and the names of file formats and encodings the command line's messages mention.
    const names = /\b(Kano|Excel|CSI|ACSI|ECSI|NPS|SERVPERF|SERVQUAL|Cronbach's|CS|Insight|UTF|GBK|Windows|JSON|CSV|csv|xlsx|xls|zip|NUL|MB|XFD)\b/g;
    for (const key of MESSAGE_KEYS) {
      for (const form of forms(messageTemplates("zh-CN")[key])) {
        const words =
          form
            .replace(/\{\w+\}/g, "")
            .replace(names, "")
            .match(/[A-Za-z]{2,}/g) ?? [];
        expect({ key, cjk: CJK.test(form), words }).toEqual({ key, cjk: true, words: [] });
      }
      expect({ key, same: messageTemplates("es")[key] === en[key] }).toEqual({ key, same: false });
    }
  });

  test("every key the code sets is in the catalogue, and every key of the catalogue is set somewhere in src", () => {
    const files = sources();
    const used = new Set<string>();
    // `key: "notOnScale"` or `key: short ? "rowTooShort" : "rowTooLong"`: every string in the expression.
    for (const { text } of files) {
      for (const m of text.matchAll(/\bkey: ([^,}\n]+)/g)) for (const k of m[1].matchAll(/"(\w+)"/g)) used.add(k[1]);
      for (const k of csErrorKeys(text)) used.add(k);
    }
    // applyPlan names its round trips' keys in a table, not as `key: "…"`.
    for (const { text } of files.filter((f) => f.file.endsWith("applyPlan.ts"))) for (const m of text.matchAll(/: "(excel\w+)"/g)) used.add(m[1]);
    expect([...used].filter((k) => !(MESSAGE_KEYS as readonly string[]).includes(k))).toEqual([]);
    expect(MESSAGE_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every key through the code that raises it.

const W = { row: 3, column: 2 };
const FIVE = { min: 1, max: 5 };

/** The error a call throws (fails the test when it does not throw). */
function thrown(f: () => unknown): LocalizableMessage & { message: string } {
  try {
    f();
  } catch (e) {
    return e as LocalizableMessage;
  }
  throw new Error(`did not throw: ${f.toString()}`);
}

async function rejected(p: Promise<unknown>): Promise<LocalizableMessage> {
  try {
    await p;
  } catch (e) {
    return e as LocalizableMessage;
  }
  throw new Error("did not reject");
}

const moments = (): Moments => ({ n: 0, sumW: 0, sumW2: 0, sum: 0, sumSq: 0 });
const layout = (extra: Partial<StatsLayout>): StatsLayout => ({ attributes: [], scale: FIVE, importanceScale: FIVE, ...extra });

/** A run whose `k`-th context.sync() rejects as Excel would. */
function failingRun(run: ExcelRun, k: number): ExcelRun {
  return (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      let n = 0;
      Object.defineProperty(context, "sync", {
        configurable: true,
        value: () => (++n === k ? Promise.reject(Object.assign(new Error("Excel is busy"), { code: "GeneralException" })) : sync()),
      });
      return batch(context);
    });
}

function synchronousCases(): LocalizableMessage[] {
  const lenient = parseMatrixLenient([[1, 2, 3], [4], [1, 2, 3, 4]], ratingParser(FIVE)).issues;
  const survey = sampleSurvey();
  const other = createStatsAccumulator(layout({ overall: 0 }));
  return [
    thrown(() => parseRating("Very satisifed", FIVE, W)),
    thrown(() => parseRating("I expect it", FIVE, W)),
    thrown(() => parseRating("Very satisfied", { min: 1, max: 7 }, W)),
    thrown(() => parseRating("5 - Very dissatisfied", FIVE, W)),
    thrown(() => parseRating("#N/A", FIVE, W)),
    thrown(() => parseRating(2.5, { min: 0.5, max: 1.5 }, W)),
    thrown(() => parseKanoAnswer("I love it", W)),
    thrown(() => parseKanoAnswer("1 - I dislike it", W)),
    thrown(() => parseKanoAnswer("#DIV/0!", W)),
    thrown(() => parseNpsScore(11, W)),
    thrown(() => parseNpsScore("#N/A", W)),
    thrown(() => parseNpsScore(true, W)),
    thrown(() => parseWeight("", W)),
    thrown(() => parseWeight(-1, W)),
    thrown(() => parseMatrix("cells" as unknown as unknown[][], ratingParser(FIVE))),
    thrown(() => parseMatrix([[1, 2], [1]], ratingParser(FIVE))),
    thrown(() => parseMatrix([[1], [1, 2]], ratingParser(FIVE))),
    ...lenient,
    thrown(() => buildSurvey(["a"], [], [{ index: 3, header: "x", role: "kano_functional", reason: "test" }])),
    thrown(() => createStatsAccumulator(layout({ overall: 0 })).addRow([NaN])),
    thrown(() => createStatsAccumulator(layout({ overall: 0 })).addRow(["abc"])),
    thrown(() => createStatsAccumulator(layout({ overall: 0 })).addRow([9])),
    thrown(() => createStatsAccumulator(layout({ recommend: 0 })).addRow([7.5])),
    thrown(() =>
      createStatsAccumulator(layout({ attributes: [{ name: "SMS", columns: { kanoFunctional: 0, kanoDysfunctional: 1 }, scales: {} }] })).addRow([2.5, 1]),
    ),
    thrown(() => createStatsAccumulator(layout({ overall: -1 }))),
    thrown(() => createStatsAccumulator(layout({ attributes: [{ name: "SMS", columns: { kanoFunctional: 0 }, scales: {} }] }))),
    thrown(() => createStatsAccumulator(layout({ overall: 0 })).addRow([3], -1)),
    thrown(() => createStatsAccumulator(layout({ recommend: 0 })).merge(other)),
    thrown(() => layoutFromSurvey(survey, { segment: 99 })),
    thrown(() => pearsonFromSums({ n: 1, sumW: 1, shiftX: 0, shiftY: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 })),
    thrown(() => pearson([1, 1, 1], [1, 2, 3])),
    thrown(() => pearson([1, 2, 3], [2, 2, 2])),
    thrown(() => cronbachAlpha([[1], [2]])),
    thrown(() => cronbachAlpha([[1, 2]])),
    thrown(() =>
      cronbachAlpha([
        [1, 1],
        [1, 1],
      ]),
    ),
    thrown(() =>
      derivedImportance(
        [
          [1, 2],
          [2, 3],
        ],
        [1, 2],
        "beta",
      ),
    ),
    thrown(() =>
      derivedImportance(
        [
          [1, 2],
          [2, 3],
          [3, 4],
          [4, 6],
        ],
        [1, 1, 1, 1],
        "beta",
      ),
    ),
    thrown(() =>
      derivedImportance(
        [
          [1, 1],
          [2, 1],
          [3, 1],
          [4, 1],
        ],
        [1, 2, 3, 5],
        "beta",
      ),
    ),
    thrown(() =>
      derivedImportance(
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [4, 8],
        ],
        [1, 2, 3, 5],
        "beta",
      ),
    ),
    thrown(() => offScale(2.5, 1, 5, 4, 2, true)),
    thrown(() => checkSameShape([[1, 2]], [[1], [2]], "perception", "expectation")),
    thrown(() => checkCaseWeights([1], 2)),
    thrown(() => checkCaseWeights([1, -2], 2)),
    thrown(() => checkAttributeWeights([1, -1], 2, "CSI weights")),
    thrown(() => checkAttributeWeights([0, 0], 2, "SERVQUAL points")),
    thrown(() => csiFromMoments([moments()])),
    thrown(() => momentsMean(moments())),
    thrown(() => columnMeans([[null]])),
    thrown(() => servperf([[null]])),
    thrown(() => levelShares([0, 0])),
    { key: "noOverallRows", message: "no overall satisfaction rows" }, // analyze()'s own reason (tested in Chinese below)
  ];
}

async function excelCases(): Promise<LocalizableMessage[]> {
  const state = () =>
    createWorkbookState({
      sheets: [
        {
          name: "Survey",
          rows: [
            ["id", "Waiting time"],
            [1, 4],
            [2, 5],
          ],
        },
        "Notes",
      ],
      selection: "Notes!B2",
    });
  const { run } = createFakeExcel(state());
  const wide = createWorkbookState({ sheets: [{ name: "Survey", rows: [["a"], ["x".repeat(4000)], ["y".repeat(4000)]] }] });
  wide.payloadLimitBytes = 3000;
  const emptyWorkbook = createServices(
    officePort(createFakeExcel(state()).run, () => true),
    () => true,
  );
  const moved = state();
  // Roles whose second header stands on no sheet: the survey cannot be found again by its header row.
  const lostRoles = fixtureRecipe.roles.map((r) => (r.index === 1 ? { ...r, header: "Wait time (min)", attribute: "Wait time (min)" } : r));
  moved.settings.set(RECIPE_KEY, {
    version: 1,
    ...fixtureRecipe,
    roles: lostRoles,
    source: { sheet: "Survey", address: "D10:E12", anchor: "D10", columns: 2 },
    sheets: [],
  });
  const renamed = state();
  renamed.settings.set(RECIPE_KEY, {
    version: 1,
    ...fixtureRecipe,
    roles: lostRoles,
    source: { sheet: "Old name", address: "A1", anchor: "A1", columns: 2 },
    sheets: [],
  });
  const renamedSurvey = createServices(
    officePort(createFakeExcel(renamed).run, () => true),
    () => true,
  );
  const pointed = createWorkbookState({
    sheets: [
      {
        name: "Survey",
        rows: [
          ["id", "Waiting time"],
          [1, 4],
        ],
      },
    ],
    selection: "Survey!A1",
  });
  pointed.settings.set(RECIPE_KEY, { version: 1, ...fixtureRecipe, roles: lostRoles, sheets: [] });
  const pointedSurvey = createServices(
    officePort(createFakeExcel(pointed).run, () => true),
    () => true,
  );
  const movedSurvey = createServices(
    officePort(createFakeExcel(moved).run, () => true),
    () => true,
  );
  return [
    await rejected(resolveSurveyAddress(run)),
    await rejected(resolveSurveyAddress(failingRun(createFakeExcel(state()).run, 1))),
    await rejected(resolveSurveyAddress(failingRun(createFakeExcel(state()).run, 2))),
    await rejected(readSurveyRange(run, { sheet: "Nope", address: "A1:B2" })),
    await rejected(readSurveyRange(createFakeExcel(wide).run, { sheet: "Survey", address: "A1:A3" }, { chunkRows: 1 })),
    await rejected(activateSheet(run, "Gone")),
    await rejected(selectCell(run, "Gone", "E15")),
    await rejected(makeSurveyTable(run, "Gone", "A1:B2")),
    await rejected(readMarginsCells(run, { table: "Gone" }, "Survey")),
    await rejected(writeSampleSurvey(failingRun(createFakeExcel(state()).run, 2), "Sample survey", [["id"], [1]])),
    await rejected(applyPlan(failingRun(createFakeExcel(state()).run, 1), fixturePlan(), fixtureRecipe)),
    await rejected(applyPlan(failingRun(createFakeExcel(state()).run, 2), fixturePlan(), fixtureRecipe)),
    await rejected(applyPlan(failingRun(createFakeExcel(state()).run, 3), fixturePlan(), fixtureRecipe)),
    await rejected(applyPlan(failingRun(createFakeExcel(state()).run, 2 + fixturePlan().sheets.length), fixturePlan(), fixtureRecipe)),
    await rejected(applyPlan(createFakeExcel(state()).run, fixturePlan(), fixtureRecipe, { signal: AbortSignal.abort() })),
    await rejected(emptyWorkbook.refresh(() => undefined)),
    await rejected(movedSurvey.refresh(() => undefined)),
    await rejected(renamedSurvey.refresh(() => undefined)),
    await rejected(pointedSurvey.refreshFromSelection(() => undefined)),
    await rejected(buildReportFromFile(path.resolve(__dirname, "../fixtures/exports/headerless.csv"))),
  ];
}

describe("every key, raised by the code that says it", () => {
  let cases: LocalizableMessage[];
  beforeAll(async () => {
    cases = [...synchronousCases(), ...(await excelCases())];
  });

  test("the raised keys are all the keys of the catalogue (a CsError's English comes from its template by construction)", () => {
    const raised = new Set(cases.map((c) => c.key));
    // A CsError renders its `message` from the English template (src/engine/messageText.ts), and the
    // compiler checks its params against the template's placeholders: those keys need not be
    // raised here (test/i18n/csErrorKeys.test.ts throws a sample of them in every language).
    const csError = new Set(sources().flatMap((f) => csErrorKeys(f.text)));
    expect(MESSAGE_KEYS.filter((k) => !raised.has(k) && !csError.has(k))).toEqual([]);
    expect(cases.filter((c) => c.key === undefined).map((c) => c.message)).toEqual([]);
  });

  test("English: the template gives exactly the code's message (so en output is unchanged)", () => {
    for (const c of cases) expect({ key: c.key, text: localizeMessage(c, "en") }).toEqual({ key: c.key, text: c.message });
  });

  test.each(["zh-CN", "es"] as const)("%s: every message is translated, its location and numbers in the language's form", (lang) => {
    for (const c of cases) {
      const text = localizeMessage(c, lang);
      expect({ key: c.key, same: text === c.message, unfilled: /\{\w+\}/.test(text) }).toEqual({ key: c.key, same: false, unfilled: false });
      if (lang === "zh-CN") expect({ key: c.key, cjk: CJK.test(text) }).toEqual({ key: c.key, cjk: true });
      const prefix = localizeLocation(c.params, lang);
      expect(text.startsWith(prefix)).toBe(true);
      if (c.params?.row !== undefined) expect(prefix).toContain(String(c.params.row));
    }
  });

  test("the CsErrors keep their English message, code and cell (functions/ relies on them)", () => {
    const e = thrown(() => parseRating("Very satisifed", FIVE, W)) as CsError;
    expect(isCsError(e)).toBe(true);
    expect([e.code, e.row, e.column, e.message]).toEqual(["value", 3, 2, "row 3, column 2: 'Very satisifed' is not an answer on the 1–5 scale"]);
    expect([e.key, e.params]).toEqual(["notOnScale", { row: 3, column: 2, value: "Very satisifed", min: 1, max: 5 }]);
  });
});

describe("localizeMessage", () => {
  const issue = thrown(() => parseRating("Very satisifed", FIVE, { row: 15, column: 5 }));

  test("the sample's misspelt answer in the three languages", () => {
    expect(localizeMessage(issue, "en")).toBe("row 15, column 5: 'Very satisifed' is not an answer on the 1–5 scale");
    expect(localizeMessage(issue, "zh-CN")).toBe("第 15 行，第 5 列：“Very satisifed”不是 1–5 量表上的回答");
    expect(localizeMessage(issue, "es")).toBe("fila 15, columna 5: «Very satisifed» no es una respuesta de la escala 1–5");
  });

  test("location prefixes: row and column, row only, column only, none", () => {
    const at = (params: Record<string, number>, lang: MessageLanguage) => localizeLocation(params, lang);
    expect([at({ row: 7, column: 2 }, "zh-CN"), at({ row: 7 }, "zh-CN"), at({ column: 2 }, "zh-CN"), at({}, "zh-CN")]).toEqual([
      "第 7 行，第 2 列：",
      "第 7 行：",
      "第 2 列：",
      "",
    ]);
    expect([at({ row: 1234, column: 2 }, "es"), at({ row: 7 }, "es"), at({ column: 2 }, "es")]).toEqual(["fila 1234, columna 2: ", "fila 7: ", "columna 2: "]);
    expect(
      localizeMessage(
        thrown(() => parseMatrix([[1, 2, 3], [4]], ratingParser(FIVE))),
        "es",
      ),
    ).toBe("fila 2: tiene 1 celda en lugar de 3");
    expect(
      localizeMessage(
        thrown(() => parseMatrix([[1], [1, 2]], ratingParser(FIVE))),
        "es",
      ),
    ).toBe("fila 2: tiene 2 celdas en lugar de 1");
    expect(
      localizeMessage(
        thrown(() => columnMeans([[1, null]])),
        "zh-CN",
      ),
    ).toBe("第 2 列：没有回答：均值无定义");
  });

  test("scales and numbers the language's way (decimal comma in Spanish)", () => {
    expect(messageScale(0.5, 4.5, "es")).toBe("0,5–4,5");
    expect(messageScale(0.5, 4.5, "zh-CN")).toBe("0.5–4.5");
    const e = thrown(() => parseRating(6, { min: 0.5, max: 4.5 }, W));
    expect(localizeMessage(e, "es")).toBe("fila 3, columna 2: «6» no es una respuesta de la escala 0,5–4,5");
    expect(localizeMessage(e, "en")).toBe("row 3, column 2: '6' is not an answer on the 0.5–4.5 scale");
    expect(
      localizeMessage(
        thrown(() => parseNpsScore(11, W)),
        "zh-CN",
      ),
    ).toBe("第 3 行，第 2 列：“11”不是 0–10 分制的评分（应为 0 到 10 的整数）");
  });

  test("names in params are translated: argument names and column roles", () => {
    const shape = thrown(() => checkSameShape([[1, 2]], [[1], [2]], "perception", "expectation"));
    expect(localizeMessage(shape, "zh-CN")).toBe("感知评分为 1×2，而期望评分为 2×1：两者的行数和列数必须相同");
    expect(localizeMessage(shape, "es")).toBe("percepción: 1×2; expectativa: 2×1; deben tener las mismas filas y columnas");
    const role = thrown(() => buildSurvey(["a"], [], [{ index: 3, header: "x", role: "kano_functional", reason: "test" }]));
    expect(localizeMessage(role, "zh-CN")).toBe("列角色“Kano 正向问题”指向第 4 列，但该区域只有 1 列");
    expect(localizeMessage(role, "en")).toBe('column role "kano_functional" names column 4, but the range has 1 columns');
  });

  test("falls back to the English message: no key, an unknown key, a missing param", () => {
    expect(localizeMessage({ message: "boom" }, "zh-CN")).toBe("boom");
    expect(localizeMessage({ key: "noSuchKey", message: "boom" }, "es")).toBe("boom");
    expect(localizeMessage({ key: "notOnScale", params: { value: "x" }, message: "row 1: 'x' …" }, "zh-CN")).toBe("row 1: 'x' …");
  });

  test("report notes: the β fallback's reason is in the report's language", () => {
    const stats = statsFromSurvey(sampleSurvey());
    const zh = analyze(stats, reportStrings("zh-CN"), { importance: "beta" }).notes.join("\n");
    expect(zh).toContain("无法计算 β 重要性（没有总体满意度数据）");
    const es = analyze(stats, reportStrings("es"), { importance: "beta" }).notes.join("\n");
    expect(es).toContain("(no hay respuestas de satisfacción general)");
    const en = analyze(stats, reportStrings("en"), { importance: "beta" }).notes.join("\n");
    expect(en).toContain("(no overall satisfaction rows)");
  });
});

describe("counts of a file's parts (GROUPED_COUNTS)", () => {
  it("are grouped the language's way — 20,000 in English and Chinese, 20.000 in Spanish (not '20,000', which reads as twenty) — while other numbers stay as cells hold them", () => {
    const e = new CsError("value", "tooManyColumns", { file: "survey.csv", columns: 20000, maxColumns: 16384 });
    expect(e.message).toBe("survey.csv: 20,000 columns — Excel holds at most 16,384 (A..XFD)");
    expect(localizeMessage(e, "en")).toBe(e.message);
    expect(localizeMessage(e, "es")).toBe("survey.csv: 20.000 columnas; Excel admite como mucho 16.384 (A..XFD)");
    expect(localizeMessage(e, "zh-CN")).toBe("survey.csv：20,000 列——Excel 最多容纳 16,384 列（A..XFD）");
    // A data row wider than Excel: the row in the message's language, not an English "row 9:".
    const row = new CsError("value", "rowTooManyCells", { file: "survey.csv", sheetRow: 9, columns: 17000, maxColumns: 16384 });
    expect(row.message).toBe("survey.csv: row 9: 17,000 columns — Excel holds at most 16,384 (A..XFD)");
    expect(localizeMessage(row, "es")).toBe("survey.csv: fila 9: 17.000 columnas; Excel admite como mucho 16.384 (A..XFD)");
    expect(localizeMessage(row, "zh-CN")).toBe("survey.csv：第 9 行：17,000 列——Excel 最多容纳 16,384 列（A..XFD）");
    const bytes = new CsError("value", "streamNotUtf8", { file: "late.csv", byte: 70935, hex: " (0xFF)", line: 9002 });
    expect(localizeMessage(bytes, "es")).toContain("byte 70.935 (0xFF), línea 9002");
    // Other numbers are written ungrouped: 12345 stays 12345.
    const shape = new CsError("value", "notOneColumn", { rows: 12345, columns: 2 });
    expect(shape.message).toContain("12345 rows × 2 columns");
    expect(localizeMessage(shape, "es")).toContain("12345");
  });
});
