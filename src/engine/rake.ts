/**
 * Raking (iterative proportional fitting) of case weights to population margins (issue #14;
 * Deming & Stephan 1940, the method of R's survey::rake and anesrake): each sweep multiplies the
 * weights of every category of one margin variable by target / current total, one variable after
 * another, until every margin matches its targets. Each respondent's weight is its base weight
 * times one factor per (variable, category) it belongs to, so the ratio to the base weight depends
 * on its categories only.
 *
 * Speed: the categories are indexed once into integer codes (Int32Array per variable) and the
 * sweeps loop over typed arrays, no string or Map work inside the iterations.
 */
import { CsError } from "./errors";

/** One population margin: a category of a variable and its target (a total, or a share). */
export interface RakeTarget {
  readonly variable: string;
  readonly category: string;
  readonly target: number;
}

/** The respondents' categories: variable names, then one row per respondent (a category per variable). */
export interface RakeGroups {
  readonly variables: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface RakeOptions {
  /** The weights to start from, one per respondent (default 1 each); finite and ≥ 0. */
  readonly baseWeights?: readonly number[];
  /** The most sweeps (default 100). */
  readonly maxIterations?: number;
  /** The largest relative margin error accepted (default 1e-10). */
  readonly tolerance?: number;
}

export interface RakeResult {
  /** The raked weights, in the respondents' order. */
  readonly weights: Float64Array;
  /** The sweeps used (0 when the base weights already match). */
  readonly iterations: number;
  /** The largest relative margin error |total − target| / target after the last sweep. */
  readonly maxError: number;
  /** Kish's effective sample size (Σw)²/Σw². */
  readonly effectiveN: number;
  /** The design effect of the weighting, n / n′. */
  readonly designEffect: number;
  readonly minWeight: number;
  readonly maxWeight: number;
}

/** Relative tolerance within which a variable's targets adding up to 1 are read as shares. */
const SHARE_SUM_TOLERANCE = 1e-9;

/** One variable indexed: a code per respondent and the target of each code. */
interface Margin {
  readonly variable: string;
  readonly codes: Int32Array;
  readonly targets: Float64Array;
  readonly categories: readonly string[];
}

/** The targets of each variable, in the order given; checked (finite > 0, no duplicates, known variables). */
function targetsByVariable(variables: readonly string[], targets: readonly RakeTarget[]): Map<string, Map<string, number>> {
  const byVariable = new Map<string, Map<string, number>>(variables.map((v) => [v, new Map<string, number>()]));
  for (const t of targets) {
    const cats = byVariable.get(t.variable);
    if (cats === undefined) throw new CsError("value", "rakeUnknownVariable", { variable: t.variable });
    if (cats.has(t.category)) throw new CsError("value", "rakeDuplicateTarget", { variable: t.variable, category: t.category });
    if (!(Number.isFinite(t.target) && t.target > 0)) {
      throw new CsError("num", "rakeBadTarget", { variable: t.variable, category: t.category, value: String(t.target) });
    }
    cats.set(t.category, t.target);
  }
  for (const [variable, cats] of byVariable) if (cats.size === 0) throw new CsError("value", "rakeNoTargets", { variable });
  return byVariable;
}

/** Index every variable's categories into codes; a respondent's category without a target is an error (row 1-based). */
function indexMargins(groups: RakeGroups, byVariable: Map<string, Map<string, number>>, baseTotal: number): Margin[] {
  const n = groups.rows.length;
  return groups.variables.map((variable, j) => {
    const cats = byVariable.get(variable) as Map<string, number>;
    const categories = [...cats.keys()];
    const code = new Map(categories.map((c, i) => [c, i]));
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const category = groups.rows[i][j];
      const c = code.get(category);
      if (c === undefined) throw new CsError("value", "rakeCategoryNoTarget", { variable, category }, { row: i + 1 });
      codes[i] = c;
    }
    const given = [...cats.values()];
    const sum = given.reduce((s, t) => s + t, 0);
    // Shares (adding up to 1) become totals of the base weights' sum; totals stay as they are.
    const scale = Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE ? baseTotal / sum : 1;
    return { variable, codes, targets: Float64Array.from(given, (t) => t * scale), categories };
  });
}

/** The weighted total of each category of a margin. */
function marginTotals(m: Margin, w: Float64Array, out: Float64Array): Float64Array {
  out.fill(0);
  const codes = m.codes;
  for (let i = 0; i < w.length; i++) out[codes[i]] += w[i];
  return out;
}

/** The largest |total − target| / target over every margin. */
function largestError(margins: readonly Margin[], w: Float64Array, scratch: Float64Array[]): number {
  let worst = 0;
  margins.forEach((m, j) => {
    const totals = marginTotals(m, w, scratch[j]);
    for (let c = 0; c < totals.length; c++) worst = Math.max(worst, Math.abs(totals[c] - m.targets[c]) / m.targets[c]);
  });
  return worst;
}

/** Check the shape and the base weights; the base weights as a typed array. */
function startingWeights(groups: RakeGroups, base: readonly number[] | undefined): Float64Array {
  const n = groups.rows.length;
  if (n === 0) throw new CsError("value", "rakeNoRespondents");
  if (groups.variables.length === 0) throw new CsError("value", "rakeNoVariables");
  const seen = new Set<string>();
  for (const v of groups.variables) {
    if (seen.has(v)) throw new CsError("value", "rakeDuplicateVariable", { variable: v });
    seen.add(v);
  }
  groups.rows.forEach((r, i) => {
    if (r.length !== groups.variables.length) throw new CsError("value", "rowLength", { got: r.length, width: groups.variables.length }, { row: i + 1 });
  });
  if (base === undefined) return new Float64Array(n).fill(1);
  if (base.length !== n) throw new CsError("value", "caseWeightCount", { given: base.length, rows: n });
  const w = Float64Array.from(base);
  for (let i = 0; i < n; i++) {
    if (!(Number.isFinite(w[i]) && w[i] >= 0)) throw new CsError("value", "badWeight", { value: String(base[i]) }, { row: i + 1 });
  }
  return w;
}

/** Totals of different variables must agree, or no weights can meet them all. */
function checkTotalsAgree(margins: readonly Margin[], tolerance: number): void {
  const sums = margins.map((m) => m.targets.reduce((s, t) => s + t, 0));
  for (let j = 1; j < sums.length; j++) {
    if (Math.abs(sums[j] - sums[0]) > Math.max(tolerance, 1e-12) * sums[0]) {
      throw new CsError("value", "rakeTotalsDiffer", { first: margins[0].variable, firstTotal: sums[0], second: margins[j].variable, secondTotal: sums[j] });
    }
  }
}

/** Summary figures of a set of weights: Kish's n′, the design effect, the range. */
function summary(w: Float64Array): Pick<RakeResult, "effectiveN" | "designEffect" | "minWeight" | "maxWeight"> {
  let sum = 0;
  let sum2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < w.length; i++) {
    sum += w[i];
    sum2 += w[i] * w[i];
    if (w[i] < min) min = w[i];
    if (w[i] > max) max = w[i];
  }
  const effectiveN = (sum * sum) / sum2;
  return { effectiveN, designEffect: w.length / effectiveN, minWeight: min, maxWeight: max };
}

/**
 * Rake case weights to population margins by iterative proportional fitting (Deming & Stephan
 * 1940): a sweep sets, for each variable in turn, w ← w · target(c) / Σ_{i in c} w for each of its
 * categories c. Stops after the first sweep whose largest relative margin error
 * max |Σ_{i in c} w − target(c)| / target(c) over all variables and categories is ≤ tolerance
 * (checked before the first sweep too: 0 sweeps when the base weights already match).
 * Variant: a variable's targets adding up to 1 (within 1e-9) are shares, scaled to the sum of the
 * base weights; otherwise totals, which must add up to the same for every variable. Summary:
 * Kish's effective n′ = (Σw)²/Σw², design effect n/n′, weight range.
 * Source: Deming & Stephan (1940), Ann. Math. Statist. 11(4); as R's survey::rake (Lumley 2010, §7.4).
 * @param groups Variable names and each respondent's category of each (every category must have a target).
 * @param targets The target of each (variable, category): totals, or shares adding up to 1 per variable.
 * @param options Base weights (default 1), iteration cap (default 100), tolerance (default 1e-10).
 * @returns The raked weights, the sweeps used, the largest error left and the summary figures.
 * Blank policy: no blanks: a blank category is a category like any other and needs its own target.
 * @throws {CsError} value rakeNoRespondents, rakeNoVariables, rakeDuplicateVariable, rakeUnknownVariable, rakeDuplicateTarget, rakeNoTargets, rakeCategoryNoTarget, rakeTotalsDiffer, rowLength, caseWeightCount, badWeight — a malformed table, a respondent's category without a target (its row), totals that disagree, a bad base weight
 * @throws {CsError} num rakeBadTarget, rakeEmptyCategory, rakeNoConvergence — a target not > 0, a target category without respondents (or only zero base weights), no convergence within the cap
 * @example
 * rake({ variables: ["sex"], rows: [["m"], ["f"], ["f"]] }, [{ variable: "sex", category: "m", target: 0.5 }, { variable: "sex", category: "f", target: 0.5 }]).weights[0]; // → 1.5
 */
export function rake(groups: RakeGroups, targets: readonly RakeTarget[], options: RakeOptions = {}): RakeResult {
  const { maxIterations = 100, tolerance = 1e-10 } = options;
  const w = startingWeights(groups, options.baseWeights);
  const baseTotal = w.reduce((s, x) => s + x, 0);
  const margins = indexMargins(groups, targetsByVariable(groups.variables, targets), baseTotal);
  checkTotalsAgree(margins, tolerance);
  const scratch = margins.map((m) => new Float64Array(m.targets.length));
  margins.forEach((m, j) => {
    const totals = marginTotals(m, w, scratch[j]);
    totals.forEach((t, c) => {
      if (!(t > 0)) throw new CsError("num", "rakeEmptyCategory", { variable: m.variable, category: m.categories[c] });
    });
  });
  const factors = scratch.map((s) => new Float64Array(s.length));
  let error = largestError(margins, w, scratch);
  let iterations = 0;
  // Past the first sweep the raked weights do not depend on the scale of the base weights, so the
  // sweeps start from them over their largest: denormal or huge base weights cannot overflow a factor.
  const largest = w.reduce((m, x) => Math.max(m, x), 0);
  if (!(error <= tolerance)) for (let i = 0; i < w.length; i++) w[i] /= largest;
  // !(error <= tolerance): a NaN error (totals beyond the doubles) never counts as converged.
  while (!(error <= tolerance)) {
    if (iterations >= maxIterations || Number.isNaN(error)) throw new CsError("num", "rakeNoConvergence", { iterations, error });
    margins.forEach((m, j) => {
      const totals = marginTotals(m, w, scratch[j]);
      const f = factors[j];
      for (let c = 0; c < f.length; c++) f[c] = m.targets[c] / totals[c];
      const codes = m.codes;
      for (let i = 0; i < w.length; i++) w[i] *= f[codes[i]];
    });
    iterations++;
    error = largestError(margins, w, scratch);
  }
  return { weights: w, iterations, maxError: error, ...summary(w) };
}
