/**
 * What was read, shown after Use selection and above the roles table: each warning as its own
 * warning MessageBar (warnings first — they ask for a look before Generate report), then what was
 * read (layout, header rows, metadata, pairs, respondents) as one info list. A polite live region
 * says how many warnings there are, so a screen reader hears it when the survey is read or a role
 * change adds or clears one. Texts come from src/i18n/checks.ts in the pane's language.
 */
import { Caption1, makeStyles, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../../i18n/en/ui";
import { checkChrome, renderCheck, warningsSummary } from "../../i18n/checks";
import { languageOf } from "../../i18n/ui";
import type { Check } from "../../report/checks";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  status: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere" },
});

export interface SurveyChecksProps {
  s: Catalogue;
  checks: readonly Check[];
}

export function SurveyChecks({ s, checks }: SurveyChecksProps) {
  const styles = useStyles();
  const lang = languageOf(s);
  const chrome = checkChrome(lang);
  const warnings = checks.filter((c) => c.severity === "warning");
  const infos = checks.filter((c) => c.severity === "info");
  return (
    <section className={styles.root} aria-labelledby="cs-checks" data-testid="survey-checks">
      <Subtitle2 as="h2" id="cs-checks">
        {chrome.paneHeading}
      </Subtitle2>
      <p className={styles.status} role="status" aria-live="polite">
        {warningsSummary(checks, lang)}
      </p>
      {warnings.map((c, i) => (
        <Notice key={`${c.key}-${i}`} intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>{renderCheck(c, lang)}</MessageBarBody>
        </Notice>
      ))}
      {infos.length > 0 && (
        <Notice intent="info" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {infos.map((c, i) => (
                <li key={`${c.key}-${i}`} className={styles.item}>
                  <Caption1>{renderCheck(c, lang)}</Caption1>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </Notice>
      )}
    </section>
  );
}
