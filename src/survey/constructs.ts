/**
 * Which survey columns measure which construct of a satisfaction model template (issue #15): the
 * pane's first proposal, which the user then corrects. The overall-satisfaction column measures
 * Satisfaction, the recommend column Loyalty; a rating column goes to the construct its header
 * names (every language's words, src/i18n/<lang>/headers.ts `constructs`: "Fees" → perceived value,
 * "Complaint handling" → complaints), else to perceived quality; SERVQUAL expectation columns to
 * Expectation. A column goes to at most one construct, and only to a construct of the template; a
 * header two columns share is never proposed (the model finds its indicators by header).
 */
import type { PlsConstructKey, PlsTemplate } from "../engine/pls/templates";
import { LANGUAGES, packOf } from "../i18n/languages";
import { wordsPattern } from "./roles/rules";
import type { ColumnProposal } from "./roles";

/** The constructs header words can name, tried in this order (the more specific first). */
const WORDED: readonly PlsConstructKey[] = ["complaints", "loyalty", "image", "value", "expectation"];

function constructWords(construct: PlsConstructKey, wholeWords: boolean): string[] {
  return LANGUAGES.flatMap((lang) => {
    const h = packOf(lang).headers;
    return h.wholeWords === wholeWords ? [...(h.constructs[construct] ?? [])] : [];
  });
}

const PATTERNS: readonly { construct: PlsConstructKey; re: RegExp }[] = WORDED.map((construct) => ({
  construct,
  re: wordsPattern(constructWords(construct, true), constructWords(construct, false)),
}));

/** Headers longer than this are matched on their start (a pasted question text; keeps matching bounded). */
const MAX_MATCHED = 500;

/** The construct a header's words name, if any (in WORDED's order). */
export function constructOfHeader(header: string): PlsConstructKey | undefined {
  const text = header.slice(0, MAX_MATCHED).replace(/\s+/gu, " ");
  return PATTERNS.find((p) => p.re.test(text))?.construct;
}

/**
 * The headers (trimmed, not blank) that name one column only: a model finds its indicators by
 * header, so a header two columns share can measure no construct.
 */
export function headersOfTheirOwn(proposals: readonly ColumnProposal[]): Set<string> {
  const count = new Map<string, number>();
  for (const p of proposals) count.set(p.header.trim(), (count.get(p.header.trim()) ?? 0) + 1);
  return new Set([...count].flatMap(([h, n]) => (n === 1 && h !== "" ? [h] : [])));
}

/**
 * The survey headers proposed for each construct of a template.
 * @param proposals the column roles as the user confirmed them
 * @param template the template's constructs
 * @returns per construct of the template that some column measures, its headers in column order
 * @example
 * suggestConstructs([{ index: 0, header: "Overall", role: "overall" }, { index: 1, header: "Staff - satisfaction", role: "rating" }, { index: 2, header: "Fees - satisfaction", role: "rating" }] as ColumnProposal[], PLS_TEMPLATES[0]);
 * // → { satisfaction: ["Overall"], quality: ["Staff - satisfaction"], value: ["Fees - satisfaction"] }
 */
export function suggestConstructs(proposals: readonly ColumnProposal[], template: PlsTemplate): Partial<Record<PlsConstructKey, string[]>> {
  const inTemplate = new Set(template.constructs.map((c) => c.construct));
  const out: Partial<Record<PlsConstructKey, string[]>> = {};
  // A model finds an indicator by its header: a header two columns share cannot be one.
  const own = headersOfTheirOwn(proposals);
  const add = (construct: PlsConstructKey | undefined, header: string): void => {
    if (construct === undefined || !inTemplate.has(construct) || !own.has(header.trim())) return;
    (out[construct] ??= []).push(header);
  };
  for (const p of [...proposals].sort((a, b) => a.index - b.index)) {
    if (p.role === "overall") add("satisfaction", p.header);
    else if (p.role === "recommend") add("loyalty", p.header);
    else if (p.role === "rating") {
      // A column naming a construct the template lacks (image in ACSI) measures none of its constructs.
      const named = constructOfHeader(p.header);
      add(named ?? "quality", p.header);
    } else if (p.role === "expectation") add("expectation", p.header);
  }
  return out;
}
