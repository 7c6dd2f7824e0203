/** Task pane entry: wait for Office, pick the theme, render the app. */
import { createRoot } from "react-dom/client";
import { en } from "../i18n/en";
import { App } from "./components/App";
import { prefersDark } from "./theme";

/** Office's body background colour, when the host exposes a theme (not every host does). */
function officeBackground(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // outside Office (a plain browser) Office.context may throw on access
  }
}

function mount(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no element with id 'root'");
  createRoot(container).render(<App strings={en} dark={prefersDark(officeBackground())} />);
}

// Office.onReady also resolves in a plain browser (host null), so the page doubles as a help page.
if (typeof Office === "undefined") mount();
else void Office.onReady().then(mount);
