/**
 * The pseudo-localisation transform (as Microsoft's qps-ploc and Android's en-XA): every Latin
 * letter becomes an accented look-alike, so text that did not go through a catalogue shows up as
 * plain ASCII. `{placeholders}` are kept exactly (the code fills them), and so are the escapes of
 * the header and question patterns (`\\b`, `\\s`); a plural template's forms and every key of a
 * catalogue stay as they are; numbers and symbols are not letters and stay.
 */
const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PSEUDO = "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";
const MAP = new Map([...PLAIN].map((c, i) => [c, [...PSEUDO][i]]));

/** A letter of the pseudo alphabet (what the leak check accepts as transformed). */
export const PSEUDO_LETTER = new RegExp(`[${PSEUDO}]`, "u");

/** One text: letters outside `{name}` placeholders and `\x` escapes transformed. */
export function pseudoText(text: string): string {
  return text
    .split(/(\{\w+\}|\\.)/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => MAP.get(c) ?? c).join("")))
    .join("");
}

/** A catalogue (any tree of strings, arrays and objects) with every string transformed, keys kept. */
export function pseudo<T>(value: T): T {
  if (typeof value === "string") return pseudoText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => pseudo(v)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T;
  return value;
}
