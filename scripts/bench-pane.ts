/**
 * Task pane responsiveness (issue #11): the pane built and served as the browser tests do
 * (test/browser/harness.ts: headless Chromium, the fake Excel), a survey of N respondents × 30
 * columns (the sample survey's columns, its rows repeated) in the fake workbook, then Use selection
 * and Generate report. A PerformanceObserver({ type: "longtask" }) in the page records every main-
 * thread task over 50 ms; printed per phase: the longest, how many exceed 200 ms, and the time —
 * the pane's tasks apart from the fake Excel's (whose work is Excel's, off the pane's thread).
 *
 *   npm run bench:pane [-- rows=100000]     (CS_BENCH_NO_GENERATE=1: Use selection only)
 */
import { uiStrings } from "../src/i18n/ui";
import { columnName, openPane, startBrowser, stopBrowser, surveyRows, type FakeWindow } from "../test/browser/harness";

const ROWS = Number(process.argv[2] ?? 100_000);
/** id, branch, quarter, weight, overall, recommend, 10 rating/importance pairs, two Kano pairs (as scripts/bench-apply.ts). */
const COLUMNS = [...Array(26).keys(), 46, 47, 48, 49];
const LIMIT_MS = 200;

type Page = Awaited<ReturnType<typeof openPane>>;

/** Builds the survey in the page from the sample already on its "Survey" sheet (no 15 MB of JSON over the wire). */
async function fillSurvey(page: Page, rows: number): Promise<void> {
  const address = `Survey!A1:${columnName(surveyRows[0].length - 1)}${surveyRows.length}`;
  await page.evaluate(
    ({ address, rows, columns }) => {
      const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
      const [header, ...data] = f.getValues(w.state, address);
      const body = Array.from({ length: rows }, (_, i) => columns.map((j) => (j === 0 ? `R${i + 1}` : data[i % data.length][j])));
      w.state.sheets[0].cells.clear();
      f.setCells(w.state, "Survey", "A1", [columns.map((j) => header[j]), ...body]);
      w.state.selection = "Survey!A1";
      // Excel's round trips are asynchronous IPC; the fake's default resolves in a microtask, which
      // would make the whole chunked read one task of the page. 1 ms makes each sync a task of its own.
      w.state.latencyMs = 1;
      w.state.hostWork = [];
    },
    { address, rows, columns: COLUMNS },
  );
}

interface Task {
  start: number;
  ms: number;
}

/**
 * Starts recording long tasks in the page; `take` returns those since then (and clears them), split
 * into the pane's and the fake Excel's: a task in which the fake's operations ran for at least half
 * of it is the fake's (in Excel that work is the host's, off the pane's thread).
 */
async function recordLongTasks(page: Page): Promise<() => Promise<{ pane: Task[]; host: Task[] }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask" });
  });
  return async () => {
    const { tasks, host } = await page.evaluate(() => {
      const w = window as unknown as FakeWindow & { __longTasks: Task[] };
      const work = w.__csInstalled.state.hostWork ?? [];
      return { tasks: w.__longTasks.splice(0), host: work.splice(0) };
    });
    const hostMs = (t: Task): number => host.filter((h) => h.start >= t.start - 1 && h.start + h.ms <= t.start + t.ms + 1).reduce((sum, h) => sum + h.ms, 0);
    const isHost = (t: Task): boolean => hostMs(t) >= t.ms / 2;
    return { pane: tasks.filter((t) => !isHost(t)), host: tasks.filter(isHost) };
  };
}

/** Waits until the last observer entries are delivered. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(500);

function line(phase: string, ms: number, tasks: Task[]): string {
  const longest = Math.max(0, ...tasks.map((t) => t.ms));
  const over = tasks.filter((t) => t.ms > LIMIT_MS).length;
  return `${phase.padEnd(22)} ${String(Math.round(ms)).padStart(6)} ms total, longest task ${String(Math.round(longest)).padStart(5)} ms, ${over} over ${LIMIT_MS} ms (${tasks.length} over 50 ms)`;
}

function report(phase: string, ms: number, tasks: { pane: Task[]; host: Task[] }): void {
  console.log(line(`${phase}: pane`, ms, tasks.pane));
  console.log(line(`${phase}: fake Excel`, ms, tasks.host));
}

async function main(): Promise<void> {
  const s = uiStrings("en");
  await startBrowser();
  try {
    const page = await openPane("en-US");
    const useSelection = page.getByRole("button", { name: s.start.useSelection });
    await useSelection.waitFor();
    await fillSurvey(page, ROWS);
    const take = await recordLongTasks(page);
    console.log(`pane bench: ${ROWS.toLocaleString("en")} respondents × ${COLUMNS.length} columns, fake Excel, headless Chromium (development build)`);

    let t = Date.now();
    await useSelection.click();
    const generate = page.getByRole("button", { name: s.generate.button });
    await generate.waitFor({ timeout: 600_000 });
    const readMs = Date.now() - t;
    await settle(page);
    const readTasks = await take();
    report("Use selection", readMs, readTasks);

    if (process.env.CS_BENCH_NO_GENERATE !== "1") {
      t = Date.now();
      await generate.click();
      await page.getByText(s.done.title).or(page.getByText(s.errors.generateTitle)).waitFor({ timeout: 600_000 });
      const genMs = Date.now() - t;
      if ((await page.getByText(s.errors.generateTitle).count()) > 0) throw new Error(`Generate failed:\n${await page.locator("main").innerText()}`);
      await settle(page);
      const genTasks = await take();
      report("Generate", genMs, genTasks);
      report("both", readMs + genMs, { pane: [...readTasks.pane, ...genTasks.pane], host: [...readTasks.host, ...genTasks.host] });
    }
  } finally {
    await stopBrowser();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
