/**
 * The pane's state and its transitions (a pure reducer, no React or Office): boot (requirements,
 * stored report) → read a selection → map columns and options → generate or refresh → result.
 */
import { plsTemplate } from "../engine/pls/templates";
import { checksOfTable, tableReadingChecks, type Check } from "../report/checks";
import { SHEET_KEYS, type ReportLanguage, type SheetKey } from "../report/plan";
import { possibleSheets } from "../report/sheetsPossible";
import { ATTRIBUTE_ROLES, attributeForRole, type ColumnProposal, type ColumnRole } from "../survey/roles";
import { suggestConstructs } from "../survey/constructs";
import type { Scale } from "../survey/types";
import type { UiLanguage } from "../i18n/ui";
import type { PaneError } from "./errors";
import { confirmHeaderRow, readHeaderless } from "./pipeline";
import type { LoadedSurvey, Progress, ReportChoices, ReportResult, StoredReport } from "./services";
import { asTable } from "./tableOffer";

/** The report's sheets, as report/plan declares them (re-exported for the pane). */
export { SHEET_KEYS };

/** Scales offered in the options (besides automatic). */
export const SCALE_CHOICES: readonly Scale[] = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
];

export type Task = "read" | "generate" | "refresh" | "navigate";

export interface PaneState {
  /** "checking" until the requirement sets and the stored recipe are known. */
  boot: "checking" | "ready";
  /** False outside Excel: no report flow, only help. */
  host: boolean;
  /** Requirement sets Excel lacks: when any, the pane shows only that error. */
  missing: string[];
  stored?: StoredReport;
  /** With a stored report: the user asked for a new one (shows the selection flow). */
  newReport: boolean;
  survey?: LoadedSurvey;
  proposals: ColumnProposal[];
  choices: Omit<ReportChoices, "language"> & { language?: ReportLanguage };
  busy?: { task: Exclude<Task, "navigate">; progress?: Progress };
  error?: { task: Task; error: PaneError };
  result?: ReportResult;
  /** Refresh stopped at edits on the report's sheets: the cells it would replace, and whether it was from the selection. */
  edited?: { cells: string[]; fromSelection: boolean };
}

export type PaneAction =
  | { type: "booted"; host: boolean; missing: string[]; stored?: StoredReport }
  | { type: "newReport" }
  | { type: "start"; task: Exclude<Task, "navigate"> }
  | { type: "progress"; progress: Progress }
  | { type: "read"; survey: LoadedSurvey }
  | { type: "done"; result: ReportResult; source: string }
  | { type: "failed"; task: Task; error: PaneError }
  | { type: "dismissError" }
  /** Refresh found edited cells and asks; "keepEdits" is the answer Cancel (nothing was written). */
  | { type: "edited"; cells: string[]; fromSelection: boolean }
  | { type: "keepEdits" }
  /** The answer to "Does your selection have a header row?"; `language` names the columns of a headerless range. */
  | { type: "headerRow"; answer: "names" | "respondent"; language: UiLanguage }
  | { type: "setRole"; index: number; role: ColumnRole }
  | { type: "setAttribute"; index: number; attribute: string }
  | { type: "setChoices"; choices: Partial<PaneState["choices"]> }
  /** The survey's range became the Excel table `table` (the recipe will record it). */
  | { type: "tableMade"; table: string };

export const initialState: PaneState = {
  boot: "checking",
  host: true,
  missing: [],
  newReport: false,
  proposals: [],
  choices: { crosshair: "mean", sheets: [...SHEET_KEYS] },
};

const isAttributeRole = (role: ColumnRole): boolean => ATTRIBUTE_ROLES.includes(role);

/** A proposal with a new role: attribute roles keep (or derive) an attribute name; others drop it and the pairing. */
export function withRole(p: ColumnProposal, role: ColumnRole): ColumnProposal {
  const next: ColumnProposal = { ...p, role };
  if (isAttributeRole(role)) next.attribute = p.attribute ?? attributeForRole(p.header, role);
  else delete next.attribute;
  if (!isAttributeRole(role) || !isAttributeRole(p.role)) delete next.pairIndex;
  return next;
}

/** The first segment column, if any (the default of the segment option). */
export function firstSegment(proposals: readonly ColumnProposal[]): number | undefined {
  return proposals.find((p) => p.role === "segment")?.index;
}

/** The rating scale the proposals suggest (most common among ratings, else overall's), as buildSurvey picks it. */
export function detectedScale(proposals: readonly ColumnProposal[]): Scale {
  const counts = new Map<string, { scale: Scale; n: number }>();
  for (const p of proposals) {
    if (p.role !== "rating" || !p.scale) continue;
    const key = `${p.scale.min}:${p.scale.max}`;
    const c = counts.get(key) ?? { scale: p.scale, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  let best: { scale: Scale; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.scale ?? proposals.find((p) => p.role === "overall")?.scale ?? { min: 1, max: 5 };
}

/** Roles that give the report something to compute. */
const ANALYSABLE: readonly ColumnRole[] = ["rating", "overall", "recommend", "expectation", "perception", "kano_functional", "kano_dysfunctional"];

/**
 * The checks of the survey as read, with the roles as they stand now (a role change moves pairs,
 * weight and recommend checks); empty before a survey is read. The layout is the one the reading
 * found (`LoadedSurvey.layout`).
 */
export function readingChecksOf(state: Pick<PaneState, "survey" | "proposals">): Check[] {
  const survey = state.survey;
  if (!survey) return [];
  const { rows } = survey.range;
  return survey.facts
    ? checksOfTable(rows.length, state.proposals, survey.layout, survey.facts, rows)
    : tableReadingChecks(rows, state.proposals, survey.layout);
}

/**
 * The pane asks whether the selection has a header row: the survey's first row looks like
 * answers and the user has not said yet. Until then no roles table, and Generate is disabled.
 */
export function headerRowAsked(state: Pick<PaneState, "survey">): boolean {
  return state.survey?.layout?.firstRowLooksLikeData === true;
}

/** A new survey keeps the chosen template, its columns proposed again from the new survey's roles (the old headers name other columns). */
function modelFor(model: PaneState["choices"]["model"], proposals: readonly ColumnProposal[]): Pick<PaneState["choices"], "model"> {
  const template = model ? plsTemplate(model.template) : undefined;
  return { model: template ? { template: template.id, indicators: suggestConstructs(proposals, template) } : undefined };
}

/**
 * The sheets Generate asks for: the ones checked that the column roles can give (a sheet shown
 * disabled stays in choices.sheets, so a role change that makes it possible brings it back).
 */
export function requestedSheets(state: Pick<PaneState, "choices" | "proposals">): SheetKey[] {
  return possibleSheets(state.choices.sheets, state.proposals);
}

/** Why Generate cannot run yet, or undefined. */
export function generateProblem(state: PaneState): PaneError | undefined {
  if (requestedSheets(state).length === 0) return { kind: "noSheets" };
  if (!state.proposals.some((p) => ANALYSABLE.includes(p.role))) return { kind: "noAnalysable" };
  return undefined;
}

/** A segment choice that still names a segment column, else the first segment column. */
function validSegment(proposals: readonly ColumnProposal[], segment: number | undefined): number | undefined {
  if (segment !== undefined && proposals[segment]?.role === "segment") return segment;
  return firstSegment(proposals);
}

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "booted":
      return { ...state, boot: "ready", host: action.host, missing: action.missing, stored: action.stored };
    case "newReport":
      return { ...state, newReport: true, result: undefined, error: undefined };
    case "start":
      return { ...state, busy: { task: action.task }, error: undefined, edited: undefined, result: action.task === "read" ? undefined : state.result };
    case "progress":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "read":
      return {
        ...state,
        busy: undefined,
        survey: action.survey,
        proposals: action.survey.proposals,
        result: undefined,
        choices: { ...state.choices, segment: firstSegment(action.survey.proposals), ...modelFor(state.choices.model, action.survey.proposals) },
      };
    case "done":
      return { ...state, busy: undefined, result: action.result, stored: { source: action.source } };
    case "failed":
      return { ...state, busy: undefined, error: { task: action.task, error: action.error } };
    case "headerRow": {
      if (!state.survey || !headerRowAsked(state)) return state;
      if (action.answer === "names") return { ...state, survey: confirmHeaderRow(state.survey) };
      const survey = readHeaderless(state.survey, action.language);
      return {
        ...state,
        survey,
        proposals: survey.proposals,
        choices: { ...state.choices, segment: firstSegment(survey.proposals), ...modelFor(state.choices.model, survey.proposals) },
      };
    }
    case "dismissError":
      return { ...state, error: undefined };
    case "edited":
      return { ...state, busy: undefined, edited: { cells: [...action.cells], fromSelection: action.fromSelection } };
    case "keepEdits":
      return { ...state, edited: undefined };
    case "setRole": {
      const proposals = state.proposals.map((p) => (p.index === action.index ? withRole(p, action.role) : p));
      return { ...state, proposals, choices: { ...state.choices, segment: validSegment(proposals, state.choices.segment) } };
    }
    case "setAttribute":
      return {
        ...state,
        proposals: state.proposals.map((p) => (p.index === action.index ? { ...p, attribute: action.attribute } : p)),
      };
    case "setChoices":
      return { ...state, choices: { ...state.choices, ...action.choices } };
    case "tableMade":
      return state.survey ? { ...state, survey: asTable(state.survey, action.table) } : state;
  }
}
