/**
 * A message bar without a MessageBarTitle. Fluent's MessageBar names its group by the id of a
 * title (aria-labelledby) even when none is rendered, a reference to nothing (axe:
 * aria-valid-attr-value); this one drops that reference unless the caller names the bar.
 */
import { MessageBar, type MessageBarProps } from "@fluentui/react-components";

export function Notice(props: MessageBarProps) {
  return <MessageBar aria-labelledby={undefined} {...props} />;
}
