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
  littleEndian = true;

  constructor(
    readonly buf: Buffer,
    pos = 0,
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

  int32(what: string): number {
    this.need(4, what);
    const v = this.littleEndian ? this.buf.readInt32LE(this.pos) : this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  /** An int64 as a JS number (exact up to 2^53, far beyond any offset or case count seen). */
  int64(what: string): number {
    this.need(8, what);
    const v = this.littleEndian ? this.buf.readBigInt64LE(this.pos) : this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return Number(v);
  }

  float64(what: string): number {
    this.need(8, what);
    const v = this.littleEndian ? this.buf.readDoubleLE(this.pos) : this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  uint8(what: string): number {
    this.need(1, what);
    return this.buf[this.pos++];
  }

  bytes(n: number, what: string): Buffer {
    this.need(n, what);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  skip(n: number, what: string): void {
    this.need(n, what);
    this.pos += n;
  }
}

/** A float64 from 8 bytes in the file's byte order (value labels and missing values). */
export function float64Of(b: Buffer, littleEndian: boolean): number {
  return littleEndian ? b.readDoubleLE(0) : b.readDoubleBE(0);
}
