/**
 * Label text in linear time (issue #9): the normalisation every label lookup goes through and the
 * two "number with a label" shapes ("5 - Very satisfied", "Satisfied (4)").
 *
 * Why hand-written scans: these run on every distinct text cell a worksheet function or the CLI
 * sees, and a cell is attacker-sized (100,000 commas and a letter; 200,000 "。"). The regular
 * expressions they replace backtracked — `/(?<=\S)[\s.,;:!?。，；：！？、…]+$/u` is retried at
 * every start of a punctuation run, `/^(.*\D)\s*\(…/` lets `.*` and `\s*` share a run of spaces,
 * and in `/^…\s*(?:[-=:.)、]\s*|\s+)(\D.*)$/` three quantifiers share one (cubic: "1", 2,000
 * spaces and a line break took 15 s; 4,000 took 127 s) — so one cell took seconds, growing with
 * the square of its length or worse. Each scan below makes a bounded
 * number of passes over the text and gives exactly the old expressions' results (the old
 * expressions are kept in test/survey/labelsLinear.test.ts as the reference of a property test).
 * The only regular expressions left are single-character classes (one step per character).
 */

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
/** Hyphen variants and the minus sign → "-". */
export const DASHES = /[\u2010\u2011\u2012\u2212\uFE63]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITE_SPACE_RUN = /\s+/g;
/** One character of JavaScript's `\s` (the same set String.prototype.trim removes). */
const WHITE_SPACE_CHAR = /\s/;

/** The characters stripped from the end of a label (white space, Latin and CJK punctuation). */
const TRAILING_PUNCTUATION_SET = new Set([".", ",", ";", ":", "!", "?", "。", "，", "；", "：", "！", "？", "、", "…"]);

function isWhiteSpace(ch: string): boolean {
  return WHITE_SPACE_CHAR.test(ch);
}

function isTrailingPunctuation(ch: string): boolean {
  return TRAILING_PUNCTUATION_SET.has(ch) || isWhiteSpace(ch);
}

/** Code units of `\d` without the u flag: ASCII digits only. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Line terminators: what `.` does not match and `$` (without m) does not cross. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Drops the trailing run of white space and punctuation, as `s.replace(/(?<=\S)[…]+$/u, "")` did:
 * the match starts at the first position p ≥ 1 from which everything to the end is in the set and
 * whose preceding character is not white space. When the whole text is punctuation ("?!") that
 * is p = 1, so one character survives ("?") — the old behaviour, kept.
 */
function stripTrailingPunctuation(s: string): string {
  let q = s.length;
  while (q > 0 && isTrailingPunctuation(s[q - 1])) q--;
  if (q === s.length) return s;
  // A character outside the set is never white space, so p = q works whenever q ≥ 1.
  for (let p = Math.max(q, 1); p < s.length; p++) {
    if (!isWhiteSpace(s[p - 1])) return s.slice(0, p);
  }
  return s;
}

/** Drops leading "¿" and "¡" (Spanish opening marks), as `s.replace(/^[¿¡]+/u, "")` did. */
function stripLeadingMarks(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === "¿" || s[i] === "¡")) i++;
  return i === 0 ? s : s.slice(i);
}

/**
 * Normalised form used for every label comparison: NFKC (full-width "４" → "4", "（" → "("),
 * curly → straight apostrophes, case-folded, accents removed ("región" = "region"), runs of
 * white space collapsed, trimmed, leading "¿¡" and trailing punctuation stripped
 * ("Satisfied." = "satisfied"). A string that is only punctuation keeps its first character
 * ("-", "?"; "?!" → "?"). Linear in the length of the text.
 */
export function normalizeLabel(text: string): string {
  let s = text.normalize("NFKC").replace(APOSTROPHES, "'").replace(DASHES, "-").toLowerCase();
  s = s.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
  s = s.replace(WHITE_SPACE_RUN, " ").trim();
  return stripTrailingPunctuation(stripLeadingMarks(s));
}

/** A number and the label text next to it. */
export interface NumberAndLabel {
  /** The number as written ("4", "+4", "4.5"). */
  readonly num: string;
  readonly text: string;
}

/** End of `[+-]?\d+(?:\.\d+)?` starting at i (maximal), or -1 when there is none. */
function numberEnd(s: string, i: number): number {
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const digits = j;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  if (j === digits) return -1;
  if (s[j] === "." && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) {
    j += 2;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

function whiteSpaceEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWhiteSpace(s[j])) j++;
  return j;
}

const SEPARATORS = new Set(["-", "=", ":", ".", ")", "、"]);

/**
 * "5 - Very satisfied", "(4) Satisfied", "4、满意", "4.Satisfied": the result of the old
 * `/^\(?([+-]?\d+(?:\.\d+)?)\)?\s*(?:[-=:.)、]\s*|\s+)(\D.*)$/` as { num, text }, or undefined.
 *
 * The number is maximal (a shorter one leaves a digit where a separator must be). The label
 * starts at the first position t, in the order the expression's backtracking tries them, where
 * the character is not a digit and no line break follows; those orders are, from the end of the
 * number (a0, after an optional ")"), with m spaces and then r[a0 + m]:
 *   r[a0 + m] a separator → t = after the separator and its spaces, down to just after it;
 *   then t = a0 + m down to a0 + 1 (inside the spaces, `\s+`);
 *   and, when the ")" was taken, the same again with ")" read as the separator.
 */
export function numberThenLabel(s: string): NumberAndLabel | undefined {
  const start = s[0] === "(" ? 1 : 0;
  const end = numberEnd(s, start);
  if (end < 0) return undefined;
  let lastBreak = -1;
  for (let i = end; i < s.length; i++) if (isLineTerminator(s.charCodeAt(i))) lastBreak = i;
  const ok = (t: number): boolean => t < s.length && !isDigit(s.charCodeAt(t)) && lastBreak < t + 1;
  const found = (t: number): NumberAndLabel => ({ num: s.slice(start, end), text: s.slice(t) });
  const tryFrom = (a0: number): NumberAndLabel | undefined => {
    const q = whiteSpaceEnd(s, a0); // a0 + m
    if (q < s.length && SEPARATORS.has(s[q])) {
      for (let t = whiteSpaceEnd(s, q + 1); t >= q + 1; t--) if (ok(t)) return found(t);
    }
    for (let t = q; t >= a0 + 1; t--) if (ok(t)) return found(t);
    return undefined;
  };
  if (s[end] === ")") return tryFrom(end + 1) ?? tryFrom(end);
  return tryFrom(end);
}

/**
 * "Satisfied (4)", "满意（4）" (after NFKC): the result of the old
 * `/^(.*\D)\s*\(\s*([+-]?\d+(?:\.\d+)?)\s*\)$/` as { num, text }, or undefined.
 *
 * The "(" is the last one (nothing after it may be a "("). The label is the longest prefix
 * before it that ends in a non-digit, has no line break before its last character, and leaves
 * only white space up to the "(".
 */
export function labelThenNumber(s: string): NumberAndLabel | undefined {
  const k = s.lastIndexOf("(");
  if (k < 1) return undefined;
  const numStart = whiteSpaceEnd(s, k + 1);
  const numEnd = numberEnd(s, numStart);
  if (numEnd < 0) return undefined;
  const close = whiteSpaceEnd(s, numEnd);
  if (close !== s.length - 1 || s[close] !== ")") return undefined;
  // s[w..k) is the white space before "(", s[0..firstBreak) the text before any line break.
  let w = k;
  while (w > 0 && isWhiteSpace(s[w - 1])) w--;
  let firstBreak = k;
  for (let i = 0; i < k; i++) {
    if (isLineTerminator(s.charCodeAt(i))) {
      firstBreak = i;
      break;
    }
  }
  // `.*` stops before a line break but the `\D` after it may be one: the label may end with it.
  const jMax = Math.min(k, firstBreak + 1);
  let j: number;
  if (jMax > w)
    j = jMax; // ends in white space, a non-digit
  else if (jMax === w && w >= 1 && !isDigit(s.charCodeAt(w - 1))) j = w;
  else return undefined;
  return { num: s.slice(numStart, numEnd), text: s.slice(0, j) };
}
