/**
 * Question and answer wordings shared by the fixtures, and the date formats each platform writes.
 * Scale label lists are in scale order (index 0 = scale value 1).
 */
import { FEATURE_PHRASES, pad2, parts } from "./model";

export const Q_STORE = "Which store did you visit most recently?";
export const Q_OVERALL = "Overall, how satisfied are you with your visit?";
export const Q_NPS = "How likely is it that you would recommend Northwind Stores to a friend or colleague?";
export const Q_SAT = "How satisfied are you with each of the following?";
export const Q_IMP = "How important is each of the following to you?";
export const Q_DEPTS = "Which departments did you visit today?";
export const Q_COMMENT = "Is there anything else you would like to tell us about your visit?";
export const qKanoF = (f: number): string => `If the store offered ${FEATURE_PHRASES[f]}, how would you feel?`;
export const qKanoD = (f: number): string => `If the store did not offer ${FEATURE_PHRASES[f]}, how would you feel?`;

/** Kano answer options (Berger et al. 1993 wording), like → dislike = 1..5. */
export const KANO_LABELS = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];

/** Qualtrics "Satisfaction" and "Importance" suggested 5-point choices (ascending here). */
export const QUALTRICS_SAT = [
  "Extremely dissatisfied",
  "Somewhat dissatisfied",
  "Neither satisfied nor dissatisfied",
  "Somewhat satisfied",
  "Extremely satisfied",
];
export const QUALTRICS_IMP = ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"];

/** SurveyMonkey question-bank wordings (ascending here). */
export const SM_SAT = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"];
export const SM_IMP = ["Not at all important", "Not so important", "Somewhat important", "Very important", "Extremely important"];

/** Labels a form author types into Google Forms / Microsoft Forms grids (no platform default). */
export const PLAIN_SAT = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];
export const PLAIN_IMP = QUALTRICS_IMP;

/** 2026-10-05 09:14:27 (Qualtrics, LimeSurvey). */
export function isoLocal(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${pad2(p.mo)}-${pad2(p.d)} ${pad2(p.h)}:${pad2(p.mi)}:${pad2(p.s)}`;
}

function h12(h: number): { h: number; ap: "AM" | "PM" } {
  return { h: h % 12 === 0 ? 12 : h % 12, ap: h < 12 ? "AM" : "PM" };
}

/** 10/05/2026 09:14:27 AM (SurveyMonkey). */
export function usPadded(ms: number): string {
  const p = parts(ms);
  const t = h12(p.h);
  return `${pad2(p.mo)}/${pad2(p.d)}/${p.y} ${pad2(t.h)}:${pad2(p.mi)}:${pad2(p.s)} ${t.ap}`;
}

/** 2026/10/05 9:14:27 AM MDT (Google Forms "Download responses (.csv)"). */
export function googleStamp(ms: number, zone: string): string {
  const p = parts(ms);
  const t = h12(p.h);
  return `${p.y}/${pad2(p.mo)}/${pad2(p.d)} ${t.h}:${pad2(p.mi)}:${pad2(p.s)} ${t.ap} ${zone}`;
}

/** 2026/10/05 上午9:14:27 GMT+8 (Google Forms with a Chinese-language account; unconfirmed form). */
export function googleStampZh(ms: number): string {
  const p = parts(ms);
  const t = h12(p.h);
  return `${p.y}/${pad2(p.mo)}/${pad2(p.d)} ${t.ap === "AM" ? "上午" : "下午"}${t.h}:${pad2(p.mi)}:${pad2(p.s)} GMT+8`;
}

/** 2026/10/05 8:13:11 a. m. GMT-6 (Google Forms with a Spanish-language account; unconfirmed form). */
export function googleStampEs(ms: number): string {
  const p = parts(ms);
  const t = h12(p.h);
  return `${p.y}/${pad2(p.mo)}/${pad2(p.d)} ${t.h}:${pad2(p.mi)}:${pad2(p.s)} ${t.ap === "AM" ? "a. m." : "p. m."} GMT-6`;
}
