/**
 * What the role detector reads in English (src/survey/roles/): the header words of each column role
 * (rules.ts tries the roles in its order and matches these as whole words, longest first), the
 * connectors around an attribute name, and the question-text patterns of a platform export (questionText.ts).
 * Each is a word, a phrase or a regular-expression source kept linear (a bounded alternation, or
 * anchored ^…$).
 */
import type { HeaderLexicon } from "../pack";

export const headers: HeaderLexicon = {
  wholeWords: true,
  connectors: { leading: ["of", "for", "with", "about", "on", "the"], trailing: ["of", "for", "with", "to you", "for you"] },
  questions: {
    kanoDysfunctional: [
      "\\b(?:did not|does not|do not|didn't|doesn't|don't|would not|wouldn't|could not|couldn't)\\s+(?:have|offer|provide|include|support|get)\\b",
      "\\b(?:is|are|was|were|be)\\s+not\\s+(?:available|offered|provided|included|present)\\b",
      "\\bnot available\\b",
      "\\bwithout\\b",
    ],
    kanoFunctional: [
      "\\bhow (?:would|do|did) you feel if\\b",
      "\\bif\\b[^?]{0,200}?\\b(?:had|has|have|offered|offers|provided|provides|included|includes|is available|are available|was available|were available)\\b",
    ],
    conditional: ["\\bif\\b"],
    kanoFeature: [
      "\\b(?:did not have|does not have|didn't have|doesn't have|did not offer|does not offer|had|has|have|offered|offers|provided|included)\\s+(?:an?\\s+|the\\s+)?([^,，?？.。]{2,200})",
      "\\bif\\s+(.{2,200}?)\\s+(?:is|are|was|were)\\s+(?:not\\s+)?available\\b",
    ],
    recommend: ["\\brecommend\\w*", "\\bnet promoter\\b", "\\bnps\\b", "\\bhow likely\\b", "\\blikelihood\\b"],
    importanceAnswers: ["important"],
  },
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
  constructs: {
    complaints: ["complaints?", "complained", "complaint handling"],
    loyalty: ["loyalty", "loyal", "repurchase", "buy again", "use again", "come back", "renew", "switch(?:ing)?"],
    image: ["image", "reputation", "brand", "trustworthy", "trust"],
    value: ["value", "value for money", "prices?", "pricing", "fees?", "costs?", "worth"],
    expectation: ["expectations?", "expected", "expect"],
  },
};
