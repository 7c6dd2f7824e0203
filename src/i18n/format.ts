/**
 * The one formatter of text the user reads: numbers, counts, plural forms, dates and lists, each
 * through Intl for the language's locale (LOCALES in ./languages.ts). Every other module calls
 * these; the lint (eslint.config.js, oneHome) rejects `new Intl.NumberFormat`, `new Intl.PluralRules`,
 * `new Intl.DateTimeFormat` and `.replace(".", ",")` anywhere else.
 *
 * Only text is formatted here: numbers written into cells as values or formulas, and Excel number
 * formats, are not localized (Excel shows them in the user's own locale).
 *
 * The Intl objects are cached per locale and options: building one costs far more than using it,
 * and the report formats thousands of numbers.
 */
import { LOCALES, packOf, type Language } from "./languages";

/** How many digits a number keeps: one of these, or (none given) every digit JavaScript writes. */
export type DigitOptions =
  /** Exactly this many decimals ("3.0"). */
  | { readonly decimals: number; readonly maxDecimals?: undefined; readonly significant?: undefined }
  /** At most this many decimals, trailing zeros dropped ("3", "3.25"). */
  | { readonly maxDecimals: number; readonly decimals?: undefined; readonly significant?: undefined }
  /** At most this many significant digits ("0.00123", "12,300"). */
  | { readonly significant: number; readonly decimals?: undefined; readonly maxDecimals?: undefined }
  | { readonly decimals?: undefined; readonly maxDecimals?: undefined; readonly significant?: undefined };

export type NumberOptions = DigitOptions & {
  /** The value is a fraction shown as a percentage: 0.25 → "25%" (no decimals unless asked). */
  readonly percent?: boolean;
  /** A sign on both sides of zero: "+1.5", "-1.5", "0". */
  readonly signed?: boolean;
  /** Digit grouping as the locale groups ("12,345"; Spanish from five digits: "8001", "12.345"); false for numbers that name a place (row 12345). Default true. */
  readonly grouping?: boolean;
};

/** The CLDR plural categories Intl.PluralRules picks from. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** A text's forms by plural category: "other" always, the others where the language has them. */
export type PluralForms<T = string> = { readonly other: T } & { readonly [C in Exclude<PluralCategory, "other">]?: T };

/** Intl's limit on fraction digits in older engines (ES2020: 20). */
const MAX_FRACTION_DIGITS = 20;

const cache = new Map<string, { format(x: number): string }>();
function cached<T extends { format(x: number): string }>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** The number of decimals JavaScript's shortest round-trip text of x has (String(0.1) → 1). */
function shortestDecimals(x: number): number {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return 0; // NaN, ±Infinity
  const decimals = (m[1]?.length ?? 0) - Number(m[2] ?? 0);
  return Math.min(MAX_FRACTION_DIGITS, Math.max(0, decimals));
}

function intlOptions(value: number, o: NumberOptions): Intl.NumberFormatOptions {
  // Grouping is left to the locale unless turned off: `useGrouping: true` would mean "always" in
  // newer engines and group Spanish 8001 as "8.001", where CLDR (and the RAE) group from five digits.
  const opts: Intl.NumberFormatOptions = o.grouping === false ? { useGrouping: false } : {};
  if (o.percent) opts.style = "percent";
  if (o.signed) opts.signDisplay = "exceptZero";
  if (o.decimals !== undefined) opts.minimumFractionDigits = opts.maximumFractionDigits = o.decimals;
  else if (o.maxDecimals !== undefined) Object.assign(opts, { minimumFractionDigits: 0, maximumFractionDigits: o.maxDecimals });
  else if (o.significant !== undefined) opts.maximumSignificantDigits = o.significant;
  else if (!o.percent) opts.minimumFractionDigits = opts.maximumFractionDigits = shortestDecimals(value);
  return opts;
}

/**
 * A number as `lang` writes it in text: "12,345.5" (en), "12.345,5" (es), "12,345.5" (zh-CN).
 * Without a digit option every digit of JavaScript's own text is kept (0.1 stays "0.1", never
 * "0.100000000000000006"); -0 is written "0".
 */
export function formatNumber(value: number, lang: Language, options: NumberOptions = {}): string {
  const x = value === 0 ? 0 : value;
  const opts = intlOptions(x, options);
  const locale = LOCALES[lang];
  return cached(`n|${locale}|${JSON.stringify(opts)}`, () => new Intl.NumberFormat(locale, opts)).format(x);
}

/** A count or other whole number, grouped ("12,345"; "12.345" in Spanish); a fraction is rounded. */
export function formatInteger(value: number, lang: Language, options: { readonly grouping?: boolean } = {}): string {
  return formatNumber(value, lang, { decimals: 0, grouping: options.grouping });
}

/** The plural category of a count in `lang` (Intl.PluralRules): "one" for 1 in English and Spanish, always "other" in Chinese. */
export function pluralCategory(count: number, lang: Language): PluralCategory {
  const locale = LOCALES[lang];
  const rules = cached(`p|${locale}`, () => {
    const r = new Intl.PluralRules(locale);
    return { format: (x: number) => r.select(x) };
  });
  return rules.format(count) as PluralCategory;
}

/** The form of `forms` for a count: its plural category's, else "other" (so one form serves Chinese). */
export function selectPlural<T>(forms: PluralForms<T>, count: number, lang: Language): T {
  return forms[pluralCategory(count, lang)] ?? forms.other;
}

/** A date in `lang`, long form ("March 3, 2026", "3 de marzo de 2026", "2026年3月3日"), in UTC so the text does not depend on the machine's zone. */
export function formatDate(date: Date, lang: Language): string {
  const locale = LOCALES[lang];
  const f = cached(`d|${locale}`, () => {
    const d = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    return { format: (t: number) => d.format(t) };
  });
  return f.format(date.getTime());
}

/** Intl.ListFormat is ES2021 (the project's lib is ES2020, and an old Office webview may lack it). */
type ListFormatCtor = new (locale: string, opts: { style: "short"; type: "unit" }) => { format(items: readonly string[]): string };
const ListFormat = (Intl as unknown as { ListFormat?: ListFormatCtor }).ListFormat;
const listFormats = new Map<string, { format(items: readonly string[]): string }>();

/**
 * Items joined as an enumeration ("a, b, c"; "甲、乙、丙"), not a conjunction: a clipped list ends in
 * "…", and "and" would read wrong before it. Intl.ListFormat "unit" where it separates (en, es);
 * Chinese "unit" lists run the items together, so Chinese takes the enumeration comma 、 itself.
 */
export function formatList(items: readonly string[], lang: Language): string {
  const enumeration = packOf(lang).enumeration;
  if (enumeration !== undefined) return items.join(enumeration);
  const locale = LOCALES[lang];
  if (!ListFormat) return items.join(", ");
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new ListFormat(locale, { style: "short", type: "unit" })));
  return f.format(items);
}

/** The language whose Intl locale is `locale` (a catalogue's `locale` field); English for any other. */
export function languageOfLocale(locale: string): Language {
  const found = (Object.keys(LOCALES) as Language[]).find((lang) => LOCALES[lang] === locale);
  return found ?? "en";
}
