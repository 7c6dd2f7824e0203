/** Task pane entry: wait for Office, pick the language and the theme, wire the services, render the app. */
import { createRoot } from "react-dom/client";
import { pickLanguage } from "../i18n/ui";
import { App } from "./components/App";
import { officeRun } from "../excel/run";
import { inExcel, isSetSupported, officeDisplay, officePort, openInBrowser, whenOfficeReady } from "./officePort";
import { createServices } from "./pipeline";
import { prefersDark } from "./theme";

function mount(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no element with id 'root'");
  const services = createServices(officePort(officeRun, isSetSupported), inExcel);
  const display = officeDisplay();
  createRoot(container).render(
    <App services={services} language={pickLanguage(display.language)} dark={prefersDark(display.bodyBackground)} openUrl={openInBrowser} />,
  );
}

whenOfficeReady(mount);
