/**
 * LocalizedFunctionsMetadataPlugin (webpack.config.js) on a stand-in compiler: it derives
 * functions.zh-CN.json and functions.es.json from the functions.json asset at the "derived" stage,
 * watches the catalogues and fails the compilation when a catalogue does not fit. The real webpack
 * run is build.test.ts.
 */
import * as path from "path";
import { Compilation } from "webpack";
import es from "../../src/functions/i18n/es.json";
import { localizeMetadata, type FunctionsMetadata } from "../../src/functions/i18n/localize";
import zhCN from "../../src/functions/i18n/zh-CN.json";
import golden from "../functions/functions.golden.json";

interface Plugin {
  apply(compiler: unknown): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LocalizedFunctionsMetadataPlugin } = require("../../webpack.config.js") as {
  LocalizedFunctionsMetadataPlugin: new (source?: string) => Plugin;
};

interface Run {
  stage: number;
  emitted: Map<string, string>;
  errors: string[];
  watched: string[];
}

/** Applies the plugin to a stand-in compiler whose compilation holds `assets`, and runs its processAssets step. */
function run(assets: Record<string, string>, priorErrors: string[] = []): Run {
  const result: Run = { stage: NaN, emitted: new Map(), errors: [...priorErrors], watched: [] };
  let compilationHook: ((c: unknown) => void) | undefined;
  new LocalizedFunctionsMetadataPlugin("functions.json").apply({
    hooks: { thisCompilation: { tap: (_: string, fn: (c: unknown) => void) => (compilationHook = fn) } },
  });
  let processAssets: (() => void) | undefined;
  compilationHook?.({
    hooks: {
      processAssets: {
        tap: (o: { stage: number }, fn: () => void) => {
          result.stage = o.stage;
          processAssets = fn;
        },
      },
    },
    getAsset: (name: string) => (name in assets ? { source: { source: () => assets[name] } } : undefined),
    emitAsset: (name: string, source: { source: () => string | Buffer }) => result.emitted.set(name, source.source().toString()),
    errors: {
      get length() {
        return result.errors.length;
      },
      push: (e: Error) => result.errors.push(e.message),
    },
    fileDependencies: { add: (f: string) => result.watched.push(f) },
  });
  processAssets?.();
  return result;
}

const english = golden as unknown as FunctionsMetadata;

test("derives functions.zh-CN.json and functions.es.json from functions.json after the metadata plugin added it", () => {
  const r = run({ "functions.json": JSON.stringify(english) });
  expect(r.errors).toEqual([]);
  expect(r.stage).toBe(Compilation.PROCESS_ASSETS_STAGE_DERIVED);
  expect([...r.emitted.keys()]).toEqual(["functions.zh-CN.json", "functions.es.json"]);
  expect(JSON.parse(r.emitted.get("functions.zh-CN.json") ?? "")).toEqual(localizeMetadata(english, zhCN));
  expect(JSON.parse(r.emitted.get("functions.es.json") ?? "")).toEqual(localizeMetadata(english, es));
  const i18n = path.join(__dirname, "..", "..", "src", "functions", "i18n");
  expect(r.watched).toEqual([path.join(i18n, "zh-CN.json"), path.join(i18n, "es.json")]);
});

test("fails the build, naming the catalogue and the function, when a catalogue lacks a function", () => {
  const grown = JSON.parse(JSON.stringify(english)) as FunctionsMetadata;
  grown.functions.push({ id: "CES", name: "CES", description: "Customer effort score.", parameters: [], result: {} });
  const r = run({ "functions.json": JSON.stringify(grown) });
  expect(r.emitted.size).toBe(0);
  expect(r.errors).toEqual([
    expect.stringMatching(/src\/functions\/i18n\/zh-CN\.json does not fit the functions metadata:\n {2}CES: no translation$/),
    expect.stringMatching(/src\/functions\/i18n\/es\.json does not fit the functions metadata:\n {2}CES: no translation$/),
  ]);
});

test("reports a missing functions.json, unless the metadata plugin already reported why", () => {
  expect(run({}).errors).toEqual(["LocalizedFunctionsMetadataPlugin: no functions.json to localize"]);
  expect(run({}, ["functions.ts: JSDoc error"]).errors).toEqual(["functions.ts: JSDoc error"]);
});
