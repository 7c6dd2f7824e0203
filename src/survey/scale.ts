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
  let max = -Infinity;
  let min = Infinity;
  let numbers = 0;
  let labels = 0;
  for (const cell of values) {
    let x: number | undefined;
    if (typeof cell === "number") x = Number.isFinite(cell) ? cell : undefined;
    else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "number" || m.kind === "numbered") x = m.value;
      else if (m.kind === "label" && m.likert !== undefined) labels++;
    }
    if (x === undefined) continue;
    numbers++;
    if (x > max) max = x;
    if (x < min) min = x;
  }
  return scaleFromObserved({ numbers, min, max, labels });
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
