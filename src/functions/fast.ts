/**
 * Fast paths: a function may declare one next to its argument table (runner.ts defineScalar /
 * defineSpill). After the options are converted it reads the raw data ranges itself in one fused
 * pass (scan.ts) and gives the same result, or declines and the general conversion runs from the
 * start. So every problem with a cell is reported by the general path; the other arguments and
 * the statistics go through the same converters and engine code.
 */
import {
  DATA_KINDS,
  type ArgSpec,
  type ChoiceSpec,
  type Converted,
  type CrosshairSpec,
  type KanoSpec,
  type LanguageSpec,
  type NumberSpec,
  type ProfileSpec,
  type RatingsColumnSpec,
  type RatingsSpec,
  type RawArgs,
  type ScoresSpec,
} from "./args";
import { convertOptions, convertRanges, type Conversion } from "./convert";
import { isOmitted } from "./options";
import { rectangular, type Range, type Shape } from "./ranges";

type OptionSpec = NumberSpec | ChoiceSpec | CrosshairSpec | LanguageSpec;
type DataSpec = RatingsSpec | RatingsColumnSpec | ProfileSpec | KanoSpec | ScoresSpec;

/** The converted options of a table, by name. */
export type OptionsOf<T extends readonly ArgSpec[]> = {
  readonly [S in Extract<T[number], OptionSpec> as S["name"]]: Converted<S>;
};
/** The names of a table's data ranges (ratings, Kano answers, …). */
export type DataNames<T extends readonly ArgSpec[]> = Extract<T[number], DataSpec>["name"];
/** Every converted argument except the data ranges (options, weights). */
export type RestOf<T extends readonly ArgSpec[]> = {
  readonly [S in Exclude<T[number], DataSpec> as S["name"]]: Converted<S>;
};

/** What a fast path sees of a call. */
export interface FastArgs<T extends readonly ArgSpec[]> {
  /** The converted options (already checked, errors as usual). */
  readonly options: OptionsOf<T>;
  /** False for an omitted argument (or empty text). */
  given(name: T[number]["name"]): boolean;
  /** A data range's raw cells when it is a non-empty rectangular range, else undefined. */
  cells(name: DataNames<T>): Range | undefined;
  /**
   * After the fast path has read every data range itself (with these shapes): the other range
   * arguments (weights), converted and checked as usual, in table order.
   */
  rest(shapes: { readonly [K in DataNames<T>]: Shape }): RestOf<T>;
}

/**
 * A fused fast path of a function: reads the raw data ranges in one pass and returns the result,
 * or undefined when any cell needs the general conversion (labels on a detected scale, off-scale
 * values, ragged ranges, …), which then runs from the start and reports the first problem as
 * usual. It must give exactly the general path's result (tests compare both).
 */
export type FastPath<T extends readonly ArgSpec[], R> = (f: FastArgs<T>) => R | undefined;

function fastArgs<T extends readonly ArgSpec[]>(conv: Conversion): FastArgs<T> {
  return {
    options: Object.fromEntries(conv.values) as OptionsOf<T>,
    given: (name) => !isOmitted(conv.rawOf(name)),
    cells: (name) => rectangular(conv.rawOf(name)),
    rest: (shapes) => {
      for (const [name, shape] of Object.entries(shapes) as [string, Shape][]) conv.shapes.set(name, shape);
      convertRanges(conv, (s) => !DATA_KINDS.has(s.kind));
      return Object.fromEntries(conv.values) as RestOf<T>;
    },
  };
}

/** The fast path's result, or undefined to take the general path (also when there is none). */
export function tryFast<T extends readonly ArgSpec[], R>(specs: T, raw: RawArgs<T>, fast: FastPath<T, R> | undefined): R | undefined {
  if (fast === undefined) return undefined;
  return fast(fastArgs<T>(convertOptions(specs, raw)));
}
