/**
 * The catalogue-completeness checks of every registered language pack (src/i18n/packs.ts), as
 * functions declaring jest tests: each catalogue's test file calls its own (the real registry),
 * test/i18n/pseudoLocale.test.ts calls them all with a pseudo pack registered. English is the
 * reference: every other pack has its keys, its placeholders, its plural forms, no empty text.
 */
import * as fs from "fs";
import * as path from "path";
import { MESSAGE_KEYS, PLURAL_BY as MESSAGE_PLURAL_BY, type MessageTemplate } from "../../src/engine/messageKeys";
import { LOCALIZED_METADATA } from "../../src/functions/i18n/localize";
import { CHECK_KEYS, PLURAL_BY as CHECK_PLURAL_BY, type CheckTemplate } from "../../src/i18n/checks";
import { LANGUAGES, languageOfTag, packOf, type Language } from "../../src/i18n/languages";
import { ANSWER_SET_SOURCES } from "../../src/survey/labels/platformSets";

const ROOT = path.join(__dirname, "..", "..");
const REFERENCE: Language = "en";
const OTHERS = (): Language[] => LANGUAGES.filter((l) => l !== REFERENCE);

export const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (t: MessageTemplate | CheckTemplate): string[] => (typeof t === "string" ? [t] : [t.one, t.other].filter((x): x is string => x !== undefined));
const allPlaceholders = (t: MessageTemplate | CheckTemplate): string[] => [...new Set(forms(t).flatMap(placeholders))].sort();

/** Every leaf of a catalogue by its dotted path (arrays by index), in declaration order. */
export function leaves(x: unknown, at = ""): [string, unknown][] {
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [[at, x]];
}

/** Same paths as the reference, every leaf a non-empty string with the reference's placeholders. */
function treeProblems(tree: unknown, reference: unknown): string[] {
  const other = new Map(leaves(tree));
  const ref = leaves(reference);
  const out: string[] = [];
  const missing = ref.filter(([k]) => !other.has(k)).map(([k]) => k);
  const extra = [...other.keys()].filter((k) => !ref.some(([r]) => r === k));
  if (missing.length) out.push(`missing: ${missing.join(", ")}`);
  if (extra.length) out.push(`not in English: ${extra.join(", ")}`);
  for (const [k, v] of ref) {
    const o = other.get(k);
    if (!other.has(k)) continue;
    if (typeof o !== "string" || o.trim() === "") out.push(`${k}: empty or not text`);
    else if (placeholders(o).join() !== placeholders(String(v)).join()) out.push(`${k}: placeholders ${placeholders(o)} vs ${placeholders(String(v))}`);
  }
  return out;
}

/** The pack itself: its id, Intl locale and own name, reachable by its tag. */
export function packCompleteness(): void {
  describe("the language packs (src/i18n/packs.ts)", () => {
    test("English is the first pack (the reference and the fallback); ids and names are distinct", () => {
      expect(LANGUAGES[0]).toBe(REFERENCE);
      expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
      expect(new Set(LANGUAGES.map((l) => packOf(l).name)).size).toBe(LANGUAGES.length);
    });
    test.each(LANGUAGES)("%s: a BCP 47 locale for Intl, its own name in the picker, reachable by its tag", (lang) => {
      const p = packOf(lang);
      expect(p.id).toBe(lang);
      expect(Intl.getCanonicalLocales(p.locale)).toHaveLength(1);
      expect({ ui: p.ui.locale, report: p.report.locale }).toEqual({ ui: p.locale, report: p.locale });
      expect(p.name.trim()).not.toBe("");
      expect(p.ui.languageName).toBe(p.name);
      expect(languageOfTag(lang)).toBe(lang);
      expect(p.labelSeparator).not.toBe("");
    });
  });
}

export function uiCompleteness(): void {
  test.each(OTHERS())("%s pane strings: exactly the English keys, the same placeholders, no empty text", (lang) => {
    expect(treeProblems(packOf(lang).ui, packOf(REFERENCE).ui)).toEqual([]);
  });
}

export function reportCompleteness(): void {
  test.each(LANGUAGES)("%s report strings: the English keys in order, every string non-empty, the same placeholders", (lang) => {
    expect(leaves(packOf(lang).report).map(([k]) => k)).toEqual(leaves(packOf(REFERENCE).report).map(([k]) => k));
    expect(treeProblems(packOf(lang).report, packOf(REFERENCE).report)).toEqual([]);
  });
  test.each(LANGUAGES)("%s sheet names are valid Excel sheet names (≤ 31 chars, no []:*?/\\), distinct", (lang) => {
    const names = Object.values(packOf(lang).report.sheetNames);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n.trim()).toBe(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });
  test.each(LANGUAGES)("%s: no Kano category or quadrant name contains another (textContains conditional formats stay unambiguous)", (lang) => {
    const r = packOf(lang).report;
    for (const group of [Object.values(r.kanoCategories), Object.values(r.quadrants)]) {
      for (const a of group) for (const b of group) if (a !== b) expect({ a, b, contains: a.includes(b) }).toEqual({ a, b, contains: false });
    }
  });
}

export function checksCompleteness(): void {
  test.each(LANGUAGES)("%s checks: exactly the check keys, no empty form, the English placeholders", (lang) => {
    const t = packOf(lang).checks.templates;
    const en = packOf(REFERENCE).checks.templates;
    expect(Object.keys(t).sort()).toEqual([...CHECK_KEYS].sort());
    for (const key of CHECK_KEYS) {
      for (const form of forms(t[key])) expect({ key, empty: form.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, placeholders: allPlaceholders(t[key]) }).toEqual({ key, placeholders: allPlaceholders(en[key]) });
    }
  });
  test.each(LANGUAGES)("%s checks: a plural template's key names its count param; the layout terms and the chrome are complete", (lang) => {
    const p = packOf(lang).checks;
    for (const key of CHECK_KEYS) if (typeof p.templates[key] !== "string") expect({ key, by: CHECK_PLURAL_BY[key] !== undefined }).toEqual({ key, by: true });
    expect(Object.keys(p.terms).sort()).toEqual(Object.keys(packOf(REFERENCE).checks.terms).sort());
    for (const [name, term] of Object.entries(p.terms)) expect({ name, empty: term.trim() === "" }).toEqual({ name, empty: false });
    // a chrome text may be a plural template (paneWarnings), with one form in a language without plurals
    const chrome = packOf(REFERENCE).checks.chrome;
    expect(Object.keys(p.chrome).sort()).toEqual(Object.keys(chrome).sort());
    for (const [key, t] of Object.entries(chrome) as [keyof typeof chrome, CheckTemplate][]) {
      const o: CheckTemplate = p.chrome[key];
      expect({ key, empty: forms(o).some((f) => f.trim() === ""), placeholders: allPlaceholders(o) }).toEqual({
        key,
        empty: false,
        placeholders: allPlaceholders(t),
      });
    }
  });
}

export function messagesCompleteness(): void {
  test.each(LANGUAGES)("%s messages: exactly the keys of src/engine/messageKeys.ts, each non-empty, with the English placeholders", (lang) => {
    const t = packOf(lang).messages.templates;
    const en = packOf(REFERENCE).messages.templates;
    expect(Object.keys(t).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) {
      const expected = placeholders(forms(en[key])[0]);
      for (const form of forms(t[key])) {
        expect({ key, empty: form.trim() === "" }).toEqual({ key, empty: false });
        expect({ key, placeholders: placeholders(form) }).toEqual({ key, placeholders: expected });
      }
      if (typeof t[key] !== "string") expect({ key, by: MESSAGE_PLURAL_BY[key] !== undefined }).toEqual({ key, by: true });
    }
  });
  test.each(LANGUAGES)("%s messages: the location prefixes with the English placeholders; role names and terms non-empty", (lang) => {
    const m = packOf(lang).messages;
    expect(treeProblems(m.location, packOf(REFERENCE).messages.location)).toEqual([]);
    for (const [name, text] of [...Object.entries(m.terms), ...Object.entries(m.roleNames)])
      expect({ name, empty: text.trim() === "" }).toEqual({ name, empty: false });
    if (lang !== REFERENCE) expect(Object.keys(m.roleNames).sort()).toEqual(Object.keys(packOf(REFERENCE).ui.roles).sort());
  });
}

export function answersCompleteness(): void {
  test.each(LANGUAGES)("%s answer wordings: five points per scale, every answer set of platformSets.ts with its points, none empty", (lang) => {
    const a = packOf(lang).answers;
    for (const scale of ["satisfaction", "agreement", "importance", "kano"] as const) {
      expect({ scale, points: a[scale].length }).toEqual({ scale, points: 5 });
      a[scale].forEach((words, i) => expect({ scale, point: i + 1, empty: words.length === 0 }).toEqual({ scale, point: i + 1, empty: false }));
    }
    expect(a.nonAnswers.length).toBeGreaterThan(0);
    expect(Object.keys(a.sets).sort()).toEqual(ANSWER_SET_SOURCES.map((s) => s.id).sort());
    for (const s of ANSWER_SET_SOURCES) {
      const points = a.sets[s.id]?.points ?? [];
      expect({ set: s.id, points: points.length, empty: points.filter((w) => w.length === 0).length }).toEqual({ set: s.id, points: s.size, empty: 0 });
    }
  });
}

export function headersCompleteness(): void {
  test.each(LANGUAGES)("%s header words: every role English names, each a non-empty pattern that compiles", (lang) => {
    const h = packOf(lang).headers;
    expect(Object.keys(h.roles).sort()).toEqual(Object.keys(packOf(REFERENCE).headers.roles).sort());
    for (const [role, words] of Object.entries(h.roles)) {
      expect({ role, words: words.length > 0 }).toEqual({ role, words: true });
      for (const w of words) expect(() => new RegExp(w, "iu")).not.toThrow();
      for (const w of words) expect({ role, w, empty: new RegExp(`^(?:${w})$`, "iu").test("") }).toEqual({ role, w, empty: false });
    }
    for (const [kind, sources] of Object.entries(h.questions)) {
      expect({ kind, patterns: sources.length > 0 }).toEqual({ kind, patterns: true });
      for (const s of sources) expect(() => new RegExp(s, "iu")).not.toThrow();
      // a feature pattern names the feature in its first group
      if (kind === "kanoFeature") for (const s of sources) expect({ s, groups: new RegExp(`${s}|`, "iu").exec("")?.length ?? 0 }).not.toEqual({ s, groups: 1 });
    }
  });
}

/**
 * What a language needs outside its pack, where a file cannot be a pack: Excel's localized
 * function metadata (src/functions/i18n/<lang>.json, a webpack plugin reads it, listed in
 * LOCALIZED_METADATA of localize.js; its URL and the add-in's names in manifest.xml's overrides)
 * and its part of the bundled help page. Each problem names
 * the file to add or edit.
 */
export function perLanguageFileProblems(lang: Language): string[] {
  const out: string[] = [];
  const help = fs.readFileSync(path.join(ROOT, "src", "taskpane", "help.html"), "utf8");
  if (!help.includes(`<section id="${lang}"`))
    out.push(`src/taskpane/help.html has no <section id="${lang}" lang="${lang}">: add the help in ${lang} (and its link at the top)`);
  if (lang === REFERENCE) return out; // English metadata is generated from the JSDoc of functions.ts
  const file = `src/functions/i18n/${lang}.json`;
  if (!fs.existsSync(path.join(ROOT, file))) out.push(`${file} is missing: translate the worksheet functions' descriptions (as es.json)`);
  const entry = LOCALIZED_METADATA.find((m) => m.catalogue === `${lang}.json`);
  if (!entry) out.push(`src/functions/i18n/localize.js: LOCALIZED_METADATA has no entry for ${lang}.json`);
  else if (entry.manifestLocale !== packOf(lang).locale)
    out.push(`src/functions/i18n/localize.js: ${lang}.json is for ${entry.manifestLocale}, the pack's locale is ${packOf(lang).locale}`);
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  if (!manifest.includes(`/functions.${lang}.json"`))
    out.push(`manifest.xml has no <bt:Override Locale="${packOf(lang).locale}"> for functions.${lang}.json (nor the names and descriptions in ${lang})`);
  return out;
}

export function perLanguageFiles(): void {
  test.each(LANGUAGES)("%s has its files outside the pack: the functions' metadata catalogue and its help section", (lang) => {
    expect(perLanguageFileProblems(lang)).toEqual([]);
  });
}
