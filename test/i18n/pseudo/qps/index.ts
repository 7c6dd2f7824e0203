/**
 * A pseudo language as one folder, the way a real one is added (docs/ARCHITECTURE.md, "Adding a
 * language"): every text of the English pack through the pseudo transform. Registered only by
 * test/i18n/pseudoLocale.test.ts, which mocks src/i18n/packs.
 *
 * Its locale is en-XA, the pseudo-locale tag of Android and Chrome: Intl has no data of its own
 * for it and formats as English ("en"), deterministically (qps-ploc would fall back to the
 * machine's default locale).
 */
import { pack as en } from "../../../../src/i18n/en";
import { pack as es } from "../../../../src/i18n/es";
import { pack as zhCN } from "../../../../src/i18n/zh-CN";
import type { LanguagePack } from "../../../../src/i18n/pack";
import { pseudo } from "../transform";

const id = "qps";
const locale = "en-XA";
const name = pseudo("Pseudo");
/** English keeps the engine's argument names in messages ("perception"); a translation lists them, as zh-CN and es do. */
const termNames = [...new Set([...Object.keys(zhCN.messages.terms), ...Object.keys(es.messages.terms)])];

export const pack: LanguagePack = {
  id,
  locale,
  name,
  labelSeparator: en.labelSeparator,
  ui: { ...pseudo(en.ui), locale, languageName: name },
  report: { ...pseudo(en.report), locale },
  checks: pseudo(en.checks),
  // English keeps the role identifiers and argument names; a translation names them
  messages: { ...pseudo(en.messages), terms: Object.fromEntries(termNames.map((t) => [t, pseudo(t)])), roleNames: pseudo(en.ui.roles) },
  answers: pseudo(en.answers),
  headers: pseudo(en.headers),
};
