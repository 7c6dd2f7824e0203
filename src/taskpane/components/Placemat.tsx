/**
 * The start screen's placemat (issue #11, first run): what CS Insight does, what the survey needs
 * (one respondent per row with column names in row 1, or a platform export) and what comes out
 * (the six report sheets, named in the pane's language). Open on the start screen; `folded` once
 * a survey is on screen: one collapsed accordion line under the same heading, re-openable, so the
 * roles and Generate get the pane's height.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../../i18n/en/ui";
import { formatList } from "../../i18n/format";
import { reportStrings } from "../../i18n/report";
import { format, type UiLanguage } from "../../i18n/ui";
import type { SheetKey } from "../../report/plan";

/** The survey platforms whose exports the reader recognises (src/survey/ layouts); brand names, not translated. */
export const EXPORT_PLATFORMS = ["Qualtrics", "SurveyMonkey", "Google Forms", "Microsoft Forms", "LimeSurvey"] as const;

const SHEET_ORDER: readonly SheetKey[] = ["summary", "priority", "gap", "kano", "segments", "trend"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  para: { margin: 0, overflowWrap: "anywhere" },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300 },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  folded: { borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
});

/** The six sheet names in `language`, joined as a list ("Summary, Priorities, …"). */
export function sheetList(language: UiLanguage): string {
  const names = reportStrings(language).sheetNames;
  return formatList(
    SHEET_ORDER.map((k) => names[k]),
    language,
  );
}

export function Placemat({ s, language, folded = false }: { s: Catalogue; language: UiLanguage; folded?: boolean }) {
  const styles = useStyles();
  if (folded) {
    return (
      <Accordion collapsible className={styles.folded}>
        <AccordionItem value="placemat">
          <AccordionHeader as="h2" size="small" id="cs-placemat">
            {s.placemat.heading}
          </AccordionHeader>
          <AccordionPanel>
            <PlacematText s={s} language={language} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="cs-placemat">
      <Subtitle2 as="h2" id="cs-placemat" className={styles.sub}>
        {s.placemat.heading}
      </Subtitle2>
      <PlacematText s={s} language={language} />
    </section>
  );
}

/** The three paragraphs under the heading (open or folded). */
function PlacematText({ s, language }: { s: Catalogue; language: UiLanguage }) {
  const styles = useStyles();
  return (
    <div className={styles.text}>
      <Body1 as="p" className={styles.para}>
        {s.placemat.does}
      </Body1>
      <Subtitle2 as="h3" className={styles.sub}>
        {s.placemat.needsHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.para}>
        {s.placemat.needs} {format(s.placemat.exports, { platforms: formatList(EXPORT_PLATFORMS, language) })}
      </Body1>
      <Subtitle2 as="h3" className={styles.sub}>
        {s.placemat.givesHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.para}>
        {format(s.placemat.gives, { sheets: sheetList(language) })}
      </Body1>
    </div>
  );
}
