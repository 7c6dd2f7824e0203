/**
 * Message bars name their group only by elements that exist (axe aria-valid-attr-value): an
 * untitled Notice has no aria-labelledby, a titled error or result bar is named by its title.
 */
import { FluentProvider, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { uiStrings } from "../../src/i18n/ui";
import { ErrorMessage } from "../../src/taskpane/components/ErrorMessage";
import { Notice } from "../../src/taskpane/components/Notice";

const render = (node: React.ReactElement): string => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** Every id named by an aria-labelledby/-describedby that no element of `html` has. */
function danglingRefs(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
  return refs.filter((r) => !ids.has(r));
}

describe("message bars name their group by an element that exists", () => {
  const s = uiStrings("zh-CN");

  it("an untitled Notice has no aria-labelledby (Fluent's default names a title that is not there)", () => {
    const html = render(
      <Notice intent="warning" layout="multiline">
        <MessageBarBody>{s.errors.noAnalysable}</MessageBarBody>
      </Notice>,
    );
    expect(html).toContain('role="group"');
    expect(html).not.toContain("aria-labelledby");
  });

  it("a Notice the caller names keeps that name", () => {
    const html = render(
      <>
        <span id="cs-named">{s.start.heading}</span>
        <Notice intent="info" aria-labelledby="cs-named">
          <MessageBarBody>{s.requirements.noHost}</MessageBarBody>
        </Notice>
      </>,
    );
    expect(html).toMatch(/role="group"[^>]*aria-labelledby="cs-named"|aria-labelledby="cs-named"[^>]*role="group"/);
    expect(danglingRefs(html)).toEqual([]);
  });

  it("an error's bar and its alert are both named by the title", () => {
    const html = render(<ErrorMessage title={s.errors.readTitle} body="—" dismiss={{ label: s.errors.dismiss, onDismiss: () => undefined }} />);
    expect(danglingRefs(html)).toEqual([]);
    const titleId = new RegExp(`id="([^"]+)"[^>]*>${s.errors.readTitle}<`).exec(html)?.[1];
    expect(titleId).toBeTruthy();
    expect(html.match(new RegExp(`aria-labelledby="${titleId}"`, "g"))).toHaveLength(2);
  });
});
