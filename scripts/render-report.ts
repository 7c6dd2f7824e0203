/**
 * Renders one sheet of the sample report to PNG, to look at: the sample survey through the
 * command line's pipeline → .xlsx → LibreOffice headless PDF → the page that carries the sheet's
 * title (pdftotext) → pdftoppm -png -r 80 → test-artifacts/report-<sheet>.png.
 *   npx ts-node --transpile-only scripts/render-report.ts [summary|kano|gap|priority|segments] [--lang zh-CN]
 * Needs soffice (libreoffice-calc) and poppler-utils (pdftotext, pdftoppm).
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { buildReportFromFile } from "../src/cli/report";
import type { ReportLanguage, SheetKey } from "../src/report/plan";
import { writeReportXlsx } from "../src/xlsx/writeWorkbook";
import { disposeLibreOffice, renderPdf } from "../test/xlsx/libreoffice";

const SAMPLE = resolve(__dirname, "../test/fixtures/sample-survey.csv");
const ARTIFACTS = resolve(__dirname, "../test-artifacts");

/** Renders `sheet` of the sample report; returns the PNG's path. */
export async function renderReportSheet(sheet: SheetKey = "priority", language: ReportLanguage = "en"): Promise<string> {
  const built = await buildReportFromFile(SAMPLE, { language });
  const planSheet = built.plan.sheets.find((s) => s.key === sheet);
  if (!planSheet) throw new Error(`the sample report has no ${sheet} sheet`);
  const title = planSheet.blocks.find((b) => b.style === "title")?.values[0]?.[0];
  if (typeof title !== "string") throw new Error(`the ${sheet} sheet has no title block`);
  const dir = mkdtempSync(join(tmpdir(), "cs-render-"));
  try {
    const xlsx = join(dir, "CS-report.xlsx");
    writeFileSync(xlsx, await writeReportXlsx(built.plan));
    const pdf = await renderPdf(xlsx, dir);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
    let page = 0;
    for (let p = 1; p <= pages && page === 0; p++) {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" });
      if (text.includes(title)) page = p;
    }
    if (page === 0) throw new Error(`no page of the PDF shows the title '${title}'`);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, join(dir, "page")]);
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = join(ARTIFACTS, `report-${sheet}${language === "en" ? "" : `-${language}`}.png`);
    copyFileSync(join(dir, "page.png"), png);
    return png;
  } finally {
    disposeLibreOffice();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const lang = args.includes("--lang") ? (args[args.indexOf("--lang") + 1] as ReportLanguage) : "en";
  const sheet = (args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--lang") ?? "priority") as SheetKey;
  renderReportSheet(sheet, lang)
    .then((png) => console.log(`rendered: ${png}`))
    .catch((e: unknown) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
