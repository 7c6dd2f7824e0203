/**
 * The margins file of `--rake` (issue #14) and the model file of `--model` (issue #15): small CSVs
 * read whole and handed to their parsers (src/report/raking.ts; engine/pls/model.ts), which name
 * the row and column of a bad cell. A file that cannot be had at all is the command line's mistake (UsageError, exit 2).
 */
import { readFileSync, statSync } from "fs";
import { basename } from "path";
import Papa from "papaparse";
import { CsError } from "../engine/errors";
import { parseMargins, type MarginsTable } from "../report/raking";
import { UsageError } from "./args";

/** A margins or model table is a few lines per category or construct; anything far larger is not one. */
const MAX_TABLE_BYTES = 16 << 20;

/** The option as typed, for the messages. */
const OPTION = "--rake";

/**
 * Read a small CSV given to an option (UTF-8, any delimiter papaparse recognises, a byte-order mark
 * allowed) as rows of cells: the margins of --rake, the model of --model.
 * @param path The file as given on the command line.
 * @param option The option, as typed ("--rake").
 * @returns The rows of cells.
 * @throws {UsageError} usageRakeFileNotFound, usageRakeFileUnreadable (--rake) / usageModelFileNotFound, usageModelFileUnreadable (--model)
 */
export function readTableFile(path: string, option: "--rake" | "--model"): string[][] {
  const unreadable = (cause: string): UsageError =>
    option === "--rake"
      ? new UsageError(new CsError("value", "usageRakeFileUnreadable", { option, value: path, cause }))
      : new UsageError(new CsError("value", "usageModelFileUnreadable", { option, value: path, cause }));
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw unreadable("a folder, not a file");
    if (st.size > MAX_TABLE_BYTES) throw unreadable(`${st.size} bytes, far too large for this table`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw option === "--rake"
        ? new UsageError(new CsError("value", "usageRakeFileNotFound", { option, value: path }))
        : new UsageError(new CsError("value", "usageModelFileNotFound", { option, value: path }));
    throw unreadable(code ?? String(e));
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('not UTF-8 text: save it as "CSV UTF-8"');
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw unreadable(`line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return parsed.data;
}

/**
 * Read a margins CSV (readTableFile) and parse it.
 * @param path The file as given on the command line.
 * @returns The parsed margins (errors name the file by its base name).
 * @throws {UsageError} usageRakeFileNotFound, usageRakeFileUnreadable — no such file, a folder, too large, unreadable or not UTF-8
 * @throws {CsError} the margins table's own errors (parseMargins), located
 */
export function readMarginsFile(path: string): MarginsTable {
  return parseMargins(readTableFile(path, OPTION), basename(path));
}
