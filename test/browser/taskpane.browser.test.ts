/**
 * The built task pane in headless Chromium (DESIGN §6): the page as `npm run build:dev` makes it
 * (office.js from node_modules served at /office-js/), the fake Excel runtime injected before any
 * page script with a workbook holding the sample survey; click Use selection → the roles table →
 * Generate report → the sheet links; then the fake workbook must hold the five report sheets with
 * their tables and charts. A second page in zh-CN must speak Chinese, down to the skipped cells of
 * the report it generates. Screenshots go to
 * test-artifacts/ (git-ignored). No network: every request not to 127.0.0.1 is aborted.
 *
 * Needs Debian's chromium at /usr/bin/chromium (CHROMIUM_PATH overrides); CS_SKIP_BROWSER=1 skips.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { chromium, type Browser, type Page } from "playwright-core";
import { uiStrings } from "../../src/i18n/ui";
import { reportStrings } from "../../src/i18n/report";

const repo = path.join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SKIP = process.env.CS_SKIP_BROWSER === "1";
const ARTIFACTS = path.join(repo, "test-artifacts");
const OFFICE_DIST = path.join(repo, "node_modules", "@microsoft", "office-js", "dist");
const WIDTH = 340; // Excel's default task pane is ~320–350 px wide

let out = "";
let server: http.Server | undefined;
let origin = "";
let browser: Browser | undefined;
let fakeBundle = "";
let surveyRows: (string | number)[][] = [];
const pageErrors: string[] = [];

/** Runs a command (no shell) and rejects with its output when it fails. */
function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
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
function serve(root: string): Promise<string> {
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
function sampleRows(): (string | number)[][] {
  const csv = fs.readFileSync(path.join(repo, "test", "fixtures", "sample-survey.csv"), "utf8");
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`sample-survey.csv: ${parsed.errors[0].message}`);
  return parsed.data.map((row) => row.map((cell) => (cell.trim() !== "" && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
}

/** A page with the fake Excel installed before office.js, in `displayLanguage` (and Office's theme), offline. */
async function openPane(displayLanguage: string, theme?: { bodyBackgroundColor: string; bodyForegroundColor: string }): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: WIDTH, height: 900 }, locale: displayLanguage });
  await context.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${displayLanguage}: ${e.message}`));
  const install = `
    (function () {
      if (window !== window.top || !window.__csFake) return; // office.js frames get no workbook
      var f = window.__csFake;
      var state = f.createWorkbookState({ sheets: [{ name: "Survey", rows: ${JSON.stringify(surveyRows)} }], selection: "Survey!A1" });
      window.__csInstalled = f.installFakeGlobals(window, {
        state: state,
        office: { displayLanguage: ${JSON.stringify(displayLanguage)}, theme: ${JSON.stringify(theme ?? {})}, supportedSets: { ExcelApi: "1.12", SharedRuntime: "1.1" } },
      });
    })();`;
  await page.addInitScript({ content: `${fakeBundle}\n${install}` });
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

const describeBrowser = SKIP ? describe.skip : describe;

describeBrowser("task pane in headless Chromium (fake Excel)", () => {
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, or set CS_SKIP_BROWSER=1 to skip this test.`);
    }
    out = fs.mkdtempSync(path.join(os.tmpdir(), "cs-insight-browser-"));
    const webpack = path.join(repo, "node_modules", ".bin", "webpack");
    const env = { ...process.env, OFFICE_JS_URL: "/office-js/office.js", CS_FAKE_OUT: path.join(out, "fake") };
    await Promise.all([
      exec(webpack, ["--mode", "development", "--output-path", path.join(out, "site")], env),
      exec(webpack, ["--config", path.join("test", "browser", "webpack.fake.js")], env),
    ]);
    fakeBundle = fs.readFileSync(path.join(out, "fake", "cs-fake.js"), "utf8");
    surveyRows = sampleRows();
    origin = await serve(path.join(out, "site"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("reads the selection, maps the columns, generates the report and links its sheets (en)", async () => {
    const s = uiStrings("en");
    const page = await openPane("en-US");
    await page.getByRole("button", { name: s.start.useSelection }).click();

    // The roles table: 60 columns, each with a role dropdown; Branch proposed as a segment.
    const table = page.getByRole("region", { name: s.columns.tableLabel });
    await table.waitFor();
    await expect(page.getByRole("combobox", { name: /^Role of / }).count()).resolves.toBe(60);
    await expect(page.getByRole("combobox", { name: "Role of Branch", exact: true }).textContent()).resolves.toContain(s.roles.segment);
    await expect(page.getByText("'Survey'!A1:BH601: 600 respondents, 60 columns").count()).resolves.toBe(1);

    await page.getByRole("button", { name: s.generate.button }).click();
    const t = reportStrings("en");
    const names = [t.sheetNames.summary, t.sheetNames.kano, t.sheetNames.gap, t.sheetNames.priority, t.sheetNames.segments];
    const links = page.getByRole("button", { name: /^Open sheet / });
    await page.getByText(s.done.title).or(page.getByText(s.errors.generateTitle)).waitFor({ timeout: 60_000 });
    if ((await page.getByText(s.errors.generateTitle).count()) > 0) {
      await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en-error.png"), fullPage: true });
      throw new Error(`the pane shows an error:\n${await page.locator("main").innerText()}`);
    }
    await expect(links.allTextContents()).resolves.toEqual(names);

    const book = await page.evaluate(() => {
      const installed = (window as unknown as { __csInstalled: { state: import("../fake-excel").FakeWorkbookState } }).__csInstalled;
      return installed.state.sheets.map((sh) => ({ name: sh.name, cells: sh.cells.size, tables: sh.tables.length, charts: sh.charts.length }));
    });
    expect(book.map((b) => b.name)).toEqual(["Survey", ...names]);
    for (const sheet of book.slice(1)) {
      expect({ sheet: sheet.name, hasTable: sheet.tables > 0, hasChart: sheet.charts > 0, hasCells: sheet.cells > 10 }).toEqual({
        sheet: sheet.name, hasTable: true, hasChart: true, hasCells: true,
      });
    }

    // A sheet link activates its sheet.
    await links.filter({ hasText: t.sheetNames.kano }).click();
    await expect(
      page.evaluate(() => {
        const st = (window as unknown as { __csInstalled: { state: import("../fake-excel").FakeWorkbookState } }).__csInstalled.state;
        return st.sheets.find((sh) => sh.id === st.activeSheetId)?.name;
      }),
    ).resolves.toBe(t.sheetNames.kano);

    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("speaks Chinese when Office's display language is zh-CN", async () => {
    const s = uiStrings("zh-CN");
    const page = await openPane("zh-CN");
    await page.getByRole("button", { name: s.start.useSelection }).waitFor();
    await expect(page.getByText(s.start.heading, { exact: true }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: s.start.useSelection }).click();
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    await expect(page.getByRole("button", { name: s.generate.button }).count()).resolves.toBe(1);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBeDefined();
    // Generate: the skipped cells are listed in Chinese, like the rest of the pane.
    await page.getByRole("button", { name: s.generate.button }).click();
    await page.getByText(s.done.title).or(page.getByText(s.errors.generateTitle)).waitFor({ timeout: 60_000 });
    const skipped = await page.locator("section[aria-labelledby='cs-result'] li").allInnerTexts();
    const problems = skipped.filter((t) => t.startsWith("第 "));
    expect(problems[0]).toBe("第 15 行，第 5 列：“Very satisifed”不是 1–5 量表上的回答");
    expect(problems).toHaveLength(4);
    for (const p of problems) expect(p.replace(/“[^”]*”/g, "").replace("Kano", "")).not.toMatch(/[A-Za-z]/);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh-CN.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("works from the keyboard, in Spanish, in Office's dark theme", async () => {
    const s = uiStrings("es");
    const page = await openPane("es-ES", { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" });
    await page.getByRole("button", { name: s.start.useSelection }).waitFor();
    // Focus order: the language picker, then Use selection.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("combobox");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(s.start.useSelection);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
    // Focus moves to what was read; the next Tab stops reach the table's role dropdowns.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/600 encuestados, 60 columnas$/);
    await page.keyboard.press("Tab"); // the scrolling table region
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Rol de Respondent ID");
    await expect(page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor)).resolves.toBe("rgb(41, 41, 41)");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-es-dark.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
