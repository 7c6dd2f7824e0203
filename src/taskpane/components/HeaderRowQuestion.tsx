/**
 * The header-row question (issue #8), shown after Use selection when the range's first row looks
 * like answers, before the roles table: "Row 1 holds column names" reads the survey as it was
 * read; "Row 1 is a respondent" reads it without a header row (generated column names, row 1 a
 * data row). The question is a polite live region, so a screen reader hears it when the survey is
 * read; once answered "respondent", the same region says how the columns were named. Texts come
 * from the pane's catalogue (src/i18n/en.ts `headerRow`).
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../../i18n/en/ui";
import { countNumber, format } from "../../i18n/ui";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  asked: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  question: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  said: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface HeaderRowQuestionProps {
  s: Catalogue;
  /** The question is open (the first row looks like answers and the user has not said). */
  asked: boolean;
  /** Columns named "Column 1" … when the range is read without a header row; undefined otherwise. */
  headerlessColumns?: number;
  disabled?: boolean;
  onAnswer: (answer: "names" | "respondent") => void;
}

export function HeaderRowQuestion({ s, asked, headerlessColumns, disabled, onAnswer }: HeaderRowQuestionProps) {
  const styles = useStyles();
  const t = s.headerRow;
  const said = asked ? t.question : headerlessColumns !== undefined ? format(t.readHeaderless, { columns: countNumber(s, headerlessColumns) }) : "";
  // One live region for the question and what the answer did (it stays in the page, so both are heard).
  return (
    <div className={mergeClasses(styles.root, asked && styles.asked)} data-testid="header-row">
      <p className={asked ? styles.question : styles.said} id="cs-header-row-question" role="status" aria-live="polite">
        {said}
      </p>
      {asked && (
        <div className={styles.actions} role="group" aria-labelledby="cs-header-row-question">
          <Button appearance="primary" disabled={disabled} onClick={() => onAnswer("names")}>
            {t.names}
          </Button>
          <Button disabled={disabled} onClick={() => onAnswer("respondent")}>
            {t.respondent}
          </Button>
        </div>
      )}
    </div>
  );
}
