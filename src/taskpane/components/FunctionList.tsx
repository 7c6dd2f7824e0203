/** Help: the ten CS worksheet functions, folded away under an accordion at the foot of the pane. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_NAMES, type Catalogue } from "../../i18n/en/ui";
import { stackedList } from "./listStyles";

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalS),
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function FunctionList({ s }: { s: Catalogue }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="functions">
        <AccordionHeader as="h2" size="small">
          {s.functionsHeading}
        </AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p" className={styles.muted}>
            {s.functionsHint}
          </Caption1>
          <ul className={styles.list}>
            {FUNCTION_NAMES.map((name) => (
              <li key={name} className={styles.item}>
                <Body1 className={styles.name}>{`CS.${name}`}</Body1>
                <Caption1>{s.functions[name]}</Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
