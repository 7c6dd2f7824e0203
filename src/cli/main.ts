/**
 * The command line: `cs-insight report survey.csv --out report.xlsx …` (usage in args.ts).
 * Exit codes: 0 done, 1 the survey/roles/output could not be used, 2 the command line is wrong.
 * Run through bin/cs-insight.js (compiled lib/cli/main.js; see there) or `npm run report -- …`.
 */
import { CsError, isCsError } from "../engine/errors";
import type { Language } from "../i18n/languages";
import { localizeMessage } from "../i18n/messages";
import { langOption, parseArgs, UsageError, USAGE, type Args } from "./args";
import { OutputError } from "./files";
import type { CliIO } from "./report";

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const consoleIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * The language a usage error is printed in: the one --lang names (given once, valid), else
 * English — the error may be about --lang itself, or come before the options are read.
 */
export function usageLanguage(argv: readonly string[]): Language {
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i] === "--lang" && i + 1 < argv.length) given.push(argv[++i]);
    else if (argv[i].startsWith("--lang=")) given.push(argv[i].slice("--lang=".length));
  }
  return (given.length === 1 && langOption(given[0])) || "en";
}

/** A usage error as printed: the message and the pointer to --help, in `lang` (English byte for byte as before). */
export function usageText(e: UsageError, lang: Language): string {
  const hint = new CsError("value", "usageHint", { command: "cs-insight --help" });
  if (lang === "en") return `cs-insight: ${e.message}\n${hint.message}`;
  return `cs-insight: ${localizeMessage(e, lang)}\n${localizeMessage(hint, lang)}`;
}

function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../package.json") as { version: string }).version;
}

/** Runs the command line; resolves with the exit code (never rejects). */
export async function run(argv: readonly string[], io: CliIO = consoleIO): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageText(e, usageLanguage(argv)));
    return EXIT_USAGE;
  }
  if (args.command === "help") {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (args.command === "version") {
    io.out(`cs-insight ${version()}`);
    return EXIT_OK;
  }
  try {
    const { reportCommand } = await import("./report"); // loaded only when needed: --help stays quick
    await reportCommand(args, io);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(usageText(e, args.language));
      return EXIT_USAGE;
    }
    if (isCsError(e) || e instanceof OutputError) {
      // A survey, roles or file error in the report's language (English byte for byte as its message).
      io.err(`cs-insight: ${args.language !== "en" ? localizeMessage(e, args.language) : e.message}`);
      return EXIT_INPUT;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err?.code === "string" && typeof err.syscall === "string") {
      io.err(`cs-insight: ${err.message}`); // file system: permissions, disk full, …
      return EXIT_INPUT;
    }
    io.err(`cs-insight: internal error: ${err?.stack ?? String(e)}`);
    return EXIT_INPUT;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
