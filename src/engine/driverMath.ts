/**
 * The linear algebra of key-driver importance, on a correlation matrix: a symmetric eigen-solver
 * (cyclic Jacobi), Johnson's (2000) relative weights, the exact Shapley / LMG decomposition of R²
 * over all subsets (Lindeman, Merenda & Gold 1980; Lipovetsky & Conklin 2001) and the check that
 * the items are not collinear. Internal to the engine: drivers.ts is the public side.
 */
import { CsError } from "./errors";

/** Correlations of k items and the overall as one (k+1)×(k+1) row-major matrix, overall last. */
export interface CorrelationSystem {
  k: number;
  /** (k+1)², row-major, symmetric, unit diagonal. */
  corr: Float64Array;
}

/** A decomposition's raw weights (each item's part of R²) and the model's R². */
export interface Decomposition {
  weights: number[];
  r2: number;
}

/** Below this 1 − R² of an item on the items before it, the items are treated as collinear. */
export const COLLINEAR_TOLERANCE = 1e-8;

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub & Van Loan §8.5):
 * A = V·diag(values)·Vᵀ, eigenvector m in column m of `vectors`. Accurate to rounding for the
 * small (≤ a few dozen) correlation matrices of key drivers. Throws nothing for a square matrix.
 * @param a a symmetric n×n matrix (only its values are read)
 * @returns the eigenvalues and the orthonormal eigenvectors (columns)
 * @example
 * symmetricEigen([[2, 0], [0, 3]]).values; // → [2, 3]
 */
export function symmetricEigen(a: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = new Float64Array(n * n);
  const v = new Float64Array(n * n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    v[i * n + i] = 1;
    for (let j = 0; j < n; j++) {
      m[i * n + j] = a[i][j];
      scale += a[i][j] * a[i][j];
    }
  }
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += m[i * n + j] * m[i * n + j];
    if (!(off > 1e-32 * scale)) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq === 0) continue;
        // Numerical Recipes' rotation: t = tan θ, the smaller root, zeroes a[p][q].
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const rp = m[r * n + p];
          const rq = m[r * n + q];
          m[r * n + p] = c * rp - s * rq;
          m[r * n + q] = s * rp + c * rq;
        }
        for (let r = 0; r < n; r++) {
          const pr = m[p * n + r];
          const qr = m[q * n + r];
          m[p * n + r] = c * pr - s * qr;
          m[q * n + r] = s * pr + c * qr;
        }
        m[p * n + q] = 0;
        m[q * n + p] = 0;
        for (let r = 0; r < n; r++) {
          const rp = v[r * n + p];
          const rq = v[r * n + q];
          v[r * n + p] = c * rp - s * rq;
          v[r * n + q] = s * rp + c * rq;
        }
      }
    }
  }
  const values = Array.from({ length: n }, (_, i) => m[i * n + i]);
  const vectors = Array.from({ length: n }, (_, i) => Array.from(v.subarray(i * n, i * n + n)));
  return { values, vectors };
}

/**
 * The items' collinearity check and the model's R², by Gaussian elimination of the correlation
 * matrix in the items' order (the sweep operator): the pivot of item j is 1 − R² of item j on the
 * items before it, and what remains of the overall's diagonal is 1 − R² of the full model.
 * Example by hand: one item, r = 0.5, R² = r² = 0.25.
 * @param s the items' and the overall's correlations
 * @returns R² of the overall on all the items
 * @throws {CsError} num driverCollinear — located at the first item whose pivot is below COLLINEAR_TOLERANCE
 * @example
 * fullModelR2({ k: 1, corr: Float64Array.from([1, 0.5, 0.5, 1]) }); // → 0.25
 */
export function fullModelR2(s: CorrelationSystem): number {
  const d = s.k + 1;
  const m = Float64Array.from(s.corr);
  for (let j = 0; j < s.k; j++) {
    const piv = m[j * d + j];
    if (!(piv > COLLINEAR_TOLERANCE)) {
      const tolerance = Math.max(0, Number(piv.toPrecision(2)));
      throw new CsError("num", "driverCollinear", { tolerance }, { column: j + 1 });
    }
    for (let a = j + 1; a < d; a++) {
      const f = m[a * d + j] / piv;
      if (f === 0) continue;
      for (let b = j + 1; b < d; b++) m[a * d + b] -= f * m[j * d + b];
    }
  }
  return 1 - m[d * d - 1];
}

/**
 * Johnson's (2000) relative weights: Rxx = V·diag(λ)·Vᵀ, Λ = Rxx^½ = V·diag(√λ)·Vᵀ, the
 * regression of the overall on the orthogonal counterparts Z = X·Λ⁻¹ gives β = Λ⁻¹·rxy, and
 * item j's weight is εⱼ = Σₘ Λⱼₘ²·βₘ²; Σε = Σβ² = R². Call after fullModelR2 (not collinear).
 * Example by hand: uncorrelated items, so each weight is its r² (0.25, 0.0625).
 * @param rxx the items' correlation matrix (k×k)
 * @param rxy the items' correlations with the overall
 * @returns the raw weights (adding up to R²) and R²
 * @throws {CsError} num driverCollinear — Rxx has an eigenvalue ≤ 0 (located at the item that loads most on it)
 * @example
 * relativeWeights([[1, 0], [0, 1]], [0.5, 0.25]).weights; // → [0.25, 0.0625]
 */
export function relativeWeights(rxx: readonly (readonly number[])[], rxy: readonly number[]): Decomposition {
  const k = rxy.length;
  const { values, vectors: v } = symmetricEigen(rxx);
  values.forEach((lambda, m) => {
    if (lambda > 0) return;
    let at = 0;
    for (let i = 1; i < k; i++) if (Math.abs(v[i][m]) > Math.abs(v[at][m])) at = i;
    throw new CsError("num", "driverCollinear", { tolerance: 0 }, { column: at + 1 });
  });
  const root = values.map(Math.sqrt);
  // u = Vᵀ·rxy; β = V·diag(1/√λ)·u; Λ = V·diag(√λ)·Vᵀ.
  const u = root.map((_, m) => rxy.reduce((acc, r, i) => acc + v[i][m] * r, 0));
  const beta = rxy.map((_, i) => root.reduce((acc, sq, m) => acc + (v[i][m] * u[m]) / sq, 0));
  const weights = new Array<number>(k).fill(0);
  let r2 = 0;
  for (let j = 0; j < k; j++) {
    r2 += beta[j] * beta[j];
    for (let m = 0; m < k; m++) {
      let lam = 0;
      for (let i = 0; i < k; i++) lam += v[j][i] * root[i] * v[m][i];
      weights[j] += lam * lam * beta[m] * beta[m];
    }
  }
  return { weights, r2 };
}

/** Subtrees with more subsets than this are walked as steps (a pause after each); smaller ones straight. */
const STEP_SUBTREE = 1 << 13;

/**
 * Exact Shapley values of R² (LMG): item j's weight is Σ over subsets S of the other items of
 * |S|!(k−|S|−1)!/k!·(R²(S ∪ j) − R²(S)). Every subset's R² comes from one depth-first walk in
 * which a child adds one item to its parent by one pivot of the sweep operator on the parent's
 * residual correlations (Schur complement): only the items after the last one added and the
 * overall are kept, so the walk costs about 6·2ᵏ operations plus k per subset, not a solve each.
 * Written as steps: pauses between large subtrees, so a bootstrap can run chunked in the pane.
 * Throws nothing (the checks are fullModelR2's). Example by hand: one item takes all of R² = 0.5².
 * @param s the items' and the overall's correlations (not collinear: fullModelR2 first)
 * @returns steps whose result is the weights (adding up to R²) and R²
 * @example
 * runDecomposition(shapleySteps({ k: 1, corr: Float64Array.from([1, 0.5, 0.5, 1]) })).weights; // → [0.25]
 */
export function* shapleySteps(s: CorrelationSystem): Generator<void, Decomposition, void> {
  const k = s.k;
  const d = k + 1;
  const mats = Array.from({ length: k + 1 }, (_, i) => (i === 0 ? Float64Array.from(s.corr) : new Float64Array(d * d)));
  const members = new Int32Array(k);
  const total = new Float64Array(k + 1); // Σ R²(S) over subsets of each size
  const within = new Float64Array(k * (k + 1)); // Σ R²(S) over subsets of each size holding item j

  // Visit child j (position t in the parent's p free variables) at `depth`; true when it has children.
  const visit = (depth: number, p: number, t: number, j: number): boolean => {
    const parent = mats[depth];
    const piv = parent[t * p + t];
    const y = p - 1;
    const yt = parent[y * p + t];
    const r2 = 1 - (parent[y * p + y] - (yt * yt) / piv);
    members[depth] = j;
    const size = depth + 1;
    total[size] += r2;
    for (let i = 0; i < size; i++) within[members[i] * (k + 1) + size] += r2;
    if (j === k - 1) return false;
    const child = mats[depth + 1];
    const q = p - t - 1;
    for (let a = 0; a < q; a++) {
      const pa = (t + 1 + a) * p;
      const fa = parent[pa + t] / piv;
      for (let b = a; b < q; b++) {
        const x = parent[pa + t + 1 + b] - fa * parent[t * p + t + 1 + b];
        child[a * q + b] = x;
        child[b * q + a] = x;
      }
    }
    return true;
  };
  const walk = (depth: number, m: number): void => {
    const p = k - m;
    for (let j = m + 1; j < k; j++) if (visit(depth, p, j - m - 1, j)) walk(depth + 1, j);
  };
  function* walkSteps(depth: number, m: number): Generator<void, void, void> {
    const p = k - m;
    for (let j = m + 1; j < k; j++) {
      if (!visit(depth, p, j - m - 1, j)) continue;
      if (1 << (k - 1 - j) > STEP_SUBTREE) yield* walkSteps(depth + 1, j);
      else walk(depth + 1, j);
      yield;
    }
  }
  yield* walkSteps(0, -1);

  // Shapley weight of a subset of size s not holding j: s!(k−s−1)!/k! = 1/(k·C(k−1, s)).
  const w = new Float64Array(k);
  let binom = 1;
  for (let size = 0; size < k; size++) {
    w[size] = 1 / (k * binom);
    binom = (binom * (k - 1 - size)) / (size + 1);
  }
  const weights = new Array<number>(k);
  for (let j = 0; j < k; j++) {
    let acc = 0;
    for (let size = 1; size <= k; size++) {
      const inS = within[j * (k + 1) + size];
      acc += w[size - 1] * inS;
      if (size < k) acc -= w[size] * (total[size] - inS);
    }
    weights[j] = acc;
  }
  return { weights, r2: total[k] };
}

/**
 * Runs a decomposition's steps to the end (the engine's own runner: it may not import survey/steps.ts).
 * Raises nothing itself: what the steps throw passes through.
 * @param steps the steps
 * @returns their result
 * @example
 * runDecomposition((function* () { yield; return 2; })()); // → 2
 */
export function runDecomposition<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
