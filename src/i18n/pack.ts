/**
 * A language of CS Insight as one value: everything a person reads (or writes, for the answer
 * wordings the reader recognises) in that language. Each language is a folder, src/i18n/<lang>/,
 * whose index.ts exports one LanguagePack; src/i18n/packs.ts lists the packs, and every lookup
 * (the pane, the report, the checks, the messages, the languages Intl formats) derives from it.
 * Types only: a pack folder imports this file, the registry imports the folders.
 */
import type { MessageKey, MessageTemplate } from "../engine/messageKeys";
import type { LocationTemplates } from "../engine/messageText";
import type { ColumnRole } from "../survey/roles/types";
import type { CheckPack } from "./checks";
import type { ReportStrings } from "./en/report";
import type { Catalogue } from "./en/ui";
import type { PlsConstructKey } from "../engine/pls/templates";

/** The errors' texts of a language (rendered by src/i18n/messages.ts). */
export interface MessagePack {
  /** One template per message key, the English placeholders in each. */
  readonly templates: Readonly<Record<MessageKey, MessageTemplate>>;
  /** The location prefix of params.row / params.column / params.argument. */
  readonly location: LocationTemplates;
  /** English names in params (argument names of the engine's checks) → the language's words. */
  readonly terms: Readonly<Record<string, string>>;
  /** Column roles ("rating", "kano_functional") by the language's names; empty keeps the identifiers. */
  readonly roleNames: Readonly<Record<string, string>>;
}

/** Points of a labelled scale, low → high; each point's wordings (the first canonical). */
export type PointWordings = readonly (readonly string[])[];

/** The answer wordings the reader recognises in a language (src/survey/labels.ts, labels/platformSets.ts). */
export interface AnswerWordings {
  /** The 5-point scales, points 1..5. */
  readonly satisfaction: PointWordings;
  readonly agreement: PointWordings;
  readonly importance: PointWordings;
  /** Kano answers 1..5: like, must-be, neutral, live-with, dislike. */
  readonly kano: PointWordings;
  /** Cells that mean "no answer" ("N/A", "不知道"), read as blank. */
  readonly nonAnswers: readonly string[];
  /**
   * Every answer set of survey/labels/platformSets.ts by id: its points (as many as the set's, low →
   * high) and whether these wordings were checked against a public source.
   */
  readonly sets: Readonly<Record<string, { readonly confirmed: boolean; readonly points: PointWordings }>>;
}

/** The words a column header uses for a role (src/survey/roles/rules.ts builds its header rules from every pack's). */
export interface HeaderLexicon {
  /** true: matched as whole words (a language that spaces its words); false: as substrings (Chinese). */
  readonly wholeWords: boolean;
  /** Per role: words, phrases or linear regular-expression sources (a bounded alternation, or anchored ^…$). */
  readonly roles: Readonly<Partial<Record<ColumnRole, readonly string[]>>>;
  /**
   * Words left around an attribute once the role word is removed ("satisfaction with the Fees":
   * "with the" → "Fees"), tried in this order (a longer one before its prefix: "de la" before "de").
   */
  readonly connectors: { readonly leading: readonly string[]; readonly trailing: readonly string[] };
  /** How a platform export's question text says what it asks (survey/roles/questionText.ts). */
  readonly questions: QuestionPatterns;
  /**
   * Words that put a rating column into a construct of a satisfaction model template
   * (survey/constructs.ts): "price" → perceived value. Perceived quality takes the other ratings,
   * satisfaction the overall column, so neither needs words.
   */
  readonly constructs: Readonly<Partial<Record<PlsConstructKey, readonly string[]>>>;
}

/** Linear regular-expression sources (bounded alternations), tried with the flags "iu". */
export interface QuestionPatterns {
  /** A Kano question about the feature's absence ("… did not have …"); tried before kanoFunctional, whose words it contains. */
  readonly kanoDysfunctional: readonly string[];
  /** A Kano question about the feature's presence ("How would you feel if … had …"). */
  readonly kanoFunctional: readonly string[];
  /** A condition ("if", "如果"): dysfunctional wording makes a Kano question only with it (or the functional wording). */
  readonly conditional: readonly string[];
  /** The feature named after the Kano verb, in the first capture group ("… had free Wi-Fi?" → "free Wi-Fi"), tried in order. */
  readonly kanoFeature: readonly string[];
  /** The recommend (NPS) question. */
  readonly recommend: readonly string[];
  /** Answer wordings that make a Likert column an importance column. */
  readonly importanceAnswers: readonly string[];
}

export interface LanguagePack {
  /** The language's tag and folder name ("en", "zh-CN", "es"): the value of a `Language`. */
  readonly id: string;
  /** The BCP 47 locale Intl formats the language with (numbers, dates, plurals, lists). */
  readonly locale: string;
  /** The language's name in that language (the language picker lists every pack's). */
  readonly name: string;
  /**
   * The separator of an enumeration the language writes itself ("、" in Chinese) instead of
   * Intl.ListFormat's; undefined: Intl.ListFormat, or ", " where a list is joined by hand.
   */
  readonly enumeration?: string;
  /** Between a label and its text ("warning: …"; "警告：…"). */
  readonly labelSeparator: string;
  /** The task pane's strings. */
  readonly ui: Catalogue;
  /** The report sheets' strings. */
  readonly report: ReportStrings;
  /** The data checks' templates, layout terms and chrome. */
  readonly checks: CheckPack;
  /** The error messages by key. */
  readonly messages: MessagePack;
  /** The answer wordings the survey reader recognises. */
  readonly answers: AnswerWordings;
  /** The header words the role detector recognises. */
  readonly headers: HeaderLexicon;
}
