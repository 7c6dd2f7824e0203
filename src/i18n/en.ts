/**
 * English UI strings: the reference catalogue. Other languages (zh-CN, es-ES) provide a
 * `Catalogue` with the same keys; function names (CS.CSI …) are never translated.
 */

/** The worksheet functions, in the order the task pane lists them. */
export const FUNCTION_NAMES = [
  "CSI",
  "KANO",
  "GAP",
  "IPA",
  "PRIORITY",
  "NPS",
  "TOPBOX",
  "LEVELS",
  "ALPHA",
  "IMPORTANCE",
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export interface Catalogue {
  /** BCP 47 tag of the language, e.g. "en-US". */
  locale: string;
  appName: string;
  tagline: string;
  intro: string;
  functionsHeading: string;
  functionsHint: string;
  /** One line per worksheet function. */
  functions: Record<FunctionName, string>;
  reportHeading: string;
  reportComingSoon: string;
}

export const en: Catalogue = {
  locale: "en-US",
  appName: "CS Insight",
  tagline: "Customer-satisfaction analysis inside Excel",
  intro:
    "CS Insight turns survey answers into the numbers a service team acts on: a satisfaction index, " +
    "Kano categories, expectation gaps, improvement priorities and Net Promoter Score. " +
    "Use the worksheet functions below, or build a full report from a survey range.",
  functionsHeading: "Worksheet functions",
  functionsHint: "Type =CS. in any cell. Ranges hold one row per respondent and one column per attribute.",
  functions: {
    CSI: "Satisfaction index, 0–100, from ratings and optional attribute weights.",
    KANO: "Kano category (A, O, M, I, R, Q) per feature, with Better/Worse coefficients.",
    GAP: "SERVQUAL gap: mean perception minus expectation per attribute.",
    IPA: "Importance–performance quadrant per attribute.",
    PRIORITY: "Improvement priority per attribute: importance share × shortfall from the top of the scale.",
    NPS: "Net Promoter Score, −100 to 100, from 0–10 recommendation scores.",
    TOPBOX: "Share of answers in the top boxes of the scale (e.g. 4 and 5 on 1–5).",
    LEVELS: "Share of answers at each level of the scale.",
    ALPHA: "Cronbach's alpha: how consistently a set of items measures one thing.",
    IMPORTANCE: "Derived importance: how strongly each item moves overall satisfaction.",
  },
  reportHeading: "Survey report",
  reportComingSoon: "Select a survey range and generate a report: coming in the next version of this pane.",
};
