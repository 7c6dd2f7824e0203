/**
 * LibreOffice headless as an independent spreadsheet engine for tests (DESIGN §6 "Formulas").
 *
 * - `readBackMany(paths)` converts .xlsx files to .ods in ONE soffice run (a throwaway profile
 *   configured to recalculate every formula on load, so cached values are never trusted), then
 *   reads every cell value and every chart back from the .ods.
 * - `recalcAndRead(path)`, `countCharts(path)`, `readCharts(path)` reuse that conversion (memoised
 *   per file path, size and mtime).
 * - `planMismatches(plan, cells)` compares each formula cell of a ReportPlan with what was read.
 * - `renderPdf(path, outDir)` and `pdfToPng(pdf, prefix)` for visual artefacts.
 *
 * soffice is found through $SOFFICE or PATH. If missing, `requireSoffice()` throws a message that
 * says how to install it; `libreOfficeSkipped()` is true only when CS_SKIP_LIBREOFFICE=1.
 */
import { execFile } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, join, resolve } from "path";
import { pathToFileURL } from "url";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { CellValue, ReportPlan } from "../../src/report/plan";
import { sheetCells } from "../../src/xlsx/planCells";

export type ReadValue = string | number | boolean | { error: string };
/** Sheet name → A1 address → value (empty cells are absent). */
export type SheetValues = Map<string, Map<string, ReadValue>>;

export interface ChartReadBack {
  sheet: string;
  /** The drawing object's name (the plan chart's name). */
  name: string;
  /** ODF chart class: "chart:bar" (bars and columns), "chart:scatter", … */
  chartClass: string;
  title: string | null;
  series: number;
  /** Texts of the custom data labels of all points. */
  labels: string[];
}

export interface ReadBack {
  cells: SheetValues;
  charts: ChartReadBack[];
  odsPath: string;
}

const SOFFICE_TIMEOUT_MS = 120_000;

export function libreOfficeSkipped(): boolean {
  return process.env.CS_SKIP_LIBREOFFICE === "1";
}

/** Path of soffice ($SOFFICE, then soffice/libreoffice on PATH), or null. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

export function requireSoffice(): string {
  const p = findSoffice();
  if (!p) {
    throw new Error(
      "LibreOffice (soffice) was not found on PATH: the formula round trip cannot run. " +
        "Install it (Debian/Ubuntu: apt-get install libreoffice-calc) or set SOFFICE=/path/to/soffice; " +
        "set CS_SKIP_LIBREOFFICE=1 to skip these tests deliberately.",
    );
  }
  return p;
}

// ---------------------------------------------------------------- running soffice

let profileDir: string | null = null;
/** Output folders of conversions (the .ods files ReadBack.odsPath points to), removed by dispose. */
const outDirs: string[] = [];

/** A throwaway user profile whose Calc recalculates all formulas when loading xlsx and ods files. */
function profile(): string {
  if (profileDir) return profileDir;
  profileDir = mkdtempSync(join(tmpdir(), "cs-lo-profile-"));
  mkdirSync(join(profileDir, "user"), { recursive: true });
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profileDir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`,
  );
  return profileDir;
}

/** Removes the throwaway profile and the converted files (call from afterAll). */
export function disposeLibreOffice(): void {
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
  for (const d of outDirs.splice(0)) rmSync(d, { recursive: true, force: true });
  converted.clear();
}

/**
 * Converts `inputs` to `format` ("ods", "pdf", "xlsx") into `outDir` with one soffice run; returns
 * the output paths in input order. Inputs are copied first so equal base names cannot collide.
 */
export async function convertWithLibreOffice(inputs: readonly string[], format: string, outDir: string): Promise<string[]> {
  const soffice = requireSoffice();
  mkdirSync(outDir, { recursive: true });
  const inDir = mkdtempSync(join(tmpdir(), "cs-lo-in-"));
  try {
    const copies = inputs.map((p, i) => {
      const copy = join(inDir, `${i}-${basename(p)}`);
      copyFileSync(p, copy);
      return copy;
    });
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      "--nologo",
      `-env:UserInstallation=${pathToFileURL(profile()).href}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...copies,
    ];
    const log = await new Promise<string>((ok, fail) => {
      execFile(soffice, args, { timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
        err ? fail(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`)) : ok(`${stdout}\n${stderr}`),
      );
    });
    const ext = format.split(":")[0];
    const stem = (p: string) => basename(p).replace(/\.[^.]+$/, "");
    const unique = new Set(inputs.map(stem)).size === inputs.length;
    return copies.map((c, i) => {
      const out = join(outDir, `${stem(c)}.${ext}`);
      if (!existsSync(out) || statSync(out).size === 0) throw new Error(`soffice wrote no ${out}\n${log}`);
      if (!unique) return out;
      const named = join(outDir, `${stem(inputs[i])}.${ext}`); // back to the input's own name
      renameSync(out, named);
      return named;
    });
  } finally {
    rmSync(inDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- reading .ods

type XNode = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});
const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ":@") ?? "";
const kids = (n: XNode): XNode[] => (Array.isArray(n[tagOf(n)]) ? (n[tagOf(n)] as XNode[]) : []);
const attr = (n: XNode, name: string): string | undefined => (n[":@"] as Record<string, string> | undefined)?.[name];

function findAll(nodes: XNode[], tag: string, out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    else findAll(kids(n), tag, out);
  }
  return out;
}

/** Visible text of an element: text:s spaces, tabs, line breaks; paragraphs joined by "\n". */
function textOf(nodes: XNode[]): string {
  const inline = (ns: XNode[]): string =>
    ns
      .map((n) => {
        const t = tagOf(n);
        if (t === "#text") return String(n["#text"]);
        if (t === "text:s") return " ".repeat(Number(attr(n, "text:c") ?? 1));
        if (t === "text:tab") return "\t";
        if (t === "text:line-break") return "\n";
        return inline(kids(n));
      })
      .join("");
  return nodes
    .filter((n) => ["text:p", "text:h"].includes(tagOf(n)))
    .map((p) => inline(kids(p)))
    .join("\n");
}

function cellValue(cell: XNode): ReadValue | null {
  const type = attr(cell, "office:value-type");
  if (attr(cell, "calcext:value-type") === "error") return { error: textOf(kids(cell)) };
  switch (type) {
    case "float":
    case "percentage":
    case "currency":
      return Number(attr(cell, "office:value"));
    case "boolean":
      return attr(cell, "office:boolean-value") === "true";
    case "string":
      return attr(cell, "office:string-value") ?? textOf(kids(cell));
    case "date":
      return attr(cell, "office:date-value") ?? "";
    case "time":
      return attr(cell, "office:time-value") ?? "";
    default:
      // A formula whose result is the empty string is written without a value type.
      return attr(cell, "table:formula") !== undefined ? "" : null;
  }
}

const colName = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function readTable(table: XNode): Map<string, ReadValue> {
  const values = new Map<string, ReadValue>();
  let row = 0;
  const visit = (nodes: XNode[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      if (["table:table-header-rows", "table:table-row-group", "table:table-rows"].includes(t)) {
        visit(kids(n));
        continue;
      }
      if (t !== "table:table-row") continue;
      const repeat = Number(attr(n, "table:number-rows-repeated") ?? 1);
      const cells: [number, ReadValue][] = [];
      let col = 0;
      for (const c of kids(n)) {
        if (!["table:table-cell", "table:covered-table-cell"].includes(tagOf(c))) continue;
        const span = Number(attr(c, "table:number-columns-repeated") ?? 1);
        const v = cellValue(c);
        if (v !== null) for (let k = 1; k <= Math.min(span, 16384); k++) cells.push([col + k, v]);
        col += span;
      }
      const copies = cells.length ? Math.min(repeat, 10_000) : 0;
      for (let r = 1; r <= copies; r++) for (const [c, v] of cells) values.set(`${colName(c)}${row + r}`, v);
      row += repeat;
    }
  };
  visit(kids(table));
  return values;
}

async function readOds(odsPath: string): Promise<ReadBack> {
  const zip = await JSZip.loadAsync(readFileSync(odsPath));
  const part = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`${odsPath} has no ${name}`);
    return parser.parse(await f.async("string")) as XNode[];
  };
  const content = await part("content.xml");
  const cells: SheetValues = new Map();
  const charts: ChartReadBack[] = [];
  for (const table of findAll(content, "table:table")) {
    const sheet = attr(table, "table:name") ?? "";
    cells.set(sheet, readTable(table));
    for (const frame of findAll(kids(table), "draw:frame")) {
      const object = kids(frame).find((k) => tagOf(k) === "draw:object");
      if (!object) continue;
      const href = (attr(object, "xlink:href") ?? "").replace(/^\.\//, "");
      const chartNodes = findAll(await part(`${href}/content.xml`), "chart:chart");
      const chart = chartNodes[0];
      const titleNode = chart ? kids(chart).find((k) => tagOf(k) === "chart:title") : undefined;
      charts.push({
        sheet,
        name: attr(frame, "draw:name") ?? "",
        chartClass: chart ? (attr(chart, "chart:class") ?? "") : "",
        title: titleNode ? textOf(kids(titleNode)) : null,
        series: chart ? findAll(kids(chart), "chart:series").length : 0,
        labels: chart ? findAll(kids(chart), "chart:data-label").map((l) => textOf(kids(l))) : [],
      });
    }
  }
  return { cells, charts, odsPath };
}

// ---------------------------------------------------------------- memoised read-back

const converted = new Map<string, Promise<ReadBack>>();
const memoKey = (p: string) => {
  const s = statSync(p);
  return `${resolve(p)}|${s.size}|${s.mtimeMs}`;
};

/** Recalculates and reads back several .xlsx files with one soffice run (see header). */
export async function readBackMany(xlsxPaths: readonly string[]): Promise<Map<string, ReadBack>> {
  const todo = xlsxPaths.filter((p) => !converted.has(memoKey(p)));
  if (todo.length) {
    const outDir = mkdtempSync(join(tmpdir(), "cs-lo-out-"));
    outDirs.push(outDir);
    const run = convertWithLibreOffice(todo, "ods", outDir);
    todo.forEach((p, i) => {
      const read = run.then((outs) => readOds(outs[i]));
      read.catch(() => converted.delete(memoKey(p))); // a failed run is not memoised
      converted.set(memoKey(p), read);
    });
  }
  const out = new Map<string, ReadBack>();
  for (const p of xlsxPaths) out.set(p, await (converted.get(memoKey(p)) as Promise<ReadBack>));
  return out;
}

async function readBack(xlsxPath: string): Promise<ReadBack> {
  return (await readBackMany([xlsxPath])).get(xlsxPath) as ReadBack;
}

/** Every non-empty cell, as LibreOffice computed it after a full recalculation. */
export async function recalcAndRead(xlsxPath: string): Promise<SheetValues> {
  return (await readBack(xlsxPath)).cells;
}

/** Charts LibreOffice found, per sheet name. */
export async function countCharts(xlsxPath: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const c of (await readBack(xlsxPath)).charts) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return counts;
}

export async function readCharts(xlsxPath: string): Promise<ChartReadBack[]> {
  return (await readBack(xlsxPath)).charts;
}

// ---------------------------------------------------------------- comparing with a plan

const show = (v: ReadValue | CellValue | undefined): string => (v === undefined ? "(empty)" : JSON.stringify(v));

/**
 * One message per formula cell of `plan` whose value in `cells` differs from the plan's expected
 * value: numbers within tol (absolute below 1, relative above, as test/helpers/close.ts), text and
 * booleans exactly, an expected null as an empty cell or "". Empty list = all formulas agree.
 */
export function planMismatches(plan: ReportPlan, cells: SheetValues, tol = 1e-9): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets) {
    const got = cells.get(sheet.name);
    if (!got) {
      out.push(`sheet '${sheet.name}' is missing`);
      continue;
    }
    for (const [a1, cell] of sheetCells(sheet)) {
      if (cell.formula === null) continue;
      const actual = got.get(a1),
        expected = cell.value;
      const ok =
        typeof expected === "number"
          ? typeof actual === "number" && Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected))
          : expected === null
            ? actual === undefined || actual === ""
            : actual === expected;
      if (!ok) out.push(`${sheet.name}!${a1} ${cell.formula}: expected ${show(expected)}, LibreOffice gave ${show(actual)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- rendering

/** Renders a workbook to PDF with LibreOffice; returns the PDF path. */
export async function renderPdf(xlsxPath: string, outDir: string): Promise<string> {
  return (await convertWithLibreOffice([xlsxPath], "pdf", outDir))[0];
}

/** PNG pages of a PDF with pdftoppm (poppler-utils); [] when pdftoppm is not installed. */
export async function pdfToPng(pdfPath: string, outPrefix: string, dpi = 80): Promise<string[]> {
  const pdftoppm = (process.env.PATH ?? "")
    .split(delimiter)
    .map((d) => join(d, "pdftoppm"))
    .find((p) => existsSync(p));
  if (!pdftoppm) return [];
  await new Promise<void>((ok, fail) =>
    execFile(pdftoppm, ["-r", String(dpi), "-png", pdfPath, outPrefix], { timeout: 60_000 }, (err) => (err ? fail(err) : ok())),
  );
  const dir = resolve(outPrefix, "..");
  const stem = basename(outPrefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
    .map((f) => join(dir, f))
    .sort();
}
