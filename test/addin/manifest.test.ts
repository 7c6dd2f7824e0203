/** The development manifest (manifest.xml at the repo root), checked offline. */
import * as fs from "fs";
import * as path from "path";
import {
  at,
  MANIFEST_CHECKS,
  MANIFEST_LOCALES,
  manifestProblems,
  manifestSuite,
  overrides,
  parseManifest,
  resources,
  type ManifestCheckOptions,
} from "./manifestChecks";

const repo = path.join(__dirname, "..", "..");
const xml = (): string => fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
const opts: ManifestCheckOptions = { root: repo, baseUrl: "https://localhost:3000/" };

describe("manifest.xml (development)", () => {
  manifestSuite(xml, () => opts);

  it("keeps a fixed add-in id (changing it makes Office treat it as a new add-in)", () => {
    expect(at(parseManifest(xml()), "Id").text).toBe("6f0db177-a1c4-447d-b929-414ccd566948");
  });

  it("speaks English by default, Simplified Chinese and Spanish (Spain) through overrides", () => {
    const r = parseManifest(xml());
    expect(MANIFEST_LOCALES).toEqual(["zh-CN", "es-ES"]);
    expect(overrides(at(r, "DisplayName"))).toEqual([
      ["zh-CN", "CS Insight 顾客满意度分析"],
      ["es-ES", "CS Insight: satisfacción del cliente"],
    ]);
    const label = at(r, "VersionOverrides", "Resources", "bt:ShortStrings").children.find((n) => n.attrs.id === "TaskpaneButton.Label");
    expect(label && overrides(label)).toEqual([
      ["zh-CN", "满意度报告"],
      ["es-ES", "Informe de satisfacción"],
    ]);
    expect(resources(r).get("Functions.Namespace")?.value).toBe("CS");
  });
});

describe("the manifest checks catch broken manifests", () => {
  const problemsAfter = (find: string | RegExp, replace: string): string[] => {
    const text = xml();
    const edited = text.replace(find, replace);
    expect(edited).not.toBe(text); // the edit must apply, or the test proves nothing
    return manifestProblems(edited, opts);
  };
  const check = (name: string, find: string | RegExp, replace: string): string[] => {
    const edited = xml().replace(find, replace);
    expect(edited).not.toBe(xml());
    return MANIFEST_CHECKS[name](parseManifest(edited), opts);
  };

  it("passes the untouched manifest", () => {
    expect(manifestProblems(xml(), opts)).toEqual([]);
  });

  it("rejects XML that is not well-formed", () => {
    expect(() => parseManifest(xml().replace("</Hosts>", ""))).toThrow(/not well-formed/);
  });

  it("finds a resid that Resources does not define", () => {
    expect(problemsAfter('resid="TaskpaneButton.Tooltip"', 'resid="Missing.Tooltip"')).toEqual(
      expect.arrayContaining(["<Description> references undefined resid 'Missing.Tooltip'", "resource 'TaskpaneButton.Tooltip' is never used"]),
    );
  });

  it("finds children out of schema order", () => {
    const moved = check(
      "lists the OfficeApp children in schema order, with every required one",
      /( {2}<DefaultSettings>[\s\S]*?<\/DefaultSettings>\n)( {2}<Permissions>ReadWriteDocument<\/Permissions>\n)/,
      "$2$1",
    );
    expect(moved).toEqual([expect.stringMatching(/Requirements, Permissions, DefaultSettings, VersionOverrides; expected/)]);
  });

  it("finds an http URL, a localhost URL under another base, a wrong namespace and a missing SharedRuntime", () => {
    expect(problemsAfter('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"')).toEqual(
      expect.arrayContaining(["http://localhost:3000/functions.js is not https"]),
    );
    expect(manifestProblems(xml(), { ...opts, baseUrl: "https://cs-insight.example.com/" })).toEqual(
      expect.arrayContaining(["https://localhost:3000/taskpane.html is not under https://cs-insight.example.com/"]),
    );
    expect(problemsAfter('id="Functions.Namespace" DefaultValue="CS"', 'id="Functions.Namespace" DefaultValue="CSX"')).toEqual(["namespace is CSX"]);
    expect(problemsAfter('Name="SharedRuntime"', 'Name="CustomFunctionsRuntime"')).toEqual(["no SharedRuntime 1.1 requirement"]);
  });

  it("finds an override for another locale, one in the wrong element and a localized namespace", () => {
    expect(problemsAfter('<Override Locale="es-ES" Value="CS Insight: sat', '<Override Locale="fr-FR" Value="CS Insight: sat')).toEqual(
      expect.arrayContaining(["<DisplayName> overrides locale 'fr-FR'", "'DisplayName' has 0 es-ES overrides, expected 1"]),
    );
    expect(problemsAfter('<bt:Override Locale="zh-CN" Value="满意度报告"/>', '<Override Locale="zh-CN" Value="满意度报告"/>')).toEqual([
      "<Override> inside <bt:String TaskpaneButton.Label>",
      "<bt:String TaskpaneButton.Label> mixes Override and bt:Override",
    ]);
    expect(
      problemsAfter(
        '<bt:String id="Functions.Namespace" DefaultValue="CS"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="CS"><bt:Override Locale="zh-CN" Value="满意度"/></bt:String>',
      ),
    ).toEqual(["'Functions.Namespace' must not be localized"]);
  });

  it("finds a missing, untranslated, non-Chinese or over-long translation", () => {
    expect(problemsAfter(/\s*<bt:Override Locale="es-ES" Value="Informe de satisfacción"\/>/, "")).toEqual([
      "'TaskpaneButton.Label' has 0 es-ES overrides, expected 1",
    ]);
    expect(problemsAfter('Locale="es-ES" Value="Informe de satisfacción"', 'Locale="es-ES" Value="Satisfaction report"')).toEqual([
      "'TaskpaneButton.Label' (es-ES) is empty or the same as the default",
    ]);
    expect(problemsAfter('Locale="zh-CN" Value="满意度报告"', 'Locale="zh-CN" Value="Report"')).toEqual([
      "'TaskpaneButton.Label' (zh-CN) has no Chinese characters",
    ]);
    expect(problemsAfter('Locale="zh-CN" Value="满意度报告"', `Locale="zh-CN" Value="${"报告".repeat(63)}"`)).toEqual([
      "'TaskpaneButton.Label (zh-CN)' is empty or longer than 125",
    ]);
  });

  it("finds localized functions metadata that the build does not emit", () => {
    expect(problemsAfter("https://localhost:3000/functions.es.json", "https://localhost:3000/functions.es-ES.json")).toEqual([
      expect.stringMatching(/^Functions.Metadata.Url overrides are .*functions.es-ES.json.*; expected .*functions.es.json/),
    ]);
    expect(problemsAfter(/\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/, "")).toEqual([
      expect.stringMatching(/^Functions.Metadata.Url overrides are/),
    ]);
  });

  it("finds an icon declared at the wrong size", () => {
    expect(
      problemsAfter(
        'size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
        'size="80" resid="Icon.32x32"/>\n                </Icon>\n                <Control',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/icon-32\.png is 32×32, declared 80/)]));
  });
});
