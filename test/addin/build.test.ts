/**
 * The production build: one `webpack --mode production` run (the slow test, ~10–30 s) into a temp
 * folder, so it never races a dist/ that browser tests may be serving. Same config as `npm run build`.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LOCALIZED_METADATA, localizeMetadata, type Catalogue, type FunctionsMetadata } from "../../src/functions/i18n/localize";
import { manifestProblems, manifestSuite, type ManifestCheckOptions } from "./manifestChecks";

const repo = path.join(__dirname, "..", "..");
const PROD_URL = "https://cs-insight.example.com/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let out = "";
let log = "";
const read = (f: string): string => fs.readFileSync(path.join(out, f), "utf8");

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "cs-insight-dist-"));
  const env = { ...process.env };
  delete env.CS_INSIGHT_URL; // test the defaults
  delete env.OFFICE_JS_URL;
  const webpack = path.join(repo, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const run = spawnSync(webpack, ["--mode", "production", "--output-path", out], { cwd: repo, env, encoding: "utf8" });
  log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`webpack failed (exit ${run.status}):\n${log}`);
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("npm run build (webpack --mode production)", () => {
  it("compiles without errors or warnings", () => {
    expect(log).toMatch(/compiled successfully/);
    expect(log).not.toMatch(/WARNING|ERROR/);
  });

  it("emits the task pane page, both bundles, the metadata, the icons, the help page and the manifest, without source maps", () => {
    for (const f of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "help.html", "manifest.xml"]) {
      expect({ f, exists: fs.existsSync(path.join(out, f)) }).toEqual({ f, exists: true });
    }
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(out, "assets", `icon-${size}.png`))).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("bundles the help page the pane links to, with a part per pane language (issue #11)", () => {
    const html = read("help.html");
    // minified in production: attribute quotes may go
    for (const lang of ["en", "zh-CN", "es"]) expect(html).toMatch(new RegExp(`<section id="?${lang}"? lang="?${lang}"?>`));
    expect(html).toContain("README.md");
  });

  // taskpane.js was 1.00 MiB before issue #15: the pane carries the message and report catalogues
  // of three languages, which grow with each method (raking, Kano importance, the PLS model's texts).
  it("keeps the bundles lean (budget: taskpane.js < 1.1 MiB, functions.js < 512 KiB)", () => {
    expect(fs.statSync(path.join(out, "taskpane.js")).size).toBeLessThan(1.1 * 1024 * 1024);
    expect(fs.statSync(path.join(out, "functions.js")).size).toBeLessThan(512 * 1024);
  });

  it("loads office.js from Microsoft's CDN first, then the task pane and functions bundles (shared runtime)", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([OFFICE_JS, "taskpane.js", "functions.js"]);
    expect(html).toMatch(/<div id="?root"?>/);
  });

  it("writes functions.json with functions, each associated in functions.js", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; name: string }[] };
    expect(meta.functions.length).toBeGreaterThan(0);
    const js = read("functions.js");
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
    }
  });

  it("writes functions.zh-CN.json and functions.es.json: functions.json with the catalogues' descriptions", () => {
    const meta = JSON.parse(read("functions.json")) as FunctionsMetadata;
    expect(LOCALIZED_METADATA.map((m) => m.output)).toEqual(["functions.zh-CN.json", "functions.es.json"]);
    for (const m of LOCALIZED_METADATA) {
      const localized = JSON.parse(read(m.output)) as FunctionsMetadata;
      const catalogue = JSON.parse(fs.readFileSync(path.join(repo, "src", "functions", "i18n", m.catalogue), "utf8")) as Catalogue;
      expect(localized).toEqual(localizeMetadata(meta, catalogue));
      expect(localized.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    }
    expect(JSON.parse(read("functions.zh-CN.json")).functions[0].description).toMatch(/^顾客满意度指数/);
    expect(JSON.parse(read("functions.es.json")).functions[0].description).toMatch(/^Índice de satisfacción del cliente/);
  });

  it("rewrites the manifest for production: no localhost, the production URL everywhere, the localized metadata too", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain(`${PROD_URL}taskpane.html`);
    expect(xml).toContain(`<bt:Override Locale="zh-CN" Value="${PROD_URL}functions.zh-CN.json"/>`);
    expect(xml).toContain(`<bt:Override Locale="es-ES" Value="${PROD_URL}functions.es.json"/>`);
    expect(xml).toContain(`<Override Locale="zh-CN" Value="CS Insight 顾客满意度分析"/>`);
    expect(xml).toMatch(/Generated by `npm run build`/);
  });

  describe("dist/manifest.xml passes the manifest checks", () => {
    manifestSuite(
      () => read("manifest.xml"),
      (): ManifestCheckOptions => ({ root: out, baseUrl: PROD_URL, filesExist: true }),
    );
  });
});

describe("productionManifest (the manifest transform of webpack.config.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js") as {
    productionManifest: (xml: string) => string;
    productionUrl: () => string;
  };
  const saved = process.env.CS_INSIGHT_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.CS_INSIGHT_URL;
    else process.env.CS_INSIGHT_URL = saved;
  });
  const devXml = (): string => fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");

  it("takes the URL from CS_INSIGHT_URL, adding the trailing slash", () => {
    process.env.CS_INSIGHT_URL = "https://addins.contoso.test/cs";
    const xml = config.productionManifest(devXml());
    expect(xml).not.toMatch(/localhost/);
    expect(manifestProblems(xml, { root: repo, baseUrl: "https://addins.contoso.test/cs/" })).toEqual([]);
  });

  it("refuses a non-https production URL", () => {
    process.env.CS_INSIGHT_URL = "http://insecure.test/";
    expect(() => config.productionUrl()).toThrow(/must be an https URL/);
  });
});
