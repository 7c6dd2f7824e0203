/**
 * Header words per role (English, Chinese, Spanish) and the attribute name left when the role
 * word is removed. Every pattern is a bounded alternation or anchored, and text is collapsed to
 * single spaces before the patterns with \\s* run, so matching is linear in the header length.
 */
import type { ColumnRole } from "./types";

export interface HeaderRule {
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
export const HEADER_RULES: readonly HeaderRule[] = [
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
      "importance",
      "important",
      "importancia",
      "importante",
      "importance of(?: the)?",
      "how important (?:is|are|was|were)(?: the)?",
      "qu[eé] tan importante (?:es|son)(?: el| la| los| las)?",
      "importancia de(?:l| la| los| las)?",
    ],
    ["重要性", "重要程度", "重要度", "重要"],
  ),
  rule("expectation", ["expectations?", "expected", "expect", "expectativas?", "esperado", "esperada"], ["期望", "预期", "期待"]),
  rule("perception", ["perceptions?", "perceived", "percepci[oó]n(?:es)?", "percibid[oa]"], ["感知", "实际感受", "实际体验", "感受"]),
  rule(
    "recommend",
    [
      "likelihood to recommend",
      "likely to recommend",
      "would recommend",
      "recommendation",
      "recommend",
      "nps",
      "net promoter(?: score)?",
      "probabilidad de recomendar",
      "recomendar[ií]a",
      "recomendaci[oó]n",
      "recomendar",
    ],
    ["推荐意愿", "推荐可能性", "推荐度", "推荐", "推薦", "净推荐值"],
  ),
  rule(
    "overall",
    [
      "overall satisfaction",
      "overall",
      "in general",
      "en general",
      "en t[eé]rminos generales",
      "csat",
      "general satisfaction",
      "global satisfaction",
      "total satisfaction",
      "satisfacci[oó]n (?:general|global|total)",
      "satisfacci[oó]n con el servicio en general",
    ],
    ["总体而言", "总的来说", "整体而言", "总体上", "总体满意度", "整体满意度", "总满意度", "综合满意度", "总体评价", "整体评价", "^总体$", "^整体$"],
  ),
  rule("weight", ["weights?", "weighting", "wt", "wgt", "peso", "ponderador", "ponderaci[oó]n", "factor de expansi[oó]n"], ["权重", "加权"]),
  rule(
    "id",
    [
      "id",
      "ids",
      "respondent id",
      "respondent",
      "respondent number",
      "identifier",
      "identificador",
      "case id",
      "case",
      "record",
      "response id",
      "serial",
      "encuestado",
      "n[uú]mero de encuesta",
    ],
    ["编号", "序号", "受访者", "样本号", "问卷号"],
  ),
  rule(
    "rating",
    [
      "satisfaction",
      "satisfied",
      "rating",
      "score",
      "performance",
      "satisfacci[oó]n",
      "valoraci[oó]n",
      "calificaci[oó]n",
      "puntuaci[oó]n",
      "desempe[nñ]o",
      "nota",
      "satisfech[oa]s?",
      "satisfaction with(?: the)?",
      "how satisfied (?:are|were) you with(?: the)?",
      "qu[eé] tan satisfech[oa] est[aá] con(?: el| la| los| las)?",
      "satisfacci[oó]n con(?: el| la| los| las)?",
    ],
    ["满意度", "满意程度", "满意", "评分", "打分", "表现", "评价"],
  ),
  rule(
    "period",
    ["quarter", "month", "wave", "period", "date", "year", "week", "fiscal period", "trimestre", "mes", "per[ií]odo", "fecha", "a[nñ]o", "ola", "semana"],
    ["季度", "月份", "年份", "年度", "日期", "期数", "期次", "时期", "波次", "周次", "^期$", "^月$", "^年$", "^周$"],
  ),
  rule(
    "segment",
    [
      "branch",
      "region",
      "channel",
      "store",
      "segment",
      "group",
      "gender",
      "age group",
      "city",
      "country",
      "department",
      "product",
      "office",
      "location",
      "area",
      "district",
      "market",
      "customer type",
      "tier",
      "sucursal",
      "regi[oó]n",
      "canal",
      "tienda",
      "segmento",
      "grupo",
      "g[eé]nero",
      "ciudad",
      "pa[ií]s",
      "oficina",
      "zona",
      "producto",
      "tipo de cliente",
      "agencia",
    ],
    ["网点", "地区", "区域", "渠道", "门店", "分行", "支行", "城市", "性别", "年龄段", "部门", "产品", "客户类型", "省份", "分组"],
  ),
];

/** Separator characters trimmed from both ends of an attribute (a loop, not `[…]+$`, which backtracks quadratically). */
const SEPARATOR_CHARS = new Set(Array.from(" \t\n\r\u00a0\u3000-–—:：|/\\_,，、;；.。·•*>#?？¿"));

function trimSeparators(s: string): string {
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && (SEPARATOR_CHARS.has(chars[a]) || /\s/u.test(chars[a]))) a++;
  while (b > a && (SEPARATOR_CHARS.has(chars[b - 1]) || /\s/u.test(chars[b - 1]))) b--;
  return a === 0 && b === chars.length ? s : chars.slice(a, b).join("");
}
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
  s = s.replace(/\s+/gu, " "); // one space per run first: the patterns below then never rescan a long run
  s = s.replace(SCALE_HINT, " ").replace(EMPTY_BRACKETS, " ").replace(/\s+/g, " ").trim().replace(QUESTION_NUMBER, "");
  for (let pass = 0; pass < 3; pass++) {
    s = trimSeparators(s).replace(EMPTY_BRACKETS, " ").trim();
    s = s.replace(LEADING_CONNECTOR, "").replace(TRAILING_CONNECTOR, "");
  }
  return s.trim();
}
