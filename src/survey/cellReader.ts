/**
 * Non-throwing readers of single cells, for one-pass scans (functions/scan.ts): parse.ts's rules
 * without its messages. A reader returns the answer as a number, NaN for a blank, or NOT_READ
 * when the cell is not an answer it can read — the caller then runs parse.ts itself, which
 * reports the problem with its message. Numbers go through parse.ts's number rules
 * (ratingFromNumber, kanoFromNumber); text through parse.ts's parsers, once per distinct string
 * per reader.
 */
import { isCsError } from "../engine/errors";
import { classifyText } from "./labels";
import { kanoFromNumber, parseKanoAnswer, parseRating, ratingFromNumber } from "./parse";
import type { Answer, CellWhere, Scale } from "./types";

/** A reader's verdict on a cell it cannot read (answers are finite; NaN = blank). */
export const NOT_READ = Infinity;

/** Reads one cell: its answer, NaN for a blank, or NOT_READ. */
export interface CellReader {
  read(cell: unknown): number;
}

/** Where a text cell is read from (messages are not kept: a failure is NOT_READ). */
const NOWHERE: CellWhere = { row: 0, column: 0 };

/** An answer of parse.ts's number rules as a reader's number. */
function fromRule(answer: Answer | undefined): number {
  return answer === undefined ? NOT_READ : answer === null ? NaN : answer;
}

/**
 * Text cells of one reader, each distinct string read once by `readText`: NaN = blank, a number =
 * the answer, NOT_READ = not readable. "", null and undefined are blank; other non-text is NOT_READ.
 */
class TextCells {
  private readonly seen = new Map<string, number>();
  /** The first few distinct strings, checked by === before the map (label-coded ranges repeat a handful). */
  private readonly recent: string[] = [];
  private readonly recentValue: number[] = [];

  constructor(private readonly readText: (text: string) => number) {}

  read(cell: unknown): number {
    if (cell === "" || cell === null || cell === undefined) return NaN;
    if (typeof cell !== "string") return NOT_READ;
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) if (recent[i] === cell) return this.recentValue[i];
    let x = this.seen.get(cell);
    if (x === undefined) {
      x = this.readText(cell);
      this.seen.set(cell, x);
      if (recent.length < 8) {
        recent.push(cell);
        this.recentValue.push(x);
      }
    }
    return x;
  }
}

/** A parse.ts parser as a text reader: its answer, NaN for blank, NOT_READ for a CsError. */
function parsedBy(parse: (text: string) => Answer): (text: string) => number {
  return (text) => {
    try {
      return fromRule(parse(text));
    } catch (e) {
      if (!isCsError(e)) throw e;
      return NOT_READ;
    }
  };
}

/** Ratings on a given scale, as parseRating reads them (0 outside the scale is blank). */
export class RatingReader implements CellReader {
  private readonly text: TextCells;

  constructor(private readonly scale: Scale) {
    this.text = new TextCells(parsedBy((t) => parseRating(t, scale, NOWHERE)));
  }

  read(cell: unknown): number {
    if (typeof cell === "number") return fromRule(ratingFromNumber(cell, this.scale));
    return this.text.read(cell);
  }
}

/** Kano answers, as parseKanoAnswer reads them (1..5 or a label; 0 is blank). */
export class KanoReader implements CellReader {
  private readonly text = new TextCells(parsedBy((t) => parseKanoAnswer(t, NOWHERE)));

  read(cell: unknown): number {
    if (typeof cell === "number") return fromRule(kanoFromNumber(cell));
    return this.text.read(cell);
  }
}

/**
 * Ratings on a scale still to be detected (survey/scale.ts detectRatingScale): numbers and
 * numeric text as they are, Likert labels as 1..5 (parseRating's reading on 1–5, so right only
 * when the scale is 1–5), blanks; notes what detection needs (the numbers' range, labels seen).
 * Anything else — other text, NaN, ±Infinity — is NOT_READ.
 */
export class SpeculativeReader implements CellReader {
  lo = Infinity;
  hi = -Infinity;
  labels = 0;
  // What it notes of a text is the same each time, so each distinct text is read once.
  private readonly text = new TextCells((t) => this.readText(t));

  read(cell: unknown): number {
    if (typeof cell === "number") return this.number(cell);
    return this.text.read(cell);
  }

  private readText(t: string): number {
    const m = classifyText(t);
    if (m.kind === "blank") return NaN;
    if (m.kind === "number") return this.number(m.value);
    if (m.kind === "label" && m.likert !== undefined) {
      this.labels++;
      return m.likert;
    }
    return NOT_READ;
  }

  private number(x: number): number {
    if (x - x !== 0) return NOT_READ; // NaN, ±Infinity
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    return x;
  }
}
