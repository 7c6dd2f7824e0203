/**
 * Google Forms (Responses › ⋮ › Download responses (.csv)), Microsoft Forms (Responses › Open in
 * Excel), LimeSurvey (Responses › Export › Export responses, CSV), and our own plain layouts.
 * Sources and what could not be confirmed: test/fixtures/exports/README.md.
 */
import { DEPARTMENTS, FEATURES, ITEMS, STORES, departments, npsNoExtremes, type Answer, type Respondent } from "./model";
import type { Column, FixtureSpec } from "./spec";
import {
  KANO_LABELS,
  PLAIN_IMP,
  PLAIN_SAT,
  Q_COMMENT,
  Q_DEPTS,
  Q_IMP,
  Q_NPS,
  Q_OVERALL,
  Q_SAT,
  Q_STORE,
  googleStamp,
  googleStampEs,
  googleStampZh,
  isoLocal,
  qKanoD,
  qKanoF,
} from "./wording";

const label = (labels: readonly string[]) => (x: Answer) => (x === null ? null : labels[x - 1]);
const keyOf = (labels: readonly string[]): Record<string, number> => Object.fromEntries(labels.map((l, i) => [l, i + 1]));
const endMs = (r: Respondent) => r.startMs + r.durationSec * 1000;

const DEPARTMENTS_ZH = ["食品杂货", "烘焙", "电子产品", "家居与园艺", "玩具、游戏与图书", "药房"];

interface GoogleText {
  file: string;
  timestamp: string;
  email: string;
  stamp: (ms: number) => string;
  store: string;
  stores: readonly string[];
  overall: string;
  nps: string;
  sat: string;
  imp: string;
  items: readonly string[];
  satLabels: readonly string[];
  impLabels: readonly string[];
  depts: string;
  deptLabels: readonly string[];
  kanoF: (f: number) => string;
  kanoD: (f: number) => string;
  kanoLabels: readonly string[];
  comment: string;
  npsOf: (x: Answer) => Answer;
}

const GOOGLE_EN: GoogleText = {
  file: "google-forms.csv",
  timestamp: "Timestamp",
  email: "Email Address",
  stamp: (ms) => googleStamp(ms, "MDT"),
  store: Q_STORE,
  stores: STORES,
  overall: Q_OVERALL,
  nps: Q_NPS,
  sat: Q_SAT,
  imp: Q_IMP,
  items: ITEMS,
  satLabels: PLAIN_SAT,
  impLabels: PLAIN_IMP,
  depts: Q_DEPTS,
  deptLabels: DEPARTMENTS,
  kanoF: qKanoF,
  kanoD: qKanoD,
  kanoLabels: KANO_LABELS,
  comment: Q_COMMENT,
  npsOf: (x) => x,
};

const FEATURES_ZH = ["手机应用", "自助结账", "送货上门"];
const GOOGLE_ZH: GoogleText = {
  file: "google-forms-zh.csv",
  timestamp: "时间戳记",
  email: "电子邮件地址",
  stamp: googleStampZh,
  store: "您最近一次光顾的是哪家门店？",
  stores: ["市中心店", "机场店", "商场店", "港湾店"],
  overall: "总体而言，您对本次购物的满意程度如何？",
  nps: "您向朋友或同事推荐 Northwind 商店的可能性有多大？",
  sat: "您对以下各项的满意程度如何？",
  imp: "以下各项对您的重要程度如何？",
  items: ["员工友好度", "等候时间", "清洁度", "商品种类", "价格", "结账速度", "停车"],
  satLabels: ["非常不满意", "不满意", "一般", "满意", "非常满意"],
  impLabels: ["完全不重要", "不太重要", "一般重要", "比较重要", "非常重要"],
  depts: "您今天去了哪些区域？",
  deptLabels: DEPARTMENTS_ZH,
  kanoF: (f) => `如果商店提供${FEATURES_ZH[f]}，您觉得如何？`,
  kanoD: (f) => `如果商店不提供${FEATURES_ZH[f]}，您觉得如何？`,
  kanoLabels: ["我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢"],
  comment: "关于您的购物体验，您还有什么想告诉我们的吗？",
  npsOf: (x) => x,
};

const FEATURES_ES = ["una aplicación móvil", "cajas de autoservicio", "entrega a domicilio"];
const GOOGLE_ES: GoogleText = {
  file: "google-forms-es.csv",
  timestamp: "Marca temporal",
  email: "Dirección de correo electrónico",
  stamp: googleStampEs,
  store: "¿Qué tienda visitó más recientemente?",
  stores: ["Centro", "Aeropuerto", "Centro comercial", "Puerto"],
  overall: "En general, ¿qué tan satisfecho está con su visita?",
  nps: "¿Qué probabilidad hay de que recomiende Northwind Stores a un amigo o colega?",
  sat: "¿Qué tan satisfecho está con cada uno de los siguientes aspectos?",
  imp: "¿Qué importancia tiene para usted cada uno de los siguientes aspectos?",
  items: ["Amabilidad del personal", "Tiempo de espera", "Limpieza", "Variedad de productos", "Precio", "Rapidez en caja", "Aparcamiento"],
  satLabels: ["Muy insatisfecho", "Insatisfecho", "Neutral", "Satisfecho", "Muy satisfecho"],
  impLabels: ["Nada importante", "Poco importante", "Moderadamente importante", "Muy importante", "Extremadamente importante"],
  depts: "¿Qué secciones visitó hoy?",
  deptLabels: ["Alimentación", "Panadería", "Electrónica", "Hogar y jardín", "Juguetes, juegos y libros", "Farmacia"],
  kanoF: (f) => `Si la tienda ofreciera ${FEATURES_ES[f]}, ¿cómo se sentiría?`,
  kanoD: (f) => `Si la tienda no ofreciera ${FEATURES_ES[f]}, ¿cómo se sentiría?`,
  kanoLabels: ["Me gusta", "Lo espero", "Me es indiferente", "Puedo tolerarlo", "No me gusta"],
  comment: "¿Hay algo más que quiera contarnos sobre su visita?",
  npsOf: (x) => x,
};

export function googleForms(variant: "en" | "zh" | "es" | "nps1to9"): FixtureSpec {
  const t: GoogleText =
    variant === "zh"
      ? GOOGLE_ZH
      : variant === "es"
        ? GOOGLE_ES
        : variant === "nps1to9"
          ? { ...GOOGLE_EN, file: "google-forms-nps1to9.csv", npsOf: npsNoExtremes }
          : GOOGLE_EN;
  const one = (h: string, value: Column["value"], role?: Column["role"]): Column => ({ headers: [h], value, role });
  const columns: Column[] = [
    { headers: [t.timestamp], meta: "timestamp", value: (r) => t.stamp(endMs(r)) },
    { headers: [t.email], meta: "contact", value: (r) => r.email },
    one(t.store, (r) => t.stores[r.store], { kind: "store" }),
    // Linear scales (1–5 and 0–10) are written as the chosen number.
    one(t.overall, (r) => r.overall, { kind: "overall" }),
    one(t.nps, (r) => t.npsOf(r.nps), { kind: "recommend" }),
    ...t.items.map((item, k) => one(`${t.sat} [${item}]`, (r) => label(t.satLabels)(r.sat[k]), { kind: "satisfaction", item: k })),
    ...t.items.map((item, k) => one(`${t.imp} [${item}]`, (r) => label(t.impLabels)(r.imp[k]), { kind: "importance", item: k })),
    one(
      t.depts,
      (r) =>
        departments(r)
          .map((i) => t.deptLabels[i])
          .join(";"),
      { kind: "other" },
    ),
    ...FEATURES.flatMap((_, f) => [
      one(t.kanoF(f), (r) => label(t.kanoLabels)(r.kanoF[f]), { kind: "kanoFunctional", feature: f }),
      one(t.kanoD(f), (r) => label(t.kanoLabels)(r.kanoD[f]), { kind: "kanoDysfunctional", feature: f }),
    ]),
    one(t.comment, (r) => r.comment || null, { kind: "comment" }),
  ];
  return {
    file: t.file,
    platform: "google-forms",
    exportPath: "Responses › ⋮ (More) › Download responses (.csv)",
    headerRows: 1,
    columns,
    answers: "mixed",
    answerKey: { store: keyOf(t.stores), satisfaction: keyOf(t.satLabels), importance: keyOf(t.impLabels), kano: keyOf(t.kanoLabels) },
    notes: [
      "Overall (linear scale 1–5) and recommend (linear scale 0–10) are numbers; grids and Kano are label text.",
      "The checkboxes question joins the chosen options with ';' (one option itself contains a comma).",
      ...(variant === "nps1to9" ? ["Recommend variant: nobody answered 0 or 10 (observed 1–9 on a 0–10 scale)."] : []),
    ],
  };
}

/** Excel's rule for a table's duplicate header: append 2, 3, … to the later copies. */
function dedupe(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const k = (seen.get(h) ?? 0) + 1;
    seen.set(h, k);
    return k === 1 ? h : `${h}${k}`;
  });
}

export function microsoftForms(): FixtureSpec {
  const one = (h: string, value: Column["value"], role?: Column["role"]): Column => ({ headers: [h], value, role });
  const columns: Column[] = [
    { headers: ["ID"], meta: "response-id", value: (r) => r.seq },
    { headers: ["Start time"], meta: "timestamp", value: (r) => new Date(r.startMs) },
    { headers: ["Completion time"], meta: "timestamp", value: (r) => new Date(endMs(r)) },
    { headers: ["Email"], meta: "contact", value: (r) => r.email.replace("@example.com", "@northwind.example") },
    { headers: ["Name"], meta: "contact", value: (r) => `${r.firstName} ${r.lastName}` },
    { headers: ["Last modified time"], meta: "timestamp", value: (r) => (r.seq % 23 === 0 ? new Date(endMs(r) + 2 * 86400000 + 3600000) : null) },
    one(Q_STORE, (r) => STORES[r.store], { kind: "store" }),
    one(Q_OVERALL, (r) => r.overall, { kind: "overall" }), // Rating question (1–5): a number
    one(Q_NPS, (r) => r.nps, { kind: "recommend" }), // Net Promoter Score® question: a number 0–10
    // Choice with multiple answers: the options joined with ";", and a ";" after the last one.
    one(
      Q_DEPTS,
      (r) =>
        departments(r)
          .map((i) => `${DEPARTMENTS[i]};`)
          .join(""),
      { kind: "other" },
    ),
    // Likert: one column per statement, headed by the statement alone (the question text is not exported).
    ...ITEMS.map((item, k) => one(item, (r) => label(PLAIN_SAT)(r.sat[k]), { kind: "satisfaction", item: k })),
    ...ITEMS.map((item, k) => one(item, (r) => label(PLAIN_IMP)(r.imp[k]), { kind: "importance", item: k })),
    ...FEATURES.flatMap((_, f) => [
      one(qKanoF(f), (r) => label(KANO_LABELS)(r.kanoF[f]), { kind: "kanoFunctional", feature: f }),
      one(qKanoD(f), (r) => label(KANO_LABELS)(r.kanoD[f]), { kind: "kanoDysfunctional", feature: f }),
    ]),
    one(Q_COMMENT, (r) => r.comment || null, { kind: "comment" }),
  ];
  const names = dedupe(columns.map((c) => c.headers[0]));
  columns.forEach((c, i) => (c.headers = [names[i]]));
  return {
    file: "microsoft-forms.xlsx",
    platform: "microsoft-forms",
    exportPath: "Responses › Open in Excel (workbook downloaded, sheet 'Sheet1')",
    headerRows: 1,
    columns,
    answers: "mixed",
    answerKey: { store: keyOf(STORES), satisfaction: keyOf(PLAIN_SAT), importance: keyOf(PLAIN_IMP), kano: keyOf(KANO_LABELS) },
    notes: [
      "Likert statements are exported without their question text, so the importance grid's headers repeat the satisfaction grid's; Excel's table rule makes them unique with a 2 suffix.",
      "Start time, Completion time and Last modified time are date cells (m/d/yy h:mm:ss); ID, rating and NPS are numbers.",
      "The multiple-answer question writes each chosen option followed by ';' (Grocery;Pharmacy;).",
    ],
  };
}

const LS_AO = (x: Answer) => (x === null ? null : `AO0${x}`);

export function limeSurvey(full: boolean): FixtureSpec {
  const one = (h: string, value: Column["value"], role?: Column["role"]): Column => ({ headers: [h], value, role });
  const choice = (labels: readonly string[]) => (x: Answer) => (full ? label(labels)(x) : LS_AO(x));
  const columns: Column[] = [
    { headers: ["id"], meta: "response-id", value: (r) => r.seq },
    { headers: ["submitdate"], meta: "timestamp", value: (r) => (r.finished ? isoLocal(endMs(r)) : null) },
    { headers: ["lastpage"], meta: "page", value: (r) => (r.finished ? 4 : 2) },
    { headers: ["startlanguage"], meta: "language", value: () => "en" },
    { headers: ["seed"], meta: "other", value: (r) => r.lsSeed },
    { headers: ["startdate"], meta: "timestamp", value: (r) => isoLocal(r.startMs) },
    { headers: ["datestamp"], meta: "timestamp", value: (r) => isoLocal(endMs(r)) },
    { headers: ["ipaddr"], meta: "ip", value: (r) => r.ip },
    { headers: ["refurl"], meta: "other", value: (r) => (r.seq % 5 === 0 ? "https://www.google.com/" : null) },
    one("Q1", (r) => (full ? STORES[r.store] : `AO0${r.store + 1}`), { kind: "store" }),
    one("Q2", (r) => r.overall, { kind: "overall" }), // "5 point choice": stored 1..5, no labels
    one("Q3", (r) => r.nps, { kind: "recommend" }), // List (radio) with answer codes 0..10
    ...ITEMS.map((_, k) => one(`Q4[SQ00${k + 1}]`, (r) => r.sat[k], { kind: "satisfaction", item: k })), // Array (5 point choice)
    ...ITEMS.map((_, k) => one(`Q5[SQ00${k + 1}]`, (r) => choice(PLAIN_IMP)(r.imp[k]), { kind: "importance", item: k })), // Array, options AO01..AO05
    ...FEATURES.flatMap((_, f) => [
      one(`Q${6 + 2 * f}`, (r) => choice(KANO_LABELS)(r.kanoF[f]), { kind: "kanoFunctional", feature: f }),
      one(`Q${7 + 2 * f}`, (r) => choice(KANO_LABELS)(r.kanoD[f]), { kind: "kanoDysfunctional", feature: f }),
    ]),
    one("Q12", (r) => r.comment || null, { kind: "comment" }),
  ];
  const ao = (labels: readonly string[]) => Object.fromEntries(labels.map((_, i) => [`AO0${i + 1}`, i + 1]));
  return {
    file: full ? "limesurvey-full.csv" : "limesurvey.csv",
    platform: "limesurvey",
    exportPath: `Responses › Export › Export responses: CSV, headings "Question code", responses "${full ? "Full answers" : "Answer codes"}", completion state "All responses"`,
    headerRows: 1,
    columns,
    answers: full ? "mixed" : "codes",
    answerKey: full
      ? { importance: keyOf(PLAIN_IMP), kano: keyOf(KANO_LABELS), store: keyOf(STORES) }
      : { store: ao(STORES), importance: ao(PLAIN_IMP), kano: ao(KANO_LABELS) },
    notes: [
      "Every field is double-quoted; UTF-8 with BOM; CRLF; one extra empty line at the end (LimeSurvey CsvWriter).",
      "Q2 (5 point choice) and Q4[SQ00n] (Array 5 point choice) store 1..5 in both answer formats; Q3 uses answer codes 0..10.",
      "Partial responses have an empty submitdate and lastpage 2.",
    ],
  };
}

export function plain(variant: "plain" | "headerless" | "nps1to9"): FixtureSpec {
  const one = (h: string, value: Column["value"], role?: Column["role"]): Column => ({
    headers: variant === "headerless" ? [] : [h],
    value,
    role,
  });
  const npsOf = variant === "nps1to9" ? npsNoExtremes : (x: Answer) => x;
  const columns: Column[] = [
    one("Respondent", (r) => `R${String(r.seq).padStart(4, "0")}`, { kind: "other" }),
    one("Store", (r) => STORES[r.store], { kind: "store" }),
    one("Overall satisfaction", (r) => r.overall, { kind: "overall" }),
    one("Likelihood to recommend (0-10)", (r) => npsOf(r.nps), { kind: "recommend" }),
    ...ITEMS.map((item, k) => one(`${item} - satisfaction`, (r) => r.sat[k], { kind: "satisfaction", item: k })),
    ...ITEMS.map((item, k) => one(`${item} - importance`, (r) => r.imp[k], { kind: "importance", item: k })),
    ...FEATURES.flatMap((feat, f) => [
      one(`${feat} (functional)`, (r) => label(KANO_LABELS)(r.kanoF[f]), { kind: "kanoFunctional", feature: f }),
      one(`${feat} (dysfunctional)`, (r) => label(KANO_LABELS)(r.kanoD[f]), { kind: "kanoDysfunctional", feature: f }),
    ]),
    one("Comment", (r) => r.comment || null, { kind: "comment" }),
  ];
  const file = variant === "plain" ? "plain.csv" : variant === "headerless" ? "headerless.csv" : "plain-nps1to9.csv";
  return {
    file,
    platform: "plain",
    exportPath: "CS Insight's own layout (test/fixtures/sample-survey.csv style)",
    headerRows: variant === "headerless" ? 0 : 1,
    columns,
    answers: "mixed",
    answerKey: { store: keyOf(STORES), kano: keyOf(KANO_LABELS) },
    notes:
      variant === "headerless"
        ? ["plain.csv without its header row: the first row is a respondent (R0001)."]
        : variant === "nps1to9"
          ? ["plain.csv with recommend answers 10 written as 9: observed 1–9 on a 0–10 scale."]
          : ["One header row; scales as numbers 1–5 and 0–10; Kano as label text."],
  };
}
