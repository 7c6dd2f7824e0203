/**
 * The data of a system file, case by case, as 8-byte slots (PSPP "System File Format": Data
 * Record). Three storages: plain (compression 0), bytecode (1, the SPSS default) and zlib blocks
 * of bytecode (2, .zsav). Numeric slots come out as numbers (system-missing as `sysmis`), string
 * slots as their 8 raw bytes; text is decoded per variable only after its slots are joined, so a
 * character that spans two slots stays whole.
 */
import { inflateSync } from "zlib";
import { formatInteger } from "../../i18n/format";
import { Cursor, SavError } from "./cursor";
import type { SavDictionary } from "./dictionary";

export type Slot = number | Buffer;

const SPACES = Buffer.alloc(8, 0x20);
const NULS = Buffer.alloc(8, 0);

/** Every case of the file, each an array of `dict.slots` slots. */
export function readCases(buf: Buffer, dict: SavDictionary): Slot[][] {
  const nameOf = slotNames(dict);
  if (dict.compression === 0) return plainCases(buf, dict, nameOf);
  const data = dict.compression === 2 ? inflateBlocks(buf, dict) : buf.subarray(dict.dataOffset);
  return bytecodeCases(data, dict, nameOf);
}

/** The variable each slot belongs to, for messages. */
function slotNames(dict: SavDictionary): string[] {
  const names: string[] = new Array(dict.slots).fill("?");
  for (const v of dict.variables) {
    for (const [first, bytes] of v.segments) {
      for (let s = 0; s < Math.max(1, Math.ceil(bytes / 8)); s++) names[first + s] = v.name;
    }
  }
  return names;
}

function truncated(dict: SavDictionary, done: number, slot: number, nameOf: string[]): SavError {
  const declared = dict.cases >= 0 ? ` (the header declares ${formatInteger(dict.cases, "en")} cases)` : "";
  return new SavError(`the file is truncated: case ${formatInteger(done + 1, "en")} ends early, at variable ${nameOf[slot]}${declared}`);
}

function plainCases(buf: Buffer, dict: SavDictionary, nameOf: string[]): Slot[][] {
  const c = new Cursor(buf, dict.dataOffset, dict.littleEndian);
  const caseBytes = dict.slots * 8;
  const cases: Slot[][] = [];
  while (dict.cases < 0 ? c.remaining > 0 : cases.length < dict.cases) {
    if (c.remaining < caseBytes) throw truncated(dict, cases.length, Math.floor(c.remaining / 8), nameOf);
    const row: Slot[] = new Array(dict.slots);
    for (let s = 0; s < dict.slots; s++) row[s] = dict.numericSlot[s] ? c.float64("") : c.bytes(8, "");
    cases.push(row);
  }
  return cases;
}

/**
 * Bytecode: a block of 8 command bytes, then the raw 8-byte values its 253 codes call for, then
 * the next block. 0 = padding, 1..251 = the number code − bias, 252 = end of data, 253 = a raw
 * value follows, 254 = eight spaces, 255 = system-missing.
 */
function bytecodeCases(data: Buffer, dict: SavDictionary, nameOf: string[]): Slot[][] {
  const c = new Cursor(data, 0, dict.littleEndian);
  const cases: Slot[][] = [];
  let codes: Buffer = Buffer.alloc(0);
  let k = 8;
  let ended = false;
  /** The next non-padding command code, or -1 at the end of the data. */
  const next = (): number => {
    for (;;) {
      if (k === 8) {
        if (c.remaining === 0) return -1;
        if (c.remaining < 8) return c.buf.subarray(c.pos).every((b) => b === 0) ? -1 : -2;
        codes = c.bytes(8, "");
        k = 0;
      }
      const code = codes[k++];
      if (code !== 0) return code;
    }
  };
  while (!ended && (dict.cases < 0 || cases.length < dict.cases)) {
    const row: Slot[] = new Array(dict.slots);
    for (let s = 0; s < dict.slots; s++) {
      const code = next();
      if (code === -1 || code === 252) {
        if (s === 0) {
          ended = true;
          break;
        }
        throw truncated(dict, cases.length, s, nameOf);
      }
      if (code === -2) throw truncated(dict, cases.length, s, nameOf);
      const numeric = dict.numericSlot[s];
      if (code === 253) {
        if (c.remaining < 8) throw truncated(dict, cases.length, s, nameOf);
        row[s] = numeric ? c.float64("") : c.bytes(8, "");
      } else if (code === 254) {
        if (numeric)
          throw new SavError(
            `case ${cases.length + 1}, variable ${nameOf[s]}: compression code 254 (eight spaces) in a numeric variable — the file is damaged`,
          );
        row[s] = SPACES;
      } else if (code === 255) {
        if (!numeric)
          throw new SavError(
            `case ${cases.length + 1}, variable ${nameOf[s]}: compression code 255 (system-missing) in a string variable — the file is damaged`,
          );
        row[s] = dict.sysmis;
      } else if (numeric) row[s] = code - dict.bias;
      else if (code === dict.bias)
        row[s] = NULS; // SPSS 14 wrote NUL bytes this way (PSPP notes)
      else throw new SavError(`case ${cases.length + 1}, variable ${nameOf[s]}: compression code ${code} in a string variable — the file is damaged`);
    }
    if (!ended) cases.push(row);
  }
  if (dict.cases >= 0 && cases.length < dict.cases) throw truncated(dict, cases.length, 0, nameOf);
  return cases;
}

/**
 * .zsav: a ZLIB data header (offsets of itself, of the trailer, the trailer's length), zlib
 * blocks, and a trailer listing each block's offsets and sizes. The inflated blocks, in order,
 * are bytecode data.
 */
function inflateBlocks(buf: Buffer, dict: SavDictionary): Buffer {
  const c = new Cursor(buf, dict.dataOffset, dict.littleEndian);
  const what = "the zlib data header";
  const zheader = c.int64(what);
  const ztrailer = c.int64(what);
  const ztrailerLen = c.int64(what);
  if (zheader !== dict.dataOffset) throw new SavError(`${what} gives its own offset as ${zheader}, but it is at ${dict.dataOffset} — the file is damaged`);
  if (ztrailer < c.pos || ztrailer + ztrailerLen > buf.length)
    throw new SavError(`the file is truncated: the zlib trailer should be at bytes ${ztrailer + 1}–${ztrailer + ztrailerLen}, the file has ${buf.length}`);
  const t = new Cursor(buf, ztrailer, dict.littleEndian);
  t.int64("the zlib trailer"); // −bias
  t.int64("the zlib trailer"); // zero
  t.int32("the zlib trailer"); // block size
  const nBlocks = t.int32("the zlib trailer");
  if (nBlocks < 0 || 24 + 24 * nBlocks !== ztrailerLen)
    throw new SavError(`the zlib trailer lists ${nBlocks} blocks in ${ztrailerLen} bytes — the file is damaged`);
  const parts: Buffer[] = [];
  for (let i = 0; i < nBlocks; i++) {
    t.int64("the zlib trailer"); // uncompressed offset
    const ofs = t.int64("the zlib trailer");
    const usize = t.int32("the zlib trailer");
    const csize = t.int32("the zlib trailer");
    if (ofs < 0 || csize < 0 || ofs + csize > ztrailer)
      throw new SavError(`zlib block ${i + 1}: bytes ${ofs + 1}–${ofs + csize} are outside the data — the file is damaged`);
    let out: Buffer;
    try {
      out = inflateSync(buf.subarray(ofs, ofs + csize), { maxOutputLength: Math.max(1, usize) }); // no zip bomb
    } catch (e) {
      throw new SavError(`zlib block ${i + 1} does not decompress (${(e as Error).message}) — the file is damaged`);
    }
    if (out.length !== usize) throw new SavError(`zlib block ${i + 1} decompresses to ${out.length} bytes, the trailer says ${usize} — the file is damaged`);
    parts.push(out);
  }
  return Buffer.concat(parts);
}
