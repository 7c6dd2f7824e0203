/**
 * The browser tests' harness (DESIGN §6): builds the task pane (`webpack --mode development`, with
 * office.js served from node_modules at /office-js/) and the fake Excel bundle once per source
 * state — cached in the OS temp folder under a hash of the sources, so several browser test files
 * (and jest workers) share one build — serves it on 127.0.0.1, and opens pages with the fake Excel
 * installed before any page script. No network: every request not to 127.0.0.1 is aborted.
 *
 * Use: `describeBrowser("…", () => { useBrowser(); it(…) })`. Needs Debian's chromium at
 * /usr/bin/chromium (CHROMIUM_PATH overrides); CS_SKIP_BROWSER=1 skips.
 */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { chromium, type Browser, type Page } from "playwright-core";
import type { FakeWorkbookState, SheetSnapshot } from "../fake-excel";

export const repo = path.join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SKIP = process.env.CS_SKIP_BROWSER === "1";
export const ARTIFACTS = path.join(repo, "test-artifacts");
const OFFICE_DIST = path.join(repo, "node_modules", "@microsoft", "office-js", "dist");
export const WIDTH = 340; // Excel's default task pane is ~320–350 px wide

let server: http.Server | undefined;
let origin = "";
let browser: Browser | undefined;
let fakeBundle = "";
/** Uncaught page errors of every page opened (a test expects none). */
export const pageErrors: string[] = [];

/** Runs a command (no shell) and rejects with its output when it fails. */
export function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repo, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${log}`))));
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves the build at / and office.js's dist at /office-js/, nothing outside those folders. */
export function serve(root: string): Promise<string> {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const [base, rel] = url.pathname.startsWith("/office-js/")
      ? [OFFICE_DIST, url.pathname.slice("/office-js/".length)]
      : [root, url.pathname.slice(1) || "taskpane.html"];
    const file = path.resolve(base, decodeURIComponent(rel));
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server!.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

/** The sample survey as Excel would hand it over: numbers as numbers, empty cells as "". */
export function sampleRows(): (string | number)[][] {
  const csv = fs.readFileSync(path.join(repo, "test", "fixtures", "sample-survey.csv"), "utf8");
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`sample-survey.csv: ${parsed.errors[0].message}`);
  return parsed.data.map((row) => row.map((cell) => (cell.trim() !== "" && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
}

/** The sample survey as the fake workbook holds it by default. */
export const surveyRows: (string | number)[][] = sampleRows();

/**
 * A page with the fake Excel installed before office.js, in `displayLanguage` (and Office's theme),
 * offline. The workbook holds the sample survey, or is `workbook` (saveWorkbook's text: a shared
 * workbook a colleague opens, settings and sheet ids included).
 */
export async function openPane(
  displayLanguage: string,
  {
    theme,
    workbook,
    viewport = { width: WIDTH, height: 900 },
  }: { theme?: { bodyBackgroundColor: string; bodyForegroundColor: string }; workbook?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  if (!browser) throw new Error("openPane before startBrowser: call useBrowser() in the describe block");
  const context = await browser.newContext({ viewport, locale: displayLanguage });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient")));
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${displayLanguage}: ${e.message}`));
  const install = `
    (function () {
      if (window !== window.top || !window.__csFake) return; // office.js frames get no workbook
      var f = window.__csFake;
      var state = ${
        workbook === undefined
          ? `f.createWorkbookState({ sheets: [{ name: "Survey", rows: ${JSON.stringify(surveyRows)} }], selection: "Survey!A1" })`
          : `f.openWorkbook(${JSON.stringify(workbook)})`
      };
      window.__csInstalled = f.installFakeGlobals(window, {
        state: state,
        office: { displayLanguage: ${JSON.stringify(displayLanguage)}, theme: ${JSON.stringify(theme ?? {})}, supportedSets: { ExcelApi: "1.12", SharedRuntime: "1.1" } },
      });
    })();`;
  await page.addInitScript({ content: `${fakeBundle}\n${install}` });
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

/** What the page's window holds: the fake's bundle and the installed workbook. */
export type FakeWindow = { __csFake: typeof import("../fake-excel"); __csInstalled: { state: FakeWorkbookState } };

/** Every non-empty cell of one sheet of the page's workbook, keyed by A1 address (sent as one JSON string: the survey has 36,000 cells). */
export const sheetCells = async (page: Page, name: string): Promise<SheetSnapshot> =>
  JSON.parse(
    await page.evaluate((sheet) => {
      const w = window as unknown as FakeWindow;
      return JSON.stringify(w.__csFake.snapshot(w.__csInstalled.state, sheet));
    }, name),
  ) as SheetSnapshot;

/** Addresses whose cell differs between two snapshots (added, removed or changed), in A1 order of `before` then `after`. */
export function changedCells(before: SheetSnapshot, after: SheetSnapshot): string[] {
  const all = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...all].filter((a) => JSON.stringify(before[a]) !== JSON.stringify(after[a]));
}

/** id, branch, quarter, weight, overall, recommend, 10 rating/importance pairs, two Kano pairs (as scripts/bench-apply.ts). */
const LARGE_COLUMNS = [...Array(26).keys(), 46, 47, 48, 49];

/**
 * Makes the page's "Survey" sheet a survey of `respondents` × 30 columns (the sample's columns, its
 * rows repeated, ids R1…), selected at A1; built in the page (no megabytes of JSON over the wire).
 * The column count.
 */
export async function fillSurvey(page: Page, respondents: number): Promise<number> {
  const address = `Survey!A1:${columnName(surveyRows[0].length - 1)}${surveyRows.length}`;
  await page.evaluate(
    ({ address, respondents, columns }) => {
      const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
      const [header, ...data] = f.getValues(w.state, address);
      const body = Array.from({ length: respondents }, (_, i) => columns.map((j) => (j === 0 ? `R${i + 1}` : data[i % data.length][j])));
      w.state.sheets[0].cells.clear();
      f.setCells(w.state, "Survey", "A1", [columns.map((j) => header[j]), ...body]);
      w.state.selection = "Survey!A1";
    },
    { address, respondents, columns: LARGE_COLUMNS },
  );
  return LARGE_COLUMNS.length;
}

/** The page's worksheets, in order, with their ids. */
export const sheetList = (page: Page): Promise<{ id: string; name: string }[]> =>
  page.evaluate(() => (window as unknown as FakeWindow).__csInstalled.state.sheets.map((sh) => ({ id: sh.id, name: sh.name })));

/** Column letters of a 0-based column index (5 → "F", 59 → "BH"). */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The Summary's NPS as Excel would calculate it: the key table's NPS cell holds
 * =100*(promoters−detractors)/SUM(groups) over the NPS groups table (the fake does not
 * calculate), so the formula is read from the sheet and evaluated over the sheet's own cells.
 */
export function summaryNps(summary: SheetSnapshot, label: string): number {
  const at = Object.keys(summary).find((a) => summary[a].value === label);
  if (!at) throw new Error(`no '${label}' on the Summary sheet`);
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(at)!;
  const next = columnName(col.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)); // the column after `col`
  const formula = summary[`${next}${row}`]?.formula ?? "";
  const m = /^=100\*\(\$?([A-Z]+)\$?(\d+)-\$?([A-Z]+)\$?(\d+)\)\/SUM\(\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)\)$/.exec(formula);
  if (!m || m[5] !== m[7]) throw new Error(`the NPS cell ${next}${row} holds '${formula}', not =100*(P-D)/SUM(column range)`);
  const num = (a: string): number => {
    const v = summary[a]?.value;
    if (typeof v !== "number") throw new Error(`${a} holds ${JSON.stringify(v)}, not a count`);
    return v;
  };
  let total = 0;
  for (let r = Number(m[6]); r <= Number(m[8]); r++) total += num(`${m[5]}${r}`);
  return (100 * (num(`${m[1]}${m[2]}`) - num(`${m[3]}${m[4]}`))) / total;
}

/** NPS = 100·(Σw promoters 9–10 − Σw detractors 0–6)/Σw, over rows with a 0–10 score and a positive weight (Reichheld 2003, weighted). */
export function expectedNps(rows: readonly (string | number)[][]): number {
  const [header, ...data] = rows;
  const rec = header.indexOf("Likelihood to recommend (0-10)");
  const wt = header.indexOf("Weight");
  let pro = 0,
    det = 0,
    all = 0;
  for (const row of data) {
    const score = row[rec],
      w = row[wt];
    if (typeof score !== "number" || !Number.isInteger(score) || score < 0 || score > 10 || typeof w !== "number" || !(w > 0)) continue;
    all += w;
    if (score >= 9) pro += w;
    else if (score <= 6) det += w;
  }
  return (100 * (pro - det)) / all;
}

/**
 * Opens a select (a Fluent Dropdown by its accessible name) and picks an option. Right after a
 * folded section opens, its content is still moving and a click can miss the control on a loaded
 * machine: the click is tried again (Escape first) until the list shows, at most three times.
 */
export async function choose(page: Page, select: string, option: string, role: "option" | "menuitemcheckbox" = "option"): Promise<void> {
  await openSelect(page, select, option, role);
  await page.getByRole(role, { name: option, exact: true }).click();
}

/** Opens a select until its list shows `shown` (an option it has), as choose does; the list stays open. */
export async function openSelect(page: Page, select: string, shown: string, role: "option" | "menuitemcheckbox" = "option"): Promise<void> {
  const combobox = page.getByRole("combobox", { name: select, exact: true });
  const item = page.getByRole(role, { name: shown, exact: true });
  for (let attempt = 1; ; attempt++) {
    await combobox.click();
    try {
      await item.waitFor({ timeout: 3000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press("Escape");
    }
  }
}

/** Waits for the task to end; a pane error fails the test with the pane's text and a screenshot. */
export async function finished(page: Page, done: string, errorTitle: string, shot: string): Promise<void> {
  await page.getByText(done).or(page.getByText(errorTitle)).waitFor({ timeout: 60_000 });
  if ((await page.getByText(errorTitle).count()) > 0) {
    await page.screenshot({ path: path.join(ARTIFACTS, shot), fullPage: true });
    throw new Error(`the pane shows an error:\n${await page.locator("main").innerText()}`);
  }
}

// Outside jest (scripts/bench-pane.ts imports the harness) there is no `describe`.
export const describeBrowser: jest.Describe = typeof describe === "undefined" ? (undefined as unknown as jest.Describe) : SKIP ? describe.skip : describe;

/** Every file under `dir` (sorted), for the build hash. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Hash of what the two bundles are built from: a changed source gives a new build. */
function buildHash(): string {
  const h = crypto.createHash("sha1");
  const inputs = [
    ...filesUnder(path.join(repo, "src")),
    ...filesUnder(path.join(repo, "test", "fake-excel")),
    ...filesUnder(path.join(repo, "assets")),
    ...["webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json", path.join("test", "browser", "webpack.fake.js")].map((f) =>
      path.join(repo, f),
    ),
  ];
  for (const f of inputs) if (fs.existsSync(f)) h.update(path.relative(repo, f)).update("\0").update(fs.readFileSync(f));
  return h.digest("hex").slice(0, 16);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The built site and fake bundle for the sources as they are: built by the first test file that
 * asks (a lock folder keeps a second jest worker waiting instead of building too), reused after.
 */
async function build(): Promise<{ site: string; fake: string }> {
  const dir = path.join(os.tmpdir(), `cs-insight-browser-${buildHash()}`);
  const done = path.join(dir, "done");
  const lock = `${dir}.lock`;
  for (let waited = 0; !fs.existsSync(done); waited += 500) {
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch {
      // Another worker builds; a lock older than 5 minutes is a crashed build and is taken over.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      if (waited > 600_000) throw new Error(`waited 10 minutes for the browser build in ${dir}`);
      await sleep(500);
      continue;
    }
    if (mine) {
      try {
        if (!fs.existsSync(done)) {
          fs.rmSync(dir, { recursive: true, force: true });
          const webpack = path.join(repo, "node_modules", ".bin", "webpack");
          const env = { ...process.env, OFFICE_JS_URL: "/office-js/office.js", CS_FAKE_OUT: path.join(dir, "fake") };
          await Promise.all([
            exec(webpack, ["--mode", "development", "--output-path", path.join(dir, "site")], env),
            exec(webpack, ["--config", path.join("test", "browser", "webpack.fake.js")], env),
          ]);
          fs.writeFileSync(done, new Date().toISOString());
        }
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    }
  }
  return { site: path.join(dir, "site"), fake: path.join(dir, "fake", "cs-fake.js") };
}

/** Builds (or reuses the build), serves it and launches Chromium; call in beforeAll. */
export async function startBrowser(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, or set CS_SKIP_BROWSER=1 to skip this test.`,
    );
  }
  const built = await build();
  fakeBundle = fs.readFileSync(built.fake, "utf8");
  origin = await serve(built.site);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}

/** Closes Chromium and the server; call in afterAll. */
export async function stopBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
}

/** Registers startBrowser/stopBrowser around the tests of the enclosing describe. */
export function useBrowser(): void {
  beforeAll(startBrowser, 600_000);
  afterAll(stopBrowser);
}
