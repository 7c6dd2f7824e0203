/**
 * The pane's unmarked lists (help, report result, roles): a <ul> for screen readers, drawn without
 * bullets or indent. One home, so every such list looks alike.
 */
import type { GriffelStyle } from "@fluentui/react-components";

export const PLAIN_LIST: GriffelStyle = { listStyleType: "none", margin: 0, padding: 0 };

/** A plain list whose items stack with `rowGap` (a Fluent spacing token) between them. */
export function stackedList(rowGap: string): GriffelStyle {
  return { ...PLAIN_LIST, display: "flex", flexDirection: "column", rowGap };
}
