/**
 * Offline checks of an add-in-only manifest (XML), shared by manifest.test.ts (the dev manifest)
 * and build.test.ts (dist/manifest.xml). Element order follows the OfficeApp schema (TaskPaneApp);
 * resource rules follow the VersionOverrides 1.0 reference (resid ≤ 32 chars, ShortStrings ≤ 125,
 * LongStrings ≤ 250 characters). Localization follows "Localization for Office Add-ins": <Override>
 * inside DisplayName/Description, <bt:Override> inside bt:String/bt:Url/bt:Image, full culture names.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { LOCALIZED_METADATA } from "../../src/functions/i18n/localize";

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): XNode | null {
  const name = Object.keys(raw).find((k) => k !== ":@");
  if (!name || name === "#text" || name.startsWith("?")) return null;
  const rawChildren = (raw[name] as Raw[]) ?? [];
  const text = rawChildren
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  return {
    name,
    attrs: (raw[":@"] as Record<string, string>) ?? {},
    children: rawChildren.map(toNode).filter((n): n is XNode => n !== null),
    text,
  };
}

/** Parses the manifest into a tree of elements (comments and the XML declaration dropped). */
export function parseManifest(xml: string): XNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest is not well-formed: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((n): n is XNode => n !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

export function child(node: XNode, name: string): XNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** Follows a path of element names from `node`, e.g. path(root, "Requirements", "Sets"). */
export function at(node: XNode, ...names: string[]): XNode {
  return names.reduce(child, node);
}

export function descendants(node: XNode): XNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

/** The children of <OfficeApp> in schema order; `true` marks the required ones. */
export const OFFICE_APP_ORDER: readonly [string, boolean][] = [
  ["Id", true],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", true],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", true],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["VersionOverrides", true],
];

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Width and height from a PNG's IHDR chunk (PNG spec §11.2.2). */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every resource defined in <Resources>, by id, with its kind and value. */
export function resources(root: XNode): Map<string, { kind: string; value: string }> {
  const res = at(root, "VersionOverrides", "Resources");
  const map = new Map<string, { kind: string; value: string }>();
  for (const group of res.children) {
    for (const item of group.children) {
      if (map.has(item.attrs.id)) throw new Error(`resource id '${item.attrs.id}' defined twice`);
      map.set(item.attrs.id, { kind: group.name, value: item.attrs.DefaultValue });
    }
  }
  return map;
}

/** Which resource group a resid must come from, by the element that references it. */
export function expectedKind(element: string): string {
  if (element === "bt:Image") return "bt:Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(element)) return "bt:Urls";
  if (element === "Description" || element === "Tooltip") return "bt:LongStrings";
  return "bt:ShortStrings"; // Label, Title, Namespace
}

/** Every absolute URL in attribute values and text, skipping namespace declarations. */
export function allUrls(root: XNode): string[] {
  const urls: string[] = [];
  for (const n of [root, ...descendants(root)]) {
    for (const [k, v] of Object.entries(n.attrs)) {
      if (!k.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push(v);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(n.text)) urls.push(n.text);
  }
  return urls;
}

/** The locales the manifest localizes (the Locale of every Override), from the functions i18n table. */
export const MANIFEST_LOCALES: readonly string[] = LOCALIZED_METADATA.map((m) => m.manifestLocale);

/** The elements an <Override> (LocaleAwareSetting) and a <bt:Override> (bt resource) may sit in. */
const OVERRIDE_PARENTS: Record<string, readonly string[]> = {
  Override: ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"],
  "bt:Override": ["bt:String", "bt:Url", "bt:Image"],
};

/** Strings that stay as they are in every language (function names are CS.* everywhere). */
const UNLOCALIZED_STRINGS = ["Functions.Namespace"];

const CJK = /[\u3400-\u9fff]/;

/** The Locale → Value pairs of the overrides directly inside `node`. */
export function overrides(node: XNode): [string, string][] {
  return node.children.filter((c) => c.name === "Override" || c.name === "bt:Override").map((c) => [c.attrs.Locale, c.attrs.Value]);
}

/** Every localizable text of the manifest: [label, default value, element, max length]. */
function localizableTexts(r: XNode): [string, string, XNode, number][] {
  const out: [string, string, XNode, number][] = [];
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 2000],
  ] as const) {
    const n = r.children.find((c) => c.name === name);
    if (n) out.push([name, n.attrs.DefaultValue ?? "", n, max]);
  }
  const res = r.children.find((c) => c.name === "VersionOverrides")?.children.find((c) => c.name === "Resources");
  for (const group of res?.children ?? []) {
    if (group.name !== "bt:ShortStrings" && group.name !== "bt:LongStrings") continue;
    for (const s of group.children) {
      out.push([s.attrs.id, s.attrs.DefaultValue ?? "", s, group.name === "bt:ShortStrings" ? 125 : 250]);
    }
  }
  return out;
}

export interface ManifestCheckOptions {
  /** Folder the URL paths resolve against: the repo root for the dev manifest, dist/ for the build. */
  root: string;
  /** Base URL every add-in URL must start with. */
  baseUrl: string;
  /** Also require every URL under baseUrl to exist as a file under root (true for dist/). */
  filesExist?: boolean;
}

/** A named check: returns the problems it finds (empty = pass). */
export type ManifestCheck = (r: XNode, o: ManifestCheckOptions) => string[];

const problem = (ok: boolean, message: string): string[] => (ok ? [] : [message]);

function attr(r: XNode, names: string[], name: string): string | undefined {
  try {
    return at(r, ...names).attrs[name];
  } catch {
    return undefined;
  }
}

function text(r: XNode, ...names: string[]): string | undefined {
  try {
    return at(r, ...names).text;
  } catch {
    return undefined;
  }
}

function fileFor(url: string, o: ManifestCheckOptions): string | null {
  if (!url.startsWith(o.baseUrl)) return null;
  return path.join(o.root, ...url.slice(o.baseUrl.length).split("/"));
}

export const MANIFEST_CHECKS: Record<string, ManifestCheck> = {
  "has an OfficeApp root of type TaskPaneApp with the add-in namespaces": (r) => [
    ...problem(r.name === "OfficeApp", `root is <${r.name}>`),
    ...problem(r.attrs["xsi:type"] === "TaskPaneApp", `xsi:type is ${r.attrs["xsi:type"]}`),
    ...problem(r.attrs.xmlns === "http://schemas.microsoft.com/office/appforoffice/1.1", "wrong default namespace"),
    ...problem(r.attrs["xmlns:bt"] === "http://schemas.microsoft.com/office/officeappbasictypes/1.0", "wrong bt namespace"),
    ...problem(attr(r, ["VersionOverrides"], "xsi:type") === "VersionOverridesV1_0", "VersionOverrides is not V1_0"),
  ],

  "lists the OfficeApp children in schema order, with every required one": (r) => {
    const names = r.children.map((c) => c.name);
    const order = OFFICE_APP_ORDER.map(([n]) => n);
    const expected = OFFICE_APP_ORDER.filter(([n, required]) => required || names.includes(n)).map(([n]) => n);
    return [
      ...names.filter((n) => !order.includes(n)).map((n) => `unexpected element <${n}>`),
      ...problem(names.join() === expected.join(), `children are ${names.join(", ")}; expected ${expected.join(", ")}`),
    ];
  },

  "has a GUID id, a version, provider and display name CS Insight, en-US default locale": (r) => {
    const description = attr(r, ["Description"], "DefaultValue") ?? "";
    return [
      ...problem(GUID.test(text(r, "Id") ?? ""), `Id '${text(r, "Id")}' is not a GUID`),
      ...problem(/^\d+(\.\d+){0,3}$/.test(text(r, "Version") ?? ""), "Version is not n[.n[.n[.n]]]"),
      ...problem(text(r, "ProviderName") === "CS Insight", "ProviderName is not CS Insight"),
      ...problem(attr(r, ["DisplayName"], "DefaultValue") === "CS Insight", "DisplayName is not CS Insight"),
      ...problem(text(r, "DefaultLocale") === "en-US", "DefaultLocale is not en-US"),
      ...problem(description.length > 20 && description.length <= 2000, "Description missing or too long"),
    ];
  },

  "targets Excel (Workbook) and requires SharedRuntime 1.1": (r) => {
    const hosts = r.children.find((c) => c.name === "Hosts")?.children.map((h) => h.attrs.Name) ?? [];
    let sets: XNode[] = [];
    try {
      sets = at(r, "Requirements", "Sets").children;
    } catch {
      /* reported below */
    }
    return [
      ...problem(hosts.join() === "Workbook", `hosts are ${hosts.join(", ")}`),
      ...problem(
        sets.some((s) => s.attrs.Name === "SharedRuntime" && s.attrs.MinVersion === "1.1"),
        "no SharedRuntime 1.1 requirement",
      ),
    ];
  },

  "asks for ReadWriteDocument": (r) => problem(text(r, "Permissions") === "ReadWriteDocument", `Permissions is ${text(r, "Permissions")}`),

  "defines every resid it references, in the right resource group, and no unused ones": (r) => {
    const defined = resources(r);
    const referenced = descendants(at(r, "VersionOverrides", "Hosts")).filter((n) => n.attrs.resid !== undefined);
    const out: string[] = [];
    for (const n of referenced) {
      const res = defined.get(n.attrs.resid);
      if (!res) out.push(`<${n.name}> references undefined resid '${n.attrs.resid}'`);
      else if (res.kind !== expectedKind(n.name)) out.push(`'${n.attrs.resid}' is in ${res.kind}, <${n.name}> needs ${expectedKind(n.name)}`);
      if (n.attrs.resid.length > 32) out.push(`resid '${n.attrs.resid}' is longer than 32 characters`);
    }
    const used = new Set(referenced.map((n) => n.attrs.resid));
    for (const id of defined.keys()) if (!used.has(id)) out.push(`resource '${id}' is never used`);
    return out;
  },

  "keeps resource strings within the schema lengths": (r) => {
    const res = at(r, "VersionOverrides", "Resources");
    return res.children.flatMap((group) =>
      group.children.flatMap((item) => {
        const max = group.name === "bt:ShortStrings" ? 125 : group.name === "bt:LongStrings" ? 250 : 2048;
        const values: [string, string | undefined][] = [
          [item.attrs.id, item.attrs.DefaultValue],
          ...overrides(item).map(([locale, v]): [string, string] => [`${item.attrs.id} (${locale})`, v]),
        ];
        return values.flatMap(([id, v]) => problem(!!v && v.length <= max, `'${id}' is empty or longer than ${max}`));
      }),
    );
  },

  "puts every Override where the schema allows it, for the locales zh-CN and es-ES only": (r) => {
    const out: string[] = [];
    const tag = (n: XNode): string => (n.attrs.id ? `<${n.name} ${n.attrs.id}>` : `<${n.name}>`);
    const visit = (n: XNode): void => {
      for (const c of n.children) {
        const parents = OVERRIDE_PARENTS[c.name];
        if (parents) {
          if (!parents.includes(n.name)) out.push(`<${c.name}> inside ${tag(n)}`);
          if (!MANIFEST_LOCALES.includes(c.attrs.Locale)) out.push(`${tag(n)} overrides locale '${c.attrs.Locale}'`);
          if (c.children.length > 0) out.push(`<${c.name}> has children`);
        } else if (c.name.endsWith(":Override") || c.name === "Override") {
          out.push(`unknown override element <${c.name}>`);
        }
        visit(c);
      }
      const kinds = new Set(n.children.map((c) => c.name).filter((x) => x in OVERRIDE_PARENTS));
      if (kinds.size > 1) out.push(`${tag(n)} mixes ${[...kinds].sort().join(" and ")}`);
    };
    visit(r);
    return out;
  },

  "translates the display name, description and every string but the namespace into zh-CN and es-ES": (r) =>
    localizableTexts(r).flatMap(([label, def, node]) => {
      const found = overrides(node);
      const locales = found.map(([l]) => l);
      if (UNLOCALIZED_STRINGS.includes(label)) return problem(found.length === 0, `'${label}' must not be localized`);
      return [
        ...MANIFEST_LOCALES.flatMap((l) =>
          problem(locales.filter((x) => x === l).length === 1, `'${label}' has ${locales.filter((x) => x === l).length} ${l} overrides, expected 1`),
        ),
        ...found.flatMap(([l, v]) => [
          ...problem(!!v && v.trim() !== "" && v !== def, `'${label}' (${l}) is empty or the same as the default`),
          ...problem(l !== "zh-CN" || CJK.test(v ?? ""), `'${label}' (zh-CN) has no Chinese characters`),
        ]),
      ];
    }),

  "points the functions metadata at the localized file of each locale": (r, o) => {
    const url = at(r, "VersionOverrides", "Resources", "bt:Urls").children.find((u) => u.attrs.id === "Functions.Metadata.Url");
    if (!url) return ["no Functions.Metadata.Url"];
    const expected = LOCALIZED_METADATA.map((m): [string, string] => [m.manifestLocale, `${o.baseUrl}${m.output}`]);
    const actual = overrides(url);
    return problem(
      JSON.stringify(actual) === JSON.stringify(expected),
      `Functions.Metadata.Url overrides are ${JSON.stringify(actual)}; expected ${JSON.stringify(expected)}`,
    );
  },

  "runs page, functions, ribbon and task pane in one long-lived shared runtime": (r, o) => {
    const host = at(r, "VersionOverrides", "Hosts", "Host");
    const shared = attr(host, ["Runtimes", "Runtime"], "resid");
    const desktop = at(host, "DesktopFormFactor");
    const actions = descendants(desktop).filter((n) => n.name === "Action");
    const url = shared ? resources(r).get(shared)?.value : undefined;
    return [
      ...problem(host.attrs["xsi:type"] === "Workbook", "VersionOverrides host is not Workbook"),
      ...problem(shared !== undefined, "no <Runtimes><Runtime>"),
      ...problem(attr(host, ["Runtimes", "Runtime"], "lifetime") === "long", "runtime lifetime is not long"),
      ...problem(attr(host, ["AllFormFactors", "ExtensionPoint", "Page", "SourceLocation"], "resid") === shared, "functions page is not the shared runtime"),
      ...problem(attr(desktop, ["FunctionFile"], "resid") === shared, "FunctionFile is not the shared runtime"),
      ...problem(actions.length > 0, "no ribbon action"),
      ...actions.flatMap((a) => problem(attr(a, ["SourceLocation"], "resid") === shared, "an action uses another page")),
      ...problem(attr(r, ["DefaultSettings", "SourceLocation"], "DefaultValue") === url, "DefaultSettings page differs from the shared runtime page"),
      ...problem(url === `${o.baseUrl}taskpane.html`, `shared runtime page is ${url}`),
    ];
  },

  "declares custom functions under the namespace CS with script and metadata URLs": (r, o) => {
    const cf = at(r, "VersionOverrides", "Hosts", "Host", "AllFormFactors", "ExtensionPoint");
    const res = resources(r);
    const value = (names: string[]): string | undefined => res.get(attr(cf, names, "resid") ?? "")?.value;
    return [
      ...problem(cf.attrs["xsi:type"] === "CustomFunctions", "no CustomFunctions extension point"),
      ...problem(value(["Namespace"]) === "CS", `namespace is ${value(["Namespace"])}`),
      ...problem(value(["Script", "SourceLocation"]) === `${o.baseUrl}functions.js`, "script is not functions.js"),
      ...problem(value(["Metadata", "SourceLocation"]) === `${o.baseUrl}functions.json`, "metadata is not functions.json"),
    ];
  },

  "puts a button that shows the task pane in a group on the Home tab": (r) => {
    const surface = at(r, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor").children.find(
      (n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "PrimaryCommandSurface",
    );
    if (!surface) return ["no PrimaryCommandSurface"];
    return [
      ...problem(attr(surface, ["OfficeTab"], "id") === "TabHome", "the group is not on the Home tab"),
      ...problem(attr(surface, ["OfficeTab", "Group", "Control"], "xsi:type") === "Button", "no button"),
      ...problem(attr(surface, ["OfficeTab", "Group", "Control", "Action"], "xsi:type") === "ShowTaskpane", "the button does not show the task pane"),
    ];
  },

  "uses https for every URL, all under the base URL": (r, o) => {
    const urls = allUrls(r);
    return [
      ...problem(urls.length > 8, `only ${urls.length} URLs`),
      ...urls.filter((u) => !u.startsWith("https://")).map((u) => `${u} is not https`),
      ...urls.filter((u) => !u.startsWith(o.baseUrl)).map((u) => `${u} is not under ${o.baseUrl}`),
    ];
  },

  "points at icons that exist with the pixel size they are declared with": (r, o) => {
    const res = resources(r);
    const declared: [string, number][] = [
      [attr(r, ["IconUrl"], "DefaultValue") ?? "", 32],
      [attr(r, ["HighResolutionIconUrl"], "DefaultValue") ?? "", 64],
    ];
    for (const img of descendants(at(r, "VersionOverrides", "Hosts")).filter((n) => n.name === "bt:Image")) {
      declared.push([res.get(img.attrs.resid)?.value ?? "", Number(img.attrs.size)]);
    }
    const sizes = new Set(declared.map(([, s]) => s));
    const out = [16, 32, 64, 80].flatMap((s) => problem(sizes.has(s), `no ${s} px icon`));
    for (const [url, size] of declared) {
      const file = fileFor(url, o);
      if (!file || !fs.existsSync(file)) {
        out.push(`icon ${url} has no file`);
        continue;
      }
      const { width, height } = pngSize(file);
      out.push(...problem(width === size && height === size, `${file} is ${width}×${height}, declared ${size}`));
    }
    return out;
  },
};

/** Only with filesExist: every URL names a file the build emitted. */
export const emittedFilesCheck: ManifestCheck = (r, o) =>
  allUrls(r)
    .map((u) => [u, fileFor(u, o)] as const)
    .filter(([, f]) => !f || !fs.existsSync(f))
    .map(([u]) => `${u} has no file under ${o.root}`);

/** All problems of a manifest text (empty = the manifest passes every check). */
export function manifestProblems(xml: string, o: ManifestCheckOptions): string[] {
  const r = parseManifest(xml);
  const checks = Object.values(MANIFEST_CHECKS).concat(o.filesExist ? [emittedFilesCheck] : []);
  return checks.flatMap((check) => check(r, o));
}

/** Declares one jest test per check inside the current describe(); inputs are read lazily. */
export function manifestSuite(xml: () => string, opts: () => ManifestCheckOptions): void {
  let root: XNode | undefined;
  const get = (): XNode => (root ??= parseManifest(xml()));
  for (const [name, check] of Object.entries(MANIFEST_CHECKS)) {
    it(name, () => expect(check(get(), opts())).toEqual([]));
  }
  it("points every URL at a file that exists (when required)", () => {
    const o = opts();
    expect(o.filesExist ? emittedFilesCheck(get(), o) : []).toEqual([]);
  });
}
