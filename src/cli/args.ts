/**
 * Command-line arguments → typed options. Anything wrong with the command line itself throws
 * UsageError (exit code 2); whether the files are usable is decided later (exit code 1).
 */
import type { CrosshairMode } from "../engine/ipa";
import { ALL_SHEETS } from "../report/analysis";
import type { ReportLanguage, SheetKey } from "../report/plan";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ReportArgs {
  command: "report";
  input: string;
  out: string;
  roles?: string;
  writeRoles?: string;
  language: ReportLanguage;
  /** Header text or 1-based column number, as given. */
  segment?: string;
  sheets?: SheetKey[];
  crosshair?: CrosshairMode;
  /** Worksheet of an .xlsx survey. */
  sheet?: string;
  force: boolean;
  /** Hidden: print wall time and peak memory (maxRSS) as JSON on stderr at the end. */
  stats: boolean;
}

export type Args = ReportArgs | { command: "help" } | { command: "version" };

export const USAGE = `cs-insight — customer-satisfaction reports (CSI, NPS, Kano, gaps, priorities) as an .xlsx file

Usage:
  cs-insight report <survey.csv|survey.xlsx> --out <report.xlsx> [options]
  cs-insight --help | --version
In this repository: npx cs-insight …, node bin/cs-insight.js … or npm run report -- <survey> --out …

Reads the survey (first row = headers, one respondent per row; CSV is streamed, so files of
millions of rows are fine), proposes a role for every column as the Excel task pane does, prints
them and saves them as an editable roles file, then writes the report workbook: native Excel
formulas and charts, no add-in needed to read it.

Options:
  --out <file.xlsx>         the report to write (required); never overwritten without --force
  --roles <roles.json>      use these column roles instead of proposing them (edit a written roles file)
  --write-roles <file>      where to save the roles (default: <out>.roles.json; with --roles: not saved)
  --lang en|zh-CN|es        language of the report (default en)
  --segment <header|n>      the segment column to compare (header text or column number; default the first)
  --sheets <list>           sheets to write, comma-separated: ${ALL_SHEETS.join(",")} (default all)
  --crosshair <c>           quadrant lines of the priority chart: mean, median, midpoint or a number (default mean)
  --sheet <name>            worksheet of an .xlsx survey (default the first)
  --force                   overwrite the report (and the roles file) if they exist
  -h, --help                this text

Exit codes: 0 report written; 1 the survey, roles file or output could not be used (the message
says which, with row and column); 2 the command line is wrong.

Examples:
  cs-insight report survey.csv --out report.xlsx
  cs-insight report survey.csv --out report.xlsx --roles report.xlsx.roles.json --lang zh-CN --force
  npm run report -- survey.xlsx --out out/report.xlsx --sheets summary,priority --crosshair midpoint`;

const LANGUAGES: Record<string, ReportLanguage> = { en: "en", "zh-cn": "zh-CN", zh: "zh-CN", es: "es" };

/** Options that take a value. */
const VALUED = new Set(["--out", "--roles", "--write-roles", "--lang", "--segment", "--sheets", "--crosshair", "--sheet"]);
const FLAGS = new Set(["--force", "--stats", "--help", "-h"]);

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0) throw new UsageError("no command given");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  if (argv[0] !== "report") {
    throw new UsageError(`unknown command '${argv[0]}'${/\.(csv|xlsx|txt)$/i.test(argv[0]) ? ` (did you mean: cs-insight report ${argv[0]} …?)` : ""}`);
  }
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUED.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || (eq < 0 && v.startsWith("--"))) throw new UsageError(`${name} needs a value`);
        if (values.has(name)) throw new UsageError(`${name} is given twice`);
        values.set(name, v);
      } else if (FLAGS.has(name) && eq < 0) flags.add(name);
      else throw new UsageError(`unknown option '${a}'`);
    } else positional.push(a);
  }
  if (positional.length === 0) throw new UsageError("which survey? give a .csv or .xlsx file");
  if (positional.length > 1) throw new UsageError(`one survey at a time (got ${positional.map((p) => `'${p}'`).join(", ")})`);
  const out = values.get("--out");
  if (!out) throw new UsageError("--out <report.xlsx> is required");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out ${out}: the report is an .xlsx file (end the name in .xlsx)`);

  const args: ReportArgs = { command: "report", input: positional[0], out, language: "en", force: flags.has("--force"), stats: flags.has("--stats") };
  const lang = values.get("--lang");
  if (lang !== undefined) {
    const l = LANGUAGES[lang.toLowerCase()];
    if (!l) throw new UsageError(`--lang ${lang}: use en, zh-CN or es`);
    args.language = l;
  }
  const sheets = values.get("--sheets");
  if (sheets !== undefined) {
    const list = sheets.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const unknown = list.filter((s) => !(ALL_SHEETS as readonly string[]).includes(s));
    if (list.length === 0 || unknown.length) throw new UsageError(`--sheets ${sheets}: ${unknown.length ? `unknown sheet '${unknown[0]}'; ` : ""}choose from ${ALL_SHEETS.join(",")}`);
    args.sheets = ALL_SHEETS.filter((s) => list.includes(s));
  }
  const crosshair = values.get("--crosshair");
  if (crosshair !== undefined) {
    const c = crosshair.trim().toLowerCase();
    if (c === "mean" || c === "median" || c === "midpoint") args.crosshair = c;
    else if (c !== "" && Number.isFinite(Number(c))) args.crosshair = Number(c);
    else throw new UsageError(`--crosshair ${crosshair}: use mean, median, midpoint or a number`);
  }
  const segment = values.get("--segment");
  if (segment !== undefined) {
    if (segment.trim() === "") throw new UsageError("--segment needs a header or a column number");
    args.segment = segment;
  }
  for (const [key, name] of [["--roles", "roles"], ["--write-roles", "writeRoles"], ["--sheet", "sheet"]] as const) {
    const v = values.get(key);
    if (v !== undefined) args[name] = v;
  }
  return args;
}
