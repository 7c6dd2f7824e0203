/**
 * Manager inputs survive Refresh (issue #11 part 2): the author generates the report on the sample,
 * a manager changes a CSI weight on the Summary (and types text into another weight cell) and
 * types a note on the Kano sheet, the workbook is saved and reopened, and Refresh asks before
 * replacing the note — listing its cell. Cancel leaves the workbook exactly as it was; Replace
 * them rebuilds the report with the manager's weights still in their cells, and the Summary's CSI
 * (its formula evaluated over the sheet's cells) equals a weighted CSI computed from the survey's
 * rows with those weights.
 */
import type { Page } from "playwright-core";
import { reportStrings } from "../../src/i18n/report";
import { uiStrings } from "../../src/i18n/ui";
import type { SheetSnapshot } from "../fake-excel";
import { expectClose } from "../helpers/close";
import { describeBrowser, finished, openPane, pageErrors, sheetCells, surveyRows, useBrowser, type FakeWindow } from "./harness";

const snapshotOf = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
    return JSON.stringify(f.workbookSnapshot(w.state));
  });

/** The cell a workbook name points at: its sheet's name and its A1 address. */
const namedCell = (page: Page, name: string): Promise<{ sheet: string; address: string }> =>
  page.evaluate((n) => {
    const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
    const item = w.state.names.find((x) => x.name === n);
    if (!item) throw new Error(`no name ${n}`);
    const sheet = w.state.sheets.find((s) => s.id === item.sheetId);
    return { sheet: sheet ? sheet.name : "#REF!", address: f.cellName(item.area.row, item.area.col) };
  }, name);

const num = (cells: SheetSnapshot, a: string): number => {
  const v = cells[a.replace(/\$/g, "")]?.value;
  if (typeof v !== "number") throw new Error(`${a} holds ${JSON.stringify(v)}, not a number`);
  return v;
};

/** The rows of a column range "F31:F40" (one column). */
function rowsOf(range: string): { col: string; rows: number[] } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m || m[1] !== m[3]) throw new Error(`'${range}' is not one column`);
  return { col: m[1], rows: Array.from({ length: Number(m[4]) - Number(m[2]) + 1 }, (_, i) => Number(m[2]) + i) };
}

/** A "weight used" cell as Excel would calculate =IF(ISNUMBER(w),IF(w>=0,w,d),d). */
function weightUsed(cells: SheetSnapshot, address: string): number {
  const f = cells[address]?.formula ?? "";
  const m = /^=IF\(ISNUMBER\(([A-Z]+\d+)\),IF\(\1>=0,\1,([\d.]+)\),\2\)$/.exec(f);
  if (!m) throw new Error(`${address} holds '${f}', not the weight-used rule`);
  const w = cells[m[1]]?.value;
  return typeof w === "number" && w >= 0 ? w : Number(m[2]);
}

/** The Summary's CSI as Excel would calculate its =100*SUMPRODUCT(means-min,used)/((max-min)*SUM(used)). */
function summaryCsi(cells: SheetSnapshot, label: string): number {
  const at = Object.keys(cells).find((a) => cells[a].value === label && /^A\d+$/.test(a));
  if (!at) throw new Error(`no '${label}' in column A of the Summary`);
  const f = cells[`B${at.slice(1)}`]?.formula ?? "";
  const m = /^=100\*SUMPRODUCT\(([A-Z$]+\d+:[A-Z$]+\d+)-(\d+),([A-Z$]+\d+:[A-Z$]+\d+)\)\/\(\((\d+)-\2\)\*SUM\(\3\)\)$/.exec(f);
  if (!m) throw new Error(`the CSI cell holds '${f}'`);
  const means = rowsOf(m[1]);
  const used = rowsOf(m[3]);
  const [min, max] = [Number(m[2]), Number(m[4])];
  let acc = 0,
    sw = 0;
  means.rows.forEach((r, i) => {
    const w = weightUsed(cells, `${used.col}${used.rows[i]}`);
    acc += w * (num(cells, `${means.col}${r}`) - min);
    sw += w;
  });
  return (100 * acc) / ((max - min) * sw);
}

/** CSI from the survey's rows: case-weighted means of each "<attribute> - satisfaction" column (1–5), weighted by `weights`. */
function expectedCsi(weights: Map<string, number>): number {
  const [header, ...data] = surveyRows;
  const wt = header.indexOf("Weight");
  let acc = 0,
    sw = 0;
  for (const [attribute, w] of weights) {
    const col = header.indexOf(`${attribute} - satisfaction`);
    if (col < 0) throw new Error(`no satisfaction column for ${attribute}`);
    let sum = 0,
      n = 0;
    for (const row of data) {
      const x = row[col],
        cw = row[wt];
      if (typeof x !== "number" || x < 1 || x > 5 || typeof cw !== "number" || !(cw > 0)) continue;
      sum += cw * x;
      n += cw;
    }
    acc += w * (sum / n - 1);
    sw += w;
  }
  return (100 * acc) / (4 * sw);
}

describeBrowser("Manager inputs survive Refresh (headless Chromium, fake Excel)", () => {
  useBrowser();

  it("an edited CSI weight is kept and used; a note on a report sheet is asked about; Cancel changes nothing", async () => {
    const s = uiStrings("en");
    const t = reportStrings("en");
    const author = await openPane("en-US");
    await author.getByRole("button", { name: s.start.useSelection }).click();
    await author.getByRole("button", { name: s.generate.button }).click();
    await finished(author, s.done.title, s.errors.generateTitle, "inputs-generate-error.png");

    // The manager: the first CSI weight 1 → 3, the second one typed as text, a note on the Kano sheet.
    const inputs = await author.evaluate(() => {
      const w = (window as unknown as FakeWindow).__csInstalled;
      return (w.state.settings.get("csInsight.recipe") as { inputs: { key: string; name: string }[] }).inputs;
    });
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    const [heavy, typed] = [await namedCell(author, inputs[0].name), await namedCell(author, inputs[1].name)];
    expect(heavy.sheet).toBe(t.sheetNames.summary);
    const kanoBefore = await sheetCells(author, t.sheetNames.kano);
    expect(kanoBefore.Z5).toBeUndefined();
    const saved = await author.evaluate(
      ({ summary, kano, weightAt, textAt }) => {
        const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
        f.setCells(w.state, summary, weightAt, [[3]]);
        f.setCells(w.state, summary, textAt, [["double"]]);
        f.setCells(w.state, kano, "Z5", [["Ask the branches about video banking"]]);
        return f.saveWorkbook(w.state);
      },
      { summary: heavy.sheet, kano: t.sheetNames.kano, weightAt: heavy.address, textAt: typed.address },
    );
    await author.context().close();

    const page = await openPane("en-US", { workbook: saved });
    const refresh = page.getByRole("button", { name: s.start.refresh, exact: true });
    await refresh.waitFor();
    const before = await snapshotOf(page);

    // Refresh asks, naming the note's cell (the weights are inputs, not edits), and Cancel leaves everything as it was.
    await refresh.click();
    await page.getByText(s.edited.title).waitFor({ timeout: 60_000 });
    const question = await page.getByText(s.edited.title).locator("xpath=ancestor::*[contains(@class,'fui-MessageBar')][1]").innerText();
    expect(question).toContain(`${t.sheetNames.kano}!Z5`);
    expect(question).not.toContain(`${t.sheetNames.summary}!`);
    await page.getByRole("button", { name: s.edited.cancel }).click();
    await expect(page.getByText(s.edited.title).count()).resolves.toBe(0);
    expect(await snapshotOf(page)).toBe(before);

    // Refresh again, Replace them: the note goes, the weights stay in their (named) cells, the CSI uses them.
    await refresh.click();
    await page.getByRole("button", { name: s.edited.replace }).click();
    await finished(page, s.done.title, s.errors.refreshTitle, "inputs-refresh-error.png");
    expect((await sheetCells(page, t.sheetNames.kano)).Z5).toBeUndefined();
    const summary = await sheetCells(page, t.sheetNames.summary);
    const weightCell = await namedCell(page, inputs[0].name);
    expect(weightCell).toEqual(heavy);
    expect(summary[heavy.address].value).toBe(3);
    expect(summary[typed.address].value).toBe("double");

    // The means table's attributes (column A of the weight rows) with the manager's weights: 3, text → 1, the rest 1.
    const weights = new Map<string, number>();
    for (const input of inputs) {
      const at = await namedCell(page, input.name);
      const attribute = String(summary[`A${at.address.slice(1)}`].value);
      weights.set(attribute, input.name === inputs[0].name ? 3 : 1);
    }
    const csi = summaryCsi(summary, t.summary.csi);
    expectClose(csi, expectedCsi(weights), 1e-9);
    // …and it is not the equal-weights CSI the report had before.
    expect(Math.abs(csi - expectedCsi(new Map([...weights.keys()].map((k) => [k, 1]))))).toBeGreaterThan(0.01);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
