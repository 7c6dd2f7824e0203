/**
 * Output files of the command line, written so that a report is never half-written and never
 * replaces a file by accident: the bytes go to a temporary file in the same folder, which is then
 * linked to the final name (fails if that name exists: no check-then-write race) or, with force,
 * renamed over it (atomic on POSIX file systems).
 */
import { existsSync, linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import { CsError } from "../engine/errors";
import type { MessageParams } from "../engine/messageKeys";

type OutputKey = "outputFolderMissing" | "outputIsFolder" | "outputExists" | "outputAppeared";

/** Thrown for output files that exist (without force) or folders that do not: keyed, so the CLI prints it in --lang's language. */
export class OutputError extends Error {
  readonly key: OutputKey;
  readonly params: MessageParams;
  constructor(what: CsError<OutputKey>) {
    super(what.message);
    this.name = "OutputError";
    this.key = what.key;
    this.params = what.params;
  }
}

/** What is written: "the report" or "the roles file" (English names, translated as message terms). */
export type OutputWhat = "the report" | "the roles file";

/** Checks before any work: the folder exists and, without force, the file does not. */
export function checkWritable(path: string, force: boolean, what: OutputWhat): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new OutputError(new CsError("value", "outputFolderMissing", { what, path, dir }));
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new OutputError(new CsError("value", "outputIsFolder", { what, path }));
    if (!force) throw new OutputError(new CsError("value", "outputExists", { what, path, flag: "--force" }));
  }
}

/** Writes `bytes` to `path` through a temporary file (see the header). */
export function writeFileSafely(path: string, bytes: Buffer | string, force: boolean, what: OutputWhat): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  try {
    if (force) {
      renameSync(tmp, path);
      return;
    }
    try {
      linkSync(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new OutputError(new CsError("value", "outputAppeared", { what, path, flag: "--force" }));
      // File systems without hard links: check, then rename.
      if (existsSync(path)) throw new OutputError(new CsError("value", "outputExists", { what, path, flag: "--force" }));
      renameSync(tmp, path);
    }
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}

/** A roles file is a few KB per 100 columns; anything far larger is not one (and would fill memory). */
const MAX_ROLES_BYTES = 64 << 20;

/**
 * The text of a roles file (--roles), or CsError "value" naming the path: not found, a folder,
 * too large, unreadable (permissions: the system's words after the path) or not UTF-8 text.
 * Why here: a bare "EISDIR: illegal operation on a directory, read" does not say which file.
 */
export function readRolesFile(path: string): { text: string; name: string } {
  let size = 0;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CsError("value", "rolesFileIsFolder", { file: path });
    if (!st.isFile()) throw new CsError("value", "rolesFileNotAFile", { file: path });
    size = st.size;
  } catch (e) {
    if (e instanceof CsError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CsError("value", "rolesFileNotFound", { file: path });
    throw new CsError("value", "rolesFileUnreadable", { file: path, cause: code ?? String(e) });
  }
  if (size > MAX_ROLES_BYTES) throw new CsError("value", "rolesFileTooLarge", { file: path, size });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CsError("value", "rolesFileUnreadable", { file: path, cause: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CsError("value", "rolesFileNotUtf8", { file: path });
  }
  return { text, name: basename(path) };
}
