/**
 * A label read in the context of its column's label set (issue #8, item 6).
 *
 * The lexicon (labels.ts) reads one label at a time and has to pick one meaning for "Very
 * important" (5). A column of Qualtrics' "Not at all / Slightly / Moderately / Very / Extremely
 * important" shows that it is 4 there, and SurveyMonkey's "Somewhat important" / "Not so
 * important" are known only as points of their scale. `answerLabelsFor` looks at a column's
 * distinct labels and returns the one platform set (platformSets.ts) that explains them, or
 * undefined — then the lexicon applies exactly as before.
 *
 * The rule, and why:
 * 1. Labels that neither the lexicon nor any set knows are left out of the choice (they will be
 *    reported as issues, never guessed); one typo must not switch context off for 487 cells.
 * 2. A set is a candidate when it has a wording for every remaining label. With a scale named in
 *    the header ("(1-7)") only sets of that many points are candidates; otherwise the fewest
 *    points win (a 7-point column shows its 7-point-only wordings, "Low importance", "Neutral").
 * 3. Candidates must agree on the point of every label seen, else the column is ambiguous.
 * 4. On a 5-point scale (or none named) the lexicon keeps the column unless the labels show it
 *    wrong there: a wording it does not know, or two wordings it puts on one point that the set
 *    tells apart ("Very important" and "Extremely important" are both 5 in the lexicon). So a
 *    column "Strongly disagree … Strongly agree" without a midpoint stays on 1–5 (1, 2, 4, 5):
 *    that is a 5-point column nobody answered neutrally as much as a 4-point one; "(1-4)" in
 *    the header decides.
 */
import { LANGUAGES } from "../../i18n/languages";
import { classifyText, likertValue } from "../labels";
import type { Scale } from "../types";
import { ANSWER_SETS, type AnswerKind, type AnswerSetDefinition } from "./platformSets";
import { labelThenNumber, normalizeLabel, numberThenLabel } from "./text";

/** The label set a column's answers were written in: wording → point on `scale`. */
export interface AnswerLabels {
  /** Id of the set in ANSWER_SETS, e.g. "importance-5-vagias". */
  readonly set: string;
  readonly kind: AnswerKind;
  /** The set's own scale, 1..number of points. */
  readonly scale: Scale;
  /** Normalised wording (normalizeLabel) → point 1..k, every wording of the set in every language. */
  readonly points: Readonly<Record<string, number>>;
}

interface CompiledSet {
  readonly def: AnswerSetDefinition;
  readonly size: number;
  readonly points: ReadonlyMap<string, number>;
  readonly labels: AnswerLabels;
}

function compile(def: AnswerSetDefinition): CompiledSet {
  const points = new Map<string, number>();
  def.points.forEach((wordings, i) => {
    for (const lang of LANGUAGES) {
      for (const w of wordings[lang]) {
        const key = normalizeLabel(w);
        const prior = points.get(key);
        if (prior !== undefined && prior !== i + 1) throw new Error(`answer set ${def.id}: '${w}' is both ${prior} and ${i + 1}`);
        points.set(key, i + 1);
      }
    }
  });
  const record: Record<string, number> = {};
  for (const [k, v] of points) record[k] = v;
  const size = def.points.length;
  return { def, size, points, labels: { set: def.id, kind: def.kind, scale: { min: 1, max: size }, points: Object.freeze(record) } };
}

const COMPILED: readonly CompiledSet[] = ANSWER_SETS.map(compile);
const KNOWN_TO_SETS = new Set(COMPILED.flatMap((c) => [...c.points.keys()]));

/** The labels of a column's cells, normalised: plain labels and the label of "4 - Very important". */
function distinctLabels(values: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const cell of values) {
    if (typeof cell !== "string" || seen.has(cell)) continue;
    seen.add(cell);
    const m = classifyText(cell);
    if (m.kind === "label" || m.kind === "unknown") labels.add(normalizeLabel(cell));
    else if (m.kind === "numbered") {
      const text = numberedText(normalizeLabel(cell));
      if (text !== undefined) labels.add(text);
    }
  }
  return labels;
}

/** The label part of a "number with a label" cell (already normalised), normalised. */
function numberedText(norm: string): string | undefined {
  const parts = numberThenLabel(norm) ?? labelThenNumber(norm);
  return parts ? normalizeLabel(parts.text) : undefined;
}

/**
 * True when the labels show the lexicon wrong for this set: a label it does not know, or two
 * labels it puts on one point that the set tells apart ("Very" and "Extremely important").
 * Variants of one point ("Satisfecho", "Satisfecha") are no such evidence.
 */
function evidenceAgainstLexicon(labels: ReadonlySet<string>, set: CompiledSet): boolean {
  const pointOf = new Map<number, number>(); // lexicon point → the set's point of a label there
  for (const l of labels) {
    const v = likertValue(l);
    if (v === undefined) return true;
    const own = set.points.get(l) as number;
    const prior = pointOf.get(v);
    if (prior !== undefined && prior !== own) return true;
    pointOf.set(v, own);
  }
  return false;
}

/**
 * The platform label set that explains a column's answers, or undefined when none does or the
 * column is ambiguous (then the lexicon reads it, as before). `hint` is a scale named in the
 * column's header, if any (scaleFromHeader): only sets of that many points are considered.
 * Pure; looks at each distinct string once.
 */
export function answerLabelsFor(values: readonly unknown[], hint?: Scale): AnswerLabels | undefined {
  const all = distinctLabels(values);
  const labels = new Set([...all].filter((l) => KNOWN_TO_SETS.has(l) || likertValue(l) !== undefined));
  if (labels.size === 0) return undefined;
  const hintSize = hint ? hint.max - hint.min + 1 : undefined;
  let candidates = COMPILED.filter((c) => [...labels].every((l) => c.points.has(l)));
  if (hintSize !== undefined) candidates = candidates.filter((c) => c.size === hintSize);
  if (candidates.length === 0) return undefined;
  const fewest = Math.min(...candidates.map((c) => c.size));
  candidates = candidates.filter((c) => c.size === fewest);
  const first = candidates[0];
  for (const c of candidates) for (const l of labels) if (c.points.get(l) !== first.points.get(l)) return undefined;
  // The lexicon reads labels on 5-point scales only; there it keeps a column it can explain.
  if ((hintSize === undefined || hintSize === 5) && !evidenceAgainstLexicon(labels, first)) return undefined;
  return first.labels;
}

/** The point (on answerLabels.scale) of a plain label cell, or undefined when the set has no such wording. */
export function answerPoint(labels: AnswerLabels, text: string): number | undefined {
  return cached(labels, "p", text, () => ownPoint(labels, normalizeLabel(text)));
}

/** The point of the label in a "4 - Very important" / "Very important (4)" cell, or undefined. */
export function numberedAnswerPoint(labels: AnswerLabels, text: string): number | undefined {
  return cached(labels, "n", text, () => {
    const t = numberedText(normalizeLabel(text));
    return t === undefined ? undefined : ownPoint(labels, t);
  });
}

// Label columns repeat a handful of strings: look each up once per label set (bounded, like classifyText).
const CACHE_LIMIT = 4096;
const caches = new WeakMap<AnswerLabels, Map<string, number | null>>();

function cached(labels: AnswerLabels, kind: "p" | "n", text: string, look: () => number | undefined): number | undefined {
  let cache = caches.get(labels);
  if (!cache) {
    cache = new Map();
    caches.set(labels, cache);
  }
  const key = kind + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const v = look();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, v ?? null);
  return v;
}

function ownPoint(labels: AnswerLabels, norm: string): number | undefined {
  // `points` may come from outside (a proposal): only own, finite entries count.
  if (!Object.prototype.hasOwnProperty.call(labels.points, norm)) return undefined;
  const v = labels.points[norm];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
