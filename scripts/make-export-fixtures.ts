/**
 * Survey-platform export fixtures with independently computed true numbers.
 *
 *   npx ts-node --transpile-only scripts/make-export-fixtures.ts [outDir]
 *
 * writes test/fixtures/exports/ (or outDir): one survey of 200 respondents (scripts/export-fixtures/
 * model.ts, seeded) as Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms and LimeSurvey
 * export it, plus our plain layout, and truth.json — the numbers a correct report must show,
 * computed from the respondents themselves (scripts/export-fixtures/truth.ts, nothing from src/),
 * with each file's header rows, metadata columns and the column of every role.
 * Deterministic: regenerating gives byte-identical files (the xlsx zip timestamps are fixed).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { normalizeZipTimestamps } from "./generate-sample";
import { FEATURES, ITEMS, N_RESPONDENTS, SEED, generateRespondents, type Respondent } from "./export-fixtures/model";
import { surveyTruth } from "./export-fixtures/truth";
import { specRows, toCsv, type CsvStyle, type FixtureSpec } from "./export-fixtures/spec";
import { qualtrics, surveyMonkey } from "./export-fixtures/qualtricsMonkey";
import { googleForms, limeSurvey, microsoftForms, plain } from "./export-fixtures/formsLime";
import { excelCell } from "../test/fixtures/exports/excelTyped";

export const DEFAULT_OUT = path.join(__dirname, "..", "test", "fixtures", "exports");

const QUALTRICS: CsvStyle = { bom: true, eol: "\r\n", quote: "minimal" };
const MONKEY: CsvStyle = { bom: false, eol: "\r\n", quote: "minimal" };
const GOOGLE: CsvStyle = { bom: false, eol: "\r\n", quote: "minimal" };
const LIME: CsvStyle = { bom: true, eol: "\r\n", quote: "all", trailer: "\r\n" };
const PLAIN: CsvStyle = { bom: false, eol: "\n", quote: "minimal" };

export interface CsvFixture {
  spec: FixtureSpec;
  style: CsvStyle;
}

export function csvFixtures(): CsvFixture[] {
  return [
    { spec: qualtrics(false), style: QUALTRICS },
    { spec: qualtrics(true), style: QUALTRICS },
    { spec: qualtrics(true, true), style: QUALTRICS },
    { spec: surveyMonkey(false), style: MONKEY },
    { spec: surveyMonkey(true), style: MONKEY },
    { spec: googleForms("en"), style: GOOGLE },
    { spec: googleForms("zh"), style: GOOGLE },
    { spec: googleForms("es"), style: GOOGLE },
    { spec: googleForms("nps1to9"), style: GOOGLE },
    { spec: limeSurvey(false), style: LIME },
    { spec: limeSurvey(true), style: LIME },
    { spec: plain("plain"), style: PLAIN },
    { spec: plain("headerless"), style: PLAIN },
    { spec: plain("nps1to9"), style: PLAIN },
  ];
}

/**
 * A CSV as Excel (en-US) saves it after the user opened it and chose File › Save As › CSV UTF-8:
 * every cell is typed (excelCell), then written as displayed in the General format — booleans
 * TRUE/FALSE, date-times as m/d/yyyy h:mm (seconds dropped), dates as m/d/yyyy, numbers as typed.
 */
export function excelResaved(rows: readonly (string | number | boolean | Date | null)[][], style: CsvStyle): string {
  const shown = rows.map((row) =>
    row.map((cell) => {
      const text = cell === null ? "" : typeof cell === "boolean" ? (cell ? "True" : "False") : String(cell);
      const v = excelCell(text);
      if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
      if (typeof v === "number" && !/^[+-]?[\d.,]+(e[+-]?\d+)?%?$/i.test(text.trim())) {
        const t = new Date(Math.round((v - 25569) * 86400) * 1000);
        const date = `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()}`;
        return /\d:\d/.test(text) ? `${date} ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, "0")}` : date;
      }
      return text;
    }),
  );
  return toCsv(shown, style);
}

const FIXED_DATE = new Date(Date.UTC(2026, 9, 26, 9, 0, 0));

/** Microsoft Forms' workbook: one sheet, header row, cells typed as Forms writes them. */
export async function formsWorkbook(spec: FixtureSpec, rs: readonly Respondent[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Microsoft Forms";
  wb.lastModifiedBy = "Microsoft Forms";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("Sheet1");
  for (const row of specRows(spec, rs)) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  spec.columns.forEach((c, i) => {
    if (c.meta === "timestamp") ws.getColumn(i + 1).numFmt = "m/d/yy h:mm:ss";
  });
  ws.getRow(1).numFmt = "General";
  return normalizeZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
}

function describe(spec: FixtureSpec, style: CsvStyle | "xlsx") {
  const at = (i: number) => ({ column: i, headers: spec.columns[i].headers });
  const find = (pred: (c: FixtureSpec["columns"][number]) => boolean) => spec.columns.flatMap((c, i) => (pred(c) ? [i] : []));
  const one = (kind: string) => {
    const i = find((c) => c.role?.kind === kind);
    if (i.length !== 1) throw new Error(`${spec.file}: ${i.length} columns for ${kind}`);
    return at(i[0]);
  };
  const each = (kind: string, names: readonly string[], key: "item" | "feature") =>
    names.map((name, k) => {
      const i = find((c) => c.role?.kind === kind && (c.role as Record<string, unknown>)[key] === k);
      if (i.length !== 1) throw new Error(`${spec.file}: ${i.length} columns for ${kind} ${name}`);
      return { [key]: name, ...at(i[0]) };
    });
  return {
    platform: spec.platform,
    exportPath: spec.exportPath,
    headerRows: spec.headerRows,
    dataRows: N_RESPONDENTS,
    columns: spec.columns.length,
    encoding:
      style === "xlsx" ? { format: "xlsx" } : { format: "csv", utf8Bom: style.bom, lineEnding: style.eol === "\r\n" ? "CRLF" : "LF", quoting: style.quote },
    answers: spec.answers,
    answerKey: spec.answerKey ?? {},
    metadataColumns: find((c) => c.meta !== undefined).map((i) => ({ ...at(i), kind: spec.columns[i].meta })),
    roles: {
      store: one("store"),
      overall: one("overall"),
      recommend: one("recommend"),
      satisfaction: each("satisfaction", ITEMS, "item"),
      importance: each("importance", ITEMS, "item"),
      kanoFunctional: each("kanoFunctional", FEATURES, "feature"),
      kanoDysfunctional: each("kanoDysfunctional", FEATURES, "feature"),
      comment: one("comment"),
      other: find((c) => c.role?.kind === "other").map(at),
    },
    notes: spec.notes ?? [],
  };
}

/** Writes every fixture and truth.json into outDir; returns the file names written. */
export async function writeExportFixtures(outDir: string = DEFAULT_OUT): Promise<string[]> {
  const rs = generateRespondents();
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const fixtures: Record<string, unknown> = {};
  for (const { spec, style } of csvFixtures()) {
    fs.writeFileSync(path.join(outDir, spec.file), toCsv(specRows(spec, rs), style), "utf8");
    fixtures[spec.file] = describe(spec, style);
    written.push(spec.file);
  }
  // qualtrics-choice.csv after a round trip through Excel (the usual way a download reaches us).
  const resaved = { ...qualtrics(false), file: "qualtrics-choice-excel.csv" };
  resaved.exportPath += ", then opened in Excel (en-US) and saved as CSV UTF-8 (Comma delimited)";
  resaved.notes = [
    ...(resaved.notes ?? []),
    "Excel round trip: dates become m/d/yyyy h:mm (seconds dropped), True/False become TRUE/FALSE; answers unchanged.",
  ];
  fs.writeFileSync(path.join(outDir, resaved.file), excelResaved(specRows(resaved, rs), QUALTRICS), "utf8");
  fixtures[resaved.file] = describe(resaved, QUALTRICS);
  written.push(resaved.file);
  const forms = microsoftForms();
  fs.writeFileSync(path.join(outDir, forms.file), await formsWorkbook(forms, rs));
  fixtures[forms.file] = describe(forms, "xlsx");
  written.push(forms.file);
  const truth = {
    about:
      "True numbers of the export fixtures, computed by scripts/export-fixtures/truth.ts from the generated respondents " +
      "(not from any file, not with src/). Scale values: satisfaction/importance/overall 1..5 (5 best), recommend 0..10 " +
      "(nobody answered 0), Kano answers 1..5 = like, must-be, neutral, live-with, dislike. Column indexes are 0-based.",
    generator: "npx ts-node --transpile-only scripts/make-export-fixtures.ts",
    seed: SEED,
    ...surveyTruth(rs),
    fixtures,
  };
  fs.writeFileSync(path.join(outDir, "truth.json"), JSON.stringify(truth, null, 2) + "\n", "utf8");
  written.push("truth.json");
  return written;
}

if (require.main === module) {
  writeExportFixtures(process.argv[2] ?? DEFAULT_OUT).then(
    (files) => console.log(`wrote ${files.length} files:\n  ${files.join("\n  ")}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
