/**
 * A fixture as a list of columns: the text of each header row, the column's role in the survey
 * (what truth.json says it holds) or its metadata kind, and how a respondent's answer is written.
 * The CSV writer here serialises the rows with the platform's quoting, BOM and line endings.
 */
import type { Respondent } from "./model";

/** What a data column holds (k = 0-based item or feature index). */
export type Role =
  | { kind: "store" }
  | { kind: "overall" }
  | { kind: "recommend" }
  | { kind: "satisfaction"; item: number }
  | { kind: "importance"; item: number }
  | { kind: "kanoFunctional"; feature: number }
  | { kind: "kanoDysfunctional"; feature: number }
  | { kind: "comment" }
  | { kind: "other" };

/** Same names as MetadataKind in src/survey/layoutTypes.ts (copied, not imported: fixtures stand alone). */
export type MetaKind =
  "timestamp" | "duration" | "progress" | "status" | "ip" | "location" | "response-id" | "recipient" | "language" | "page" | "derived" | "contact" | "other";

export type CellValue = string | number | boolean | Date | null;

export interface Column {
  /** One string per header row (length = the fixture's header rows; [] for headerless). */
  headers: string[];
  role?: Role;
  meta?: MetaKind;
  value: (r: Respondent) => CellValue;
}

export interface CsvStyle {
  bom: boolean;
  eol: "\r\n" | "\n";
  /** "minimal": quote only fields with a comma, quote, CR or LF (RFC 4180); "all": quote every field. */
  quote: "minimal" | "all";
  /** Text after the last record (LimeSurvey writes one more empty line). */
  trailer?: string;
  /** How a number is written (default String(n)). */
  number?: (n: number) => string;
}

export interface FixtureSpec {
  file: string;
  platform: string;
  /** Export menu path, as the README lists it. */
  exportPath: string;
  headerRows: number;
  columns: Column[];
  /** "labels" = answer text, "codes" = numeric codes without labels, "mixed" = some of each. */
  answers: "labels" | "codes" | "mixed";
  /**
   * Cell text → scale value per role group (store 1..4 in STORES order, overall, satisfaction,
   * importance, kano); a group that is absent is written as its scale value itself.
   */
  answerKey?: Partial<Record<"store" | "overall" | "satisfaction" | "importance" | "kano", Record<string, number>>>;
  notes?: string[];
}

function field(s: string, style: CsvStyle): string {
  if (style.quote === "all" || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function cellText(v: CellValue, style: CsvStyle): string {
  if (v === null) return "";
  if (typeof v === "number") return style.number ? style.number(v) : String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v instanceof Date) throw new Error("dates are formatted by the platform builder before CSV");
  return v;
}

/** The records of a fixture: header rows, then one row per respondent. */
export function specRows(spec: FixtureSpec, rs: readonly Respondent[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let h = 0; h < spec.headerRows; h++) rows.push(spec.columns.map((c) => c.headers[h]));
  for (const r of rs) rows.push(spec.columns.map((c) => c.value(r)));
  return rows;
}

export function toCsv(rows: readonly CellValue[][], style: CsvStyle): string {
  const body = rows.map((row) => row.map((v) => field(cellText(v, style), style)).join(",")).join(style.eol);
  return (style.bom ? "\uFEFF" : "") + body + style.eol + (style.trailer ?? "");
}
