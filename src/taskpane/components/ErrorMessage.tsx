/**
 * An error message bar: the title and the body as separate elements, announced as it appears
 * (role="alert", a live region) and focusable (tabIndex −1) so the pane can move focus to it —
 * a screen reader then reads the title (its name) and the body (its description).
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens, useId } from "@fluentui/react-components";
import { forwardRef } from "react";

const useStyles = makeStyles({
  root: { borderRadius: tokens.borderRadiusMedium, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  body: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

export interface ErrorMessageProps {
  title: string;
  body: string;
  /** With a dismiss button of this label. */
  dismiss?: { label: string; onDismiss(): void };
}

export const ErrorMessage = forwardRef<HTMLDivElement, ErrorMessageProps>(function ErrorMessage({ title, body, dismiss }, ref) {
  const styles = useStyles();
  const titleId = useId("cs-error-title");
  const bodyId = useId("cs-error-body");
  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={titleId} aria-describedby={bodyId} className={styles.root}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{title}</MessageBarTitle>
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
