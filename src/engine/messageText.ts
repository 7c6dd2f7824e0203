/**
 * Filling a message template: the one renderer of every language. The engine renders a
 * CsError's English `message` with it (renderEnglish, from src/i18n/en/messages.ts), and
 * src/i18n/messages.ts renders the other languages with the same rules, passing its own number
 * format and term translations:
 * - numeric params are written by the language's number format, text params as they are (or
 *   translated, for the names a language translates);
 * - params.min and params.max give {scale}, "1–5";
 * - a count of a file's parts (GROUPED_COUNTS) is grouped ("20,000"), other numbers are not;
 * - a template with one/other forms picks by PLURAL_BY's param, and inside a template
 *   {rows|row|rows} picks a word by its param, both by the language's plural rule (style.one;
 *   English: exactly 1 → one, which is CLDR's English rule for a number);
 * - params.row / params.column make the location prefix ("row 3, column 2: "), after the
 *   worksheet function's argument when params.argument is set ("weights: row 3: ").
 */
import { EN, EN_LOCATION } from "../i18n/en/messages";
import { GROUPED_COUNTS, PLURAL_BY, type MessageKey, type MessageParams, type MessageTemplate } from "./messageKeys";

/** How a language writes the parts of a message. */
export interface MessageStyle {
  number(x: number): string;
  /** A count of GROUPED_COUNTS with the language's digit grouping; default: English's, a comma every three digits. */
  count?(x: number): string;
  /** A text param's value in the language (a name it translates); default: as given. */
  text?(name: string, value: string): string;
  /** Whether a count takes the singular ("one") form in the language; default: English's rule, exactly 1. */
  one?(count: number): boolean;
}

/** English's plural rule for a number (CLDR: "one" for exactly 1): the engine cannot import Intl's from src/i18n/format.ts. */
const englishOne = (count: number): boolean => count === 1;
/** English digit grouping of a whole number ("70,935"); other numbers as they are. */
const englishCount = (x: number): string => (Number.isInteger(x) ? String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(x));

/** The location prefix's templates: row and column, row only, column only; the argument before them. */
export interface LocationTemplates {
  readonly rowColumn: string;
  readonly row: string;
  readonly column: string;
  readonly argument: string;
}

/** English: numbers as JavaScript writes them (no grouping: they are row numbers and counts). */
export const ENGLISH_STYLE: MessageStyle = { number: (x) => String(x) };

/** A scale as messages show it: "1–5". */
export function scaleText(min: number, max: number, style: MessageStyle): string {
  return `${style.number(min)}–${style.number(max)}`;
}

/**
 * Fill {name} placeholders, and {name|one|other} word choices (`one` when isOne(name), by default
 * when its text is "1": "2 {rows|row|rows}" → "2 rows"); `complete` is false when one has no value
 * (it is then left as is).
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  isOne: (name: string) => boolean = (name) => values[name] === "1",
): { text: string; complete: boolean } {
  let complete = true;
  const text = template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      complete = false;
      return m;
    }
    if (one === undefined || other === undefined) return values[name];
    return isOne(name) ? one : other;
  });
  return { text, complete };
}

/** The form of a key's template for these params (singular when PLURAL_BY's param takes "one" by `isOne`). */
export function templateForm(key: MessageKey, template: MessageTemplate, params: MessageParams, isOne: (count: number) => boolean = englishOne): string {
  if (typeof template === "string") return template;
  const by = PLURAL_BY[key];
  const count = by === undefined ? undefined : params[by];
  return typeof count === "number" && isOne(count) ? template.one : template.other;
}

/** The body of a message (no location): the key's template filled from the params. */
export function renderBody(key: MessageKey, template: MessageTemplate, params: MessageParams, style: MessageStyle): { text: string; complete: boolean } {
  const values: Record<string, string> = {};
  const counts = GROUPED_COUNTS[key] ?? [];
  for (const [name, v] of Object.entries(params)) {
    if (typeof v === "number") values[name] = counts.includes(name) ? (style.count ?? englishCount)(v) : style.number(v);
    else values[name] = style.text ? style.text(name, v) : v;
  }
  if (typeof params.min === "number" && typeof params.max === "number") values.scale = scaleText(params.min, params.max, style);
  const isOne = style.one ?? englishOne;
  const wordIsOne = (name: string): boolean => {
    const v = params[name];
    return typeof v === "number" ? isOne(v) : values[name] === "1";
  };
  return fillTemplate(templateForm(key, template, params, isOne), values, wordIsOne);
}

/** The location prefix of params.argument, params.row and params.column ("" when none is set). */
export function renderLocation(params: MessageParams | undefined, templates: LocationTemplates, style: MessageStyle): string {
  const row = params?.row;
  const column = params?.column;
  const argument = params?.argument;
  const values = {
    row: row === undefined ? "" : style.number(Number(row)),
    column: column === undefined ? "" : style.number(Number(column)),
    argument: String(argument ?? ""),
  };
  const inArgument = argument === undefined ? "" : fillTemplate(templates.argument, values).text;
  if (row !== undefined && column !== undefined) return inArgument + fillTemplate(templates.rowColumn, values).text;
  if (row !== undefined) return inArgument + fillTemplate(templates.row, values).text;
  if (column !== undefined) return inArgument + fillTemplate(templates.column, values).text;
  return inArgument;
}

/** The English message: location prefix + the key's English template filled. */
export function renderEnglish(key: MessageKey, params: MessageParams): string {
  return `${renderLocation(params, EN_LOCATION, ENGLISH_STYLE)}${renderBody(key, EN[key], params, ENGLISH_STYLE).text}`;
}

// --- The params a key's template needs, for the compiler (CsError's constructor). -------------

/** The placeholder names of a template string. */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? (P extends `${infer N}|${string}` ? N : P) | Holes<R> : never;
type TemplateText<T> = T extends string ? T : T extends { readonly other: infer O extends string } ? O : never;
type KeyHoles<K extends MessageKey> = Holes<TemplateText<(typeof EN)[K]>>;

/**
 * The params of key K: one per placeholder of its English template ({scale} comes from min and
 * max). The location (row, column) is not a param: it is the error's `where`.
 */
export type ParamsOf<K extends MessageKey> = [KeyHoles<K>] extends [never]
  ? Readonly<Record<string, never>> // no placeholders: no params (a location given as a param is an error)
  : { readonly [P in Exclude<KeyHoles<K>, "scale">]: string | number } & ("scale" extends KeyHoles<K>
      ? { readonly min: number; readonly max: number }
      : unknown);
