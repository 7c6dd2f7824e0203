/**
 * Roles from a platform export's question text (a `SurveyLayout` column): the question decides
 * the role and the grid item names the attribute, so "How satisfied are you with each of the
 * following? - Staff friendliness" is a rating of "Staff friendliness" and the importance grid
 * over the same items pairs with it by name. Metadata columns are never data. Kano pairs are
 * found from their wording; the recommend question from its text (0–10 even when nobody answered
 * 0 or 10); question words that name a segment or period ("store", "week") only count when the
 * answers look like one (a Likert statement that mentions a store is still a rating).
 *
 * Every pattern is a bounded alternation; text is cut to MAX_TEXT characters first.
 */
import { LANGUAGES, packOf } from "../../i18n/languages";
import type { QuestionPatterns } from "../../i18n/pack";
import type { ColumnHeading, ExportPlatform } from "../layoutTypes";
import { attributeName, HEADER_RULES } from "./rules";
import type { ColumnStats } from "./stats";
import { quote } from "./stats";
import type { ColumnProposal } from "../roles";
import { ATTRIBUTE_ROLES, type ColumnRole } from "./types";

const MAX_TEXT = 600;

/** Every language pack's question patterns of one kind, as one alternation ("iu"); none: never matches. */
function questionPattern(kind: Exclude<keyof QuestionPatterns, "kanoFeature">): RegExp {
  const sources = LANGUAGES.flatMap((lang) => packOf(lang).headers.questions[kind]);
  return new RegExp(sources.length ? sources.join("|") : "(?!)", "iu");
}

/** Kano dysfunctional wording (tried first: it contains the functional words). */
const KANO_DYSFUNCTIONAL = questionPattern("kanoDysfunctional");
const KANO_FUNCTIONAL = questionPattern("kanoFunctional");
const CONDITIONAL = questionPattern("conditional");
/**
 * The feature named after the Kano verb: "… had free Wi-Fi?" → "free Wi-Fi". The patterns of the
 * languages that space (and case) their words first, their feature capitalised as an attribute is
 * named; then the others' (Chinese), as found.
 */
const KANO_FEATURES: readonly { re: RegExp; capitalise: boolean }[] = [true, false].flatMap((cased) =>
  LANGUAGES.filter((lang) => packOf(lang).headers.wholeWords === cased).flatMap((lang) =>
    packOf(lang).headers.questions.kanoFeature.map((source) => ({ re: new RegExp(source, "iu"), capitalise: cased })),
  ),
);

/** The recommend question by its text (NPS). */
const RECOMMEND_TEXT = questionPattern("recommend");

/** Answer wordings that make a Likert column an importance column. */
const IMPORTANCE_ANSWERS = questionPattern("importanceAnswers");

/** The text the rules read for a column: its question, else its header. */
function questionOf(h: ColumnHeading): string {
  return (h.question || h.header).normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
}

function fullText(h: ColumnHeading): string {
  const q = questionOf(h);
  return (h.item ? `${q} ${h.item}` : q).slice(0, MAX_TEXT);
}

/** The feature a Kano question is about, when its sentence names one. */
export function kanoFeature(text: string): string | undefined {
  const s = text.normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  for (const { re, capitalise } of KANO_FEATURES) {
    const m = re.exec(s);
    if (!m) continue;
    const f = m[1].trim();
    return capitalise ? f.charAt(0).toLocaleUpperCase("en") + f.slice(1) : f; // "a mobile app" → "Mobile app", as an attribute is named
  }
  return undefined;
}

export function kanoRole(text: string): "kano_functional" | "kano_dysfunctional" | undefined {
  if (KANO_DYSFUNCTIONAL.test(text)) return KANO_FUNCTIONAL.test(text) || CONDITIONAL.test(text) ? "kano_dysfunctional" : undefined;
  if (KANO_FUNCTIONAL.test(text)) return "kano_functional";
  return undefined;
}

export function isRecommendText(text: string): boolean {
  return RECOMMEND_TEXT.test(text.slice(0, MAX_TEXT));
}

/** Most answers are Likert labels (not Kano answers). */
function likertAnswers(st: ColumnStats): boolean {
  return st.nonBlank > 0 && st.likert >= 0.8 * st.nonBlank;
}

/** Several choices in one cell ("Weekday, Weekend"): a checkbox question, never a role. */
export function checkboxAnswers(st: ColumnStats): boolean {
  return st.texts > 0 && st.multiChoice >= 0.2 * st.texts && st.multiChoice >= 2 && st.choiceParts.size <= Math.max(12, st.multiChoice / 3);
}

/** An attribute role from Likert answers: importance when the answer words say so. */
export function likertRole(st: ColumnStats): ColumnRole {
  let important = 0;
  let labels = 0;
  for (const t of st.distinctText) {
    labels++;
    if (IMPORTANCE_ANSWERS.test(t)) important++;
  }
  return labels > 0 && important >= 0.5 * labels ? "importance" : "rating";
}

function withAttribute(p: ColumnProposal, name: string): ColumnProposal {
  if (ATTRIBUTE_ROLES.includes(p.role)) p.attribute = name;
  else delete p.attribute;
  return p;
}

/**
 * The proposal for one column of a platform export, or undefined when the question text says
 * nothing (the caller then reads the values, naming the attribute after `attributeFor`).
 */
export function fromQuestion(index: number, h: ColumnHeading, st: ColumnStats, platform: ExportPlatform): ColumnProposal | undefined {
  const header = h.header;
  const where = h.code ? ` (${platform} ${h.code})` : "";
  if (h.metadata) return { index, header, role: "ignore", reason: `platform metadata (${h.metadata})${where}` };
  if (st.nonBlank >= 10 && st.distinctAll.size === 1 && h.item) {
    return { index, header, role: "ignore", reason: "one answer only: an option of a multiple-answer question" };
  }
  if (checkboxAnswers(st)) return { index, header, role: "ignore", reason: "answers list several choices in one cell (a checkbox question)" };
  const text = fullText(h);
  const kano = kanoRole(text);
  if (kano) {
    const attribute = h.item ?? kanoFeature(text) ?? header;
    return {
      index,
      header,
      role: kano,
      attribute,
      reason: `question wording of a Kano ${kano === "kano_functional" ? "functional" : "dysfunctional"} question${where}`,
      evidence: { from: "question" },
    };
  }
  const question = questionOf(h);
  if (isRecommendText(question) && !h.item) {
    return { index, header, role: "recommend", reason: `question text names the recommend question (NPS)${where}`, evidence: { from: "question" } };
  }
  for (const source of h.item ? [question, text] : [question]) {
    for (const { role, re } of HEADER_RULES) {
      const m = re.exec(source);
      if (!m) continue;
      const p: ColumnProposal = { index, header, role, reason: `question word ${quote(m[0])}${where}`, evidence: { from: "question" } };
      const name = h.item ?? (attributeName(source, { index: m.index, length: m[0].length }) || header);
      return guard(withAttribute(p, name), st, h.item ?? header);
    }
  }
  return undefined;
}

/**
 * Question words for segment, period, id or weight only count when the answers fit: Likert
 * answers make the column a rating/importance whatever the sentence mentions, and a period needs
 * answers that look like dates or periods.
 */
function guard(p: ColumnProposal, st: ColumnStats, name: string): ColumnProposal {
  const loose: readonly ColumnRole[] = ["segment", "period", "id", "weight"];
  if (loose.includes(p.role) && likertAnswers(st)) {
    p.role = likertRole(st);
    p.reason += `, but the answers are answer labels, so ${p.role}`;
    return withAttribute(p, name);
  }
  if (p.role === "period" && st.nonBlank > 0 && st.dates + st.periodLike < 0.8 * st.nonBlank && !(st.fractions === 0 && st.min >= 1900 && st.max <= 2100)) {
    p.role = "ignore";
    p.reason += ", but the answers do not look like dates or periods";
  }
  return p;
}
