/**
 * A Fluent Dropdown over a fixed list of choices, keyed by string values (every select in the
 * pane). It may shrink below Fluent's 250 px minimum, and a long choice is cut with an ellipsis
 * (full text in the tooltip) instead of wrapping, unless `wrap` asks for the whole text on
 * several lines (the roles list: a role name must be read in full at 320 px). The open listbox has
 * a border: Fluent draws its edge with a shadow only, which in dark theme is lost against the
 * same-coloured page (WCAG 1.4.11 asks ≥ 3:1 for a component's edge; colorNeutralStrokeAccessible
 * gives ≈ 6:1 on either theme).
 */
import { Dropdown, makeStyles, mergeClasses, Option, tokens, type DropdownProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minWidth: 0 },
  listbox: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere", textOverflow: "clip" },
});

export interface ChoiceItem {
  value: string;
  text: string;
}

export interface ChoiceProps extends Omit<DropdownProps, "value" | "selectedOptions" | "onOptionSelect" | "onChange" | "children" | "button" | "listbox"> {
  value: string;
  items: readonly ChoiceItem[];
  onChoose(value: string): void;
  /** Wrap a long choice onto more lines instead of cutting it. */
  wrap?: boolean;
}

export function Choice({ value, items, onChoose, wrap, className, ...rest }: ChoiceProps) {
  const styles = useStyles();
  const current = items.find((i) => i.value === value);
  const text = current?.text ?? "";
  return (
    <Dropdown
      {...rest}
      className={mergeClasses(styles.root, className)}
      value={text}
      selectedOptions={current ? [current.value] : []}
      listbox={{ className: styles.listbox }}
      // never clearable: no hidden clear button carrying Fluent's English label "Clear selection"
      clearButton={null}
      button={{
        children: (
          <span className={mergeClasses(styles.text, wrap && styles.wrap)} title={text}>
            {text}
          </span>
        ),
      }}
      onOptionSelect={(_, data) => {
        if (data.optionValue !== undefined && data.optionValue !== value) onChoose(data.optionValue);
      }}
    >
      {items.map((i) => (
        <Option key={i.value} value={i.value} text={i.text}>
          {i.text}
        </Option>
      ))}
    </Dropdown>
  );
}
