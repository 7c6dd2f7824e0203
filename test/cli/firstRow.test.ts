/**
 * Issue #8: a first row that looks like answers is not taken as headers — the command line asks
 * (exit 1, the question names the file and row 1's values) and `--first-row answers|headers` says
 * which it is. Fixture: test/fixtures/exports/headerless.csv (plain.csv without its header row;
 * truth.json's n = 200, CSI over the satisfaction grid is not comparable without headers).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { buildReportFromFile } from "../../src/cli/report";
import { run as main } from "../../src/cli/main";
import { parseArgs } from "../../src/cli/args";
import { localizeMessage } from "../../src/i18n/messages";
import { CsError } from "../../src/engine/errors";

const fixture = (name: string): string => resolve(__dirname, "../fixtures/exports", name);
const NOW = (): Date => new Date("2026-03-04T05:06:07.000Z");
const truth = JSON.parse(readFileSync(fixture("truth.json"), "utf8")) as { n: number };

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), now: NOW });
  return { code, out, err };
}

describe("first row that looks like answers (issue #8)", () => {
  test("without --first-row: exit 1 with the question, no report written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-first-row-"));
    const out = join(dir, "r.xlsx");
    const r = await run(["report", fixture("headerless.csv"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/headerless\.csv: row 1 looks like answers \("R0001", "Downtown", "3", "6", …\), not column names/);
    expect(r.err).toMatch(/--first-row answers/);
    expect(r.err).toMatch(/--first-row headers/);
    expect(r.err.trim().split("\n")).toHaveLength(1); // one line, no stack trace
    expect(() => readFileSync(out)).toThrow(); // nothing written
  });

  test("--first-row answers: row 1 is a respondent, n = the true 200, columns named Column 1 …", async () => {
    const b = await buildReportFromFile(fixture("headerless.csv"), { now: NOW, firstRow: "answers" });
    expect(b.result.n).toBe(truth.n);
    expect(b.headers.slice(0, 3)).toEqual(["Column 1", "Column 2", "Column 3"]);
  });

  test("--first-row answers keeps sheet row numbers: a bad cell on line 5 is reported at row 5", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-first-row-"));
    const file = join(dir, "nohead.csv");
    const lines = ["1,4,5,3", "2,5,4,4", "3,3,3,2", "4,4,4,5", "5,4,x7,3", "6,2,3,4"];
    writeFileSync(file, lines.join("\n") + "\n");
    const b = await buildReportFromFile(file, { now: NOW, firstRow: "answers" });
    expect(b.result.n).toBe(6);
    expect(b.result.issues.map((i) => [i.row, i.column])).toEqual([[5, 3]]);
  });

  test("regression (npm run fuzz): the question stays one line when row 1 holds line breaks and control characters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-first-row-"));
    const file = join(dir, "s.csv");
    writeFileSync(file, '"\u0001\r ""\r\n,",4,5,3\n2,5,4,4\n3,3,3,2\n');
    const r = await run(["report", file, "--out", join(dir, "r.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/row 1 looks like answers \("" ,", "4", "5", "3"\)/); // the cell \u0001\r "\r\n, on one line
  });

  test("--first-row headers: read as today, without the first-row warning", async () => {
    const b = await buildReportFromFile(fixture("headerless.csv"), { now: NOW, firstRow: "headers" });
    expect(b.result.n).toBe(truth.n - 1);
    expect(b.checks.map((c) => c.key)).not.toContain("firstRowData");
  });

  test("a file with headers is never asked (plain.csv, a platform export)", async () => {
    for (const name of ["plain.csv", "qualtrics-choice.csv"]) {
      const b = await buildReportFromFile(fixture(name), { now: NOW });
      expect(b.result.n).toBe(truth.n);
    }
  });

  test("the question in Chinese and Spanish; --first-row takes only headers or answers", async () => {
    let e: unknown;
    try {
      await buildReportFromFile(fixture("headerless.csv"), { now: NOW });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(CsError);
    expect(localizeMessage(e as CsError, "en")).toBe((e as CsError).message);
    expect(localizeMessage(e as CsError, "zh-CN")).toMatch(/^headerless\.csv：第 1 行看起来是回答/);
    expect(localizeMessage(e as CsError, "es")).toMatch(/^headerless\.csv: la fila 1 parece contener respuestas/);
    expect(() => parseArgs(["report", "s.csv", "--out", "r.xlsx", "--first-row", "maybe"])).toThrow(/--first-row maybe: use headers .* or answers/);
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx", "--first-row", "answers"])).toMatchObject({ firstRow: "answers" });
  });
});
