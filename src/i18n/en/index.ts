/** English, the reference language: every other pack has its keys and placeholders. */
import type { LanguagePack } from "../pack";
import { answers } from "./answers";
import { headers } from "./headers";
import { enChecks } from "./checks";
import { EN, EN_LOCATION } from "./messages";
import { META } from "./meta";
import { en as report } from "./report";
import { en as ui } from "./ui";

export const pack = {
  ...META,
  labelSeparator: ": ",
  ui,
  report,
  checks: enChecks,
  // English keeps the role identifiers ("rating"), as the English message does
  messages: { templates: EN, location: EN_LOCATION, terms: {}, roleNames: {} },
  answers,
  headers,
} satisfies LanguagePack;
