/**
 * Accessibility scan (issue #11 and the accessibility Done-when): axe-core, injected from
 * node_modules (no network), scans the whole document — Fluent's popups are portals outside
 * <main> — in en, zh-CN and es, light and dark, at each state of the flow: first run, the roles
 * table after Use selection, a role dropdown open, the written report, a read error and the
 * nothing-to-analyse warning. No violation of impact "serious" or "critical" may remain. Beside
 * the scan it checks what a scan cannot: in dark theme the open listbox has an edge of contrast
 * ≥ 3:1 against the page (WCAG 1.4.11; light theme too), an error is announced (role="alert"), focus moves to its
 * title, the body is apart and below it, a skipped cell is named by its address and selects that
 * cell, and <html lang> follows the pane language (Office's, then the pane's picker).
 * One browser; one page per language × theme, walked through every state.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { format, uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { contrastRatio, parseCssColor } from "./contrast";
import { reportStrings } from "../../src/i18n/report";
import { ARTIFACTS, choose, describeBrowser, finished, openPane, openSelect, pageErrors, repo, useBrowser, type FakeWindow } from "./harness";

const AXE = path.join(repo, "node_modules", "axe-core", "axe.min.js");
/** The roles table's scrolling region: scanned in the "roles table" state, the same in later ones. */
const ROLES_TABLE = '[role="region"]';
/** Its rows but the one whose dropdown is open (the open combobox and its listbox are what is new). */
const OTHER_ROWS = '[role="region"] tbody tr:not(:has([aria-expanded="true"]))';
const DARK = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" };
const LIGHT = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] }[];
}
type Axe = { run(ctx: unknown, opts: object): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> };

/**
 * The scroller of the roles table and its sticky header hide rows from axe's contrast check
 * ("partially obscured": left undecided, i.e. unchecked); for that check the region is shown at
 * full height and the header unstuck. Only geometry changes, no colour.
 */
const UNCLIP = `[role="region"] { max-height: none !important; overflow: visible !important; } thead th { position: static !important; }`;

/** Where a scan looks: CSS selectors (see seriousProblems). */
interface ScanScope {
  contrastIn?: string;
  exclude?: string[];
}

/** What the page reports of one axe result (a rule and its nodes). */
interface Finding {
  kind: "violation" | "undecided";
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string; message: string; fg?: string; bg?: string; large?: boolean }[];
}

/**
 * Runs axe over the document and returns, one line each, the serious and critical violations and
 * the serious and critical checks axe left undecided (e.g. an aria-labelledby naming no element).
 * `exclude`: parts already scanned in an earlier state and unchanged since (the 60-row roles table
 * takes most of a scan's time). Colour contrast runs in a second pass over `contrastIn` (the document with the roles table
 * unclipped, or an open popup where it is: what it covers is rightly "overlapped"); a text axe
 * could not decide is measured here — its colour against its nearest opaque ancestor's
 * background — and fails below 4.5:1 (3:1 for large text, WCAG 1.4.3).
 */
async function seriousProblems(page: Page, { contrastIn = "html", exclude = [] }: ScanScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  // Colours mid-transition (a button leaving its disabled look) are not the state to judge: wait for finite animations to end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const findings: Finding[] = await page.evaluate(
    async ({ unclip, contrastIn, exclude }) => {
      const axe = (window as unknown as { axe: Axe }).axe;
      const brief =
        (kind: Finding["kind"]) =>
        (v: AxeResult): Finding => ({
          kind,
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: String(n.target[0]), message: [...n.any, ...n.all, ...n.none].map((c) => c.message).join("; ") })),
        });
      /** The text's colour, its nearest opaque background and whether it is large (24 px, or 18.66 px bold). */
      const measure = (node: Finding["nodes"][number]): void => {
        const el = document.querySelector(node.target);
        if (!el) return;
        const cs = getComputedStyle(el);
        node.fg = cs.color;
        node.large = parseFloat(cs.fontSize) >= 24 || (parseFloat(cs.fontSize) >= 18.66 && Number(cs.fontWeight) >= 700);
        for (let a: Element | null = el; a; a = a.parentElement) {
          const bg = getComputedStyle(a).backgroundColor;
          if (bg !== "transparent" && !/rgba\(.*,\s*0\)$/.test(bg)) {
            node.bg = bg;
            break;
          }
        }
      };
      const all = await axe.run({ include: ["html"], exclude }, { resultTypes: ["violations", "incomplete"], rules: { "color-contrast": { enabled: false } } });
      const style = document.createElement("style");
      style.textContent = contrastIn === "html" ? unclip : "";
      document.head.appendChild(style);
      try {
        const contrast = await axe.run({ include: [contrastIn], exclude }, { runOnly: ["color-contrast"], resultTypes: ["violations", "incomplete"] });
        const undecided = contrast.incomplete.map(brief("undecided"));
        undecided.forEach((f) => f.nodes.forEach(measure));
        return [
          ...all.violations.map(brief("violation")),
          ...all.incomplete.map(brief("undecided")),
          ...contrast.violations.map(brief("violation")),
          ...undecided,
        ];
      } finally {
        style.remove();
      }
    },
    { unclip: UNCLIP, contrastIn, exclude },
  );
  const lines: string[] = [];
  for (const f of findings.filter((v) => v.impact === "serious" || v.impact === "critical")) {
    let nodes = f.nodes;
    if (f.kind === "undecided" && f.id === "color-contrast") {
      nodes = nodes.filter((n) => !n.fg || !n.bg || contrastRatio(parseCssColor(n.fg), parseCssColor(n.bg)) < (n.large ? 3 : 4.5));
      nodes.forEach((n) => (n.message += ` — measured ${n.fg} on ${n.bg}`));
    }
    if (nodes.length > 0) lines.push(`${f.impact} ${f.id} (${f.kind}): ${f.help} — ${nodes.map((n) => `${n.target} (${n.message})`).join(", ")}`);
  }
  return lines;
}

/** Scans and fails with the state's name and every serious/critical problem. */
async function expectClean(page: Page, state: string, scope?: ScanScope): Promise<void> {
  const found = await seriousProblems(page, scope);
  if (found.length > 0) throw new Error(`${state}: ${found.length} serious/critical axe finding(s):\n${found.join("\n")}`);
}

const CASES: { display: string; lang: UiLanguage }[] = [
  { display: "en-US", lang: "en" },
  { display: "zh-CN", lang: "zh-CN" },
  { display: "es-ES", lang: "es" },
];

describeBrowser("accessibility scan (axe-core, headless Chromium, fake Excel)", () => {
  useBrowser();

  for (const { display, lang } of CASES) {
    for (const [themeName, theme] of [
      ["light", LIGHT],
      ["dark", DARK],
    ] as const) {
      it(`${lang}, ${themeName}: no serious or critical violation in any state`, async () => {
        const s = uiStrings(lang);
        const page = await openPane(display, { theme });
        const where = (state: string): string => `${lang} ${themeName} ${state}`;
        try {
          await page.getByRole("button", { name: s.start.useSelection }).waitFor();
          await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
          // The scan sees what it should: a nameless button planted for the check is reported.
          await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<button id="cs-axe-probe"></button>'));
          await expect(seriousProblems(page)).resolves.toEqual([expect.stringMatching(/^critical button-name \(violation\): .*#cs-axe-probe/)]);
          await page.evaluate(() => document.getElementById("cs-axe-probe")?.remove());
          await expectClean(page, where("first run"));

          // Use selection on the sample: the roles table and the options.
          await page.getByRole("button", { name: s.start.useSelection }).click();
          await page.getByRole("region", { name: s.columns.tableLabel }).waitFor();
          await expectClean(page, where("roles table"));

          // A role dropdown open (its listbox is a portal).
          const role = page.getByRole("combobox", { name: format(s.columns.roleLabel, { header: "Branch" }), exact: true });
          await role.click();
          const listbox = page.getByRole("listbox");
          await listbox.waitFor();
          await expectClean(page, where("role dropdown open"), { contrastIn: "[role=listbox]", exclude: [OTHER_ROWS] });
          // WCAG 1.4.11: the popup's edge stands out from the page (≥ 3:1) on all four sides. Dark
          // theme is where Fluent's shadow alone fails; light is held to the same.
          const edges = await listbox.evaluate((el) => {
            const cs = getComputedStyle(el);
            return ["Top", "Right", "Bottom", "Left"].map((side) => ({
              side,
              color: cs.getPropertyValue(`border-${side.toLowerCase()}-color`),
              width: parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)),
              style: cs.getPropertyValue(`border-${side.toLowerCase()}-style`),
              page: getComputedStyle(document.querySelector("main")!).backgroundColor,
            }));
          });
          for (const e of edges) {
            const ratio = contrastRatio(parseCssColor(e.color), parseCssColor(e.page));
            expect({ side: e.side, visible: e.style !== "none" && e.width >= 1, enough: ratio >= 3, ratio: Math.round(ratio * 100) / 100 }).toEqual({
              side: e.side,
              visible: true,
              enough: true,
              ratio: expect.any(Number),
            });
          }
          await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${lang}-${themeName}-listbox.png`) });
          await page.keyboard.press("Escape");
          await listbox.waitFor({ state: "hidden" });

          // More options with a satisfaction model chosen (issue #15): the per-construct columns and the preview.
          const model = reportStrings(lang).model;
          await page.getByRole("button", { name: s.options.more, exact: true }).click();
          await choose(page, s.options.model, model.templates.ecsi);
          await page.getByRole("list", { name: s.options.modelPreview }).waitFor();
          await expectClean(page, where("satisfaction model chosen"), { exclude: [ROLES_TABLE] });
          // A construct's columns open (a multiselect: a menu of checkable items, a portal).
          await openSelect(page, model.constructNames.value, "Fees - satisfaction", "menuitemcheckbox");
          await expectClean(page, where("model columns open"), { contrastIn: "[role=menu]", exclude: [ROLES_TABLE] });
          await page.keyboard.press("Escape");
          await page.getByRole("menu").waitFor({ state: "hidden" });

          // Generate: the written report.
          await page.getByRole("button", { name: s.generate.button }).click();
          await finished(page, s.done.title, s.errors.generateTitle, `a11y-${lang}-${themeName}-error.png`);
          await expectClean(page, where("report written"), { exclude: [ROLES_TABLE] });
          // A skipped cell is named by its A1 address and selects that cell.
          await page.getByRole("button", { name: format(s.done.selectCell, { cell: "Survey!E15" }), exact: true }).click();
          await expect(page.evaluate(() => (window as unknown as FakeWindow).__csInstalled.state.selection)).resolves.toBe("Survey!E15");

          // An error: Change selection on an empty sheet.
          await page.evaluate(() => {
            const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
            w.state.sheets.push(f.newSheet(w.state, "Empty"));
            w.state.selection = "Empty!A1";
          });
          // From the keyboard, so the focus moved to the error shows its ring (:focus-visible).
          await page.getByRole("button", { name: s.start.changeSelection }).focus();
          await page.keyboard.press("Enter");
          const alert = page.getByRole("alert").filter({ hasText: s.errors.readTitle });
          await alert.waitFor();
          await expectClean(page, where("read error"), { exclude: [ROLES_TABLE] });
          await alert.screenshot({ path: path.join(ARTIFACTS, `a11y-${lang}-${themeName}-error.png`) });
          // Focus is on the error's title (read first), not the body; the body is its own element on
          // its own line below the title, and the title stands out by weight.
          const focus = await page.evaluate(() => {
            const a = document.activeElement as HTMLElement | null;
            const alertEl = a?.closest("[role=alert]");
            const body = alertEl?.querySelector(`#${CSS.escape(alertEl.getAttribute("aria-describedby") ?? "")}`);
            const [tb, bb] = [a?.getBoundingClientRect(), body?.getBoundingClientRect()];
            return {
              text: a?.textContent,
              inAlert: !!alertEl,
              named: alertEl?.getAttribute("aria-labelledby") === a?.id,
              bodyText: (body?.textContent ?? "").length > 0,
              bodyApart: !!body && !a?.contains(body),
              bodyBelow: !!tb && !!bb && bb.top >= tb.bottom - 0.5,
              titleBolder: !!a && !!body && Number(getComputedStyle(a).fontWeight) > Number(getComputedStyle(body).fontWeight),
              ring: !!a && getComputedStyle(a).outlineStyle !== "none" && parseFloat(getComputedStyle(a).outlineWidth) >= 1,
            };
          });
          expect(focus).toEqual({
            text: s.errors.readTitle,
            inAlert: true,
            named: true,
            bodyText: true,
            bodyApart: true,
            bodyBelow: true,
            titleBolder: true,
            ring: true,
          });
          // Dismissed, the focus goes on to the survey read (not the page body), and the alert is gone.
          await alert.getByRole("button", { name: s.errors.dismiss }).click();
          await alert.waitFor({ state: "detached" });
          await expect(page.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest("main"))).resolves.toBe(true);

          // Nothing analysable (names, cities, comments): the warning is announced and scanned too.
          await page.evaluate(() => {
            const { __csFake: f, __csInstalled: w } = window as unknown as FakeWindow;
            w.state.sheets.push(f.newSheet(w.state, "Notes"));
            f.setCells(w.state, "Notes", "A1", [
              ["Name", "City", "Comment"],
              ...Array.from({ length: 30 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Porto" : "Faro", "Long queue"]),
            ]);
            w.state.selection = "Notes!A1";
          });
          await page.getByRole("button", { name: s.start.changeSelection }).click();
          await page.getByRole("alert").filter({ hasText: s.errors.noAnalysable }).waitFor();
          await expectClean(page, where("nothing to analyse"));

          // The pane's own language picker: <html lang> follows it too.
          const other = CASES[(CASES.findIndex((c) => c.lang === lang) + 1) % CASES.length].lang;
          await page.getByRole("combobox", { name: s.paneLanguage, exact: true }).click();
          await page.getByRole("option", { name: uiStrings(other).languageName, exact: true }).click();
          await page.getByRole("button", { name: uiStrings(other).generate.button }).waitFor();
          await expect(page.locator("html").getAttribute("lang")).resolves.toBe(other);
          expect(pageErrors).toEqual([]);
        } finally {
          await page.context().close();
        }
      }, 90_000);
    }
  }
});
