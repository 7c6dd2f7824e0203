/**
 * The checks' texts (src/report/checks.ts) in English, Simplified Chinese and Spanish, and the one
 * renderer the command line, the roles file, the task pane and the Summary sheet share.
 *
 * Rendering rules:
 * - numbers go through Intl.NumberFormat of the language (grouping, decimal comma in Spanish, at
 *   most two decimals);
 * - a template may have plural forms; Intl.PluralRules of the language picks one from the param
 *   named in PLURAL_BY (Chinese has one form, so its templates are plain strings);
 * - lists (column headers, attributes, keyed items such as "Fees (12)") are joined as an
 *   enumeration (joinList: Intl.ListFormat, the enumeration comma in Chinese);
 * - the params in TERM_PARAMS (platform, metadata kind) are names from src/survey/layoutTypes.ts,
 *   translated from TERMS.
 * Every language has every key with the English placeholders (test/checks/catalogue.test.ts).
 */
import { CHECK_KEYS, type Check, type CheckKey, type CheckParam, type CheckText } from "../report/checks";

export type CheckLanguage = "en" | "zh-CN" | "es";
export const CHECK_LANGUAGES: readonly CheckLanguage[] = ["en", "zh-CN", "es"];
export { CHECK_KEYS };

/** A template, or its plural forms (Intl.PluralRules categories; "other" always). */
export type CheckTemplate = string | { readonly one?: string; readonly other: string };

/** The param whose number picks a plural form. */
export const PLURAL_BY: Partial<Record<CheckKey, string>> = {
  headerRowsSkipped: "count",
  pairsImportance: "count",
  pairsGap: "count",
  pairsKano: "count",
  respondentsCounted: "respondents",
  respondentsFromRows: "respondents",
  reasonHeaderRows: "count",
  reasonEmptyRows: "count",
  reasonOtherRows: "count",
  numericCodesRating: "count",
  numericCodesKano: "count",
  answerCodes: "count",
  weightNegative: "count",
  fewAnswersMeans: "count",
  fewAnswersKano: "count",
  fewAnswersSegments: "count",
};

/** Params that hold a name from the layout contract, translated through TERMS. */
export const TERM_PARAMS: readonly string[] = ["platform", "kind"];

/** The words around the checks: headings, labels, the roles file's comment intro. */
export interface CheckChrome {
  heading: string;
  warning: string;
  info: string;
  noWarnings: string;
  /** First comment line of a roles file. */
  /** The task pane's heading over the list. */
  paneHeading: string;
  /** The pane's live summary; {count} warnings. */
  paneWarnings: CheckTemplate;
  /** Over the warnings of a written report in the pane. */
  resultHeading: string;
}

const EN: Record<CheckKey, CheckTemplate> = {
  layoutDetected: "Read as {platform}",
  noHeaderRow: "Read without a header row: row 1 is a respondent and the columns are named by their number",
  headerRowsSkipped: {
    one: "{count} more header row skipped (row {rows}): it holds question text, not answers",
    other: "{count} more header rows skipped (rows {rows}): they hold question text, not answers",
  },
  metadataIgnored: "Ignored as platform metadata ({kind}, {count}): {columns}",
  pairsImportance: {
    one: "Importance paired with its rating for {count} attribute: {attributes}",
    other: "Importance paired with its rating for {count} attributes: {attributes}",
  },
  pairsGap: {
    one: "Expectation paired with perception for {count} attribute: {attributes}",
    other: "Expectation paired with perception for {count} attributes: {attributes}",
  },
  pairsKano: {
    one: "Kano functional paired with dysfunctional for {count} feature: {attributes}",
    other: "Kano functional paired with dysfunctional for {count} features: {attributes}",
  },
  respondentsCounted: {
    one: "{respondents} respondent, one per data row",
    other: "{respondents} respondents, one per data row",
  },
  respondentsFromRows: {
    one: "{respondents} respondent counted from {rows} rows read (not counted: {reasons})",
    other: "{respondents} respondents counted from {rows} rows read (not counted: {reasons})",
  },
  reasonHeaderRows: { one: "{count} header row", other: "{count} header rows" },
  reasonEmptyRows: { one: "{count} empty row", other: "{count} empty rows" },
  reasonOtherRows: { one: "{count} other row", other: "{count} other rows" },
  itemCount: "{name} ({n})",
  firstRowData:
    "The first row looks like answers, not column names: does the file have a header row? If not, add one — the first respondent was read as the headers.",
  numericCodesRating: {
    one: "Answers are numeric codes without labels in {count} column ({columns}): check the answer order — the report takes the highest code as the best answer.",
    other:
      "Answers are numeric codes without labels in {count} columns ({columns}): check the answer order — the report takes the highest code as the best answer.",
  },
  numericCodesKano: {
    one: "Kano answers are numeric codes without labels in {count} column ({columns}): check the answer order — the report reads 1 as “I like it” and 5 as “I dislike it”.",
    other:
      "Kano answers are numeric codes without labels in {count} columns ({columns}): check the answer order — the report reads 1 as “I like it” and 5 as “I dislike it”.",
  },
  answerCodes: {
    one: "Answers are answer codes without their texts in {count} column ({columns}): they are not read as scale points. Export with full answers, or give the column its role and scale in a roles file.",
    other:
      "Answers are answer codes without their texts in {count} columns ({columns}): they are not read as scale points. Export with full answers, or give the columns their roles and scales in a roles file.",
  },
  weightNegative: {
    one: "The weight column “{column}” has {count} negative value: case weights are never negative — is it a weight?",
    other: "The weight column “{column}” has {count} negative values: case weights are never negative — is it a weight?",
  },
  weightCoordinates:
    "The weight column “{column}” looks like map coordinates (latitude or longitude), not case weights: choose another weight column, or none.",
  weightMean: "The weights in “{column}” average {mean}, far from 1: survey weights usually average 1 — check that the column is a case weight.",
  recommendNotNps:
    "The recommend column “{column}” holds values {min}–{max}, not a 0–10 scale: the NPS is not computed. Check the export, or give the column another role.",
  npsPlus100: "The NPS is exactly +100 ({n} answers, all promoters): check that the recommend column is the 0–10 question and its codes run the right way.",
  npsMinus100:
    "The NPS is exactly −100 ({n} answers, all detractors): check that the recommend column is the 0–10 question (a 1–5 scale reads as all detractors).",
  alphaLow: "Cronbach's α is {alpha} (below {min}) over {items} rating items: they hardly measure one thing — check for a reversed or misread column.",
  fewAnswersCsi: "The CSI rests on as few as {n} answers per attribute (fewer than {min}): treat it as indicative.",
  fewAnswersNps: "The NPS rests on {n} answers (fewer than {min}): its margin of error is wide.",
  fewAnswersMeans: {
    one: "{count} attribute mean rests on fewer than {min} answers: {items}",
    other: "{count} attribute means rest on fewer than {min} answers: {items}",
  },
  fewAnswersKano: {
    one: "{count} Kano category rests on fewer than {min} answers: {items}",
    other: "{count} Kano categories rest on fewer than {min} answers: {items}",
  },
  fewAnswersSegments: {
    one: "{count} value of segment “{segment}” has fewer than {min} respondents: {items}",
    other: "{count} values of segment “{segment}” have fewer than {min} respondents: {items}",
  },
};

const ZH: Record<CheckKey, CheckTemplate> = {
  layoutDetected: "识别为{platform}",
  noHeaderRow: "按无标题行读取：第 1 行是一位受访者，各列按序号命名",
  headerRowsSkipped: "跳过另外 {count} 行标题（第 {rows} 行）：其中是题目文字，不是回答",
  metadataIgnored: "作为平台元数据忽略（{kind}，{count} 列）：{columns}",
  pairsImportance: "{count} 个属性的重要性与其评分已配对：{attributes}",
  pairsGap: "{count} 个属性的期望与感知已配对：{attributes}",
  pairsKano: "{count} 个功能的 Kano 正向与反向问题已配对：{attributes}",
  respondentsCounted: "{respondents} 位受访者，每个数据行一位",
  respondentsFromRows: "从读取的 {rows} 行中计入 {respondents} 位受访者（未计入：{reasons}）",
  reasonHeaderRows: "{count} 行标题",
  reasonEmptyRows: "{count} 个空行",
  reasonOtherRows: "{count} 个其他行",
  itemCount: "{name}（{n}）",
  firstRowData: "第一行看起来是回答，而不是列名：文件有标题行吗？如果没有，请添加一行——第一位受访者被当成了标题。",
  numericCodesRating: "{count} 列的回答是不带标签的数字代码（{columns}）：请核对选项顺序——报告把最大的代码当作最好的回答。",
  numericCodesKano: "{count} 列的 Kano 回答是不带标签的数字代码（{columns}）：请核对选项顺序——报告把 1 读作“喜欢”，把 5 读作“不喜欢”。",
  answerCodes: "{count} 列的回答是不带选项文字的答案代码（{columns}）：不会读作量表分值。请导出完整答案，或在角色文件中为这些列指定角色和量表。",
  weightNegative: "权重列“{column}”有 {count} 个负值：个案权重不会为负——这真是权重吗？",
  weightCoordinates: "权重列“{column}”看起来是地图坐标（纬度或经度），不是个案权重：请选择其他权重列，或不用权重。",
  weightMean: "“{column}”中权重的平均值为 {mean}，远离 1：调查权重的平均值通常为 1——请核对该列是否为个案权重。",
  recommendNotNps: "推荐意愿列“{column}”的取值为 {min}–{max}，不是 0–10 量表：未计算 NPS。请检查导出文件，或为该列指定其他角色。",
  npsPlus100: "NPS 恰好为 +100（{n} 个回答，全部为推荐者）：请核对推荐意愿列是否为 0–10 题，代码方向是否正确。",
  npsMinus100: "NPS 恰好为 −100（{n} 个回答，全部为贬损者）：请核对推荐意愿列是否为 0–10 题（1–5 量表会全部读作贬损者）。",
  alphaLow: "{items} 个评分项目的 Cronbach's α 为 {alpha}（低于 {min}）：这些项目几乎不在测量同一事物——请检查是否有反向或读错的列。",
  fewAnswersCsi: "CSI 所依据的每个属性回答最少只有 {n} 个（少于 {min} 个）：仅供参考。",
  fewAnswersNps: "NPS 仅依据 {n} 个回答（少于 {min} 个）：误差范围很大。",
  fewAnswersMeans: "{count} 个属性均值所依据的回答少于 {min} 个：{items}",
  fewAnswersKano: "{count} 个 Kano 分类所依据的回答少于 {min} 个：{items}",
  fewAnswersSegments: "细分“{segment}”有 {count} 个取值的受访者少于 {min} 位：{items}",
};

const ES: Record<CheckKey, CheckTemplate> = {
  layoutDetected: "Leído como {platform}",
  noHeaderRow: "Leído sin fila de encabezado: la fila 1 es un encuestado y las columnas se nombran por su número",
  headerRowsSkipped: {
    one: "Se omitió {count} fila de encabezado más (fila {rows}): contiene el texto de las preguntas, no respuestas",
    other: "Se omitieron {count} filas de encabezado más (filas {rows}): contienen el texto de las preguntas, no respuestas",
  },
  metadataIgnored: "Ignorado como metadatos de la plataforma ({kind}, {count}): {columns}",
  pairsImportance: {
    one: "Importancia emparejada con su valoración en {count} atributo: {attributes}",
    other: "Importancia emparejada con su valoración en {count} atributos: {attributes}",
  },
  pairsGap: {
    one: "Expectativa emparejada con percepción en {count} atributo: {attributes}",
    other: "Expectativa emparejada con percepción en {count} atributos: {attributes}",
  },
  pairsKano: {
    one: "Pregunta Kano funcional emparejada con la disfuncional en {count} función: {attributes}",
    other: "Preguntas Kano funcionales emparejadas con las disfuncionales en {count} funciones: {attributes}",
  },
  respondentsCounted: {
    one: "{respondents} encuestado, uno por fila de datos",
    other: "{respondents} encuestados, uno por fila de datos",
  },
  respondentsFromRows: {
    one: "{respondents} encuestado contado de {rows} filas leídas (sin contar: {reasons})",
    other: "{respondents} encuestados contados de {rows} filas leídas (sin contar: {reasons})",
  },
  reasonHeaderRows: { one: "{count} fila de encabezado", other: "{count} filas de encabezado" },
  reasonEmptyRows: { one: "{count} fila vacía", other: "{count} filas vacías" },
  reasonOtherRows: { one: "{count} fila más", other: "{count} filas más" },
  itemCount: "{name} ({n})",
  firstRowData:
    "La primera fila parece contener respuestas, no nombres de columna: ¿tiene el archivo una fila de encabezado? Si no, añádala: el primer encuestado se leyó como encabezados.",
  numericCodesRating: {
    one: "Las respuestas son códigos numéricos sin etiquetas en {count} columna ({columns}): compruebe el orden de las respuestas; el informe toma el código más alto como la mejor respuesta.",
    other:
      "Las respuestas son códigos numéricos sin etiquetas en {count} columnas ({columns}): compruebe el orden de las respuestas; el informe toma el código más alto como la mejor respuesta.",
  },
  numericCodesKano: {
    one: "Las respuestas Kano son códigos numéricos sin etiquetas en {count} columna ({columns}): compruebe el orden; el informe lee 1 como «Me gusta» y 5 como «No me gusta».",
    other:
      "Las respuestas Kano son códigos numéricos sin etiquetas en {count} columnas ({columns}): compruebe el orden; el informe lee 1 como «Me gusta» y 5 como «No me gusta».",
  },
  answerCodes: {
    one: "Las respuestas son códigos de respuesta sin su texto en {count} columna ({columns}): no se leen como puntos de la escala. Exporte con respuestas completas, o indique su rol y su escala en el archivo de asignación de columnas.",
    other:
      "Las respuestas son códigos de respuesta sin su texto en {count} columnas ({columns}): no se leen como puntos de la escala. Exporte con respuestas completas, o indique el rol y la escala de cada columna en el archivo de asignación de columnas.",
  },
  weightNegative: {
    one: "La columna de ponderación «{column}» tiene {count} valor negativo: una ponderación nunca es negativa. ¿Es de verdad una ponderación?",
    other: "La columna de ponderación «{column}» tiene {count} valores negativos: una ponderación nunca es negativa. ¿Es de verdad una ponderación?",
  },
  weightCoordinates:
    "La columna de ponderación «{column}» parece contener coordenadas (latitud o longitud), no ponderaciones: elija otra columna de ponderación o ninguna.",
  weightMean:
    "Las ponderaciones de «{column}» tienen una media de {mean}, lejos de 1: las ponderaciones de una encuesta suelen promediar 1; compruebe que la columna es una ponderación.",
  recommendNotNps:
    "La columna de recomendación «{column}» tiene valores {min}–{max}, no una escala 0–10: no se calcula el NPS. Revise la exportación o asigne otro rol a la columna.",
  npsPlus100:
    "El NPS es exactamente +100 ({n} respuestas, todas de promotores): compruebe que la columna de recomendación es la pregunta 0–10 y que sus códigos van en el sentido correcto.",
  npsMinus100:
    "El NPS es exactamente −100 ({n} respuestas, todas de detractores): compruebe que la columna de recomendación es la pregunta 0–10 (una escala 1–5 se lee como todo detractores).",
  alphaLow:
    "El α de Cronbach es {alpha} (menos de {min}) en {items} ítems de valoración: apenas miden una misma cosa; busque una columna invertida o mal leída.",
  fewAnswersCsi: "El CSI se basa en apenas {n} respuestas por atributo (menos de {min}): tómelo como orientativo.",
  fewAnswersNps: "El NPS se basa en {n} respuestas (menos de {min}): su margen de error es amplio.",
  fewAnswersMeans: {
    one: "{count} media de atributo se basa en menos de {min} respuestas: {items}",
    other: "{count} medias de atributo se basan en menos de {min} respuestas: {items}",
  },
  fewAnswersKano: {
    one: "{count} categoría Kano se basa en menos de {min} respuestas: {items}",
    other: "{count} categorías Kano se basan en menos de {min} respuestas: {items}",
  },
  fewAnswersSegments: {
    one: "{count} valor del segmento «{segment}» tiene menos de {min} encuestados: {items}",
    other: "{count} valores del segmento «{segment}» tienen menos de {min} encuestados: {items}",
  },
};

/** Layout names (src/survey/layoutTypes.ts ExportPlatform, MetadataKind) in each language. */
const TERMS: Record<CheckLanguage, Readonly<Record<string, string>>> = {
  en: {
    qualtrics: "a Qualtrics export",
    surveymonkey: "a SurveyMonkey export",
    "google-forms": "a Google Forms export",
    "microsoft-forms": "a Microsoft Forms export",
    limesurvey: "a LimeSurvey export",
    spss: "an SPSS file",
    plain: "a plain table (one header row, one respondent per row)",
    timestamp: "timestamps",
    duration: "durations",
    progress: "progress",
    status: "response status",
    ip: "IP addresses",
    location: "locations",
    "response-id": "response ids",
    recipient: "recipient details",
    language: "language",
    page: "pages",
    derived: "derived values",
    contact: "contact details",
    other: "other",
  },
  "zh-CN": {
    qualtrics: " Qualtrics 导出文件",
    surveymonkey: " SurveyMonkey 导出文件",
    "google-forms": " Google 表单导出文件",
    "microsoft-forms": " Microsoft Forms 导出文件",
    limesurvey: " LimeSurvey 导出文件",
    spss: " SPSS 文件",
    plain: "普通表格（一行标题，每行一位受访者）",
    timestamp: "时间戳",
    duration: "用时",
    progress: "进度",
    status: "回答状态",
    ip: "IP 地址",
    location: "位置",
    "response-id": "回答编号",
    recipient: "收件人信息",
    language: "语言",
    page: "页面",
    derived: "派生值",
    contact: "联系方式",
    other: "其他",
  },
  es: {
    qualtrics: "una exportación de Qualtrics",
    surveymonkey: "una exportación de SurveyMonkey",
    "google-forms": "una exportación de Formularios de Google",
    "microsoft-forms": "una exportación de Microsoft Forms",
    limesurvey: "una exportación de LimeSurvey",
    spss: "un archivo SPSS",
    plain: "una tabla simple (una fila de encabezado, un encuestado por fila)",
    timestamp: "marcas de tiempo",
    duration: "duraciones",
    progress: "progreso",
    status: "estado de la respuesta",
    ip: "direcciones IP",
    location: "ubicaciones",
    "response-id": "identificadores de respuesta",
    recipient: "datos del destinatario",
    language: "idioma",
    page: "páginas",
    derived: "valores derivados",
    contact: "datos de contacto",
    other: "otros",
  },
};

const CHROME: Record<CheckLanguage, CheckChrome> = {
  en: {
    heading: "Checks",
    warning: "warning",
    info: "read",
    noWarnings: "No warnings.",
    paneHeading: "What was read",
    paneWarnings: { one: "{count} warning to review", other: "{count} warnings to review" },
    resultHeading: "Check before you share these numbers",
  },
  "zh-CN": {
    heading: "检查",
    warning: "警告",
    info: "读取",
    noWarnings: "没有警告。",
    paneHeading: "读取结果",
    paneWarnings: "有 {count} 条警告需要核对",
    resultHeading: "分享这些数字之前请先核对",
  },
  es: {
    heading: "Comprobaciones",
    warning: "aviso",
    info: "lectura",
    noWarnings: "Sin avisos.",
    paneHeading: "Qué se leyó",
    paneWarnings: { one: "{count} aviso por revisar", other: "{count} avisos por revisar" },
    resultHeading: "Compruebe antes de compartir estas cifras",
  },
};

const TEMPLATES: Record<CheckLanguage, Record<CheckKey, CheckTemplate>> = { en: EN, "zh-CN": ZH, es: ES };
const LOCALES: Record<CheckLanguage, string> = { en: "en-US", "zh-CN": "zh-CN", es: "es-ES" };

export function checkTemplates(lang: CheckLanguage): Readonly<Record<CheckKey, CheckTemplate>> {
  return TEMPLATES[lang];
}

export function checkChrome(lang: CheckLanguage): CheckChrome {
  return CHROME[lang];
}

export function checkTerms(lang: CheckLanguage): Readonly<Record<string, string>> {
  return TERMS[lang];
}

/** A number the language's way, at most two decimals ("1,234", "0,42"). */
export function checkNumber(x: number, lang: CheckLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(x);
}

/** The form of a template for a count (Intl.PluralRules of the language). */
export function pluralForm(t: CheckTemplate, count: number | undefined, lang: CheckLanguage): string {
  if (typeof t === "string") return t;
  if (count === undefined) return t.other;
  const rule = new Intl.PluralRules(LOCALES[lang]).select(count);
  return (rule === "one" ? t.one : undefined) ?? t.other;
}

function isTextList(v: CheckParam): v is readonly CheckText[] {
  return Array.isArray(v) && v.length > 0 && typeof v[0] === "object";
}

function paramText(name: string, v: CheckParam, lang: CheckLanguage): string {
  if (typeof v === "number") return checkNumber(v, lang);
  if (typeof v === "string") return TERM_PARAMS.includes(name) ? (TERMS[lang][v] ?? v) : v;
  const items = isTextList(v) ? v.map((t) => renderCheck(t, lang)) : (v as readonly string[]).slice();
  return joinList(items, lang);
}

/** Intl.ListFormat is ES2021 (the project's lib is ES2020, and an old Office webview may lack it). */
type ListFormatCtor = new (locale: string, opts: { style: "short"; type: "unit" }) => { format(items: readonly string[]): string };
const ListFormat = (Intl as unknown as { ListFormat?: ListFormatCtor }).ListFormat;

/**
 * Items joined as an enumeration ("a, b, c"; "甲、乙、丙"), not a conjunction — a clipped list ends
 * in "…". Intl.ListFormat "unit" where it separates (en, es); Chinese "unit" lists run the items
 * together, so Chinese takes the enumeration comma 、 itself.
 */
export function joinList(items: readonly string[], lang: CheckLanguage): string {
  if (lang === "zh-CN") return items.join("、");
  if (ListFormat) return new ListFormat(LOCALES[lang], { style: "short", type: "unit" }).format(items);
  return items.join(", ");
}

/** A check (or a keyed list item) in `lang`. */
export function renderCheck(c: CheckText, lang: CheckLanguage): string {
  const by = PLURAL_BY[c.key];
  const count = by !== undefined && typeof c.params[by] === "number" ? (c.params[by] as number) : undefined;
  const template = pluralForm(TEMPLATES[lang][c.key], count, lang);
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(c.params, name) ? paramText(name, c.params[name], lang) : m,
  );
}

/** "warning: …" / "read: …" — one line per check, warnings first as given. */
export function checkLine(c: Check, lang: CheckLanguage): string {
  const ch = CHROME[lang];
  const sep = lang === "zh-CN" ? "：" : ": ";
  return `${c.severity === "warning" ? ch.warning : ch.info}${sep}${renderCheck(c, lang)}`;
}

/** The pane's live summary: "2 warnings to review", or "No warnings.". */
export function warningsSummary(checks: readonly Check[], lang: CheckLanguage): string {
  const count = checks.filter((c) => c.severity === "warning").length;
  if (count === 0) return CHROME[lang].noWarnings;
  return pluralForm(CHROME[lang].paneWarnings, count, lang).replace("{count}", checkNumber(count, lang));
}
