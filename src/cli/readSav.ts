/**
 * Reads an SPSS system file (.sav, or .zsav) for the command line: one header row (variable
 * labels, or names where unlabelled), one row per case, and the layout with each variable's name,
 * label and value labels (platform "spss").
 *
 * Our own reader of the documented format (PSPP's "System File Format" appendix) in src/cli/sav/:
 * the npm readers were not adequate (test/sav/README.md compares them). Cells: labelled codes
 * become their labels so the answer-label reading and role detection see "Very satisfied";
 * scale anchors (labels only at the ends) stay numbers; system- and user-missing → ""; dates →
 * ISO text. The file is read into memory whole: a survey's .sav is a few MB at most.
 */
import { readFileSync, statSync } from "fs";
import { basename } from "path";
import type { TextDecoder } from "util";
import { CsError } from "../engine/errors";
import type { ColumnHeading, SurveyLayout } from "../survey/layoutTypes";
import { readCases, type Slot } from "./sav/cases";
import { SavError } from "./sav/cursor";
import { readDictionary, type SavDictionary, type SavVariable } from "./sav/dictionary";
import { dateKind, isMissing, labelRecord, observedValues, spssDateText, usesLabelText } from "./sav/values";

export interface SavTable {
  headers: string[];
  rows: unknown[][];
  layout: SurveyLayout;
  /** "file survey.sav" (the report's source line). */
  source: string;
  /** The file's weight variable (SPSS WEIGHT BY), as its header, if it has one. */
  weight?: string;
}

export async function readSavFile(path: string): Promise<SavTable> {
  const name = basename(path);
  let buf: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new CsError("value", "surveyIsFolder", { file: path });
    buf = readFileSync(path);
  } catch (e) {
    if (e instanceof CsError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? new CsError("value", "fileNotFound", { file: path })
      : new CsError("value", "fileUnreadable", { file: name, cause: (e as Error).message });
  }
  try {
    return savTable(buf, name);
  } catch (e) {
    if (e instanceof SavError) throw new CsError("value", "fileProblem", { file: name, cause: e.message });
    throw e;
  }
}

/** A system file's bytes as a table (exported for tests of in-memory variants). */
export function savTable(buf: Buffer, name: string): SavTable {
  const dict = readDictionary(buf);
  const cases = readCases(buf, dict);
  const columns = dict.variables.map((v) => stored(v, cases, dict, dict.decoder));
  const headings = headingsOf(dict.variables);
  const cells = dict.variables.map((v, j) => cellsOf(v, columns[j]));
  const rows: unknown[][] = cases.map((_, i) => cells.map((col) => col[i]));
  const layout: SurveyLayout = { platform: "spss", headerRows: 1, columns: headings, numericCodes: false, firstRowLooksLikeData: false };
  const w = dict.weight === undefined ? -1 : dict.variables.findIndex((v) => v.name === dict.weight);
  return { headers: headings.map((h) => h.header), rows, layout, source: `file ${name}`, weight: w >= 0 ? headings[w].header : undefined };
}

/** A variable's stored values: numbers (null = system-missing) or trimmed text. */
function stored(v: SavVariable, cases: Slot[][], dict: SavDictionary, decoder: TextDecoder): (number | string | null)[] {
  if (v.width === 0) {
    const s = v.segments[0][0];
    return cases.map((row) => {
      const x = row[s] as number;
      return x === dict.sysmis || Number.isNaN(x) ? null : x;
    });
  }
  return cases.map((row) => {
    const parts: Buffer[] = [];
    for (const [first, bytes] of v.segments) {
      const slots = Math.ceil(bytes / 8);
      const seg = Buffer.concat(row.slice(first, first + slots) as Buffer[]);
      parts.push(seg.subarray(0, bytes));
    }
    // Strings are padded with spaces (and by some writers NULs) to their width.
    return decoder.decode(Buffer.concat(parts).subarray(0, v.width)).replace(/[\s\0]+$/, "");
  });
}

function cellsOf(v: SavVariable, values: (number | string | null)[]): unknown[] {
  const date = dateKind(v);
  const asLabel = usesLabelText(v, observedValues(values, v));
  return values.map((x) => {
    if (x === null || isMissing(x, v.missing)) return "";
    if (typeof x === "string") return v.valueLabels.get(x) ?? x;
    if (date) return spssDateText(x, date === "datetime") ?? x;
    if (asLabel) return v.valueLabels.get(x) ?? x;
    return x;
  });
}

/** Headers: the label, or the name when unlabelled; a label used twice gets its name added. */
function headingsOf(vars: SavVariable[]): ColumnHeading[] {
  const count = new Map<string, number>();
  const base = vars.map((v) => (v.label?.trim() ? v.label.trim() : v.name));
  for (const h of base) count.set(h, (count.get(h) ?? 0) + 1);
  return vars.map((v, j) => {
    const heading: ColumnHeading = { header: (count.get(base[j]) ?? 0) > 1 && base[j] !== v.name ? `${base[j]} [${v.name}]` : base[j], code: v.name };
    if (v.label?.trim()) heading.question = v.label.trim();
    const labels = labelRecord(v);
    if (labels) heading.valueLabels = labels;
    return heading;
  });
}
