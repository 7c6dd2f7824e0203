/**
 * A read position in an SPSS system file held in memory. Every read names what it reads, so a
 * file that ends early says where ("truncated in the variable record of Q5 at byte 1,204") rather
 * than reading past the end or returning garbage. Integers and floats follow the file's byte
 * order, detected from `layout_code` in the header (PSPP, "System File Format": File Header Record).
 */
import { formatInteger } from "../../i18n/format";

/** A problem with the file's contents; readSav.ts prefixes the file name and makes it a CsError. */
export class SavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SavError";
  }
}

const byteCount = (n: number): string => formatInteger(n, "en");

export class Cursor {
  pos: number;

  constructor(
    readonly buf: Buffer,
    pos = 0,
    /** The file's byte order (from its header's layout_code; little-endian until known). */
    public littleEndian = true,
  ) {
    this.pos = pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  /** Throws when fewer than `n` bytes are left for `what`. */
  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.buf.length) {
      throw new SavError(
        `the file is truncated: it ends in ${what} (byte ${byteCount(this.pos + 1)}, ${byteCount(n)} more bytes needed, ${byteCount(this.remaining)} left)`,
      );
    }
  }

  /** Moves past `n` bytes of `what` and returns where they start (throws when the file ends first). */
  private take(n: number, what: string): number {
    this.need(n, what);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  int32(what: string): number {
    const at = this.take(4, what);
    return this.littleEndian ? this.buf.readInt32LE(at) : this.buf.readInt32BE(at);
  }

  /** An int64 as a JS number (exact up to 2^53, far beyond any offset or case count seen). */
  int64(what: string): number {
    const at = this.take(8, what);
    return Number(this.littleEndian ? this.buf.readBigInt64LE(at) : this.buf.readBigInt64BE(at));
  }

  float64(what: string): number {
    const at = this.take(8, what);
    return this.littleEndian ? this.buf.readDoubleLE(at) : this.buf.readDoubleBE(at);
  }

  uint8(what: string): number {
    return this.buf[this.take(1, what)];
  }

  bytes(n: number, what: string): Buffer {
    const at = this.take(n, what);
    return this.buf.subarray(at, at + n);
  }

  /** Bytes preceded by their int32 count (the long string records' names, values and labels). */
  counted(what: string): Buffer {
    return this.bytes(this.int32(what), what);
  }

  skip(n: number, what: string): void {
    this.take(n, what);
  }
}

/** A float64 from 8 bytes in the file's byte order (value labels and missing values). */
export function float64Of(b: Buffer, littleEndian: boolean): number {
  return littleEndian ? b.readDoubleLE(0) : b.readDoubleBE(0);
}
