/**
 * Kano sheet, self-stated importance (Berger et al. 1993; issue #14 item 2): per Kano feature with
 * an importance column, the weighted mean importance over the respondents who answered both of its
 * Kano questions (statsKanoImportance.ts), its N, and its rank within its Kano category (1 = the
 * most important; equal means share a rank). The rank is a formula over the table, the engine's
 * rule written in cells: 1 + the number of features of the same category with a higher mean.
 * The Priorities sheet orders its attractive opportunities by the same means (priority.ts).
 */
import type { KanoCategory } from "../engine/kano";
import { formatList } from "../i18n/format";
import { format, formatNumber, reportLanguageOf } from "../i18n/report";
import type { Analysis } from "./analysis";
import { countFormat, FMT, tableName, type BuildContext } from "./common";
import type { SheetDraft } from "./sheet";
import { fx, val, type CellInput } from "./sheet";

/** One Kano feature's self-stated importance. */
export interface KanoImportanceRow {
  /** Attribute index. */
  feature: number;
  category: KanoCategory;
  /** Weighted mean importance. */
  mean: number;
  /** Σw of the respondents behind the mean. */
  n: number;
  /** 1 + the number of features of the same category with a higher mean. */
  rank: number;
}

/** The self-stated importance of each feature (in `features` order) that has a Kano result and importance answers. */
export function kanoImportanceRows(a: Analysis, features: readonly number[]): KanoImportanceRow[] {
  const rows: KanoImportanceRow[] = [];
  for (const i of features) {
    const m = a.stats.attributes[i].kanoImportance;
    const k = a.kano[i];
    if (m && k && m.sumW > 0) rows.push({ feature: i, category: k.category, mean: m.sum / m.sumW, n: m.sumW, rank: 0 });
  }
  for (const r of rows) r.rank = 1 + rows.filter((o) => o.category === r.category && o.mean > r.mean).length;
  return rows;
}

/** The mean self-stated importance of a Kano feature (undefined without one): the Priorities sheet's order. */
export function kanoImportanceOf(a: Analysis, feature: number): number | undefined {
  const m = a.stats.attributes[feature].kanoImportance;
  return m && m.sumW > 0 ? m.sum / m.sumW : undefined;
}

/** Write the importance table and its note below what the sheet holds so far (nothing when no feature has importance). */
export function writeKanoImportance(d: SheetDraft, a: Analysis, ctx: BuildContext, features: readonly number[]): void {
  const { t } = ctx;
  const K = t.kano;
  const rows = kanoImportanceRows(a, features);
  if (rows.length === 0) return;
  const attrs = a.stats.attributes;
  d.lines([K.importanceHeading], "emphasis", 1);
  const g = d.geom(d.allocate(rows.length + 1, 0), 1, rows.length, 5);
  const cf = countFormat(a);
  const cats = g.colRange(1, true);
  const means = g.colRange(3, true);
  const body = rows.map((r, k): CellInput[] => [
    attrs[r.feature].name,
    t.kanoCategories[r.category],
    val(r.n, cf),
    val(r.mean, FMT.mean),
    fx(`=SUMPRODUCT((${cats}=${g.cell(k, 1)})*(${means}>${g.cell(k, 3)}))+1`, r.rank, FMT.integer),
  ]);
  d.table(tableName("KanoImportance"), g, K.importanceHeaders, body, undefined, { center: [1] });
  const scales = [
    ...new Set(rows.map((r) => attrs[r.feature].scales.importance).flatMap((s) => (s ? [`${formatNumber(t, s.min)}–${formatNumber(t, s.max)}`] : []))),
  ];
  d.lines([format(K.importanceNote, { scale: formatList(scales, reportLanguageOf(t)) })], "note", 1);
}
