/**
 * The checks' catalogue (src/i18n/checks.ts): every key in en, zh-CN and es with the English
 * placeholders; plural forms chosen by Intl.PluralRules; numbers by Intl.NumberFormat; lists as
 * enumerations; layout names translated; and zh-CN / es render without English text.
 */
import {
  CHECK_KEYS,
  CHECK_LANGUAGES,
  checkChrome,
  checkLine,
  checkNumber,
  checkTemplates,
  checkTerms,
  PLURAL_BY,
  renderCheck,
  warningsSummary,
  type CheckTemplate,
} from "../../src/i18n/checks";
import { formatList as joinList } from "../../src/i18n/format";
import type { Check, CheckKey, CheckText } from "../../src/report/checks";
import { checksCompleteness } from "../i18n/completeness";

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (t: CheckTemplate): string[] => (typeof t === "string" ? [t] : [t.one, t.other].filter((x): x is string => x !== undefined));
const allPlaceholders = (t: CheckTemplate): string[] => [...new Set(forms(t).flatMap(placeholders))].sort();
const CJK = /[\u3400-\u9fff]/;
/** Names that stay as they are in every language. */
const NAMES = /\b(Kano|NPS|CSI|Cronbach's|IP|SPSS|Qualtrics|SurveyMonkey|Google|Microsoft|Forms|LimeSurvey)\b/g;

const PLATFORMS = ["qualtrics", "surveymonkey", "google-forms", "microsoft-forms", "limesurvey", "spss", "plain"];
const KINDS = ["timestamp", "duration", "progress", "status", "ip", "location", "response-id", "recipient", "language", "page", "derived", "contact", "other"];

/** A value for every placeholder of a key, in the language (so no English leaks through a param). */
function sampleParams(key: CheckKey, lang: "zh-CN" | "es"): CheckText["params"] {
  const word = lang === "zh-CN" ? "等候时间" : "Tiempo de espera";
  const params: Record<string, CheckText["params"][string]> = {};
  for (const name of allPlaceholders(checkTemplates("en")[key])) {
    if (name === "platform") params[name] = "qualtrics";
    else if (name === "kind") params[name] = "timestamp";
    else if (name === "reasons")
      params[name] = [
        { key: "reasonHeaderRows", params: { count: 2 } },
        { key: "reasonEmptyRows", params: { count: 1 } },
      ];
    else if (name === "items") params[name] = [{ key: "itemCount", params: { name: word, n: 12 } }];
    else if (["columns", "attributes"].includes(name)) params[name] = [word, word];
    else if (["column", "segment", "name", "rows"].includes(name)) params[name] = name === "rows" ? "2–3" : word;
    else params[name] = 3;
  }
  return params;
}

/** Words English and Spanish spell alike ("margen de error"). */
const SHARED = new Set(["error"]);

describe("the checks' catalogue", () => {
  const en = checkTemplates("en");

  // every registered pack: the check keys, no empty form, the English placeholders, plural forms, terms, chrome
  checksCompleteness();

  test("a plural template's key names its count param, which is one of its placeholders", () => {
    for (const lang of CHECK_LANGUAGES) {
      for (const key of CHECK_KEYS) {
        const t = checkTemplates(lang)[key];
        if (typeof t !== "string") expect({ key, lang, by: PLURAL_BY[key] !== undefined }).toEqual({ key, lang, by: true });
      }
    }
    for (const [key, by] of Object.entries(PLURAL_BY)) expect(allPlaceholders(en[key as CheckKey])).toContain(by);
  });

  test("the layout's platform and metadata names are translated in every language", () => {
    for (const lang of CHECK_LANGUAGES) expect(Object.keys(checkTerms(lang)).sort()).toEqual([...PLATFORMS, ...KINDS].sort());
    for (const name of [...PLATFORMS, ...KINDS]) expect({ name, same: checkTerms("es")[name] === checkTerms("en")[name] }).toEqual({ name, same: false });
  });

  test("Chinese templates are Chinese (no English words but names); Spanish ones differ from English", () => {
    for (const key of CHECK_KEYS) {
      for (const form of forms(checkTemplates("zh-CN")[key])) {
        const words =
          form
            .replace(/\{\w+\}/g, "")
            .replace(NAMES, "")
            .match(/[A-Za-z]{2,}/g) ?? [];
        if (key !== "itemCount") expect({ key, cjk: CJK.test(form), words }).toEqual({ key, cjk: true, words: [] });
      }
      if (key !== "itemCount") expect({ key, same: checkTemplates("es")[key] === en[key] }).toEqual({ key, same: false });
    }
  });

  test.each(["zh-CN", "es"] as const)("every check rendered in %s has no English text", (lang) => {
    const english = new Set(
      CHECK_KEYS.flatMap((k) =>
        forms(en[k]).flatMap(
          (f) =>
            f
              .replace(/\{\w+\}/g, " ")
              .replace(NAMES, " ")
              .match(/[A-Za-z]{3,}/g) ?? [],
        ),
      ),
    );
    for (const key of CHECK_KEYS) {
      const text = renderCheck({ key, params: sampleParams(key, lang) }, lang);
      expect({ key, unfilled: /\{\w+\}/.test(text) }).toEqual({ key, unfilled: false });
      // No word of the English templates (3 letters or more) shows, names aside.
      const words = (text.replace(NAMES, " ").match(/[A-Za-z]{3,}/g) ?? []).filter((w) => english.has(w) && !SHARED.has(w));
      expect({ key, words }).toEqual({ key, words: [] });
    }
    const other = (t: CheckTemplate): string => (typeof t === "string" ? t : t.other);
    const chromeEn = checkChrome("en");
    for (const [name, t] of Object.entries(checkChrome(lang)) as [keyof typeof chromeEn, CheckTemplate][]) {
      if (lang === "zh-CN") expect({ name, cjk: CJK.test(other(t)) }).toEqual({ name, cjk: true });
      expect({ name, same: other(t) === other(chromeEn[name]) }).toEqual({ name, same: false });
    }
  });
});

describe("rendering", () => {
  test("numbers with Intl.NumberFormat of the language (grouping, decimal comma, ≤ 2 decimals)", () => {
    expect(["en", "zh-CN", "es"].map((l) => checkNumber(12345.678, l as "en"))).toEqual(["12,345.68", "12,345.68", "12.345,68"]);
    expect(checkNumber(0.42, "es")).toBe("0,42");
    const alpha: Check = { key: "alphaLow", severity: "warning", concerns: "alpha", params: { alpha: 0.42, items: 10, min: 0.5 } };
    expect(renderCheck(alpha, "es")).toBe(
      "El α de Cronbach es 0,42 (menos de 0,5) en 10 ítems de valoración: apenas miden una misma cosa; busque una columna invertida o mal leída.",
    );
    expect(renderCheck(alpha, "zh-CN")).toBe("10 个评分项目的 Cronbach's α 为 0.42（低于 0.5）：这些项目几乎不在测量同一事物——请检查是否有反向或读错的列。");
  });

  test("plural forms by Intl.PluralRules: one / other in English and Spanish, one form in Chinese", () => {
    const neg = (count: number): Check => ({ key: "weightNegative", severity: "warning", concerns: "weights", params: { column: "W", count } });
    expect(renderCheck(neg(1), "en")).toMatch(/has 1 negative value:/);
    expect(renderCheck(neg(3), "en")).toMatch(/has 3 negative values:/);
    expect(renderCheck(neg(1), "es")).toMatch(/tiene 1 valor negativo:/);
    expect(renderCheck(neg(3), "es")).toMatch(/tiene 3 valores negativos:/);
    expect(renderCheck(neg(3), "zh-CN")).toBe("权重列“W”有 3 个负值：个案权重不会为负——这真是权重吗？");
  });

  test("lists are enumerations: a, b, c / 甲、乙、丙; keyed items rendered in the language", () => {
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b, c");
    expect(joinList(["a", "b", "c"], "es")).toBe("a, b, c");
    expect(joinList(["甲", "乙", "丙"], "zh-CN")).toBe("甲、乙、丙");
    const kano: CheckText = {
      key: "fewAnswersKano",
      params: {
        count: 2,
        min: 30,
        items: [
          { key: "itemCount", params: { name: "SMS", n: 12 } },
          { key: "itemCount", params: { name: "ATM", n: 8.5 } },
        ],
      },
    };
    expect(renderCheck(kano, "zh-CN")).toBe("2 个 Kano 分类所依据的回答少于 30 个：SMS（12）、ATM（8.5）");
    expect(renderCheck(kano, "es")).toBe("2 categorías Kano se basan en menos de 30 respuestas: SMS (12) y ATM (8,5)"); // es-ES unit lists of two take "y"
  });

  test("check lines and the pane's summary", () => {
    const w: Check = { key: "firstRowData", severity: "warning", concerns: "survey", params: {} };
    const i: Check = { key: "respondentsCounted", severity: "info", concerns: "respondents", params: { respondents: 1200 } };
    expect(checkLine(i, "en")).toBe("read: 1,200 respondents, one per data row");
    expect(checkLine(i, "zh-CN")).toBe("读取：1,200 位受访者，每个数据行一位");
    expect(checkLine(w, "es")).toMatch(/^aviso: La primera fila parece contener respuestas/);
    expect([warningsSummary([i], "en"), warningsSummary([w, i], "en"), warningsSummary([w, w], "es"), warningsSummary([w], "zh-CN")]).toEqual([
      "No warnings.",
      "1 warning to review",
      "2 avisos por revisar",
      "有 1 条警告需要核对",
    ]);
  });
});
