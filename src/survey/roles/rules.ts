/**
 * The header rules per role, from every language pack's header words (src/i18n/<lang>/headers.ts),
 * and the attribute name left when the role word is removed. Every pattern is a bounded
 * alternation or anchored, and text is collapsed to single spaces before the patterns with \\s*
 * run, so matching is linear in the header length.
 */
import { LANGUAGES, packOf } from "../../i18n/languages";
import type { ColumnRole } from "./types";

export interface HeaderRule {
  role: ColumnRole;
  re: RegExp;
}

const L = "[\\p{L}\\p{N}]";

/** A pattern of words/phrases (matched as whole words, longest first) and substrings (CJK); one that matches nothing when both are empty. */
export function wordsPattern(latin: readonly string[], cjk: readonly string[]): RegExp {
  const byLength = (a: string, b: string): number => b.length - a.length;
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<!${L})(?:${[...latin].sort(byLength).join("|")})(?!${L})`);
  if (cjk.length) parts.push(`(?:${[...cjk].sort(byLength).join("|")})`);
  return new RegExp(parts.length > 0 ? parts.join("|") : "(?!)", "iu");
}

/** A rule from a role's words. */
function rule(role: ColumnRole, latin: readonly string[], cjk: readonly string[]): HeaderRule {
  return { role, re: wordsPattern(latin, cjk) };
}

/** The roles a header names, in the order they are tried (a Kano question before a rating …). */
const HEADER_ROLE_ORDER: readonly ColumnRole[] = [
  "kano_dysfunctional",
  "kano_functional",
  "competitor",
  "importance",
  "expectation",
  "perception",
  "recommend",
  "overall",
  "weight",
  "id",
  "rating",
  "period",
  "segment",
];

/** Every language pack's words for `role`: whole words (wholeWords packs) or substrings. */
function lexicon(role: ColumnRole, wholeWords: boolean): string[] {
  return LANGUAGES.flatMap((lang) => {
    const h = packOf(lang).headers;
    return h.wholeWords === wholeWords ? (h.roles[role] ?? []) : [];
  });
}

/** Header rules in the order they are tried, from every language's header words (src/i18n/<lang>/headers.ts). */
export const HEADER_RULES: readonly HeaderRule[] = HEADER_ROLE_ORDER.map((role) => rule(role, lexicon(role, true), lexicon(role, false))).filter(
  (r) => r.re.source !== "(?!)",
);

/** Separator characters trimmed from both ends of an attribute (a loop, not `[…]+$`, which backtracks quadratically). */
const SEPARATOR_CHARS = new Set(Array.from(" \t\n\r\u00a0\u3000-–—:：|/\\_,，、;；.。·•*>#?？¿"));

function trimSeparators(s: string): string {
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && (SEPARATOR_CHARS.has(chars[a]) || /\s/u.test(chars[a]))) a++;
  while (b > a && (SEPARATOR_CHARS.has(chars[b - 1]) || /\s/u.test(chars[b - 1]))) b--;
  return a === 0 && b === chars.length ? s : chars.slice(a, b).join("");
}
/** A leading question number: "Q3.", "Q3_2 ", "3) ", "Q12a:". */
const QUESTION_NUMBER = /^(?:q\d+[a-z]?(?:[._-]\d+)*[.:)]?\s+|\d+[.)、]\s*)/iu;
const SCALE_HINT = /[([]?\s*\d{1,3}\s*(?:-|–|—|~|to|a|至|到)\s*\d{1,3}\s*(?:分|points?|puntos)?\s*[)\]]?/giu;
const EMPTY_BRACKETS = /[([【「]\s*[)\]】」]/gu;
/**
 * Every pack's connectors of one side as alternatives: its words (followed or preceded by the space
 * between them and the name) and its substrings; none: a pattern that never matches.
 */
function connectorAlternatives(side: "leading" | "trailing"): string {
  const of = (wholeWords: boolean): string[] =>
    LANGUAGES.flatMap((lang) => (packOf(lang).headers.wholeWords === wholeWords ? packOf(lang).headers.connectors[side] : []));
  const words = of(true);
  const spaced = words.length === 0 ? [] : [side === "leading" ? `(?:${words.join("|")})\\s+` : `\\s+(?:${words.join("|")})`];
  const all = [...spaced, ...of(false)];
  return all.length ? all.join("|") : "(?!)";
}
const LEADING_CONNECTOR = new RegExp(`^(?:${connectorAlternatives("leading")})`, "iu");
const TRAILING_CONNECTOR = new RegExp(`(?:${connectorAlternatives("trailing")})$`, "iu");

/** The attribute name left when the role word (and scale hint, brackets, separators) is removed. */
export function attributeName(header: string, roleWord?: { index: number; length: number }): string {
  let s = header.normalize("NFKC");
  if (roleWord) s = `${s.slice(0, roleWord.index)} ${s.slice(roleWord.index + roleWord.length)}`;
  s = s.replace(/\s+/gu, " "); // one space per run first: the patterns below then never rescan a long run
  s = s.replace(SCALE_HINT, " ").replace(EMPTY_BRACKETS, " ").replace(/\s+/g, " ").trim().replace(QUESTION_NUMBER, "");
  for (let pass = 0; pass < 3; pass++) {
    s = trimSeparators(s).replace(EMPTY_BRACKETS, " ").trim();
    s = s.replace(LEADING_CONNECTOR, "").replace(TRAILING_CONNECTOR, "");
  }
  return s.trim();
}
