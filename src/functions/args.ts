/**
 * The argument table of the worksheet functions (HyperFormula-style).
 *
 * Each function lists its arguments once, as a typed table: the kind of each argument (ratings
 * matrix on a scale, Kano answers, NPS scores, weights, an optional number with a default and a
 * range, an optional choice). convert.ts converts and checks every argument from that table, so the
 * function bodies in functions.ts only call the engine. The body receives the converted arguments
 * by name, typed from the table (`ArgsOf`), and the wrapper's raw arguments are typed against it
 * positionally (`RawArgs`).
 *
 * Cell policy (all range kinds): rows are respondents, columns are attributes; messages name the
 * cell relative to the range ("row 14, column 3: …"). Blank = null, undefined, "", white space,
 * a known non-answer ("N/A", "不知道", "NS/NC", "-") and 0 outside the scale (Excel desktop
 * passes the empty cells of number ranges as 0). Parsing is src/survey/parse.ts.
 */
import type { CrosshairMode } from "../engine/ipa";
import type { ReportLanguage } from "../report/plan";
import type { Answer, KanoAnswer, Scale } from "../survey/types";

/**
 * Where a ratings argument's scale comes from: two number arguments (by name) or fixed numbers;
 * or `{ detect: [...] }` = guessed from the cells of the listed arguments together (see
 * detectRatingScale in survey/scale.ts), for functions without scale arguments.
 */
export type ScaleFrom = { readonly min: string | number; readonly max: string | number } | { readonly detect: readonly string[] };

interface Named {
  readonly name: string;
}

/** Respondents × K ratings (numbers or Likert labels) on a scale. */
export interface RatingsSpec extends Named {
  readonly kind: "ratings";
  readonly scale: ScaleFrom;
  /** Must have the same rows and columns as this argument. */
  readonly sameShapeAs?: string;
}

/** One column of ratings, one per respondent (e.g. overall satisfaction). */
export interface RatingsColumnSpec extends Named {
  readonly kind: "ratingsColumn";
  readonly scale: ScaleFrom;
  /** Must have as many rows as this argument. */
  readonly sameRowsAs?: string;
}

/**
 * Per-attribute values given either as respondents × K ratings (column means are taken) or as a
 * single row of K values (already means, or derived importance). One row = already means.
 */
export interface ProfileSpec extends Named {
  readonly kind: "profile";
  /** Scale of the ratings when a matrix is given (a row of means is read as plain numbers). */
  readonly scale: ScaleFrom;
  /** Must have as many attributes (columns) as this argument. */
  readonly sameColumnsAs?: string;
}

/** Respondents × K Kano answers (1–5 or labels in en/zh-CN/es). */
export interface KanoSpec extends Named {
  readonly kind: "kano";
  readonly sameShapeAs?: string;
  /** The number argument giving the answer points: 3 reads the short form (1 like, 2 neutral, 3 dislike). */
  readonly points?: string;
}

/** One column (or one row) of 0–10 likelihood-to-recommend scores. */
export interface ScoresSpec extends Named {
  readonly kind: "scores";
}

/** Optional: one weight per attribute of `of` (a row or a column); blank = equal weights. */
export interface AttributeWeightsSpec extends Named {
  readonly kind: "attributeWeights";
  readonly of: string;
}

/** Optional: one case (survey) weight per respondent of `of` (a column or a row); blank = unweighted. */
export interface CaseWeightsSpec extends Named {
  readonly kind: "caseWeights";
  readonly of: string;
  /** `of` starts with a header row (CS.RAKE's groups): one weight per row below it; a header cell atop the weights is dropped. */
  readonly headerRow?: boolean;
}

/** Optional number with a default; bounds are inclusive. */
export interface NumberSpec extends Named {
  readonly kind: "number";
  readonly default: number;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** Optional choice among names (case-insensitive; spaces and hyphens read as "_"). */
export interface ChoiceSpec extends Named {
  readonly kind: "choice";
  readonly values: readonly string[];
  readonly default: string;
}

/**
 * A range whose cells the body reads itself (CS.SIGTEST's groups, whose parser depends on the
 * measure; CS.PADJUST's p-values, any shape): only checked to be a non-empty rectangle.
 */
export interface CellsSpec extends Named {
  readonly kind: "cells";
  /** May be omitted (the body then receives undefined), e.g. CS.KANO's importance. */
  readonly optional?: boolean;
}

/** IPA crosshair: "mean" (default), "median", "midpoint" or a number. */
export interface CrosshairSpec extends Named {
  readonly kind: "crosshair";
}

/** Optional language of text results: "en" (default), "zh-CN" or "es" (zh-*, es-*, en-* read as those). */
export interface LanguageSpec extends Named {
  readonly kind: "language";
}

export type ArgSpec =
  | RatingsSpec
  | RatingsColumnSpec
  | ProfileSpec
  | KanoSpec
  | ScoresSpec
  | CellsSpec
  | AttributeWeightsSpec
  | CaseWeightsSpec
  | NumberSpec
  | ChoiceSpec
  | CrosshairSpec
  | LanguageSpec;

/** Data kinds: the ranges a function analyses (messages name them when there are several). */
export const DATA_KINDS: ReadonlySet<ArgSpec["kind"]> = new Set(["ratings", "ratingsColumn", "profile", "kano", "scores", "cells"]);

/** Converted ratings: parsed answers and the scale they were read on. */
export interface Ratings {
  readonly values: Answer[][];
  readonly scale: Scale;
}

export interface RatingsColumn {
  readonly values: Answer[];
  readonly scale: Scale;
}

/**
 * Converted profile: one value per attribute (null = no answers), the scale (given, or for a
 * row of means guessed from the means) and whether it came from a ratings matrix.
 */
export interface Profile {
  readonly means: (number | null)[];
  readonly scale: Scale;
  readonly fromRatings: boolean;
}

/** What the function body receives for an argument of each kind. */
export type Converted<S extends ArgSpec> = S extends RatingsSpec
  ? Ratings
  : S extends RatingsColumnSpec
    ? RatingsColumn
    : S extends ProfileSpec
      ? Profile
      : S extends KanoSpec
        ? (KanoAnswer | null)[][]
        : S extends ScoresSpec
          ? Answer[]
          : S extends CellsSpec
            ? S extends { readonly optional: true }
              ? readonly (readonly unknown[])[] | undefined
              : readonly (readonly unknown[])[]
            : S extends AttributeWeightsSpec | CaseWeightsSpec
              ? number[] | undefined
              : S extends NumberSpec
                ? number
                : S extends ChoiceSpec
                  ? S["values"][number]
                  : S extends CrosshairSpec
                    ? CrosshairMode
                    : S extends LanguageSpec
                      ? ReportLanguage
                      : never;

/** What Excel passes for an argument of each kind (omitted optional arguments arrive as null). */
export type Raw<S extends ArgSpec> = S extends NumberSpec
  ? number | null | undefined
  : S extends ChoiceSpec | LanguageSpec
    ? string | null | undefined
    : S extends CrosshairSpec
      ? string | number | null | undefined
      : readonly (readonly unknown[])[] | null | undefined;

/** The converted arguments by name, typed from the table. */
export type ArgsOf<T extends readonly ArgSpec[]> = { readonly [S in T[number] as S["name"]]: Converted<S> };

/** The wrapper's raw arguments, in table order (trailing ones may be left out: Excel passes them as null). */
export type RawArgs<T extends readonly ArgSpec[]> = { readonly [I in keyof T]?: T[I] extends ArgSpec ? Raw<T[I]> : never };

/**
 * Declare a function's argument table. Checks the table itself (names unique; every reference —
 * scale arguments, sameShapeAs, of, … — names an argument of the table; defaults valid), so a
 * mistake fails when the module loads (and in the tests), not in a user's cell.
 */
export function defineArgs<const T extends readonly ArgSpec[]>(fn: string, args: T): T {
  const index = new Map<string, number>();
  args.forEach((a, i) => {
    if (index.has(a.name)) throw new Error(`${fn}: argument ${a.name} is declared twice`);
    index.set(a.name, i);
  });
  const ref = (a: ArgSpec, target: string | number | undefined, kinds: readonly ArgSpec["kind"][]): void => {
    if (typeof target !== "string") return;
    const i = index.get(target);
    if (i === undefined || !kinds.includes(args[i].kind)) {
      throw new Error(`${fn}: argument ${a.name} refers to ${target}, which is not a ${kinds.join("/")} argument`);
    }
    // Ranges are converted in order: a range may only be checked against an earlier one.
    if (DATA_KINDS.has(args[i].kind) && i >= (index.get(a.name) ?? 0)) {
      throw new Error(`${fn}: argument ${a.name} refers to ${target}, which comes after it`);
    }
  };
  const data = [...DATA_KINDS];
  for (const a of args) {
    switch (a.kind) {
      case "ratings":
      case "ratingsColumn":
      case "profile":
        if ("detect" in a.scale) {
          for (const d of a.scale.detect) if (!index.has(d)) throw new Error(`${fn}: ${a.name} detects from ${d}, not an argument`);
        } else {
          ref(a, a.scale.min, ["number"]);
          ref(a, a.scale.max, ["number"]);
        }
        if (a.kind === "ratings") ref(a, a.sameShapeAs, data);
        if (a.kind === "ratingsColumn") ref(a, a.sameRowsAs, data);
        if (a.kind === "profile") ref(a, a.sameColumnsAs, data);
        break;
      case "kano":
        ref(a, a.sameShapeAs, data);
        ref(a, a.points, ["number"]);
        break;
      case "attributeWeights":
      case "caseWeights":
        ref(a, a.of, data);
        break;
      case "number":
        if (
          !Number.isFinite(a.default) ||
          (a.min !== undefined && a.default < a.min) ||
          (a.max !== undefined && a.default > a.max) ||
          (a.integer === true && !Number.isInteger(a.default))
        ) {
          throw new Error(`${fn}: the default of ${a.name} breaks its own bounds`);
        }
        break;
      case "choice":
        if (!a.values.includes(a.default)) throw new Error(`${fn}: the default of ${a.name} is not one of its values`);
        break;
      case "scores":
      case "cells":
      case "crosshair":
      case "language":
        break;
    }
  }
  return args;
}
