/**
 * The header words of the column roles in English: survey/roles/rules.ts tries the roles in
 * its order and matches these as whole words, longest first. Each is a word, a phrase or a
 * regular-expression source kept linear (a bounded alternation, or anchored ^…$).
 */
import type { HeaderLexicon } from "../pack";

export const headers: HeaderLexicon = {
  wholeWords: true,
  connectors: { leading: ["of", "for", "with", "about", "on", "the"], trailing: ["of", "for", "with"] },
  roles: {
    kano_dysfunctional: ["dysfunctional", "dysfunctional question", "negative question", "if absent", "if not present", "if not available"],
    kano_functional: ["functional", "functional question", "positive question", "if present", "if available"],
    competitor: ["competitors?", "competition"],
    importance: ["importance", "important", "importance of(?: the)?", "how important (?:is|are|was|were)(?: the)?"],
    expectation: ["expectations?", "expected", "expect"],
    perception: ["perceptions?", "perceived"],
    recommend: ["likelihood to recommend", "likely to recommend", "would recommend", "recommendation", "recommend", "nps", "net promoter(?: score)?"],
    overall: ["overall satisfaction", "overall", "in general", "csat", "general satisfaction", "global satisfaction", "total satisfaction"],
    weight: ["weights?", "weighting", "wt", "wgt"],
    id: ["id", "ids", "respondent id", "respondent", "respondent number", "identifier", "case id", "case", "record", "response id", "serial"],
    rating: ["satisfaction", "satisfied", "rating", "score", "performance", "satisfaction with(?: the)?", "how satisfied (?:are|were) you with(?: the)?"],
    period: ["quarter", "month", "wave", "period", "date", "year", "week", "fiscal period"],
    segment: [
      "branch",
      "region",
      "channel",
      "store",
      "segment",
      "group",
      "gender",
      "age group",
      "city",
      "country",
      "department",
      "product",
      "office",
      "location",
      "area",
      "district",
      "market",
      "customer type",
      "tier",
    ],
  },
};
