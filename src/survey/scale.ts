/**
 * Which scale a column is on: from a header hint ("(0-10)", "1–7", "（1-5）", "1 to 5") when
 * there is one, else from the observed answers: labels → 1–5; highest number ≤ 5 → 1–5,
 * ≤ 7 → 1–7, ≤ 10 → 0–10 when a 0 is seen else 1–10, ≤ 100 → 0–100.
 * A 0 next to answers that fit 1–5 or 1–7 is taken for an Excel empty cell, not a 0–10 scale.
 */
import { classifyText } from "./labels";
import type { Scale } from "./types";

export interface ScaleGuess extends Scale {
  /** What decided: the header, the numbers, the labels, or nothing (default 1–5). */
  readonly source: "hint" | "values" | "labels" | "default";
}

const RANGE_RE = /(?<![\p{L}\p{N}.])(\d{1,3})\s*(?:-|–|—|~|〜|to|a|al|至|到|－)\s*(\d{1,3})(?![\p{N}.])(?!\s*(?:%|月|日|号|年))/iu;

/** A scale named in header text, e.g. "Likelihood to recommend (0-10)", "（1-5）", "1 to 7"; or undefined. */
export function scaleFromHeader(header: string): Scale | undefined {
  const s = header.normalize("NFKC").replace(/[\u2010-\u2012\u2212]/g, "-");
  const m = RANGE_RE.exec(s);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = Number(m[2]);
  if ((min !== 0 && min !== 1) || max <= min + 1 || (max > 11 && max !== 100)) return undefined;
  return { min, max };
}

/** Guesses the scale of a column from its cells and optional header text. */
export function detectScale(values: readonly unknown[], hint?: string): ScaleGuess {
  if (hint !== undefined) {
    const fromHint = scaleFromHeader(hint);
    if (fromHint) return { ...fromHint, source: "hint" };
  }
  const o = new AnswerObservation();
  for (let i = 0; i < values.length; i++) o.add(values[i]);
  return scaleFromObserved(o);
}

/** What a scan of answers saw: how many numbers (and their range) and how many Likert labels. */
export interface ObservedAnswers {
  readonly numbers: number;
  readonly min: number;
  readonly max: number;
  readonly labels: number;
}

/** The scale rule of detectScale from observed answers (no header hint). */
export function scaleFromObserved(o: ObservedAnswers): ScaleGuess {
  const { numbers, min, max, labels } = o;
  if (numbers === 0) return labels > 0 ? { min: 1, max: 5, source: "labels" } : { min: 1, max: 5, source: "default" };
  if (max <= 5) return { min: 1, max: 5, source: labels > 0 ? "labels" : "values" };
  if (max <= 7) return { min: 1, max: 7, source: "values" };
  if (max <= 10) return { min: min < 1 ? 0 : 1, max: 10, source: "values" };
  if (max <= 100 && min >= 0) return { min: 0, max: 100, source: "values" };
  return { min, max, source: "values" };
}

/**
 * What scale detection sees of cells, in one pass: the observation of scaleFromObserved (numbers
 * and number-with-label text, Likert labels) and lo/hi, the range of the finite numbers and
 * numeric text alone (detectRatingScale's negative test). Text is classified once per distinct
 * string (labels.ts caches).
 */
export class AnswerObservation implements ObservedAnswers {
  lo = Infinity;
  hi = -Infinity;
  numbers = 0;
  min = Infinity;
  max = -Infinity;
  labels = 0;

  add(cell: unknown): void {
    if (typeof cell === "number") {
      if (cell - cell !== 0) return; // NaN, ±Infinity
      this.number(cell);
      if (cell < this.lo) this.lo = cell;
      if (cell > this.hi) this.hi = cell;
    } else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "number" || m.kind === "numbered") {
        this.number(m.value);
        // classifyText's "number" is numberFromText of the trimmed text (numbered text is not a number here).
        if (m.kind === "number" && Number.isFinite(m.value)) {
          if (m.value < this.lo) this.lo = m.value;
          if (m.value > this.hi) this.hi = m.value;
        }
      } else if (m.kind === "label" && m.likert !== undefined) {
        this.labels++;
      }
    }
  }

  private number(x: number): void {
    this.numbers++;
    if (x > this.max) this.max = x;
    if (x < this.min) this.min = x;
  }

  /** Every cell of a raw range (rows of cells); anything else adds nothing. */
  addRange(raw: unknown): void {
    if (!Array.isArray(raw)) return;
    for (const row of raw) if (Array.isArray(row)) for (let c = 0; c < row.length; c++) this.add(row[c]);
  }
}

/**
 * The rule of detectRatingScale from what a scan saw: with a negative number (lo < 0) the
 * observed range lo–hi; otherwise scaleFromObserved.
 */
export function ratingScaleFrom(lo: number, hi: number, observed: ObservedAnswers): Scale {
  if (lo < 0) return { min: lo, max: hi };
  const guess = scaleFromObserved(observed);
  return { min: guess.min, max: guess.max };
}

/**
 * Scale of ratings given without scale arguments (the worksheet functions), guessed from their
 * cells as detectScale does: labels or answers up to 5 → 1–5, up to 7 → 1–7, up to 10 → 1–10
 * (0–10 when a 0 is seen), up to 100 → 0–100, else the observed range. Extension: when a number
 * is negative (e.g. −2…2 or centred scores) the observed range is the scale, so 0 counts as an
 * answer.
 */
export function detectRatingScale(cells: readonly unknown[]): Scale {
  const o = new AnswerObservation();
  for (let i = 0; i < cells.length; i++) o.add(cells[i]);
  return ratingScaleFrom(o.lo, o.hi, o);
}

/** detectRatingScale of one column of rows (`rows[r][column]`), read in place: no copy of the column. */
export function detectRatingScaleOfColumn(rows: readonly (readonly unknown[])[], column: number): Scale {
  const o = new AnswerObservation();
  for (let r = 0; r < rows.length; r++) o.add(rows[r][column]);
  return ratingScaleFrom(o.lo, o.hi, o);
}

/** detectRatingScale of the cells of several raw ranges together, read in place (anything tolerated). */
export function detectRatingScaleOf(raws: readonly unknown[]): Scale {
  const o = new AnswerObservation();
  for (const raw of raws) o.addRange(raw);
  return ratingScaleFrom(o.lo, o.hi, o);
}
