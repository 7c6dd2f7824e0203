/**
 * The answer scales survey platforms put in front of respondents, point by point, low → high.
 * Exports carry this text, not our numbers, and the same wording means different points on
 * different scales: "Very important" is 4 on Vagias' 5-point importance scale (… very, extremely
 * important) but 5 on a "… important, very important" scale. So these sets are read in context
 * (context.ts): a column's labels choose the set.
 *
 * A set is declared here (id, kind, platforms, where it was seen); its wordings in each language
 * are that language pack's (src/i18n/<lang>/answers.ts `sets[id]`), with `confirmed: false` for
 * wordings we could not check against a public source (typical translations, or a platform's
 * default we know only from use). Google Forms (linear scale: numbers 1–5 by default, words only
 * at the two ends) and LimeSurvey (5-point choice and the 5/10-point arrays answer "1".."5"/"1".."10")
 * export numbers for these questions, which the number rules read already; they have no word sets here.
 */
import { LANGUAGES, packOf, type Language } from "../../i18n/languages";

export type AnswerKind = "satisfaction" | "importance" | "agreement" | "likelihood";

/** One point of a set: its wordings per language (first = the platform's own). */
export type AnswerPointWordings = Readonly<Record<Language, readonly string[]>>;

export interface AnswerSetDefinition {
  /** Stable id, e.g. "importance-5-vagias". */
  readonly id: string;
  readonly kind: AnswerKind;
  /** Where this is a default answer scale. */
  readonly platforms: readonly string[];
  /** Where the English wording was seen (and how sure we are of the translations). */
  readonly source: string;
  readonly confirmed: Readonly<Record<Language, boolean>>;
  /** Points low → high; point i (0-based) is answer i + 1. */
  readonly points: readonly AnswerPointWordings[];
}

/** A set without its wordings: what it is, where it is used, how many points. */
export interface AnswerSetSource {
  readonly id: string;
  readonly kind: AnswerKind;
  readonly platforms: readonly string[];
  readonly size: number;
  readonly source: string;
}

export const ANSWER_SET_SOURCES: readonly AnswerSetSource[] = [
  {
    id: "satisfaction-5-somewhat",
    kind: "satisfaction",
    platforms: ["Qualtrics"],
    size: 5,
    source: "Qualtrics satisfaction choices (bipolar, 'Somewhat' inner points); translations ours",
  },
  {
    id: "satisfaction-5-unipolar",
    kind: "satisfaction",
    platforms: ["SurveyMonkey"],
    size: 5,
    source:
      "SurveyMonkey Help, 'Do you have a Rating, Semantic Differential or Likert Scale type question?' (help.surveymonkey.com): Not at all / Slightly / Somewhat / Very / Extremely satisfied; translations ours",
  },
  {
    id: "satisfaction-7",
    kind: "satisfaction",
    platforms: ["Qualtrics"],
    size: 7,
    source:
      "Qualtrics 7-point satisfaction choices; 'Completely …' variant: Artino et al. 2014, Med Teach 36(6) Table 3 (seven-point bipolar satisfaction); translations ours",
  },
  {
    id: "satisfaction-4",
    kind: "satisfaction",
    platforms: ["SurveyMonkey", "Microsoft Forms"],
    size: 4,
    source: "4-point satisfaction without a midpoint (a common platform choice list); translations ours",
  },
  {
    id: "agreement-5-somewhat",
    kind: "agreement",
    platforms: ["Qualtrics"],
    size: 5,
    source: "Qualtrics agreement choices (Strongly / Somewhat); translations ours",
  },
  {
    id: "agreement-5",
    kind: "agreement",
    platforms: ["SurveyMonkey", "Microsoft Forms (Likert)", "Google Forms (grid, typed by the author)"],
    size: 5,
    source:
      "Strongly disagree … Strongly agree with 'Neutral' (Microsoft Forms Likert) or 'Neither agree nor disagree' (SurveyMonkey); e.g. R package machinelearningtools scale.agreement.strongly.5; translations ours",
  },
  {
    id: "agreement-7",
    kind: "agreement",
    platforms: ["Qualtrics"],
    size: 7,
    source:
      "Qualtrics 7-point agreement; wording as in R package machinelearningtools scale.agreement.strongly.7 and Vagias (2006) 'Level of Agreement'; translations ours",
  },
  {
    id: "agreement-4",
    kind: "agreement",
    platforms: ["SurveyMonkey", "Microsoft Forms (Likert, midpoint removed)"],
    size: 4,
    source: "R package machinelearningtools scale.agreement.strongly.4 (Rosenberg self-esteem); translations ours",
  },
  {
    id: "importance-5-vagias",
    kind: "importance",
    platforms: ["Qualtrics"],
    size: 5,
    source:
      "Vagias (2006), Likert-type scale response anchors, Clemson University (5-point importance: Not at all, Slightly, Moderately, Very, Extremely important), Qualtrics' importance choices; translations ours",
  },
  {
    id: "importance-5-surveymonkey",
    kind: "importance",
    platforms: ["SurveyMonkey"],
    size: 5,
    source: "SurveyMonkey question bank importance scale (Extremely / Very / Somewhat / Not so / Not at all important); translations ours",
  },
  {
    id: "importance-7-vagias",
    kind: "importance",
    platforms: ["Qualtrics"],
    size: 7,
    source:
      "Vagias (2006) 7-point 'Level of Importance' (as listed in R package likert, likert_anchors): Not at all important, Low importance, Slightly important, Neutral, Moderately, Very, Extremely important; translations ours",
  },
  {
    id: "likelihood-5-somewhat",
    kind: "likelihood",
    platforms: ["Qualtrics"],
    size: 5,
    source:
      "Qualtrics likelihood choices, as mapped in public analysis code of a Qualtrics labels export (Extremely unlikely … Extremely likely); translations ours",
  },
  {
    id: "likelihood-5-surveymonkey",
    kind: "likelihood",
    platforms: ["SurveyMonkey"],
    size: 5,
    source: "SurveyMonkey question bank likelihood scale (Extremely / Very / Somewhat / Not so / Not at all likely); translations ours",
  },
  {
    id: "likelihood-5",
    kind: "likelihood",
    platforms: ["Microsoft Forms", "Google Forms (typed by the author)"],
    size: 5,
    source: "Very unlikely … Very likely (seen in many public survey definitions); translations ours",
  },
];

/** A set with every language's wordings (a pack without the set, or without a point, adds none). */
function withWordings(set: AnswerSetSource): AnswerSetDefinition {
  const { size, ...rest } = set;
  const of = (lang: Language) => packOf(lang).answers.sets[set.id];
  const confirmed = Object.fromEntries(LANGUAGES.map((lang) => [lang, of(lang)?.confirmed ?? false])) as Record<Language, boolean>;
  const points = Array.from({ length: size }, (_, i) => Object.fromEntries(LANGUAGES.map((lang) => [lang, of(lang)?.points[i] ?? []])) as AnswerPointWordings);
  return { ...rest, confirmed, points };
}

export const ANSWER_SETS: readonly AnswerSetDefinition[] = ANSWER_SET_SOURCES.map(withWordings);
