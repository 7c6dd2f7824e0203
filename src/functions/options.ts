/**
 * Scalar options of the worksheet functions (numbers, choices, IPA crosshair, language): the raw
 * cell or constant → the checked value, or CsError naming what is wrong. Omitted arguments (null,
 * undefined, empty text) take the default.
 */
import type { CrosshairMode } from "../engine/ipa";
import { CsError } from "../engine/errors";
import { LANGUAGES, languageOfTag } from "../i18n/languages";
import type { ReportLanguage } from "../report/plan";
import { numberFromText } from "../survey/labels";
import { isBlankCell } from "../survey/cells";
import { displayValue } from "../survey/parse";
import type { ChoiceSpec, NumberSpec } from "./args";

/** True for an omitted argument or an empty text (Excel passes omitted optional arguments as null). */
export function isOmitted(raw: unknown): boolean {
  return isBlankCell(raw);
}

export function optionalNumber(spec: NumberSpec, raw: unknown): number {
  if (isOmitted(raw)) return spec.default;
  let x: number;
  if (typeof raw === "number") x = raw;
  else if (typeof raw === "string") x = numberFromText(raw);
  else x = NaN;
  if (Number.isNaN(x) && typeof raw !== "number") {
    throw new CsError("value", "textNotANumber", { value: displayValue(raw) });
  }
  if (!Number.isFinite(x)) throw new CsError("num", "notFinite", { value: displayValue(raw) });
  if (spec.integer && !Number.isInteger(x)) throw new CsError("num", "notWholeNumber", { value: x });
  const { min, max } = spec;
  if ((min !== undefined && x < min) || (max !== undefined && x > max)) {
    if (min !== undefined && max !== undefined) throw new CsError("num", "mustBeBetween", { value: x, low: min, high: max });
    throw min !== undefined
      ? new CsError("num", "mustBeAtLeast", { value: x, low: min })
      : new CsError("num", "mustBeAtMost", { value: x, high: max as number });
  }
  return x;
}

/** JavaScript's `\s` (what trim removes), by code unit: a test per character without a regex call. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Longest key worth building: every choice name is far shorter, so a longer key matches none
 * (and the message quotes the raw text). Why: an option cell can hold a megabyte of text.
 */
const MAX_KEY = 64;

/**
 * "Total strength" / "total-strength" / " TOTAL_STRENGTH " → "total_strength": NFKC, trimmed,
 * lower case, each run of white space and "-" → "_". One pass (a global regex replace pays per
 * run, ~150 ms for a megabyte of ", ." runs), stopping once the key is longer than MAX_KEY.
 */
function choiceKey(text: string): string {
  const s = text.normalize("NFKC").trim();
  let out = "";
  let inRun = false;
  for (let i = 0; i < s.length && out.length <= MAX_KEY; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || isSpaceCode(c)) {
      if (!inRun) out += "_";
      inRun = true;
    } else {
      out += s[i];
      inRun = false;
    }
  }
  return out.toLowerCase();
}

export function choice(spec: Pick<ChoiceSpec, "values" | "default">, raw: unknown): string {
  if (isOmitted(raw)) return spec.default;
  if (typeof raw === "string") {
    const key = choiceKey(raw);
    const hit = spec.values.find((v) => v === key);
    if (hit !== undefined) return hit;
  }
  throw new CsError("value", "unknownChoice", { value: displayValue(raw), options: spec.values.join(", ") });
}

/**
 * Language of text results: blank = "en"; a registered language ("en", "zh-CN", "es") in any case,
 * and its regional tags (en-GB, zh-Hans, zh-TW, es-MX, with "-" or "_") as it. Anything else → #VALUE!.
 */
export function languageOf(raw: unknown): ReportLanguage {
  if (isOmitted(raw)) return "en";
  // Only the first characters decide ("en", "zh-…", "es-…"): cut before replacing, so a
  // megabyte of text costs one NFKC pass.
  const tag = typeof raw === "string" ? raw.normalize("NFKC").trim().slice(0, MAX_KEY).toLowerCase().replace(/_/g, "-") : "";
  const lang = tag === "" ? undefined : languageOfTag(tag);
  if (lang !== undefined) return lang;
  // "use en, zh-CN or es": the registered languages, the last two around the template's "or"
  const [second, third] = LANGUAGES.length > 1 ? LANGUAGES.slice(-2) : ["", LANGUAGES[0]];
  throw new CsError("value", "unknownLanguage", { value: displayValue(raw), first: LANGUAGES.slice(0, -2).join(", "), second, third });
}

const CROSSHAIRS: readonly string[] = ["mean", "median", "midpoint"];

/** IPA crosshair: a finite number (or numeric text), or mean / median / midpoint; blank = mean. */
export function crosshairMode(raw: unknown): CrosshairMode {
  if (isOmitted(raw)) return "mean";
  const x = typeof raw === "number" ? raw : typeof raw === "string" ? numberFromText(raw) : NaN;
  if (Number.isFinite(x)) return x;
  if (typeof raw === "number") throw new CsError("num", "notFinite", { value: displayValue(raw) });
  const key = typeof raw === "string" ? choiceKey(raw) : "";
  if (CROSSHAIRS.includes(key)) return key as CrosshairMode;
  throw new CsError("value", "unknownCrosshairOption", { value: displayValue(raw), options: CROSSHAIRS.join(", ") });
}
