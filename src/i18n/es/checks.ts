/** Spanish texts of the checks (src/report/checks.ts) (same keys and placeholders as ../en/checks.ts). */
import type { CheckKey } from "../../report/checks";
import type { CheckChrome, CheckPack, CheckTemplate } from "../checks";

const templates: Record<CheckKey, CheckTemplate> = {
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
  modelFailed: "Sin hoja Modelo: no se pudo estimar el modelo de satisfacción — {reason}",
};

/** Layout names (src/survey/layoutTypes.ts ExportPlatform, MetadataKind). */
const terms: Readonly<Record<string, string>> = {
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
};

const chrome: CheckChrome = {
  heading: "Comprobaciones",
  warning: "aviso",
  info: "lectura",
  noWarnings: "Sin avisos.",
  paneHeading: "Qué se leyó",
  paneWarnings: { one: "{count} aviso por revisar", other: "{count} avisos por revisar" },
  resultHeading: "Compruebe antes de compartir estas cifras",
};

export const esChecks: CheckPack = { templates, terms, chrome };
