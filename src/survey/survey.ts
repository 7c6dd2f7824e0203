/**
 * A survey range (header row + data rows) and the confirmed column roles → a typed Survey.
 *
 * Lenient by design (DESIGN §5): a cell that cannot be read becomes null (a weight: 0) and is
 * listed in `issues` (all counted in `issueCount`); it never stops the report.
 * Row numbers in issues are 1-based and sheet-relative with row 1 = the header row, so data row
 * i (1-based) is row i + 1 — the first data row is row 2. Column numbers are 1-based positions in
 * the range (proposal.index + 1). Entirely empty rows (every cell blank) are skipped and counted
 * in `skippedRows`; they do not count in n.
 * A proposal's `answerLabels` (detectRoles) makes its column's text read in that label set's
 * context ("Very important" = 4 on Vagias' scale); without it the lexicon reads each label alone.
 */
import { CsError } from "../engine/errors";
import { classifyText, normalizeLabel } from "./labels";
import { IssueLog, parseKanoAnswer, parseNpsScore, parseWeight, ratingParser, type CellParser } from "./parse";
import { ATTRIBUTE_ROLES, type ColumnProposal, type ColumnRole } from "./roles";
import type { Answer, CellWhere, ParseIssue, Scale } from "./types";
import { isBlankCell } from "./cells";
import { ROW_SLICE, runSteps, type Steps } from "./steps";

export interface SurveyAttribute {
  name: string;
  rating?: Answer[];
  importance?: Answer[];
  expectation?: Answer[];
  perception?: Answer[];
  competitor?: Answer[];
  kanoFunctional?: Answer[];
  kanoDysfunctional?: Answer[];
  /** 0-based column index per role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Scale each role's column was read on (Kano columns: 1–5). */
  scales: Partial<Record<ColumnRole, Scale>>;
}

export interface SurveySegment {
  name: string;
  /** 0-based column index. */
  column: number;
  /** One per respondent; null when blank or a non-answer. */
  values: (string | null)[];
}

export interface Survey {
  /** Respondents (data rows that are not entirely empty). */
  n: number;
  headers: string[];
  ids?: string[];
  /** Case weights; a cell that is not a weight ≥ 0 reads as 0 (and is listed in issues). */
  weights?: number[];
  segments: SurveySegment[];
  period?: (string | null)[];
  /** 0-based column of `period` (the first period column). */
  periodColumn?: number;
  overall?: Answer[];
  recommend?: Answer[];
  /** Scale of the attribute ratings (and the default for overall satisfaction). */
  scale: Scale;
  /** Scale overall satisfaction was read on (its column's own scale, e.g. 1–10 with ratings on 1–5). */
  overallScale?: Scale;
  importanceScale: Scale;
  attributes: SurveyAttribute[];
  /** The first `maxIssues` cells that could not be read (row 1 = header row). */
  issues: ParseIssue[];
  /** How many cells could not be read in all. */
  issueCount: number;
  /** Entirely empty data rows, skipped. */
  skippedRows: number;
}

export interface BuildSurveyOptions {
  /** Rating scale; default: the most common scale among rating proposals, else overall's, else 1–5. */
  scale?: Scale;
  /** Importance scale; default: the most common among importance proposals, else the rating scale. */
  importanceScale?: Scale;
  /** How many issues to list (all are counted); default 1000. */
  maxIssues?: number;
  /** The row number of the first data row in issue messages; default 2 (row 1 is the header row). 1 for a range without a header row. */
  firstRow?: number;
}

type AnswerField = "rating" | "importance" | "expectation" | "perception" | "competitor" | "kanoFunctional" | "kanoDysfunctional";

const ATTRIBUTE_FIELD: Partial<Record<ColumnRole, AnswerField>> = {
  rating: "rating",
  importance: "importance",
  expectation: "expectation",
  perception: "perception",
  competitor: "competitor",
  kano_functional: "kanoFunctional",
  kano_dysfunctional: "kanoDysfunctional",
};

function mostCommonScale(scales: readonly (Scale | undefined)[]): Scale | undefined {
  const counts = new Map<string, { scale: Scale; n: number }>();
  for (const s of scales) {
    if (!s) continue;
    const key = `${s.min}:${s.max}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { scale: { min: s.min, max: s.max }, n: 1 });
  }
  let best: { scale: Scale; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.scale;
}

/** Text of a segment/period/id cell; null for blanks and non-answers (the streaming row reader uses it too). */
export function textOf(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    if (classifyText(cell).kind === "blank") return null;
    return cell.trim();
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

function headerText(h: unknown): string {
  return h === null || h === undefined ? "" : String(h).trim();
}

/**
 * The survey's attributes from the attribute-role proposals (columns only, no answers read):
 * grouped by partner (pairIndex) first, then by normalised attribute name. One home for the
 * grouping, shared by buildSurvey and report/sheetsPossible (which sheets the roles can give).
 */
export function groupAttributes(
  proposals: readonly ColumnProposal[],
  headerTexts: readonly string[],
): { attributes: SurveyAttribute[]; groupOfColumn: Map<number, SurveyAttribute> } {
  const attributes: SurveyAttribute[] = [];
  const groupOfColumn = new Map<number, SurveyAttribute>();
  const groupByKey = new Map<string, SurveyAttribute[]>();
  const attributeProposals = proposals.filter((p) => ATTRIBUTE_ROLES.includes(p.role));
  const slotFree = (g: SurveyAttribute, role: ColumnRole): boolean => g.columns[role] === undefined;
  for (const p of attributeProposals) {
    const name = (p.attribute ?? headerTexts[p.index]) || `Column ${p.index + 1}`;
    const key = normalizeLabel(name);
    let group: SurveyAttribute | undefined;
    if (p.pairIndex !== undefined) {
      const partner = groupOfColumn.get(p.pairIndex);
      if (partner && slotFree(partner, p.role)) group = partner;
    }
    group ??= groupByKey.get(key)?.find((g) => slotFree(g, p.role));
    if (!group) {
      const taken = groupByKey.has(key);
      group = { name: taken ? headerTexts[p.index] || name : name, columns: {}, scales: {} };
      attributes.push(group);
      const list = groupByKey.get(key) ?? [];
      list.push(group);
      groupByKey.set(key, list);
    }
    group.columns[p.role] = p.index;
    groupOfColumn.set(p.index, group);
  }
  return { attributes, groupOfColumn };
}

/**
 * Builds the typed survey. `headers` is the header row, `rows` the data rows (ragged rows are
 * fine: missing cells read as blank), `proposals` the confirmed roles (from detectRoles, then
 * corrected). Throws CsError "value" only when a proposal names a column that does not exist.
 */
export function buildSurvey(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  proposals: readonly ColumnProposal[],
  opts: BuildSurveyOptions = {},
): Survey {
  return runSteps(buildSurveySteps(headers, rows, proposals, opts));
}

/** The text of one column of the kept rows (textOf), a pause every ROW_SLICE rows. */
function* textColumn(kept: readonly (readonly unknown[])[], index: number): Steps<(string | null)[]> {
  const out = new Array<string | null>(kept.length);
  for (let k = 0; k < kept.length; k++) {
    out[k] = textOf(kept[k][index]);
    if (k % ROW_SLICE === ROW_SLICE - 1) yield;
  }
  return out;
}

/** buildSurvey as steps (src/survey/steps.ts): pauses every ROW_SLICE rows of each pass. */
export function* buildSurveySteps(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  proposals: readonly ColumnProposal[],
  opts: BuildSurveyOptions = {},
): Steps<Survey> {
  for (const p of proposals) {
    if (!Number.isInteger(p.index) || p.index < 0 || p.index >= headers.length) {
      throw new CsError("value", "roleColumnMissing", { role: p.role, index: p.index + 1, columns: headers.length });
    }
  }
  const headerTexts = headers.map(headerText);

  // Rows that hold at least one non-blank cell, with their sheet row numbers (header = row 1).
  const kept: (readonly unknown[])[] = [];
  const sheetRow: number[] = [];
  const firstRow = opts.firstRow ?? 2;
  let skippedRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = Array.isArray(rows[i]) ? rows[i] : [];
    if (row.every(isBlankCell)) skippedRows++;
    else {
      kept.push(row);
      sheetRow.push(i + firstRow);
    }
    if (i % ROW_SLICE === ROW_SLICE - 1) yield;
  }
  const n = kept.length;

  const scale = opts.scale ??
    mostCommonScale(proposals.filter((p) => p.role === "rating").map((p) => p.scale)) ??
    proposals.find((p) => p.role === "overall")?.scale ?? { min: 1, max: 5 };
  const importanceScale = opts.importanceScale ?? mostCommonScale(proposals.filter((p) => p.role === "importance").map((p) => p.scale)) ?? scale;

  const log = new IssueLog(opts.maxIssues ?? 1000);
  const where: CellWhere = { row: 0, column: 0 };

  // Columns are registered first and then read row by row, so issues come in sheet order.
  const readers: { index: number; parse: CellParser<unknown>; out: unknown[]; bad: unknown }[] = [];
  /** Registers a column to read leniently; a cell that fails reads as `bad`. Filled by readRows(). */
  function readColumn<T>(index: number, parseOne: CellParser<T>, bad: T): T[] {
    const out = new Array<T>(n);
    readers.push({ index, parse: parseOne, out, bad });
    return out;
  }
  function* readRows(): Steps<void> {
    for (let k = 0; k < n; k++) {
      const row = kept[k];
      where.row = sheetRow[k];
      for (const r of readers) {
        where.column = r.index + 1;
        r.out[k] = log.parse(r.parse, row[r.index], where) ?? r.bad;
      }
      if (k % ROW_SLICE === ROW_SLICE - 1) yield;
    }
  }

  function scaleFor(p: ColumnProposal): Scale {
    switch (p.role) {
      case "rating":
      case "competitor":
        return opts.scale ?? p.scale ?? scale;
      case "overall":
        // Overall satisfaction is often on its own scale (1–10 next to 1–5 attributes): the
        // rating-scale option does not override the scale detected in its own column.
        return p.scale ?? opts.scale ?? scale;
      case "importance":
        return opts.importanceScale ?? p.scale ?? importanceScale;
      case "kano_functional":
      case "kano_dysfunctional":
        return { min: 1, max: 5 };
      default:
        return p.scale ?? scale;
    }
  }

  const survey: Survey = {
    n,
    headers: headerTexts,
    segments: [],
    scale: { min: scale.min, max: scale.max },
    importanceScale: { min: importanceScale.min, max: importanceScale.max },
    attributes: [],
    issues: log.issues,
    issueCount: 0,
    skippedRows,
  };

  const { attributes, groupOfColumn } = groupAttributes(proposals, headerTexts);
  survey.attributes.push(...attributes);

  let firstPeriod = true;
  let firstId = true;
  let firstWeight = true;
  for (const p of proposals) {
    const s = scaleFor(p);
    switch (p.role) {
      case "id":
        if (firstId) survey.ids = (yield* textColumn(kept, p.index)).map((text) => text ?? "");
        firstId = false;
        break;
      case "weight":
        if (firstWeight) survey.weights = readColumn(p.index, parseWeight, 0);
        firstWeight = false;
        break;
      case "segment":
        survey.segments.push({
          name: headerTexts[p.index] || `Column ${p.index + 1}`,
          column: p.index,
          values: yield* textColumn(kept, p.index),
        });
        break;
      case "period":
        if (firstPeriod) {
          survey.period = yield* textColumn(kept, p.index);
          survey.periodColumn = p.index;
        }
        firstPeriod = false;
        break;
      case "overall":
        if (!survey.overall) {
          survey.overall = readColumn<Answer>(p.index, ratingParser(s, p.answerLabels), null);
          survey.overallScale = { min: s.min, max: s.max };
        }
        break;
      case "recommend":
        survey.recommend ??= readColumn<Answer>(p.index, parseNpsScore, null);
        break;
      case "ignore":
        break;
      default: {
        const group = groupOfColumn.get(p.index);
        const field = ATTRIBUTE_FIELD[p.role];
        if (!group || !field) break;
        const kano = p.role === "kano_functional" || p.role === "kano_dysfunctional";
        const values = kano ? readColumn<Answer>(p.index, parseKanoAnswer, null) : readColumn<Answer>(p.index, ratingParser(s, p.answerLabels), null);
        group[field] = values;
        group.scales[p.role] = { min: s.min, max: s.max };
      }
    }
  }
  yield* readRows();
  survey.issueCount = log.count;
  return survey;
}
