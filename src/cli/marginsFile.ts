/**
 * The margins file of `--rake` (issue #14): a small CSV of variable, category, target read whole
 * and handed to the report's parser (src/report/raking.ts), which names the row and column of a
 * bad cell. A file that cannot be had at all is the command line's mistake (UsageError, exit 2).
 */
import { readFileSync, statSync } from "fs";
import { basename } from "path";
import Papa from "papaparse";
import { CsError } from "../engine/errors";
import { parseMargins, type MarginsTable } from "../report/raking";
import { UsageError } from "./args";

/** A margins table is a few lines per category; anything far larger is not one. */
const MAX_MARGINS_BYTES = 16 << 20;

/** The option as typed, for the messages. */
const OPTION = "--rake";

/**
 * Read a margins CSV (UTF-8, any delimiter papaparse recognises, a byte-order mark allowed).
 * @param path The file as given on the command line.
 * @returns The parsed margins (errors name the file by its base name).
 * @throws {UsageError} usageRakeFileNotFound, usageRakeFileUnreadable — no such file, a folder, too large, unreadable or not UTF-8
 * @throws {CsError} the margins table's own errors (parseMargins), located
 */
export function readMarginsFile(path: string): MarginsTable {
  const unreadable = (cause: string): UsageError => new UsageError(new CsError("value", "usageRakeFileUnreadable", { option: OPTION, value: path, cause }));
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw unreadable("a folder, not a file");
    if (st.size > MAX_MARGINS_BYTES) throw unreadable(`${st.size} bytes, far too large for a margins table`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(new CsError("value", "usageRakeFileNotFound", { option: OPTION, value: path }));
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
  return parseMargins(parsed.data, basename(path));
}
