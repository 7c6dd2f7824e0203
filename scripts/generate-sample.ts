/**
 * Sample survey generator: a bank-branch service survey, 600 respondents, deterministic.
 *
 *   npm run sample                 → writes test/fixtures/sample-survey.csv and .xlsx
 *   npm run sample -- <outDir>     → writes the same two files into <outDir>
 *
 * The data are drawn from a seeded PRNG (mulberry32, seed SEED) with a model chosen so that every
 * method has something to find:
 * - Satisfaction (1–5) = attribute mean + branch effect + a respondent "halo" + noise. Branches
 *   differ in quality (Harbour best, Airport worst); 4 % of respondents had a bad incident (halo
 *   shifted down), which gives the lower answer levels some weight.
 * - Overall satisfaction is driven by the attributes with the weights in DRIVER_WEIGHTS (problem
 *   resolution and waiting time matter most, cleanliness hardly), so derived importance is
 *   meaningful; it is written as an English label ("Very dissatisfied" … "Very satisfied").
 * - Stated importance (1–5) is set per attribute so the importance–performance chart fills all four
 *   quadrants (Waiting time, Fees, Problem resolution: concentrate here).
 * - Expectation and perception (1–7): perception follows satisfaction, expectations are high, so
 *   most SERVQUAL gaps are negative.
 * - Kano pairs are drawn from per-feature category mixes (KANO_PROFILES): Video banking and Free
 *   coffee attractive, Queue SMS alert one-dimensional, Contactless ATM must-be, Weekend opening
 *   indifferent, Personal advisor a close call between one-dimensional and must-be.
 * - Recommend (0–10) follows overall satisfaction; competitor scores are higher than ours on Fees
 *   and Mobile app.
 * - About 3 % of the answer cells are blank (never ID, Branch, Quarter or Weight).
 *
 * Bad cells, placed on purpose after the blanks (spreadsheet addresses, header in row 1):
 *   E15   R0014 Overall satisfaction            "Very satisifed"  typo, not a known label
 *   G28   R0027 Waiting time - satisfaction      7                 outside the 1–5 scale
 *   AO59  R0058 Expectation: Fees                "N/A"             known non-answer (= blank)
 *   AS104 R0103 Expectation: Privacy             "不知道"           known non-answer (= blank)
 *   F151  R0150 Likelihood to recommend (0-10)   11                outside the 0–10 scale
 *   AU212 R0211 Video banking (functional)       "I love it"       not a Kano answer label
 * BAD_CELLS below is the source of truth; test/addin/sample.test.ts checks this list against it.
 */
import { mulberry32 } from "./lib/mulberry32";
import { normal } from "./lib/normal";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export { mulberry32 }; // re-exported for tests that draw from the same generator

export const SEED = 20260101;
export const RESPONDENTS = 600;

export const BRANCHES = ["Downtown", "Harbour", "Airport", "University", "Old Town"] as const;
export const QUARTERS = ["2026-Q1", "2026-Q2", "2026-Q3"] as const;
export const ATTRIBUTES = [
  "Waiting time",
  "Staff courtesy",
  "Staff knowledge",
  "Transaction accuracy",
  "Branch cleanliness",
  "Opening hours",
  "Mobile app",
  "Fees",
  "Problem resolution",
  "Privacy",
] as const;
export const KANO_FEATURES = ["Video banking", "Queue SMS alert", "Weekend opening", "Personal advisor", "Free coffee", "Contactless ATM"] as const;
/** Kano answers 1..5: like, must-be/expect, neutral, live-with, dislike (Berger et al. 1993 wording). */
export const KANO_LABELS = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"] as const;
export const SATISFACTION_LABELS = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"] as const;

export type Cell = string | number | null;

export const HEADERS: readonly string[] = [
  "Respondent ID",
  "Branch",
  "Quarter",
  "Weight",
  "Overall satisfaction",
  "Likelihood to recommend (0-10)",
  ...ATTRIBUTES.flatMap((a) => [`${a} - satisfaction`, `${a} - importance`]),
  ...ATTRIBUTES.flatMap((a) => [`Expectation: ${a}`, `Perception: ${a}`]),
  ...KANO_FEATURES.flatMap((f) => [`${f} (functional)`, `${f} (dysfunctional)`]),
  "Competitor: Fees",
  "Competitor: Mobile app",
];

function pick<T>(rand: () => number, items: readonly T[], probs: readonly number[]): T {
  let r = rand() * probs.reduce((s, p) => s + p, 0);
  for (let i = 0; i < items.length; i++) {
    r -= probs[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

const clampRound = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(x)));

type Attribute = (typeof ATTRIBUTES)[number];
type Feature = (typeof KANO_FEATURES)[number];
type Branch = (typeof BRANCHES)[number];
type KanoCategory = "A" | "O" | "M" | "I" | "R" | "Q";

/** Mean satisfaction (1–5) before branch effects. */
const SATISFACTION_MEAN: Record<Attribute, number> = {
  "Waiting time": 3.0,
  "Staff courtesy": 4.2,
  "Staff knowledge": 3.9,
  "Transaction accuracy": 4.4,
  "Branch cleanliness": 4.1,
  "Opening hours": 3.3,
  "Mobile app": 3.4,
  Fees: 2.8,
  "Problem resolution": 3.2,
  Privacy: 4.3,
};
/** Mean stated importance (1–5). */
const IMPORTANCE_MEAN: Record<Attribute, number> = {
  "Waiting time": 4.3,
  "Staff courtesy": 3.6,
  "Staff knowledge": 4.1,
  "Transaction accuracy": 4.7,
  "Branch cleanliness": 3.1,
  "Opening hours": 3.4,
  "Mobile app": 3.8,
  Fees: 4.4,
  "Problem resolution": 4.5,
  Privacy: 4.6,
};
/** True drivers of overall satisfaction (sum 1). */
export const DRIVER_WEIGHTS: Record<Attribute, number> = {
  "Waiting time": 0.18,
  "Staff courtesy": 0.07,
  "Staff knowledge": 0.14,
  "Transaction accuracy": 0.1,
  "Branch cleanliness": 0.01,
  "Opening hours": 0.05,
  "Mobile app": 0.08,
  Fees: 0.12,
  "Problem resolution": 0.22,
  Privacy: 0.03,
};
/** Mean expectation (1–7). */
const EXPECTATION_MEAN: Record<Attribute, number> = {
  "Waiting time": 5.8,
  "Staff courtesy": 5.9,
  "Staff knowledge": 6.0,
  "Transaction accuracy": 6.5,
  "Branch cleanliness": 5.4,
  "Opening hours": 5.2,
  "Mobile app": 5.9,
  Fees: 5.6,
  "Problem resolution": 6.2,
  Privacy: 6.4,
};
/** Branch quality: shift of every satisfaction score; branch share of the sample; weight factor. */
const BRANCH_PROFILE: Record<Branch, { quality: number; share: number; weight: number }> = {
  Downtown: { quality: 0.15, share: 0.25, weight: 1.0 },
  Harbour: { quality: 0.35, share: 0.2, weight: 1.05 },
  Airport: { quality: -0.45, share: 0.15, weight: 0.8 },
  University: { quality: 0.0, share: 0.2, weight: 1.2 },
  "Old Town": { quality: -0.15, share: 0.2, weight: 1.0 },
};
/** Kano category mix per feature, in the order A, O, M, I, R, Q. */
const KANO_CATEGORIES: readonly KanoCategory[] = ["A", "O", "M", "I", "R", "Q"];
export const KANO_PROFILES: Record<Feature, readonly number[]> = {
  "Video banking": [0.45, 0.15, 0.07, 0.26, 0.04, 0.03],
  "Queue SMS alert": [0.18, 0.47, 0.15, 0.15, 0.03, 0.02],
  "Weekend opening": [0.2, 0.14, 0.12, 0.46, 0.05, 0.03],
  "Personal advisor": [0.14, 0.33, 0.31, 0.17, 0.03, 0.02],
  "Free coffee": [0.43, 0.07, 0.05, 0.33, 0.08, 0.04],
  "Contactless ATM": [0.1, 0.2, 0.52, 0.14, 0.02, 0.02],
};
/** Answer pairs (functional, dysfunctional) that produce each category, with draw weights. */
const KANO_PAIRS: Record<KanoCategory, { pairs: readonly [number, number][]; probs: readonly number[] }> = {
  A: {
    pairs: [
      [1, 2],
      [1, 3],
      [1, 4],
    ],
    probs: [0.2, 0.5, 0.3],
  },
  O: { pairs: [[1, 5]], probs: [1] },
  M: {
    pairs: [
      [2, 5],
      [3, 5],
      [4, 5],
    ],
    probs: [0.45, 0.35, 0.2],
  },
  I: {
    pairs: [
      [3, 3],
      [3, 4],
      [4, 3],
      [2, 3],
      [3, 2],
      [4, 4],
      [2, 2],
      [2, 4],
      [4, 2],
    ],
    probs: [0.4, 0.15, 0.1, 0.08, 0.07, 0.08, 0.05, 0.04, 0.03],
  },
  R: {
    pairs: [
      [5, 1],
      [5, 3],
      [2, 1],
      [3, 1],
      [5, 2],
      [4, 1],
      [5, 4],
    ],
    probs: [0.4, 0.15, 0.1, 0.1, 0.1, 0.08, 0.07],
  },
  Q: {
    pairs: [
      [1, 1],
      [5, 5],
    ],
    probs: [0.6, 0.4],
  },
};
const COMPETITOR_MEAN = { Fees: 3.5, "Mobile app": 4.1 } as const;

export const BLANK_RATE = 0.03;

export interface BadCell {
  respondent: number; // 1-based data row (row 1 of the sheet is the header)
  header: string;
  value: Cell;
  why: string;
}
export const BAD_CELLS: readonly BadCell[] = [
  { respondent: 14, header: "Overall satisfaction", value: "Very satisifed", why: "typo, not a known label" },
  { respondent: 27, header: "Waiting time - satisfaction", value: 7, why: "outside the 1–5 scale" },
  { respondent: 58, header: "Expectation: Fees", value: "N/A", why: "known non-answer (= blank)" },
  { respondent: 103, header: "Expectation: Privacy", value: "不知道", why: "known non-answer (= blank)" },
  { respondent: 150, header: "Likelihood to recommend (0-10)", value: 11, why: "outside the 0–10 scale" },
  { respondent: 211, header: "Video banking (functional)", value: "I love it", why: "not a Kano answer label" },
];

/** Spreadsheet column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a bad cell (header in row 1). */
export function badCellAddress(b: BadCell): string {
  return `${columnLetters(HEADERS.indexOf(b.header))}${b.respondent + 1}`;
}

/** The survey as rows of cells (no header), fully determined by SEED. */
export function generateRows(seed = SEED, n = RESPONDENTS): Cell[][] {
  const rand = mulberry32(seed);
  const rows: Cell[][] = [];
  const branchShares = BRANCHES.map((b) => BRANCH_PROFILE[b].share);
  for (let i = 1; i <= n; i++) {
    const branch = pick(rand, BRANCHES, branchShares);
    const quarter = QUARTERS[Math.floor(rand() * QUARTERS.length)];
    const profile = BRANCH_PROFILE[branch];
    const weight = Math.min(2, Math.max(0.5, profile.weight * Math.exp(0.25 * normal(rand))));
    // a few respondents come after a bad incident: everything looks worse to them
    const incident = rand() < 0.04;
    const halo = 0.35 * normal(rand) - (incident ? 1.3 : 0);

    const satisfaction = ATTRIBUTES.map((a) => clampRound(SATISFACTION_MEAN[a] + profile.quality + halo + 0.8 * normal(rand), 1, 5));
    const importance = ATTRIBUTES.map((a) => clampRound(IMPORTANCE_MEAN[a] + 0.75 * normal(rand), 1, 5));
    const driven = ATTRIBUTES.reduce((s, a, k) => s + DRIVER_WEIGHTS[a] * satisfaction[k], 0);
    const overallLatent = 3.65 + 1.5 * (driven - 3.45) + 0.2 * halo + 0.5 * normal(rand);
    const overall = clampRound(overallLatent, 1, 5);
    const recommend = clampRound(2.4 * (overallLatent - 1) + 0.9 + 1.1 * normal(rand), 0, 10);
    const expectation = ATTRIBUTES.map((a) => clampRound(EXPECTATION_MEAN[a] + 0.8 * normal(rand), 1, 7));
    const perception = satisfaction.map((s) => clampRound(1 + (s - 1) * 1.4 + 0.6 * normal(rand), 1, 7));
    const kano = KANO_FEATURES.flatMap((f) => {
      const category = pick(rand, KANO_CATEGORIES, KANO_PROFILES[f]);
      const { pairs, probs } = KANO_PAIRS[category];
      const [fa, da] = pick(rand, pairs, probs);
      return [KANO_LABELS[fa - 1], KANO_LABELS[da - 1]];
    });
    const competitor = [clampRound(COMPETITOR_MEAN.Fees + 0.9 * normal(rand), 1, 5), clampRound(COMPETITOR_MEAN["Mobile app"] + 0.8 * normal(rand), 1, 5)];

    const answers: Cell[] = [
      SATISFACTION_LABELS[overall - 1],
      recommend,
      ...satisfaction.flatMap((s, k) => [s, importance[k]]),
      ...expectation.flatMap((e, k) => [e, perception[k]]),
      ...kano,
      ...competitor,
    ];
    // blanks: answer cells only, drawn after the answers so the answers do not depend on them
    for (let c = 0; c < answers.length; c++) if (rand() < BLANK_RATE) answers[c] = null;

    rows.push([`R${String(i).padStart(4, "0")}`, branch, quarter, Math.round(weight * 100) / 100, ...answers]);
  }
  for (const b of BAD_CELLS) rows[b.respondent - 1][HEADERS.indexOf(b.header)] = b.value;
  return rows;
}

/** One CSV field, RFC 4180: quoted only when it holds a comma, quote or line break. */
function csvField(cell: Cell, header: string): string {
  if (cell === null) return "";
  const s = typeof cell === "number" ? (header === "Weight" ? cell.toFixed(2) : String(cell)) : cell;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 CSV text, LF line ends, final LF. */
export function toCsv(rows: readonly Cell[][]): string {
  const lines = [HEADERS.map((h) => csvField(h, "")).join(",")];
  for (const row of rows) lines.push(row.map((c, j) => csvField(c, HEADERS[j])).join(","));
  return lines.join("\n") + "\n";
}

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/** The workbook: one sheet "Survey", bold header row, numbers as numbers, blanks as empty cells. */
export function toWorkbook(rows: readonly Cell[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CS Insight sample generator";
  wb.lastModifiedBy = "CS Insight sample generator";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("Survey", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...HEADERS]);
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  ws.getColumn(HEADERS.indexOf("Weight") + 1).numFmt = "0.00";
  ws.getColumn(1).width = 13;
  return wb;
}

/**
 * Sets every DOS date/time in a zip (local headers and central directory) to 2026-01-01 00:00,
 * because JSZip (inside ExcelJS) stamps each entry with the time of writing. CRCs do not cover
 * these fields, so the archive stays valid. Zip layout: PKWARE APPNOTE.TXT §4.3.7, §4.3.12, §4.3.16.
 */
export function normalizeZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip archive: end of central directory not found");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

export async function writeSample(outDir: string): Promise<{ csv: string; xlsx: string }> {
  const rows = generateRows();
  fs.mkdirSync(outDir, { recursive: true });
  const csv = path.join(outDir, "sample-survey.csv");
  const xlsx = path.join(outDir, "sample-survey.xlsx");
  fs.writeFileSync(csv, toCsv(rows), "utf8");
  const buffer = Buffer.from(await toWorkbook(rows).xlsx.writeBuffer());
  fs.writeFileSync(xlsx, normalizeZipTimestamps(buffer));
  return { csv, xlsx };
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures");
  writeSample(outDir).then(
    ({ csv, xlsx }) => {
      console.log(`wrote ${csv}\nwrote ${xlsx}`);
      for (const b of BAD_CELLS) console.log(`bad cell ${badCellAddress(b)}: ${JSON.stringify(b.value)} (${b.why})`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
