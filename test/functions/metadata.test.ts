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
import { IDS, metadataProblems, signature, SIGNATURES, type FunctionMetadata, type FunctionsMetadata } from "./metadataShape";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
const GOLDEN = path.join(__dirname, "functions.golden.json");

let generated: IGenerateResult;
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE, false);
  functions = (JSON.parse(generated.metadataJson) as FunctionsMetadata).functions;
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

  test("every function and parameter is described; descriptions give an example with its result; Excel's naming and type rules", () => {
    expect(metadataProblems(JSON.parse(generated.metadataJson) as FunctionsMetadata, { example: /Example: .*→/ })).toEqual([]);
  });

  test("signatures: parameter names, types, dimensionality, optional flags; result shape", () => {
    expect(functions.map(signature)).toEqual(SIGNATURES);
  });
});
