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
 */
import { classifyText, normalizeLabel } from "./labels";
import { answerLabelsFor, type AnswerLabels } from "./labels/context";
import { detectScale, scaleFromHeader } from "./scale";
import type { Scale } from "./types";

export type ColumnRole =
  | "id"
  | "segment"
  | "period"
  | "weight"
  | "overall"
  | "recommend"
  | "rating"
  | "importance"
  | "expectation"
  | "perception"
  | "kano_functional"
  | "kano_dysfunctional"
  | "competitor"
  | "ignore";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "id", "segment", "period", "weight", "overall", "recommend", "rating", "importance",
  "expectation", "perception", "kano_functional", "kano_dysfunctional", "competitor", "ignore",
];

/** Roles whose columns belong to an attribute (and carry `attribute`). */
export const ATTRIBUTE_ROLES: readonly ColumnRole[] = [
  "rating", "importance", "expectation", "perception", "kano_functional", "kano_dysfunctional", "competitor",
];

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
  /** Why this role was proposed, in words for the task pane. */
  reason: string;
  /**
   * The platform answer scale the column's labels are written in (labels/context.ts), when its
   * labels pick exactly one; the parsers read the column's text in its context. Absent: the
   * lexicon reads each label alone, as before. Not carried by roles files.
   */
  answerLabels?: AnswerLabels;
}

interface HeaderRule {
  role: ColumnRole;
  re: RegExp;
}

const L = "[\\p{L}\\p{N}]";

/** A rule from Latin words/phrases (matched as whole words, longest first) and CJK substrings. */
function rule(role: ColumnRole, latin: readonly string[], cjk: readonly string[] = []): HeaderRule {
  const byLength = (a: string, b: string): number => b.length - a.length;
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<!${L})(?:${[...latin].sort(byLength).join("|")})(?!${L})`);
  if (cjk.length) parts.push(`(?:${[...cjk].sort(byLength).join("|")})`);
  return { role, re: new RegExp(parts.join("|"), "iu") };
}

/** Header rules in the order they are tried. */
const HEADER_RULES: readonly HeaderRule[] = [
  rule(
    "kano_dysfunctional",
    ["dysfunctional", "dysfunctional question", "disfuncional", "negative question", "pregunta negativa", "if absent", "if not present", "if not available"],
    ["反向问题", "反向", "负向", "如果不提供", "不提供时", "不具备"],
  ),
  rule(
    "kano_functional",
    ["functional", "functional question", "funcional", "positive question", "pregunta positiva", "if present", "if available"],
    ["正向问题", "正向", "如果提供", "提供时", "具备时"],
  ),
  rule("competitor", ["competitors?", "competition", "competidor(?:es)?", "competencia"], ["竞争对手", "竞品", "同业"]),
  rule(
    "importance",
    [
      "importance", "important", "importancia", "importante", "importance of(?: the)?",
      "how important (?:is|are|was|were)(?: the)?", "qu[eé] tan importante (?:es|son)(?: el| la| los| las)?",
      "importancia de(?:l| la| los| las)?",
    ],
    ["重要性", "重要程度", "重要度", "重要"],
  ),
  rule(
    "expectation",
    ["expectations?", "expected", "expect", "expectativas?", "esperado", "esperada"],
    ["期望", "预期", "期待"],
  ),
  rule(
    "perception",
    ["perceptions?", "perceived", "percepci[oó]n(?:es)?", "percibid[oa]"],
    ["感知", "实际感受", "实际体验", "感受"],
  ),
  rule(
    "recommend",
    [
      "likelihood to recommend", "likely to recommend", "would recommend", "recommendation", "recommend", "nps",
      "net promoter(?: score)?", "probabilidad de recomendar", "recomendar[ií]a", "recomendaci[oó]n", "recomendar",
    ],
    ["推荐意愿", "推荐可能性", "推荐度", "推荐", "推薦", "净推荐值"],
  ),
  rule(
    "overall",
    [
      "overall satisfaction", "overall", "csat", "general satisfaction", "global satisfaction", "total satisfaction",
      "satisfacci[oó]n (?:general|global|total)", "satisfacci[oó]n con el servicio en general",
    ],
    ["总体满意度", "整体满意度", "总满意度", "综合满意度", "总体评价", "整体评价", "^总体$", "^整体$"],
  ),
  rule(
    "weight",
    ["weights?", "weighting", "wt", "wgt", "peso", "ponderador", "ponderaci[oó]n", "factor de expansi[oó]n"],
    ["权重", "加权"],
  ),
  rule(
    "id",
    [
      "id", "ids", "respondent id", "respondent", "respondent number", "identifier", "identificador", "case id",
      "case", "record", "response id", "serial", "encuestado", "n[uú]mero de encuesta",
    ],
    ["编号", "序号", "受访者", "样本号", "问卷号"],
  ),
  rule(
    "rating",
    [
      "satisfaction", "satisfied", "rating", "score", "performance", "satisfacci[oó]n", "valoraci[oó]n",
      "calificaci[oó]n", "puntuaci[oó]n", "desempe[nñ]o", "nota", "satisfech[oa]s?",
      "satisfaction with(?: the)?", "how satisfied (?:are|were) you with(?: the)?",
      "qu[eé] tan satisfech[oa] est[aá] con(?: el| la| los| las)?", "satisfacci[oó]n con(?: el| la| los| las)?",
    ],
    ["满意度", "满意程度", "满意", "评分", "打分", "表现", "评价"],
  ),
  rule(
    "period",
    [
      "quarter", "month", "wave", "period", "date", "year", "week", "fiscal period", "trimestre", "mes",
      "per[ií]odo", "fecha", "a[nñ]o", "ola", "semana",
    ],
    ["季度", "月份", "年份", "年度", "日期", "期数", "期次", "时期", "波次", "周次", "^期$", "^月$", "^年$", "^周$"],
  ),
  rule(
    "segment",
    [
      "branch", "region", "channel", "store", "segment", "group", "gender", "age group", "city", "country",
      "department", "product", "office", "location", "area", "district", "market", "customer type", "tier",
      "sucursal", "regi[oó]n", "canal", "tienda", "segmento", "grupo", "g[eé]nero", "ciudad", "pa[ií]s",
      "oficina", "zona", "producto", "tipo de cliente", "agencia",
    ],
    ["网点", "地区", "区域", "渠道", "门店", "分行", "支行", "城市", "性别", "年龄段", "部门", "产品", "客户类型", "省份", "分组"],
  ),
];

const SEPARATORS = /^[\s\-–—:：|/\\_,，、;；.。·•*>#?？¿]+|[\s\-–—:：|/\\_,，、;；.。·•*>#?？¿]+$/gu;
/** A leading question number: "Q3.", "Q3_2 ", "3) ", "Q12a:". */
const QUESTION_NUMBER = /^(?:q\d+[a-z]?(?:[._-]\d+)*[.:)]?\s+|\d+[.)、]\s*)/iu;
const SCALE_HINT = /[([]?\s*\d{1,3}\s*(?:-|–|—|~|to|a|至|到)\s*\d{1,3}\s*(?:分|points?|puntos)?\s*[)\]]?/giu;
const EMPTY_BRACKETS = /[([【「]\s*[)\]】」]/gu;
const LEADING_CONNECTOR = /^(?:(?:of|for|with|about|on|the|de la|de los|de las|del|de|con|sobre|el|la)\s+|您对|你对|对于|对)/iu;
const TRAILING_CONNECTOR = /(?:\s+(?:of|for|with|de|del|con)|的)$/iu;

/** The attribute name left when the role word (and scale hint, brackets, separators) is removed. */
export function attributeName(header: string, roleWord?: { index: number; length: number }): string {
  let s = header.normalize("NFKC");
  if (roleWord) s = `${s.slice(0, roleWord.index)} ${s.slice(roleWord.index + roleWord.length)}`;
  s = s.replace(SCALE_HINT, " ").replace(EMPTY_BRACKETS, " ").replace(/\s+/g, " ").trim().replace(QUESTION_NUMBER, "");
  for (let pass = 0; pass < 3; pass++) {
    s = s.replace(SEPARATORS, "").replace(EMPTY_BRACKETS, " ").trim();
    s = s.replace(LEADING_CONNECTOR, "").replace(TRAILING_CONNECTOR, "");
  }
  return s.trim();
}

/** What the values of one column look like (from up to SAMPLE rows). */
interface ColumnStats {
  nonBlank: number;
  numbers: number;
  integers: number;
  fractions: number;
  min: number;
  max: number;
  zeros: number;
  likert: number;
  kanoOnly: number;
  texts: number;
  distinctText: Set<string>;
  distinctAll: Set<string>;
  increasing: boolean;
  longText: number;
  periodLike: number;
  dates: number;
}

const SAMPLE = 5000;
const PERIOD_TEXT =
  /^(?:(?:19|20)\d{2}\s*[-/_ ]?\s*(?:q[1-4]|h[12]|\d{1,2}|年\s*(?:第?[一二三四1-4]季度|\d{1,2}月))|(?:q[1-4]|h[12])\s*[-/_ ]?\s*(?:(?:19|20)?\d{2})|(?:19|20)\d{2}年?|第?[一二三四1-4]季度|\d{1,2}月|(?:wave|ola|period|periodo)\s*\d+|第\s*\d+\s*期)$/iu;

function columnStats(rows: readonly (readonly unknown[])[], col: number): ColumnStats {
  const st: ColumnStats = {
    nonBlank: 0, numbers: 0, integers: 0, fractions: 0, min: Infinity, max: -Infinity, zeros: 0, likert: 0,
    kanoOnly: 0, texts: 0, distinctText: new Set(), distinctAll: new Set(), increasing: true, longText: 0,
    periodLike: 0, dates: 0,
  };
  let prev: number | string | undefined;
  const count = Math.min(rows.length, SAMPLE);
  for (let i = 0; i < count; i++) {
    const cell = rows[i]?.[col];
    let num: number | undefined;
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) continue;
      num = cell;
    } else if (cell instanceof Date) {
      st.nonBlank++;
      st.dates++;
      continue;
    } else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "blank") continue;
      if (m.kind === "number") num = m.value;
      else {
        st.nonBlank++;
        const text = cell.trim();
        if (m.kind === "label" || m.kind === "numbered") {
          if (m.likert !== undefined) st.likert++;
          else if (m.kano !== undefined) st.kanoOnly++;
          if (m.kind === "numbered") st.numbers++;
        }
        st.texts++;
        if (st.distinctText.size <= 1000) st.distinctText.add(text);
        if (st.distinctAll.size <= SAMPLE) st.distinctAll.add(`s:${text}`);
        if (text.length > 30 || /\s\S+\s/.test(text)) st.longText++;
        if (PERIOD_TEXT.test(text.normalize("NFKC"))) st.periodLike++;
        if (prev !== undefined && !(typeof prev === "string" && text.localeCompare(prev, undefined, { numeric: true }) > 0)) {
          st.increasing = false;
        }
        prev = text;
        continue;
      }
    } else continue;
    st.nonBlank++;
    st.numbers++;
    if (Number.isInteger(num)) st.integers++;
    else st.fractions++;
    if (num === 0) st.zeros++;
    if (num < st.min) st.min = num;
    if (num > st.max) st.max = num;
    if (st.distinctAll.size <= SAMPLE) st.distinctAll.add(`n:${num}`);
    if (prev !== undefined && !(typeof prev === "number" && num > prev)) st.increasing = false;
    prev = num;
  }
  return st;
}

function headerText(h: unknown): string {
  if (h === null || h === undefined) return "";
  return String(h).trim();
}

function quote(s: string): string {
  return `"${s}"`;
}

function columnValues(rows: readonly (readonly unknown[])[], col: number): unknown[] {
  const n = Math.min(rows.length, SAMPLE);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = rows[i]?.[col];
  return out;
}

const SCORED: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "rating", "importance", "expectation", "perception", "competitor", "overall",
]);

/** Proposal from the header alone, or undefined when no header word matches. */
function fromHeader(index: number, header: string): ColumnProposal | undefined {
  const text = header.normalize("NFKC").replace(/\s+/g, " ");
  for (const { role, re } of HEADER_RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const p: ColumnProposal = { index, header, role, reason: `header word ${quote(m[0])}` };
    if (ATTRIBUTE_ROLES.includes(role)) {
      p.attribute = attributeName(text, { index: m.index, length: m[0].length }) || header;
    }
    return p;
  }
  return undefined;
}

/** Proposal from the values, for a column whose header says nothing. */
function fromValues(index: number, header: string, st: ColumnStats, rowCount: number): ColumnProposal {
  const name = header || `Column ${index + 1}`;
  const p = (role: ColumnRole, reason: string): ColumnProposal => {
    const out: ColumnProposal = { index, header, role, reason };
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
  if (most(st.likert + st.numbers) && st.likert > 0) return p("rating", "values are 5-point answer labels");
  if (n === sampled && distinct === n && n >= 3 && st.increasing) {
    return p("id", "values are unique and increasing");
  }
  if (most(st.dates + st.periodLike)) return p("period", "values look like dates or periods");
  if (most(st.numbers)) {
    if (st.fractions >= 0.5 * st.numbers && st.min >= 0 && st.max <= 50) {
      return p("weight", "values are positive numbers with decimals, like case weights");
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

function pairKey(p: ColumnProposal): string {
  return normalizeLabel(p.attribute ?? p.header);
}

const PAIRS: readonly [ColumnRole, ColumnRole][] = [
  ["importance", "rating"],
  ["expectation", "perception"],
  ["kano_functional", "kano_dysfunctional"],
];

function link(a: ColumnProposal, b: ColumnProposal): void {
  a.pairIndex = b.index;
  b.pairIndex = a.index;
  a.reason += `; pairs with ${quote(b.header)}`;
  b.reason += `; pairs with ${quote(a.header)}`;
}

function pairByName(props: ColumnProposal[]): void {
  for (const [ra, rb] of PAIRS) {
    for (const a of props) {
      if (a.role !== ra || a.pairIndex !== undefined) continue;
      const key = pairKey(a);
      const b = props.find((q) => q.role === rb && q.pairIndex === undefined && pairKey(q) === key);
      if (b) link(a, b);
    }
  }
}

/** Kano columns whose partner was not found by name: pair with the adjacent column. */
function pairKanoByPosition(props: ColumnProposal[]): void {
  for (let i = 0; i + 1 < props.length; i++) {
    const a = props[i];
    const b = props[i + 1];
    if (a.pairIndex !== undefined || b.pairIndex !== undefined) continue;
    const kano = (r: ColumnRole): boolean => r === "kano_functional" || r === "kano_dysfunctional";
    if (!kano(a.role) || !kano(b.role)) continue;
    if (a.role === "kano_dysfunctional" && b.role === "kano_dysfunctional") continue;
    if (a.role === "kano_dysfunctional" && b.role === "kano_functional") continue;
    if (a.role === "kano_functional" && b.role === "kano_functional" && b.reason.startsWith("header")) continue;
    if (b.role === "kano_functional") {
      b.role = "kano_dysfunctional";
      b.reason += "; second of an adjacent pair, so dysfunctional";
    }
    b.attribute = a.attribute;
    link(a, b);
    i++;
  }
}

const PARTNER: Partial<Record<ColumnRole, ColumnRole>> = {
  importance: "rating",
  expectation: "perception",
  perception: "expectation",
  kano_functional: "kano_dysfunctional",
  kano_dysfunctional: "kano_functional",
};

const ROLE_WORDS: Record<ColumnRole, string> = {
  id: "ID", segment: "segment", period: "period", weight: "weight", overall: "overall satisfaction",
  recommend: "likelihood to recommend", rating: "rating", importance: "importance", expectation: "expectation",
  perception: "perception", kano_functional: "functional (Kano)", kano_dysfunctional: "dysfunctional (Kano)",
  competitor: "competitor", ignore: "ignored",
};

/** Single-valued roles: a second column of the same role is demoted. */
const DEMOTE: Partial<Record<ColumnRole, ColumnRole>> = {
  id: "ignore", weight: "ignore", overall: "rating", recommend: "rating", period: "segment",
};

/**
 * Proposes a role per column. `headers` is the header row, `rows` the data rows (only the first
 * 5000 are looked at). Never throws on odd input: unknown columns are proposed as "ignore".
 */
export function detectRoles(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): ColumnProposal[] {
  const props: ColumnProposal[] = headers.map((h, index) => {
    const header = headerText(h);
    const st = columnStats(rows, index);
    const p = fromHeader(index, header) ?? fromValues(index, header, st, rows.length);
    return p;
  });

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
    if (ATTRIBUTE_ROLES.includes(demoted)) p.attribute = p.header || `Column ${p.index + 1}`;
  }

  // Scales.
  const valueScaled = new Set<ColumnProposal>();
  for (const p of props) {
    if (SCORED.has(p.role)) {
      const guess = detectScale(columnValues(rows, p.index), p.header);
      p.scale = { min: guess.min, max: guess.max };
      if (guess.source === "values") valueScaled.add(p);
    } else if (p.role === "recommend") p.scale = scaleFromHeader(p.header) ?? { min: 0, max: 10 };
    else if (p.role === "kano_functional" || p.role === "kano_dysfunctional") p.scale = { min: 1, max: 5 };
  }
  harmoniseScales(props, rows, valueScaled);
  // A value-detected 0–10 rating with no header role is most likely the recommend question.
  if (!firstOf.has("recommend")) {
    const nps = props.find(
      (p) => p.role === "rating" && p.reason.startsWith("values") && p.scale?.min === 0 && p.scale.max === 10,
    );
    if (nps) {
      nps.role = "recommend";
      delete nps.attribute;
      nps.reason += " (0–10): likelihood to recommend";
    }
  }

  pairByName(props);
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
    const partner = PARTNER[p.role];
    if (partner && p.pairIndex === undefined) {
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
    if (!labels) continue;
    p.answerLabels = labels;
    if (!hint && detectScale(values).source === "labels" && p.scale?.max !== labels.scale.max) p.scale = { ...labels.scale };
  }
  return props;
}

/** Roles that share a scale in a questionnaire: ratings with overall and competitor, importance, gap pairs. */
const SCALE_GROUPS: readonly (readonly ColumnRole[])[] = [
  ["rating", "overall", "competitor"],
  ["importance"],
  ["expectation", "perception"],
];

/** Share of a column's numeric answers that fall outside a scale (0 = Excel empty cell, not counted). */
function outsideShare(values: readonly unknown[], scale: Scale): { outside: number; numbers: number } {
  let outside = 0;
  let numbers = 0;
  for (const cell of values) {
    let x: number | undefined;
    if (typeof cell === "number") x = cell;
    else if (typeof cell === "string") {
      const m = classifyText(cell);
      if (m.kind === "number" || m.kind === "numbered") x = m.value;
    }
    if (x === undefined || x === 0) continue;
    numbers++;
    if (!(x >= scale.min && x <= scale.max)) outside++;
  }
  return { outside, numbers };
}

/**
 * A stray out-of-scale value (a typo "7" among 1–5 answers) should not move a column to another
 * scale: a column whose scale came from its values and differs from its group's most common scale
 * takes the group's scale when at most 2 % of its numbers fall outside it (they become issues).
 */
function harmoniseScales(
  props: ColumnProposal[],
  rows: readonly (readonly unknown[])[],
  valueScaled: ReadonlySet<ColumnProposal>,
): void {
  for (const group of SCALE_GROUPS) {
    const members = props.filter((p) => group.includes(p.role) && p.scale);
    const counts = new Map<string, { scale: Scale; n: number }>();
    for (const p of members) {
      const key = `${p.scale?.min}:${p.scale?.max}`;
      const c = counts.get(key);
      if (c) c.n++;
      else if (p.scale) counts.set(key, { scale: p.scale, n: 1 });
    }
    let mode: { scale: Scale; n: number } | undefined;
    for (const c of counts.values()) if (!mode || c.n > mode.n) mode = c;
    if (!mode || mode.n < 2) continue;
    const target = mode.scale;
    for (const p of members) {
      if (!valueScaled.has(p) || !p.scale || (p.scale.min === target.min && p.scale.max === target.max)) continue;
      const { outside, numbers } = outsideShare(columnValues(rows, p.index), target);
      if (numbers > 0 && outside <= 0.02 * numbers) {
        p.scale = { min: target.min, max: target.max };
        p.reason += `; scale ${target.min}–${target.max} like its neighbours (${outside} value${outside === 1 ? "" : "s"} outside it)`;
      }
    }
  }
}
