/**
 * The task pane: select the survey → confirm the column roles and options → Generate report (or
 * Refresh a stored one) → links to the written sheets. Renders error, then loading, then data.
 * Excel is reached only through `services` (./pipeline implements them over Excel.run).
 * Layout for a 320 × 560 pane (issue #11): a short header, one scrolling body, and the current
 * stage's primary action (Use selection, Generate report or Refresh) in a bar that sticks to the
 * foot of the body, so it is on screen however long the roles list is. The pane language and
 * the help page are in Settings at the end of the body.
 */
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import { formatList } from "../../i18n/format";
import { countNumber, format, uiStrings, type UiLanguage } from "../../i18n/ui";
import { classifyError, errorText, errorTitle, surveyNotFound } from "../errors";
import { setPageLanguage } from "../pageLanguage";
import { ReportEditedError } from "../pipeline";
import type { OnProgress, ReportResult as Result, TaskpaneServices } from "../services";
import { detectedScale, generateProblem, headerRowAsked, initialState, readingChecksOf, reducer, requestedSheets, type PaneState, type Task } from "../state";
import type { ColumnRole } from "../../survey/roles";
import { ColumnTable } from "./ColumnTable";
import { EditedQuestion } from "./EditedQuestion";
import { FunctionList } from "./FunctionList";
import { HeaderRowQuestion } from "./HeaderRowQuestion";
import { Notice } from "./Notice";
import { Placemat } from "./Placemat";
import { ReportOptions } from "./ReportOptions";
import { ErrorMessage } from "./ErrorMessage";
import { ReportResult } from "./ReportResult";
import { SurveyChecks } from "./SurveyChecks";
import { Settings } from "./Settings";
import { TableOffer } from "./TableOffer";
import { TaskProgress } from "./TaskProgress";
import { createEstimator, type Estimator } from "../progressText";

const useStyles = makeStyles({
  /** The pane's height exactly: the header stays, the body scrolls (the only scroller). */
  root: {
    height: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  header: {
    flex: "none",
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  tagline: { color: tokens.colorBrandForeground1 },
  // Positioned, so visually hidden controls (Skip to options) are placed inside the scroller, not the page.
  body: {
    position: "relative",
    flex: "1 1 auto",
    minHeight: 0,
    overflowY: "auto",
    // A control that takes focus by Tab is scrolled clear of the sticky action bar, not under it.
    scrollPaddingBottom: "88px",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /** Sticks to the foot of the scrolling body (Settings comes after it in reading order). */
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  para: { margin: 0 },
  summary: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    ":focus": { outline: "none" },
  },
  generate: { alignSelf: "stretch" },
  footer: { paddingBottom: tokens.spacingVerticalM },
});

export interface AppProps {
  services: TaskpaneServices;
  /** The pane language Office asked for; the user can change it in the pane. */
  language: UiLanguage;
  dark: boolean;
  /** Opens a page outside the pane (Office's browser window in Excel); a new tab when not given. */
  openUrl?: (url: string) => void;
}

export { HELP_PAGE, helpHref } from "./Settings";

const openInNewTab = (url: string): void => void window.open(url, "_blank", "noopener");

export function App({ services, language, dark, openUrl = openInNewTab }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<UiLanguage>(language);
  const s = uiStrings(lang);
  const [state, dispatch] = useReducer(reducer, initialState);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const requirementsRef = useRef<HTMLDivElement>(null);
  const optionsRef = useRef<HTMLElement>(null);
  const generateRef = useRef<HTMLButtonElement>(null);
  const { survey: readSurvey, proposals: currentRoles } = state;
  const asked = headerRowAsked(state);
  // While the header-row question is open it stands in for the first-row warning.
  const checks = useMemo(
    () => readingChecksOf({ survey: readSurvey, proposals: currentRoles }).filter((c) => !(asked && c.key === "firstRowData")),
    [readSurvey, currentRoles, asked],
  );

  useEffect(() => setPageLanguage(lang), [lang]);

  // Boot: requirement sets first (nothing else runs without them), then a stored report.
  useEffect(() => {
    let live = true;
    if (!services.inExcel()) {
      dispatch({ type: "booted", host: false, missing: [] });
      return;
    }
    const missing = services.missingRequirements();
    if (missing.length > 0) {
      dispatch({ type: "booted", host: true, missing });
      return;
    }
    services
      .storedReport()
      .catch(() => undefined) // no readable recipe: the pane offers a new report
      .then((stored) => live && dispatch({ type: "booted", host: true, missing: [], stored }));
    return () => {
      live = false;
    };
  }, [services]);

  // Focus follows the flow: the survey summary after reading, the result after writing, an error when one appears.
  useEffect(() => summaryRef.current?.focus(), [state.survey]);
  useEffect(() => resultRef.current?.focus(), [state.result]);
  // An error message takes the focus (not the page body), so it is read at once and Dismiss is next;
  // once dismissed, the focus goes on where the work goes on (the survey read, else Use selection).
  const startRef = useRef<HTMLButtonElement>(null);
  const hadError = useRef(false);
  useEffect(() => {
    const el = errorRef.current;
    if (el) {
      hadError.current = true;
      el.scrollIntoView?.({ block: "nearest" });
      el.focus();
    } else if (hadError.current && !state.error) {
      hadError.current = false;
      (summaryRef.current ?? startRef.current)?.focus();
    }
  }, [state.error]);
  useEffect(() => requirementsRef.current?.focus(), [state.missing]);
  // The question about edited cells takes the focus, so it is read at once.
  const editedRef = useRef<HTMLDivElement>(null);
  useEffect(() => editedRef.current?.focus(), [state.edited]);

  // The running task's time-left estimate: a new one per task (newSignal), on the page's clock.
  const estimateRef = useRef<Estimator | undefined>(undefined);
  const progress: OnProgress = useCallback((p) => {
    const remainingMs = estimateRef.current?.update(p.fraction);
    dispatch({ type: "progress", progress: remainingMs === undefined ? p : { ...p, remainingMs } });
  }, []);
  // The running task's cancel switch: a new one per task, so a late Cancel never stops the next task.
  const abortRef = useRef<AbortController | undefined>(undefined);
  const newSignal = (): AbortSignal => {
    estimateRef.current = createEstimator(() => performance.now());
    abortRef.current = new AbortController();
    return abortRef.current.signal;
  };
  const cancelTask = (): void => abortRef.current?.abort();

  const readSelection = async (): Promise<void> => {
    dispatch({ type: "start", task: "read" });
    try {
      dispatch({ type: "read", survey: await services.readSelection(progress, newSignal()) });
    } catch (e) {
      dispatch({ type: "failed", task: "read", error: classifyError(e) });
    }
  };

  /** Writes the bundled sample survey to a new sheet (selected), then reads it as Use selection does. */
  const trySample = async (): Promise<void> => {
    dispatch({ type: "start", task: "read" });
    try {
      await services.writeSampleSurvey();
      dispatch({ type: "read", survey: await services.readSelection(progress, newSignal()) });
    } catch (e) {
      dispatch({ type: "failed", task: "read", error: classifyError(e) });
    }
  };

  const finish = (result: Result, source: string): void => dispatch({ type: "done", result, source });

  const generate = async (): Promise<void> => {
    const problem = generateProblem(state);
    if (problem) {
      dispatch({ type: "failed", task: "generate", error: problem });
      return;
    }
    const survey = state.survey;
    if (!survey || headerRowAsked(state)) return;
    dispatch({ type: "start", task: "generate" });
    try {
      // Never a sheet the roles cannot give (ReportOptions shows it disabled, with the reason).
      const choices = { ...state.choices, sheets: requestedSheets(state), language: state.choices.language ?? lang };
      finish(await services.generate(survey.range, state.proposals, choices, progress, survey.layout, survey.headerless, newSignal()), survey.source);
    } catch (e) {
      dispatch({ type: "failed", task: "generate", error: classifyError(e) });
    }
  };

  /** A Refresh of some kind; edits on the report's sheets stop it, and the pane asks (state.edited). */
  const runRefresh = async (start: (signal: AbortSignal) => Promise<Result>, fromSelection: boolean): Promise<void> => {
    const source = state.stored?.source ?? "";
    dispatch({ type: "start", task: "refresh" });
    try {
      finish(await start(newSignal()), source);
    } catch (e) {
      if (e instanceof ReportEditedError) dispatch({ type: "edited", cells: e.cells, fromSelection });
      else dispatch({ type: "failed", task: "refresh", error: classifyError(e) });
    }
  };
  const refresh = (): Promise<void> => runRefresh((signal) => services.refresh(progress, signal), false);
  /** Refresh could not find the survey: the user selected it and points at it. */
  const refreshFromSelection = (): Promise<void> => runRefresh((signal) => services.refreshFromSelection(progress, signal), true);
  /** The answer "Replace them" to the edited cells. */
  const replaceEdits = (fromSelection: boolean): Promise<void> =>
    runRefresh((signal) => services.refreshReplacingEdits(progress, signal, fromSelection), fromSelection);

  const openSheet = (name: string): void => {
    services.activateSheet(name).catch((e: unknown) => dispatch({ type: "failed", task: "navigate", error: classifyError(e) }));
  };

  const selectCell = (cell: { sheet: string; address: string }): void => {
    services.selectCell(cell.sheet, cell.address).catch((e: unknown) => dispatch({ type: "failed", task: "navigate", error: classifyError(e) }));
  };

  const busy = state.busy !== undefined;

  /** "Skip to options": focus the first enabled option control, else Generate report. */
  const skipToOptions = useCallback((): void => {
    const first = optionsRef.current?.querySelector<HTMLElement>("button:not(:disabled), input:not(:disabled)");
    (first ?? generateRef.current)?.focus();
  }, []);
  // Stable handlers and values, so the memoised tables skip the re-render of each progress report.
  const setRole = useCallback((index: number, role: ColumnRole) => dispatch({ type: "setRole", index, role }), []);
  const setAttribute = useCallback((index: number, attribute: string) => dispatch({ type: "setAttribute", index, attribute }), []);
  const setChoices = useCallback((choices: Partial<PaneState["choices"]>) => dispatch({ type: "setChoices", choices }), []);
  const detected = useMemo(() => detectedScale(state.proposals), [state.proposals]);

  /** The running task's progress bar and Cancel: in the action bar, where the task was started. */
  const progressBar = (): ReactNode =>
    state.busy && (
      <TaskProgress
        s={s}
        progress={state.busy.progress}
        initial={state.busy.task === "generate" ? s.generate.steps.survey : s.reading.step}
        onCancel={cancelTask}
      />
    );

  /** The error of the tasks that belong at one place in the pane. */
  const feedback = (tasks: readonly Task[]) => (
    <>
      {state.error && tasks.includes(state.error.task) && (
        <ErrorMessage
          ref={errorRef}
          title={errorTitle(s, state.error.task)}
          body={errorText(state.error.error, s)}
          dismiss={{ label: s.errors.dismiss, onDismiss: () => dispatch({ type: "dismissError" }) }}
        />
      )}
      {state.edited && tasks.includes("refresh") && (
        <EditedQuestion
          ref={editedRef}
          s={s}
          cells={state.edited.cells}
          onReplace={() => void replaceEdits(state.edited?.fromSelection ?? false)}
          onCancel={() => dispatch({ type: "keepEdits" })}
        />
      )}
      {state.error && state.error.task === "refresh" && tasks.includes("refresh") && surveyNotFound(state.error.error) && (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => void refreshFromSelection()}>
            {s.errors.useSelectionAsSurvey}
          </Button>
        </div>
      )}
    </>
  );

  const body = (): ReactNode => {
    if (state.missing.length > 0) {
      return <ErrorMessage ref={requirementsRef} title={s.requirements.title} body={format(s.requirements.body, { sets: formatList(state.missing, lang) })} />;
    }
    if (state.boot === "checking") return <Spinner size="small" labelPosition="after" label={s.loading} />;
    if (!state.host) {
      return (
        <Notice intent="info" layout="multiline">
          <MessageBarBody>{s.requirements.noHost}</MessageBarBody>
        </Notice>
      );
    }
    return reportFlow();
  };

  /** The survey is read and no column has a role a figure can come from (the header-row question comes first). */
  const nothingToAnalyse = state.survey !== undefined && !asked && generateProblem(state)?.kind === "noAnalysable";

  const showStart = !state.stored || state.newReport || state.survey !== undefined;

  const inFlow = state.missing.length === 0 && state.boot !== "checking" && state.host;

  // Plain functions (not components) so focus and inputs keep their identity between renders.
  const reportFlow = (): ReactNode => (
    <section className={styles.section} aria-labelledby="cs-report">
      <Subtitle2 as="h2" id="cs-report">
        {s.start.heading}
      </Subtitle2>
      {state.stored && !showStart && (
        <Body1 as="p" className={styles.para}>
          {format(s.start.refreshHint, { source: state.stored.source })}
        </Body1>
      )}
      {showStart && !state.survey && (
        <>
          <Placemat s={s} language={lang} />
          <Body1 as="p" className={styles.para}>
            {s.start.intro}
          </Body1>
        </>
      )}
      {state.survey && (
        <>
          <Placemat s={s} language={lang} folded />
          <div className={styles.buttons}>
            <Button appearance="secondary" disabled={busy} onClick={() => void readSelection()}>
              {s.start.changeSelection}
            </Button>
          </div>
        </>
      )}
      {feedback(["read", "refresh"])}
      {state.survey && (
        <>
          <p className={styles.summary} ref={summaryRef} tabIndex={-1}>
            {format(s.survey.summary, {
              address: state.survey.source,
              rows: countNumber(s, state.survey.range.rows.length),
              columns: countNumber(s, state.survey.range.headers.length),
            })}
          </p>
          <HeaderRowQuestion
            s={s}
            asked={asked}
            headerlessColumns={state.survey.headerless ? state.survey.range.headers.length : undefined}
            disabled={busy}
            onAnswer={(answer) => dispatch({ type: "headerRow", answer, language: lang })}
          />
          {nothingToAnalyse && (
            // Said at once after the reading (not only when Generate is pressed), with what a role must be.
            <Notice intent="warning" layout="multiline" role="alert" id="cs-nothing-to-analyse">
              <MessageBarBody>{s.errors.noAnalysable}</MessageBarBody>
            </Notice>
          )}
          <SurveyChecks s={s} checks={checks} />
          {!asked && (
            <>
              <ColumnTable
                s={s}
                proposals={state.proposals}
                samples={state.survey.samples}
                disabled={busy}
                onRole={setRole}
                onAttribute={setAttribute}
                onSkip={skipToOptions}
              />
              <ReportOptions
                ref={optionsRef}
                s={s}
                choices={state.choices}
                language={state.choices.language ?? lang}
                proposals={state.proposals}
                detected={detected}
                disabled={busy}
                onChange={setChoices}
              />
            </>
          )}
        </>
      )}
      {feedback(["generate", "navigate"])}
      {state.result && <ReportResult ref={resultRef} s={s} result={state.result} onOpen={openSheet} onSelectCell={selectCell} />}
    </section>
  );

  /** The stage's primary action: Refresh a stored report, Use selection (or the sample), Generate report. */
  const actions = (): ReactNode => (
    <div className={styles.actions} role="group" aria-label={s.start.heading}>
      {progressBar()}
      {state.stored && !showStart && (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => void refresh()}>
            {s.start.refresh}
          </Button>
          <Button disabled={busy} onClick={() => dispatch({ type: "newReport" })}>
            {s.start.newReport}
          </Button>
        </div>
      )}
      {showStart && !state.survey && (
        <div className={styles.buttons}>
          <Button ref={startRef} appearance="primary" disabled={busy} onClick={() => void readSelection()}>
            {s.start.useSelection}
          </Button>
          <Button appearance="secondary" disabled={busy} onClick={() => void trySample()}>
            {s.start.trySample}
          </Button>
        </div>
      )}
      {state.survey && (
        <Button
          ref={generateRef}
          appearance="primary"
          size="large"
          className={styles.generate}
          disabled={busy || asked || nothingToAnalyse}
          aria-describedby={nothingToAnalyse ? "cs-nothing-to-analyse" : undefined}
          onClick={() => void generate()}
        >
          {s.generate.button}
        </Button>
      )}
    </div>
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={s.locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{s.appName}</Subtitle1>
          <Caption1 className={styles.tagline}>{s.tagline}</Caption1>
        </header>
        <div className={styles.body} id="cs-body">
          {body()}
          {inFlow && actions()}
          {/* After the action bar in the Tab order: an offer, not a step on the way to Generate. */}
          {inFlow && state.survey && (
            <TableOffer key={state.survey.source} s={s} survey={state.survey} services={services} disabled={busy} dispatch={dispatch} />
          )}
          <Settings s={s} lang={lang} onLanguage={setLang} openUrl={openUrl} />
          <footer className={styles.footer}>
            <FunctionList s={s} />
          </footer>
        </div>
      </main>
    </FluentProvider>
  );
}
