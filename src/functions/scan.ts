/**
 * Fused scans for the worksheet functions' fast paths (fast.ts FastPath): one pass over the raw
 * cells, as Excel passes them, that checks each cell and adds it straight into the statistic the
 * function needs (column sums, listwise sums, gap sums, Kano pair counts) — no Answer[][] and no
 * per-cell closure in between. The hot loops take only plain numbers; every other cell goes
 * through a small out-of-line reader (CellReader), which keeps the loops lean for V8.
 *
 * A scan returns undefined as soon as a cell is not an answer or a blank it can read; the general
 * path (parse.ts + the engine) then runs from the start and reports problems in its usual order.
 * So a scan only decides a result it shares with the general path: the same cells read the same
 * way (parse.ts rules), added in the same row-major order into the same sums.
 *
 * Integer answers on small scales are counted per level (one increment per cell); Σx and Σx²
 * then follow from the counts. Sums of integers below 2^53 are exact in any order, so they equal
 * the general path's row-by-row sums bit for bit (guarded by `exactCounts`); a fractional answer
 * restarts the scan with plain row-major sums.
 *
 * Reading: every cell the hot loops do not take goes through survey/cellReader.ts, which reads
 * with parse.ts's own rules (the hot loops only accept plain numbers those rules accept as they are).
 * - a given scale (CSI, Kano): RatingReader / KanoReader, parseRating / parseKanoAnswer without
 *   the messages.
 * - a scale detected from the data (ALPHA, GAP): SpeculativeReader — numbers and numeric text as
 *   they are, Likert labels as 1..5, blank text as blank — notes what detection needs. When the
 *   detected scale agrees (every number on it, labels only on 1–5) the sums stand; otherwise
 *   (e.g. 0 for an empty cell on 1–5) the scan runs again on that scale with a RatingReader.
 */
import { momentsOfLevelCounts } from "../engine/accumulators/levelCounts";
import { addMomentUnchecked, emptyMoments } from "../engine/accumulators/moments";
import type { Moments } from "../engine/describe";
import type { GapSums } from "../engine/gap";
import type { ListwiseSums } from "../engine/reliability";
import { KanoReader, NOT_READ, RatingReader, SpeculativeReader, type CellReader } from "../survey/cellReader";
import type { Scale } from "../survey/types";
import { ratingScaleFrom } from "../survey/scale";
import type { Range } from "./ranges";

/** A reader's verdict on a cell the scan cannot read: the general path runs. (Answers are finite; NaN = blank.) */
const BAIL = NOT_READ;

/** A counting scan that met a fractional answer: start again with plain sums. */
const FRACTION = null;

/** The reader of a scan: on `scale`, or speculative when the scale is still to be detected. */
function readerFor(scale: Scale | undefined): RatingReader | SpeculativeReader {
  return scale === undefined ? new SpeculativeReader() : new RatingReader(scale);
}

/** A speculative scan's sums with what it saw for detection: the numbers' range and labels. */
interface Scanned<T> {
  sums: T;
  lo: number;
  hi: number;
  labels: number;
}

/**
 * The scale detectRatingScale gives for numbers lo..hi (none when lo > hi) and Likert labels
 * (blank text adds nothing), and whether a speculative reading holds on it: every number is an
 * answer there (so no 0 that should be blank) and labels mean 1..5 (the scale is 1–5).
 */
function detected(seen: Scanned<unknown>): { scale: Scale; holds: boolean } {
  const { lo, hi, labels } = seen;
  const numbers = lo <= hi ? 1 : 0;
  const scale = ratingScaleFrom(lo, hi, { numbers, min: lo, max: hi, labels });
  const numbersHold = numbers === 0 || (lo >= scale.min && hi <= scale.max);
  const labelsHold = labels === 0 || (scale.min === 1 && scale.max === 5);
  return { scale, holds: numbersHold && labelsHold };
}

/** A detected-scale statistic: speculate, and read again on the detected scale when that is needed. */
function onDetectedScale<T>(scan: (scale: Scale | undefined) => Scanned<T> | undefined): T | undefined {
  const first = scan(undefined);
  if (first === undefined) return undefined;
  const d = detected(first);
  return d.holds ? first.sums : scan(d.scale)?.sums;
}

/** True when sums of integer answers up to |maxAbs| (and their squares) over `rows` stay exact. */
function exactCounts(rows: number, maxAbs: number): boolean {
  return rows * maxAbs * maxAbs < Number.MAX_SAFE_INTEGER;
}

/** Level counts of every column: at most this many counters (else plain sums). */
const MAX_COUNTERS = 1 << 20;

/** True when integer levels lo..hi of `cols` columns are worth counting (else plain sums). */
function countable(lo: number, hi: number, rows: number, cols: number): boolean {
  return Number.isInteger(lo) && Number.isInteger(hi) && (hi - lo + 2) * cols <= MAX_COUNTERS && exactCounts(rows, Math.max(-lo, hi));
}

// ---------------------------------------------------------------------------------------------
// Column moments (CSI)

/**
 * Unweighted column moments of ratings on a given scale (as columnMoments of the parsed cells):
 * per column Σx, Σx², n = rows − blanks; sumW = sumW2 = n.
 */
export function scanColumnMoments(cells: Range, scale: Scale): Moments[] | undefined {
  if (countable(scale.min, scale.max, cells.length, cells[0].length)) {
    const counted = countColumnLevels(cells, scale);
    if (counted !== FRACTION) return counted;
  }
  return sumColumns(cells, scale);
}

/** Per column counts of the blanks and of each level min..max → moments (integer scale). */
function countColumnLevels(cells: Range, scale: Scale): Moments[] | undefined | typeof FRACTION {
  const rows = cells.length;
  const cols = cells[0].length;
  const lo = scale.min;
  const hi = scale.max;
  const width = hi - lo + 2; // slot 0 = blanks, then levels lo..hi
  const counts = new Float64Array(cols * width);
  const reader = new RatingReader(scale);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    // Column c's slots start at c·width; level v is slot at + v with at = c·width + 1 − lo.
    for (let c = 0, at = 1 - lo; c < cols; c++, at += width) {
      const v = row[c];
      if (typeof v === "number" && v >= lo && v <= hi && (v | 0) === v) {
        counts[at + v] += 1;
        continue;
      }
      const x = reader.read(v);
      if (x !== x) counts[at + lo - 1] += 1;
      else if (x === BAIL) return undefined;
      else if ((x | 0) === x) counts[at + x] += 1;
      else return FRACTION;
    }
  }
  const out = new Array<Moments>(cols);
  for (let c = 0; c < cols; c++) out[c] = momentsOfLevelCounts(counts, c * width + 1, width - 1, lo);
  return out;
}

/** Column moments by row-major sums (any answers on the scale). */
function sumColumns(cells: Range, scale: Scale): Moments[] | undefined {
  const rows = cells.length;
  const cols = cells[0].length;
  const lo = scale.min;
  const hi = scale.max;
  const out = Array.from({ length: cols }, emptyMoments);
  const reader = new RatingReader(scale);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      if (typeof v === "number" && v >= lo && v <= hi) {
        addMomentUnchecked(out[c], v, 1);
        continue;
      }
      const x = reader.read(v);
      if (x !== x) continue; // blank
      if (x === BAIL) return undefined;
      addMomentUnchecked(out[c], x, 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Listwise sums (ALPHA)

/** Speculative counting takes integer answers −LEVELS_ABS..LEVELS_ABS. */
const LEVELS_ABS = 100;

/**
 * Listwise sums of Cronbach's alpha (as cronbachAlpha of the parsed cells, unweighted) on the
 * scale detected from the cells: rows with every item answered.
 */
export function scanListwise(cells: Range): ListwiseSums | undefined {
  return onDetectedScale((scale) => {
    const lo = scale === undefined ? -LEVELS_ABS : scale.min;
    const hi = scale === undefined ? LEVELS_ABS : scale.max;
    if (countable(lo, hi, cells.length, cells[0].length)) {
      const counted = countListwise(cells, lo, hi, readerFor(scale));
      if (counted !== FRACTION) return counted;
    }
    return sumListwise(cells, scale);
  });
}

const ROW_COMPLETE = 0;
const ROW_BLANK = 1;
const ROW_BAIL = 2;
const ROW_FRACTION = 3;

/**
 * A row the counting loop did not take whole: every cell through the reader into `buf`; whether
 * it is complete, has a blank, needs the general path, or has an answer the counts cannot hold.
 */
function readRow(row: readonly unknown[], k: number, reader: CellReader, buf: Float64Array, lo: number, hi: number): number {
  let verdict = ROW_COMPLETE;
  for (let j = 0; j < k; j++) {
    const x = reader.read(row[j]);
    if (x === BAIL) return ROW_BAIL;
    buf[j] = x;
    if (x !== x) verdict = ROW_BLANK;
    else if (!(x >= lo && x <= hi && (x | 0) === x) && verdict === ROW_COMPLETE) verdict = ROW_FRACTION;
  }
  return verdict;
}

/** Count a complete row read into `buf` (see countListwise); returns its total, summed in item order. */
function countRow(buf: Float64Array, k: number, counts: Float64Array, width: number, lo: number): number {
  let total = 0;
  for (let j = 0, at = -lo; j < k; j++, at += width) {
    const x = buf[j];
    total += x;
    counts[at + x] += 1;
  }
  return total;
}

/**
 * Listwise sums for integer answers lo..hi: complete rows add their row total (in row order, as
 * the general path) and count each item's level; the item sums follow from the counts.
 */
function countListwise(cells: Range, lo: number, hi: number, reader: RatingReader | SpeculativeReader): Scanned<ListwiseSums> | undefined | typeof FRACTION {
  const rows = cells.length;
  const k = cells[0].length;
  const width = hi - lo + 1;
  const counts = new Float64Array(k * width); // item c, level v at c·width − lo + v: rows of plain numbers
  // Rows the reader took (labels, numeric text, blanks) count apart: a label's level is not a number
  // seen, and detection looks at the numbers only (as detectRatingScale does).
  const readCounts = new Float64Array(k * width);
  const buf = new Float64Array(k);
  let n = 0;
  let st = 0;
  let sst = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    let c = 0;
    for (; c < k; c++) {
      const v = row[c];
      if (!(typeof v === "number" && v >= lo && v <= hi && (v | 0) === v)) break;
    }
    let total = 0;
    if (c === k) {
      for (let j = 0, at = -lo; j < k; j++, at += width) {
        const x = row[j] as number;
        total += x;
        counts[at + x] += 1;
      }
    } else {
      const verdict = readRow(row, k, reader, buf, lo, hi);
      if (verdict === ROW_BAIL) return undefined;
      if (verdict === ROW_FRACTION) return FRACTION;
      if (verdict === ROW_BLANK) continue;
      total = countRow(buf, k, readCounts, width, lo);
    }
    n += 1;
    st += total;
    sst += total * total;
  }
  const seen = reader instanceof SpeculativeReader ? reader : { lo: Infinity, hi: -Infinity, labels: 0 };
  let seenLo = seen.lo;
  let seenHi = seen.hi;
  const sum = new Float64Array(k);
  const sumSq = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const at = c * width;
    const m = momentsOfLevelCounts(counts, at, width, lo);
    const read = momentsOfLevelCounts(readCounts, at, width, lo);
    sum[c] = m.sum + read.sum;
    sumSq[c] = m.sumSq + read.sumSq;
    // The lowest and highest numbers answered in the plain rows (the reader noted its own).
    for (let j = 0; j < width; j++) {
      if (counts[at + j] === 0) continue;
      seenLo = Math.min(seenLo, lo + j);
      seenHi = Math.max(seenHi, lo + j);
    }
  }
  const sums = { k, n, sumW: n, sum, sumSq, totalSum: st, totalSumSq: sst };
  return { sums, lo: seenLo, hi: seenHi, labels: seen.labels };
}

/** Listwise sums by row-major sums (any answers). */
function sumListwise(cells: Range, scale: Scale | undefined): Scanned<ListwiseSums> | undefined {
  const rows = cells.length;
  const k = cells[0].length;
  const reader = readerFor(scale);
  const lo = scale === undefined ? -Number.MAX_VALUE : scale.min;
  const hi = scale === undefined ? Number.MAX_VALUE : scale.max;
  const s = new Float64Array(k);
  const ss = new Float64Array(k);
  const buf = new Float64Array(k);
  let n = 0;
  let st = 0;
  let sst = 0;
  let seenLo = Infinity;
  let seenHi = -Infinity;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    let complete = true;
    for (let c = 0; c < k; c++) {
      const v = row[c];
      if (typeof v === "number" && v >= lo && v <= hi) {
        buf[c] = v;
        if (v < seenLo) seenLo = v;
        if (v > seenHi) seenHi = v;
      } else {
        const x = reader.read(v);
        if (x === BAIL) return undefined;
        buf[c] = x;
        if (x !== x) complete = false;
      }
    }
    if (!complete) continue;
    let total = 0;
    for (let c = 0; c < k; c++) {
      const x = buf[c];
      total += x;
      s[c] += x;
      ss[c] += x * x;
    }
    n += 1;
    st += total;
    sst += total * total;
  }
  const seen = reader instanceof SpeculativeReader ? reader : { lo: Infinity, hi: -Infinity, labels: 0 };
  const sums = { k, n, sumW: n, sum: s, sumSq: ss, totalSum: st, totalSumSq: sst };
  return { sums, lo: Math.min(seenLo, seen.lo), hi: Math.max(seenHi, seen.hi), labels: seen.labels };
}

// ---------------------------------------------------------------------------------------------
// Gap sums (GAP)

/**
 * Gap sums per attribute (as attributeGapSums of the parsed cells, unweighted) on the scale
 * detected from both ranges together; the ranges have the same shape.
 */
export function scanGapSums(perception: Range, expectation: Range): GapSums | undefined {
  return onDetectedScale((scale) => gapSums(perception, expectation, scale));
}

/**
 * A pair the hot loop did not take, through the reader: adds it when both are answers; false
 * when the general path must read it.
 */
function addOtherPair(p: unknown, e: unknown, c: number, reader: CellReader, sums: GapSums): boolean {
  const x = reader.read(p);
  const y = reader.read(e);
  if (x === BAIL || y === BAIL) return false;
  if (x === x && y === y) {
    sums.sumW[c] += 1;
    sums.sumDiff[c] += x - y;
  }
  return true;
}

function gapSums(perception: Range, expectation: Range, scale: Scale | undefined): Scanned<GapSums> | undefined {
  const rows = perception.length;
  const cols = perception[0].length;
  const reader = readerFor(scale);
  const lo = scale === undefined ? -Number.MAX_VALUE : scale.min;
  const hi = scale === undefined ? Number.MAX_VALUE : scale.max;
  const sums: GapSums = { sumW: new Float64Array(cols), sumDiff: new Float64Array(cols) };
  const sw = sums.sumW;
  const sd = sums.sumDiff;
  let seenLo = Infinity;
  let seenHi = -Infinity;
  for (let r = 0; r < rows; r++) {
    const pr = perception[r];
    const er = expectation[r];
    for (let c = 0; c < cols; c++) {
      const p = pr[c];
      const e = er[c];
      if (typeof p === "number" && typeof e === "number" && p >= lo && p <= hi && e >= lo && e <= hi) {
        if (p < seenLo) seenLo = p;
        if (p > seenHi) seenHi = p;
        if (e < seenLo) seenLo = e;
        if (e > seenHi) seenHi = e;
        sw[c] += 1;
        sd[c] += p - e;
      } else if (!addOtherPair(p, e, c, reader, sums)) {
        return undefined;
      }
    }
  }
  const seen = reader instanceof SpeculativeReader ? reader : { lo: Infinity, hi: -Infinity, labels: 0 };
  return { sums, lo: Math.min(seenLo, seen.lo), hi: Math.max(seenHi, seen.hi), labels: seen.labels };
}

// ---------------------------------------------------------------------------------------------
// Kano pairs (KANO)

/**
 * A Kano cell: 1..5 = answer, 0 = blank (0, "", labels for no answer), −1 = general path. A plain
 * answer is taken as in the hot loop (the other cell of its pair sent the pair here).
 */
function kanoCode(v: unknown, reader: CellReader): number {
  if (typeof v === "number" && v >= 1 && v <= 5 && (v | 0) === v) return v;
  const x = reader.read(v);
  return x !== x ? 0 : x === BAIL ? -1 : x;
}

/** A pair the hot loop did not take: f·5 + d (≥ 6) to count, 0 to skip (a blank), −1 = general path. */
function otherKanoPair(fv: unknown, dv: unknown, reader: CellReader): number {
  const f = kanoCode(fv, reader);
  const d = kanoCode(dv, reader);
  if (f < 0 || d < 0) return -1;
  return f === 0 || d === 0 ? 0 : f * 5 + d;
}

/**
 * Kano pair tables of every attribute (as kanoPairCountsMatrix of the parsed cells, unweighted):
 * attribute c's cell (f, d) at c·25 + (f − 1)·5 + (d − 1). The ranges have the same shape.
 */
export function scanKanoPairs(functional: Range, dysfunctional: Range): Float64Array | undefined {
  const rows = functional.length;
  const cols = functional[0].length;
  const cells = new Float64Array(cols * 25);
  const reader = new KanoReader();
  for (let r = 0; r < rows; r++) {
    const fr = functional[r];
    const dr = dysfunctional[r];
    // base + f·5 + d = c·25 + (f − 1)·5 + (d − 1)
    for (let c = 0, base = -6; c < cols; c++, base += 25) {
      const f = fr[c];
      const d = dr[c];
      if (typeof f === "number" && typeof d === "number" && f >= 1 && f <= 5 && d >= 1 && d <= 5 && (f | 0) === f && (d | 0) === d) {
        cells[base + f * 5 + d] += 1;
        continue;
      }
      const pair = otherKanoPair(f, d, reader);
      if (pair < 0) return undefined;
      if (pair > 0) cells[base + pair] += 1;
    }
  }
  return cells;
}
