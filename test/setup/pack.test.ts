/**
 * The published shape of the command line: `npm pack` → a tarball with the compiled CLI and no
 * sources → installed into an empty folder with its runtime dependencies only, from the local npm
 * cache (`npm ci --offline`: no network; the project's `npm ci` filled the cache) →
 * `npx cs-insight --help`, `--version` and a real report from the sample survey.
 *
 * The empty folder gets a lockfile: the tarball plus the project lock's non-dev entries (the
 * runtime closure, versions and integrity as the project installs them). Without one npm would
 * ask the registry for each dependency's metadata, which `npm ci` never caches.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";

const ROOT = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; dependencies: Record<string, string> };

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Ran> {
  // npm_* from an outer `npm test` (the project's own prefix, package, lifecycle) must not leak into
  // the install; where the cache and the user's npm settings are stays.
  const keep = /^npm_config_(cache|userconfig|globalconfig|registry)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.test(k)));
  return new Promise((done) =>
    execFile(
      cmd,
      args,
      { cwd, env: { ...env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" }, timeout: 240_000, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

let dir: string;
let tarball: string;
let app: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cs-pack-"));
  const packed = await run("npm", ["pack", "--json", "--pack-destination", dir], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; integrity: string; files: { path: string }[] }[];
  tarball = join(dir, info[0].filename);
  files = info[0].files.map((f) => f.path).sort();
  app = join(dir, "app");
  mkdirSync(app);
  const spec = `file:../${info[0].filename}`;
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "empty-app", version: "1.0.0", private: true, dependencies: { [pkg.name]: spec } }, null, 2));
  writeFileSync(join(app, "package-lock.json"), JSON.stringify(appLock(spec, info[0].integrity), null, 2));
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let files: string[] = [];

type LockEntry = { dev?: boolean; devOptional?: boolean; optional?: boolean; link?: boolean; [key: string]: unknown };

/** The empty app's lockfile: the packed tarball, then every runtime entry of the project's lock. */
function appLock(spec: string, integrity: string): object {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { lockfileVersion: number; packages: Record<string, LockEntry> };
  const packages: Record<string, unknown> = {
    "": { name: "empty-app", version: "1.0.0", dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      integrity,
      license: "MIT",
      dependencies: pkg.dependencies,
      bin: { "cs-insight": "bin/cs-insight.js" },
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev || entry.devOptional || entry.link) continue;
    packages[path] = entry;
  }
  return { name: "empty-app", version: "1.0.0", lockfileVersion: lock.lockfileVersion, requires: true, packages };
}

test("the tarball holds the compiled command line, not the sources", () => {
  expect(existsSync(tarball)).toBe(true);
  expect(files).toContain("bin/cs-insight.js");
  expect(files).toContain("lib/cli/main.js");
  expect(files).toContain("lib/engine/csi.js");
  expect(files).toContain("package.json");
  expect(files.filter((f) => /^(src|test|scripts|node_modules)\//.test(f) || f.endsWith(".ts") || f.endsWith(".tsbuildinfo"))).toEqual([]);
});

describe("installed into an empty folder, offline, runtime dependencies only", () => {
  beforeAll(async () => {
    const installed = await run("npm", ["ci", "--offline", "--no-audit", "--no-fund"], app);
    if (installed.code !== 0)
      throw new Error(`npm ci --offline (the packed ${tarball}) failed (is the npm cache filled? run npm ci first):\n${installed.stderr}`);
  }, 240_000);

  test("only the runtime dependencies came along (no React, Fluent UI, office-js, TypeScript, ts-node)", () => {
    const top = readdirSync(join(app, "node_modules"));
    for (const dep of Object.keys(pkg.dependencies)) expect(existsSync(join(app, "node_modules", dep, "package.json"))).toBe(true);
    for (const devOnly of ["react", "react-dom", "@fluentui", "@microsoft", "typescript", "ts-node", "jest", "webpack", "eslint"])
      expect([devOnly, top.includes(devOnly)]).toEqual([devOnly, false]);
  });

  test("npx cs-insight --help and --version", async () => {
    const help = await run("npx", ["--offline", "cs-insight", "--help"], app);
    expect(help.stderr).toBe("");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^cs-insight — customer-satisfaction reports/);
    expect(help.stdout).toContain("  --lang en|zh-CN|es    language of the report (default en)\n");
    const version = await run("npx", ["--offline", "cs-insight", "--version"], app);
    expect(version).toEqual({ code: 0, stdout: `cs-insight ${pkg.version}\n`, stderr: "" });
  }, 60_000);

  test("npx cs-insight report sample.csv --out r.xlsx writes the workbook and the roles file", async () => {
    copyFileSync(join(ROOT, "test/fixtures/sample-survey.csv"), join(app, "sample.csv"));
    const r = await run("npx", ["--offline", "cs-insight", "report", "sample.csv", "--out", "r.xlsx", "--lang", "zh-CN"], app);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Report written: ${join(app, "r.xlsx")}`);
    const zip = await JSZip.loadAsync(readFileSync(join(app, "r.xlsx")));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["概要", "Kano分析", "差距分析", "改进优先级", "细分对比", "趋势"]);
    expect(JSON.parse(readFileSync(join(app, "r.xlsx.roles.json"), "utf8"))).toMatchObject({ survey: "sample.csv" });
    const again = await run("npx", ["--offline", "cs-insight", "report", "sample.csv", "--out", "r.xlsx"], app);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists — pass --force to overwrite it");
  }, 120_000);
});
