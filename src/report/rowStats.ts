/**
 * Survey rows → SurveyStats one row at a time: the reader behind the command line (CSV streamed,
 * .xlsx in memory) — the same answers, issues and sums as the task pane's
 * buildSurvey → statsFromSurvey, without holding the survey in memory.
 *
 * What is shared with the in-memory path, so the two cannot drift apart:
 * - column grouping, attribute names and every column's scale come from `buildSurvey` itself (run
 *   on the header row with no data rows), and the layout from `layoutFromSurvey` of that survey;
 * - every cell is read by the survey parsers (parseRating, parseKanoAnswer, parseNpsScore,
 *   parseWeight) through the same lenient `IssueLog`: an unreadable cell reads as blank (a weight
 *   as 0) and is listed with its row and column, in sheet order; a proposal's `answerLabels`
 *   reaches the same ratingParser as in buildSurvey, so a label reads the same on both paths;
 * - entirely empty rows are skipped and counted, and do not count in n, as buildSurvey does.
 * What is restated here (and pinned by test/cli/streaming.test.ts against buildSurvey): which
 * columns buildSurvey reads (the first weight, overall and recommend column; every attribute
 * column) and the text of a segment cell.
 * Row numbers are sheet rows: the header is row 1, the first data row row 2.
 */
import { CsError } from "../engine/errors";
import { isBlankCell } from "../survey/cells";
import { IssueLog, parseKanoAnswer, parseNpsScore, parseWeight, ratingParser, type CellParser } from "../survey/parse";
import type { ColumnProposal, ColumnRole } from "../survey/roles";
import { buildSurvey, textOf, type BuildSurveyOptions } from "../survey/survey";
import type { CellWhere, ParseIssue, Scale } from "../survey/types";
import { checkCaseWeightCount } from "./statsRead";
import {
  createStatsAccumulator,
  layoutFromSurvey,
  type AttributeRole,
  type StatsAccumulator,
  type StatsCell,
  type StatsLayout,
  type SurveyLayoutOptions,
  type SurveyStats,
} from "./stats";

export interface RowReaderOptions extends BuildSurveyOptions, SurveyLayoutOptions {}

/** One data row as the accumulator takes it. `cells` is reused by the next read(): copy to keep. */
export interface RowCells {
  cells: StatsCell[];
  weight: number;
}

export interface RowReader {
  /** Positions of the answers in `cells` (the layout statsFromSurvey uses for the same survey). */
  readonly layout: StatsLayout;
  /** Length of `cells`. */
  readonly width: number;
  /** The survey's scales, as buildSurvey chose them (overall's: its own column's, when there is one). */
  readonly scale: Scale;
  readonly importanceScale: Scale;
  readonly overallScale?: Scale;
  /** Parses one data row; null for an entirely empty row (skipped and counted). */
  read(row: readonly unknown[], sheetRow: number): RowCells | null;
  /** The first `maxIssues` unreadable cells and the count of all of them. */
  readonly issues: IssueLog;
  /** Entirely empty rows seen so far. */
  readonly skippedRows: number;
  /** The survey column (1-based) whose answers go to a layout position, if any. */
  surveyColumn(position: number): number | undefined;
}

/** Layout positions of columns that are not answers: the case weight, and a column read for its issues only. */
const WEIGHT = -2;
const UNUSED = -1;

/** A column the reader parses: survey column `index` → layout position `at` (or WEIGHT / UNUSED). */
interface ColumnRead {
  index: number;
  at: number;
  parse: CellParser<StatsCell>;
}

const KANO_FIELD: Partial<Record<ColumnRole, "kanoFunctional" | "kanoDysfunctional">> = {
  kano_functional: "kanoFunctional",
  kano_dysfunctional: "kanoDysfunctional",
};

/**
 * A reader of survey rows for the confirmed roles. Throws CsError "value" when a proposal names a
 * column the header row does not have, or `segment` is not a segment column (as buildSurvey and
 * layoutFromSurvey do).
 */
export function createRowReader(headers: readonly unknown[], proposals: readonly ColumnProposal[], opts: RowReaderOptions = {}): RowReader {
  // The survey of the header row alone: buildSurvey's grouping, names and scales, no data.
  const shape = buildSurvey(headers, [], proposals, opts);
  const { layout, width } = layoutFromSurvey(shape, { segment: opts.segment, beta: opts.beta, kanoMaxQuestionable: opts.kanoMaxQuestionable });
  const log = new IssueLog(opts.maxIssues ?? 1000);

  // Columns in the order buildSurvey registers its readers (proposal order), so issues come in the same order.
  const reads: ColumnRead[] = [];
  let weightSeen = false;
  let overallSeen = false;
  let recommendSeen = false;
  for (const p of proposals) {
    switch (p.role) {
      case "weight":
        if (!weightSeen) reads.push({ index: p.index, at: WEIGHT, parse: parseWeight });
        weightSeen = true;
        break;
      case "overall":
        if (!overallSeen) {
          // The scale buildSurvey read overall on, which is the layout's (so the accumulator agrees).
          const s: Scale = shape.overallScale ?? shape.scale;
          reads.push({ index: p.index, at: layout.overall ?? UNUSED, parse: ratingParser(s, p.answerLabels) });
        }
        overallSeen = true;
        break;
      case "recommend":
        if (!recommendSeen) reads.push({ index: p.index, at: layout.recommend ?? UNUSED, parse: parseNpsScore });
        recommendSeen = true;
        break;
      case "id":
      case "segment":
      case "period":
      case "ignore":
        break;
      default: {
        const i = shape.attributes.findIndex((a) => a.columns[p.role] === p.index);
        if (i < 0) break;
        const columns = layout.attributes[i].columns;
        const kano = KANO_FIELD[p.role];
        if (kano) reads.push({ index: p.index, at: columns[kano] ?? UNUSED, parse: parseKanoAnswer });
        else {
          const s: Scale = shape.attributes[i].scales[p.role] ?? shape.scale;
          const at = columns[p.role as AttributeRole] ?? UNUSED;
          reads.push({ index: p.index, at, parse: ratingParser(s, p.answerLabels) });
        }
      }
    }
  }
  const segmentColumn = layout.segment?.column ?? -1;
  const columnAt = new Map<number, number>(reads.filter((r) => r.at >= 0).map((r) => [r.at, r.index + 1]));
  if (segmentColumn >= 0) columnAt.set(segmentColumn, segmentColumn + 1);
  const periodColumn = layout.period?.column ?? -1;

  const cells = new Array<StatsCell>(width).fill(null);
  const out: RowCells = { cells, weight: 1 };
  const where: CellWhere = { row: 0, column: 0 };
  let skippedRows = 0;

  return {
    layout,
    width,
    scale: shape.scale,
    importanceScale: shape.importanceScale,
    ...(shape.overallScale ? { overallScale: shape.overallScale } : {}),
    issues: log,
    get skippedRows() {
      return skippedRows;
    },
    surveyColumn: (position) => columnAt.get(position),
    read(row: readonly unknown[], sheetRow: number): RowCells | null {
      let blank = true;
      for (let c = 0; c < row.length; c++) {
        if (!isBlankCell(row[c])) {
          blank = false;
          break;
        }
      }
      if (blank) {
        skippedRows++;
        return null;
      }
      where.row = sheetRow;
      let weight = 1;
      for (let k = 0; k < reads.length; k++) {
        const r = reads[k];
        where.column = r.index + 1;
        const v = log.parse(r.parse, row[r.index], where);
        if (r.at >= 0) cells[r.at] = v;
        else if (r.at === WEIGHT) weight = (v as number | null) ?? 0;
      }
      if (segmentColumn >= 0) cells[segmentColumn] = textOf(row[segmentColumn]);
      if (periodColumn >= 0) cells[periodColumn] = textOf(row[periodColumn]);
      out.weight = weight;
      return out;
    },
  };
}

/**
 * An accumulator error names the row by count and the column by layout position; give it the
 * sheet row and the survey column instead. (The reader reads every answer on the scale the layout
 * gives its column — overall satisfaction on its own — so this is a safety net, not a path.)
 */
function relocated(e: unknown, reader: RowReader, sheetRow: number): unknown {
  if (!(e instanceof CsError)) return e;
  const column = e.column === undefined ? undefined : reader.surveyColumn(e.column - 1);
  return e.at({ row: sheetRow, column });
}

/** What a survey's rows add up to. */
export interface RowStatsResult {
  stats: SurveyStats;
  /** Respondents (rows not entirely empty). */
  n: number;
  issues: ParseIssue[];
  issueCount: number;
  skippedRows: number;
}

export interface SurveyStatsBuilder {
  readonly reader: RowReader;
  /** Reads one data row (sheet row number: header = 1) and adds it to the statistics. */
  addRow(row: readonly unknown[], sheetRow: number): void;
  /** Respondents so far. */
  readonly n: number;
  result(): RowStatsResult;
}

/** Row reader + statistics accumulator: feed rows in sheet order, then take the result. */
export function createSurveyStatsBuilder(headers: readonly unknown[], proposals: readonly ColumnProposal[], opts: RowReaderOptions = {}): SurveyStatsBuilder {
  const reader = createRowReader(headers, proposals, opts);
  const acc: StatsAccumulator = createStatsAccumulator(reader.layout);
  // Raked weights (src/report/raking.ts) replace the weight column's, respondent by respondent.
  const caseWeights = opts.caseWeights;
  let n = 0;
  return {
    reader,
    get n() {
      return n;
    },
    addRow(row, sheetRow) {
      const r = reader.read(row, sheetRow);
      if (!r) return;
      n++;
      if (caseWeights !== undefined && n > caseWeights.length) checkCaseWeightCount(caseWeights, n);
      try {
        acc.addRow(r.cells, caseWeights === undefined ? r.weight : caseWeights[n - 1]);
      } catch (e) {
        throw relocated(e, reader, sheetRow);
      }
    },
    result() {
      checkCaseWeightCount(caseWeights, n);
      const stats = acc.result();
      if (caseWeights !== undefined) stats.weighted = true;
      return { stats, n, issues: reader.issues.issues.slice(), issueCount: reader.issues.count, skippedRows: reader.skippedRows };
    },
  };
}

/** Statistics of rows held in memory (row i of `rows` is sheet row i + 2). */
export function statsFromRows(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  proposals: readonly ColumnProposal[],
  opts: RowReaderOptions = {},
): RowStatsResult {
  const b = createSurveyStatsBuilder(headers, proposals, opts);
  for (let i = 0; i < rows.length; i++) b.addRow(Array.isArray(rows[i]) ? rows[i] : [], i + 2);
  return b.result();
}
