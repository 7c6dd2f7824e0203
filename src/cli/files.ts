/**
 * Output files of the command line, written so that a report is never half-written and never
 * replaces a file by accident: the bytes go to a temporary file in the same folder, which is then
 * linked to the final name (fails if that name exists: no check-then-write race) or, with force,
 * renamed over it (atomic on POSIX file systems).
 */
import { existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

/** Thrown for output files that exist (without force) or folders that do not. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** Checks before any work: the folder exists and, without force, the file does not. */
export function checkWritable(path: string, force: boolean, what: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new OutputError(`${what} ${path}: the folder ${dir} does not exist`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new OutputError(`${what} ${path} is a folder`);
    if (!force) throw new OutputError(`${what} ${path} already exists — pass --force to overwrite it`);
  }
}

/** Writes `bytes` to `path` through a temporary file (see the header). */
export function writeFileSafely(path: string, bytes: Buffer | string, force: boolean, what: string): void {
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
      if (code === "EEXIST") throw new OutputError(`${what} ${path} appeared while the report was being built — not overwritten (pass --force to overwrite it)`);
      // File systems without hard links: check, then rename.
      if (existsSync(path)) throw new OutputError(`${what} ${path} already exists — pass --force to overwrite it`);
      renameSync(tmp, path);
    }
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}
