/**
 * The survey's columns with their proposed roles: one list item per column, stacked so it reads
 * at 320 px — the header and an example answer, then a full-width role dropdown (the whole role
 * name, wrapped if need be, never cut) and, for attribute roles, the attribute name. The list is
 * part of the pane's one scrolling body (no scroller of its own) inside a focusable, labelled
 * region. A "Skip to options" button, shown when it has focus, comes just before the list so the
 * keyboard need not Tab through a dropdown per column.
 */
import { Button, Caption1, Input, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../../i18n/en/ui";
import { countNumber, format } from "../../i18n/ui";
import { ATTRIBUTE_ROLES, COLUMN_ROLES, type ColumnProposal, type ColumnRole } from "../../survey/roles";
import { memo } from "react";
import { Choice } from "./Choice";
import { PLAIN_LIST } from "./listStyles";

const useStyles = makeStyles({
  region: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: PLAIN_LIST,
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    ":not(:first-child)": { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  truncate: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  /** Headers get two lines ("Waiting time - importance" must show its role word), then an ellipsis. */
  header: {
    fontWeight: tokens.fontWeightSemibold,
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: 2,
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  sample: { color: tokens.colorNeutralForeground3 },
  ignored: { color: tokens.colorNeutralForeground4 },
  para: { margin: 0 },
  /** Visually hidden until focused (the usual skip-link pattern), then a normal inline button. */
  skip: {
    alignSelf: "flex-start",
    ":not(:focus)": {
      position: "absolute",
      width: "1px",
      height: "1px",
      minWidth: 0,
      padding: 0,
      margin: "-1px",
      border: "none",
      overflow: "hidden",
      clipPath: "inset(50%)",
      whiteSpace: "nowrap",
    },
  },
  control: { width: "100%", minWidth: 0 },
});

export interface ColumnTableProps {
  s: Catalogue;
  proposals: readonly ColumnProposal[];
  samples: readonly string[];
  disabled?: boolean;
  onRole(index: number, role: ColumnRole): void;
  onAttribute(index: number, attribute: string): void;
  /** Moves focus past the table (to the first report option). */
  onSkip(): void;
}

/** Memoised: a progress report re-renders the pane, and 30 role pickers would make each one a long task (issue #11). */
export const ColumnTable = memo(function ColumnTable({ s, proposals, samples, disabled, onRole, onAttribute, onSkip }: ColumnTableProps) {
  const styles = useStyles();
  const roleItems = COLUMN_ROLES.map((r) => ({ value: r, text: s.roles[r] }));
  return (
    <section aria-labelledby="cs-columns" className={styles.stack}>
      <Subtitle2 as="h2" id="cs-columns">
        {s.columns.heading}
      </Subtitle2>
      <Caption1 as="p" className={styles.para}>
        {s.columns.hint} {format(s.columns.count, { n: countNumber(s, proposals.length) })}
      </Caption1>
      <Button appearance="subtle" size="small" className={styles.skip} onClick={onSkip}>
        {s.columns.skipToOptions}
      </Button>
      <div className={styles.region} tabIndex={0} role="region" aria-label={s.columns.tableLabel}>
        <ul className={styles.list}>
          {proposals.map((p) => {
            const header = p.header || format(s.columns.untitled, { n: p.index + 1 });
            const sample = samples[p.index] ? format(s.columns.sample, { value: samples[p.index] }) : s.columns.noSample;
            const attributeRole = ATTRIBUTE_ROLES.includes(p.role);
            return (
              <li key={p.index} className={styles.item} data-column={p.index}>
                <div className={styles.stack}>
                  <span className={mergeClasses(styles.header, p.role === "ignore" && styles.ignored)} title={header}>
                    {header}
                  </span>
                  <Caption1 className={mergeClasses(styles.truncate, styles.sample)} title={sample}>
                    {sample}
                  </Caption1>
                </div>
                <Choice
                  size="small"
                  wrap
                  className={styles.control}
                  aria-label={format(s.columns.roleLabel, { header })}
                  value={p.role}
                  items={roleItems}
                  disabled={disabled}
                  onChoose={(role) => onRole(p.index, role as ColumnRole)}
                />
                {attributeRole && (
                  <Input
                    size="small"
                    className={styles.control}
                    aria-label={format(s.columns.attributeLabel, { header })}
                    placeholder={s.columns.attribute}
                    value={p.attribute ?? ""}
                    disabled={disabled}
                    onChange={(_, data) => onAttribute(p.index, data.value)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
});
