/**
 * The task pane's "Try it with sample data" survey (issue #11, first run): a small bank-branch
 * survey generated in code from a seeded PRNG, so the pane bundle carries a few lines, not a CSV.
 * Same shape as test/fixtures/sample-survey.csv (scripts/generate-sample.ts), smaller: an id, a
 * segment, the overall satisfaction, the 0–10 recommendation, four attributes with satisfaction
 * and importance (1–5), two Kano features (functional / dysfunctional), and the survey's quarter
 * (the Trend sheet's waves). Same seed, same cells.
 */
import { mulberry32 } from "../engine/mulberry32";

export const SAMPLE_SEED = 20261;
export const SAMPLE_RESPONDENTS = 80;
/** The sheet the sample is written to (a suffix is added when the workbook has one). */
export const SAMPLE_SHEET = "Sample survey";

const BRANCHES = ["Harbour", "University", "Old Town", "Airport"];
const ATTRIBUTES = ["Waiting time", "Staff courtesy", "Mobile app", "Fees"];
/** Mean satisfaction and importance of each attribute (1–5): Fees and Waiting time are the weak spots. */
const MEANS: readonly [number, number][] = [
  [3.0, 4.5],
  [4.3, 3.9],
  [3.7, 3.4],
  [2.8, 4.2],
];
const FEATURES = ["Weekend opening", "Queue SMS alert"];
/** The survey waves; the quarter column comes last and from its own PRNG, so every other cell is as before it. */
const QUARTERS = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"];
/** A second stream derived from the seed (the quarter column only). */
const QUARTER_STREAM = 0x51a7e5;
const KANO = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
/** Functional / dysfunctional answer weights (over KANO) of each feature: one attractive, one must-be. */
const KANO_WEIGHTS: readonly [number[], number[]][] = [
  [
    [6, 1, 2, 1, 0],
    [0, 1, 5, 3, 1],
  ],
  [
    [1, 6, 2, 1, 0],
    [0, 0, 1, 2, 7],
  ],
];

export type SampleCell = string | number;

/** A respondent's quarter: uniform, but a satisfied one is moved a quarter later more often (a rising trend). */
function quarter(rand: () => number, overall: number): string {
  let q = Math.floor(rand() * QUARTERS.length);
  if (overall >= 4 && rand() < 0.5) q = Math.min(QUARTERS.length - 1, q + 1);
  return QUARTERS[q];
}

/** The header row and the respondents' rows. */
export function sampleSurvey(seed = SAMPLE_SEED, respondents = SAMPLE_RESPONDENTS): SampleCell[][] {
  const rand = mulberry32(seed);
  const randQuarter = mulberry32(seed ^ QUARTER_STREAM);
  const pick = (weights: readonly number[]): number => {
    let x = rand() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const around = (mean: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.round(mean + (rand() + rand() + rand() - 1.5) * 1.6)));
  const headers: SampleCell[] = [
    "Respondent ID",
    "Branch",
    "Overall satisfaction",
    "Likelihood to recommend (0-10)",
    ...ATTRIBUTES.flatMap((a) => [`${a} - satisfaction`, `${a} - importance`]),
    ...FEATURES.flatMap((f) => [`${f} (functional)`, `${f} (dysfunctional)`]),
    "Quarter",
  ];
  const rows: SampleCell[][] = [headers];
  for (let r = 1; r <= respondents; r++) {
    const mood = rand() - 0.5;
    const ratings = MEANS.map(([sat]) => around(sat + mood, 1, 5));
    const overall = around(ratings.reduce((a, b) => a + b, 0) / ratings.length + 0.2, 1, 5);
    rows.push([
      `S${String(r).padStart(3, "0")}`,
      BRANCHES[Math.floor(rand() * BRANCHES.length)],
      overall,
      around(overall * 2 + 0.5, 0, 10),
      ...MEANS.flatMap(([, imp], i) => [ratings[i], around(imp, 1, 5)]),
      ...KANO_WEIGHTS.flatMap(([f, d]) => [KANO[pick(f)], KANO[pick(d)]]),
      quarter(randQuarter, overall),
    ]);
  }
  return rows;
}
