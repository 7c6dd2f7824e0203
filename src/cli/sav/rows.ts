/**
 * An SPSS system file for `readSurveyRows` (src/cli/surveyRows.ts): the whole file is read
 * (readSavFile), then handed out as the .xlsx path does — `prepare` with the header row and the
 * first rows, then every row to the sink with its sheet row number (header = row 1).
 */
import type { SurveyRowsOptions, SurveyRowsResult } from "../surveyRows";
import { readSavFile } from "../readSav";
import { SAMPLE } from "../../survey/roles/stats";

/** As surveyRows.ts's DEFAULT_SAMPLE_ROWS: the rows the role detector reads. */
const SAMPLE_ROWS = SAMPLE;
const PROGRESS_EVERY = 100_000;

export function isSavPath(ext: string): boolean {
  return ext === ".sav" || ext === ".zsav";
}

export async function readSavRows(path: string, opts: SurveyRowsOptions): Promise<SurveyRowsResult> {
  const table = await readSavFile(path);
  const sink = opts.prepare(table.headers, table.rows.slice(0, opts.sampleRows ?? SAMPLE_ROWS), table.layout);
  const every = opts.progressEvery ?? PROGRESS_EVERY;
  for (let i = 0; i < table.rows.length; i++) {
    sink(table.rows[i], i + 2);
    if (opts.onProgress && (i + 1) % every === 0) opts.onProgress(i + 1);
  }
  return { source: table.source, rows: table.rows.length, layout: table.layout };
}
