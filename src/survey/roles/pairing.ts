/**
 * Pairs the columns of one attribute (importance ↔ rating, expectation ↔ perception, functional ↔
 * dysfunctional) and gives a question's columns one scale.
 */
import { classifyText, normalizeLabel } from "../labels";
import type { Scale } from "../types";
import { columnValues, quote } from "./stats";
import type { ColumnProposal } from "../roles";
import type { ColumnRole } from "./types";

export function pairKey(p: ColumnProposal): string {
  return normalizeLabel(p.attribute ?? p.header);
}

const PAIRS: readonly [ColumnRole, ColumnRole][] = [
  ["importance", "rating"],
  ["expectation", "perception"],
  ["kano_functional", "kano_dysfunctional"],
];

export function link(a: ColumnProposal, b: ColumnProposal): void {
  a.pairIndex = b.index;
  b.pairIndex = a.index;
  a.reason += `; pairs with ${quote(b.header)}`;
  b.reason += `; pairs with ${quote(a.header)}`;
}

export function pairByName(props: ColumnProposal[]): void {
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
export function pairKanoByPosition(props: ColumnProposal[]): void {
  for (let i = 0; i + 1 < props.length; i++) {
    const a = props[i];
    const b = props[i + 1];
    if (a.pairIndex !== undefined || b.pairIndex !== undefined) continue;
    const kano = (r: ColumnRole): boolean => r === "kano_functional" || r === "kano_dysfunctional";
    if (!kano(a.role) || !kano(b.role)) continue;
    if (a.role === "kano_dysfunctional" && b.role === "kano_dysfunctional") continue;
    if (a.role === "kano_dysfunctional" && b.role === "kano_functional") continue;
    if (a.role === "kano_functional" && b.role === "kano_functional" && b.evidence?.from === "header") continue;
    if (b.role === "kano_functional") {
      b.role = "kano_dysfunctional";
      b.reason += "; second of an adjacent pair, so dysfunctional";
    }
    b.attribute = a.attribute;
    link(a, b);
    i++;
  }
}

/** Roles that share a scale in a questionnaire: ratings with overall and competitor, importance, gap pairs. */
const SCALE_GROUPS: readonly (readonly ColumnRole[])[] = [["rating", "overall", "competitor"], ["importance"], ["expectation", "perception"]];

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
export function harmoniseScales(props: ColumnProposal[], rows: readonly (readonly unknown[])[], valueScaled: ReadonlySet<ColumnProposal>): void {
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
