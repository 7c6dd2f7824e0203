/**
 * The task pane catalogues (src/i18n/en.ts, zh-CN.ts, es.ts): same keys and the same
 * placeholders in every language, no empty text, Office's language picks the catalogue, and the
 * pane's components hold no UI text of their own.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { en } from "../../src/i18n/en/ui";
import { uiCompleteness } from "../i18n/completeness";
import { editedCellsText, format, isUiLanguage, pickLanguage, respondentsText, uiStrings, UI_LANGUAGES } from "../../src/i18n/ui";

type Tree = { [key: string]: string | Tree };

/** Every leaf string by its dotted key. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

describe("task pane catalogues", () => {
  const reference = leaves(en as unknown as Tree);

  it("has the three languages, each with its own locale and language name", () => {
    expect(UI_LANGUAGES).toEqual(["en", "zh-CN", "es"]);
    expect(UI_LANGUAGES.map((l) => uiStrings(l).locale)).toEqual(["en-US", "zh-CN", "es-ES"]);
    expect(UI_LANGUAGES.map((l) => uiStrings(l).languageName)).toEqual(["English", "简体中文", "Español"]);
  });

  // every registered pack but English: the English keys, the same placeholders, no empty text
  uiCompleteness();

  it("translates the text a user reads (only names and symbols may stay as in English)", () => {
    const same = (lang: "zh-CN" | "es"): string[] => {
      const other = leaves(uiStrings(lang) as unknown as Tree);
      return [...reference].filter(([key, text]) => other.get(key) === text).map(([key]) => key);
    };
    const names = ["appName", "options.scaleRange", "options.modelPath", "done.issue"];
    expect(same("zh-CN").sort()).toEqual(names.sort());
    expect(
      same("es")
        .filter((k) => !names.includes(k))
        .sort(),
    ).toEqual(["done.issueAt", "edited.separator", "errors.unexpected", "options.sheetNames.kano"]); // "{cell}: {message}": placeholders and a colon; ", " between cells
  });

  it("fills placeholders with format(), leaving unknown ones as written", () => {
    expect(format(en.survey.summary, { address: "'Survey'!A1:F9", rows: 8, columns: 6 })).toBe("'Survey'!A1:F9: 8 respondents, 6 columns");
    expect(format(uiStrings("zh-CN").columns.untitled, { n: 3 })).toBe("第 3 列");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});

describe("respondentsText (the pane after Generate and Refresh)", () => {
  it("formats the numbers with Intl and picks the plural form with Intl.PluralRules", () => {
    const [en, zh, es] = UI_LANGUAGES.map(uiStrings);
    expect(respondentsText(en, 700, 600)).toBe("700 respondents (was 600)");
    expect(respondentsText(en, 1, 12345)).toBe("1 respondent (was 12,345)");
    expect(respondentsText(en, 0)).toBe("0 respondents");
    expect(respondentsText(es, 1, 2)).toBe("1 encuestado (antes 2)");
    expect(respondentsText(es, 12345, 9999)).toBe("12.345 encuestados (antes 9999)");
    expect(respondentsText(zh, 1, 12345)).toBe("1 位受访者（之前为 12,345 位）");
  });
});

describe("pickLanguage (Office.context.displayLanguage → catalogue)", () => {
  it("maps zh-* to zh-CN, es-* to es and everything else to en", () => {
    expect(["zh-CN", "zh-TW", "zh-Hans", "ZH-cn", "zh"].map(pickLanguage)).toEqual(["zh-CN", "zh-CN", "zh-CN", "zh-CN", "zh-CN"]);
    expect(["es-ES", "es-MX", "es-419", "es"].map(pickLanguage)).toEqual(["es", "es", "es", "es"]);
    expect(["en-US", "en-GB", "fr-FR", "de-DE", "", undefined, "eszh"].map(pickLanguage)).toEqual(["en", "en", "en", "en", "en", "en", "en"]);
    expect([isUiLanguage("es"), isUiLanguage("fr")]).toEqual([true, false]);
  });
});

describe("no UI text outside the catalogue", () => {
  const dir = path.join(__dirname, "..", "..", "src", "taskpane");
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => path.join(dir, f));

  /** JSX text with letters, and string-literal attributes people read (labels, titles, placeholders). */
  function literals(file: string): string[] {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
      if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
        const name = node.name.getText(sf);
        if (/^(label|placeholder|title|alt|aria-label|aria-description)$/.test(name)) found.push(`${name}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return found;
  }

  it.each(files.map((f) => [path.relative(dir, f), f]))("%s has no JSX text or literal label attributes", (_name, file) => {
    expect(literals(file)).toEqual([]);
  });

  it("the check finds literals where there are some", () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cs-i18n-")), "Probe.tsx");
    fs.writeFileSync(probe, 'export const P = () => <Field label="Scale"><b>Hello</b>{" "}<i title={t.x} /></Field>;');
    expect(literals(probe)).toEqual(['label="Scale"', "Hello"]);
  });
});

describe("the edited cells Refresh would replace", () => {
  const cells = Array.from({ length: 13 }, (_, i) => `Summary!H${i + 1}`);
  it("lists at most ten, then says how many more, in each language", () => {
    expect(editedCellsText(uiStrings("en"), cells.slice(0, 2))).toBe(
      "Refresh replaces the report's sheets, so it would replace these cells: Summary!H1, Summary!H2.",
    );
    expect(editedCellsText(uiStrings("en"), cells)).toMatch(/: Summary!H1, .*, Summary!H10 and 3 more\.$/);
    expect(editedCellsText(uiStrings("zh-CN"), cells)).toMatch(/Summary!H1、.*Summary!H10，另有 3 个。$/);
    expect(editedCellsText(uiStrings("es"), cells)).toMatch(/Summary!H10 y 3 más\.$/);
    expect(editedCellsText(uiStrings("en"), cells, 12)).toMatch(/Summary!H12 and 1 more\.$/);
  });
});
