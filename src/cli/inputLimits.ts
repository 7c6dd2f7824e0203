/**
 * Limits of command-line input files that must be checked before (or while) the rows are read,
 * so a hostile file ends in one clear message instead of an internal error later:
 * - at most 16,384 columns (Excel's A..XFD): the report addresses every column, and a wider file
 *   would fail deep in the workbook writer ("outside A..XFD") after all the work;
 * - UTF-8 over the whole file, not only the first 64 KB the sniffer reads: Node's "utf8" stream
 *   decoding silently turns invalid bytes into U+FFFD, which would then show up in the report.
 */
import { createReadStream } from "fs";
import { Transform, type Readable, type TransformCallback } from "stream";
import { CsError } from "../engine/errors";

/** Excel's last column is XFD = 16,384. */
export const MAX_COLUMNS = 16_384;

/**
 * Throws CsError "value" when a row (the header row, or data row `sheetRow`) has more cells than
 * Excel has columns: "survey.csv: 20,000 columns — Excel holds at most 16,384 (A..XFD)".
 */
export function checkColumnCount(name: string, columns: number, sheetRow?: number): void {
  if (columns <= MAX_COLUMNS) return;
  // The sheet row follows the file name (it is not the location prefix of a cell).
  if (sheetRow === undefined || sheetRow === 1) throw new CsError("value", "tooManyColumns", { file: name, columns, maxColumns: MAX_COLUMNS });
  throw new CsError("value", "rowTooManyCells", { file: name, sheetRow, columns, maxColumns: MAX_COLUMNS });
}

/**
 * Index of the first byte of `b` that cannot start or continue valid UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or −1. A sequence cut off by the end
 * of `b` is valid when `more` (the next chunk may finish it). Only used to say where a fatal
 * TextDecoder failed, so clarity matters more than speed.
 */
export function firstInvalidUtf8(b: Uint8Array, more: boolean): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    if (x < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0; // overlong
      if (x === 0xed) hi = 0x9f; // surrogates
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90; // overlong
      if (x === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let j = 1; j <= need; j++) {
      if (i + j >= b.length) return more ? -1 : i;
      const y = b[i + j];
      if (j === 1 ? y < lo || y > hi : y < 0x80 || y > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * A fatal UTF-8 decoder as a stream: bytes in, text out (a BOM is kept, as Node's "utf8" stream
 * keeps it). Invalid bytes anywhere in the file end the stream with CsError "value" naming the
 * file, the byte offset (1-based) and the line it is on.
 */
export class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private offset = 0; // bytes before the current chunk
  private lines = 1; // line of the first byte of the current chunk
  private carry: Uint8Array = new Uint8Array(0); // bytes of a sequence cut by the previous chunk

  constructor(private readonly name: string) {
    super({ decodeStrings: true, readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.advance(chunk);
      if (text.length > 0) this.push(text);
      done();
    } catch {
      done(this.failure(chunk, true));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const text = this.decoder.decode();
      if (text.length > 0) this.push(text);
      done();
    } catch {
      done(this.failure(new Uint8Array(0), false));
    }
  }

  /** Moves the byte offset and line count past `chunk`, keeping the tail of a cut sequence. */
  private advance(chunk: Buffer): void {
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) this.lines++;
    this.offset += chunk.length;
    let start = chunk.length;
    // A cut sequence is at most 3 bytes: lead byte plus continuation bytes at the very end.
    while (start > 0 && chunk.length - start < 3 && (chunk[start - 1] & 0xc0) === 0x80) start--;
    if (start > 0 && chunk[start - 1] >= 0xc0) start--;
    else start = chunk.length;
    this.carry = chunk.subarray(start);
  }

  private failure(chunk: Uint8Array, more: boolean): CsError {
    const bytes = new Uint8Array(this.carry.length + chunk.length);
    bytes.set(this.carry, 0);
    bytes.set(chunk, this.carry.length);
    let at = firstInvalidUtf8(bytes, more);
    if (at < 0) at = bytes.length - 1; // cannot happen for a decoder failure; stay within the file
    let line = this.lines;
    for (let i = this.carry.length; i < at; i++) if (bytes[i] === 0x0a) line++;
    const byte = this.offset - this.carry.length + at + 1;
    const hex = at < bytes.length ? ` (0x${bytes[at].toString(16).toUpperCase().padStart(2, "0")})` : "";
    return new CsError("value", "streamNotUtf8", { file: this.name, byte, hex, line });
  }
}

/**
 * The file as a stream of text, checked as UTF-8 over its whole length (see Utf8Check); read
 * `chunkBytes` at a time. Errors of either stream reach the returned one.
 */
export function utf8FileStream(path: string, name: string, chunkBytes: number): Readable {
  const bytes = createReadStream(path, { highWaterMark: chunkBytes });
  const text = new Utf8Check(name);
  bytes.on("error", (e) => text.destroy(e));
  text.on("close", () => bytes.destroy());
  return bytes.pipe(text);
}

/**
 * Rated attributes the report takes: its reliability and driver sums hold k² cross products and
 * add k² terms per respondent (report/stats.ts), so 16,384 rating columns would need 2 GB and
 * hours. 1,000 (8 MB, a million terms a row) is far beyond any real questionnaire.
 */
export const MAX_RATED_ATTRIBUTES = 1000;

/** Throws CsError "value" before the rows are read when more columns than that have the role rating. */
export function checkRatedAttributes(name: string, proposals: readonly { readonly role: string }[]): void {
  let k = 0;
  for (const p of proposals) if (p.role === "rating") k++;
  if (k <= MAX_RATED_ATTRIBUTES) return;
  throw new CsError("value", "tooManyRated", { file: name, count: k, maxCount: MAX_RATED_ATTRIBUTES, flag: "--roles" });
}
