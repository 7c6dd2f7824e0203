/** Spanish. */
import type { LanguagePack } from "../pack";
import { answers } from "./answers";
import { headers } from "./headers";
import { esChecks } from "./checks";
import { ES, ES_LOCATION, ES_TERMS } from "./messages";
import { META } from "./meta";
import { es as report } from "./report";
import { es as ui } from "./ui";

export const pack = {
  ...META,
  labelSeparator: ": ",
  ui,
  report,
  checks: esChecks,
  messages: { templates: ES, location: ES_LOCATION, terms: ES_TERMS, roleNames: ui.roles },
  answers,
  headers,
} satisfies LanguagePack;
