/**
 * The reader against files written by an independent writer, GNU PSPP 1.6.2, from
 * test/sav/pspp/pspp-cases.sps and pspp-latin1.sps (the same cases three ways: bytecode, plain,
 * zlib). The expected values are the syntax files' data, typed in by hand.
 */
import { join } from "path";
import { readSavFile } from "../../src/cli/readSav";

const dir = join(__dirname, "pspp");
const LONG = "a".repeat(251) + "B" + "c".repeat(251) + "D" + "e".repeat(10);

describe.each(["pspp-bytecode.sav", "pspp-plain.sav", "pspp-zlib.zsav"])("PSPP file %s", (file) => {
  let t: Awaited<ReturnType<typeof readSavFile>>;
  beforeAll(async () => {
    t = await readSavFile(join(dir, file));
  });

  it("headers are the variable labels, or the names where unlabelled", () => {
    expect(t.headers).toEqual(["id", "Overall satisfaction", "Likelihood to recommend (0-10)", "visit", "seen", "wt", "Store", "Any comments?", "long"]);
    expect(t.source).toBe(`file ${file}`);
    expect(t.weight).toBe("wt");
  });

  it("layout: platform spss, name as code, label as question, value labels", () => {
    expect(t.layout.platform).toBe("spss");
    expect(t.layout.headerRows).toBe(1);
    expect(t.layout.columns[1]).toEqual({
      header: "Overall satisfaction",
      code: "sat",
      question: "Overall satisfaction",
      valueLabels: { "1": "Very dissatisfied", "2": "Dissatisfied", "3": "Neither satisfied nor dissatisfied", "4": "Satisfied", "5": "Very satisfied", "9": "Don't know" },
    });
    expect(t.layout.columns[2].valueLabels).toEqual({ "0": "Not at all likely", "10": "Extremely likely", "99": "Refused" });
    expect(t.layout.columns[6].valueLabels).toEqual({ N: "North", S: "South" });
    expect(t.layout.columns[0]).toEqual({ header: "id", code: "id" });
  });

  it("cells: numbers, dates as ISO text, string labels, user- and system-missing blank", () => {
    expect(t.rows).toHaveLength(5);
    // sat: 8 has no label, so the labels do not replace the codes (the column stays numeric);
    // 9 is user-missing. nps: 0/10 are anchors; 99 is in the missing range 90 THRU HI.
    expect(t.rows.map((r) => r.slice(0, 7))).toEqual([
      [1, 5, 10, "2026-03-01", "2026-03-01T14:30:05", 1.25, "North"],
      [2, 3, 0, "2026-06-15", "2026-06-15T08:00:00", 0.8, "South"],
      [3, "", "", "2025-12-31", "2025-12-31T23:59:59", 1, "X"],
      [4, 1, "", "", "", 2.5, "North"],
      [5, 8, 5, "1970-01-01", "1970-01-01T00:00:00", 1.5, "South"],
    ]);
  });

  it("text: UTF-8 characters across 8-byte slots, the string missing value, a 600-byte string", () => {
    expect(t.rows.map((r) => r[7])).toEqual(["abcdefgé très bien, éèàü", "plain", "", "Ünïcödé ≥ 8 bytes ★", ""]);
    expect(t.rows.map((r) => r[8])).toEqual([LONG, "short", "", "x", "y"]);
  });
});

it("a Windows-1252 file: labels and text decoded from the code page", async () => {
  const t = await readSavFile(join(dir, "pspp-latin1.sav"));
  expect(t.headers).toEqual(["Satisfaction générale", "note"]);
  // 4 and 5 labelled and only 4 and 5 occur: the labels replace the codes.
  expect(t.rows).toEqual([
    ["Très satisfait", "crème brûlée"],
    ["Satisfait", "café"],
  ]);
});
