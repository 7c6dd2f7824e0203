/**
 * The published structures of the national satisfaction indices (issue #15) as PLS model templates:
 * which constructs there are and which paths lead between them. The user supplies the indicators
 * (survey columns) of each construct; a construct no column measures is left out with its paths,
 * which keeps the rest of the published structure (ACSI without Complaints is common practice).
 * Construct names are keys here; their words live in the report catalogues (t.model.constructNames).
 */
import { CsError } from "../errors";
import type { PlsConstructSpec } from "./types";

export type PlsConstructKey = "image" | "expectation" | "quality" | "value" | "satisfaction" | "complaints" | "loyalty";

export const PLS_CONSTRUCT_KEYS: readonly PlsConstructKey[] = ["image", "expectation", "quality", "value", "satisfaction", "complaints", "loyalty"];

export type PlsTemplateKey = "acsi" | "ecsi";

export interface PlsTemplate {
  id: PlsTemplateKey;
  /** The constructs in the published order, each with the constructs that have a path to it. */
  constructs: readonly { construct: PlsConstructKey; antecedents: readonly PlsConstructKey[] }[];
  /** Where the structure is published. */
  source: string;
}

export const PLS_TEMPLATES: readonly PlsTemplate[] = [
  {
    id: "acsi",
    source: "Fornell, Johnson, Anderson, Cha & Bryant (1996), The American Customer Satisfaction Index, Journal of Marketing 60(4), Figure 1",
    constructs: [
      { construct: "expectation", antecedents: [] },
      { construct: "quality", antecedents: ["expectation"] },
      { construct: "value", antecedents: ["expectation", "quality"] },
      { construct: "satisfaction", antecedents: ["expectation", "quality", "value"] },
      { construct: "complaints", antecedents: ["satisfaction"] },
      { construct: "loyalty", antecedents: ["satisfaction", "complaints"] },
    ],
  },
  {
    id: "ecsi",
    source: "Tenenhaus, Esposito Vinzi, Chatelin & Lauro (2005), PLS path modeling, Computational Statistics & Data Analysis 48(1), Figure 1 (the ECSI model)",
    constructs: [
      { construct: "image", antecedents: [] },
      { construct: "expectation", antecedents: ["image"] },
      { construct: "quality", antecedents: ["expectation"] },
      { construct: "value", antecedents: ["expectation", "quality"] },
      { construct: "satisfaction", antecedents: ["image", "expectation", "quality", "value"] },
      { construct: "complaints", antecedents: ["satisfaction"] },
      { construct: "loyalty", antecedents: ["image", "satisfaction", "complaints"] },
    ],
  },
];

/**
 * The template of a key; undefined for an unknown key (a recipe from a later version).
 * @param key the template's key ("acsi", "ecsi")
 * @returns the template, or undefined
 * @example
 * plsTemplate("ecsi")?.constructs.length; // → 7
 */
export function plsTemplate(key: string): PlsTemplate | undefined {
  return PLS_TEMPLATES.find((t) => t.id === key);
}

/** A template with the survey's columns assigned: the model table's rows, and the constructs left out. */
export interface TemplateModel {
  specs: PlsConstructSpec[];
  /** Constructs of the template no column measures (left out with their paths). */
  leftOut: PlsConstructKey[];
}

/**
 * The model table of a template whose constructs are measured by the given survey headers. A
 * construct without headers is left out, and so are the paths to and from it.
 * @param template the published structure
 * @param indicators the survey headers measuring each construct
 * @param names each construct's name as the sheet shows it (the report language's words)
 * @returns the model table's rows (mode A) and the constructs left out
 * @throws {CsError} value plsTemplateNoSatisfaction — no column measures satisfaction (the index is its score)
 * @throws {CsError} value plsNoEndogenous — what is left has no path
 * @example
 * templateModel(PLS_TEMPLATES[0], { quality: ["q1"], satisfaction: ["s1"] }, { image: "IMAG", expectation: "CUEX", quality: "PERQ", value: "PERV", satisfaction: "CUSA", complaints: "CUSCO", loyalty: "CUSL" }).specs.map((s) => s.antecedents); // → [[], ["PERQ"]]
 * templateModel(PLS_TEMPLATES[0], { quality: ["q1"] }, { image: "IMAG", expectation: "CUEX", quality: "PERQ", value: "PERV", satisfaction: "CUSA", complaints: "CUSCO", loyalty: "CUSL" }); // → throws value plsTemplateNoSatisfaction
 */
export function templateModel(
  template: PlsTemplate,
  indicators: Partial<Record<PlsConstructKey, readonly string[]>>,
  names: Record<PlsConstructKey, string>,
): TemplateModel {
  const measured = (k: PlsConstructKey) => (indicators[k] ?? []).length > 0;
  if (!measured("satisfaction")) throw new CsError("value", "plsTemplateNoSatisfaction", { construct: names.satisfaction });
  const kept = template.constructs.filter((c) => measured(c.construct));
  const specs = kept.map((c): PlsConstructSpec => ({
    construct: names[c.construct],
    indicators: [...(indicators[c.construct] ?? [])],
    antecedents: c.antecedents.filter(measured).map((a) => names[a]),
    mode: "A",
  }));
  if (specs.every((s) => s.antecedents.length === 0)) throw new CsError("value", "plsNoEndogenous");
  return { specs, leftOut: template.constructs.filter((c) => !measured(c.construct)).map((c) => c.construct) };
}

/** A template chosen for a survey (the pane's choice, stored in the recipe): the survey headers measuring each construct. */
export interface PlsTemplateChoice {
  template: PlsTemplateKey;
  indicators: Partial<Record<PlsConstructKey, string[]>>;
}
