/**
 * Adding a language = adding one folder (issue #12): a pseudo language (test/i18n/pseudo/qps/,
 * every English text through the pseudo transform) registered by mocking the one registry,
 * src/i18n/packs. Then (1) every catalogue-completeness check runs over every registered pack,
 * the pseudo one included; (2) the files a language needs outside its folder are named; (3) a
 * report plan, CsError messages, the data checks and the pane rendered in the pseudo language
 * leak no English: every letter a person reads is a pseudo letter, but for the survey's own text
 * (headers, answers), cell references, function names and Intl's output (en-XA has no data).
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { CsError } from "../../src/engine/errors";
import { MESSAGE_KEYS } from "../../src/engine/messageKeys";
import { FUNCTION_NAMES } from "../../src/i18n/en/ui";
import { CHECK_KEYS, checkLine, checkTemplates, renderCheck, warningsSummary, type CheckTemplate } from "../../src/i18n/checks";
import { isLanguage, LANGUAGES, type Language } from "../../src/i18n/languages";
import { localizeMessage, localizeReason, messageTemplates } from "../../src/i18n/messages";
import { formatDate, reportStrings } from "../../src/i18n/report";
import { pickLanguage, uiStrings } from "../../src/i18n/ui";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { readingChecks, type Check, type CheckText } from "../../src/report/checks";
import type { ReportPlan } from "../../src/report/plan";
import { parseRating } from "../../src/survey/parse";
import { detectRoles } from "../../src/survey/roles";
import { buildSurvey } from "../../src/survey/survey";
import { App } from "../../src/taskpane/components/App";
import type { TaskpaneServices } from "../../src/taskpane/services";
import { sampleTable } from "../report/fixtures";
import {
  answersCompleteness,
  headersCompleteness,
  checksCompleteness,
  messagesCompleteness,
  packCompleteness,
  perLanguageFileProblems,
  placeholders,
  reportCompleteness,
  uiCompleteness,
} from "./completeness";

jest.mock("../../src/i18n/packs", () => {
  const actual = jest.requireActual<typeof import("../../src/i18n/packs")>("../../src/i18n/packs");
  const { pack } = jest.requireActual<typeof import("./pseudo/qps")>("./pseudo/qps");
  return { PACKS: [...actual.PACKS, pack] };
});

/** The pseudo language: not in the `Language` union the compiler knows, only in the registry. */
const QPS = "qps" as Language;
const GENERATED_AT = "2026-03-03T10:00:00.000Z";

describe("the pseudo language is registered by its folder and its line in the registry", () => {
  test("it is a language: listed after the real ones, picked from its tag, its own strings", () => {
    const real = jest.requireActual<typeof import("../../src/i18n/packs")>("../../src/i18n/packs").PACKS.map((p) => p.id);
    expect(real).toEqual(expect.arrayContaining(["en", "zh-CN", "es"]));
    expect(LANGUAGES).toEqual([...real, "qps"]);
    expect(isLanguage("qps")).toBe(true);
    expect(pickLanguage("qps-ploc")).toBe("qps");
    expect(uiStrings(QPS).languageName).toBe("Þšéúđó");
    expect(reportStrings(QPS).sheetNames.summary).toBe("Šúɱɱáŕý");
  });
});

describe("every catalogue-completeness check, over every registered pack", () => {
  packCompleteness();
  uiCompleteness();
  reportCompleteness();
  checksCompleteness();
  messagesCompleteness();
  answersCompleteness();
  headersCompleteness();
});

test("the files a language needs outside its folder are named when the pack lacks them", () => {
  for (const lang of LANGUAGES.filter((l) => l !== QPS)) expect(perLanguageFileProblems(lang)).toEqual([]);
  expect(perLanguageFileProblems(QPS)).toEqual([
    'src/taskpane/help.html has no <section id="qps" lang="qps">: add the help in qps (and its link at the top)',
    "src/functions/i18n/qps.json is missing: translate the worksheet functions' descriptions (as es.json)",
    "src/functions/i18n/localize.js: LOCALIZED_METADATA has no entry for qps.json",
    'manifest.xml has no <bt:Override Locale="en-XA"> for functions.qps.json (nor the names and descriptions in qps)',
  ]);
});

// ---- leaks -------------------------------------------------------------------------------

const { headers, rows } = sampleTable();
const proposals = detectRoles(headers, rows);
/** The survey's own text (headers, answers, the attribute names in its headers): data, never translated. Longest first. */
const DATA = [...new Set([...headers, ...rows.flat(), ...proposals.map((p) => p.attribute ?? "")].map(String).filter((t) => /[A-Za-z]/.test(t)))].sort(
  (a, b) => b.length - a.length,
);
/** Text that is no language's: cell and range references, the worksheet functions' names. */
const NEUTRAL = [/(?:'[^']*'|\b[A-Za-z_]+)?!?\$?\b[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?\b/g, new RegExp(`\\bCS\\.(?:${FUNCTION_NAMES.join("|")})\\b`, "g")];

/** What is left of a visible text once the data, the neutral text and Intl's own words are taken out. */
function residue(text: string, allowed: readonly string[] = []): string {
  let s = text;
  for (const d of [...allowed, ...DATA]) s = s.split(d).join(" ");
  for (const re of NEUTRAL) s = s.replace(re, " ");
  return s;
}

/** The visible texts that still hold a Latin letter: English that bypassed the catalogue. */
function leaks(texts: readonly string[], allowed: readonly string[] = []): string[] {
  return [...new Set(texts.filter((t) => /[A-Za-z]/.test(residue(t, allowed))))];
}

/** Every text a reader sees in a plan: sheet names, cell values, text in formulas, charts, notes. */
function planTexts(plan: ReportPlan): string[] {
  const out: string[] = [...plan.notes];
  for (const sheet of plan.sheets) {
    out.push(sheet.name);
    for (const b of sheet.blocks) {
      for (const row of b.values) for (const v of row) if (typeof v === "string") out.push(v);
      for (const row of b.formulas ?? []) for (const f of row) if (f) out.push(...[...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]));
    }
    for (const c of sheet.charts) {
      out.push(c.title, ...c.series.map((s) => s.name));
      for (const axis of [c.xAxis, c.yAxis]) if (axis?.title) out.push(axis.title);
    }
    for (const f of sheet.conditionalFormats) if (f.rule.type === "textContains") out.push(f.rule.text);
  }
  return out.filter((t) => t.trim() !== "");
}

describe("rendered in the pseudo language, nothing a person reads is English", () => {
  const survey = buildSurvey(headers, rows, proposals);
  const checks: Check[] = readingChecks({ proposals, rowsRead: rows.length, respondents: survey.n });

  test("the report plan of the sample survey (every sheet, with its checks)", () => {
    const plan = buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: GENERATED_AT, language: QPS, checks });
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "kano", "gap", "priority", "segments", "trend"]);
    const texts = planTexts(plan);
    expect(texts.length).toBeGreaterThan(100);
    // the English plan does have English in the same places (so the check can see a leak)
    const english = planTexts(buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: GENERATED_AT, language: "en", checks }));
    expect(leaks(english).length).toBeGreaterThan(50);
    expect(leaks(texts, [formatDate(reportStrings(QPS), GENERATED_AT)])).toEqual([]);
  });

  test("CsError messages: the parser's, with and without their location, and every key's template", () => {
    const issues = survey.issues;
    expect(issues.length).toBeGreaterThan(0);
    const errors: CsError[] = [];
    try {
      parseRating("7", { min: 1, max: 5 }, { row: 3, column: 2 });
    } catch (e) {
      errors.push(e as CsError);
    }
    expect(errors).toHaveLength(1);
    const texts = [...issues, ...errors].flatMap((m) => [localizeMessage(m, QPS), localizeReason(m, QPS)]);
    expect(leaks(texts)).toEqual([]);
    // every key, its params filled with numbers (text params would be data): no English left
    for (const key of MESSAGE_KEYS) {
      const t = messageTemplates(QPS)[key];
      const params: Record<string, number> = { row: 4, column: 2 };
      for (const name of placeholders(typeof t === "string" ? t : t.other)) params[name] = 3;
      const text = localizeMessage({ key, params, message: "English fallback" }, QPS);
      expect({ key, leak: leaks([text]) }).toEqual({ key, leak: [] });
    }
    // params that name something in English (an argument, a column role) are translated too
    const named = [
      new CsError("value", "shapeMismatch", { first: "perception", second: "expectation", firstRows: 3, firstColumns: 2, secondRows: 4, secondColumns: 2 }),
      new CsError("value", "roleColumnMissing", { role: "kano_functional", index: 9, columns: 4 }),
    ];
    expect(leaks(named.map((e) => localizeMessage(e, QPS)))).toEqual([]);
  });

  test("the data checks: the sample's, and every check key", () => {
    expect(leaks([...checks.map((c) => checkLine(c, QPS)), warningsSummary(checks, QPS)])).toEqual([]);
    const forms = (t: CheckTemplate): string[] => (typeof t === "string" ? [t] : [t.one ?? t.other, t.other]);
    for (const key of CHECK_KEYS) {
      const params: Record<string, CheckText["params"][string]> = {};
      for (const name of forms(checkTemplates("en")[key]).flatMap(placeholders)) {
        params[name] =
          name === "platform" ? "qualtrics" : name === "kind" ? "timestamp" : name === "reasons" ? [{ key: "reasonEmptyRows", params: { count: 2 } }] : 2;
      }
      expect({ key, leak: leaks([renderCheck({ key, params }, QPS)]) }).toEqual({ key, leak: [] });
    }
  });

  test("the task pane's first render (header, picker, loading line, functions help)", () => {
    const never = (): Promise<never> => new Promise(() => undefined);
    const stub: TaskpaneServices = {
      inExcel: () => true,
      missingRequirements: () => [],
      storedReport: never,
      readSelection: never,
      generate: never,
      refresh: never,
      refreshFromSelection: never,
      refreshReplacingEdits: never,
      activateSheet: never,
      selectCell: never,
      writeSampleSurvey: never,
    };
    const html = renderToString(createElement(App, { services: stub, language: QPS, dark: false }));
    const text = html
      .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
      .replace(/<[^>]+>/g, "\n")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toContain(uiStrings(QPS).loading);
    // the other languages' own names are theirs in the picker (English, 简体中文, Español)
    const names = LANGUAGES.filter((l) => l !== QPS).map((l) => uiStrings(l).languageName);
    expect(leaks(lines, names)).toEqual([]);
    // and the visible attributes: titles, labels, placeholders
    const attributes = [...html.matchAll(/\b(?:title|aria-label|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
    expect(leaks(attributes, names)).toEqual([]);
  });
});
