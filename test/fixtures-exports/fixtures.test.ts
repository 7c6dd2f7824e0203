/**
 * The platform export fixtures (test/fixtures/exports/): the generator is deterministic, every
 * file parses to 200 respondents under its stated header rows with the stated encoding, every
 * fixture carries the same answers as plain.csv, and truth.json agrees with a second, independent
 * recomputation from plain.csv written here with plain code. Also excelTyped's behaviour.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { writeExportFixtures } from "../../scripts/make-export-fixtures";
import { excelCell, excelTyped } from "../fixtures/exports/excelTyped";
import { expectClose } from "../helpers/close";
import { exportTruth, fixtureCsvRows, fixtureFiles, fixturePath, fixtureRangeValues } from "../fixtures/exports";

const DIR = path.join(__dirname, "..", "fixtures", "exports");
const truth = JSON.parse(fs.readFileSync(path.join(DIR, "truth.json"), "utf8"));
const ITEMS: string[] = truth.csi.items;
const FEATURES = ["Mobile app", "Self-checkout", "Home delivery"];
type Fixture = (typeof truth.fixtures)[string];
const CSV_FILES = Object.keys(truth.fixtures).filter((f) => f.endsWith(".csv"));

function readCsv(file: string): { text: string; rows: string[][] } {
  const text = fs.readFileSync(path.join(DIR, file), "utf8");
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}

/** plain.csv as numbers (blank = null), the reference every other fixture is compared with. */
const plainRows = readCsv("plain.csv").rows.slice(1);
const KANO = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
const num = (s: string): number | null => (s === "" ? null : Number(s));

describe("typed access (test/fixtures/exports/index.ts)", () => {
  test("truth.json has the fields ExportTruth declares", () => {
    const t = exportTruth();
    expect(Object.keys(t).sort()).toEqual(
      [
        "about",
        "byStore",
        "csi",
        "finished",
        "fixtures",
        "generator",
        "importance",
        "kano",
        "n",
        "nps",
        "npsNoZeroNoTen",
        "overall",
        "recommendMean",
        "satisfaction",
        "seed",
        "stores",
      ].sort(),
    );
    for (const f of fixtureFiles()) {
      expect(fs.existsSync(fixturePath(f))).toBe(true);
      expect(Object.keys(t.fixtures[f]).sort()).toEqual(
        ["answerKey", "answers", "columns", "dataRows", "encoding", "exportPath", "headerRows", "metadataColumns", "notes", "platform", "roles"].sort(),
      );
      expect(Object.keys(t.fixtures[f].roles).sort()).toEqual(
        ["comment", "importance", "kanoDysfunctional", "kanoFunctional", "other", "overall", "recommend", "satisfaction", "store"].sort(),
      );
    }
  });
});

describe("fixtureRangeValues: the cells Excel hands the task pane", () => {
  test("every fixture: header rows + 200 rows, the same width, dates as serials", async () => {
    for (const f of fixtureFiles()) {
      const fx = exportTruth().fixtures[f];
      const values = await fixtureRangeValues(f);
      expect([f, values.length]).toEqual([f, fx.headerRows + 200]);
      for (const row of values) expect(row.length).toBe(fx.columns);
      if (!f.endsWith(".xlsx")) expect(fixtureCsvRows(f).length).toBe(fx.headerRows + 200);
    }
  });
  test("typed as Excel would: Qualtrics dates and True, Forms dates, Google stamps stay text", async () => {
    const q = await fixtureRangeValues("qualtrics-choice.csv");
    expect(q[3][0]).toBe(46300 + (8 * 3600 + 2 * 60 + 1) / 86400); // 2026-10-05 08:02:01
    expect(q[3][6]).toBe(true);
    const ms = await fixtureRangeValues("microsoft-forms.xlsx");
    expectClose(ms[1][1] as number, 46300 + (8 * 3600 + 2 * 60 + 1) / 86400, 1e-9); // Start time
    expect(ms[1][0]).toBe(1);
    const g = await fixtureRangeValues("google-forms.csv");
    expect(g[1][0]).toBe("2026/10/05 8:13:11 AM MDT");
    expect(typeof g[1][4]).toBe("number"); // recommend
  });
});

describe("generator", () => {
  test("regenerating gives byte-identical files", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "export-fixtures-"));
    try {
      const files = await writeExportFixtures(tmp);
      expect(files.length).toBe(Object.keys(truth.fixtures).length + 1);
      for (const f of files) {
        expect({ f, same: fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(DIR, f))) }).toEqual({ f, same: true });
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.each(CSV_FILES)("%s", (file) => {
  const fx: Fixture = truth.fixtures[file];
  const { text, rows } = readCsv(file);

  test("encoding and line endings as stated", () => {
    expect(text.startsWith("\uFEFF")).toBe(fx.encoding.utf8Bom);
    const crlf = (text.match(/\r\n/g) ?? []).length;
    if (fx.encoding.lineEnding === "CRLF") expect(crlf).toBeGreaterThanOrEqual(fx.headerRows + 200);
    else expect(crlf).toBe(0);
  });

  test("200 respondents under the stated header rows, every row the same width", () => {
    expect(rows.length).toBe(fx.headerRows + 200);
    for (const r of rows) expect(r.length).toBe(fx.columns);
  });

  test("header cells of the roles and metadata columns are the stated ones", () => {
    const check = (c: { column: number; headers: string[] }) => c.headers.forEach((h, i) => expect(rows[i][c.column]).toBe(h));
    const r = fx.roles;
    [
      r.store,
      r.overall,
      r.recommend,
      r.comment,
      ...r.satisfaction,
      ...r.importance,
      ...r.kanoFunctional,
      ...r.kanoDysfunctional,
      ...r.other,
      ...fx.metadataColumns,
    ].forEach(check);
    const covered = new Set<number>(
      [
        r.store,
        r.overall,
        r.recommend,
        r.comment,
        ...r.satisfaction,
        ...r.importance,
        ...r.kanoFunctional,
        ...r.kanoDysfunctional,
        ...r.other,
        ...fx.metadataColumns,
      ].map((c: { column: number }) => c.column),
    );
    expect(covered.size).toBe(fx.columns); // every column is either data of a role or metadata
  });

  test("the same answers as plain.csv, decoded with the stated answer key", () => {
    const data = rows.slice(fx.headerRows);
    const key = fx.answerKey as Record<string, Record<string, number>>;
    const decode = (group: string, s: string): number | null => {
      if (s === "") return null;
      const k = key[group];
      if (k && s in k) return k[s];
      expect({ group, s, numeric: /^\d+$/.test(s) }).toEqual({ group, s, numeric: true });
      return Number(s);
    };
    const plainCol = (name: string) => plainRows.map((p) => p[truth.fixtures["plain.csv"].roles[name].column]);
    // store: plain has names, value 1..4 in truth.stores order
    const storeNames = Object.keys(truth.stores);
    expect(data.map((d) => decode("store", d[fx.roles.store.column]))).toEqual(plainCol("store").map((s) => storeNames.indexOf(s) + 1));
    expect(data.map((d) => decode("overall", d[fx.roles.overall.column]))).toEqual(plainCol("overall").map(num));
    const recommend = data.map((d) => num(d[fx.roles.recommend.column]));
    const plainRec = plainCol("recommend").map(num);
    if (file.includes("nps1to9")) expect(recommend).toEqual(plainRec.map((x) => (x === 10 ? 9 : x)));
    else expect(recommend).toEqual(plainRec);
    ITEMS.forEach((_, k) => {
      const p = truth.fixtures["plain.csv"].roles;
      expect(data.map((d) => decode("satisfaction", d[fx.roles.satisfaction[k].column]))).toEqual(plainRows.map((r) => num(r[p.satisfaction[k].column])));
      expect(data.map((d) => decode("importance", d[fx.roles.importance[k].column]))).toEqual(plainRows.map((r) => num(r[p.importance[k].column])));
    });
    FEATURES.forEach((_, f) => {
      const p = truth.fixtures["plain.csv"].roles;
      for (const side of ["kanoFunctional", "kanoDysfunctional"] as const) {
        expect(data.map((d) => decode("kano", d[fx.roles[side][f].column]))).toEqual(
          plainRows.map((r) => (r[p[side][f].column] === "" ? null : KANO.indexOf(r[p[side][f].column]) + 1)),
        );
      }
    });
  });
});

describe("microsoft-forms.xlsx", () => {
  const fx: Fixture = truth.fixtures["microsoft-forms.xlsx"];
  test("one header row, 200 respondents, cells typed as Forms writes them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, "microsoft-forms.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Sheet1");
    expect(ws.rowCount).toBe(201);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.length).toBe(fx.columns);
    expect(header.slice(0, 6)).toEqual(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]);
    expect(header[fx.roles.importance[0].column]).toBe("Staff friendliness2");
    const row2 = ws.getRow(2);
    expect(row2.getCell(1).value).toBe(1);
    expect(row2.getCell(2).value).toBeInstanceOf(Date);
    expect(row2.getCell(2).numFmt).toBe("m/d/yy h:mm:ss");
    const cellOf = (r: number, c: number) => ws.getRow(r + 2).getCell(c + 1).value;
    const p = truth.fixtures["plain.csv"].roles;
    for (let r = 0; r < 200; r++) {
      const overall = cellOf(r, fx.roles.overall.column);
      expect(overall ?? null).toBe(num(plainRows[r][p.overall.column]));
      expect(cellOf(r, fx.roles.recommend.column) ?? null).toBe(num(plainRows[r][p.recommend.column]));
      const sat = cellOf(r, fx.roles.satisfaction[1].column);
      const key = fx.answerKey.satisfaction as Record<string, number>;
      expect(sat === null || sat === undefined ? null : key[sat as string]).toBe(num(plainRows[r][p.satisfaction[1].column]));
    }
  });
});

describe("truth.json agrees with an independent recomputation from plain.csv", () => {
  const col = (name: string) => truth.fixtures["plain.csv"].roles[name];
  const values = (c: number) => plainRows.map((r) => num(r[c])).filter((x): x is number => x !== null);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

  test("n, respondents per store", () => {
    expect(plainRows.length).toBe(truth.n);
    const counts: Record<string, number> = {};
    for (const r of plainRows) counts[r[1]] = (counts[r[1]] ?? 0) + 1;
    expect(counts).toEqual(truth.stores);
  });

  test("item means, overall mean, stated importance, CSI", () => {
    expectClose(mean(values(col("overall").column)), truth.overall.mean, 1e-12);
    const satMeans = col("satisfaction").map((c: { column: number }) => mean(values(c.column)));
    satMeans.forEach((m: number, k: number) => {
      expect(values(col("satisfaction")[k].column).length).toBe(truth.satisfaction[ITEMS[k]].n);
      expectClose(m, truth.satisfaction[ITEMS[k]].mean, 1e-12);
      expectClose(mean(values(col("importance")[k].column)), truth.importance[ITEMS[k]].mean, 1e-12);
    });
    // CSI, range form with equal weights: 100 · Σ(m̄ − 1)/4 / 7
    let sum = 0;
    for (const m of satMeans) sum += (m - 1) / 4;
    expectClose((100 * sum) / 7, truth.csi.value, 1e-10);
    expect(truth.csi.value).toBeGreaterThan(0);
  });

  test("NPS: nobody answered 0; % 9–10 minus % 0–6", () => {
    const rec = values(col("recommend").column);
    expect(Math.min(...rec)).toBe(1);
    expect(Math.max(...rec)).toBe(10);
    let pro = 0;
    let det = 0;
    for (const x of rec) {
      if (x >= 9) pro++;
      else if (x <= 6) det++;
    }
    expect(rec.length).toBe(truth.nps.n);
    expectClose((100 * (pro - det)) / rec.length, truth.nps.nps, 1e-12);
    const variant = readCsv("plain-nps1to9.csv")
      .rows.slice(1)
      .map((r) => num(r[3]))
      .filter((x): x is number => x !== null);
    expect(Math.max(...variant)).toBe(9);
    expect(truth.npsNoZeroNoTen.max).toBe(9);
    expectClose(truth.npsNoZeroNoTen.nps, truth.nps.nps, 1e-12); // 10 → 9 keeps promoters
  });

  test("Kano counts, categories, Better and Worse", () => {
    // Berger et al. (1993) evaluation table, written out again: key "F,D" → category.
    const cat = (f: number, d: number): string => {
      if ((f === 1 && d === 1) || (f === 5 && d === 5)) return "Q";
      if (f === 1) return d === 5 ? "O" : "A";
      if (f === 5 || d === 1) return "R";
      return d === 5 ? "M" : "I";
    };
    FEATURES.forEach((feature, k) => {
      const fc = col("kanoFunctional")[k].column;
      const dc = col("kanoDysfunctional")[k].column;
      const counts: Record<string, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
      for (const r of plainRows) {
        if (r[fc] === "" || r[dc] === "") continue;
        counts[cat(KANO.indexOf(r[fc]) + 1, KANO.indexOf(r[dc]) + 1)]++;
      }
      const t = truth.kano[k];
      expect(t.feature).toBe(feature);
      expect(counts).toEqual(t.counts);
      const n = Object.values(counts).reduce((s, x) => s + x, 0);
      const order = ["M", "O", "A", "I", "R", "Q"];
      const top = [...order].sort((a, b) => counts[b] - counts[a] || order.indexOf(a) - order.indexOf(b));
      let category = top[0];
      if ((counts[top[0]] - counts[top[1]]) / n < 0.06 && ["M", "O", "A", "I"].includes(top[1])) {
        category = order.indexOf(top[0]) < order.indexOf(top[1]) ? top[0] : top[1];
      }
      expect(category).toBe(t.category);
      const d = counts.A + counts.O + counts.M + counts.I;
      expectClose((counts.A + counts.O) / d, t.better, 1e-12);
      expectClose(-(counts.O + counts.M) / d, t.worse, 1e-12);
    });
    // The fixture exercises the tie rule: Self-checkout's most frequent is O, the category M.
    expect([truth.kano[1].mostFrequent, truth.kano[1].category, truth.kano[1].ruleApplied]).toEqual(["O", "M", true]);
  });

  test("per store: n, overall mean, CSI, NPS", () => {
    for (const [store, t] of Object.entries(truth.byStore) as [string, { n: number; overall: { mean: number }; csi: number; nps: { nps: number } }][]) {
      const g = plainRows.filter((r) => r[col("store").column] === store);
      expect(g.length).toBe(t.n);
      const vals = (c: number) => g.map((r) => num(r[c])).filter((x): x is number => x !== null);
      expectClose(mean(vals(col("overall").column)), t.overall.mean, 1e-12);
      const csi = (100 * col("satisfaction").reduce((s: number, c: { column: number }) => s + (mean(vals(c.column)) - 1) / 4, 0)) / 7;
      expectClose(csi, t.csi, 1e-10);
      const rec = vals(col("recommend").column);
      expectClose((100 * (rec.filter((x) => x >= 9).length - rec.filter((x) => x <= 6).length)) / rec.length, t.nps.nps, 1e-12);
    }
  });

  test("qualtrics-numeric-positive-first.csv: overall codes correlate negatively with recommend (the hint its notes give)", () => {
    const fx = truth.fixtures["qualtrics-numeric-positive-first.csv"];
    const pairs = readCsv("qualtrics-numeric-positive-first.csv")
      .rows.slice(3)
      .map((r) => [num(r[fx.roles.overall.column]), num(r[fx.roles.recommend.column])])
      .filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
    const mx = mean(pairs.map((p) => p[0]));
    const my = mean(pairs.map((p) => p[1]));
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (const [x, y] of pairs) {
      sxy += (x - mx) * (y - my);
      sxx += (x - mx) ** 2;
      syy += (y - my) ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeLessThan(-0.3);
  });

  test("headerless.csv is plain.csv without its first row", () => {
    expect(readCsv("headerless.csv").rows).toEqual(plainRows);
  });
});

describe("excelTyped", () => {
  test("numbers, booleans, text, blanks", () => {
    expect(excelTyped([["5", "-1.5", "1e3", "1,234", "45%", "", "007", "0.5", "0", "abc", "TRUE", "False", "R_1x", "4 stars"]])).toEqual([
      [5, -1.5, 1000, 1234, 0.45, "", "007", 0.5, 0, "abc", true, false, "R_1x", "4 stars"],
    ]);
  });
  test("dates and date-times become Excel serials; zone suffixes stay text", () => {
    expect(excelCell("1900-03-01")).toBe(61);
    expect(excelCell("2026-10-05")).toBe(46300);
    expect(excelCell("2026-10-05 12:00:00")).toBe(46300.5);
    expect(excelCell("10/05/2026")).toBe(46300);
    expectClose(excelCell("10/05/2026 09:14:27 AM") as number, 46300 + (9 * 3600 + 14 * 60 + 27) / 86400, 1e-12);
    expect(excelCell("10/05/2026 12:30:00 PM")).toBe(46300 + 12.5 / 24);
    expect(excelCell("10/05/2026 12:30:00 AM")).toBe(46300 + 0.5 / 24);
    expect(excelCell("8/20/25 12:51")).toBe(45889 + (12 * 60 + 51) / 1440);
    expect(excelCell("2026/10/05 9:14:27 AM")).toBe(excelCell("2026-10-05 09:14:27"));
    expect(excelCell("2026/10/05 9:14:27 AM MDT")).toBe("2026/10/05 9:14:27 AM MDT");
    expect(excelCell("2026-02-30")).toBe("2026-02-30");
    expect(excelCell("13/05/2026")).toBe("13/05/2026");
  });
  test("a Qualtrics data row: True, codes, dates", () => {
    const { rows } = readCsv("qualtrics-numeric.csv");
    const typed = excelTyped([rows[3]])[0];
    expect(typeof typed[0]).toBe("number"); // StartDate → serial
    expect(typed[2]).toBe(0); // Status
    expect(typeof typed[6]).toBe("number"); // Finished 1/0
    const choice = excelTyped([readCsv("qualtrics-choice.csv").rows[3]])[0];
    expect(typeof choice[6]).toBe("boolean"); // Finished True/False
  });
});
