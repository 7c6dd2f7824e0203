/**
 * Argument conversion from a function's argument table (args.ts): one converter per kind of
 * argument (CONVERTERS), run in table order — the scalar options first (ranges may read their
 * scale from them), then the ranges. Messages name the argument unless it is the function's only
 * data range ("weights: …", "expectation: row 3, column 2: …").
 */
import { CsError } from "../engine/errors";
import { parseKanoAnswer, parseMatrix, parseNpsScore, parseWeight, ratingParser } from "../survey/parse";
import { parseKanoShortAnswer } from "../survey/kanoShort";
import { detectRatingScaleOf } from "../survey/scale";
import type { Scale } from "../survey/types";
import { DATA_KINDS, type ArgSpec, type ArgsOf, type Profile, type RawArgs, type ScaleFrom } from "./args";
import { inArgument } from "./errors";
import { choice, crosshairMode, isOmitted, languageOf, optionalNumber } from "./options";
import { asRange, meansOrNull, parseAttributeWeight, parseValueRow, vectorOf, weightsVector, type Range, type Shape } from "./ranges";

/** State of one conversion: converted values and shapes by argument name. */
export class Conversion {
  readonly values = new Map<string, unknown>();
  readonly shapes = new Map<string, Shape>();
  private readonly detected = new Map<string, Scale>();

  constructor(
    readonly specs: readonly ArgSpec[],
    readonly raw: readonly unknown[],
  ) {}

  rawOf(name: string): unknown {
    return this.raw[this.specs.findIndex((s) => s.name === name)];
  }

  numberOf(ref: string | number): number {
    return typeof ref === "number" ? ref : (this.values.get(ref) as number);
  }

  shapeOf(name: string): Shape {
    const s = this.shapes.get(name);
    if (s === undefined) throw new Error(`argument table: ${name} is converted later`); // defineArgs prevents it
    return s;
  }

  scale(from: ScaleFrom): Scale {
    if ("detect" in from) {
      // Arguments that detect from the same ranges (GAP's perception and expectation) share one scan.
      const key = from.detect.join("\u0000");
      let scale = this.detected.get(key);
      if (scale === undefined) {
        scale = detectRatingScaleOf(from.detect.map((n) => this.rawOf(n)));
        this.detected.set(key, scale);
      }
      return scale;
    }
    const min = this.numberOf(from.min);
    const max = this.numberOf(from.max);
    if (!(min < max)) {
      const name = (ref: string | number, what: string) => (typeof ref === "string" ? ref : `the scale ${what}`);
      throw new CsError("num", "scaleOrder", { lowName: name(from.min, "minimum"), low: min, highName: name(from.max, "maximum"), high: max });
    }
    return { min, max };
  }

  sameShape(name: string, other: string | undefined, m: Range): void {
    if (other === undefined) return;
    const o = this.shapeOf(other);
    if (o.rows !== m.length || o.cols !== m[0].length) {
      throw new CsError("value", "argumentShapeMismatch", {
        first: name,
        firstRows: m.length,
        firstColumns: m[0].length,
        second: other,
        secondRows: o.rows,
        secondColumns: o.cols,
      });
    }
  }
}

type SpecOf<K extends ArgSpec["kind"]> = Extract<ArgSpec, { kind: K }>;

/** One converter per kind: the raw argument → the value the body receives (args.ts Converted). */
type Converters = { readonly [K in ArgSpec["kind"]]: (spec: SpecOf<K>, raw: unknown, conv: Conversion) => unknown };

/** A column of n + 1 cells under a header (the weights selected with their header) as its n cells below it. */
function withoutHeaderCell(raw: unknown, n: number): unknown {
  return Array.isArray(raw) && raw.length === n + 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw.slice(1) : raw;
}

const CONVERTERS: Converters = {
  number: (spec, raw) => optionalNumber(spec, raw),
  choice: (spec, raw) => choice(spec, raw),
  crosshair: (_spec, raw) => crosshairMode(raw),
  language: (_spec, raw) => languageOf(raw),
  ratings: (spec, raw, conv) => {
    const m = asRange(raw);
    conv.sameShape(spec.name, spec.sameShapeAs, m);
    const scale = conv.scale(spec.scale);
    conv.shapes.set(spec.name, { rows: m.length, cols: m[0].length });
    return { values: parseMatrix(m, ratingParser(scale)), scale };
  },
  ratingsColumn: (spec, raw, conv) => {
    const m = asRange(raw);
    if (m[0].length !== 1) {
      throw new CsError("value", "notOneColumn", { rows: m.length, columns: m[0].length });
    }
    if (spec.sameRowsAs !== undefined) {
      const o = conv.shapeOf(spec.sameRowsAs);
      if (o.rows !== m.length) {
        throw new CsError("value", "rowsMismatch", { rows: m.length, otherRows: o.rows, other: spec.sameRowsAs });
      }
    }
    const scale = conv.scale(spec.scale);
    conv.shapes.set(spec.name, { rows: m.length, cols: 1 });
    return { values: parseMatrix(m, ratingParser(scale)).map((r) => r[0]), scale };
  },
  profile: (spec, raw, conv) => {
    const m = asRange(raw);
    const cols = m[0].length;
    if (spec.sameColumnsAs !== undefined) {
      const o = conv.shapeOf(spec.sameColumnsAs);
      if (o.cols !== cols) {
        throw new CsError("value", "attributesMismatch", { columns: cols, otherColumns: o.cols, other: spec.sameColumnsAs });
      }
    }
    const scale = conv.scale(spec.scale);
    conv.shapes.set(spec.name, { rows: m.length, cols });
    const profile: Profile =
      m.length === 1
        ? { means: parseValueRow(m[0], scale), scale, fromRatings: false }
        : { means: meansOrNull(parseMatrix(m, ratingParser(scale))), scale, fromRatings: true };
    return profile;
  },
  kano: (spec, raw, conv) => {
    const m = asRange(raw);
    conv.sameShape(spec.name, spec.sameShapeAs, m);
    conv.shapes.set(spec.name, { rows: m.length, cols: m[0].length });
    const shortForm = spec.points !== undefined && conv.numberOf(spec.points) === 3;
    return parseMatrix(m, shortForm ? parseKanoShortAnswer : parseKanoAnswer);
  },
  scores: (spec, raw, conv) => {
    const scores = vectorOf(parseMatrix(asRange(raw), parseNpsScore), "scores");
    conv.shapes.set(spec.name, { rows: scores.length, cols: 1 }); // one respondent per score
    return scores;
  },
  cells: (spec, raw, conv) => {
    if (spec.optional === true && isOmitted(raw)) return undefined;
    const m = asRange(raw);
    conv.shapes.set(spec.name, { rows: m.length, cols: m[0].length });
    return m;
  },
  attributeWeights: (spec, raw, conv) => {
    const w = weightsVector(raw, parseAttributeWeight, "weights (one per attribute)");
    const k = conv.shapeOf(spec.of).cols;
    if (w !== undefined && w.length !== k) throw new CsError("value", "weightCountAttributes", { given: w.length, count: k, other: spec.of });
    return w;
  },
  caseWeights: (spec, raw, conv) => {
    const n = conv.shapeOf(spec.of).rows - (spec.headerRow === true ? 1 : 0);
    const w = weightsVector(spec.headerRow === true ? withoutHeaderCell(raw, n) : raw, parseWeight, "case weights (one per respondent)");
    if (w !== undefined && w.length !== n) throw new CsError("value", "weightCountRespondents", { given: w.length, count: n, other: spec.of });
    return w;
  },
};

/** The kinds converted before the ranges: scalar options (numbers, choices, crosshair, language). */
const OPTION_KINDS: ReadonlySet<ArgSpec["kind"]> = new Set(["number", "choice", "crosshair", "language"]);

/** Convert one argument; messages name the argument unless it is the function's only data range. */
function converting(conv: Conversion, s: ArgSpec, raw: unknown): void {
  const convert = CONVERTERS[s.kind] as (spec: ArgSpec, raw: unknown, conv: Conversion) => unknown;
  try {
    conv.values.set(s.name, convert(s, raw, conv));
  } catch (e) {
    const dataRanges = conv.specs.filter((x) => DATA_KINDS.has(x.kind)).length;
    throw inArgument(e, DATA_KINDS.has(s.kind) && dataRanges === 1 ? undefined : s.name);
  }
}

/** The argument count, then the scalar options. */
export function convertOptions(specs: readonly ArgSpec[], raw: unknown): Conversion {
  const rawList = raw as readonly unknown[];
  if (rawList.length > specs.length) {
    throw new CsError("value", "tooManyArguments", { given: rawList.length, count: specs.length });
  }
  const conv = new Conversion(specs, rawList);
  specs.forEach((s, i) => {
    if (OPTION_KINDS.has(s.kind)) converting(conv, s, rawList[i]);
  });
  return conv;
}

/** The range arguments that `which` selects, in table order. */
export function convertRanges(conv: Conversion, which: (s: ArgSpec) => boolean): void {
  conv.specs.forEach((s, i) => {
    if (!OPTION_KINDS.has(s.kind) && which(s)) converting(conv, s, conv.raw[i]);
  });
}

/** Convert and check every argument of a table. */
export function convertAll<const T extends readonly ArgSpec[]>(specs: T, raw: RawArgs<T>): ArgsOf<T> {
  const conv = convertOptions(specs, raw);
  convertRanges(conv, () => true);
  return Object.fromEntries(conv.values) as ArgsOf<T>;
}
