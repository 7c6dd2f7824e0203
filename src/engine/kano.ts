/**
 * Kano model (Kano, Seraku, Takahashi & Tsuji 1984; evaluation and coefficients after Berger et al.
 * 1993; significance after Fong 1996; continuous analysis after DuMouchel 1993 in Berger et al.).
 *
 * Answers: 1 like, 2 must-be/expect, 3 neutral, 4 live-with, 5 dislike.
 * The mergeable statistic is the 25-cell table of (functional, dysfunctional) answer pairs.
 *
 * Blank policy (all functions): a respondent counts only when both the functional and the
 * dysfunctional answer are given (pairwise complete); a pair with a blank is skipped.
 * An answer that is not an integer 1–5 → CsError "num" naming row (column) and value.
 */
import { CsError, isCsError } from "./errors";
import type { Answer, CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkSameLength, checkSameShape, isFiniteNumber, notANumber, show } from "./validate";

export type KanoAnswer = 1 | 2 | 3 | 4 | 5;
/** A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable. */
export type KanoCategory = "A" | "O" | "M" | "I" | "R" | "Q";
/** The six Kano categories in table order A, O, M, I, R, Q. */
export const KANO_CATEGORIES: readonly KanoCategory[] = ["A", "O", "M", "I", "R", "Q"];

/** Order used by the "M > O > A > I" rule and to order equal counts (then R, Q). */
const PRECEDENCE: readonly KanoCategory[] = ["M", "O", "A", "I", "R", "Q"];

/** Evaluation table (DESIGN §4.2), row = functional 1..5, column = dysfunctional 1..5. */
const TABLE = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"].join("").split("") as readonly KanoCategory[];

function checkKanoAnswer(x: unknown, name: string, row?: number, column?: number): number {
  if (!isFiniteNumber(x)) notANumber(x, row, column);
  if (!(x === 1 || x === 2 || x === 3 || x === 4 || x === 5)) {
    throw new CsError("num", "kanoAnswerOutOfRange", { name, value: show(x) }, { row, column });
  }
  return x;
}

/**
 * Kano category of one respondent's answer pair by the evaluation table (Kano et al. 1984;
 * Berger et al. 1993): like/dislike → O; like/(expect|neutral|live-with) → A;
 * (expect|neutral|live-with)/dislike → M; middle/middle → I; like/like and dislike/dislike → Q;
 * the rest → R. Answers: 1 like, 2 must-be/expect, 3 neutral, 4 live-with, 5 dislike.
 * @param functional the answer to the functional question, 1…5
 * @param dysfunctional the answer to the dysfunctional question, 1…5
 * @returns "A", "O", "M", "I", "R" or "Q"
 * @throws {CsError} num kanoAnswerOutOfRange — an answer that is not an integer 1…5
 * @throws {CsError} value textNotANumber, emptyCellNotANumber, notANumber — an answer that is not a number
 * @example
 * kanoClassify(1, 5); // → "O"
 * kanoClassify(1, 3); // → "A"
 * kanoClassify(3, 5); // → "M"
 * kanoClassify(5, 5); // → "Q"
 */
export function kanoClassify(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  const f = checkKanoAnswer(functional, "functional");
  const d = checkKanoAnswer(dysfunctional, "dysfunctional");
  return TABLE[(f - 1) * 5 + (d - 1)];
}

/** 25 cells, index (f − 1)·5 + (d − 1), holding (weighted) counts of answer pairs. */
export type KanoPairCounts = number[];

/**
 * Pair table of one attribute: cell (f, d) = Σw over respondents answering f and d, index
 * (f − 1)·5 + (d − 1) — the mergeable statistic of Kano (tables of two data sets add elementwise).
 * Variant: frequency weights. Blank policy: pairwise complete (a pair with a blank is skipped).
 * Source: the pairs of the Kano evaluation table (Kano et al. 1984; Berger et al. 1993).
 * @param functional one functional answer (1…5 or null) per respondent
 * @param dysfunctional one dysfunctional answer per respondent, same length
 * @param weights case weights, one per respondent
 * @returns 25 (weighted) counts
 * @throws {CsError} value notLists, pairCountMismatch, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — unequal lengths or a non-number (row named)
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight — an answer not 1…5 (row named), a bad weight
 * @example
 * kanoPairCounts([1, 3, null], [5, 5, 4])[4]; // → 1
 * kanoCountsFromPairs(kanoPairCounts([1, 3, null], [5, 5, 4])); // → { A: 0, O: 1, M: 1, I: 0, R: 0, Q: 0 }
 */
export function kanoPairCounts(functional: readonly Answer[], dysfunctional: readonly Answer[], weights?: CaseWeights): KanoPairCounts {
  checkSameLength(functional, dysfunctional, "functional answers", "dysfunctional answers");
  const w = checkCaseWeights(weights, functional.length);
  const cells = new Float64Array(25);
  for (let r = 0; r < functional.length; r++) {
    const f = functional[r];
    const d = dysfunctional[r];
    if (f === null || d === null) continue;
    const fi = checkKanoAnswer(f, "functional", r + 1);
    const di = checkKanoAnswer(d, "dysfunctional", r + 1);
    cells[fi * 5 + di - 6] += w === undefined ? 1 : w[r];
  }
  return Array.from(cells);
}

/**
 * Merge Kano pair tables of two data sets: elementwise sum of the 25 cells.
 * Source: tables of counts add (Kano et al. 1984's evaluation table, Berger et al. 1993).
 * @param a a pair table
 * @param b another
 * @returns the table of both
 * @throws {CsError} value kanoPairTableSize — a table without 25 cells
 * @throws {CsError} num badKanoPairCount — a negative or non-finite cell
 * @example
 * mergeKanoPairCounts(kanoPairCounts([1], [5]), kanoPairCounts([1], [5]))[4]; // → 2
 */
export function mergeKanoPairCounts(a: KanoPairCounts, b: KanoPairCounts): KanoPairCounts {
  checkPairs(a);
  checkPairs(b);
  return a.map((x, i) => x + b[i]);
}

function checkPairs(p: KanoPairCounts): void {
  if (!Array.isArray(p) || p.length !== 25) {
    throw new CsError("value", "kanoPairTableSize", { count: Array.isArray(p) ? p.length : 0 });
  }
  for (let i = 0; i < 25; i++) {
    const v = p[i];
    if (!isFiniteNumber(v) || v < 0) {
      throw new CsError("num", "badKanoPairCount", { index: i + 1, value: show(v) });
    }
  }
}

/** Category counts A, O, M, I, R, Q (weighted when the pairs were). */
export type KanoCounts = Record<KanoCategory, number>;

/**
 * Category counts from a pair table: count(K) = Σ of the cells whose evaluation-table entry is K
 * (Berger et al. 1993).
 * @param p a 25-cell pair table
 * @returns the counts of A, O, M, I, R, Q
 * @throws {CsError} value kanoPairTableSize — not 25 cells
 * @throws {CsError} num badKanoPairCount — a negative or non-finite cell
 * @example
 * kanoCountsFromPairs(kanoPairCounts([1, 1, 2], [5, 3, 5])); // → { A: 1, O: 1, M: 1, I: 0, R: 0, Q: 0 }
 */
export function kanoCountsFromPairs(p: KanoPairCounts): KanoCounts {
  checkPairs(p);
  const counts: KanoCounts = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  for (let i = 0; i < 25; i++) counts[TABLE[i]] += p[i];
  return counts;
}

/** Fong (1996) test of the two most frequent categories. */
export interface FongTest {
  first: KanoCategory;
  second: KanoCategory;
  /** |a − b| */
  difference: number;
  /** 1.65·√((a + b)(2n − a − b)/(2n)) */
  critical: number;
  /** difference ≥ critical */
  significant: boolean;
}

export interface KanoResult {
  counts: KanoCounts;
  /** N = A + O + M + I + R + Q */
  n: number;
  /** Category after the threshold rule (see kanoEvaluate). */
  category: KanoCategory;
  /** The most frequent category (equal counts ordered M, O, A, I, R, Q). */
  mostFrequent: KanoCategory;
  better: number;
  worse: number;
  totalStrength: number;
  categoryStrength: number;
  fong: FongTest;
}

/**
 * Better (satisfaction) coefficient (Berger et al. 1993): (A + O)/(A + O + M + I), in [0, 1].
 * @param c category counts
 * @returns Better
 * @throws {CsError} div0 betterUndefined — A + O + M + I = 0 (only R/Q answers)
 * @example
 * betterCoefficient({ A: 1, O: 10, M: 9, I: 2, R: 3, Q: 0 }); // → 0.5
 */
export function betterCoefficient(c: KanoCounts): number {
  const d = c.A + c.O + c.M + c.I;
  if (!(d > 0)) throw new CsError("div0", "betterUndefined");
  return (c.A + c.O) / d;
}

/**
 * Worse (dissatisfaction) coefficient (Berger et al. 1993): −(O + M)/(A + O + M + I), in [−1, 0]
 * (0, never −0, when O + M = 0).
 * @param c category counts
 * @returns Worse
 * @throws {CsError} div0 worseUndefined — A + O + M + I = 0 (only R/Q answers)
 * @example
 * worseCoefficient({ A: 1, O: 10, M: 9, I: 2, R: 3, Q: 0 }); // → -19 / 22
 */
export function worseCoefficient(c: KanoCounts): number {
  const d = c.A + c.O + c.M + c.I;
  if (!(d > 0)) throw new CsError("div0", "worseUndefined");
  const om = c.O + c.M;
  return om === 0 ? 0 : -om / d; // 0, not −0
}

/**
 * Evaluate one attribute's category counts (Berger et al. 1993; Fong 1996):
 * - mostFrequent = the category with the largest count (equal counts ordered M, O, A, I, R, Q);
 * - categoryStrength = (1st − 2nd)/N; totalStrength = (A + O + M)/N;
 * - category = mostFrequent, except when categoryStrength < threshold (default 0.06) and both of
 *   the top two are among M/O/A/I: then the M > O > A > I rule picks between them (if R or Q is
 *   among the top two, the most frequent is kept);
 * - Better/Worse as betterCoefficient/worseCoefficient;
 * - Fong (1996): |a − b| < 1.65·√((a + b)(2N − a − b)/(2N)) → not significant (a, b the top two).
 * Variant: DESIGN §4.2's worked example M9 O10 A1 I2 R3 says O, but its strength 0.04 < 0.06 and
 * the stated rule give M: the engine follows the rule (threshold 0 gives O; mostFrequent is O).
 * @param counts category counts (weighted or not)
 * @param opts threshold in [0, 1] (default 0.06)
 * @returns counts, n, category, mostFrequent, better, worse, strengths and the Fong test
 * @throws {CsError} div0 noKanoAnswers, betterUndefined — N = 0, or only R/Q answers (see kanoEvaluateLenient)
 * @throws {CsError} num badKanoCount, badKanoThreshold — a negative count, a threshold outside [0, 1]
 * @example
 * const k = kanoEvaluate({ A: 1, O: 10, M: 9, I: 2, R: 3, Q: 0 });
 * [k.category, k.mostFrequent, k.better, k.worse, k.categoryStrength, k.fong.significant]; // → ["M", "O", 0.5, -0.8636, 0.04, false]
 * kanoEvaluate({ A: 1, O: 10, M: 9, I: 2, R: 3, Q: 0 }, { threshold: 0 }).category; // → "O"
 */
export function kanoEvaluate(counts: KanoCounts, opts: { threshold?: number } = {}): KanoResult {
  const r = kanoEvaluateLenient(counts, opts);
  const { better, worse } = r;
  if (better === null || worse === null) throw new CsError("div0", "betterUndefined");
  return { ...r, better, worse };
}

/** A Kano evaluation whose Better/Worse are null when undefined (only R/Q answers). */
export interface KanoEvaluation extends Omit<KanoResult, "better" | "worse"> {
  better: number | null;
  worse: number | null;
}

/**
 * kanoEvaluate for attributes answered only with R/Q pairs too: the category (R or Q), strengths and
 * Fong test are defined there, Better/Worse (denominator A + O + M + I = 0) are null. Otherwise the
 * same result as kanoEvaluate (Berger et al. 1993; Fong 1996).
 * @param counts category counts
 * @param opts threshold in [0, 1] (default 0.06)
 * @returns as kanoEvaluate, with better/worse null when undefined
 * @throws {CsError} div0 noKanoAnswers — N = 0
 * @throws {CsError} num badKanoCount, badKanoThreshold — a negative count, a threshold outside [0, 1]
 * @example
 * const e = kanoEvaluateLenient({ A: 0, O: 0, M: 0, I: 0, R: 2, Q: 1 });
 * [e.category, e.better, e.worse]; // → ["R", null, null]
 */
export function kanoEvaluateLenient(counts: KanoCounts, opts: { threshold?: number } = {}): KanoEvaluation {
  const threshold = opts.threshold ?? 0.06;
  if (!isFiniteNumber(threshold) || threshold < 0 || threshold > 1) {
    throw new CsError("num", "badKanoThreshold", { value: show(threshold) });
  }
  let n = 0;
  for (const k of KANO_CATEGORIES) {
    const v = counts[k];
    if (!isFiniteNumber(v) || v < 0) throw new CsError("num", "badKanoCount", { category: k, value: show(v) });
    n += v;
  }
  if (!(n > 0)) throw new CsError("div0", "noKanoAnswers");
  const defined = counts.A + counts.O + counts.M + counts.I > 0;
  const better = defined ? betterCoefficient(counts) : null;
  const worse = defined ? worseCoefficient(counts) : null;
  // Top two by count; PRECEDENCE order for equal counts (a stable pass, no sort allocation).
  let first: KanoCategory = PRECEDENCE[0];
  let second: KanoCategory = PRECEDENCE[1];
  if (counts[second] > counts[first]) [first, second] = [second, first];
  for (let i = 2; i < PRECEDENCE.length; i++) {
    const k = PRECEDENCE[i];
    if (counts[k] > counts[first]) {
      second = first;
      first = k;
    } else if (counts[k] > counts[second]) {
      second = k;
    }
  }
  const a = counts[first];
  const b = counts[second];
  const categoryStrength = (a - b) / n;
  let category = first;
  const core = (k: KanoCategory) => k === "M" || k === "O" || k === "A" || k === "I";
  if (categoryStrength < threshold && core(first) && core(second)) {
    category = PRECEDENCE.indexOf(first) <= PRECEDENCE.indexOf(second) ? first : second;
  }
  const critical = 1.65 * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n));
  const difference = Math.abs(a - b);
  return {
    counts: { A: counts.A, O: counts.O, M: counts.M, I: counts.I, R: counts.R, Q: counts.Q },
    n,
    category,
    mostFrequent: first,
    better,
    worse,
    totalStrength: (counts.A + counts.O + counts.M) / n,
    categoryStrength,
    fong: { first, second, difference, critical, significant: difference >= critical },
  };
}

/**
 * Pair tables of every attribute (column) in one row-major pass: a flat array, attribute c's cell
 * (f, d) at c·25 + (f − 1)·5 + (d − 1). Frequency weights. Blank policy: pairwise complete per cell.
 * Source: the pairs of the Kano evaluation table (Kano et al. 1984; Berger et al. 1993).
 * @param functional rows = respondents, columns = attributes, answers 1…5 or null
 * @param dysfunctional the same shape
 * @param weights case weights, one per row
 * @returns 25 cells per attribute
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — different shapes or a non-number
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight — an answer not 1…5 (row and column named), a bad weight
 * @example
 * const cells = kanoPairCountsMatrix([[1, 3]], [[5, 5]]);
 * [cells.length, cells[4], cells[25 + 14]]; // → [50, 1, 1]
 */
export function kanoPairCountsMatrix(functional: Matrix, dysfunctional: Matrix, weights?: CaseWeights): Float64Array {
  const cols = checkSameShape(functional, dysfunctional, "functional answers", "dysfunctional answers");
  const w = checkCaseWeights(weights, functional.length);
  const cells = new Float64Array(cols * 25);
  for (let r = 0; r < functional.length; r++) {
    const fr = functional[r];
    const dr = dysfunctional[r];
    const wr = w === undefined ? 1 : w[r];
    // base + f·5 + d = c·25 + (f − 1)·5 + (d − 1)
    for (let c = 0, base = -6; c < cols; c++, base += 25) {
      const f = fr[c];
      const d = dr[c];
      if (f === null || d === null) continue;
      // Range + integer test (cheaper than comparing with 1..5 one by one); diagnose on failure.
      if (typeof f !== "number" || !(f >= 1 && f <= 5 && (f | 0) === f)) checkKanoAnswer(f, "functional", r + 1, c + 1);
      if (typeof d !== "number" || !(d >= 1 && d <= 5 && (d | 0) === d)) {
        checkKanoAnswer(d, "dysfunctional", r + 1, c + 1);
      }
      cells[base + f * 5 + d] += wr;
    }
  }
  return cells;
}

/**
 * Kano evaluation of every attribute (column): kanoEvaluate on each column's pair table (Berger et
 * al. 1993; threshold rule and Fong test as there). Frequency weights. Blank policy: pairwise
 * complete per attribute.
 * @param functional rows = respondents, columns = attributes, answers 1…5 or null
 * @param dysfunctional the same shape
 * @param opts threshold (default 0.06), weights (one per row)
 * @returns one KanoResult per attribute
 * @throws {CsError} div0 noKanoAnswers, betterUndefined — an attribute with no complete pair or only R/Q answers (column named)
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as kanoPairCountsMatrix
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight, badKanoThreshold — as kanoPairCountsMatrix and kanoEvaluate
 * @throws {CsError} num badKanoCount — a category count that overflows (case weights near 1e308)
 * @example
 * kano([[1], [1], [3]], [[5], [5], [5]]).map((r) => r.category); // → ["O"]
 */
export function kano(functional: Matrix, dysfunctional: Matrix, opts: { threshold?: number; weights?: CaseWeights } = {}): KanoResult[] {
  const cells = kanoPairCountsMatrix(functional, dysfunctional, opts.weights);
  const cols = cells.length / 25;
  const out = new Array<KanoResult>(cols);
  for (let c = 0; c < cols; c++) {
    const counts: KanoCounts = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
    for (let i = 0; i < 25; i++) counts[TABLE[i]] += cells[c * 25 + i];
    try {
      out[c] = kanoEvaluate(counts, { threshold: opts.threshold });
    } catch (e) {
      if (isCsError(e) && e.code === "div0") {
        throw e.at({ column: c + 1 });
      }
      throw e;
    }
  }
  return out;
}

/** DuMouchel scores of one attribute: mean functional and dysfunctional score. */
export interface KanoContinuous {
  functional: number;
  dysfunctional: number;
  /** Mean self-stated importance (1–9); not computed here (no importance input): undefined. */
  importance?: number;
}

/** Functional score per answer 1..5 (DuMouchel 1993): 4, 2, 0, −1, −2. */
const FUNCTIONAL_SCORE = [4, 2, 0, -1, -2];
/** Dysfunctional score per answer 1..5 (DuMouchel 1993): −2, −1, 0, 2, 4. */
const DYSFUNCTIONAL_SCORE = [-2, -1, 0, 2, 4];

/**
 * Continuous Kano analysis (DuMouchel 1993, in Berger et al. 1993): functional answers 1…5 score
 * 4/2/0/−1/−2, dysfunctional answers −2/−1/0/2/4; the (case-weighted, frequency) mean of each over
 * the respondents who answered both. Blank policy: pairwise complete. `importance` is left undefined.
 * @param functional one functional answer (1…5 or null) per respondent
 * @param dysfunctional one dysfunctional answer per respondent
 * @param weights case weights, one per respondent
 * @returns the mean functional and dysfunctional scores
 * @throws {CsError} div0 noKanoPairs — no respondent answered both
 * @throws {CsError} value notLists, pairCountMismatch, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as kanoPairCounts
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight — as kanoPairCounts
 * @example
 * kanoContinuous([1, 3], [5, 4]); // → { functional: 2, dysfunctional: 3 }
 */
export function kanoContinuous(functional: readonly Answer[], dysfunctional: readonly Answer[], weights?: CaseWeights): KanoContinuous {
  const p = kanoPairCounts(functional, dysfunctional, weights);
  let sw = 0;
  let sf = 0;
  let sd = 0;
  for (let f = 0; f < 5; f++) {
    for (let d = 0; d < 5; d++) {
      const w = p[f * 5 + d];
      sw += w;
      sf += w * FUNCTIONAL_SCORE[f];
      sd += w * DYSFUNCTIONAL_SCORE[d];
    }
  }
  if (!(sw > 0)) throw new CsError("div0", "noKanoPairs");
  return { functional: sf / sw, dysfunctional: sd / sw };
}
