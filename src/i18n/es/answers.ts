/**
 * The answer wordings the reader recognises in Spanish: the 5-point Likert and Kano labels
 * (src/survey/labels.ts, where their sources are cited), the non-answers, and the platforms' answer
 * sets by id (src/survey/labels/platformSets.ts: where each set was seen). First wording = canonical.
 */
import type { AnswerWordings } from "../pack";

export const answers: AnswerWordings = {
  satisfaction: [
    ["Muy insatisfecho", "Muy insatisfecha", "Totalmente insatisfecho", "Totalmente insatisfecha"],
    ["Insatisfecho", "Insatisfecha", "Algo insatisfecho", "Algo insatisfecha", "Poco satisfecho", "Poco satisfecha"],
    ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha", "Neutral", "Neutro"],
    ["Satisfecho", "Satisfecha", "Algo satisfecho", "Algo satisfecha", "Bastante satisfecho", "Bastante satisfecha"],
    ["Muy satisfecho", "Muy satisfecha", "Totalmente satisfecho", "Totalmente satisfecha"],
  ],
  agreement: [
    ["Totalmente en desacuerdo", "Muy en desacuerdo"],
    ["En desacuerdo", "Algo en desacuerdo"],
    ["Ni de acuerdo ni en desacuerdo", "Neutral", "Neutro"],
    ["De acuerdo", "Algo de acuerdo"],
    ["Totalmente de acuerdo", "Muy de acuerdo"],
  ],
  importance: [
    ["Nada importante", "Muy poco importante", "Sin importancia"],
    ["Poco importante", "No importante", "No es importante"],
    ["Moderadamente importante", "Neutral", "Neutro"],
    ["Importante", "Bastante importante"],
    ["Muy importante", "Extremadamente importante", "Sumamente importante"],
  ],
  kano: [
    ["Me gusta", "Me gustaría", "Me gusta así", "Me gusta de esa forma", "Me gusta de esta forma"],
    ["Lo espero", "Debe ser así", "Debería ser así", "Es lo esperado", "Lo doy por hecho", "Debe ser de esa forma", "Debe ser de esta forma"],
    ["Me es indiferente", "Neutral", "Indiferente", "Me da igual", "Neutro"],
    ["Puedo tolerarlo", "Lo tolero", "Puedo vivir con ello", "Lo puedo tolerar", "Lo acepto", "Tolerable"],
    ["No me gusta", "Me disgusta", "No me gustaría", "Me disgusta de esa forma", "Me disgusta de esta forma"],
  ],
  nonAnswers: [
    "NS/NC",
    "NS",
    "NC",
    "No sabe",
    "No aplica",
    "No sabe/No contesta",
    "No sabe / No contesta",
    "No contesta",
    "No responde",
    "Prefiero no responder",
    "Prefiero no contestar",
    "N/D",
    "No sé",
  ],
  sets: {
    "satisfaction-5-somewhat": {
      confirmed: false,
      points: [
        ["Extremadamente insatisfecho", "Extremadamente insatisfecha"],
        ["Algo insatisfecho", "Algo insatisfecha"],
        ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha"],
        ["Algo satisfecho", "Algo satisfecha"],
        ["Extremadamente satisfecho", "Extremadamente satisfecha"],
      ],
    },
    "satisfaction-5-unipolar": {
      confirmed: false,
      points: [
        ["Nada satisfecho", "Nada satisfecha"],
        ["Ligeramente satisfecho", "Ligeramente satisfecha", "No tan satisfecho", "No tan satisfecha"],
        ["Algo satisfecho", "Algo satisfecha"],
        ["Muy satisfecho", "Muy satisfecha"],
        ["Extremadamente satisfecho", "Extremadamente satisfecha"],
      ],
    },
    "satisfaction-7": {
      confirmed: false,
      points: [
        ["Extremadamente insatisfecho", "Extremadamente insatisfecha"],
        ["Moderadamente insatisfecho", "Moderadamente insatisfecha"],
        ["Ligeramente insatisfecho", "Ligeramente insatisfecha"],
        ["Ni satisfecho ni insatisfecho", "Ni satisfecha ni insatisfecha"],
        ["Ligeramente satisfecho", "Ligeramente satisfecha"],
        ["Moderadamente satisfecho", "Moderadamente satisfecha"],
        ["Extremadamente satisfecho", "Extremadamente satisfecha"],
      ],
    },
    "satisfaction-4": {
      confirmed: false,
      points: [
        ["Muy insatisfecho", "Muy insatisfecha"],
        ["Insatisfecho", "Insatisfecha"],
        ["Satisfecho", "Satisfecha"],
        ["Muy satisfecho", "Muy satisfecha"],
      ],
    },
    "agreement-5-somewhat": {
      confirmed: false,
      points: [["Totalmente en desacuerdo"], ["Algo en desacuerdo"], ["Ni de acuerdo ni en desacuerdo"], ["Algo de acuerdo"], ["Totalmente de acuerdo"]],
    },
    "agreement-5": {
      confirmed: false,
      points: [
        ["Totalmente en desacuerdo", "Muy en desacuerdo"],
        ["En desacuerdo"],
        ["Neutral", "Ni de acuerdo ni en desacuerdo"],
        ["De acuerdo"],
        ["Totalmente de acuerdo", "Muy de acuerdo"],
      ],
    },
    "agreement-7": {
      confirmed: false,
      points: [
        ["Totalmente en desacuerdo"],
        ["En desacuerdo"],
        ["Algo en desacuerdo"],
        ["Ni de acuerdo ni en desacuerdo"],
        ["Algo de acuerdo"],
        ["De acuerdo"],
        ["Totalmente de acuerdo"],
      ],
    },
    "agreement-4": { confirmed: false, points: [["Totalmente en desacuerdo"], ["En desacuerdo"], ["De acuerdo"], ["Totalmente de acuerdo"]] },
    "importance-5-vagias": {
      confirmed: false,
      points: [
        ["Nada importante"],
        ["Ligeramente importante", "Poco importante"],
        ["Moderadamente importante"],
        ["Muy importante"],
        ["Extremadamente importante", "Sumamente importante"],
      ],
    },
    "importance-5-surveymonkey": {
      confirmed: false,
      points: [["Nada importante"], ["No tan importante"], ["Algo importante"], ["Muy importante"], ["Extremadamente importante", "Sumamente importante"]],
    },
    "importance-7-vagias": {
      confirmed: false,
      points: [
        ["Nada importante"],
        ["De poca importancia"],
        ["Ligeramente importante"],
        ["Neutral"],
        ["Moderadamente importante"],
        ["Muy importante"],
        ["Extremadamente importante"],
      ],
    },
    "likelihood-5-somewhat": {
      confirmed: false,
      points: [["Extremadamente improbable"], ["Algo improbable"], ["Ni probable ni improbable"], ["Algo probable"], ["Extremadamente probable"]],
    },
    "likelihood-5-surveymonkey": {
      confirmed: false,
      points: [["Nada probable"], ["No tan probable"], ["Algo probable"], ["Muy probable"], ["Extremadamente probable"]],
    },
    "likelihood-5": { confirmed: false, points: [["Muy improbable"], ["Improbable"], ["Ni probable ni improbable"], ["Probable"], ["Muy probable"]] },
  },
};
