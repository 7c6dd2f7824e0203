/**
 * functions.json as Excel will read it: generateCustomFunctionsMetadata() (the library behind
 * CustomFunctionsMetadataPlugin; its CLI exits 0 even on errors) run on src/functions/functions.ts
 * must report no errors and equal the golden file test/functions/functions.golden.json.
 *
 * After an intended change to the JSDoc or the signatures, update the golden file with
 *   UPDATE_GOLDEN=1 npx jest test/functions/metadata
 * and review the diff.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata, type IGenerateResult } from "custom-functions-metadata";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
const GOLDEN = path.join(__dirname, "functions.golden.json");
const IDS = ["CSI", "KANO", "GAP", "IPA", "PRIORITY", "NPS", "TOPBOX", "LEVELS", "ALPHA", "IMPORTANCE"];

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

let generated: IGenerateResult;
let functions: FunctionMeta[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE, false);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMeta[] }).functions;
  if (process.env.UPDATE_GOLDEN === "1" && generated.errors.length === 0) {
    fs.writeFileSync(GOLDEN, `${JSON.stringify(JSON.parse(generated.metadataJson), null, 2)}\n`);
  }
});

describe("functions.json generated from src/functions/functions.ts", () => {
  test("no errors", () => {
    expect(generated.errors).toEqual([]);
  });

  test("equals the golden file (UPDATE_GOLDEN=1 npx jest test/functions/metadata to update)", () => {
    const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as unknown;
    expect(JSON.parse(generated.metadataJson)).toEqual(golden);
  });

  test("the ten functions of DESIGN §3, id = name, each associated with its JavaScript function", () => {
    expect(functions.map((f) => f.id)).toEqual(IDS);
    expect(functions.map((f) => f.name)).toEqual(IDS);
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual(IDS.map((id) => [id, id]));
  });

  test("every function and parameter is described; descriptions give an example with its result", () => {
    for (const f of functions) {
      expect({ id: f.id, example: /Example: .*→/.test(f.description ?? "") }).toEqual({ id: f.id, example: true });
      for (const p of f.parameters) expect({ id: f.id, p: p.name, described: (p.description ?? "").length > 10 }).toMatchObject({ described: true });
    }
  });

  test("signatures: parameter names, types, dimensionality, optional flags; result shape", () => {
    const sig = (f: FunctionMeta) =>
      `${f.id}(${f.parameters
        .map((p) => `${p.optional ? "[" : ""}${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`)
        .join(", ")}) → ${f.result.dimensionality === "matrix" ? "matrix" : "scalar"}`;
    expect(functions.map(sig)).toEqual([
      "CSI(ratings:any[][], [weights:any[][]], [scale_min:number], [scale_max:number], [method:string], [case_weights:any[][]]) → scalar",
      "KANO(functional:any[][], dysfunctional:any[][], [output:string], [threshold:number]) → matrix",
      "GAP(perception:any[][], expectation:any[][], [weights:any[][]], [output:string]) → matrix",
      "IPA(importance:any[][], performance:any[][], [crosshair:any]) → matrix",
      "PRIORITY(importance:any[][], performance:any[][], [scale_min:number], [scale_max:number]) → matrix",
      "NPS(scores:any[][], [output:string], [case_weights:any[][]]) → scalar",
      "TOPBOX(ratings:any[][], [boxes:number], [scale_max:number], [case_weights:any[][]]) → scalar",
      "LEVELS(ratings:any[][], [scale_min:number], [scale_max:number], [case_weights:any[][]]) → matrix",
      "ALPHA(items:any[][]) → scalar",
      "IMPORTANCE(items:any[][], overall:any[][], [method:string]) → matrix",
    ]);
  });
});
