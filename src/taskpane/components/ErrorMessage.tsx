/**
 * An error message bar: the title and the body as separate elements (the body on its own line),
 * announced as it appears (role="alert", a live region). The forwarded ref is the title (tabIndex
 * −1): the pane moves focus there, so a screen reader starts at the title and reads the body next,
 * and the focus ring marks what went wrong rather than the whole bar.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens, useId } from "@fluentui/react-components";
import { forwardRef } from "react";

const useStyles = makeStyles({
  title: { borderRadius: tokens.borderRadiusSmall, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  body: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

export interface ErrorMessageProps {
  title: string;
  body: string;
  /** With a dismiss button of this label. */
  dismiss?: { label: string; onDismiss(): void };
}

export const ErrorMessage = forwardRef<HTMLElement, ErrorMessageProps>(function ErrorMessage({ title, body, dismiss }, ref) {
  const styles = useStyles();
  const titleId = useId("cs-error-title");
  const bodyId = useId("cs-error-body");
  return (
    <div role="alert" aria-labelledby={titleId} aria-describedby={bodyId}>
      <MessageBar intent="error" layout="multiline" aria-labelledby={titleId}>
        <MessageBarBody>
          <MessageBarTitle ref={ref} id={titleId} tabIndex={-1} className={styles.title}>
            {title}
          </MessageBarTitle>
          <div id={bodyId} className={styles.body}>
            {body}
          </div>
        </MessageBarBody>
        {dismiss && (
          <MessageBarActions>
            <Button size="small" onClick={dismiss.onDismiss}>
              {dismiss.label}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
});
