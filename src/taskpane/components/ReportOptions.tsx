/**
 * Report options: rating scale, which sheets, the segment column; folded under "More options"
 * (so Generate stays within ten Tab stops of the page's start): where the quadrant lines go, how
 * importance is measured (stated or derived: Pearson, β, relative weights, Shapley), the adjustment
 * of the segments' p-values, raking the weights to population margins (the address of a margins
 * table in the workbook, checked as typed), the satisfaction model (./ModelOptions) and the report language. Every control has a visible label (Fluent Field, or a fieldset legend).
 * A sheet the column roles cannot give is unchecked and disabled, its reason written beside it
 * (report/sheetsPossible), so the count of sheets written is no surprise.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { forwardRef, memo, useMemo } from "react";
import type { Catalogue } from "../../i18n/en/ui";
import { formatNumber } from "../../i18n/format";
import { format, languageOf, uiStrings, UI_LANGUAGES } from "../../i18n/ui";
import { IMPORTANCE_METHODS } from "../../report/analysis";
import type { ReportLanguage, SheetKey } from "../../report/plan";
import { sheetsImpossible } from "../../report/sheetsPossible";
import type { ColumnProposal } from "../../survey/roles";
import type { Scale } from "../../survey/types";
import { parseMarginsRef } from "../marginsRef";
import { SCALE_CHOICES, SHEET_KEYS, type PaneState } from "../state";
import { Choice, type ChoiceProps } from "./Choice";
import { ModelOptions } from "./ModelOptions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  more: { borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  morePanel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
  },
  sheets: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  // A sheet with its reason takes a line of its own, the reason under the label.
  unavailable: { flexBasis: "100%", display: "flex", flexDirection: "column" },
  reason: { color: tokens.colorNeutralForeground3, margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  muted: { color: tokens.colorNeutralForeground3 },
  control: { minWidth: 0, width: "100%" },
});

type Choices = PaneState["choices"];

export interface ReportOptionsProps {
  s: Catalogue;
  choices: Choices;
  /** The report language in effect (the choice, else the pane's language). */
  language: ReportLanguage;
  proposals: readonly ColumnProposal[];
  /** The scale the answers suggest (shown in the "automatic" choice). */
  detected: Scale;
  disabled?: boolean;
  onChange(choices: Partial<Choices>): void;
}

/** One labelled select of the options, as wide as the pane. */
function ChoiceField({ label, ...choice }: ChoiceProps & { label: string }) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Choice className={styles.control} {...choice} />
    </Field>
  );
}

const scaleKey = (scale: Scale): string => `${scale.min}-${scale.max}`;

/** `ref` is the options section (the task pane's "Skip to options" moves focus into it). */
// Memoised as ColumnTable is: progress reports re-render the pane.
export const ReportOptions = memo(
  forwardRef<HTMLElement, ReportOptionsProps>(function ReportOptions({ s, choices, language, proposals, detected, disabled, onChange }, ref) {
    const styles = useStyles();
    // The pane's language writes the numbers (0,5 in Spanish), not the report's.
    const number = (x: number): string => formatNumber(x, languageOf(s));
    const range = (scale: Scale): string => format(s.options.scaleRange, { min: number(scale.min), max: number(scale.max) });
    const scaleItems = [
      { value: "auto", text: format(s.options.scaleAuto, { scale: range(detected) }) },
      ...SCALE_CHOICES.map((scale) => ({ value: scaleKey(scale), text: range(scale) })),
    ];
    const crosshairItems = (["mean", "median", "midpoint"] as const).map((m) => ({ value: m, text: s.options.crosshairModes[m] }));
    const pAdjustItems = (["holm", "bh"] as const).map((m) => ({ value: m, text: s.options.pAdjustMethods[m] }));
    // Kano: keep every respondent, or leave out those with more Q answers than 0–3 (issue #14).
    const kanoPairs = proposals.some((p) => p.role === "kano_functional");
    const kanoQItems = [
      { value: "all", text: s.options.kanoKeepAll },
      ...[0, 1, 2, 3].map((n) => ({ value: String(n), text: format(s.options.kanoDropAbove, { count: number(n) }) })),
    ];
    // IPMA importance is the satisfaction model's: offered once a model is chosen.
    const importanceItems = IMPORTANCE_METHODS.filter((m) => m !== "ipma" || choices.model !== undefined).map((m) => ({
      value: m,
      text: s.options.importanceMethods[m],
    }));
    const segments = proposals.filter((p) => p.role === "segment");
    const segmentItems = segments.map((p) => ({
      value: String(p.index),
      text: p.header || format(s.columns.untitled, { n: p.index + 1 }),
    }));
    const rakeText = choices.rakeMargins ?? "";
    const rakeBad = rakeText.trim() !== "" && parseMarginsRef(rakeText) === undefined;
    const languageItems = UI_LANGUAGES.map((l) => ({ value: l, text: uiStrings(l).languageName }));
    const impossible = useMemo(() => sheetsImpossible(proposals), [proposals]);

    const toggleSheet = (key: SheetKey, on: boolean): void => {
      const set = new Set(choices.sheets);
      if (on) set.add(key);
      else set.delete(key);
      onChange({ sheets: SHEET_KEYS.filter((k) => set.has(k)) });
    };

    return (
      <section ref={ref} aria-labelledby="cs-options" className={styles.root}>
        <Subtitle2 as="h2" id="cs-options">
          {s.options.heading}
        </Subtitle2>
        <ChoiceField
          label={s.options.scale}
          disabled={disabled}
          value={choices.scale ? scaleKey(choices.scale) : "auto"}
          items={scaleItems}
          onChoose={(v) => onChange({ scale: SCALE_CHOICES.find((c) => scaleKey(c) === v) })}
        />
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend className={styles.legend}>{s.options.sheets}</legend>
          <div className={styles.sheets}>
            {SHEET_KEYS.map((key) => {
              const missing = impossible[key];
              if (missing === undefined) {
                return (
                  <Checkbox
                    key={key}
                    label={s.options.sheetNames[key]}
                    checked={choices.sheets.includes(key)}
                    disabled={disabled}
                    onChange={(_, data) => toggleSheet(key, data.checked === true)}
                  />
                );
              }
              // The wish stays in choices.sheets: a role change that makes the sheet possible checks it again.
              const reasonId = `cs-sheet-${key}-reason`;
              return (
                <div key={key} className={styles.unavailable}>
                  <Checkbox label={s.options.sheetNames[key]} checked={false} disabled aria-describedby={reasonId} />
                  <Caption1 as="p" id={reasonId} className={styles.reason}>
                    {s.options.sheetMissing[missing]}
                  </Caption1>
                </div>
              );
            })}
          </div>
        </fieldset>
        {segments.length > 0 ? (
          <ChoiceField
            label={s.options.segment}
            disabled={disabled}
            value={choices.segment === undefined ? "" : String(choices.segment)}
            items={segmentItems}
            onChoose={(v) => onChange({ segment: Number(v) })}
          />
        ) : (
          <Caption1 as="p" className={styles.muted}>
            {s.options.segmentNone}
          </Caption1>
        )}
        <Accordion collapsible className={styles.more}>
          <AccordionItem value="more">
            <AccordionHeader as="h3" size="small">
              {s.options.more}
            </AccordionHeader>
            <AccordionPanel className={styles.morePanel}>
              <ChoiceField
                label={s.options.crosshair}
                disabled={disabled}
                value={choices.crosshair}
                items={crosshairItems}
                onChoose={(v) => onChange({ crosshair: v as Choices["crosshair"] })}
              />
              <ChoiceField
                label={s.options.importance}
                disabled={disabled}
                value={choices.importance ?? "stated"}
                items={importanceItems}
                onChoose={(v) => onChange({ importance: IMPORTANCE_METHODS.find((m) => m === v) })}
              />
              {kanoPairs ? (
                <ChoiceField
                  label={s.options.kanoMaxQuestionable}
                  disabled={disabled}
                  value={choices.kanoMaxQuestionable === undefined ? "all" : String(choices.kanoMaxQuestionable)}
                  items={kanoQItems}
                  onChoose={(v) => onChange({ kanoMaxQuestionable: v === "all" ? undefined : Number(v) })}
                />
              ) : null}
              {segments.length > 0 ? (
                <ChoiceField
                  label={s.options.pAdjust}
                  disabled={disabled}
                  value={choices.pAdjust ?? "holm"}
                  items={pAdjustItems}
                  onChoose={(v) => onChange({ pAdjust: v === "bh" ? "bh" : "holm" })}
                />
              ) : null}
              <Field
                label={s.options.rake}
                hint={s.options.rakeHint}
                validationState={rakeBad ? "error" : "none"}
                validationMessage={rakeBad ? s.options.rakeBadAddress : undefined}
              >
                <Input
                  className={styles.control}
                  disabled={disabled}
                  value={rakeText}
                  placeholder={s.options.rakePlaceholder}
                  onChange={(_, data) => onChange({ rakeMargins: data.value.trim() === "" ? undefined : data.value })}
                />
              </Field>
              <ModelOptions
                s={s}
                model={choices.model}
                proposals={proposals}
                disabled={disabled}
                // No model, no IPMA importance: the choice goes back to the default.
                onChange={(model) => onChange(model === undefined && choices.importance === "ipma" ? { model, importance: undefined } : { model })}
              />
              <ChoiceField
                label={s.options.reportLanguage}
                disabled={disabled}
                value={language}
                items={languageItems}
                onChoose={(v) => onChange({ language: v as ReportLanguage })}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>
    );
  }),
);
