/**
 * English UI strings of the task pane: the reference catalogue. zh-CN.ts and es.ts provide a
 * `Catalogue` with the same keys and the same `{placeholders}` (checked by test/taskpane/i18n.test.ts);
 * placeholders are filled by `format()` from ./report. Function names (CS.CSI …) are never translated.
 */
import { META } from "./meta";
import type { SheetMissing } from "../../report/sheetsPossible";
import type { ImportanceMethod } from "../../report/analysis";
import type { ColumnRole } from "../../survey/roles";

/** The worksheet functions, in the order the task pane lists them. */
export const FUNCTION_NAMES = [
  "CSI",
  "KANO",
  "GAP",
  "IPA",
  "PRIORITY",
  "NPS",
  "TOPBOX",
  "LEVELS",
  "ALPHA",
  "IMPORTANCE",
  "SIGTEST",
  "PADJUST",
  "DRIVERS",
  "RAKE",
  "PLS",
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Report sheets, as the task pane names them (same keys as src/report/plan.ts SheetKey). */
export type SheetLabelKey = "summary" | "kano" | "gap" | "priority" | "segments" | "trend";

/** Where the quadrant lines of the importance–performance chart go (src/engine/ipa.ts modes). */
export type CrosshairLabelKey = "mean" | "median" | "midpoint";

/** A text with a singular and a plural form, picked by Intl.PluralRules of the locale (ui.ts countText). */
export interface Plural {
  one: string;
  other: string;
}

export interface Catalogue {
  /** BCP 47 tag of the language, e.g. "en-US". */
  locale: string;
  /** The language's name in that language (the language selector lists every catalogue's). */
  languageName: string;
  appName: string;
  tagline: string;
  /** Label of the pane language selector. */
  paneLanguage: string;
  /** While the pane checks Excel's version and looks for a stored report. */
  loading: string;
  requirements: {
    title: string;
    /** {sets}: the missing requirement sets, e.g. "ExcelApi 1.12". */
    body: string;
    /** Outside Excel (the page opened in a browser). */
    noHost: string;
  };
  start: {
    heading: string;
    intro: string;
    useSelection: string;
    changeSelection: string;
    /** Writes the bundled sample survey to a new sheet and reads it. */
    trySample: string;
    newReport: string;
    refresh: string;
    /** {source}: the survey range the stored report was built from. */
    refreshHint: string;
  };
  /** The start screen's placemat (before any selection): what the add-in does, needs and gives. */
  placemat: {
    heading: string;
    does: string;
    needsHeading: string;
    needs: string;
    /** {platforms}: the survey platforms whose exports are read (names, not translated). */
    exports: string;
    givesHeading: string;
    /** {sheets}: the six report sheet names in the report language, joined. */
    gives: string;
  };
  reading: {
    step: string;
    /** {done} of {count} data rows read; both through Intl.NumberFormat, the form by Intl.PluralRules of {count} (countText). */
    rows: Plural;
  };
  /** The remaining-time estimate shown after a long task's step (src/taskpane/progressText.ts). */
  remaining: {
    /** {step}: the step's words; {remaining}: one of the texts below. */
    withStep: string;
    /** {count} whole seconds left (Intl.PluralRules). */
    seconds: Plural;
    /** {count} whole minutes left (Intl.PluralRules). */
    minutes: Plural;
  };
  survey: {
    /** {address}: where the survey is; {rows} respondents (data rows); {columns} columns. */
    summary: string;
  };
  /** The question asked when the selection's first row looks like answers (issue #8). */
  headerRow: {
    /** Accessible name of the question's group. */
    label: string;
    question: string;
    /** Row 1 is the header row after all: read as before. */
    names: string;
    /** Row 1 is a respondent: the range is read without a header row. */
    respondent: string;
    /** A generated column name of a range without a header row; {n}: the column number (1-based). */
    columnName: string;
    /** Said (live) once the user answered "Row 1 is a respondent"; {columns}: how many columns were named. */
    readHeaderless: string;
  };
  /** After Use selection on a plain range: the offer to make the survey an Excel table (issue #11). */
  tableOffer: {
    offer: string;
    /** Makes the survey range (header row + answers) a table; no cell changes. */
    make: string;
    /** Leaves the survey a plain range (the offer goes away). */
    ignore: string;
    /** Said once the table is made; {table}: its name in Excel. */
    made: string;
    /** Title of the error when Excel refused to make the table. */
    failedTitle: string;
  };
  columns: {
    heading: string;
    hint: string;
    /** Accessible name of the scrolling table. */
    tableLabel: string;
    /** The keyboard shortcut before the table: moves focus past it to the first report option. */
    skipToOptions: string;
    column: string;
    role: string;
    /** Label of the attribute name box. */
    attribute: string;
    /** Accessible name of a role dropdown; {header}: the column header. */
    roleLabel: string;
    /** Accessible name of an attribute box; {header}: the column header. */
    attributeLabel: string;
    /** Example answer; {value}: the first non-blank cell. */
    sample: string;
    /** The column has no answers. */
    noSample: string;
    /** A column without a header; {n}: its 1-based position. */
    untitled: string;
    /** {n} columns. */
    count: string;
  };
  /** Column roles, as the dropdowns show them. */
  roles: Record<ColumnRole, string>;
  options: {
    heading: string;
    scale: string;
    /** The scale the survey's answers suggest; {scale}: e.g. "1–5". */
    scaleAuto: string;
    /** A scale: {min}–{max}. */
    scaleRange: string;
    crosshair: string;
    crosshairModes: Record<CrosshairLabelKey, string>;
    /** The Segments sheet's multiplicity adjustment (issue #13). */
    pAdjust: string;
    pAdjustMethods: { holm: string; bh: string };
    /** How the Priorities sheet measures importance (report/analysis.ts ImportanceMethod; key drivers: issue #13). */
    importance: string;
    importanceMethods: Record<ImportanceMethod, string>;
    sheets: string;
    sheetNames: Record<SheetLabelKey, string>;
    segment: string;
    /** Shown in place of the segment dropdown when no column has the segment role. */
    segmentNone: string;
    /** Next to a sheet the column roles cannot give (shown disabled): why. */
    sheetMissing: Record<SheetMissing, string>;
    reportLanguage: string;
    /** Kano: drop respondents with more questionable answers than {count} (issue #14). */
    kanoMaxQuestionable: string;
    kanoKeepAll: string;
    kanoDropAbove: string;
    /** The folded group of the less-used options (quadrant lines, importance, p-adjustment, report language). */
    more: string;
    /** Raking (issue #14): the margins table's field, its hint, and what it says under a bad address. */
    rake: string;
    rakeHint: string;
    rakeBadAddress: string;
    /** An example address in the empty field. */
    rakePlaceholder: string;
    /**
     * The satisfaction model (issue #15): the template choice, its hint, the group of the
     * per-construct column choices, a construct's empty choice, and the model as it stands:
     * {construct} ← {antecedents}; {constructs} left out.
     */
    model: string;
    modelNone: string;
    modelHint: string;
    modelColumns: string;
    modelNoColumn: string;
    modelPreview: string;
    modelPath: string;
    modelLeftOut: string;
  };
  generate: {
    button: string;
    /** Accessible name of the progress bar. */
    progressLabel: string;
    steps: {
      survey: string;
      stats: string;
      /** The satisfaction model's estimation and bootstrap (issue #15). */
      model: string;
      plan: string;
      write: string;
    };
  };
  done: {
    title: string;
    /** {count}: how many sheets were written; the form is picked by Intl.PluralRules of the locale (countText). */
    body: Plural;
    /**
     * Respondents in the report, {count} (formatted with Intl.NumberFormat); the form is picked by
     * Intl.PluralRules of the locale ("one", else "other").
     */
    respondents: Plural;
    /** After Refresh: {respondents} (the text above) and {previous}, the report's respondents before. */
    respondentsWas: string;
    /** After Refresh found the survey at a new place (its sheet renamed, or it moved): {range}. */
    movedTo: string;
    /** Accessible name of a sheet link; {sheet}: its name. */
    openSheet: string;
    /** {count} cells the parser could not read (singular and plural, as `body`). */
    issues: Plural;
    /** One unreadable cell: {message}. */
    issue: string;
    /** One unreadable cell by its address: {cell} ("Survey!E15", a link that selects it), {message} (what is wrong). */
    issueAt: string;
    /** Accessible name of a skipped cell's link; {cell}: its address. */
    selectCell: string;
  };
  /** Refresh found edits on the report's sheets (other than its input cells) and asks before replacing them. */
  edited: {
    title: string;
    /** {cells}: the changed cells ("Summary!H3, Kano!B4", at most ten, then `more`). */
    body: string;
    /** Between two listed cells. */
    separator: string;
    /** After the listed cells: {count} cells more. */
    more: Plural;
    /** The entries in the report's input cells (CSI weights) are kept either way. */
    inputsKept: string;
    replace: string;
    cancel: string;
  };
  errors: {
    readTitle: string;
    generateTitle: string;
    refreshTitle: string;
    navigateTitle: string;
    /** A survey/engine message (names the cell and the value); {message}. */
    data: string;
    /** An error Excel reported; {message}, {code}. */
    excel: string;
    /** An error Excel reported without a code; {message}. */
    excelNoCode: string;
    /** Anything else (the message says what and where); {message}. */
    unexpected: string;
    noSheets: string;
    noAnalysable: string;
    dismiss: string;
    /** Button under a Refresh that could not find the survey: refresh from the selected survey instead. */
    useSelectionAsSurvey: string;
    /** A task the user cancelled: nothing was written. */
    cancelled: string;
    /** The button that cancels a running read, Generate or Refresh. */
    cancel: string;
  };
  /** The area at the foot of the pane: the pane language and the help page. */
  settings: {
    heading: string;
    /** The link to the bundled help page (help.html). */
    help: string;
    /** Said after the help link's text: it opens outside the pane. */
    opensWindow: string;
  };
  functionsHeading: string;
  functionsHint: string;
  /** One line per worksheet function. */
  functions: Record<FunctionName, string>;
}

export const en: Catalogue = {
  locale: META.locale,
  languageName: META.name,
  appName: "CS Insight",
  tagline: "Customer-satisfaction analysis inside Excel",
  paneLanguage: "Pane language",
  loading: "Checking Excel…",
  requirements: {
    title: "This version of Excel cannot run CS Insight",
    body: "Missing: {sets}. Update Office, or open the workbook in Excel on the web.",
    noHost: "Open CS Insight from the Home tab in Excel to build a report from a survey.",
  },
  start: {
    heading: "Survey report",
    intro: "Select the survey (one row per respondent, headers in the first row), or one cell inside it, then press Use selection.",
    useSelection: "Use selection",
    changeSelection: "Use another selection",
    trySample: "Try it with sample data",
    newReport: "New report",
    refresh: "Refresh",
    refreshHint: "This workbook holds a CS Insight report of {source}. Refresh rebuilds it with the stored columns and options.",
  },
  placemat: {
    heading: "What CS Insight does",
    does: "Turns a customer-satisfaction survey into a report: a satisfaction index and NPS with their margins, which attributes to fix first, Kano categories and segment comparisons.",
    needsHeading: "What your survey needs",
    needs: "One respondent per row, column names in row 1.",
    exports: "Or an export from {platforms}, as downloaded.",
    givesHeading: "What comes out",
    gives: "Up to six new sheets, as your data allow: {sheets}.",
  },
  reading: {
    step: "Reading the survey…",
    rows: { one: "Read {done} of {count} row", other: "Read {done} of {count} rows" },
  },
  remaining: {
    withStep: "{step} · {remaining}",
    seconds: { one: "about {count} second left", other: "about {count} seconds left" },
    minutes: { one: "about {count} minute left", other: "about {count} minutes left" },
  },
  survey: {
    summary: "{address}: {rows} respondents, {columns} columns",
  },
  headerRow: {
    label: "Header row",
    question: "Row 1 looks like answers, not column names. Does your selection have a header row?",
    names: "Row 1 holds column names",
    respondent: "Row 1 is a respondent",
    columnName: "Column {n}",
    readHeaderless: "Row 1 is read as a respondent; the {columns} columns are named Column 1, Column 2, …",
  },
  tableOffer: {
    offer: "Turn the survey into an Excel table, so new responses are included by themselves",
    make: "Make it a table",
    ignore: "Not now",
    made: "The survey is now the Excel table {table}: responses added to it are included when you refresh the report.",
    failedTitle: "The survey could not be made a table",
  },
  columns: {
    heading: "Columns",
    hint: "Check what each column holds and change the role where it is wrong.",
    tableLabel: "Survey columns and their roles",
    skipToOptions: "Skip to options",
    column: "Column",
    role: "Role",
    attribute: "Attribute",
    roleLabel: "Role of {header}",
    attributeLabel: "Attribute name of {header}",
    sample: "e.g. {value}",
    noSample: "no answers",
    untitled: "Column {n}",
    count: "{n} columns",
  },
  roles: {
    id: "Respondent ID",
    segment: "Segment",
    period: "Period",
    weight: "Case weight",
    overall: "Overall satisfaction",
    recommend: "Likelihood to recommend (0–10)",
    rating: "Attribute rating",
    importance: "Importance",
    expectation: "Expectation (gap)",
    perception: "Perception (gap)",
    kano_functional: "Kano functional",
    kano_dysfunctional: "Kano dysfunctional",
    competitor: "Competitor rating",
    ignore: "Ignore",
  },
  options: {
    heading: "Options",
    scale: "Rating scale",
    scaleAuto: "Automatic ({scale})",
    scaleRange: "{min}–{max}",
    crosshair: "Quadrant lines at",
    crosshairModes: {
      mean: "Mean",
      median: "Median",
      midpoint: "Scale midpoint",
    },
    pAdjust: "Segment differences: p-values adjusted by",
    pAdjustMethods: { holm: "Holm (fewest false alarms)", bh: "Benjamini–Hochberg (more differences found)" },
    importance: "Importance on the Priorities sheet",
    importanceMethods: {
      stated: "Stated (importance questions)",
      pearson: "Derived: Pearson correlation",
      beta: "Derived: regression weight (β)",
      relative_weights: "Derived: relative weights (share of R²)",
      shapley: "Derived: Shapley values (share of R²)",
      ipma: "From the satisfaction model (IPMA)",
    },
    sheets: "Sheets",
    sheetNames: {
      summary: "Summary",
      kano: "Kano",
      gap: "Gaps",
      priority: "Priorities",
      segments: "Segments",
      trend: "Trend",
    },
    segment: "Segment column",
    segmentNone: "No column has the Segment role.",
    sheetMissing: {
      kanoMissing: "No functional/dysfunctional question pair.",
      gapMissing: "No expectation/perception pair.",
      priorityMissing: "Needs ratings with importance, or overall satisfaction.",
      segmentsMissing: "No column has the Segment role.",
      trendMissing: "No column has the Period role.",
    },
    reportLanguage: "Report language",
    kanoMaxQuestionable: "Kano: respondents with inconsistent (Q) answers",
    kanoKeepAll: "Keep every respondent",
    kanoDropAbove: "Leave out those with more than {count} Q answers",
    more: "More options: quadrant lines, importance, Kano, tests, weighting, satisfaction model, report language",
    rake: "Rake weights to population margins: margins table",
    rakeHint: "A range or table with the columns variable, category, target (e.g. Margins!A1:C6). Empty: the survey's own weights.",
    rakeBadAddress: "Not a range (Margins!A1:C6) or an Excel table name.",
    rakePlaceholder: "Margins!A1:C6",
    model: "Satisfaction model (PLS path model on a Model sheet)",
    modelNone: "None",
    modelHint: "The published structure of a national satisfaction index. Assign the survey columns that measure each construct.",
    modelColumns: "Columns measuring each construct",
    modelNoColumn: "No column: left out with its paths",
    modelPreview: "The model",
    modelPath: "{construct} ← {antecedents}",
    modelLeftOut: "Left out (no column): {constructs}",
  },
  generate: {
    button: "Generate report",
    progressLabel: "Report progress",
    steps: {
      survey: "Checking the answers…",
      stats: "Computing the statistics…",
      model: "Estimating the satisfaction model (500 bootstrap resamples)…",
      plan: "Laying out the report…",
      write: "Writing the sheets…",
    },
  },
  done: {
    title: "Report written",
    body: { one: "{count} sheet. Select it to open it:", other: "{count} sheets. Select one to open it:" },
    respondents: { one: "{count} respondent", other: "{count} respondents" },
    respondentsWas: "{respondents} (was {previous})",
    movedTo: "The survey was no longer at its place: read it at {range}.",
    openSheet: "Open sheet {sheet}",
    issues: {
      one: "{count} cell could not be read and was skipped (listed on the Summary sheet):",
      other: "{count} cells could not be read and were skipped (listed on the Summary sheet):",
    },
    issue: "{message}",
    issueAt: "{cell}: {message}",
    selectCell: "Select cell {cell}",
  },
  edited: {
    title: "The report's sheets were edited",
    body: "Refresh replaces the report's sheets, so it would replace these cells: {cells}.",
    separator: ", ",
    more: { one: " and {count} more", other: " and {count} more" },
    inputsKept: "Your CSI weights are kept either way.",
    replace: "Replace them",
    cancel: "Cancel",
  },
  errors: {
    readTitle: "Could not read the survey",
    generateTitle: "Could not build the report",
    refreshTitle: "Could not refresh the report",
    navigateTitle: "Could not open the sheet",
    data: "{message}. Correct the survey or the column roles, then try again.",
    excel: "Excel reported: {message} ({code}).",
    excelNoCode: "Excel reported: {message}.",
    unexpected: "{message}.",
    noSheets: "Choose at least one sheet.",
    noAnalysable: "No column holds ratings, overall satisfaction, recommend scores, gap or Kano answers: give at least one column such a role.",
    dismiss: "Dismiss",
    useSelectionAsSurvey: "Use the selection as the survey",
    cancelled: "Cancelled: the workbook was not changed.",
    cancel: "Cancel",
  },
  settings: {
    heading: "Settings and help",
    help: "Help",
    opensWindow: "(opens in a new window)",
  },
  functionsHeading: "Worksheet functions",
  functionsHint: "Type =CS. in any cell. Ranges hold one row per respondent and one column per attribute.",
  functions: {
    CSI: "Satisfaction index, 0–100, from ratings and optional attribute weights.",
    KANO: "Kano category (A, O, M, I, R, Q) per feature, with Better/Worse coefficients.",
    GAP: "SERVQUAL gap: mean perception minus expectation per attribute.",
    IPA: "Importance–performance quadrant per attribute.",
    PRIORITY: "Improvement priority per attribute: importance share × shortfall from the top of the scale.",
    NPS: "Net Promoter Score, −100 to 100, from 0–10 recommendation scores.",
    TOPBOX: "Share of answers in the top boxes of the scale (e.g. 4 and 5 on 1–5).",
    LEVELS: "Share of answers at each level of the scale.",
    ALPHA: "Cronbach's alpha: how consistently a set of items measures one thing.",
    IMPORTANCE: "Derived importance: how strongly each item moves overall satisfaction.",
    SIGTEST: "Is the difference between two groups real? Welch t on means, z on NPS or top-2-box, with its p-value.",
    PADJUST: "p-values adjusted for many comparisons at once (Holm or Benjamini–Hochberg).",
    DRIVERS: "Key drivers: each item's share of R² in overall satisfaction, fair to correlated items (relative weights, Shapley).",
    RAKE: "Raking: case weights adjusted to population margins (region, customer type) by iterative proportional fitting.",
    PLS: "The satisfaction model (ACSI/ECSI): PLS path modelling of constructs measured by survey columns — paths, R², the 0–100 index, reliability, HTMT, IPMA.",
  },
};
