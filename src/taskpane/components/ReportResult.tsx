/**
 * The written report: a success message (the respondents — after Refresh with the number before —
 * and the sheets written), the warnings to check before sharing the numbers (the
 * reading's and the results', src/i18n/checks.ts; the Summary sheet has them next to the figures),
 * a link per sheet (activates it) and the skipped cells, each said in the pane's language
 * (src/i18n/messages.ts) and named by its sheet address ("Survey!E15", a link that selects it).
 */
import { Caption1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Catalogue } from "../../i18n/en/ui";
import { checkChrome, renderCheck } from "../../i18n/checks";
import { localizeMessage } from "../../i18n/messages";
import { countText, format, languageOf, respondentsText } from "../../i18n/ui";
import { cellLabel, issueCell, issueReason, type SheetCell } from "../issueCells";
import type { ReportResult as Result } from "../services";
import { stackedList } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: stackedList(tokens.spacingVerticalXS),
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  issue: { overflowWrap: "anywhere" },
});

/** How many skipped cells the pane lists (the Summary sheet lists more). */
export const ISSUES_LISTED = 5;

export interface ReportResultProps {
  s: Catalogue;
  result: Result;
  onOpen(name: string): void;
  /** Selects a skipped cell in the workbook. */
  onSelectCell(cell: SheetCell): void;
}

export const ReportResult = forwardRef<HTMLDivElement, ReportResultProps>(function ReportResult({ s, result, onOpen, onSelectCell }, ref) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="cs-result">
      {/* Named by the title's own id (Fluent's default names it by an id the title no longer has). */}
      <MessageBar intent="success" layout="multiline" aria-labelledby="cs-result">
        <MessageBarBody>
          <MessageBarTitle id="cs-result">{s.done.title}</MessageBarTitle>
          <div ref={ref} tabIndex={-1}>
            <div>{respondentsText(s, result.n, result.previousN)}</div>
            {result.movedTo && <div>{format(s.done.movedTo, { range: result.movedTo })}</div>}
            <div>{countText(s, s.done.body, result.sheets.length)}</div>
          </div>
        </MessageBarBody>
      </MessageBar>
      {result.checks && result.checks.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{checkChrome(languageOf(s)).resultHeading}</MessageBarTitle>
            <ul className={styles.issues}>
              {result.checks.map((c, i) => (
                <li key={`${c.key}-${i}`} className={styles.issue}>
                  {renderCheck(c, languageOf(s))}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-labelledby="cs-result">
        {result.sheets.map((sheet) => (
          <li key={sheet.key}>
            <Link as="button" aria-label={format(s.done.openSheet, { sheet: sheet.name })} onClick={() => onOpen(sheet.name)}>
              {sheet.name}
            </Link>
          </li>
        ))}
      </ul>
      {result.issueCount > 0 && (
        <div>
          <Caption1 as="p">{countText(s, s.done.issues, result.issueCount)}</Caption1>
          <ul className={styles.issues}>
            {result.issues.slice(0, ISSUES_LISTED).map((issue, i) => {
              const survey = result.survey;
              if (!survey) {
                return (
                  <li key={i} className={styles.issue}>
                    <Caption1>{format(s.done.issue, { message: localizeMessage(issue, languageOf(s)) })}</Caption1>
                  </li>
                );
              }
              const cell = issueCell(issue, survey);
              const label = cellLabel(cell);
              const [before, after] = s.done.issueAt.split("{cell}");
              return (
                <li key={i} className={styles.issue}>
                  <Caption1>
                    {before}
                    <Link as="button" inline aria-label={format(s.done.selectCell, { cell: label })} onClick={() => onSelectCell(cell)}>
                      {label}
                    </Link>
                    {format(after ?? "", { message: issueReason(issue, languageOf(s)) })}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
});
