/**
 * The inner (structural) side of PLS, all on the constructs' correlation matrix Φ: the inner
 * weights of Wold's algorithm per scheme, the path coefficients and R² by OLS, and the total
 * effects. Internal to the engine: estimate.ts is the public side.
 */
import { CsError, isCsError } from "../errors";
import { solveLinearSystem } from "../importance";
import type { PlsModel, PlsScheme } from "./types";

/**
 * OLS of construct j on its antecedents from Φ: β = Φ_AA⁻¹·Φ_Aj (normal equations in
 * correlation form), R² = β·Φ_Aj. Source: the normal equations of OLS on standardised variables.
 * @param phi the constructs' correlation matrix
 * @param antecedents the antecedents of j (indices)
 * @param j the construct regressed
 * @param name j's name, for the error
 * @returns β (one per antecedent) and R²
 * @throws {CsError} num plsCollinearPaths — the antecedents' scores are collinear
 * @example
 * regressOn([[1, 0, 0.5], [0, 1, 0.5], [0.5, 0.5, 1]], [0, 1], 2, "Y").r2; // → 0.5
 */
export function regressOn(phi: readonly (readonly number[])[], antecedents: readonly number[], j: number, name: string): { beta: number[]; r2: number } {
  const a = antecedents.map((s) => antecedents.map((t) => phi[s][t]));
  const b = antecedents.map((s) => phi[s][j]);
  let beta: number[];
  try {
    beta = solveLinearSystem(a, b);
  } catch (e) {
    if (isCsError(e) && e.key === "collinear") throw new CsError("num", "plsCollinearPaths", { construct: name });
    throw e;
  }
  return { beta, r2: beta.reduce((s, v, k) => s + v * b[k], 0) };
}

/**
 * The inner weights e[j][k] (construct k's part in construct j's inner proxy) of Wold's algorithm
 * (Lohmöller 1989; Tenenhaus et al. 2005 §2.3): centroid sign(Φjk) and factorial Φjk for adjacent
 * constructs; path weighting: the regression coefficient of j on each antecedent, the correlation
 * with each construct j points to. 0 for constructs not adjacent.
 * @param phi the constructs' correlation matrix
 * @param model the model (paths)
 * @param scheme the inner scheme
 * @returns the J×J inner weights
 * @throws {CsError} num plsCollinearPaths — path scheme: a construct's antecedents are collinear
 * @example
 * const m = { constructs: ["X", "Y"], modes: ["A", "A"], indicators: [], blocks: [[], []], antecedents: [[], [0]] };
 * innerWeights([[1, -0.3], [-0.3, 1]], m, "centroid"); // → [[0, -1], [-1, 0]]
 */
export function innerWeights(phi: readonly (readonly number[])[], model: PlsModel, scheme: PlsScheme): number[][] {
  const J = model.constructs.length;
  const e = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  model.antecedents.forEach((ants, j) => {
    if (scheme === "path" && ants.length > 0) {
      const { beta } = regressOn(phi, ants, j, model.constructs[j]);
      ants.forEach((a, k) => {
        e[j][a] = beta[k];
        e[a][j] = phi[a][j];
      });
      return;
    }
    for (const a of ants) e[j][a] = e[a][j] = scheme === "centroid" ? Math.sign(phi[a][j]) : phi[a][j];
  });
  return e;
}

/**
 * Path coefficients (paths[to][from]) and R² of every endogenous construct (NaN for an exogenous
 * one), by OLS on the construct scores' correlation matrix.
 * @param phi the constructs' correlation matrix
 * @param model the model (paths)
 * @returns the path matrix and the R²s
 * @throws {CsError} num plsCollinearPaths — a construct's antecedents are collinear
 * @example
 * const m = { constructs: ["X", "Y"], modes: ["A", "A"], indicators: [], blocks: [[], []], antecedents: [[], [0]] };
 * innerModel([[1, 0.6], [0.6, 1]], m).r2; // → [NaN, 0.36]
 */
export function innerModel(phi: readonly (readonly number[])[], model: PlsModel): { paths: number[][]; r2: number[] } {
  const J = model.constructs.length;
  const paths = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  const r2 = model.antecedents.map((ants, j) => {
    if (ants.length === 0) return NaN;
    const fit = regressOn(phi, ants, j, model.constructs[j]);
    ants.forEach((a, k) => (paths[j][a] = fit.beta[k]));
    return fit.r2;
  });
  return { paths, r2 };
}

/**
 * Total effects (I − B)⁻¹ − I = B + B² + … of a recursive path matrix B[to][from]: with the
 * constructs in an order where antecedents come first, total[to][from] = B[to][from] +
 * Σₘ B[to][m]·total[m][from] (the series, summed along the paths). Throws nothing for an acyclic B.
 * @param paths the direct effects, [to][from]
 * @param antecedents each construct's antecedents (acyclic, as resolvePlsModel checks)
 * @returns the total effects, [to][from]
 * @example
 * totalEffects([[0, 0, 0], [0.5, 0, 0], [0.2, 0.4, 0]], [[], [0], [0, 1]])[2][0]; // → 0.4
 */
export function totalEffects(paths: readonly (readonly number[])[], antecedents: readonly (readonly number[])[]): number[][] {
  const J = paths.length;
  const total = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  const done = new Array<boolean>(J).fill(false);
  const visit = (t: number): void => {
    if (done[t]) return;
    done[t] = true;
    for (const m of antecedents[t]) {
      visit(m);
      for (let f = 0; f < J; f++) total[t][f] += paths[t][m] * total[m][f];
      total[t][m] += paths[t][m];
    }
  };
  for (let t = 0; t < J; t++) visit(t);
  return total;
}
