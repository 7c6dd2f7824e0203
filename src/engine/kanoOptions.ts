/**
 * Kano options beside the 5-point evaluation (kano.ts): the 3-point short form, dropping
 * respondents with many questionable (Q) answers (stp25kano's rm_Q), and the continuous analysis
 * per attribute with self-stated importance (DuMouchel 1993, in Berger et al. 1993).
 *
 * Short form (scale_points 3): answers 1 like, 2 neutral, 3 dislike. Source: the Kano et al. (1984)
 * evaluation table restricted to its like/neutral/dislike rows and columns. Choice: a short answer
 * is mapped to the 5-point answer of the same meaning (1 → 1, 2 → 3, 3 → 5) and classified by the
 * 5-point table, so the short-form table equals the 5-point table on collapsed answers (like →
 * like; must-be/neutral/live-with → neutral; dislike → dislike), because the 5-point table's rows
 * and columns 2–4 are identical. (stp25's Kano(type = 3) uses another short table, e.g. like/like →
 * A where the 5-point table says Q; the issue asks for the table consistent with the 5-point one.)
 *
 * Blank policy: as kano.ts (a pair counts only when both answers are given).
 */
import { CsError } from "./errors";
import { kanoClassify, kanoPairCountsMatrix, type KanoAnswer } from "./kano";
import type { Answer, CaseWeights, Matrix } from "./types";
import { checkCaseWeights, checkSameShape, isFiniteNumber, show } from "./validate";

/** Answer points of a Kano questionnaire: 5 (Kano et al. 1984) or the 3-point short form. */
export type KanoScalePoints = 3 | 5;

/** 5-point answer of each short-form answer 1 like, 2 neutral, 3 dislike. */
const SHORT_TO_FIVE: readonly KanoAnswer[] = [1, 3, 5];

/**
 * The 5-point answer of a short-form answer (1 like → 1, 2 neutral → 3, 3 dislike → 5; Kano et al.
 * 1984's table restricted to like/neutral/dislike). Blank policy: a blank (null) stays blank.
 * @param answer 1, 2, 3 or null
 * @returns 1, 3, 5 or null
 * @throws {CsError} num kanoShortAnswerOutOfRange — an answer that is not 1, 2 or 3
 * @example
 * [kanoFromShortForm(1), kanoFromShortForm(2), kanoFromShortForm(3)]; // → [1, 3, 5]
 */
export function kanoFromShortForm(answer: Answer): KanoAnswer | null {
  if (answer === null) return null;
  if (!(answer === 1 || answer === 2 || answer === 3)) {
    throw new CsError("num", "kanoShortAnswerOutOfRange", { value: show(answer) });
  }
  return SHORT_TO_FIVE[answer - 1];
}

/**
 * The short-form answer of a 5-point answer: like → 1; must-be, neutral, live-with → 2; dislike → 3
 * (the collapse under which the short-form table equals the 5-point table).
 * @param answer 1…5
 * @returns 1, 2 or 3
 * @throws {CsError} num kanoAnswerOutOfRange — an answer that is not an integer 1…5
 * @example
 * [1, 2, 3, 4, 5].map((a) => kanoCollapse(a as KanoAnswer)); // → [1, 2, 2, 2, 3]
 */
export function kanoCollapse(answer: KanoAnswer): 1 | 2 | 3 {
  if (!(answer === 1 || answer === 2 || answer === 3 || answer === 4 || answer === 5)) {
    throw new CsError("num", "kanoAnswerOutOfRange", { name: "Kano", value: show(answer) });
  }
  return answer === 1 ? 1 : answer === 5 ? 3 : 2;
}

/**
 * A matrix of short-form answers as 5-point answers (kanoFromShortForm per cell; the cell named).
 * Blank policy: a blank cell stays blank.
 * @param m rows = respondents, columns = attributes, answers 1…3 or null
 * @returns the same shape with answers 1, 3, 5 or null
 * @throws {CsError} num kanoShortAnswerOutOfRange — an answer not 1…3 (row and column named)
 * @example
 * kanoShortFormMatrix([[1, 2], [3, null]]); // → [[1, 3], [5, null]]
 */
export function kanoShortFormMatrix(m: Matrix): (KanoAnswer | null)[][] {
  return m.map((row, r) =>
    row.map((x, c) => {
      try {
        return kanoFromShortForm(x);
      } catch (e) {
        throw (e as CsError).at({ row: r + 1, column: c + 1 });
      }
    }),
  );
}

/**
 * Number of questionable (Q) pairs of each respondent over the attributes (Q: like/like or
 * dislike/dislike, Kano et al. 1984). Blank policy: a pair with a blank is not counted.
 * @param functional rows = respondents, columns = attributes, answers 1…5 or null
 * @param dysfunctional the same shape
 * @returns one count per respondent
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, textNotANumber, emptyCellNotANumber, notANumber — different shapes, a non-number (cell named)
 * @throws {CsError} num kanoAnswerOutOfRange — an answer not 1…5
 * @example
 * kanoQuestionableCounts([[1, 5, 1], [1, 3, null]], [[1, 5, 5], [5, 3, 5]]); // → [2, 0]
 */
export function kanoQuestionableCounts(functional: Matrix, dysfunctional: Matrix): number[] {
  checkSameShape(functional, dysfunctional, "functional answers", "dysfunctional answers");
  return functional.map((fr, r) => {
    let q = 0;
    for (let c = 0; c < fr.length; c++) {
      const f = fr[c];
      const d = dysfunctional[r][c];
      if (f === null || d === null) continue;
      if (kanoClassifyAt(f, d, r, c) === "Q") q++;
    }
    return q;
  });
}

function kanoClassifyAt(f: number, d: number, r: number, c: number): string {
  try {
    return kanoClassify(f as KanoAnswer, d as KanoAnswer);
  } catch (e) {
    throw (e as CsError).at({ row: r + 1, column: c + 1 });
  }
}

/** The respondents kept after dropping the inconsistent ones (kanoDropQuestionable). */
export interface KanoKept {
  functional: Answer[][];
  dysfunctional: Answer[][];
  /** Case weights of the kept respondents (undefined when none were given). */
  weights?: number[];
  /** 1-based rows of the respondents kept, in order. */
  rows: number[];
  /** Number of respondents dropped. */
  dropped: number;
}

/**
 * Drop every respondent whose number of Q answers over the attributes is greater than maxQuestionable
 * (stp25kano's rm_Q, "the number of Qs allowed": as its Kano() in stp4/stp25stat R/kano.R, a
 * respondent is removed from every attribute when the count of Q pairs, blanks not counted, is
 * greater than rm_Q; its default 10000 keeps everyone). Blank policy: a pair with a blank counts as
 * no Q; a respondent is kept or dropped whole.
 * @param functional rows = respondents, columns = attributes, answers 1…5 or null
 * @param dysfunctional the same shape
 * @param maxQuestionable the largest number of Q answers a kept respondent may have (integer ≥ 0)
 * @param weights case weights, one per respondent
 * @returns the kept rows, their answers and weights, and the number dropped
 * @throws {CsError} num badMaxQuestionable — maxQuestionable not an integer ≥ 0
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — different shapes, a weight count that differs, a non-number
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight — an answer not 1…5, a bad weight
 * @example
 * kanoDropQuestionable([[1, 5], [1, 3]], [[1, 5], [5, 3]], 1).rows; // → [2]
 */
export function kanoDropQuestionable(functional: Matrix, dysfunctional: Matrix, maxQuestionable: number, weights?: CaseWeights): KanoKept {
  if (!isFiniteNumber(maxQuestionable) || maxQuestionable < 0 || !Number.isInteger(maxQuestionable)) {
    throw new CsError("num", "badMaxQuestionable", { value: show(maxQuestionable) });
  }
  const q = kanoQuestionableCounts(functional, dysfunctional);
  const w = checkCaseWeights(weights, functional.length);
  const kept: KanoKept = { functional: [], dysfunctional: [], rows: [], dropped: 0 };
  if (w !== undefined) kept.weights = [];
  for (let r = 0; r < q.length; r++) {
    if (q[r] > maxQuestionable) {
      kept.dropped++;
      continue;
    }
    kept.functional.push([...functional[r]]);
    kept.dysfunctional.push([...dysfunctional[r]]);
    kept.rows.push(r + 1);
    if (w !== undefined) kept.weights?.push(w[r]);
  }
  return kept;
}

/** Continuous Kano scores of one attribute (null when nobody answered both questions). */
export interface KanoContinuousScores {
  functional: number;
  dysfunctional: number;
  /** Mean self-stated importance over the respondents who gave one (and both Kano answers). */
  importance?: number;
  /** Σw of the respondents who answered both questions. */
  n: number;
}

/** Functional score per answer 1..5 (DuMouchel 1993): 4, 2, 0, −1, −2. */
const F_SCORE = [4, 2, 0, -1, -2];
/** Dysfunctional score per answer 1..5 (DuMouchel 1993): −2, −1, 0, 2, 4. */
const D_SCORE = [-2, -1, 0, 2, 4];

/**
 * Continuous Kano analysis of every attribute (DuMouchel 1993, in Berger et al. 1993): functional
 * answers like/must-be/neutral/live-with/dislike score 4/2/0/−1/−2, dysfunctional −2/−1/0/2/4; the
 * (case-weighted) mean of each over the respondents who answered both; with `importance` (one
 * column per attribute) its mean over those of them who rated it. Blank policy: pairwise complete;
 * an attribute nobody answered → null.
 * @param functional rows = respondents, columns = attributes, answers 1…5 or null
 * @param dysfunctional the same shape
 * @param opts weights (one per row), importance (the same shape, numbers or null)
 * @returns one KanoContinuousScores (or null) per attribute
 * @throws {CsError} value shapeMismatch, notRows, rowNotCells, raggedRows, caseWeightsNotList, caseWeightCount, textNotANumber, emptyCellNotANumber, notANumber — as kanoPairCountsMatrix, or an importance range of another shape
 * @throws {CsError} num kanoAnswerOutOfRange, badCaseWeight — as kanoPairCountsMatrix
 * @example
 * kanoContinuousScores([[1], [3]], [[5], [4]])[0]; // → { functional: 2, dysfunctional: 3, n: 2 }
 * kanoContinuousScores([[1], [3]], [[5], [4]], { importance: [[9], [null]] })[0]?.importance; // → 9
 */
export function kanoContinuousScores(
  functional: Matrix,
  dysfunctional: Matrix,
  opts: { weights?: CaseWeights; importance?: Matrix } = {},
): (KanoContinuousScores | null)[] {
  const cells = kanoPairCountsMatrix(functional, dysfunctional, opts.weights);
  const cols = cells.length / 25;
  const imp = opts.importance;
  if (imp !== undefined) checkSameShape(functional, imp, "functional answers", "importance");
  const w = checkCaseWeights(opts.weights, functional.length);
  const out: (KanoContinuousScores | null)[] = [];
  for (let c = 0; c < cols; c++) {
    let sw = 0;
    let sf = 0;
    let sd = 0;
    for (let i = 0; i < 25; i++) {
      const x = cells[c * 25 + i];
      sw += x;
      sf += x * F_SCORE[Math.floor(i / 5)];
      sd += x * D_SCORE[i % 5];
    }
    if (!(sw > 0)) {
      out.push(null);
      continue;
    }
    const s: KanoContinuousScores = { functional: sf / sw, dysfunctional: sd / sw, n: sw };
    if (imp !== undefined) {
      let iw = 0;
      let is = 0;
      for (let r = 0; r < functional.length; r++) {
        const v = imp[r][c];
        if (v === null || functional[r][c] === null || dysfunctional[r][c] === null) continue;
        if (!isFiniteNumber(v)) throw new CsError("value", "notANumber", { value: show(v) }, { row: r + 1, column: c + 1 });
        const wr = w === undefined ? 1 : w[r];
        iw += wr;
        is += wr * v;
      }
      if (iw > 0) s.importance = is / iw;
    }
    out.push(s);
  }
  return out;
}
