/**
 * The registered language packs (src/i18n/packs.ts) as packs: id, Intl locale, own name; the
 * answer wordings the survey reader and the header words the role detector recognise; the files a language needs outside its folder.
 * The catalogues' own checks are in their tests (test/taskpane/i18n, test/report/i18n,
 * test/checks/catalogue, test/i18n/messages); test/i18n/pseudoLocale.test.ts runs them all with
 * a pseudo language registered.
 */
import { answersCompleteness, headersCompleteness, packCompleteness, perLanguageFiles } from "./completeness";

packCompleteness();

describe("answer wordings", () => {
  answersCompleteness();
});

describe("header words of the role detector", () => {
  headersCompleteness();
});

describe("files outside the packs", () => {
  perLanguageFiles();
});
