/**
 * Hostile files and command lines for `cs-insight report`, run in-process through main.ts's
 * run() (the same code bin/cs-insight.js runs; test/cli/exitCodes.test.ts drives the child
 * process). Each case must end with an expected exit code and, on failure, a one-line message
 * "cs-insight: …" (a known hint line may follow) — never a stack trace or an internal error —
 * and must leave every file that was there byte for byte as it was, no temporary file behind,
 * and, on success, a report that opens: a zip whose XML parts are well-formed.
 *
 * Shared by cli.fuzz.test.ts (the fixed cases and a few random CSVs) and scripts/fuzz.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { run } from "../../src/cli/main";

const SAMPLE_XLSX = join(__dirname, "../fixtures/sample-survey.xlsx");

export interface CliCase {
  name: string;
  /** Files to create in the case's folder: name → bytes (a folder when the value is null). */
  files: Record<string, Buffer | string | null>;
  /** Arguments after `report`; "@" + name = that file in the case's folder. */
  args: string[];
  /** Allowed exit codes. */
  codes: number[];
  /** Text the message must contain (when the exit code is not 0). */
  message?: RegExp;
  /** Takes seconds (tens of MB, 16,384 columns): only in npm run fuzz, not in npm test. */
  heavy?: boolean;
}

export interface CliOutcome {
  name: string;
  code: number;
  stderr: string;
  /** Empty when the case passed. */
  problems: string[];
}

const SURVEY_HEADER = "Respondent ID,Weight,Overall satisfaction,Speed - satisfaction,Price - satisfaction,Likelihood to recommend (0-10)";
function survey(rows: number, cell = (r: number, c: number) => String(((r * 7 + c * 3) % 5) + 1)): string {
  const lines = [SURVEY_HEADER];
  for (let r = 0; r < rows; r++) lines.push([`R${r + 1}`, "1", cell(r, 0), cell(r, 1), cell(r, 2), String(r % 11)].join(","));
  return `${lines.join("\n")}\n`;
}
const VALID = survey(40);
const EXISTING = "these bytes must survive\n";

/** Valid UTF-8 rows past the sniffer's first 64 KB, then one bad byte. */
function lateInvalidUtf8(): Buffer {
  const head = Buffer.from(survey(8000));
  return Buffer.concat([head, Buffer.from("R9999,1,4,"), Buffer.from([0xc3, 0x28]), Buffer.from(",4,4,9\n")]);
}

/** The fixed hostile cases: encodings, binary, huge lines and cells, too many columns, quotes, outputs, roles files. */
export function fixedCliCases(): CliCase[] {
  const wide = (n: number) => `${Array.from({ length: n }, (_, i) => `Q${i + 1} - satisfaction`).join(",")}\n${new Array(n).fill("4").join(",")}\n`;
  return [
    { name: "valid survey", files: { "s.csv": VALID }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [0] },
    { name: "empty file", files: { "s.csv": "" }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [1], message: /empty/ },
    { name: "only a BOM", files: { "s.csv": "\uFEFF" }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [1], message: /empty/ },
    {
      name: "binary bytes",
      files: { "s.csv": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255, 254]) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /NUL byte|not UTF-8/,
    },
    {
      name: "UTF-16 LE with BOM",
      files: { "s.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, "utf16le")]) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /UTF-16/,
    },
    {
      name: "Windows-1252 bytes",
      files: { "s.csv": Buffer.from("Respondent ID,Satisfaction caf\xe9\nR1,4\n", "latin1") },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /not UTF-8/,
    },
    {
      name: "invalid UTF-8 after the first 64 KB",
      files: { "s.csv": lateInvalidUtf8() },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /s\.csv: byte [\d,]+ \(0xC3\), line 8,002: not UTF-8/,
    },
    {
      name: "UTF-8 sequence split across read chunks",
      files: { "s.csv": survey(3000, (r, c) => (c === 2 ? (r % 2 ? "满意" : "非常满意") : "4")) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0],
    },
    {
      name: "20,000 columns",
      files: { "s.csv": wide(20_000) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /s\.csv: 20,000 columns — Excel holds at most 16,384 \(A\.\.XFD\)/,
    },
    {
      name: "a data row of 17,000 cells",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,4,4,4,9\n${new Array(17_000).fill("4").join(",")}\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /row 3: 17,000 columns/,
    },
    {
      name: "16,384 columns (the limit)",
      files: { "s.csv": wide(16_384) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /16,384 columns have the role rating — the report takes at most 1,000/,
      heavy: true,
    },
    {
      name: "1,001 rated attributes",
      files: { "s.csv": wide(1001) },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /1,001 columns have the role rating/,
    },
    {
      name: "one 2 MB cell",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,${"x".repeat(2 << 20)},4,4,9\nR2,1,4,4,4,9\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0, 1],
    },
    {
      name: "one 20 MB line without a closing quote",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,"${"x".repeat(20 << 20)}\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [1],
      message: /quote/,
      heavy: true,
    },
    {
      name: "unbalanced quotes mid-file",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,"4,4,4,9\nR2,1,4,4,4,9\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0, 1],
    },
    {
      name: "control characters and formula text in cells",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,"=1+1",@SUM(A1),"\u0001\u0008\u000b",9\nR2,1,4,"+CMD|' /C calc'!A0",4,9\nR3,1,\u0000,4,4,9\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0, 1],
    },
    {
      name: "control characters without NUL reach the report",
      files: { "s.csv": `${SURVEY_HEADER}\nR1,1,"\u0001\u0008\u000b\u001f",4,"\uFFFE",9\nR2,1,4,4,4,9\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0, 1],
    },
    { name: "header of control characters", files: { "s.csv": `\u0001,\u0002\n1,2\n` }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [0, 1] },
    { name: "output is the input (.csv)", files: { "s.csv": VALID }, args: ["@s.csv", "--out", "@s.csv"], codes: [2], message: /\.xlsx/ },
    {
      name: "output is the input (.xlsx)",
      files: { "s.xlsx": readFileSync(SAMPLE_XLSX) },
      args: ["@s.xlsx", "--out", "@s.xlsx", "--force"],
      codes: [2],
      message: /names the survey file itself/,
    },
    {
      name: "input in another spelling of the output path",
      files: { "s.xlsx": readFileSync(SAMPLE_XLSX) },
      args: ["@s.xlsx", "--out", "@./s.xlsx", "--force"],
      codes: [2],
      message: /names the survey file itself/,
    },
    { name: "output exists", files: { "s.csv": VALID, "r.xlsx": EXISTING }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [1], message: /already exists/ },
    { name: "output exists, --force", files: { "s.csv": VALID, "r.xlsx": EXISTING }, args: ["@s.csv", "--out", "@r.xlsx", "--force"], codes: [0] },
    {
      name: "output is a folder",
      files: { "s.csv": VALID, "r.xlsx": null },
      args: ["@s.csv", "--out", "@r.xlsx", "--force"],
      codes: [1],
      message: /is a folder/,
    },
    { name: "output folder missing", files: { "s.csv": VALID }, args: ["@s.csv", "--out", "@no/such/r.xlsx"], codes: [1], message: /does not exist/ },
    {
      name: "roles file is a folder",
      files: { "s.csv": VALID, roles: null },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@roles"],
      codes: [1],
      message: /roles: is a folder, not a roles file/,
    },
    {
      name: "roles file missing",
      files: { "s.csv": VALID },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@nope.json"],
      codes: [1],
      message: /nope\.json: roles file not found/,
    },
    {
      name: "roles file broken JSON",
      files: { "s.csv": VALID, "roles.json": '{"format": "cs-insight-roles", "columns": [' },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@roles.json"],
      codes: [1],
      message: /roles/,
    },
    {
      name: "roles file empty",
      files: { "s.csv": VALID, "roles.json": "" },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@roles.json"],
      codes: [1],
      message: /roles/,
    },
    {
      name: "roles file binary",
      files: { "s.csv": VALID, "roles.json": Buffer.from([0xff, 0xfe, 0, 0x7b]) },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@roles.json"],
      codes: [1],
      message: /roles/,
    },
    {
      name: "roles file of the wrong shape",
      files: { "s.csv": VALID, "roles.json": '{"format": "cs-insight-roles", "version": 1, "columns": [{"column": "x", "role": 7}]}' },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@roles.json"],
      codes: [1],
      message: /roles/,
    },
    { name: "survey is a folder", files: { "s.csv": null }, args: ["@s.csv", "--out", "@r.xlsx"], codes: [1], message: /folder/ },
    { name: "xlsx that is not a workbook", files: { "s.xlsx": "not a zip" }, args: ["@s.xlsx", "--out", "@r.xlsx"], codes: [1], message: /s\.xlsx/ },
  ];
}

/** Header cells and data cells for random CSVs: quotes, delimiters, line breaks, unicode, labels. */
const csvCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 11 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom("", "N/A", "Very satisfied", "非常满意", "I like it", "4,5", "=1+1", "-", "1e308", "NaN", "４") },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('"', ",", "\n", "\r", ";", "\t", " ", "a", "4", "é", "满", "\u0001", "\uFEFF"), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
);
const headerCell = fc.oneof(
  fc.constantFrom(
    "Respondent ID",
    "Weight",
    "Overall satisfaction",
    "Speed - satisfaction",
    "Speed - importance",
    "Likelihood to recommend (0-10)",
    "Kano functional 1",
    "Branch",
    "",
  ),
  csvCell,
);
const quoteCsv = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A random CSV survey (quoted properly or written raw), as a CliCase. */
export const randomCsvCase: fc.Arbitrary<CliCase> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"))
  .chain(([cols, rows, quoted, eol]) =>
    fc
      .tuple(
        fc.array(headerCell, { minLength: cols, maxLength: cols }),
        fc.array(fc.array(csvCell, { minLength: 0, maxLength: cols + 1 }), { minLength: rows, maxLength: rows }),
      )
      .map(([header, body]): CliCase => {
        const line = (cells: string[]) => cells.map(quoted ? quoteCsv : (s: string) => s).join(",");
        const text = [line(header), ...body.map(line)].join(eol) + eol;
        return {
          name: `random CSV (${cols} × ${rows}${quoted ? ", quoted" : ", raw"})`,
          files: { "s.csv": text },
          args: ["@s.csv", "--out", "@r.xlsx"],
          codes: [0, 1],
        };
      }),
  );

/** Lines of stderr a failure may add after its message. */
const HINT_LINE = /^(Run 'cs-insight --help' for usage\.|\(the roles used are in .*\)|note: .*)$/;

/** Runs one case in `dir` (a fresh, empty folder) and lists what is wrong with its outcome. */
export async function runCliCase(c: CliCase, dir: string): Promise<CliOutcome> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  for (const [name, bytes] of Object.entries(c.files)) {
    if (bytes === null) mkdirSync(at(name), { recursive: true });
    else writeFileSync(at(name), bytes);
  }
  const before = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) if (statSync(at(name)).isFile()) before.set(name, readFileSync(at(name)));
  const out: string[] = [];
  const err: string[] = [];
  const args = ["report", ...c.args.map((a) => (a.startsWith("@") ? at(a.slice(1)) : a))];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date("2026-12-02T00:00:00Z") });
  const stderr = err.join("\n");
  const problems: string[] = [];
  if (!c.codes.includes(code)) problems.push(`exit code ${code}, expected ${c.codes.join(" or ")}: ${stderr.slice(0, 300)}`);
  if (/internal error|\n\s+at |^\s+at /m.test(stderr)) problems.push(`stack trace or internal error: ${stderr.slice(0, 300)}`);
  if (stderr.includes("\uFFFD") || out.join("\n").includes("\uFFFD")) problems.push("U+FFFD in the output: bytes were replaced");
  if (code !== 0) {
    const lines = stderr.split("\n").filter((l) => !HINT_LINE.test(l) && l !== "");
    if (lines.length !== 1 || !lines[0].startsWith("cs-insight: ")) problems.push(`not a one-line message: ${JSON.stringify(stderr.slice(0, 300))}`);
    if (c.message && !c.message.test(stderr)) problems.push(`message ${JSON.stringify(stderr.slice(0, 300))} does not match ${String(c.message)}`);
  }
  const forced = c.args.includes("--force") && code === 0;
  for (const [name, bytes] of before) {
    const report = c.args.includes(`@${name}`) && c.args[c.args.indexOf(`@${name}`) - 1] === "--out";
    if (forced && report) continue;
    if (!existsSync(at(name)) || !readFileSync(at(name)).equals(bytes)) problems.push(`${name} was changed or removed`);
  }
  for (const name of readdirSync(dir)) if (name.endsWith(".tmp")) problems.push(`temporary file ${name} left behind`);
  const report = at("r.xlsx");
  if (code === 0 && c.args.includes("@r.xlsx")) problems.push(...(await reportProblems(report)));
  if (code !== 0 && !before.has("r.xlsx") && existsSync(report) && statSync(report).isFile()) problems.push("a report was written although the command failed");
  return { name: c.name, code, stderr, problems };
}

/** What is wrong with a written report: not there, not a zip, or an XML part that is not well-formed. */
async function reportProblems(path: string): Promise<string[]> {
  if (!existsSync(path)) return ["exit 0 but no report"];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(path));
  } catch (e) {
    return [`the report is not a zip: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const ok = XMLValidator.validate(xml);
    if (ok !== true) problems.push(`${name} is not well-formed XML: ${ok.err.msg} (line ${ok.err.line})`);
  }
  return problems;
}
