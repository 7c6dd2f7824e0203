/**
 * The long fuzz run (`npm run fuzz`): the same properties as test/fuzz/*.fuzz.test.ts with many
 * more cases — at least 10,000 per worksheet function (hostile arguments, near-valid answers
 * with extreme weights, invariants on valid data) and every hostile command-line file plus
 * random CSVs. Prints the cases per function, the defects found (with the seed and the shrunk
 * counterexample, to turn into a named test in test/fuzz/regressions.test.ts) and the time;
 * exits 1 on any defect.
 *
 * Bounded: a fixed number of cases (minutes, not hours). Options:
 *   --cases N     cases per function (default 10,000), split 40/40/20 over its three kinds
 *   --cli N       random CSVs for the command line (default 150)
 *   --seed S      fast-check seed (default: a fresh one, printed, so a failure can be replayed)
 *   --long N      length of the long hostile texts (default 200,000 characters)
 */
import "../test/helpers/customFunctionsShim";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import { fuzzProperties } from "../test/fuzz/properties";
import { fixedCliCases, randomCsvCase, runCliCase } from "../test/fuzz/cliCases";
import { describeArgs, FUNCTION_NAMES } from "../test/fuzz/hostile";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const x = Number(process.argv[i + 1]);
  if (!Number.isInteger(x) || x < 0) {
    console.error(`fuzz: --${name} needs a whole number, not ${process.argv[i + 1]}`);
    process.exit(2);
  }
  return x;
}

interface Defect {
  where: string;
  text: string;
}

async function main(): Promise<number> {
  const perFunction = option("cases", 10_000);
  const cliRandom = option("cli", 150);
  const seed = option("seed", Date.now() % 2 ** 31);
  const longSize = option("long", 200_000);
  const t0 = performance.now();
  console.log(`fuzz: seed ${seed}, ${perFunction.toLocaleString("en-US")} cases per function, long texts of ${longSize.toLocaleString("en-US")} characters`);

  const props = fuzzProperties(longSize);
  const share: Record<string, number> = { "hostile arguments": 0.4, "near-valid answers, extreme weights": 0.4 };
  const cases = new Map<string, number>(FUNCTION_NAMES.map((n) => [n, 0]));
  const seconds = new Map<string, number>(FUNCTION_NAMES.map((n) => [n, 0]));
  const defects: Defect[] = [];
  for (const p of props) {
    const runs = Math.ceil(perFunction * (share[p.name] ?? 0.2));
    const t = performance.now();
    const r = fc.check(p.property, { numRuns: runs, seed, endOnFailure: false }) as fc.RunDetails<[unknown]>; // synchronous properties
    seconds.set(p.fn, (seconds.get(p.fn) ?? 0) + (performance.now() - t) / 1000);
    cases.set(p.fn, (cases.get(p.fn) ?? 0) + r.numRuns);
    if (r.failed) {
      const counter = r.counterexample ? describeArgs(r.counterexample) : "(none)";
      const why = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
      defects.push({
        where: `${p.fn}: ${p.name}`,
        text: `${why.split("\n")[0]}\n      counterexample ${counter}\n      replay: --seed ${seed} (path ${r.counterexamplePath})`,
      });
    }
    process.stdout.write(`  ${p.fn.padEnd(10)} ${p.name.padEnd(70).slice(0, 70)} ${String(r.numRuns).padStart(6)} cases ${r.failed ? "DEFECT" : "ok"}\n`);
  }

  const dir = mkdtempSync(join(tmpdir(), "cs-fuzz-"));
  let cliCases = 0;
  const tc = performance.now();
  try {
    const all = [...fixedCliCases(), ...fc.sample(randomCsvCase, { numRuns: cliRandom, seed })];
    for (const c of all) {
      const o = await runCliCase(c, join(dir, `case-${cliCases++}`));
      if (o.problems.length > 0) defects.push({ where: `cli: ${c.name}`, text: o.problems.join("; ") });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cliSeconds = (performance.now() - tc) / 1000;

  console.log("\nfunction    cases    seconds");
  for (const n of FUNCTION_NAMES) console.log(`${n.padEnd(10)} ${String(cases.get(n)).padStart(7)}  ${(seconds.get(n) ?? 0).toFixed(1).padStart(8)}`);
  console.log(
    `${"cli".padEnd(10)} ${String(cliCases).padStart(7)}  ${cliSeconds.toFixed(1).padStart(8)}   (${fixedCliCases().length} fixed hostile files + ${cliRandom} random CSVs)`,
  );
  const total = [...cases.values()].reduce((s, x) => s + x, 0) + cliCases;
  console.log(`\n${total.toLocaleString("en-US")} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${defects.length} defect(s)`);
  for (const d of defects) console.log(`  DEFECT ${d.where}: ${d.text}`);
  return defects.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`fuzz: the runner itself failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
