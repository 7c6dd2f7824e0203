/**
 * The offer after Use selection on a plain range (issue #11): "Turn the survey into an Excel
 * table, so new responses are included by themselves". Make it a table converts the survey's
 * range (header row + answers, no cell changed) and the recipe then records the table, so Refresh
 * reads it as it has grown; Not now leaves the range as it is. Shown only where Excel would keep
 * every header as it is (../tableOffer.ts). A polite live region, as the header-row question; it
 * stands under Generate report, so the keyboard path (Skip to options → Generate) stays as short.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Catalogue } from "../../i18n/en/ui";
import { format } from "../../i18n/ui";
import { classifyError, errorText } from "../errors";
import type { LoadedSurvey, TaskpaneServices } from "../services";
import type { PaneAction } from "../state";
import { offersTable } from "../tableOffer";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  offer: { margin: 0, overflowWrap: "anywhere" },
  made: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TableOfferProps {
  s: Catalogue;
  survey: LoadedSurvey;
  /** `makeSurveyTable` makes the table (absent: no offer). */
  services: Pick<TaskpaneServices, "makeSurveyTable">;
  disabled?: boolean;
  /** Told `tableMade` once the table is made, so the recipe records it. */
  dispatch: (action: PaneAction) => void;
}

export function TableOffer({ s, survey, services, disabled, dispatch }: TableOfferProps) {
  const styles = useStyles();
  const t = s.tableOffer;
  const [ignored, setIgnored] = useState(false);
  const [working, setWorking] = useState(false);
  const [made, setMade] = useState<string>();
  const [error, setError] = useState<string>();
  if (!services.makeSurveyTable || (!made && (ignored || !offersTable(survey)))) return null;
  const makeTable = services.makeSurveyTable.bind(services);

  const make = async (): Promise<void> => {
    setWorking(true);
    setError(undefined);
    try {
      const table = await makeTable(survey.range);
      setMade(table);
      dispatch({ type: "tableMade", table });
    } catch (e) {
      setError(errorText(classifyError(e), s));
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className={styles.root} data-testid="table-offer">
      <p className={made ? styles.made : styles.offer} id="cs-table-offer" role="status" aria-live="polite">
        {made ? format(t.made, { table: made }) : t.offer}
      </p>
      {!made && (
        <div className={styles.actions} role="group" aria-labelledby="cs-table-offer">
          <Button disabled={disabled || working} onClick={() => void make()}>
            {t.make}
          </Button>
          <Button appearance="subtle" disabled={working} onClick={() => setIgnored(true)}>
            {t.ignore}
          </Button>
        </div>
      )}
      {error && <ErrorMessage title={t.failedTitle} body={error} />}
    </div>
  );
}
