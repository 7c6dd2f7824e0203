/**
 * scripts/ensure-system-deps.sh (the first step of `npm test`) run with a fake PATH: a fake `id`
 * says who we are, a fake `apt-get` records its arguments (one call a line) and "installs" by
 * creating the programs the tests look for; chromium, soffice, pdftoppm are absent unless a
 * case puts them there. Then the same script on this machine, checked against dpkg.
 */
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const SCRIPT = resolve(__dirname, "../../scripts/ensure-system-deps.sh");
const ALL = ["chromium", "fonts-noto-cjk", "libreoffice-calc", "poppler-utils"];
const BASH = ["/bin/bash", "/usr/bin/bash"].find((p) => existsSync(p)) ?? "bash";

let dir: string;
let bin: string;
let log: string;

function tool(name: string, body: string): void {
  const p = join(bin, name);
  writeFileSync(p, `#!${BASH}\n${body}\n`);
  chmodSync(p, 0o755);
}

/** A fake apt-get: records "DEBIAN_FRONTEND=… args" and, on install, creates `provides` (node, so it can chmod). */
function fakeAptGet(provides: readonly string[]): void {
  const p = join(bin, "apt-get");
  writeFileSync(
    p,
    `#!${process.execPath}
const fs = require("fs"), path = require("path");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ frontend: process.env.DEBIAN_FRONTEND ?? null, args }) + "\\n");
if (args[0] === "install") for (const name of ${JSON.stringify(provides)}) {
  const body = name === "fc-list" ? 'echo "Noto Sans CJK SC,Noto Sans CJK SC Regular"' : "exit 0";
  fs.writeFileSync(path.join(${JSON.stringify(bin)}, name), "#!${BASH}\\n" + body + "\\n", { mode: 0o755 });
}
`,
  );
  chmodSync(p, 0o755);
}

function aptCalls(): { frontend: string | null; args: string[] }[] {
  return existsSync(log)
    ? readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
    : [];
}

function run(uid: number, env: Record<string, string> = {}, args: string[] = []) {
  tool("id", `[ "$1" = "-u" ] && echo ${uid}`);
  const r = spawnSync(BASH, [SCRIPT, ...args], { env: { PATH: bin, HOME: dir, ...env }, encoding: "utf8", timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EVERYTHING = ["chromium", "soffice", "pdftoppm", "pdftotext", "fc-list"];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cs-ensure-"));
  bin = join(dir, "bin");
  mkdirSync(bin);
  log = join(dir, "apt-get.log");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("as root with nothing installed: apt-get update, then install of the four packages, non-interactive", () => {
  fakeAptGet(EVERYTHING);
  const r = run(0);
  expect(r.code).toBe(0);
  expect(aptCalls()).toEqual([
    { frontend: "noninteractive", args: ["update", "-q"] },
    { frontend: "noninteractive", args: ["install", "-y", "-q", "--no-install-recommends", ...ALL] },
  ]);
  expect(r.stderr).toContain(`installing ${ALL.join(" ")}`);
  expect(r.stdout).toBe("");
});

test("as non-root: prints the exact command and exits 1 at once, apt-get untouched", () => {
  fakeAptGet(EVERYTHING);
  const r = run(1000);
  expect(r.code).toBe(1);
  expect(aptCalls()).toEqual([]);
  expect(r.stderr).toContain(`missing: ${ALL.join(" ")}`);
  expect(r.stderr).toContain(`  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends ${ALL.join(" ")}'\n`);
});

test("only the missing packages are installed", () => {
  for (const name of ["soffice", "pdftoppm", "pdftotext"]) tool(name, "exit 0");
  fakeAptGet(EVERYTHING);
  expect(run(0).code).toBe(0);
  expect(aptCalls().map((c) => c.args)).toEqual([
    ["update", "-q"],
    ["install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-noto-cjk"],
  ]);
});

test("everything present: silent, exit 0, no apt-get even as root", () => {
  for (const name of EVERYTHING.filter((n) => n !== "fc-list")) tool(name, "exit 0");
  tool("fc-list", 'echo "Noto Serif CJK JP,Noto Serif CJK JP Regular"');
  fakeAptGet([]);
  expect(run(0)).toEqual({ code: 0, stdout: "", stderr: "" });
  expect(aptCalls()).toEqual([]);
  expect(run(1000)).toEqual({ code: 0, stdout: "", stderr: "" });
});

test("apt-get that leaves a package unusable is a failure that names it", () => {
  fakeAptGet(["chromium", "fc-list", "soffice"]); // no poppler programs appear
  const r = run(0);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("still not usable: poppler-utils");
});

test("root without apt-get: names the packages, exit 1", () => {
  const r = run(0);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`missing ${ALL.join(" ")} and there is no apt-get here`);
});

test("a deliberate skip is announced and drops its packages from the check", () => {
  fakeAptGet(EVERYTHING);
  const r = run(0, { CS_SKIP_BROWSER: "1" });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("CS_SKIP_BROWSER=1 — the browser suite will be SKIPPED");
  expect(aptCalls()[1].args).toEqual(["install", "-y", "-q", "--no-install-recommends", "fonts-noto-cjk", "libreoffice-calc", "poppler-utils"]);
  expect(run(1000, { CS_SKIP_LIBREOFFICE: "1", CS_SKIP_BROWSER: "1" }, ["--list"]).stdout).toBe("fonts-noto-cjk present\n");
});

test("CHROMIUM_PATH and SOFFICE count as installed, as the suites use them", () => {
  for (const name of ["pdftoppm", "pdftotext", "fc-list"]) tool(name, 'echo "Noto Sans CJK SC"');
  tool("my-chrome", "exit 0");
  tool("my-soffice", "exit 0");
  expect(run(1000, { CHROMIUM_PATH: join(bin, "my-chrome"), SOFFICE: join(bin, "my-soffice") }, ["--list"]).stdout).toBe(
    ALL.map((p) => `${p} present\n`).join(""),
  );
  expect(run(1000, {}, ["--list"]).stdout).toBe("chromium missing\nfonts-noto-cjk present\nlibreoffice-calc missing\npoppler-utils present\n");
});

test("on this machine: what the script sees agrees with dpkg, and npm test's first step passes", () => {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir() };
  const list = spawnSync(BASH, [SCRIPT, "--list"], { env, encoding: "utf8" });
  expect(list.status).toBe(0);
  const seen = Object.fromEntries(
    list.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(" ")),
  );
  expect(Object.keys(seen)).toEqual(ALL);
  const dpkg = spawnSync("dpkg-query", ["-W", "-f=${Package} ${Status}\n", ...ALL], { encoding: "utf8" });
  if (dpkg.error === undefined) {
    // Debian: a package dpkg calls installed must be found (the reverse need not hold: CHROMIUM_PATH, …).
    for (const line of dpkg.stdout.trim().split("\n")) {
      const [pkg, ...status] = line.split(" ");
      if (status.join(" ") === "install ok installed") expect(`${pkg} ${seen[pkg]}`).toBe(`${pkg} present`);
    }
  }
  // These packages are what the browser and LibreOffice suites need: missing here means they would fail.
  expect(Object.entries(seen).filter(([, s]) => s !== "present")).toEqual([]);
});
