/**
 * The satisfaction model option (issue #15), under More options: a template (ACSI, ECSI, or none);
 * then, per construct of it, the survey columns that measure it (first proposed from the roles and
 * header words: survey/constructs.ts), and the model as it stands — drawn as the Model sheet draws
 * it, each construct with its antecedents, the constructs left out, or why there is no model yet
 * (no column for Satisfaction).
 * A column measures one construct: choosing it for one takes it from another.
 */
import { Caption1, Dropdown, Field, makeStyles, mergeClasses, Option, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { isCsError } from "../../engine/errors";
import type { DiagramEdge, DiagramNode } from "../../report/pathDiagram";
import { PLS_TEMPLATES, plsTemplate, templateModel, type PlsConstructKey, type PlsTemplateChoice } from "../../engine/pls/templates";
import type { Catalogue } from "../../i18n/en/ui";
import { formatList } from "../../i18n/format";
import { localizeMessage } from "../../i18n/messages";
import { reportStrings } from "../../i18n/report";
import { format, languageOf } from "../../i18n/ui";
import { headersOfTheirOwn, suggestConstructs } from "../../survey/constructs";
import type { ColumnProposal } from "../../survey/roles";
import { Choice } from "./Choice";
import { ModelDiagram } from "./ModelDiagram";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  control: { minWidth: 0, width: "100%" },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorPaletteRedForeground1 },
  // Long headers: the list stays within the pane and wraps them; the closed control shows one line.
  listbox: { maxWidth: "calc(100vw - 24px)", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
  option: { whiteSpace: "normal", overflowWrap: "anywhere" },
  chosen: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
});

/** Roles whose columns can measure a construct (answers on a scale). */
const MEASURING: ReadonlySet<ColumnProposal["role"]> = new Set(["rating", "overall", "recommend", "expectation", "perception", "importance"]);

export interface ModelOptionsProps {
  s: Catalogue;
  model: PlsTemplateChoice | undefined;
  proposals: readonly ColumnProposal[];
  disabled?: boolean;
  onChange(model: PlsTemplateChoice | undefined): void;
}

interface Preview {
  lines: string[];
  /** The path diagram of the constructs measured. */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  problem?: string;
}

/** The model as it stands: each endogenous construct with its antecedents, the constructs left out, and its diagram; or the problem. */
function usePreview(s: Catalogue, model: PlsTemplateChoice | undefined): Preview {
  const lang = languageOf(s);
  return useMemo(() => {
    const template = model && plsTemplate(model.template);
    if (!model || !template) return { lines: [], nodes: [], edges: [] };
    const names = reportStrings(lang).model.constructNames;
    try {
      const { specs, leftOut } = templateModel(template, model.indicators, names);
      const lines = specs
        .filter((c) => c.antecedents.length > 0)
        .map((c) => format(s.options.modelPath, { construct: c.construct, antecedents: formatList(c.antecedents, lang) }));
      if (leftOut.length > 0)
        lines.push(
          format(s.options.modelLeftOut, {
            constructs: formatList(
              leftOut.map((k) => names[k]),
              lang,
            ),
          }),
        );
      const nodes = specs.map((c) => ({ name: c.construct, text: c.construct }));
      const edges = specs.flatMap((c) => c.antecedents.map((a) => ({ from: a, to: c.construct })));
      return { lines, nodes, edges };
    } catch (e) {
      if (!isCsError(e)) throw e;
      return { lines: [], nodes: [], edges: [], problem: localizeMessage(e, lang) };
    }
  }, [s, lang, model]);
}

export function ModelOptions({ s, model, proposals, disabled, onChange }: ModelOptionsProps) {
  const styles = useStyles();
  const lang = languageOf(s);
  const names = reportStrings(lang).model.constructNames;
  const templateNames = reportStrings(lang).model.templates;
  const template = model ? plsTemplate(model.template) : undefined;
  // A header two columns share cannot name an indicator: such columns are not offered.
  const columns = useMemo(() => {
    const own = headersOfTheirOwn(proposals);
    return proposals.filter((p) => MEASURING.has(p.role) && own.has(p.header.trim())).map((p) => p.header);
  }, [proposals]);
  const offered = useMemo(() => new Set(columns), [columns]);
  const preview = usePreview(s, model);
  const items = [{ value: "none", text: s.options.modelNone }, ...PLS_TEMPLATES.map((t) => ({ value: t.id, text: templateNames[t.id] }))];

  const choose = (key: string): void => {
    const next = plsTemplate(key);
    onChange(next ? { template: next.id, indicators: suggestConstructs(proposals, next) } : undefined);
  };
  const assign = (construct: PlsConstructKey, headers: string[]): void => {
    if (!model) return;
    const indicators: PlsTemplateChoice["indicators"] = {};
    const taken = new Set(headers);
    for (const [k, list] of Object.entries(model.indicators) as [PlsConstructKey, string[]][]) {
      const kept = k === construct ? headers : list.filter((h) => !taken.has(h));
      if (kept.length > 0) indicators[k] = kept;
    }
    if (headers.length > 0) indicators[construct] = headers;
    onChange({ ...model, indicators });
  };

  return (
    <>
      <Field label={s.options.model} hint={s.options.modelHint}>
        <Choice className={styles.control} disabled={disabled} value={template?.id ?? "none"} items={items} onChoose={choose} />
      </Field>
      {template && model ? (
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend className={styles.legend}>{s.options.modelColumns}</legend>
          {template.constructs.map(({ construct }) => {
            const chosen = (model.indicators[construct] ?? []).filter((h) => offered.has(h));
            return (
              <Field key={construct} label={names[construct]}>
                <Dropdown
                  className={styles.control}
                  multiselect
                  disabled={disabled}
                  placeholder={s.options.modelNoColumn}
                  value={chosen.join(", ")}
                  selectedOptions={chosen}
                  clearButton={null}
                  listbox={{ className: styles.listbox }}
                  // A long list of columns fits neither below nor above: Fluent would then open it beside the
                  // control, outside the pane. It opens below or above, as tall as there is room, and scrolls.
                  positioning={{ position: "below", align: "start", autoSize: "height", fallbackPositions: ["above"] }}
                  button={{
                    children: (
                      <span className={styles.chosen} title={chosen.join(", ")}>
                        {chosen.length > 0 ? chosen.join(", ") : s.options.modelNoColumn}
                      </span>
                    ),
                  }}
                  onOptionSelect={(_, data) => assign(construct, data.selectedOptions)}
                >
                  {columns.map((h) => (
                    <Option key={h} value={h} text={h} className={styles.option}>
                      {h}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          <Caption1 as="p" id="cs-model-preview">
            {s.options.modelPreview}
          </Caption1>
          {preview.problem !== undefined ? (
            <Caption1 as="p" role="status" className={mergeClasses(styles.preview, styles.problem)}>
              {preview.problem}
            </Caption1>
          ) : (
            <>
              <ModelDiagram nodes={preview.nodes} edges={preview.edges} />
              <ul aria-labelledby="cs-model-preview" className={styles.preview}>
                {preview.lines.map((line) => (
                  <li key={line}>
                    <Caption1>{line}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
      ) : null}
    </>
  );
}
