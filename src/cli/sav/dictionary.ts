/**
 * The dictionary of an SPSS system file (.sav / .zsav): the file header and every record before
 * the data — variables, value labels, documents and the extension records that matter for
 * reading (long names, very long strings, encoding, long string value labels and missing values,
 * the 64-bit case count). Layout as documented in PSPP's "System File Format" appendix.
 *
 * Text is kept as bytes until the encoding is known: the encoding record comes after the
 * variable and value label records it applies to.
 */
import { TextDecoder } from "util"; // not the DOM global: the CLI compiles without the DOM lib
import { Cursor, float64Of, SavError } from "./cursor";
import { textDecoder } from "./encoding";

/** Declared missing values: up to 3 discrete values, or a range (LO/HI may be ±DBL_MAX) plus one. */
export interface SavMissing {
  values: (number | string)[];
  range?: [number, number];
}

export interface SavVariable {
  /** The variable name (long name where the file has one). */
  name: string;
  /** 0 = numeric, else the string width in bytes (a very long string's full width). */
  width: number;
  label?: string;
  /** Print format type code (5 = F, 20 = DATE, 22 = DATETIME, …; PSPP "Variable Record"). */
  format: number;
  missing: SavMissing;
  /** Value labels, keyed by the number (numeric) or the trimmed text (string). */
  valueLabels: Map<number | string, string>;
  /** Per segment (one for all but very long strings): [first 8-byte slot, bytes of text used]. */
  segments: [slot: number, bytes: number][];
}

export interface SavDictionary {
  product: string;
  /** 0 none, 1 bytecode, 2 zlib (.zsav). */
  compression: 0 | 1 | 2;
  bias: number;
  /** Cases the file declares, or -1 when the writer did not know. */
  cases: number;
  variables: SavVariable[];
  /** 8-byte slots per case (one per variable record, continuation records included). */
  slots: number;
  /** Per slot: true = numeric, false = part of a string. */
  numericSlot: boolean[];
  weight?: string;
  encoding: string;
  /** Decodes the file's text in its encoding (string values are decoded with it). */
  decoder: TextDecoder;
  sysmis: number;
  /** Byte offset of the data (after the dictionary termination record). */
  dataOffset: number;
  littleEndian: boolean;
}

interface RawVariable {
  type: number;
  name: Buffer;
  label?: Buffer;
  format: number;
  missing: Buffer[];
  nMissing: number;
}

interface RawLabelSet {
  entries: [Buffer, Buffer][];
  vars: number[];
}

/** SPSS's system-missing value and LOWEST (PSPP "System File Format": introduction). */
export const SYSMIS = -Number.MAX_VALUE;

export function readDictionary(buf: Buffer): SavDictionary {
  if (buf.length === 0) throw new SavError("the file is empty (0 bytes)");
  const magic = buf.subarray(0, 4).toString("latin1");
  if (magic !== "$FL2" && magic !== "$FL3") {
    if (buf.subarray(0, 4).equals(Buffer.from([0x5b, 0xc6, 0xd3, 0xf2]))) throw new SavError("EBCDIC system files (from mainframes) are not supported");
    throw new SavError(`not an SPSS .sav file: it starts with ${JSON.stringify(buf.subarray(0, 8).toString("latin1"))}, not "$FL2" or "$FL3"`);
  }
  const c = new Cursor(buf, 4);
  c.need(172, "the file header");
  const product = c
    .bytes(60, "the file header")
    .toString("latin1")
    .replace(/^@\(#\) /, "")
    .trimEnd();
  const layoutLE = buf.readInt32LE(64);
  if (layoutLE !== 2 && layoutLE !== 3) {
    const layoutBE = buf.readInt32BE(64);
    if (layoutBE !== 2 && layoutBE !== 3) throw new SavError(`not a readable .sav file: unknown layout code ${layoutLE} in the header`);
    c.littleEndian = false;
  }
  c.skip(4, "the file header");
  c.int32("the file header"); // nominal_case_size: recomputed from the variable records
  const compression = c.int32("the file header");
  if (compression !== 0 && compression !== 1 && compression !== 2)
    throw new SavError(`unsupported compression (code ${compression} in the header; known: 0 none, 1 bytecode, 2 zlib)`);
  if ((compression === 2) !== (magic === "$FL3")) throw new SavError(`the header is inconsistent: "${magic}" with compression code ${compression}`);
  const weightIndex = c.int32("the file header");
  let cases = c.int32("the file header");
  const bias = c.float64("the file header");
  if (compression !== 0 && bias !== 100) throw new SavError(`unsupported compression bias ${bias} (SPSS and PSPP write 100)`);
  c.skip(9 + 8 + 64 + 3, "the file header"); // creation date and time, file label, padding

  const raw: RawVariable[] = [];
  const labelSets: RawLabelSet[] = [];
  let encodingName: string | undefined;
  let characterCode: number | undefined;
  let sysmis = SYSMIS;
  let longNames: Buffer | undefined;
  let veryLong: Buffer | undefined;
  const longLabels: Buffer[] = [];
  const longMissing: Buffer[] = [];

  for (;;) {
    const at = c.pos;
    const recType = c.int32("the dictionary (a record type)");
    if (recType === 999) {
      c.int32("the dictionary termination record");
      break;
    }
    if (recType === 2) raw.push(readVariableRecord(c, raw.length + 1));
    else if (recType === 3) labelSets.push(readValueLabels(c, raw.length));
    else if (recType === 4) throw new SavError(`byte ${at + 1}: a value label variable record (type 4) without its value labels (type 3)`);
    else if (recType === 6) c.skip(c.int32("the document record") * 80, "the document record");
    else if (recType === 7) {
      const subtype = c.int32("an extension record");
      const size = c.int32(`extension record ${subtype}`);
      const count = c.int32(`extension record ${subtype}`);
      if (size < 0 || count < 0) throw new SavError(`byte ${at + 1}: extension record ${subtype} has a negative size`);
      const data = c.bytes(size * count, `extension record ${subtype}`);
      if (subtype === 3 && size === 4 && count >= 8) {
        // machine integer info: [4] floating_point_rep (1 = IEEE 754), [7] character_code
        const floatRep = c.littleEndian ? data.readInt32LE(16) : data.readInt32BE(16);
        if (floatRep !== 1) throw new SavError(`unsupported floating-point format (code ${floatRep}; only IEEE 754 is read)`);
        characterCode = c.littleEndian ? data.readInt32LE(28) : data.readInt32BE(28);
      } else if (subtype === 4 && size === 8 && count >= 1) sysmis = float64Of(data, c.littleEndian);
      else if (subtype === 13) longNames = data;
      else if (subtype === 14) veryLong = data;
      else if (subtype === 16 && size === 8 && count === 2 && cases < 0) cases = Number(c.littleEndian ? data.readBigInt64LE(8) : data.readBigInt64BE(8));
      else if (subtype === 20) encodingName = data.toString("latin1");
      else if (subtype === 21) longLabels.push(data);
      else if (subtype === 22) longMissing.push(data);
    } else throw new SavError(`byte ${at + 1}: unknown record type ${recType} in the dictionary (a damaged or truncated file?)`);
  }
  if (raw.length === 0) throw new SavError("the file declares no variables");

  const { decoder, name: encoding } = textDecoder(encodingName, characterCode);
  const text = (b: Buffer): string => decoder.decode(b);
  const vars = buildVariables(raw, text, c.littleEndian);
  applyLongNames(vars, longNames, text);
  const merged = mergeVeryLongStrings(vars, veryLong, text);
  const byName = new Map(merged.map((v) => [v.v.name.toUpperCase(), v.v]));
  for (const set of labelSets) applyLabelSet(set, vars, text, c.littleEndian);
  for (const d of longLabels) applyLongStringLabels(d, byName, text, c.littleEndian);
  for (const d of longMissing) applyLongStringMissing(d, byName, text, c.littleEndian);
  const weight = weightIndex > 0 ? vars.find((v) => v.record === weightIndex)?.v.name : undefined;
  const numericSlot = raw.map((r) => r.type === 0);
  return {
    product,
    compression,
    bias,
    cases,
    variables: merged.map((m) => m.v),
    slots: raw.length,
    numericSlot,
    weight,
    encoding,
    decoder,
    sysmis,
    dataOffset: c.pos,
    littleEndian: c.littleEndian,
  };
}

function readVariableRecord(c: Cursor, index: number): RawVariable {
  const what = `variable record ${index}`;
  const type = c.int32(what);
  const hasLabel = c.int32(what);
  const nMissing = c.int32(what);
  const format = (c.int32(what) >> 16) & 0xff;
  c.int32(what); // write format
  const name = c.bytes(8, what);
  let label: Buffer | undefined;
  if (hasLabel === 1) {
    const len = c.int32(what);
    if (len < 0 || len > 65535) throw new SavError(`${what} (${name.toString("latin1").trim()}): label length ${len} is not valid`);
    label = c.bytes(len, what);
    c.skip((4 - (len % 4)) % 4, what);
  }
  if (type < -1 || type > 255) throw new SavError(`${what} (${name.toString("latin1").trim()}): type ${type} is not valid`);
  if (![0, 1, 2, 3, -2, -3].includes(nMissing)) throw new SavError(`${what} (${name.toString("latin1").trim()}): ${nMissing} missing values is not valid`);
  const missing: Buffer[] = [];
  for (let i = 0; i < Math.abs(nMissing); i++) missing.push(c.bytes(8, what));
  return { type, name, label, format, missing, nMissing };
}

function readValueLabels(c: Cursor, varsSoFar: number): RawLabelSet {
  const what = "a value label record";
  const count = c.int32(what);
  if (count < 0 || count * 9 > c.remaining) throw new SavError(`${what}: ${count} labels cannot fit in the rest of the file (truncated?)`);
  const entries: [Buffer, Buffer][] = [];
  for (let i = 0; i < count; i++) {
    const value = c.bytes(8, what);
    const len = c.uint8(what);
    const label = c.bytes(len, what);
    c.skip((8 - ((len + 1) % 8)) % 8, what);
    entries.push([value, label]);
  }
  if (c.int32(what) !== 4) throw new SavError(`${what} is not followed by its variable list (record type 4)`);
  const n = c.int32("a value label variable record");
  if (n < 0 || n * 4 > c.remaining) throw new SavError(`a value label variable record: ${n} variables cannot fit in the rest of the file (truncated?)`);
  const vars: number[] = [];
  for (let i = 0; i < n; i++) {
    const idx = c.int32("a value label variable record");
    if (idx < 1 || idx > varsSoFar) throw new SavError(`a value label variable record names variable record ${idx}, but there are ${varsSoFar}`);
    vars.push(idx);
  }
  return { entries, vars };
}

interface Built {
  v: SavVariable;
  /** 1-based variable record of the first slot. */
  record: number;
  shortName: string;
}

function buildVariables(raw: RawVariable[], text: (b: Buffer) => string, le: boolean): Built[] {
  const out: Built[] = [];
  for (let i = 0; i < raw.length;) {
    const r = raw[i];
    const shortName = text(r.name).trimEnd();
    if (r.type === -1) throw new SavError(`variable record ${i + 1}: a string continuation without a string variable before it`);
    const slots = r.type === 0 ? 1 : Math.ceil(r.type / 8);
    for (let k = 1; k < slots; k++) {
      if (raw[i + k]?.type !== -1) throw new SavError(`variable ${shortName}: string of width ${r.type} needs ${slots - 1} continuation records`);
    }
    const missing: SavMissing = { values: [] };
    const num = (b: Buffer): number => float64Of(b, le);
    if (r.type === 0) {
      if (r.nMissing < 0) missing.range = [num(r.missing[0]), num(r.missing[1])];
      missing.values = (r.nMissing < 0 ? r.missing.slice(2) : r.missing).map(num);
    } else {
      if (r.nMissing < 0) throw new SavError(`variable ${shortName}: a missing-value range on a string variable`);
      missing.values = r.missing.map((b) => text(b).trimEnd());
    }
    const v: SavVariable = {
      name: shortName,
      width: r.type,
      label: r.label ? text(r.label) : undefined,
      format: r.format,
      missing,
      valueLabels: new Map(),
      segments: [[i, r.type]],
    };
    out.push({ v, record: i + 1, shortName });
    i += slots;
  }
  return out;
}

/** Subtype 13: "SHORT=Long Name" pairs separated by tabs. */
function applyLongNames(vars: Built[], data: Buffer | undefined, text: (b: Buffer) => string): void {
  if (!data) return;
  const byShort = new Map(vars.map((b) => [b.shortName.toUpperCase(), b]));
  for (const pair of text(data).split("\t")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const b = byShort.get(pair.slice(0, eq).toUpperCase());
    if (b) b.v.name = pair.slice(eq + 1);
  }
}

/**
 * Subtype 14: "SHORT=00600\0\t" per string wider than 255 bytes. Such a string is stored as
 * ceil(width / 252) variables; every segment but the last holds 255 bytes of the text, the last
 * the rest (checked against files written by PSPP 1.6). The segment variables are folded into one.
 */
function mergeVeryLongStrings(vars: Built[], data: Buffer | undefined, text: (b: Buffer) => string): Built[] {
  if (!data) return vars;
  const widths = new Map<string, number>();
  for (const entry of text(data).split(/[\0\t]+/)) {
    const m = /^([^=]+)=0*(\d+)$/.exec(entry.trim());
    if (m) widths.set(m[1].toUpperCase(), Number(m[2]));
  }
  const out: Built[] = [];
  for (let i = 0; i < vars.length; i++) {
    const b = vars[i];
    const width = widths.get(b.shortName.toUpperCase());
    if (width === undefined || width <= 255) {
      out.push(b);
      continue;
    }
    const n = Math.ceil(width / 252);
    if (i + n > vars.length) throw new SavError(`variable ${b.v.name}: a string of width ${width} needs ${n} segments, the file has ${vars.length - i}`);
    const segments: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const seg = vars[i + k];
      if (seg.v.width === 0) throw new SavError(`variable ${b.v.name}: segment ${k + 1} of its very long string is numeric`);
      segments.push([seg.v.segments[0][0], Math.min(seg.v.width, 255)]);
    }
    b.v.segments = segments;
    b.v.width = width;
    out.push(b);
    i += n - 1;
  }
  return out;
}

function applyLabelSet(set: RawLabelSet, vars: Built[], text: (b: Buffer) => string, le: boolean): void {
  for (const idx of set.vars) {
    const b = vars.find((x) => x.record === idx);
    if (!b) throw new SavError(`a value label record names variable record ${idx}, which is a string continuation`);
    for (const [value, label] of set.entries) {
      b.v.valueLabels.set(b.v.width === 0 ? float64Of(value, le) : text(value).trimEnd(), text(label));
    }
  }
}

/** Subtype 21: value labels of strings wider than 8 bytes, by long variable name. */
function applyLongStringLabels(data: Buffer, byName: Map<string, SavVariable>, text: (b: Buffer) => string, le: boolean): void {
  const c = new Cursor(data, 0, le);
  const what = "the long string value labels record";
  while (c.remaining > 0) {
    const name = text(c.counted(what));
    c.int32(what); // width
    const n = c.int32(what);
    const v = byName.get(name.toUpperCase());
    for (let i = 0; i < n; i++) {
      const value = text(c.counted(what)).trimEnd();
      const label = text(c.counted(what));
      v?.valueLabels.set(value, label);
    }
  }
}

/** Subtype 22: missing values of strings wider than 8 bytes. */
function applyLongStringMissing(data: Buffer, byName: Map<string, SavVariable>, text: (b: Buffer) => string, le: boolean): void {
  const c = new Cursor(data, 0, le);
  const what = "the long string missing values record";
  while (c.remaining > 0) {
    const name = text(c.counted(what));
    const n = c.uint8(what);
    const len = c.int32(what);
    const values: string[] = [];
    for (let i = 0; i < n; i++) values.push(text(c.bytes(len, what)).trimEnd());
    const v = byName.get(name.toUpperCase());
    if (v) v.missing = { values };
  }
}
