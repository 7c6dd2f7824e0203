/**
 * Localized functions metadata (functions.zh-CN.json, functions.es.json): the English metadata
 * generated from src/functions/functions.ts (as metadata.test.ts does) run through
 * localizeMetadata with the catalogues src/functions/i18n/{zh-CN,es}.json must keep every id,
 * name, parameter and result of the English file, translate every description, keep the option
 * values users type ("category", "overall", …) and pass the same checks as the English file.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import es from "../../src/functions/i18n/es.json";
import { catalogueProblems, LOCALIZED_METADATA, localizeMetadata, type Catalogue, type FunctionsMetadata } from "../../src/functions/i18n/localize";
import zhCN from "../../src/functions/i18n/zh-CN.json";
import { metadataProblems, signature, SIGNATURES } from "./metadataShape";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
const I18N = path.join(__dirname, "..", "..", "src", "functions", "i18n");

// Typed catalogues: a catalogue whose JSON does not fit the Catalogue type fails `tsc`.
const CATALOGUES: Record<string, Catalogue> = { "zh-CN.json": zhCN, "es.json": es };

/** Per manifest locale: what the example in a function description starts with. */
const EXAMPLE: Record<string, RegExp> = { "zh-CN": /示例：.*→/, "es-ES": /Ejemplo: .*→/ };

const CJK = /[\u3400-\u9fff]/;
/** The option values and labels a description quotes with straight quotes ("category", "N/A"). */
const literals = (text = ""): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
/** The =CS.… formulas of a text, up to the closing parenthesis of the call. */
const formulas = (text = ""): string[] => [...text.matchAll(/=CS\.[A-Z]+\((?:[^()]|\([^()]*\))*\)/g)].map((m) => m[0]);

/** Everything but the descriptions, for comparing a localized file with the English one. */
const withoutDescriptions = (meta: FunctionsMetadata): unknown =>
  JSON.parse(JSON.stringify(meta, (key, value: unknown) => (key === "description" ? undefined : value)));

/** Every description of a metadata file, labelled: [label, English, localized]. */
function descriptionPairs(english: FunctionsMetadata, localized: FunctionsMetadata): [string, string, string][] {
  return english.functions.flatMap((f, i) => {
    const l = localized.functions[i];
    return [
      [f.id, f.description ?? "", l.description ?? ""] as [string, string, string],
      ...f.parameters.map((p, j): [string, string, string] => [`${f.id}(${p.name})`, p.description ?? "", l.parameters[j].description ?? ""]),
    ];
  });
}

let english: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
});

test("the build localizes into zh-CN and es-ES, one catalogue each, every catalogue file listed", () => {
  expect(LOCALIZED_METADATA.map((m) => [m.manifestLocale, m.catalogue, m.output])).toEqual([
    ["zh-CN", "zh-CN.json", "functions.zh-CN.json"],
    ["es-ES", "es.json", "functions.es.json"],
  ]);
  const files = fs
    .readdirSync(I18N)
    .filter((f) => f.endsWith(".json"))
    .sort();
  expect(files).toEqual(Object.keys(CATALOGUES).sort());
});

describe.each(LOCALIZED_METADATA.map((m) => [m.manifestLocale, m] as const))("%s", (locale, m) => {
  const catalogue = CATALOGUES[m.catalogue];
  let localized: FunctionsMetadata;
  let pairs: [string, string, string][];

  beforeAll(() => {
    const before = JSON.stringify(english);
    localized = localizeMetadata(english, catalogue, m.catalogue);
    expect(JSON.stringify(english)).toBe(before); // the English metadata is not modified
    pairs = descriptionPairs(english, localized);
  });

  test("the catalogue translates exactly the functions and parameters of the metadata", () => {
    expect(catalogueProblems(english, catalogue)).toEqual([]);
    expect(Object.keys(catalogue)).toEqual(english.functions.map((f) => f.id));
  });

  test("same ids, names, parameter names, types, dimensionality, optional flags, results and options as English", () => {
    expect(withoutDescriptions(localized)).toEqual(withoutDescriptions(english));
    expect(localized.functions.map(signature)).toEqual(SIGNATURES);
    expect(localized.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name)); // CS.CSI stays CS.CSI
  });

  test("every description is translated: non-empty and different from English", () => {
    expect(pairs.length).toBe(english.functions.length + english.functions.reduce((n, f) => n + f.parameters.length, 0));
    for (const [label, en, tr] of pairs) {
      expect({ label, empty: tr.trim() === "", same: tr === en }).toEqual({ label, empty: false, same: false });
    }
  });

  test("passes the checks of the English file (Excel's rules, an example with its result in every description)", () => {
    expect(metadataProblems(localized, { example: EXAMPLE[locale] })).toEqual([]);
  });

  test("keeps every quoted option value and label of the English text (users type them as they are)", () => {
    for (const [label, en, tr] of pairs) {
      const missing = literals(en).filter((x) => !literals(tr).includes(x));
      expect({ label, missing }).toEqual({ label, missing: [] });
    }
  });

  if (locale === "zh-CN") {
    test("every description is Chinese, with the English formulas verbatim (zh-CN writes formulas as en-US)", () => {
      for (const [label, en, tr] of pairs) {
        expect({ label, chinese: CJK.test(tr) }).toEqual({ label, chinese: true });
        const missing = formulas(en).filter((x) => !tr.includes(x));
        expect({ label, missing }).toEqual({ label, missing: [] });
      }
    });
  } else {
    test("every description is Spanish, numbers with decimal commas, formulas without locale-dependent separators", () => {
      for (const [label, , tr] of pairs) {
        expect({ label, cjk: CJK.test(tr), decimalPoint: /\d\.\d/.test(tr) }).toEqual({ label, cjk: false, decimalPoint: false });
        for (const f of formulas(tr)) expect({ label, f, separator: /[,;]/.test(f) }).toEqual({ label, f, separator: false });
      }
      expect(pairs.some(([, , tr]) => /\d,\d/.test(tr))).toBe(true);
    });
  }

  test("uses the project's terms for the method names", () => {
    const text = pairs.map(([, , tr]) => tr).join("\n");
    const terms =
      locale === "zh-CN"
        ? ["顾客满意度指数", "魅力质量", "一元质量", "必备质量", "重要性-表现分析", "净推荐值", "最高两档占比", "克隆巴赫 α 系数"]
        : [
            "índice de satisfacción del cliente",
            "atractivo",
            "unidimensional",
            "obligatorio",
            "importancia-desempeño",
            "Net Promoter Score",
            "top-2-box",
            "Alfa de Cronbach",
          ];
    for (const t of terms) expect({ t, found: text.toLowerCase().includes(t.toLowerCase()) }).toEqual({ t, found: true });
  });
});

describe("localizeMetadata refuses catalogues that drifted from the metadata", () => {
  const catalogue = (): Catalogue => JSON.parse(JSON.stringify(zhCN)) as Catalogue;

  test("a function or parameter without translation, an empty one, an unknown function, parameter or key", () => {
    const c = catalogue() as Record<string, unknown>;
    delete c.ALPHA;
    const csi = c.CSI as { description: string; parameters: Record<string, string>; result?: string };
    delete csi.parameters.weights;
    csi.parameters.scale_min = " ";
    csi.parameters.colour = "颜色";
    csi.result = "指数";
    c.SUMX = { description: "求和", parameters: {} };
    expect(catalogueProblems(english, c)).toEqual([
      "CSI: unknown key 'result'",
      "CSI(weights): no translation",
      "CSI(scale_min): translation is empty",
      "CSI(colour): not a parameter of CSI",
      "ALPHA: no translation",
      "SUMX: not a function of the metadata",
    ]);
    expect(() => localizeMetadata(english, c as Catalogue, "zh-CN.json")).toThrow(
      /^zh-CN.json does not fit the functions metadata:\n {2}CSI: unknown key 'result'\n[\s\S]*SUMX: not a function of the metadata$/,
    );
  });

  test("a new function in the metadata fails until the catalogue translates it", () => {
    const grown = JSON.parse(JSON.stringify(english)) as FunctionsMetadata;
    grown.functions.push({ id: "CES", name: "CES", description: "Customer effort score.", parameters: [], result: {} });
    expect(() => localizeMetadata(grown, catalogue())).toThrow(/CES: no translation/);
  });

  test("not metadata or not a catalogue", () => {
    expect(catalogueProblems({} as FunctionsMetadata, catalogue())).toEqual(["metadata has no functions array"]);
    expect(catalogueProblems(english, ["CSI"])).toEqual(["catalogue is not an object keyed by function id"]);
  });
});

test("the shared metadata checks catch a bad id, name, type, missing example and short description", () => {
  const broken = JSON.parse(JSON.stringify(english)) as FunctionsMetadata;
  broken.functions[0].id = "cs-i";
  broken.functions[1].name = "1KANO";
  broken.functions[2].parameters[0].type = "range" as "any";
  broken.functions[3].description = "Quadrant per attribute.";
  broken.functions[8].parameters[0].description = "Items.";
  expect(metadataProblems(broken, { example: /Example: .*→/ })).toEqual([
    "cs-i: id is not A–Z, 0–9, _ and . starting with a letter",
    "KANO: name '1KANO' is not a valid function name",
    "GAP(perception): type range",
    "IPA: description has no example matching /Example: .*→/",
    "ALPHA(items): description shorter than 11 characters",
  ]);
});
