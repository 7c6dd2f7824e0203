/**
 * Every exported engine function has a checked doc block (issue #12 item 6): the checker
 * (docBlocks.ts) on src/engine, the doctest (doctest.ts) of every `@example`, and both on
 * fixtures broken on purpose, to show they catch what they claim to.
 * The examples' values are the published worked examples where a block says "Worked example"
 * (DESIGN.md / README: ACSI 74.6111, NPS 25, Kano M9 O10 A1 I2 R3, SERVQUAL −0.858/−0.894, α
 * 0.9795918, t margin 1.0816), else small cases computed independently by hand (each can be
 * redone on paper: e.g. r = 6/√60 from the deviations, s = √(32/7) for 2, 4, 4, 4, 5, 5, 7, 9).
 */
import * as path from "path";
import * as engine from "../../src/engine";
import { MESSAGE_KEYS } from "../../src/engine/messageKeys";
import { checkDocBlocks, exportedFunctions, memoryHost, programOf, type CheckOptions } from "./docBlocks";
import { compareExpected, runExample } from "./doctest";

const ENGINE = path.resolve(__dirname, "../../src/engine");
/** Helpers the engine modules share but index.ts does not export (checked only if it ever does). */
const INTERNAL = [
  "validate.ts",
  "messageKeys.ts",
  "messageText.ts",
  "driverMath.ts",
  "mulberry32.ts",
  "pls/qualityChecks.ts",
  "pls/moments.ts",
  "pls/inner.ts",
];
/** Keys the throw analysis finds through helpers that cannot arise from these functions' own calls (each with why). */
const NO_LEVELS = "answers are checked against a range (offScale without levels), never as integer levels";
const NO_SCALE = "no scale is passed: only the finite range is checked, which a finite answer always meets";
const SPLIT_SIZE = "the beta solve gets Rxx as k×k and rxy with k values, both cut from one (k+1)² system by split";
const CANNOT_RAISE: CheckOptions["cannotRaise"] = {
  "pls/estimate.ts:estimatePls": {
    collinear: "the Mode B solve catches it and throws plsModeBSingular (inner.ts: plsCollinearPaths)",
    systemMatrixSize: "the Mode B system is built as k×k with k values from one block",
  },
  "pls/estimate.ts:estimatePlsOnColumns": {
    collinear: "the Mode B solve catches it and throws plsModeBSingular (inner.ts: plsCollinearPaths)",
    systemMatrixSize: "the Mode B system is built as k×k with k values from one block",
  },
  "significance.ts:welchTest": { noAnswersMean: "checkGroup has required at least 2 answers in each group before the means are taken" },
  "csi.ts:csi": {
    csiMeanOffScale: "columnMoments checked every answer against the same scale (a mean a few ulps off is snapped)",
    notLevel: NO_LEVELS,
    notAList: "the means come from columnMoments, always a list",
  },
  "describe.ts:columnMoments": { notLevel: NO_LEVELS },
  "describe.ts:columnMeans": { notLevel: NO_LEVELS },
  "describe.ts:vectorMoments": { notLevel: NO_LEVELS },
  "describe.ts:mean": { notLevel: NO_LEVELS, badScale: NO_SCALE, outsideScale: NO_SCALE },
  "describe.ts:meanConfidenceInterval": { notLevel: NO_LEVELS, badScale: NO_SCALE, outsideScale: NO_SCALE },
  "describe.ts:standardDeviation": { notLevel: NO_LEVELS, badScale: NO_SCALE, outsideScale: NO_SCALE },
  "gap.ts:servperf": { notLevel: NO_LEVELS, badScale: NO_SCALE, outsideScale: NO_SCALE },
  "importance.ts:derivedImportance": {
    notLists: "each column and overall are lists of the rows' length (checked first)",
    pairCountMismatch: "each column and overall are lists of the rows' length (checked first)",
    systemMatrixSize: "betaWeights builds R as k×k and r with k values",
  },
  "ipa.ts:crosshair": {
    noValuesMedian: "checkPair rejects no attributes first (noAttributes)",
    textNotANumber: "median gets lists checkFiniteList has checked",
    emptyCellNotANumber: "median gets lists checkFiniteList has checked",
    notANumber: "median gets lists checkFiniteList has checked",
  },
  "ipa.ts:ipa": {
    noValuesMedian: "checkPair rejects no attributes first (noAttributes)",
    textNotANumber: "median gets lists checkFiniteList has checked",
    emptyCellNotANumber: "median gets lists checkFiniteList has checked",
    notANumber: "median gets lists checkFiniteList has checked",
  },
  "kano.ts:kano": { worseUndefined: "kanoEvaluate raises betterUndefined for the same case first" },
  "kano.ts:kanoEvaluate": { worseUndefined: "kanoEvaluate raises betterUndefined for the same case first" },
  "kano.ts:kanoEvaluateLenient": {
    betterUndefined: "Better is computed only when A + O + M + I > 0",
    worseUndefined: "Worse is computed only when A + O + M + I > 0",
  },
  "levels.ts:levelCounts": { outsideScale: "offScale is called with levels: off-scale answers are notLevel" },
  "levels.ts:levelDistribution": { outsideScale: "offScale is called with levels: off-scale answers are notLevel" },
  "levels.ts:topBox": { outsideScale: "offScale is called with levels: off-scale answers are notLevel" },
  "drivers.ts:driversFromCorrelations": { systemMatrixSize: SPLIT_SIZE },
  "drivers.ts:driversFromCrossProducts": { systemMatrixSize: SPLIT_SIZE },
  "drivers.ts:keyDrivers": { systemMatrixSize: SPLIT_SIZE },
  "drivers.ts:keyDriverSteps": { systemMatrixSize: SPLIT_SIZE },
  "drivers.ts:keyDriverIntervals": { systemMatrixSize: SPLIT_SIZE },
  "nps.ts:npsCounts": { outsideScale: "offScale is called with levels: a score off 0–10 is notLevel" },
  "nps.ts:nps": { outsideScale: "offScale is called with levels: a score off 0–10 is notLevel" },
};
const OPTS: CheckOptions = { dir: ENGINE, internal: INTERNAL, messageKeys: MESSAGE_KEYS, cannotRaise: CANNOT_RAISE };

describe("engine doc blocks", () => {
  const program = programOf(ENGINE);
  const functions = exportedFunctions(program, OPTS);

  it("finds the engine's exported functions (index.ts's exports and every non-internal file's)", () => {
    const names = functions.map((f) => `${f.file}:${f.name}`);
    for (const n of ["describe.ts:columnMoments", "kano.ts:kanoEvaluate", "accumulators/moments.ts:addToMoments", "errors.ts:withLocation"]) {
      expect(names).toContain(n);
    }
    // Every function index.ts exports at run time is among them (the checker misses none).
    const runtime = Object.entries(engine)
      .filter(([, v]) => typeof v === "function" && !/^class\s/.test(Function.prototype.toString.call(v)))
      .map(([k]) => k);
    expect(runtime.filter((k) => !functions.some((f) => f.name === k))).toEqual([]);
  });

  it("every exported function has a complete block (summary, @param, @returns, @throws, @example)", () => {
    const problems = checkDocBlocks(program, OPTS).map((p) => `${p.where}: ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it("every @example runs and shows its result", () => {
    const failures: string[] = [];
    for (const f of functions) {
      for (const ex of f.examples) {
        for (const x of runExample(ex, engine)) failures.push(`${f.file}:${f.name} example line ${x.line}: ${x.problem}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

const FIXTURE_DIR = path.resolve("/virtual/engine");
const FIXTURE_OPTS: CheckOptions = { dir: FIXTURE_DIR, internal: ["validate.ts"], messageKeys: ["badScale", "noAnswersMean", "notANumber"] };
const abs = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(FIXTURE_DIR, k), v]));
const fixture = (files: Record<string, string>) =>
  checkDocBlocks(programOf(FIXTURE_DIR, memoryHost(abs(files))), FIXTURE_OPTS).map((p) => `${p.where}: ${p.problem}`);
const ERRORS = `export class CsError extends Error { constructor(readonly code: string, readonly key: string) { super(key); } }`;
const VALIDATE = `import { CsError } from "./errors";
export function checkScale(min: number, max: number): void { if (!(min < max)) throw new CsError("num", "badScale"); }`;
const GOOD_BLOCK = `/**
 * Mean of the scale's bounds: (min + max)/2.
 * @param min the lowest point
 * @param max the highest point
 * @returns the midpoint
 * @throws {CsError} num badScale — min ≥ max
 * @example
 * midpoint(1, 5); // → 3
 */`;
/** Raises badScale through the helper and noAnswersMean directly. */
const TWO_KEYS = `export function midpoint(min: number, max: number): number { checkScale(min, max); if (min === max) throw new CsError("div0", "noAnswersMean"); return (min + max) / 2; }`;
const MIDPOINT = `export function midpoint(min: number, max: number): number { checkScale(min, max); return (min + max) / 2; }`;

describe("the checker on fixtures broken on purpose", () => {
  const module = (block: string, fn = MIDPOINT, extra = "") =>
    fixture({
      "errors.ts": ERRORS,
      "validate.ts": VALIDATE,
      "index.ts": `export * from "./mid";`,
      "mid.ts": `import { CsError } from "./errors";\nimport { checkScale } from "./validate";\n${block}\n${fn}\n${extra}`,
    });

  it("passes a complete block, and checks internal helpers only through the functions that call them", () => {
    expect(module(GOOD_BLOCK)).toEqual([]);
  });

  it("names a missing block, a missing @param, an unknown @param, a missing @returns and @example", () => {
    expect(module("")).toEqual(["mid.ts:midpoint: no doc block"]);
    const broken = GOOD_BLOCK.replace(" * @param max the highest point\n", " * @param maximum the highest point\n")
      .replace(" * @returns the midpoint\n", "")
      .replace(/ \* @example\n.*\n/, "");
    expect(module(broken)).toEqual([
      "mid.ts:midpoint: parameter max has no @param",
      "mid.ts:midpoint: @param maximum names no parameter",
      "mid.ts:midpoint: no @returns",
      "mid.ts:midpoint: no @example",
    ]);
  });

  it("names an example that does not call its function, and answers without a blank policy", () => {
    expect(module(GOOD_BLOCK.replace("midpoint(1, 5); // → 3", "(1 + 5) / 2; // → 3"))).toEqual(["mid.ts:midpoint: @example does not call midpoint"]);
    const block = "/**\n * The first answer.\n * @param values answers\n * @returns the first\n * @example\n * first([2]); // → 2\n */";
    const typed = `export function first(values: readonly Answer[]): Answer { return values[0]; }`;
    const answerType = "export type Answer = number | null;";
    expect(module(block, typed, answerType)).toEqual(["mid.ts:first: takes answers but states no blank policy"]);
    expect(module(block.replace("The first answer.", "The first answer. Blank policy: kept."), typed, answerType)).toEqual([]);
  });

  it("names a throwing function without @throws (direct or through a helper), and a wrong key or code", () => {
    const noThrows = GOOD_BLOCK.replace(/ \* @throws.*\n/, "");
    expect(module(noThrows)).toEqual(["mid.ts:midpoint: can throw a CsError but has no @throws"]);
    const direct = `export function midpoint(min: number, max: number): number { if (!(min < max)) throw new CsError("num", "badScale"); return (min + max) / 2; }`;
    const either = direct.replace(
      'throw new CsError("num", "badScale")',
      'throw min > max ? new CsError("num", "badScale") : new CsError("div0", "noAnswersMean")',
    );
    expect(module(GOOD_BLOCK, either)).toEqual(["mid.ts:midpoint: throws 'noAnswersMean' but no @throws names it"]);
    expect(module(noThrows, direct)).toEqual([
      "mid.ts:midpoint: can throw a CsError but has no @throws",
      "mid.ts:midpoint: throws 'badScale' but no @throws names it",
    ]);
    expect(module(GOOD_BLOCK.replace("num badScale", "div0 badScale"))).toEqual(["mid.ts:midpoint: @throws key 'badScale' is raised as num, not div0"]);
    expect(module(GOOD_BLOCK.replace("num badScale", "num noAnswersMean"))).toEqual(["mid.ts:midpoint: @throws key 'noAnswersMean' cannot be raised here"]);
    expect(module(GOOD_BLOCK.replace("num badScale", "num badScal"))).toEqual(["mid.ts:midpoint: @throws key 'badScal' is not a message key"]);
    const never = `export function midpoint(min: number, max: number): number { return (min + max) / 2; }`;
    expect(module(GOOD_BLOCK, never)).toEqual(["mid.ts:midpoint: has @throws but cannot throw"]);
  });

  it("with cannotRaise, names a helper's key missing from @throws, and a stale excuse", () => {
    const files = (block: string) => ({
      "errors.ts": ERRORS,
      "validate.ts": VALIDATE,
      "index.ts": `export * from "./mid";`,
      "mid.ts": `import { CsError } from "./errors";\nimport { checkScale } from "./validate";\n${block}\n${TWO_KEYS}`,
    });
    const check = (block: string, cannotRaise: CheckOptions["cannotRaise"]) =>
      checkDocBlocks(programOf(FIXTURE_DIR, memoryHost(abs(files(block)))), { ...FIXTURE_OPTS, cannotRaise }).map((p) => `${p.where}: ${p.problem}`);
    expect(check(GOOD_BLOCK, {})).toEqual(["mid.ts:midpoint: throws 'noAnswersMean' but no @throws names it"]);
    const both = GOOD_BLOCK.replace(" * @example", " * @throws {CsError} div0 noAnswersMean — no points\n * @example");
    expect(check(both, {})).toEqual([]);
    const onlyDirect = both.replace(/ \* @throws \{CsError\} num badScale.*\n/, "");
    expect(check(onlyDirect, {})).toEqual([
      "mid.ts:midpoint: may raise 'badScale' (through a helper): name it in @throws, or say why it cannot arise (cannotRaise)",
    ]);
    expect(check(onlyDirect, { "mid.ts:midpoint": { badScale: "a reason" } })).toEqual([]);
    expect(check(both, { "mid.ts:midpoint": { badScale: "stale" }, "mid.ts:gone": {} })).toEqual([
      "mid.ts:midpoint: cannotRaise lists 'badScale', which is in its @throws",
      "mid.ts:gone: cannotRaise names no exported function",
    ]);
  });

  it("covers a new file that index.ts does not export yet, and a void function needs no @returns", () => {
    const files = {
      "errors.ts": ERRORS,
      "validate.ts": VALIDATE,
      "index.ts": "export {};",
      "drivers.ts": "export function drive(x: number): void { void x; }",
    };
    expect(fixture(files)).toEqual(["drivers.ts:drive: no doc block"]);
    const doc = "/**\n * Nothing.\n * @param x a number\n * @example\n * drive(1); // → undefined\n */\n";
    expect(fixture({ ...files, "drivers.ts": doc + files["drivers.ts"] })).toEqual([]);
  });
});

describe("the doctest on examples broken on purpose", () => {
  const scope = { ...engine };

  it("passes true results: numbers to the shown decimals, arrays, objects, errors", () => {
    expect(runExample("mean([1, 2, null, 4]); // → 2.3333", scope)).toEqual([]);
    expect(runExample("const m = vectorMoments([4, 5]);\nm; // → { n: 2, sumW: 2, sumW2: 2, sum: 9, sumSq: 41 }", scope)).toEqual([]);
    expect(runExample("levelCounts([1, 2, 2], 1, 3); // → [1, 2, 0]", scope)).toEqual([]);
    expect(runExample("mean([]); // → throws div0 noAnswersMean", scope)).toEqual([]);
    expect(runExample("pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]); // → 6 / Math.sqrt(60)", scope)).toEqual([]);
  });

  it("fails a wrong number, a wrong decimal, a wrong array, an unexpected throw and a missing result", () => {
    expect(runExample("mean([1, 2, null, 4]); // → 2.3334", scope)[0].problem).toMatch(/result is 2\.333/);
    expect(runExample("mean([1, 2]); // → 1", scope)[0].problem).toMatch(/result is 1\.5/);
    expect(runExample("levelCounts([1, 2, 2], 1, 3); // → [1, 2]", scope)[0].problem).toMatch(/has 3 elements, not 2/);
    expect(runExample("vectorMoments([4]); // → { n: 1, sum: 4 }", scope)[0].problem).toMatch(/more fields: sumW, sumW2, sumSq/);
    expect(runExample("mean([]); // → 0", scope)[0].problem).toMatch(/threw CsError/);
    expect(runExample("mean([1]); // → throws div0 noAnswersMean", scope)[0].problem).toMatch(/expected a CsError div0 noAnswersMean, got 1/);
    expect(runExample("mean([1]);", scope)).toEqual([{ line: 0, problem: "no `// → value` line" }]);
    expect(runExample("const x = mean([1]); // → 1", scope)[0].problem).toMatch(/on a declaration/);
  });

  it("compares a number to the decimals shown, not more", () => {
    expect(compareExpected(true, 0.77459667, "0.7746")).toBeUndefined();
    expect(compareExpected(true, 0.77459667, "0.7745")).toMatch(/result is/);
    expect(compareExpected(true, -0.858, "-0.858")).toBeUndefined();
    expect(compareExpected(true, new Float64Array([1, 0]), "[1, 0]")).toBeUndefined();
  });
});
