/**
 * Issue #11 item 7: an error message bar has its title and body as separate elements, is a live
 * region (role="alert") named by its title and described by its body; the title (not the bar or
 * the body) takes the focus (tabIndex −1). (That the pane moves focus to it is checked in headless Chromium, test/browser/.)
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { uiStrings } from "../../src/i18n/ui";
import { ErrorMessage } from "../../src/taskpane/components/ErrorMessage";
import { classifyError, errorText } from "../../src/taskpane/errors";

const render = (node: React.ReactElement): string => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("ErrorMessage", () => {
  const s = uiStrings("es");
  const body = errorText(classifyError(new Error("boom")), s);
  const html = render(<ErrorMessage title={s.errors.readTitle} body={body} dismiss={{ label: s.errors.dismiss, onDismiss: () => undefined }} />);

  it("is an alert named by its title and described by its body; the title takes the focus", () => {
    const root = /<div([^>]*role="alert"[^>]*)>/.exec(html)?.[1] ?? "";
    expect(root).not.toContain("tabindex");
    const labelledby = /aria-labelledby="([^"]+)"/.exec(root)?.[1];
    const describedby = /aria-describedby="([^"]+)"/.exec(root)?.[1];
    expect(labelledby).toBeTruthy();
    expect(describedby).toBeTruthy();
    expect(labelledby).not.toBe(describedby);
    // The title and the body are separate elements holding exactly their own text.
    const title = new RegExp(`<span([^>]*id="${labelledby}"[^>]*)>${s.errors.readTitle}<`).exec(html)?.[1] ?? "";
    expect(title).toContain('tabindex="-1"');
    expect(html).toMatch(new RegExp(`id="${describedby}"[^>]*>${body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}<`));
    expect(html).toContain(`>${s.errors.dismiss}<`);
  });

  it("has no dismiss button when none is asked (the missing-requirements message)", () => {
    const req = render(<ErrorMessage title={s.requirements.title} body="Faltan: ExcelApi 1.12." />);
    expect(req).toContain('role="alert"');
    expect(req).not.toContain("<button");
  });
});
