/**
 * The Help link's opener (issue #11): inside Office with the OpenBrowserWindowApi set it uses
 * Office.context.ui.openBrowserWindow (desktop Office would otherwise keep the page in the pane);
 * without it (Excel on the web, a plain browser) window.open in a new tab. Office and window are
 * stubbed on globalThis (jest runs in node).
 */
import { openInBrowser } from "../../src/taskpane/officePort";

const g = globalThis as unknown as { Office?: unknown; window?: unknown };
const URL = "https://localhost:3000/help.html#es";

afterEach(() => {
  delete g.Office;
  delete g.window;
});

function stub(ui: { openBrowserWindow?: (url: string) => void } | undefined, sets: string[]): { opened: unknown[][] } {
  const opened: unknown[][] = [];
  g.window = { open: (...args: unknown[]) => opened.push(args) };
  g.Office = { context: { ui, requirements: { isSetSupported: (name: string) => sets.includes(name) } } };
  return { opened };
}

describe("openInBrowser", () => {
  it("uses Office's browser window when the host supports it", () => {
    const asked: string[] = [];
    const { opened } = stub({ openBrowserWindow: (url) => asked.push(url) }, ["OpenBrowserWindowApi"]);
    openInBrowser(URL);
    expect(asked).toEqual([URL]);
    expect(opened).toEqual([]);
  });

  it("opens a new tab when the host lacks the set or the function", () => {
    const asked: string[] = [];
    const first = stub({ openBrowserWindow: (url) => asked.push(url) }, []);
    openInBrowser(URL);
    expect(first.opened).toEqual([[URL, "_blank", "noopener"]]);
    const second = stub(undefined, ["OpenBrowserWindowApi"]);
    openInBrowser(URL);
    expect(second.opened).toEqual([[URL, "_blank", "noopener"]]);
    expect(asked).toEqual([]);
  });

  it("opens a new tab outside Office (no Office global)", () => {
    const opened: unknown[][] = [];
    g.window = { open: (...args: unknown[]) => opened.push(args) };
    openInBrowser(URL);
    expect(opened).toEqual([[URL, "_blank", "noopener"]]);
  });
});
