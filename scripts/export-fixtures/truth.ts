/**
 * The true numbers of the fixture survey, computed here from the generated respondents with
 * small, self-contained code — nothing is imported from src/, so the report is checked against
 * an independent computation, not against itself.
 *
 * - Means: over the answered values (blank = no answer), per item.
 * - CSI (DESIGN §4.1, range form, ACSI style): 100 · Σ wₖ(m̄ₖ − 1)/(5 − 1) / Σ wₖ with equal
 *   weights over the 7 satisfaction items — src/report/analysis.ts uses csiWeights "equal" by
 *   default and each item's mean over its own answers (pairwise, not listwise).
 * - NPS: 100 · (promoters 9–10 − detractors 0–6) / answered, full precision.
 * - Kano (DESIGN §4.2; Berger et al. 1993): counts from the evaluation table over respondents who
 *   answered both questions; category = most frequent (ties: M > O > A > I > R > Q); when the
 *   category strength (1st − 2nd)/N is below 0.06 and both top categories are among M, O, A, I,
 *   the rule M > O > A > I picks between the two. Better = (A+O)/(A+O+M+I),
 *   Worse = −(O+M)/(A+O+M+I), N = A+O+M+I+R+Q.
 */
import { FEATURES, ITEMS, STORES, npsNoExtremes, type Answer, type Respondent } from "./model";

export interface MeanTruth {
  n: number;
  mean: number;
}

export interface NpsTruth {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, full precision. */
  nps: number;
  /** The same rounded to one decimal, as a report shows it. */
  nps1: number;
  min: number;
  max: number;
}

export type KanoCat = "A" | "O" | "M" | "I" | "R" | "Q";

export interface KanoTruth {
  feature: string;
  counts: Record<KanoCat, number>;
  n: number;
  mostFrequent: KanoCat;
  second: KanoCat;
  categoryStrength: number;
  totalStrength: number;
  ruleApplied: boolean;
  category: KanoCat;
  better: number;
  worse: number;
}

export function meanOf(xs: readonly Answer[]): MeanTruth {
  const v = xs.filter((x): x is number => x !== null);
  return { n: v.length, mean: v.reduce((s, x) => s + x, 0) / v.length };
}

export function npsOf(xs: readonly Answer[]): NpsTruth {
  const v = xs.filter((x): x is number => x !== null);
  const promoters = v.filter((x) => x >= 9).length;
  const detractors = v.filter((x) => x <= 6).length;
  const nps = (100 * (promoters - detractors)) / v.length;
  return {
    n: v.length,
    promoters,
    passives: v.length - promoters - detractors,
    detractors,
    nps,
    nps1: Math.round(nps * 10) / 10,
    min: Math.min(...v),
    max: Math.max(...v),
  };
}

/** DESIGN §4.2 evaluation table: rows functional 1..5, columns dysfunctional 1..5. */
const TABLE: readonly (readonly KanoCat[])[] = [
  ["Q", "A", "A", "A", "O"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "R", "R", "R", "Q"],
];
const ORDER: readonly KanoCat[] = ["M", "O", "A", "I", "R", "Q"];

export function kanoOf(feature: string, f: readonly Answer[], d: readonly Answer[]): KanoTruth {
  const counts: Record<KanoCat, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  for (let i = 0; i < f.length; i++) {
    const a = f[i];
    const b = d[i];
    if (a === null || b === null) continue;
    counts[TABLE[a - 1][b - 1]]++;
  }
  const n = ORDER.reduce((s, k) => s + counts[k], 0);
  const ranked = [...ORDER].sort((x, y) => counts[y] - counts[x] || ORDER.indexOf(x) - ORDER.indexOf(y));
  const [first, second] = ranked;
  const categoryStrength = (counts[first] - counts[second]) / n;
  const core = (k: KanoCat) => k === "M" || k === "O" || k === "A" || k === "I";
  const ruleApplied = categoryStrength < 0.06 && core(first) && core(second);
  const category = ruleApplied ? (ORDER.indexOf(first) < ORDER.indexOf(second) ? first : second) : first;
  const denom = counts.A + counts.O + counts.M + counts.I;
  return {
    feature,
    counts,
    n,
    mostFrequent: first,
    second,
    categoryStrength,
    totalStrength: (counts.A + counts.O + counts.M) / n,
    ruleApplied,
    category,
    better: (counts.A + counts.O) / denom,
    worse: -(counts.O + counts.M) / denom,
  };
}

export function csiOf(means: readonly number[], min = 1, max = 5): number {
  return (100 * means.reduce((s, m) => s + (m - min) / (max - min), 0)) / means.length;
}

export interface SurveyTruth {
  n: number;
  finished: number;
  stores: Record<string, number>;
  overall: MeanTruth;
  satisfaction: Record<string, MeanTruth>;
  importance: Record<string, MeanTruth>;
  csi: { value: number; weights: "equal"; items: string[]; scale: [number, number]; method: string };
  nps: NpsTruth;
  npsNoZeroNoTen: NpsTruth;
  recommendMean: MeanTruth;
  kano: KanoTruth[];
  /** Per store (the segment): respondents, overall mean, CSI (equal weights) and NPS. */
  byStore: Record<string, { n: number; overall: MeanTruth; csi: number; nps: NpsTruth }>;
}

export function surveyTruth(rs: readonly Respondent[]): SurveyTruth {
  const stores: Record<string, number> = {};
  STORES.forEach((s, i) => (stores[s] = rs.filter((r) => r.store === i).length));
  const satisfaction: Record<string, MeanTruth> = {};
  const importance: Record<string, MeanTruth> = {};
  ITEMS.forEach((item, k) => {
    satisfaction[item] = meanOf(rs.map((r) => r.sat[k]));
    importance[item] = meanOf(rs.map((r) => r.imp[k]));
  });
  const byStore: SurveyTruth["byStore"] = {};
  STORES.forEach((s, i) => {
    const g = rs.filter((r) => r.store === i);
    byStore[s] = {
      n: g.length,
      overall: meanOf(g.map((r) => r.overall)),
      csi: csiOf(ITEMS.map((_, k) => meanOf(g.map((r) => r.sat[k])).mean)),
      nps: npsOf(g.map((r) => r.nps)),
    };
  });
  return {
    n: rs.length,
    finished: rs.filter((r) => r.finished).length,
    stores,
    overall: meanOf(rs.map((r) => r.overall)),
    satisfaction,
    importance,
    csi: {
      value: csiOf(ITEMS.map((i) => satisfaction[i].mean)),
      weights: "equal",
      items: [...ITEMS],
      scale: [1, 5],
      method:
        "DESIGN §4.1 range form: 100 · mean over the 7 satisfaction items of (item mean − 1)/4; equal weights " +
        '(src/report/analysis.ts default csiWeights "equal"); each item mean over its own answers',
    },
    nps: npsOf(rs.map((r) => r.nps)),
    npsNoZeroNoTen: npsOf(rs.map((r) => npsNoExtremes(r.nps))),
    recommendMean: meanOf(rs.map((r) => r.nps)),
    kano: FEATURES.map((feat, f) =>
      kanoOf(
        feat,
        rs.map((r) => r.kanoF[f]),
        rs.map((r) => r.kanoD[f]),
      ),
    ),
    byStore,
  };
}
