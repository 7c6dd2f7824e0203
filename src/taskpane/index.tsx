/** Task pane entry: wait for Office, pick the language and the theme, wire the services, render the app. */
import { createRoot } from "react-dom/client";
import { pickLanguage } from "../i18n/ui";
import { App } from "./components/App";
import { officeRun } from "../excel/run";
import { officePort } from "./officePort";
import { createServices } from "./pipeline";
import { prefersDark } from "./theme";

/** Reads an Office.context member; outside Office (a plain browser) Office.context may be missing or throw. */
function fromContext<T>(read: (context: Office.Context) => T): T | undefined {
  try {
    return typeof Office === "undefined" || !Office.context ? undefined : read(Office.context);
  } catch {
    return undefined;
  }
}

/** True inside Excel: the Excel namespace is loaded and Office can answer requirement-set questions. */
function inExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function" && fromContext((c) => typeof c.requirements?.isSetSupported) === "function";
}

function isSetSupported(name: string, version: string): boolean {
  return fromContext((c) => c.requirements.isSetSupported(name, version)) ?? false;
}

function mount(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no element with id 'root'");
  const services = createServices(officePort(officeRun, isSetSupported), inExcel);
  createRoot(container).render(
    <App
      services={services}
      language={pickLanguage(fromContext((c) => c.displayLanguage))}
      dark={prefersDark(fromContext((c) => c.officeTheme?.bodyBackgroundColor))}
    />,
  );
}

// Office.onReady also resolves in a plain browser (host null), so the page doubles as a help page.
if (typeof Office === "undefined") mount();
else void Office.onReady().then(mount);
