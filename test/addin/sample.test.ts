/**
 * The bundled sample survey (test/fixtures/sample-survey.{csv,xlsx}): deterministic, the promised
 * shape and bad cells, and the properties the generator was built to have (checked with small
 * independent computations, not the engine).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { BAD_CELLS, badCellAddress, mulberry32, writeSample } from "../../scripts/generate-sample";

const fixtures = path.join(__dirname, "..", "fixtures");
const csvText = fs.readFileSync(path.join(fixtures, "sample-survey.csv"), "utf8");
const table = Papa.parse<string[]>(csvText, { skipEmptyLines: true }).data;
const [header, ...rows] = table;

const ATTRIBUTES = [
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
];
const FEATURES = ["Video banking", "Queue SMS alert", "Weekend opening", "Personal advisor", "Free coffee", "Contactless ATM"];
const EXPECTED_HEADER = [
  "Respondent ID",
  "Branch",
  "Quarter",
  "Weight",
  "Overall satisfaction",
  "Likelihood to recommend (0-10)",
  ...ATTRIBUTES.flatMap((a) => [`${a} - satisfaction`, `${a} - importance`]),
  ...ATTRIBUTES.flatMap((a) => [`Expectation: ${a}`, `Perception: ${a}`]),
  ...FEATURES.flatMap((f) => [`${f} (functional)`, `${f} (dysfunctional)`]),
  "Competitor: Fees",
  "Competitor: Mobile app",
];
const KANO = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
const OVERALL = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];

const column = (h: string): string[] => rows.map((r) => r[header.indexOf(h)]);
/** Numbers of a column on a scale; blanks, labels and off-scale values dropped. */
const ratings = (h: string, lo = 1, hi = 5): (number | null)[] => column(h).map((v) => (/^\d+$/.test(v) && +v >= lo && +v <= hi ? +v : null));
const mean = (xs: (number | null)[]): number => {
  const v = xs.filter((x): x is number => x !== null);
  return v.reduce((s, x) => s + x, 0) / v.length;
};
/** Pearson r over pairwise-complete rows. */
function pearson(x: (number | null)[], y: (number | null)[]): number {
  const pairs = x.flatMap((a, i) => (a !== null && y[i] !== null ? [[a, y[i] as number]] : []));
  const mx = pairs.reduce((s, p) => s + p[0], 0) / pairs.length;
  const my = pairs.reduce((s, p) => s + p[1], 0) / pairs.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [a, b] of pairs) {
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) ** 2;
    syy += (b - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe("sample survey generator", () => {
  it("mulberry32 matches the reference implementation (seed 1 → 0.6270739405881613, …)", () => {
    // 0.6270739405881613 is the widely quoted first draw of mulberry32(1); the next two pin the sequence
    const r = mulberry32(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("is deterministic: a fresh run writes byte-identical CSV and XLSX", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cs-sample-"));
    try {
      const { csv, xlsx } = await writeSample(dir);
      expect(fs.readFileSync(csv).equals(fs.readFileSync(path.join(fixtures, "sample-survey.csv")))).toBe(true);
      expect(fs.readFileSync(xlsx).equals(fs.readFileSync(path.join(fixtures, "sample-survey.xlsx")))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("sample-survey.csv", () => {
  it("has 601 LF-terminated lines (header + 600 respondents) of 60 columns, UTF-8 without BOM", () => {
    expect(csvText.charCodeAt(0)).not.toBe(0xfeff);
    expect(csvText).not.toContain("\r");
    expect(csvText.endsWith("\n")).toBe(true);
    expect(csvText.split("\n").length - 1).toBe(601);
    expect(table.length).toBe(601);
    for (const r of table) expect(r.length).toBe(60);
  });

  it("has exactly the specified headers in order", () => {
    expect(header).toEqual(EXPECTED_HEADER);
  });

  it("has ids R0001…R0600, five branches, quarters 2026-Q1..Q3, weights 0.50–2.00 with 2 decimals", () => {
    expect(column("Respondent ID")).toEqual(rows.map((_, i) => `R${String(i + 1).padStart(4, "0")}`));
    expect(new Set(column("Branch"))).toEqual(new Set(["Downtown", "Harbour", "Airport", "University", "Old Town"]));
    expect(new Set(column("Quarter"))).toEqual(new Set(["2026-Q1", "2026-Q2", "2026-Q3"]));
    for (const w of column("Weight")) {
      expect(w).toMatch(/^\d\.\d\d$/);
      expect(+w).toBeGreaterThanOrEqual(0.5);
      expect(+w).toBeLessThanOrEqual(2);
    }
    expect(mean(column("Weight").map(Number))).toBeGreaterThan(0.9);
    expect(mean(column("Weight").map(Number))).toBeLessThan(1.2);
  });

  it("has about 3 % blank answer cells and no blank id, branch, quarter or weight", () => {
    const answers = rows.flatMap((r) => r.slice(4));
    const share = answers.filter((v) => v === "").length / answers.length;
    expect(share).toBeGreaterThan(0.025);
    expect(share).toBeLessThan(0.035);
    expect(rows.flatMap((r) => r.slice(0, 4)).filter((v) => v === "")).toEqual([]);
  });

  it("holds the listed bad cells at their addresses, and the generator comment lists the same cells", () => {
    const source = fs.readFileSync(path.join(__dirname, "..", "..", "scripts", "generate-sample.ts"), "utf8");
    const listed = [...source.matchAll(/^ \*\s+([A-Z]+\d+)\s+R(\d{4}) /gm)].map((m) => [m[1], +m[2]]);
    expect(listed).toEqual(BAD_CELLS.map((b) => [badCellAddress(b), b.respondent]));
    expect(BAD_CELLS.map(badCellAddress)).toEqual(["E15", "G28", "AO59", "AS104", "F151", "AU212"]);
    for (const b of BAD_CELLS) {
      const m = /^([A-Z]+)(\d+)$/.exec(badCellAddress(b)) as RegExpExecArray;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(table[+m[2] - 1][col]).toBe(String(b.value));
      expect(header[col]).toBe(b.header);
    }
  });

  it("uses only valid answers outside the bad cells", () => {
    const bad = new Set(BAD_CELLS.map((b) => `${b.respondent}|${b.header}`));
    const scale = (lo: number, hi: number) => (v: string) => /^\d+$/.test(v) && +v >= lo && +v <= hi;
    const checks: [string, (v: string) => boolean][] = [
      ["Overall satisfaction", (v) => OVERALL.includes(v)],
      ["Likelihood to recommend (0-10)", scale(0, 10)],
      ...ATTRIBUTES.flatMap((a): [string, (v: string) => boolean][] => [
        [`${a} - satisfaction`, scale(1, 5)],
        [`${a} - importance`, scale(1, 5)],
        [`Expectation: ${a}`, scale(1, 7)],
        [`Perception: ${a}`, scale(1, 7)],
      ]),
      ...FEATURES.flatMap((f): [string, (v: string) => boolean][] => [
        [`${f} (functional)`, (v) => KANO.includes(v)],
        [`${f} (dysfunctional)`, (v) => KANO.includes(v)],
      ]),
      ["Competitor: Fees", scale(1, 5)],
      ["Competitor: Mobile app", scale(1, 5)],
    ];
    for (const [h, valid] of checks) {
      const values = column(h);
      const wrong = values.flatMap((v, i) => (bad.has(`${i + 1}|${h}`) || v === "" || valid(v) ? [] : [i + 2]));
      expect({ h, wrong }).toEqual({ h, wrong: [] });
    }
  });

  it("puts the Kano features in different categories (Berger et al. evaluation table, most frequent)", () => {
    // rows: functional answer, columns: dysfunctional answer (like, expect, neutral, live-with, dislike)
    const evaluation = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"];
    const category = (f: string): string => {
      const counts: Record<string, number> = {};
      const fa = column(`${f} (functional)`);
      const da = column(`${f} (dysfunctional)`);
      fa.forEach((v, i) => {
        const a = KANO.indexOf(v);
        const b = KANO.indexOf(da[i]);
        if (a >= 0 && b >= 0) counts[evaluation[a][b]] = (counts[evaluation[a][b]] ?? 0) + 1;
      });
      return Object.entries(counts).sort((x, y) => y[1] - x[1])[0][0];
    };
    expect(Object.fromEntries(FEATURES.map((f) => [f, category(f)]))).toEqual({
      "Video banking": "A",
      "Queue SMS alert": "O",
      "Weekend opening": "I",
      "Personal advisor": "M", // close call with O (category strength ≈ 0.02)
      "Free coffee": "A",
      "Contactless ATM": "M",
    });
  });

  it("fills all four importance–performance quadrants (crosshairs at the means)", () => {
    const imp = ATTRIBUTES.map((a) => mean(ratings(`${a} - importance`)));
    const perf = ATTRIBUTES.map((a) => mean(ratings(`${a} - satisfaction`)));
    const ci = mean(imp);
    const cp = mean(perf);
    const quadrant = (k: number): string => (imp[k] >= ci ? (perf[k] >= cp ? "keep" : "concentrate") : perf[k] >= cp ? "overkill" : "low");
    expect(Object.fromEntries(ATTRIBUTES.map((a, k) => [a, quadrant(k)]))).toEqual({
      "Waiting time": "concentrate",
      "Staff courtesy": "overkill",
      "Staff knowledge": "keep",
      "Transaction accuracy": "keep",
      "Branch cleanliness": "overkill",
      "Opening hours": "low",
      "Mobile app": "low",
      Fees: "concentrate",
      "Problem resolution": "concentrate",
      Privacy: "keep",
    });
  });

  it("makes derived importance meaningful: problem resolution drives overall most, cleanliness least", () => {
    const overall = column("Overall satisfaction").map((v) => (OVERALL.includes(v) ? OVERALL.indexOf(v) + 1 : null));
    const r = ATTRIBUTES.map((a) => pearson(ratings(`${a} - satisfaction`), overall));
    const order = ATTRIBUTES.map((a, k) => [a, r[k]] as const).sort((x, y) => y[1] - x[1]);
    expect(order[0][0]).toBe("Problem resolution");
    expect(order[order.length - 1][0]).toBe("Branch cleanliness");
    expect(Math.min(...r)).toBeGreaterThan(0.2);
  });

  it("correlates recommendation with overall satisfaction and has every overall level", () => {
    const overall = column("Overall satisfaction").map((v) => (OVERALL.includes(v) ? OVERALL.indexOf(v) + 1 : null));
    expect(pearson(ratings("Likelihood to recommend (0-10)", 0, 10), overall)).toBeGreaterThan(0.7);
    for (let level = 1; level <= 5; level++) expect(overall.filter((o) => o === level).length).toBeGreaterThan(5);
  });

  it("has negative SERVQUAL gaps, different branch quality and a stronger competitor on Fees and Mobile app", () => {
    for (const a of ATTRIBUTES) {
      const p = ratings(`Perception: ${a}`, 1, 7);
      const e = ratings(`Expectation: ${a}`, 1, 7);
      expect(mean(p.map((x, i) => (x !== null && e[i] !== null ? x - (e[i] as number) : null)))).toBeLessThan(0);
    }
    const branchMean = (b: string): number => mean(rows.filter((r) => r[1] === b).map((r) => (OVERALL.includes(r[4]) ? OVERALL.indexOf(r[4]) + 1 : null)));
    expect(branchMean("Harbour")).toBeGreaterThan(branchMean("Airport") + 0.5);
    expect(mean(ratings("Competitor: Fees"))).toBeGreaterThan(mean(ratings("Fees - satisfaction")));
    expect(mean(ratings("Competitor: Mobile app"))).toBeGreaterThan(mean(ratings("Mobile app - satisfaction")));
  });
});

describe("sample-survey.xlsx", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(fixtures, "sample-survey.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Survey"]);
    ws = wb.getWorksheet("Survey") as ExcelJS.Worksheet;
  });

  it("has a bold header row and the same cells as the CSV, numbers stored as numbers", () => {
    expect(ws.rowCount).toBe(601);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const mismatches: string[] = [];
    for (let r = 1; r <= 601; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 60; c++) {
        const v = row.getCell(c).value;
        const text = table[r - 1][c - 1];
        const expected = text === "" ? null : r > 1 && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
        if (v !== expected) mismatches.push(`${row.getCell(c).address}: ${JSON.stringify(v)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
