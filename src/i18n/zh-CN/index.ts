/** Simplified Chinese. */
import type { LanguagePack } from "../pack";
import { answers } from "./answers";
import { headers } from "./headers";
import { zhCNChecks } from "./checks";
import { ZH, ZH_LOCATION, ZH_TERMS } from "./messages";
import { META } from "./meta";
import { zhCN as report } from "./report";
import { zhCN as ui } from "./ui";

export const pack = {
  ...META,
  // Chinese enumerates with the enumeration comma (Intl.ListFormat "unit" runs the items together)
  enumeration: "、",
  labelSeparator: "：",
  ui,
  report,
  checks: zhCNChecks,
  messages: { templates: ZH, location: ZH_LOCATION, terms: ZH_TERMS, roleNames: ui.roles },
  answers,
  headers,
} satisfies LanguagePack;
