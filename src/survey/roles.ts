/**
 * Proposes a role for every survey column, from header words (English, Chinese, Spanish) first
 * and from the values when the header says nothing; the user confirms or corrects the proposal.
 *
 * Header rules are tried in a fixed order, the more specific first (Kano before "functional"
 * words elsewhere, importance/expectation/perception/competitor before rating, overall before
 * rating, rating before segment so "Branch cleanliness - satisfaction" is a rating). The matched
 * role word is stripped to give the attribute ("Waiting time - importance" → "Waiting time",
 * "重要性：等候时间" → "等候时间"), and columns of one attribute are paired through pairIndex:
 * importance ↔ rating, expectation ↔ perception, functional ↔ dysfunctional (a competitor column
 * points one way to the rating it competes with). Kano columns left unpaired by name are paired
 * with an adjacent unpaired partner.
 *
 * With a `SurveyLayout` (src/survey/layout.ts) the question text decides instead of the header
 * (roles/questionText.ts): grid items name the attributes, platform metadata is ignored, Kano
 * pairs come from their wording. Parts: roles/rules (header words), roles/stats (values),
 * roles/pairing, roles/questionText.
 */
import { answerLabelsFor, type AnswerLabels } from "./labels/context";
import { detectLayout } from "./layout";
import type { ColumnHeading, SurveyLayout } from "./layoutTypes";
import { detectScale, scaleFromHeader } from "./scale";
import { harmoniseScales, link, pairByName, pairKanoByPosition, pairKey } from "./roles/pairing";
import { fromQuestion, kanoFeature, likertRole } from "./roles/questionText";
import { attributeName, HEADER_RULES } from "./roles/rules";
import { columnStats, columnValues, headerText, quote, SAMPLE, type ColumnStats } from "./roles/stats";
import { ATTRIBUTE_ROLES, type ColumnRole, type RoleEvidence } from "./roles/types";
import { runSteps, type Steps } from "./steps";
import type { Scale } from "./types";

export { attributeName } from "./roles/rules";
export { ATTRIBUTE_ROLES, COLUMN_ROLES, type ColumnRole, type RoleEvidence } from "./roles/types";

export interface ColumnProposal {
  /** 0-based position of the column in the headers. */
  index: number;
  header: string;
  role: ColumnRole;
  /** Attribute name for attribute roles (rating, importance, …, competitor). */
  attribute?: string;
  /** Answer scale for scored roles (rating, importance, expectation, perception, competitor, overall, recommend, Kano). */
  scale?: Scale;
  /** 0-based index of the partner column (importance ↔ rating, expectation ↔ perception, functional ↔ dysfunctional). */
  pairIndex?: number;
  /** Why this role was proposed, in words for the task pane and the roles file. */
  reason: string;
  /**
   * What the proposal rests on, for the rules that refine it while detectRoles runs (they branch
   * on this, never on the wording of `reason`); detectRoles removes it before returning.
   */
  evidence?: RoleEvidence;
  /**
   * The platform answer scale the column's labels are written in (labels/context.ts), when its
   * labels pick exactly one; the parsers read the column's text in its context. Absent: the
   * lexicon reads each label alone, as before. Not carried by roles files.
   */
  answerLabels?: AnswerLabels;
}

const SCORED: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["rating", "importance", "expectation", "perception", "competitor", "overall"]);

/** Proposal from the header alone, or undefined when no header word matches. */
function fromHeader(index: number, header: string): ColumnProposal | undefined {
  const text = header.normalize("NFKC").replace(/\s+/g, " ");
  for (const { role, re } of HEADER_RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const p: ColumnProposal = { index, header, role, reason: `header word ${quote(m[0])}`, evidence: { from: "header" } };
    if (ATTRIBUTE_ROLES.includes(role)) {
      p.attribute = attributeName(text, { index: m.index, length: m[0].length }) || header;
    }
    return p;
  }
  return undefined;
}

/**
 * The attribute a header names for a role the user gives it: the role's header word stripped
 * when the header has one ("Weekend opening (functional)" as Kano functional → "Weekend
 * opening", so it pairs by name with its dysfunctional column), else the whole header's.
 */
export function attributeForRole(header: string, role: ColumnRole): string {
  const text = header.normalize("NFKC").replace(/\s+/g, " ");
  for (const rule of HEADER_RULES) {
    if (rule.role !== role) continue;
    const m = rule.re.exec(text);
    if (m) return attributeName(text, { index: m.index, length: m[0].length }) || header;
  }
  return attributeName(header) || header;
}

/** Proposal from the values, for a column whose header says nothing. */
function fromValues(index: number, header: string, st: ColumnStats, rowCount: number): ColumnProposal {
  const name = header || `Column ${index + 1}`;
  const p = (role: ColumnRole, reason: string, labels = false): ColumnProposal => {
    const out: ColumnProposal = { index, header, role, reason, evidence: labels ? { from: "values", labels } : { from: "values" } };
    if (ATTRIBUTE_ROLES.includes(role)) out.attribute = name;
    return out;
  };
  const n = st.nonBlank;
  if (n === 0) return p("ignore", "no values");
  const most = (k: number): boolean => k >= 0.8 * n;
  const sampled = Math.min(rowCount, SAMPLE);
  const distinct = st.distinctAll.size;
  if (most(st.kanoOnly + st.likert) && st.kanoOnly > 0 && st.kanoOnly >= st.likert / 4) {
    return p("kano_functional", "values are Kano answers (I like it, I expect it, …)");
  }
  if (most(st.likert + st.numbers) && st.likert > 0) return p("rating", "values are 5-point answer labels", true);
  if (n === sampled && distinct === n && n >= 3 && st.increasing) {
    return p("id", "values are unique and increasing");
  }
  if (most(st.dates + st.periodLike)) return p("period", "values look like dates or periods");
  if (most(st.numbers)) {
    if (weightLike(st, header)) {
      return p("weight", "values are positive numbers with decimals and a mean near 1, like case weights");
    }
    if (st.fractions === 0 && st.min >= 1900 && st.max <= 2100) return p("period", "values look like years");
    if (st.fractions === 0 && st.min >= 0 && st.max <= 10) {
      return p("rating", `values are whole numbers from ${st.min} to ${st.max}`);
    }
    if (n === sampled && distinct === n && n >= 3) return p("id", "values are unique numbers");
    return p("ignore", "numbers that fit no answer scale");
  }
  if (n === sampled && distinct === n && n >= 3 && st.longText === 0) return p("id", "values are unique codes");
  if (st.longText >= 0.5 * n) return p("ignore", "free text");
  if (st.distinctText.size <= Math.max(2, Math.min(50, n / 2))) {
    return p("segment", `values are text with ${st.distinctText.size} distinct values`);
  }
  return p("ignore", "text with many distinct values");
}

/**
 * A Kano column found by its answers whose header is the question sentence ("If the service offers
 * same-day delivery, how do you feel?"): named after the feature the sentence names, so it groups
 * with the feature's other columns ("How important is same-day delivery to you?").
 */
function kanoSentence(p: ColumnProposal): ColumnProposal {
  if (p.role !== "kano_functional") return p;
  const feature = kanoFeature(p.header);
  if (feature) p.attribute = feature;
  return p;
}

const PARTNER: Partial<Record<ColumnRole, ColumnRole>> = {
  importance: "rating",
  expectation: "perception",
  perception: "expectation",
  kano_functional: "kano_dysfunctional",
  kano_dysfunctional: "kano_functional",
};

const ROLE_WORDS: Record<ColumnRole, string> = {
  id: "ID",
  segment: "segment",
  period: "period",
  weight: "weight",
  overall: "overall satisfaction",
  recommend: "likelihood to recommend",
  rating: "rating",
  importance: "importance",
  expectation: "expectation",
  perception: "perception",
  kano_functional: "functional (Kano)",
  kano_dysfunctional: "dysfunctional (Kano)",
  competitor: "competitor",
  ignore: "ignored",
};

/** Single-valued roles: a second column of the same role is demoted. */
const DEMOTE: Partial<Record<ColumnRole, ColumnRole>> = {
  id: "ignore",
  weight: "ignore",
  overall: "rating",
  recommend: "rating",
  period: "segment",
};

/** Coordinates are never case weights, whatever their decimals look like. */
const COORDINATE = /lat(?:itude)?|lon(?:gitude)?|lng|coord|纬度|经度|latitud|longitud/iu;

/** A column of positive decimals whose mean is near 1 (weights average 1 by construction). */
function weightLike(st: ColumnStats, header: string): boolean {
  if (st.numbers === 0 || st.fractions < 0.5 * st.numbers || st.min <= 0 || st.max > 50) return false;
  const mean = st.sum / st.numbers;
  return mean >= 0.25 && mean <= 4 && !COORDINATE.test(header);
}

/** The layout detectRoles uses when the caller gives none: only a recognised platform's. */
function layoutOf(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): SurveyLayout | undefined {
  const detected = detectLayout([headers, ...rows.slice(0, 9)]);
  return detected.platform === "plain" ? undefined : detected;
}

/** The recommend question's answers must be a 0–10 scale: codes 1–3 or labels give no NPS. */
function checkRecommend(p: ColumnProposal, st: ColumnStats): void {
  if (p.role !== "recommend" || scaleFromHeader(p.header)) return;
  if (st.likert >= 0.8 * st.nonBlank && st.nonBlank > 0) {
    p.role = likertRole(st);
    p.attribute = p.header;
    p.reason += ", but the answers are answer labels, not a 0–10 scale, so no NPS";
  } else if (st.nonBlank > 0 && st.numbers < 0.5 * st.nonBlank) {
    p.role = "ignore";
    p.reason += ", but the answers are words, not 0–10 numbers, so no NPS";
  } else if (st.numbers > 0 && (st.min < 0 || st.max > 10 || st.fractions > 0 || (st.numbers >= 20 && st.max <= 5))) {
    p.role = "ignore";
    p.reason += `, but the answers (${st.min} to ${st.max}) are not a 0–10 scale, so no NPS`;
  }
}

/**
 * Proposes a role per column. `headers` is the header row, `rows` the data rows (only the first
 * 5000 are looked at). Never throws on odd input: unknown columns are proposed as "ignore".
 * `layout` (detectLayout of the same file or range) lets the question text decide; `headers`
 * are then its one-line headers and `rows` the answers below its header rows. Without it, a
 * recognised platform's one-row layout is detected here; plain tables are read as before.
 */
export function detectRoles(headers: readonly unknown[], rows: readonly (readonly unknown[])[], layout?: SurveyLayout): ColumnProposal[] {
  return runSteps(detectRolesSteps(headers, rows, layout));
}

/** detectRoles as steps (src/survey/steps.ts): a pause after each column's sampling and value checks. */
export function* detectRolesSteps(headers: readonly unknown[], rows: readonly (readonly unknown[])[], layout?: SurveyLayout): Steps<ColumnProposal[]> {
  const lay = layout ?? layoutOf(headers, rows);
  if (!layout && lay && lay.headerRows > 1) rows = rows.slice(lay.headerRows - 1); // header rows 2… are not answers
  const useLayout = lay !== undefined && lay.platform !== "plain";
  const names: string[] = [];
  const stats: ColumnStats[] = [];
  const propose = (h: unknown, index: number): ColumnProposal => {
    const header = headerText(h);
    const st = columnStats(rows, index);
    stats.push(st);
    const col: ColumnHeading | undefined = useLayout ? lay?.columns[index] : undefined;
    names.push(col?.item ?? header);
    if (col) {
      const asked = fromQuestion(index, { ...col, header }, st, lay?.platform ?? "plain");
      if (asked) return asked;
      const p = fromValues(index, col.item ?? header, st, rows.length);
      p.header = header;
      if (p.role === "rating" && p.evidence?.labels) {
        p.role = likertRole(st);
        if (p.role === "importance") p.reason += " of importance";
      }
      return p;
    }
    return fromHeader(index, header) ?? kanoSentence(fromValues(index, header, st, rows.length));
  };
  const props: ColumnProposal[] = [];
  for (let index = 0; index < headers.length; index++) {
    props.push(propose(headers[index], index));
    yield;
  }
  for (const p of props) checkRecommend(p, stats[p.index]);

  // Second and later columns of a single-valued role.
  const firstOf = new Map<ColumnRole, ColumnProposal>();
  for (const p of props) {
    const demoted = DEMOTE[p.role];
    const first = firstOf.get(p.role);
    if (!first) {
      firstOf.set(p.role, p);
      continue;
    }
    if (!demoted) continue;
    p.reason += `; ${quote(first.header)} is already the ${ROLE_WORDS[p.role]} column, so ${ROLE_WORDS[demoted]}`;
    p.role = demoted;
    if (ATTRIBUTE_ROLES.includes(demoted)) p.attribute = names[p.index] || `Column ${p.index + 1}`;
  }

  // Scales.
  const valueScaled = new Set<ColumnProposal>();
  for (const p of props) {
    if (SCORED.has(p.role)) {
      const guess = detectScale(columnValues(rows, p.index), p.header);
      p.scale = { min: guess.min, max: guess.max };
      if (guess.source === "values") valueScaled.add(p);
      yield;
    } else if (p.role === "recommend") p.scale = scaleFromHeader(p.header) ?? { min: 0, max: 10 };
    else if (p.role === "kano_functional" || p.role === "kano_dysfunctional") p.scale = { min: 1, max: 5 };
  }
  harmoniseScales(props, rows, valueScaled);
  yield;
  // A value-detected 0–10 rating with no header role is most likely the recommend question.
  if (!firstOf.has("recommend")) {
    const nps = props.find((p) => p.role === "rating" && p.evidence?.from === "values" && p.scale?.min === 0 && p.scale.max === 10);
    if (nps) {
      nps.role = "recommend";
      delete nps.attribute;
      nps.reason += " (0–10): likelihood to recommend";
    } else if (useLayout) {
      // A platform export's only single (non-grid) question answered in whole numbers up to 10,
      // next to 5-point questions, is the 0–10 recommend question even when nobody answered 0.
      const tens = props.filter(
        (p) => p.role === "rating" && p.evidence?.from === "values" && !lay?.columns[p.index]?.item && p.scale?.min === 1 && p.scale.max === 10,
      );
      if (tens.length === 1) {
        const q = tens[0];
        q.role = "recommend";
        delete q.attribute;
        q.scale = { min: 0, max: 10 };
        q.reason += ": the one single question up to 10 in a platform export, read as the 0–10 recommend question (NPS)";
      }
    }
  }
  if (useLayout && !props.some((p) => p.role === "overall")) markOverall(props, lay);

  pairByName(props);
  if (useLayout) pairKanoInOrder(props); // before adjacency: a grid's neighbours are two functional questions
  pairKanoByPosition(props);

  // Gap pairs are one scale by definition (P − E): widen both to cover what either shows.
  for (const p of props) {
    if (p.role !== "expectation" || p.pairIndex === undefined) continue;
    const q = props[p.pairIndex];
    if (!p.scale || !q.scale || !valueScaled.has(p) || !valueScaled.has(q)) continue;
    const wide = { min: Math.min(p.scale.min, q.scale.min), max: Math.max(p.scale.max, q.scale.max) };
    p.scale = { ...wide };
    q.scale = { ...wide };
  }

  for (const p of props) {
    if (p.role === "competitor") {
      const key = pairKey(p);
      const rated = props.find((q) => q.role === "rating" && pairKey(q) === key);
      if (rated) {
        p.pairIndex = rated.index;
        p.reason += `; compares with ${quote(rated.header)}`;
      } else p.reason += "; no rating column of the same attribute";
    } else if (p.role === "importance" && p.pairIndex === undefined) {
      const key = pairKey(p);
      const perceived = props.find((q) => q.role === "perception" && pairKey(q) === key);
      if (perceived) {
        p.pairIndex = perceived.index;
        p.reason += `; performance from ${quote(perceived.header)}`;
      }
    }
    // Self-stated importance of a Kano feature (Berger et al. 1993) needs no rating: it joins the pair by name.
    const kano =
      p.role === "importance" && p.pairIndex === undefined ? props.find((q) => q.role === "kano_functional" && pairKey(q) === pairKey(p)) : undefined;
    if (kano) p.reason += `; self-stated importance of the Kano feature of ${quote(kano.header)}`;
    const partner = PARTNER[p.role];
    if (partner && p.pairIndex === undefined && !kano) {
      p.reason += `; partner (${ROLE_WORDS[partner]}) column missing`;
    }
  }

  // Answer wordings in the context of the column's label set (issue #8): a 7-point set of labels
  // makes a label-only column 1–7; a scale named in the header is kept and chooses the set.
  for (const p of props) {
    if (!SCORED.has(p.role)) continue;
    const hint = scaleFromHeader(p.header);
    const values = columnValues(rows, p.index);
    const labels = answerLabelsFor(values, hint);
    yield;
    if (!labels) continue;
    p.answerLabels = labels;
    if (!hint && detectScale(values).source === "labels" && p.scale?.max !== labels.scale.max) p.scale = { ...labels.scale };
  }
  // The evidence served the rules above; a proposal handed on (to the pane, a recipe, a roles file) is what the user can edit.
  for (const p of props) delete p.evidence;
  return props;
}

/**
 * Kano grids: the functional questions of an export come as one block and the dysfunctional
 * ones as another, in the same order; the k-th unpaired functional pairs with the k-th
 * unpaired dysfunctional when both blocks have the same length.
 */
function pairKanoInOrder(props: ColumnProposal[]): void {
  const fun = props.filter((p) => p.role === "kano_functional" && p.pairIndex === undefined);
  const dys = props.filter((p) => p.role === "kano_dysfunctional" && p.pairIndex === undefined);
  if (fun.length === 0 || fun.length !== dys.length) return;
  for (let k = 0; k < fun.length; k++) {
    link(fun[k], dys[k]);
    fun[k].reason += " (same place in the functional and dysfunctional blocks)";
  }
}

/**
 * A platform export without an "overall" word: the first single (non-grid) rating question that
 * comes before the first grid is the overall satisfaction question (how questionnaires are built:
 * the overall question, then the attribute grid).
 */
function markOverall(props: ColumnProposal[], layout: SurveyLayout | undefined): void {
  const grid = props.find((p) => p.role === "rating" && layout?.columns[p.index]?.item);
  if (!grid) return;
  const single = props.find((p) => p.role === "rating" && p.index < grid.index && !layout?.columns[p.index]?.item);
  if (!single) return;
  single.role = "overall";
  delete single.attribute;
  single.reason += "; the single rating question before the attribute grid, so overall satisfaction";
}
