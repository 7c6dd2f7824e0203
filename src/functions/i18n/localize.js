/**
 * Localized custom-function metadata (Excel's way: one functions.json per language, chosen by the
 * manifest through <bt:Override Locale="…"> on the metadata URL; learn.microsoft.com, "Custom
 * functions naming and localization"). Function ids, names, parameter names, types and the result
 * stay as generated; only the descriptions are translated.
 *
 * Plain CommonJS so webpack.config.js (Node, no TypeScript) and the jest tests share one
 * implementation; localize.d.ts declares its types. The catalogues are the JSON files next to it,
 * keyed by function id: { "CSI": { "description": "…", "parameters": { "ratings": "…" } } }.
 */
"use strict";

/**
 * The localized metadata files: which catalogue (file in this folder) becomes which build output,
 * and the manifest locale that selects it. Office matches the full culture name, so es-ES only
 * (a bare "es" is not supported on every platform).
 */
const LOCALIZED_METADATA = Object.freeze([
  Object.freeze({ manifestLocale: "zh-CN", catalogue: "zh-CN.json", output: "functions.zh-CN.json" }),
  Object.freeze({ manifestLocale: "es-ES", catalogue: "es.json", output: "functions.es.json" }),
]);

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v) => typeof v === "string" && v.trim().length > 0;

/**
 * The problems that keep `catalogue` from translating `metadata` exactly: a function or parameter
 * without a translation, an empty one, or a translation for a function or parameter (or any other
 * key) the metadata does not have. Empty = the catalogue fits.
 */
function catalogueProblems(metadata, catalogue) {
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) return ["metadata has no functions array"];
  if (!isObject(catalogue)) return ["catalogue is not an object keyed by function id"];
  const out = [];
  const ids = new Set();
  for (const f of metadata.functions) {
    ids.add(f.id);
    const entry = catalogue[f.id];
    if (!isObject(entry)) {
      out.push(`${f.id}: no translation`);
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (key !== "description" && key !== "parameters") out.push(`${f.id}: unknown key '${key}'`);
    }
    if (!isText(entry.description)) out.push(`${f.id}: description is missing or empty`);
    const params = isObject(entry.parameters) ? entry.parameters : {};
    if (!isObject(entry.parameters)) out.push(`${f.id}: parameters is not an object`);
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of f.parameters) {
      if (!Object.prototype.hasOwnProperty.call(params, p.name)) out.push(`${f.id}(${p.name}): no translation`);
      else if (!isText(params[p.name])) out.push(`${f.id}(${p.name}): translation is empty`);
    }
    for (const name of Object.keys(params)) {
      if (!names.has(name)) out.push(`${f.id}(${name}): not a parameter of ${f.id}`);
    }
  }
  for (const id of Object.keys(catalogue)) {
    if (!ids.has(id)) out.push(`${id}: not a function of the metadata`);
  }
  return out;
}

/**
 * A localized copy of the generated functions.json object: every function and parameter
 * description replaced by the catalogue's, everything else (ids, names, types, dimensionality,
 * optional flags, result, top-level options) copied unchanged. Throws, listing every problem, when
 * the catalogue does not fit the metadata exactly (see catalogueProblems), so catalogues cannot
 * drift from the JSDoc in src/functions/functions.ts. `metadata` is not modified.
 */
function localizeMetadata(metadata, catalogue, label = "catalogue") {
  const problems = catalogueProblems(metadata, catalogue);
  if (problems.length > 0) {
    throw new Error(`${label} does not fit the functions metadata:\n  ${problems.join("\n  ")}`);
  }
  const copy = JSON.parse(JSON.stringify(metadata));
  for (const f of copy.functions) {
    const entry = catalogue[f.id];
    f.description = entry.description;
    for (const p of f.parameters) p.description = entry.parameters[p.name];
  }
  return copy;
}

module.exports = { LOCALIZED_METADATA, catalogueProblems, localizeMetadata };
