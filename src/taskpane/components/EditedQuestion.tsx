/**
 * Refresh stopped at cells someone edited on the report's sheets: the pane lists them (ten, then
 * "and N more") and asks before replacing them; the manager's inputs (CSI weights) are kept either way.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { forwardRef } from "react";
import { editedCellsText, type Catalogue } from "../../i18n/ui";

const useStyles = makeStyles({ cells: { overflowWrap: "anywhere" } });

export interface EditedQuestionProps {
  s: Catalogue;
  cells: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}

export const EditedQuestion = forwardRef<HTMLDivElement, EditedQuestionProps>(function EditedQuestion({ s, cells, onReplace, onCancel }, ref) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" ref={ref} tabIndex={-1}>
      <MessageBarBody>
        <MessageBarTitle>{s.edited.title}</MessageBarTitle>
        <span className={styles.cells}>{editedCellsText(s, cells)}</span> {s.edited.inputsKept}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReplace}>
          {s.edited.replace}
        </Button>
        <Button onClick={onCancel}>{s.edited.cancel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
});
