/**
 * Kano sheet, by segment (issue #14): one compact table, a row per segment and feature, with the
 * category (the engine's threshold rule), Better and Worse of that segment's Kano pair table
 * (statsKanoSegments.ts); a row with fewer than SMALL_SEGMENT answers carries the Segments sheet's
 * caution. A segment whose feature has no usable answer pair has no row for that feature.
 */
import { kanoCountsFromPairs, kanoEvaluate, type KanoResult } from "../engine/kano";
import { SMALL_SEGMENT, type Analysis } from "./analysis";
import { attempt } from "./attempt";
import { countFormat, FMT, tableName, type BuildContext } from "./common";
import type { SheetDraft } from "./sheet";
import { fitWidth, val, type CellInput } from "./sheet";
import { LANGUAGES } from "../i18n/languages";
import { format, reportStrings } from "../i18n/report";

/** The Kano result of each segment × feature with usable answers, in segment then feature order. */
export function kanoBySegment(a: Analysis, features: readonly number[]): { segment: string; feature: number; result: KanoResult }[] {
  const out: { segment: string; feature: number; result: KanoResult }[] = [];
  for (const s of a.stats.segment?.values ?? []) {
    for (const i of features) {
      const table = s.kano?.[i];
      const result = table ? attempt(() => kanoEvaluate(kanoCountsFromPairs(table))) : undefined;
      if (result) out.push({ segment: s.value, feature: i, result });
    }
  }
  return out;
}

export type KanoSegmentRows = ReturnType<typeof kanoBySegment>;

/** Write the by-segment table (`rows`: kanoBySegment's) below what the sheet holds so far (nothing without a segment column). */
export function writeKanoSegments(d: SheetDraft, a: Analysis, ctx: BuildContext, rows: KanoSegmentRows): void {
  const { t } = ctx;
  const K = t.kano;
  const seg = a.stats.segment;
  if (!seg || rows.length === 0) return;
  d.lines([format(K.segmentHeading, { segment: seg.name })], "emphasis", 1);
  const g = d.geom(d.allocate(rows.length + 1), 1, rows.length, 7);
  const cf = countFormat(a);
  const small = format(t.segments.smallSegment, { min: SMALL_SEGMENT });
  const body = rows.map(({ segment, feature, result }): CellInput[] => [
    segment,
    a.stats.attributes[feature].name,
    val(result.n, cf),
    t.kanoCategories[result.category],
    val(result.better, FMT.ratio),
    val(result.worse, FMT.ratio),
    result.n < SMALL_SEGMENT ? small : null,
  ]);
  d.table(tableName("KanoSegments"), g, K.segmentHeaders, body, undefined, { center: [3] });
}

/**
 * The by-segment table's Feature (B) and Category (D) columns are the main table's narrow count
 * columns: the widths they need, for the sheet to set before it places its chart (no table: none).
 */
export function kanoSegmentWidths(a: Analysis, rows: KanoSegmentRows): { feature: number; category: number } | undefined {
  if (!a.stats.segment) return undefined;
  const shown = [...new Set(rows.map((r) => r.feature))];
  if (shown.length === 0) return undefined;
  const names = shown.map((i) => a.stats.attributes[i].name);
  // The category names of every language: the sheet's layout is the same in each.
  const categories = LANGUAGES.flatMap((lang) => Object.values(reportStrings(lang).kanoCategories));
  return { feature: fitWidth(names, 8, 30), category: fitWidth(categories, 8, 20) };
}
