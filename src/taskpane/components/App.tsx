/**
 * Placeholder task pane: what the add-in does and the ten worksheet functions.
 * To be replaced by the report flow (select → map columns → generate).
 */
import {
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Title2,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { FUNCTION_NAMES, type Catalogue } from "../../i18n/en";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tagline: { color: tokens.colorBrandForeground1 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  strings: Catalogue;
  dark: boolean;
}

export function App({ strings, dark }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={strings.locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title2 as="h1">{strings.appName}</Title2>
          <Subtitle2 className={styles.tagline}>{strings.tagline}</Subtitle2>
        </header>
        <Body1 as="p">{strings.intro}</Body1>
        <section aria-labelledby="cs-functions">
          <Subtitle2 as="h2" id="cs-functions">
            {strings.functionsHeading}
          </Subtitle2>
          <Caption1 as="p" className={styles.muted}>
            {strings.functionsHint}
          </Caption1>
          <ul className={styles.list}>
            {FUNCTION_NAMES.map((name) => (
              <li key={name} className={styles.item}>
                <Body1 className={styles.name}>{`CS.${name}`}</Body1>
                <Caption1>{strings.functions[name]}</Caption1>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="cs-report">
          <Subtitle2 as="h2" id="cs-report">
            {strings.reportHeading}
          </Subtitle2>
          <Caption1 as="p" className={styles.muted}>
            {strings.reportComingSoon}
          </Caption1>
        </section>
      </main>
    </FluentProvider>
  );
}
