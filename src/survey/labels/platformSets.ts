/**
 * The answer scales survey platforms put in front of respondents, point by point, low → high, in
 * English, Simplified Chinese and Spanish. Exports carry this text, not our numbers, and the same
 * wording means different points on different scales: "Very important" is 4 on Vagias' 5-point
 * importance scale (… very, extremely important) but 5 on a "… important, very important" scale.
 * So these sets are read in context (context.ts): a column's labels choose the set.
 *
 * `source` says where a wording was seen; `confirmed: false` marks wordings we could not check
 * against a public source (typical translations, or a platform's default we know only from use).
 * Google Forms (linear scale: numbers 1–5 by default, words only at the two ends) and LimeSurvey
 * (5-point choice and the 5/10-point arrays answer "1".."5"/"1".."10") export numbers for these
 * questions, which the number rules read already; they have no word sets here.
 */

export type AnswerKind = "satisfaction" | "importance" | "agreement" | "likelihood";

/** One point of a set: its wordings per language (first = the platform's own). */
export interface AnswerPointWordings {
  readonly en: readonly string[];
  readonly "zh-CN": readonly string[];
  readonly es: readonly string[];
}

export interface AnswerSetDefinition {
  /** Stable id, e.g. "importance-5-vagias". */
  readonly id: string;
  readonly kind: AnswerKind;
  /** Where this is a default answer scale. */
  readonly platforms: readonly string[];
  /** Where the English wording was seen (and how sure we are of the translations). */
  readonly source: string;
  readonly confirmed: { readonly en: boolean; readonly "zh-CN": boolean; readonly es: boolean };
  /** Points low → high; point i (0-based) is answer i + 1. */
  readonly points: readonly AnswerPointWordings[];
}

const p = (en: string[], zh: string[], es: string[]): AnswerPointWordings => ({ en, "zh-CN": zh, es });

export const ANSWER_SETS: readonly AnswerSetDefinition[] = [
  {
    id: "satisfaction-5-somewhat",
    kind: "satisfaction",
    platforms: ["Qualtrics"],
    source: "Qualtrics satisfaction choices (bipolar, 'Somewhat' inner points); translations ours",
    confirmed: { en: false, "zh-CN": false, es: false },
    points: [
      p(["Extremely dissatisfied"], ["非常不满意"], ["Extremadamente insatisfecho", "Extremadamente insatisfecha"]),
      p(["Somewhat dissatisfied"], ["有点不满意"], ["Algo insatisfecho", "Algo insatisfecha"]),
      p(["Neither satisfied nor dissatisfied"], ["既不满意也不是不满意", "一般"], ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha"]),
      p(["Somewhat satisfied"], ["有点满意"], ["Algo satisfecho", "Algo satisfecha"]),
      p(["Extremely satisfied"], ["非常满意"], ["Extremadamente satisfecho", "Extremadamente satisfecha"]),
    ],
  },
  {
    id: "satisfaction-5-unipolar",
    kind: "satisfaction",
    platforms: ["SurveyMonkey"],
    source:
      "SurveyMonkey Help, 'Do you have a Rating, Semantic Differential or Likert Scale type question?' " +
      "(help.surveymonkey.com): Not at all / Slightly / Somewhat / Very / Extremely satisfied; translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Not at all satisfied"], ["一点也不满意", "完全不满意"], ["Nada satisfecho", "Nada satisfecha"]),
      p(
        ["Slightly satisfied", "Not so satisfied"],
        ["稍微满意", "不太满意"],
        ["Ligeramente satisfecho", "Ligeramente satisfecha", "No tan satisfecho", "No tan satisfecha"],
      ),
      p(["Somewhat satisfied"], ["有点满意"], ["Algo satisfecho", "Algo satisfecha"]),
      p(["Very satisfied"], ["很满意"], ["Muy satisfecho", "Muy satisfecha"]),
      p(["Extremely satisfied"], ["极其满意", "极为满意"], ["Extremadamente satisfecho", "Extremadamente satisfecha"]),
    ],
  },
  {
    id: "satisfaction-7",
    kind: "satisfaction",
    platforms: ["Qualtrics"],
    source:
      "Qualtrics 7-point satisfaction choices; 'Completely …' variant: Artino et al. 2014, Med Teach 36(6) Table 3 " +
      "(seven-point bipolar satisfaction); translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Extremely dissatisfied", "Completely dissatisfied"], ["极其不满意"], ["Extremadamente insatisfecho", "Extremadamente insatisfecha"]),
      p(["Moderately dissatisfied"], ["比较不满意"], ["Moderadamente insatisfecho", "Moderadamente insatisfecha"]),
      p(["Slightly dissatisfied"], ["有点不满意"], ["Ligeramente insatisfecho", "Ligeramente insatisfecha"]),
      p(["Neither satisfied nor dissatisfied"], ["一般"], ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha"]),
      p(["Slightly satisfied"], ["有点满意"], ["Ligeramente satisfecho", "Ligeramente satisfecha"]),
      p(["Moderately satisfied"], ["比较满意"], ["Moderadamente satisfecho", "Moderadamente satisfecha"]),
      p(["Extremely satisfied", "Completely satisfied"], ["极其满意"], ["Extremadamente satisfecho", "Extremadamente satisfecha"]),
    ],
  },
  {
    id: "satisfaction-4",
    kind: "satisfaction",
    platforms: ["SurveyMonkey", "Microsoft Forms"],
    source: "4-point satisfaction without a midpoint (a common platform choice list); translations ours",
    confirmed: { en: false, "zh-CN": false, es: false },
    points: [
      p(["Very dissatisfied"], ["非常不满意"], ["Muy insatisfecho", "Muy insatisfecha"]),
      p(["Dissatisfied"], ["不满意"], ["Insatisfecho", "Insatisfecha"]),
      p(["Satisfied"], ["满意"], ["Satisfecho", "Satisfecha"]),
      p(["Very satisfied"], ["非常满意"], ["Muy satisfecho", "Muy satisfecha"]),
    ],
  },
  {
    id: "agreement-5-somewhat",
    kind: "agreement",
    platforms: ["Qualtrics"],
    source: "Qualtrics agreement choices (Strongly / Somewhat); translations ours",
    confirmed: { en: false, "zh-CN": false, es: false },
    points: [
      p(["Strongly disagree"], ["非常不同意"], ["Totalmente en desacuerdo"]),
      p(["Somewhat disagree"], ["有点不同意"], ["Algo en desacuerdo"]),
      p(["Neither agree nor disagree"], ["既不同意也不反对"], ["Ni de acuerdo ni en desacuerdo"]),
      p(["Somewhat agree"], ["有点同意"], ["Algo de acuerdo"]),
      p(["Strongly agree"], ["非常同意"], ["Totalmente de acuerdo"]),
    ],
  },
  {
    id: "agreement-5",
    kind: "agreement",
    platforms: ["SurveyMonkey", "Microsoft Forms (Likert)", "Google Forms (grid, typed by the author)"],
    source:
      "Strongly disagree … Strongly agree with 'Neutral' (Microsoft Forms Likert) or 'Neither agree nor disagree' " +
      "(SurveyMonkey); e.g. R package machinelearningtools scale.agreement.strongly.5; translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Strongly disagree"], ["非常不同意", "强烈反对"], ["Totalmente en desacuerdo", "Muy en desacuerdo"]),
      p(["Disagree"], ["不同意"], ["En desacuerdo"]),
      p(["Neutral", "Neither agree nor disagree"], ["中立", "一般"], ["Neutral", "Ni de acuerdo ni en desacuerdo"]),
      p(["Agree"], ["同意"], ["De acuerdo"]),
      p(["Strongly agree"], ["非常同意", "强烈同意"], ["Totalmente de acuerdo", "Muy de acuerdo"]),
    ],
  },
  {
    id: "agreement-7",
    kind: "agreement",
    platforms: ["Qualtrics"],
    source:
      "Qualtrics 7-point agreement; wording as in R package machinelearningtools scale.agreement.strongly.7 " +
      "and Vagias (2006) 'Level of Agreement'; translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Strongly disagree"], ["非常不同意"], ["Totalmente en desacuerdo"]),
      p(["Disagree"], ["不同意"], ["En desacuerdo"]),
      p(["Somewhat disagree"], ["有点不同意"], ["Algo en desacuerdo"]),
      p(["Neither agree nor disagree", "Neither agree or disagree"], ["既不同意也不反对", "一般"], ["Ni de acuerdo ni en desacuerdo"]),
      p(["Somewhat agree"], ["有点同意"], ["Algo de acuerdo"]),
      p(["Agree"], ["同意"], ["De acuerdo"]),
      p(["Strongly agree"], ["非常同意"], ["Totalmente de acuerdo"]),
    ],
  },
  {
    id: "agreement-4",
    kind: "agreement",
    platforms: ["SurveyMonkey", "Microsoft Forms (Likert, midpoint removed)"],
    source: "R package machinelearningtools scale.agreement.strongly.4 (Rosenberg self-esteem); translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Strongly disagree"], ["非常不同意"], ["Totalmente en desacuerdo"]),
      p(["Disagree"], ["不同意"], ["En desacuerdo"]),
      p(["Agree"], ["同意"], ["De acuerdo"]),
      p(["Strongly agree"], ["非常同意"], ["Totalmente de acuerdo"]),
    ],
  },
  {
    id: "importance-5-vagias",
    kind: "importance",
    platforms: ["Qualtrics"],
    source:
      "Vagias (2006), Likert-type scale response anchors, Clemson University (5-point importance: Not at all, " +
      "Slightly, Moderately, Very, Extremely important), Qualtrics' importance choices; translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Not at all important", "Not important at all"], ["一点也不重要", "完全不重要"], ["Nada importante"]),
      p(["Slightly important"], ["稍微重要"], ["Ligeramente importante", "Poco importante"]),
      p(["Moderately important"], ["中等重要"], ["Moderadamente importante"]),
      p(["Very important"], ["非常重要"], ["Muy importante"]),
      p(["Extremely important"], ["极其重要", "极为重要"], ["Extremadamente importante", "Sumamente importante"]),
    ],
  },
  {
    id: "importance-5-surveymonkey",
    kind: "importance",
    platforms: ["SurveyMonkey"],
    source: "SurveyMonkey question bank importance scale (Extremely / Very / Somewhat / Not so / Not at all important); translations ours",
    confirmed: { en: false, "zh-CN": false, es: false },
    points: [
      p(["Not at all important"], ["一点也不重要", "完全不重要"], ["Nada importante"]),
      p(["Not so important"], ["不太重要"], ["No tan importante"]),
      p(["Somewhat important"], ["有点重要"], ["Algo importante"]),
      p(["Very important"], ["非常重要"], ["Muy importante"]),
      p(["Extremely important"], ["极其重要", "极为重要"], ["Extremadamente importante", "Sumamente importante"]),
    ],
  },
  {
    id: "importance-7-vagias",
    kind: "importance",
    platforms: ["Qualtrics"],
    source:
      "Vagias (2006) 7-point 'Level of Importance' (as listed in R package likert, likert_anchors): Not at all " +
      "important, Low importance, Slightly important, Neutral, Moderately, Very, Extremely important; translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Not at all important"], ["一点也不重要"], ["Nada importante"]),
      p(["Low importance"], ["不太重要"], ["De poca importancia"]),
      p(["Slightly important"], ["稍微重要"], ["Ligeramente importante"]),
      p(["Neutral"], ["一般"], ["Neutral"]),
      p(["Moderately important"], ["中等重要"], ["Moderadamente importante"]),
      p(["Very important"], ["非常重要"], ["Muy importante"]),
      p(["Extremely important"], ["极其重要"], ["Extremadamente importante"]),
    ],
  },
  {
    id: "likelihood-5-somewhat",
    kind: "likelihood",
    platforms: ["Qualtrics"],
    source:
      "Qualtrics likelihood choices, as mapped in public analysis code of a Qualtrics labels export " +
      "(Extremely unlikely … Extremely likely); translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Extremely unlikely"], ["极不可能"], ["Extremadamente improbable"]),
      p(["Somewhat unlikely"], ["有点不可能"], ["Algo improbable"]),
      p(["Neither likely nor unlikely"], ["说不准"], ["Ni probable ni improbable"]),
      p(["Somewhat likely"], ["有点可能"], ["Algo probable"]),
      p(["Extremely likely"], ["极有可能"], ["Extremadamente probable"]),
    ],
  },
  {
    id: "likelihood-5-surveymonkey",
    kind: "likelihood",
    platforms: ["SurveyMonkey"],
    source: "SurveyMonkey question bank likelihood scale (Extremely / Very / Somewhat / Not so / Not at all likely); translations ours",
    confirmed: { en: false, "zh-CN": false, es: false },
    points: [
      p(["Not at all likely"], ["完全不可能"], ["Nada probable"]),
      p(["Not so likely"], ["不太可能"], ["No tan probable"]),
      p(["Somewhat likely"], ["有点可能"], ["Algo probable"]),
      p(["Very likely"], ["很有可能"], ["Muy probable"]),
      p(["Extremely likely"], ["极有可能"], ["Extremadamente probable"]),
    ],
  },
  {
    id: "likelihood-5",
    kind: "likelihood",
    platforms: ["Microsoft Forms", "Google Forms (typed by the author)"],
    source: "Very unlikely … Very likely (seen in many public survey definitions); translations ours",
    confirmed: { en: true, "zh-CN": false, es: false },
    points: [
      p(["Very unlikely"], ["非常不可能"], ["Muy improbable"]),
      p(["Unlikely"], ["不可能"], ["Improbable"]),
      p(["Neither likely nor unlikely"], ["说不准"], ["Ni probable ni improbable"]),
      p(["Likely"], ["可能"], ["Probable"]),
      p(["Very likely"], ["非常可能"], ["Muy probable"]),
    ],
  },
];
