/**
 * The command line's usage errors are keyed (issue #12): every USAGE_KEYS key has a template in
 * every language with the English placeholders, every UsageError in src/ is made from a keyed
 * CsError, and `cs-insight` run in-process prints them in --lang's language — the options and the
 * user's values as typed, no English prose — and in English, byte for byte as before, otherwise.
 * The expected words are read from the catalogues (independent of the renderer that fills them).
 */
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/report";
import { MESSAGE_KEYS, USAGE_KEYS, type MessageTemplate } from "../../src/engine/messageKeys";
import { LANGUAGES, packOf } from "../../src/i18n/languages";
import { messageTemplates } from "../../src/i18n/messages";

const SRC = path.join(__dirname, "..", "..", "src");
const SAMPLE_CSV = path.resolve(__dirname, "../fixtures/sample-survey.csv");

const text = (t: MessageTemplate): string => (typeof t === "string" ? t : t.other);
const holes = (t: string): string[] => [...t.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
/** The fixed words of a template: its text between the placeholders, trimmed, the short bits dropped. */
const fixedWords = (t: string): string[] =>
  t
    .split(/\{[^}]*\}/)
    .map((s) => s.replace(/^[\s:：'"“”()（）;；.。,，]+|[\s:：'"“”()（）;；.。,，…?？]+$/g, ""))
    .filter((s) => s.length >= 3);

async function cli(argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, err: err.join("\n"), out: out.join("\n") };
}

describe("the usage errors' catalogue", () => {
  test("every usage key is a message key with a non-empty template in every language, with the English placeholders", () => {
    const en = messageTemplates("en");
    for (const key of USAGE_KEYS) {
      expect((MESSAGE_KEYS as readonly string[]).includes(key)).toBe(true);
      for (const lang of LANGUAGES) {
        const t = text(packOf(lang).messages.templates[key]);
        expect({ key, lang, empty: t.trim() === "", holes: holes(t) }).toEqual({ key, lang, empty: false, holes: holes(text(en[key])) });
      }
    }
  });

  test("every UsageError in src/ is made from a keyed CsError of a usage key, and every usage key is said somewhere in src/cli", () => {
    const files = (fs.readdirSync(SRC, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const said = new Set<string>();
    let sites = 0;
    for (const f of files) {
      const body = fs.readFileSync(path.join(SRC, f), "utf8");
      for (const m of body.matchAll(/new UsageError\(\s*([^\n]{0,60})/g)) {
        sites++;
        expect({ file: f, site: m[1] }).toEqual({ file: f, site: expect.stringMatching(/^new CsError\("value", "usage\w+"/) });
      }
      if (f.startsWith("cli")) for (const m of body.matchAll(/"(usage\w+)"/g)) said.add(m[1]);
    }
    expect(sites).toBeGreaterThanOrEqual(24);
    expect(USAGE_KEYS.filter((k) => !said.has(k))).toEqual([]);
  });
});

describe("cs-insight prints a usage error in the report's language", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(tmpdir(), "cs-cli-usage-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The stderr has every fixed word of the key's template in `lang` and none of the English ones. */
  function expectSaid(err: string, key: (typeof USAGE_KEYS)[number], lang: "zh-CN" | "es"): void {
    const own = fixedWords(text(messageTemplates(lang)[key]));
    const english = fixedWords(text(messageTemplates("en")[key]));
    expect(own.length).toBeGreaterThan(0);
    for (const w of own) expect(err).toContain(w);
    // English words as words ("column" is in "columna").
    const asWord = (w: string): RegExp => new RegExp(`(^|[^A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`);
    for (const w of english.filter((e) => !own.includes(e))) expect(err).not.toMatch(asWord(w));
    // The pointer to --help is translated too.
    for (const w of fixedWords(text(messageTemplates(lang).usageHint))) expect(err).toContain(w);
    expect(err).not.toMatch(/Run 'cs-insight --help' for usage/);
  }

  test.each(["zh-CN", "es"] as const)("%s: a wrong --crosshair, an unknown option (before the options are read), no survey", async (lang) => {
    const crosshair = await cli(["report", "s.csv", "--out", "r.xlsx", "--lang", lang, "--crosshair", "centre"]);
    expect(crosshair.code).toBe(2);
    expect(crosshair.err).toMatch(/^cs-insight: --crosshair centre/); // the option and the value as typed
    expect(crosshair.err).toContain("mean, median, midpoint");
    expectSaid(crosshair.err, "usageCrosshair", lang);

    const unknown = await cli(["report", "s.csv", `--lang=${lang}`, "--out", "r.xlsx", "--colour"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("--colour");
    expectSaid(unknown.err, "usageUnknownOption", lang);

    const noSurvey = await cli(["report", "--out", "r.xlsx", "--lang", lang]);
    expect(noSurvey.code).toBe(2);
    expectSaid(noSurvey.err, "usageNoSurvey", lang);
  });

  test.each(["zh-CN", "es"] as const)("%s: --segment errors name the survey's columns, the role translated", async (lang) => {
    const out = (name: string): string => path.join(dir, `${lang}-${name}.xlsx`);
    const range = await cli(["report", SAMPLE_CSV, "--out", out("range"), "--lang", lang, "--segment", "99"]);
    expect(range.code).toBe(2);
    expect(range.err).toContain("--segment 99");
    expect(range.err).toContain('2 "Branch"'); // the headers as they are in the survey
    expectSaid(range.err, "usageSegmentOutOfRange", lang);

    const role = await cli(["report", SAMPLE_CSV, "--out", out("role"), "--lang", lang, "--segment", "5"]);
    expect(role.code).toBe(2);
    expect(role.err).toContain("Overall satisfaction");
    expect(role.err).toContain(packOf(lang).messages.roleNames.overall);
    expect(role.err).toContain("--roles");
    expectSaid(role.err, "usageSegmentWrongRole", lang);
  });

  test("zh-CN: no segment column says so in Chinese (the list's 'none' is translated)", async () => {
    const csv = path.join(dir, "no-segment.csv");
    fs.writeFileSync(csv, "Overall satisfaction,Waiting time - satisfaction\n4,5\n5,3\n3,4\n");
    const r = await cli(["report", csv, "--out", path.join(dir, "no-segment.xlsx"), "--lang", "zh-CN", "--segment", "Region"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cs-insight: --segment ["“]Region["”]/);
    expect(r.err).toContain(`：${packOf("zh-CN").messages.terms.none}）`);
    expect(r.err).not.toMatch(/\bnone\b/);
    expectSaid(r.err, "usageSegmentNoSuchColumn", "zh-CN");
  });

  test("es: --out naming the survey itself", async () => {
    const same = path.join(dir, "same.xlsx");
    fs.writeFileSync(same, "");
    const s = await cli(["report", same, "--out", same, "--lang", "es"]);
    expect(s.code).toBe(2);
    expectSaid(s.err, "usageOutIsSurvey", "es");
  });

  test("English when --lang is not given, is wrong, or is given twice: the text as before, byte for byte", async () => {
    const hint = "\nRun 'cs-insight --help' for usage.";
    expect((await cli(["report", "s.csv", "--out", "r.xlsx", "--crosshair", "centre"])).err).toBe(
      `cs-insight: --crosshair centre: use mean, median, midpoint or a number${hint}`,
    );
    expect((await cli(["report", "s.csv", "--out", "r.xlsx", "--lang", "fr"])).err).toBe(`cs-insight: --lang fr: use en, zh-CN or es${hint}`);
    expect((await cli(["report", "s.csv", "--out", "r.xlsx", "--lang", "es", "--lang", "zh-CN"])).err).toBe(`cs-insight: --lang is given twice${hint}`);
    expect((await cli([])).err).toBe(`cs-insight: no command given${hint}`);
    expect((await cli(["s.csv"])).err).toBe(`cs-insight: unknown command 's.csv' (did you mean: cs-insight report s.csv …?)${hint}`);
  });
});

describe("survey and roles errors in --lang's language (not only the usage errors)", () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "cs-usage-survey-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["an empty survey file", ""],
    ["a header row and no respondents", "Overall satisfaction,Likelihood to recommend\n"],
  ])("%s: es and zh-CN print the error in their words; en as before", async (_what, content) => {
    const file = path.join(dir, `survey-${content.length}.csv`);
    fs.writeFileSync(file, content);
    const runIn = (lang: string) => cli(["report", file, "--out", path.join(dir, `r-${lang}.xlsx`), "--lang", lang]);
    const en = await runIn("en");
    expect(en.code).toBe(1);
    // The English prose: words of 5+ letters of the English error that are not part of the path.
    const english = [...en.err.replace(path.basename(file), "").matchAll(/[A-Za-z]{5,}/g)].map((m) => m[0]).filter((w) => !/insight/i.test(w));
    expect(english.length).toBeGreaterThan(1);
    for (const lang of ["es", "zh-CN"]) {
      const other = await runIn(lang);
      expect(other.code).toBe(1);
      expect(other.err).toContain(path.basename(file));
      expect({ lang, english: english.filter((w) => other.err.replace(path.basename(file), "").includes(w)) }).toEqual({ lang, english: [] });
    }
  });
});

test("an output file that exists: es and zh-CN say so in their words (the option as typed)", async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "cs-usage-out-"));
  try {
    const out = path.join(dir, "r.xlsx");
    fs.writeFileSync(out, "keep me");
    const en = await cli(["report", SAMPLE_CSV, "--out", out, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.err).toBe(`cs-insight: the report ${out} already exists — pass --force to overwrite it`);
    const es = await cli(["report", SAMPLE_CSV, "--out", out, "--lang", "es"]);
    expect(es.err).toBe(`cs-insight: el informe ${out} ya existe: use --force para sobrescribirlo`);
    const zh = await cli(["report", SAMPLE_CSV, "--out", out, "--lang", "zh-CN"]);
    expect(zh.err).toBe(`cs-insight: 报告 ${out} 已存在：如需覆盖，请加 --force`);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me"); // never overwritten
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
