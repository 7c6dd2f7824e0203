/**
 * The pane's settings at the foot of its body: the pane language (its own setting; the report
 * language is a report option) and the bundled help page, opened outside the pane.
 */
import { Field, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { uiStrings, UI_LANGUAGES, type Catalogue, type UiLanguage } from "../../i18n/ui";
import { Choice } from "./Choice";

/** The bundled help page (webpack copies src/taskpane/help.html next to taskpane.html), at the pane language's part. */
export const HELP_PAGE = "help.html";
export const helpHref = (language: UiLanguage): string => `${HELP_PAGE}#${language}`;

const useStyles = makeStyles({
  settings: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  language: { maxWidth: "200px", minWidth: 0 },
  fill: { width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsProps {
  s: Catalogue;
  lang: UiLanguage;
  onLanguage: (lang: UiLanguage) => void;
  /** Opens a page outside the pane (Office's browser window in Excel). */
  openUrl: (url: string) => void;
}

export function Settings({ s, lang, onLanguage, openUrl }: SettingsProps) {
  const styles = useStyles();
  /** The href stays for a middle click or a screen reader; a click opens the page outside the pane. */
  const openHelp = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    openUrl(new URL(helpHref(lang), window.location.href).href);
  };
  return (
    <section className={styles.settings} aria-labelledby="cs-settings">
      <Subtitle2 as="h2" id="cs-settings">
        {s.settings.heading}
      </Subtitle2>
      <Field label={s.paneLanguage} size="small" orientation="vertical" className={styles.language}>
        <Choice
          size="small"
          className={styles.fill}
          value={lang}
          items={UI_LANGUAGES.map((l) => ({ value: l, text: uiStrings(l).languageName }))}
          onChoose={(v) => onLanguage(v as UiLanguage)}
        />
      </Field>
      <Link href={helpHref(lang)} target="_blank" rel="noopener" onClick={openHelp} id="cs-help">
        {s.settings.help} <span className={styles.muted}>{s.settings.opensWindow}</span>
      </Link>
    </section>
  );
}
