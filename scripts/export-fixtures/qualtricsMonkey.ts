/**
 * Qualtrics (Data & Analysis › Export & Import › Export data › CSV, "Use choice text" or
 * "Use numeric values") and SurveyMonkey (Analyze results › Save as › Export file › All
 * individual responses, CSV, expanded columns, "Actual answer text" or "Numerical value").
 * Layouts and wordings: see test/fixtures/exports/README.md for sources.
 */
import { DEPARTMENTS, FEATURES, ITEMS, STORES, departments, type Answer, type Respondent } from "./model";
import type { Column, FixtureSpec } from "./spec";
import {
  KANO_LABELS,
  QUALTRICS_IMP,
  QUALTRICS_SAT,
  Q_COMMENT,
  Q_DEPTS,
  Q_IMP,
  Q_NPS,
  Q_OVERALL,
  Q_SAT,
  Q_STORE,
  SM_IMP,
  SM_SAT,
  isoLocal,
  qKanoD,
  qKanoF,
  usPadded,
} from "./wording";

const label = (labels: readonly string[]) => (x: Answer) => (x === null ? null : labels[x - 1]);
const code = (x: Answer) => x;

function keyOf(labels: readonly string[]): Record<string, number> {
  const k: Record<string, number> = {};
  labels.forEach((l, i) => (k[l] = i + 1));
  return k;
}

const endMs = (r: Respondent) => r.startMs + r.durationSec * 1000;
/** Qualtrics records a partial response when it is closed out (here: 7 days after it stalled). */
const recordedMs = (r: Respondent) => endMs(r) + (r.finished ? 1000 : 7 * 24 * 3600 * 1000);

function npsGroup(x: Answer): "Promoter" | "Passive" | "Detractor" | null {
  if (x === null) return null;
  return x >= 9 ? "Promoter" : x >= 7 ? "Passive" : "Detractor";
}
const NPS_GROUP_CODE = { Detractor: 1, Passive: 2, Promoter: 3 } as const;

const TZ = "America/Denver";
const imp = (id: string, tz?: boolean) => JSON.stringify(tz ? { ImportId: id, timeZone: TZ } : { ImportId: id });

/**
 * numeric + positiveFirst: the same survey built with Qualtrics' scales listed positive first
 * ("Extremely satisfied" created first), so the recode values run backwards: 1 = Extremely
 * satisfied / Extremely important … 5 = Extremely dissatisfied / Not at all important.
 */
export function qualtrics(numeric: boolean, positiveFirst = false): FixtureSpec {
  const q = (id: string, text: string, importId: string, value: Column["value"], extra: Partial<Column>): Column => ({
    headers: [id, text, imp(importId)],
    value,
    ...extra,
  });
  const meta: Column[] = [
    { headers: ["StartDate", "Start Date", imp("startDate", true)], meta: "timestamp", value: (r) => isoLocal(r.startMs) },
    { headers: ["EndDate", "End Date", imp("endDate", true)], meta: "timestamp", value: (r) => isoLocal(endMs(r)) },
    { headers: ["Status", "Response Type", imp("status")], meta: "status", value: () => (numeric ? 0 : "IP Address") },
    { headers: ["IPAddress", "IP Address", imp("ipAddress")], meta: "ip", value: (r) => r.ip },
    { headers: ["Progress", "Progress", imp("progress")], meta: "progress", value: (r) => r.progress },
    { headers: ["Duration (in seconds)", "Duration (in seconds)", imp("duration")], meta: "duration", value: (r) => r.durationSec },
    { headers: ["Finished", "Finished", imp("finished")], meta: "status", value: (r) => (numeric ? (r.finished ? 1 : 0) : r.finished) },
    { headers: ["RecordedDate", "Recorded Date", imp("recordedDate", true)], meta: "timestamp", value: (r) => isoLocal(recordedMs(r)) },
    { headers: ["ResponseId", "Response ID", imp("_recordId")], meta: "response-id", value: (r) => r.responseId },
    { headers: ["RecipientLastName", "Recipient Last Name", imp("recipientLastName")], meta: "recipient", value: () => null },
    { headers: ["RecipientFirstName", "Recipient First Name", imp("recipientFirstName")], meta: "recipient", value: () => null },
    { headers: ["RecipientEmail", "Recipient Email", imp("recipientEmail")], meta: "recipient", value: () => null },
    { headers: ["ExternalReference", "External Data Reference", imp("externalDataReference")], meta: "other", value: () => null },
    { headers: ["LocationLatitude", "Location Latitude", imp("locationLatitude")], meta: "location", value: (r) => r.latitude },
    { headers: ["LocationLongitude", "Location Longitude", imp("locationLongitude")], meta: "location", value: (r) => r.longitude },
    { headers: ["DistributionChannel", "Distribution Channel", imp("distributionChannel")], meta: "other", value: () => "anonymous" },
    { headers: ["UserLanguage", "User Language", imp("userLanguage")], meta: "language", value: () => "EN" },
  ];
  const reversed = (x: Answer) => (x === null ? null : 6 - x);
  const sat = numeric ? (positiveFirst ? reversed : code) : label(QUALTRICS_SAT);
  const impo = numeric ? (positiveFirst ? reversed : code) : label(QUALTRICS_IMP);
  const kano = numeric ? code : label(KANO_LABELS);
  const backwards = { "1": 5, "2": 4, "3": 3, "4": 2, "5": 1 };
  const data: Column[] = [
    q("Q1", Q_STORE, "QID1", (r) => (numeric ? r.store + 1 : STORES[r.store]), { role: { kind: "store" } }),
    q("Q2", Q_OVERALL, "QID2", (r) => sat(r.overall), { role: { kind: "overall" } }),
    q(
      "Q3_NPS_GROUP",
      `${Q_NPS} - Group`,
      "QID3_NPS_GROUP",
      (r) => {
        const g = npsGroup(r.nps);
        return g === null ? null : numeric ? NPS_GROUP_CODE[g] : g;
      },
      { meta: "derived" },
    ),
    // NPS choices 0..10 carry recode values 0..10: choice text and numeric value are the same.
    q("Q3", Q_NPS, "QID3", (r) => r.nps, { role: { kind: "recommend" } }),
    // Multiple answers in one column: choice texts (or recode values) joined with ",".
    q(
      "Q4",
      Q_DEPTS,
      "QID4",
      (r) =>
        departments(r)
          .map((i) => (numeric ? String(i + 1) : DEPARTMENTS[i]))
          .join(","),
      { role: { kind: "other" } },
    ),
    ...ITEMS.map((item, k) => q(`Q5_${k + 1}`, `${Q_SAT} - ${item}`, `QID5_${k + 1}`, (r) => sat(r.sat[k]), { role: { kind: "satisfaction", item: k } })),
    ...ITEMS.map((item, k) => q(`Q6_${k + 1}`, `${Q_IMP} - ${item}`, `QID6_${k + 1}`, (r) => impo(r.imp[k]), { role: { kind: "importance", item: k } })),
    ...FEATURES.flatMap((_, f) => [
      q(`Q${7 + 2 * f}`, qKanoF(f), `QID${7 + 2 * f}`, (r) => kano(r.kanoF[f]), { role: { kind: "kanoFunctional", feature: f } }),
      q(`Q${8 + 2 * f}`, qKanoD(f), `QID${8 + 2 * f}`, (r) => kano(r.kanoD[f]), { role: { kind: "kanoDysfunctional", feature: f } }),
    ]),
    q("Q13", Q_COMMENT, "QID13_TEXT", (r) => r.comment || null, { role: { kind: "comment" } }),
  ];
  return {
    file: positiveFirst ? "qualtrics-numeric-positive-first.csv" : numeric ? "qualtrics-numeric.csv" : "qualtrics-choice.csv",
    platform: "qualtrics",
    exportPath: `Data & Analysis › Export & Import › Export data… › CSV, ${numeric ? "Use numeric values" : "Use choice text"}`,
    headerRows: 3,
    columns: [...meta, ...data],
    answers: numeric ? "codes" : "labels",
    // Numeric export: recode values are the scale values (store 1..4 in STORES order).
    answerKey: positiveFirst
      ? { overall: backwards, satisfaction: backwards, importance: backwards }
      : numeric
        ? {}
        : {
            store: keyOf(STORES),
            overall: keyOf(QUALTRICS_SAT),
            satisfaction: keyOf(QUALTRICS_SAT),
            importance: keyOf(QUALTRICS_IMP),
            kano: keyOf(KANO_LABELS),
          },
    notes: [
      "Q3_NPS_GROUP (Promoter/Passive/Detractor; numeric 3/2/1) is derived by Qualtrics from Q3 and is not data.",
      "Recode values follow the order the choices were created in; this survey's scales were built ascending (1 = least satisfied/important).",
      "Seven partial responses (Finished False/0, Progress < 100) stop after the satisfaction grid.",
      ...(positiveFirst
        ? [
            "Positive-first build: Q2, Q5_*, Q6_* codes run backwards (1 = Extremely satisfied/important); the file alone cannot show it. " +
              "Taking the codes as scale values gives a silently wrong report; a hint: Q2 correlates negatively with Q3 (recommend 0-10, whose recodes are always 0-10).",
          ]
        : []),
    ],
  };
}

export function surveyMonkey(numeric: boolean): FixtureSpec {
  const single = (question: string, value: Column["value"], role: Column["role"], row2 = "Response"): Column => ({
    headers: [question, row2],
    value,
    role,
  });
  const grid = (question: string, k: number, value: Column["value"], role: Column["role"]): Column => ({
    headers: [k === 0 ? question : "", ITEMS[k]],
    value,
    role,
  });
  const sat = numeric ? code : label(SM_SAT);
  const impo = numeric ? code : label(SM_IMP);
  const kano = numeric ? code : label(KANO_LABELS);
  const columns: Column[] = [
    { headers: ["Respondent ID", ""], meta: "response-id", value: (r) => r.smId },
    { headers: ["Collector ID", ""], meta: "other", value: () => "431287654" },
    { headers: ["Start Date", ""], meta: "timestamp", value: (r) => usPadded(r.startMs) },
    { headers: ["End Date", ""], meta: "timestamp", value: (r) => usPadded(endMs(r)) },
    { headers: ["IP Address", ""], meta: "ip", value: (r) => r.ip },
    { headers: ["Email Address", ""], meta: "contact", value: () => null },
    { headers: ["First Name", ""], meta: "contact", value: () => null },
    { headers: ["Last Name", ""], meta: "contact", value: () => null },
    { headers: ["Custom Data 1", ""], meta: "other", value: () => null },
    single(Q_STORE, (r) => (numeric ? r.store + 1 : STORES[r.store]), { kind: "store" }),
    single(Q_OVERALL, (r) => sat(r.overall), { kind: "overall" }),
    // The NPS question's choices are the numbers 0..10; both exports write the number (see README).
    single(Q_NPS, (r) => r.nps, { kind: "recommend" }),
    // Multiple answers, expanded: one column per option, the option text (or its position) when chosen.
    ...DEPARTMENTS.map((d, i): Column => ({
      headers: [i === 0 ? Q_DEPTS : "", d],
      role: { kind: "other" },
      value: (r) => (departments(r).includes(i) ? (numeric ? i + 1 : d) : null),
    })),
    ...ITEMS.map((_, k) => grid(Q_SAT, k, (r) => sat(r.sat[k]), { kind: "satisfaction", item: k })),
    ...ITEMS.map((_, k) => grid(Q_IMP, k, (r) => impo(r.imp[k]), { kind: "importance", item: k })),
    ...FEATURES.flatMap((_, f) => [
      single(qKanoF(f), (r) => kano(r.kanoF[f]), { kind: "kanoFunctional", feature: f }),
      single(qKanoD(f), (r) => kano(r.kanoD[f]), { kind: "kanoDysfunctional", feature: f }),
    ]),
    single(Q_COMMENT, (r) => r.comment || null, { kind: "comment" }, "Open-Ended Response"),
  ];
  return {
    file: numeric ? "surveymonkey-numeric.csv" : "surveymonkey-text.csv",
    platform: "surveymonkey",
    exportPath: `Analyze results › Save as › Export file › All individual responses › CSV, expanded, ${numeric ? "Numerical value" : "Actual answer text"}`,
    headerRows: 2,
    columns,
    answers: numeric ? "codes" : "labels",
    // Numerical value = the choice's position (1 = first listed); this survey lists every scale ascending.
    answerKey: numeric
      ? {}
      : { store: keyOf(STORES), overall: keyOf(SM_SAT), satisfaction: keyOf(SM_SAT), importance: keyOf(SM_IMP), kano: keyOf(KANO_LABELS) },
    notes: [
      "Row 1 holds the question text only above the first column of a grid; row 2 holds 'Response', the grid row, or 'Open-Ended Response'.",
      "Metadata columns are blank in row 2.",
    ],
  };
}
