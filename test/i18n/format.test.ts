/**
 * The one formatter (src/i18n/format.ts). The expectations are written from the conventions
 * themselves, not from running the code:
 * - CLDR number symbols: en-US and zh-CN group with "," and use "." for decimals; es-ES groups
 *   with "." and uses "," (CLDR es.xml), and groups only from five digits (minimumGroupingDigits
 *   2, as the RAE's Ortografía 2010 asks: "1234", "12.345"); the Spanish percent sign follows a
 *   no-break space ("25 %", CLDR percentFormat "#,##0 %");
 * - CLDR plural rules: en one ⇔ i = 1 and v = 0; es one ⇔ n = 1, many for millions; zh only other;
 * - CLDR long dates: en "MMMM d, y", es "d 'de' MMMM 'de' y", zh "y年M月d日";
 * - CLDR unit-short lists: en "{0}, {1}"; es two items "{0} y {1}", more "{0}, {1}"; Chinese
 *   enumerations take the enumeration comma 、 (GB/T 15834-2011, the 顿号).
 */
import { formatDate, formatInteger, formatList, formatNumber, languageOfLocale, pluralCategory, selectPlural } from "../../src/i18n/format";
import { LANGUAGES } from "../../src/i18n/languages";
import { localizeMessage, messageNumber, messageScale } from "../../src/i18n/messages";

const NBSP = "\u00a0";

describe("formatNumber", () => {
  it("writes the decimal sign and digit groups of each locale", () => {
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
    expect(formatNumber(12345.5, "zh-CN")).toBe("12,345.5");
    expect(formatNumber(12345.5, "es")).toBe("12.345,5");
    // Spanish groups from five digits; English and Chinese from four.
    expect(formatNumber(1234.5, "es")).toBe("1234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234567.25, "es")).toBe("1.234.567,25");
  });

  it("keeps every digit JavaScript writes when no digit option is given", () => {
    expect(formatNumber(0.1, "es")).toBe("0,1");
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.30000000000000004"); // String(0.1 + 0.2)
    expect(formatNumber(1e-7, "en")).toBe("0.0000001"); // not "1e-7"
    expect(formatNumber(-0, "en")).toBe("0"); // String(-0) is "0" too
    expect(formatNumber(3, "es")).toBe("3");
  });

  it("takes exactly N decimals, at most N decimals, or N significant digits", () => {
    expect(formatNumber(3, "en", { decimals: 1 })).toBe("3.0");
    expect(formatNumber(2.25, "es", { decimals: 1 })).toBe("2,3"); // half away from zero
    expect(formatNumber(3, "en", { maxDecimals: 2 })).toBe("3");
    expect(formatNumber(3.14159, "es", { maxDecimals: 2 })).toBe("3,14");
    expect(formatNumber(123456.789, "en", { significant: 3 })).toBe("123,000");
    expect(formatNumber(0.0012345, "es", { significant: 2 })).toBe("0,0012");
  });

  it("writes percentages and signs", () => {
    expect(formatNumber(0.256, "en", { percent: true })).toBe("26%");
    expect(formatNumber(0.256, "zh-CN", { percent: true, decimals: 1 })).toBe("25.6%");
    expect(formatNumber(0.256, "es", { percent: true, decimals: 1 })).toBe(`25,6${NBSP}%`);
    expect(formatNumber(4.25, "en", { signed: true, decimals: 1 })).toBe("+4.3");
    expect(formatNumber(-4.25, "es", { signed: true, decimals: 1 })).toBe("-4,3");
    // A value that rounds to zero has no sign.
    expect(formatNumber(-0.04, "en", { signed: true, decimals: 1 })).toBe("0.0");
    expect(formatNumber(0, "en", { signed: true })).toBe("0");
  });

  it("leaves out the digit groups when asked (row numbers, message counts)", () => {
    expect(formatNumber(123456.5, "es", { grouping: false })).toBe("123456,5");
    expect(formatNumber(123456, "en", { grouping: false })).toBe("123456");
  });

  it("gives the same text when called again (the cached formatter)", () => {
    const first = LANGUAGES.map((l) => formatNumber(98765.4321, l, { decimals: 2 }));
    expect(first).toEqual(["98,765.43", "98,765.43", "98.765,43"]);
    expect(LANGUAGES.map((l) => formatNumber(98765.4321, l, { decimals: 2 }))).toEqual(first);
  });
});

describe("formatInteger", () => {
  it("groups a count as the locale does and rounds a fraction", () => {
    expect(LANGUAGES.map((l) => formatInteger(100000, l))).toEqual(["100,000", "100,000", "100.000"]);
    expect(formatInteger(8001, "es")).toBe("8001");
    expect(formatInteger(2.5, "en")).toBe("3");
    expect(formatInteger(16384, "en", { grouping: false })).toBe("16384");
  });
});

describe("plurals", () => {
  it("picks CLDR's category for each language", () => {
    expect([0, 1, 2, 1.5].map((n) => pluralCategory(n, "en"))).toEqual(["other", "one", "other", "other"]);
    expect([0, 1, 2, 1_000_000].map((n) => pluralCategory(n, "es"))).toEqual(["other", "one", "other", "many"]);
    expect([0, 1, 2].map((n) => pluralCategory(n, "zh-CN"))).toEqual(["other", "other", "other"]);
  });

  it("selects the form of the category, else 'other'", () => {
    const rows = { one: "row", other: "rows" };
    expect(selectPlural(rows, 1, "en")).toBe("row");
    expect(selectPlural(rows, 0, "en")).toBe("rows");
    // Chinese has no singular: a count of 1 takes the 'other' form.
    expect(selectPlural({ one: "单数", other: "复数" }, 1, "zh-CN")).toBe("复数");
    // Spanish millions are 'many': without that form, 'other'.
    expect(selectPlural({ one: "fila", other: "filas" }, 1_000_000, "es")).toBe("filas");
    expect(selectPlural({ one: "fila", many: "de filas", other: "filas" }, 1_000_000, "es")).toBe("de filas");
  });
});

describe("formatDate", () => {
  it("writes the long date of each language, in UTC", () => {
    // 23:30 UTC: a machine east of UTC would already be on January 1st.
    const d = new Date("2026-12-31T23:30:00Z");
    expect(formatDate(d, "en")).toBe("December 31, 2026");
    expect(formatDate(d, "es")).toBe("31 de diciembre de 2026");
    expect(formatDate(d, "zh-CN")).toBe("2026年12月31日");
  });
});

describe("formatList", () => {
  it("joins an enumeration the language's way", () => {
    expect(formatList(["Summary", "Kano", "Gaps"], "en")).toBe("Summary, Kano, Gaps");
    expect(formatList(["Resumen", "Kano", "Brechas"], "es")).toBe("Resumen, Kano, Brechas");
    expect(formatList(["Precio", "Servicio"], "es")).toBe("Precio y Servicio");
    expect(formatList(["概要", "卡诺", "差距"], "zh-CN")).toBe("概要、卡诺、差距");
    expect(formatList(["one"], "en")).toBe("one");
    expect(formatList([], "es")).toBe("");
  });
});

describe("languageOfLocale", () => {
  it("finds the language of a catalogue's locale, English for any other", () => {
    expect(["en-US", "zh-CN", "es-ES", "fr-FR"].map(languageOfLocale)).toEqual(["en", "zh-CN", "es", "en"]);
  });
});

describe("messages through the formatter", () => {
  it("write numbers without groups, with the language's decimal sign", () => {
    expect(messageNumber(123456.5, "es")).toBe("123456,5");
    expect(messageNumber(123456.5, "zh-CN")).toBe("123456.5");
    expect(messageScale(0.5, 4.5, "es")).toBe("0,5–4,5");
    // Before, String(x) with "." replaced gave "1e-7" here.
    expect(messageNumber(1e-7, "es")).toBe("0,0000001");
  });

  it("pick a template's singular by the language's plural rule", () => {
    const oneCell = { key: "rowLength", params: { got: 1, width: 3 }, message: "has 1 cell, expected 3" };
    expect(localizeMessage(oneCell, "en")).toBe("has 1 cell, expected 3");
    expect(localizeMessage(oneCell, "es")).toBe("tiene 1 celda en lugar de 3");
    expect(localizeMessage({ ...oneCell, params: { got: 2, width: 3 } }, "es")).toBe("tiene 2 celdas en lugar de 3");
    // {rows|fila|filas}: the word by the count's category.
    const shape = { key: "notOneColumn", params: { rows: 1, columns: 2 }, message: "" };
    expect(localizeMessage(shape, "es")).toBe("debe ser una sola columna (una respuesta por encuestado), no 1 fila × 2 columnas");
  });
});
