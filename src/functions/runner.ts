/**
 * The one runner of the worksheet functions: converts and checks the raw Excel arguments from a
 * function's argument table (args.ts, convert.ts), calls the body, and turns every failure into
 * an Excel error value (errors.ts) and every result into cells Excel may show (results.ts).
 * Nothing here throws to Excel.
 *
 * A function is declared once (defineScalar / defineSpill): its argument table, its body and,
 * optionally, its fast path (fast.ts). `run(raw)` takes the fast path when there is one;
 * `run(raw, { fastPath: false })` only the general path (tests compare both) — a choice per call,
 * not a global switch.
 */
import { defineArgs, type ArgSpec, type ArgsOf, type RawArgs } from "./args";
import { convertAll } from "./convert";
import { toExcelError } from "./errors";
import { tryFast, type FastPath } from "./fast";
import { resultCell, resultMatrix, type Cell } from "./results";

/** How to run one call. */
export interface RunOptions {
  /** False: the general path only, even when the function has a fast path (default true). */
  readonly fastPath?: boolean;
}

/** Run a function with a single-value result; never throws. */
export function runScalar<const T extends readonly ArgSpec[], R extends number | string | boolean>(
  specs: T,
  raw: RawArgs<T>,
  body: (a: ArgsOf<T>) => R,
  fast?: FastPath<T, R>,
): R | CustomFunctions.Error {
  try {
    // resultCell keeps the type of a value (a number stays a number or becomes an error).
    const quick = tryFast(specs, raw, fast);
    if (quick !== undefined) return resultCell(quick) as R | CustomFunctions.Error;
    return resultCell(body(convertAll(specs, raw))) as R | CustomFunctions.Error;
  } catch (e) {
    return toExcelError(e);
  }
}

/**
 * Run a function with a spilled (matrix) result; never throws. A failure of the whole function
 * is a 1×1 matrix holding the error value; failures of single cells stay in their cells.
 */
export function runSpill<const T extends readonly ArgSpec[]>(
  specs: T,
  raw: RawArgs<T>,
  body: (a: ArgsOf<T>) => readonly (readonly Cell[])[],
  fast?: FastPath<T, readonly (readonly Cell[])[]>,
): Cell[][] {
  try {
    const quick = tryFast(specs, raw, fast);
    if (quick !== undefined) return resultMatrix(quick);
    return resultMatrix(body(convertAll(specs, raw)));
  } catch (e) {
    return [[toExcelError(e)]];
  }
}

/** A declared worksheet function: its checked argument table and how to run a call. */
export interface WorksheetFunction<T extends readonly ArgSpec[], Out> {
  readonly name: string;
  readonly args: T;
  /** True when the function declares a fast path. */
  readonly hasFastPath: boolean;
  run(raw: RawArgs<T>, options?: RunOptions): Out;
}

/** What both declarations share: the checked table, and the fast path unless a call turns it off. */
function declare<const T extends readonly ArgSpec[], F, Out>(
  name: string,
  args: T,
  fast: F | undefined,
  run: (specs: T, raw: RawArgs<T>, fast: F | undefined) => Out,
): WorksheetFunction<T, Out> {
  const specs = defineArgs(name, args);
  return {
    name,
    args: specs,
    hasFastPath: fast !== undefined,
    run: (raw, options = {}) => run(specs, raw, options.fastPath === false ? undefined : fast),
  };
}

/** Declare a function with a single-value result: table (checked by defineArgs), body, fast path. */
export function defineScalar<const T extends readonly ArgSpec[], R extends number | string | boolean>(
  name: string,
  args: T,
  body: (a: ArgsOf<T>) => R,
  fast?: FastPath<T, R>,
): WorksheetFunction<T, R | CustomFunctions.Error> {
  return declare(name, args, fast, (specs, raw, f) => runScalar(specs, raw, body, f));
}

/** Declare a function with a spilled result: table (checked by defineArgs), body, fast path. */
export function defineSpill<const T extends readonly ArgSpec[]>(
  name: string,
  args: T,
  body: (a: ArgsOf<T>) => readonly (readonly Cell[])[],
  fast?: FastPath<T, readonly (readonly Cell[])[]>,
): WorksheetFunction<T, Cell[][]> {
  return declare(name, args, fast, (specs, raw, f) => runSpill(specs, raw, body, f));
}
