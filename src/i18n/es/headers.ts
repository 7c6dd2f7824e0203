/**
 * What the role detector reads in Spanish (src/survey/roles/): the header words of each column role
 * (rules.ts tries the roles in its order and matches these as whole words, longest first), the
 * connectors around an attribute name, and the question-text patterns of a platform export (questionText.ts).
 * Each is a word, a phrase or a regular-expression source kept linear (a bounded alternation, or
 * anchored ^…$).
 */
import type { HeaderLexicon } from "../pack";

export const headers: HeaderLexicon = {
  wholeWords: true,
  connectors: { leading: ["de la", "de los", "de las", "del", "de", "con", "sobre", "el", "la"], trailing: ["de", "del", "con", "para usted", "para ti"] },
  questions: {
    kanoDysfunctional: [
      "\\bsi no\\b",
      "\\bsi\\b[^?¿]{0,200}?\\bno\\s+(?:ofreciera|tuviera|ofrece|tiene|incluyera|hubiera|contara)\\b",
      "\\bsin\\s+(?:el|la|los|las)\\b",
    ],
    kanoFunctional: ["\\bsi\\b[^?¿]{0,200}?\\b(?:tuviera|tiene|ofreciera|ofrece|incluyera|est[aá] disponible|hubiera)\\b", "c[oó]mo se sentir[ií]a si\\b"],
    conditional: ["\\bsi\\b"],
    kanoFeature: ["\\b(?:ofreciera|tuviera|incluyera|ofrece|tiene|contara)\\s+(?:un\\s+|una\\s+|el\\s+|la\\s+)?([^,，?¿？.。]{2,200})"],
    recommend: ["\\brecomendar\\w*", "\\brecomendaci[oó]n\\b", "\\bprobabilidad\\b"],
    importanceAnswers: ["importan"],
  },
  roles: {
    kano_dysfunctional: ["disfuncional", "pregunta negativa"],
    kano_functional: ["funcional", "pregunta positiva"],
    competitor: ["competidor(?:es)?", "competencia"],
    importance: ["importancia", "importante", "qu[eé] tan importante (?:es|son)(?: el| la| los| las)?", "importancia de(?:l| la| los| las)?"],
    expectation: ["expectativas?", "esperado", "esperada"],
    perception: ["percepci[oó]n(?:es)?", "percibid[oa]"],
    recommend: ["probabilidad de recomendar", "recomendar[ií]a", "recomendaci[oó]n", "recomendar"],
    overall: ["en general", "en t[eé]rminos generales", "satisfacci[oó]n (?:general|global|total)", "satisfacci[oó]n con el servicio en general"],
    weight: ["peso", "ponderador", "ponderaci[oó]n", "factor de expansi[oó]n"],
    id: ["identificador", "encuestado", "n[uú]mero de encuesta"],
    rating: [
      "satisfacci[oó]n",
      "valoraci[oó]n",
      "calificaci[oó]n",
      "puntuaci[oó]n",
      "desempe[nñ]o",
      "nota",
      "satisfech[oa]s?",
      "qu[eé] tan satisfech[oa] est[aá] con(?: el| la| los| las)?",
      "satisfacci[oó]n con(?: el| la| los| las)?",
    ],
    period: ["trimestre", "mes", "per[ií]odo", "fecha", "a[nñ]o", "ola", "semana"],
    segment: [
      "sucursal",
      "regi[oó]n",
      "canal",
      "tienda",
      "segmento",
      "grupo",
      "g[eé]nero",
      "ciudad",
      "pa[ií]s",
      "oficina",
      "zona",
      "producto",
      "tipo de cliente",
      "agencia",
    ],
  },
  constructs: {
    complaints: ["quejas?", "reclamaci[oó]n(?:es)?", "reclamos?"],
    loyalty: ["lealtad", "fidelidad", "volver[ií]a", "recompra", "seguir[ií]a", "renovar[ií]a"],
    image: ["imagen", "reputaci[oó]n", "marca", "confianza"],
    value: ["valor", "relaci[oó]n calidad[- ]precio", "precios?", "tarifas?", "comisi[oó]n(?:es)?", "costes?", "costos?"],
    expectation: ["expectativas?", "esperado", "esperada"],
  },
};
