/**
 * Checks of a functions metadata file (functions.json or a localized copy), shared by
 * metadata.test.ts (English, generated from the JSDoc) and localized.test.ts (zh-CN, es).
 * Rules from Excel's metadata reference (learn.microsoft.com, "Manually create JSON metadata for
 * custom functions" and "Custom functions naming and localization"): ids A–Z, 0–9, _ and ., names
 * Unicode letters, 0–9, _ and ., both starting with a letter and at least 3 characters; parameter
 * types any/boolean/number/string; dimensionality scalar or matrix.
 */
import type { FunctionMetadata, FunctionsMetadata } from "../../src/functions/i18n/localize";

export type { FunctionMetadata, FunctionsMetadata };

/** The ten functions of DESIGN §3 and the functions of later issues (#13: SIGTEST, PADJUST, DRIVERS; #14: RAKE; #15: PLS), in source order. */
export const IDS = ["CSI", "KANO", "GAP", "IPA", "PRIORITY", "NPS", "TOPBOX", "LEVELS", "ALPHA", "IMPORTANCE", "SIGTEST", "PADJUST", "DRIVERS", "RAKE", "PLS"];

/** A function's signature on one line: names, types, [optional], matrix marks and the result shape. */
export const signature = (f: FunctionMetadata): string =>
  `${f.id}(${f.parameters
    .map((p) => `${p.optional ? "[" : ""}${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`)
    .join(", ")}) → ${f.result.dimensionality === "matrix" ? "matrix" : "scalar"}`;

export const SIGNATURES = [
  "CSI(ratings:any[][], [weights:any[][]], [scale_min:number], [scale_max:number], [method:string], [case_weights:any[][]]) → scalar",
  "KANO(functional:any[][], dysfunctional:any[][], [output:string], [threshold:number], [max_questionable:number], [scale_points:number], [importance:any[][]]) → matrix",
  "GAP(perception:any[][], expectation:any[][], [weights:any[][]], [output:string]) → matrix",
  "IPA(importance:any[][], performance:any[][], [crosshair:any], [language:string]) → matrix",
  "PRIORITY(importance:any[][], performance:any[][], [scale_min:number], [scale_max:number]) → matrix",
  "NPS(scores:any[][], [output:string], [case_weights:any[][]]) → scalar",
  "TOPBOX(ratings:any[][], [boxes:number], [scale_max:number], [case_weights:any[][]]) → scalar",
  "LEVELS(ratings:any[][], [scale_min:number], [scale_max:number], [case_weights:any[][]]) → matrix",
  "ALPHA(items:any[][]) → scalar",
  "IMPORTANCE(items:any[][], overall:any[][], [method:string]) → matrix",
  // Issue #13: significance of differences.
  "SIGTEST(group_a:any[][], group_b:any[][], [measure:string], [output:string]) → matrix",
  "PADJUST(p_values:any[][], [method:string]) → matrix",
  "DRIVERS(items:any[][], overall:any[][], [method:string], [output:string], [case_weights:any[][]]) → matrix",
  // Issue #14: raking of case weights.
  "RAKE(groups:any[][], targets:any[][], [base_weights:any[][]], [max_iterations:number], [tolerance:number]) → matrix",
  // Issue #15: the PLS path model.
  "PLS(data:any[][], model:any[][], [output:string], [scheme:string], [target:any[][]]) → matrix",
];

export interface MetadataCheckOptions {
  /** What every function description must match: its worked example with the result, e.g. /Example: .*→/. */
  example: RegExp;
  /** Shortest acceptable parameter description (characters). */
  minParameterDescription?: number;
}

const ID = /^[A-Z][A-Z0-9._]{2,}$/;
const NAME = /^\p{L}[\p{L}0-9._]{2,}$/u;
const TYPES = ["any", "boolean", "number", "string"];

/** Every problem of a metadata object (empty = it passes): Excel's rules plus the project's documentation rules. */
export function metadataProblems(meta: FunctionsMetadata, o: MetadataCheckOptions): string[] {
  const out: string[] = [];
  const min = o.minParameterDescription ?? 10;
  if (!Array.isArray(meta.functions) || meta.functions.length === 0) return ["no functions"];
  const ids = meta.functions.map((f) => f.id);
  if (new Set(ids).size !== ids.length) out.push(`duplicate ids in ${ids.join(", ")}`);
  for (const f of meta.functions) {
    if (!ID.test(f.id)) out.push(`${f.id}: id is not A–Z, 0–9, _ and . starting with a letter`);
    if (!NAME.test(f.name)) out.push(`${f.id}: name '${f.name}' is not a valid function name`);
    if (!o.example.test(f.description ?? "")) out.push(`${f.id}: description has no example matching ${o.example}`);
    if (typeof f.result !== "object" || f.result === null) out.push(`${f.id}: no result object`);
    else if (f.result.dimensionality !== undefined && !["scalar", "matrix"].includes(f.result.dimensionality)) {
      out.push(`${f.id}: result dimensionality ${f.result.dimensionality}`);
    }
    const names = f.parameters.map((p) => p.name);
    if (new Set(names).size !== names.length) out.push(`${f.id}: duplicate parameter names`);
    let optionalSeen = false;
    for (const p of f.parameters) {
      const where = `${f.id}(${p.name})`;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) out.push(`${where}: parameter name`);
      if (!TYPES.includes(p.type ?? "")) out.push(`${where}: type ${p.type}`);
      if (p.dimensionality !== undefined && !["scalar", "matrix"].includes(p.dimensionality)) out.push(`${where}: dimensionality ${p.dimensionality}`);
      if ((p.description ?? "").trim().length <= min) out.push(`${where}: description shorter than ${min + 1} characters`);
      if (p.optional) optionalSeen = true;
      else if (optionalSeen) out.push(`${where}: required after an optional parameter`);
    }
  }
  return out;
}
