/**
 * The shapes of the PLS path model (issue #15), shared by the estimator (estimate.ts), its quality
 * measures (quality.ts), the bootstrap, IPMA, the worksheet function CS.PLS, the Model sheet and the
 * command line's --model. Types only: each computation has its own module.
 *
 * Orientation: indicators are columns of the data, constructs are listed in the model's order;
 * every per-indicator array follows `PlsModel.indicators` (block after block, in the model table's
 * order), every per-construct array follows `PlsModel.constructs`.
 */

/** Mode A (reflective: weights from correlations) or Mode B (formative: weights from a regression). */
export type PlsMode = "A" | "B";

/** The inner weighting scheme of Wold's algorithm. */
export type PlsScheme = "path" | "centroid" | "factorial";

export const PLS_SCHEMES: readonly PlsScheme[] = ["path", "centroid", "factorial"];

/** One row of the model table as the user wrote it (names still text). */
export interface PlsConstructSpec {
  construct: string;
  /** Indicator headers of the data, in the order written. */
  indicators: string[];
  /** Constructs with a path to this one (blank for an exogenous construct). */
  antecedents: string[];
  mode: PlsMode;
  /** Where the row is in the model table (1-based, header = row 1), for located messages; absent when not from a table. */
  at?: PlsSpecCells;
}

/** The model table's cells of one construct: its row and the columns of its fields (mode absent without a mode column). */
export interface PlsSpecCells {
  row: number;
  construct: number;
  indicators: number;
  antecedents: number;
  mode?: number;
}

/** A model resolved against the data's headers: names checked, indices assigned. */
export interface PlsModel {
  constructs: string[];
  modes: PlsMode[];
  /** One entry per indicator: its header, its column in the data, the construct it measures. */
  indicators: { name: string; column: number; construct: number }[];
  /** blocks[j]: positions in `indicators` of construct j's indicators. */
  blocks: number[][];
  /** antecedents[j]: the constructs (indices) with a path to construct j. */
  antecedents: number[][];
}

/** The theoretical bounds of an indicator's scale (for the 0–100 index). */
export interface PlsScale {
  min: number;
  max: number;
}

export interface PlsOptions {
  scheme?: PlsScheme;
  /** Stop when the largest change of an outer weight between two iterations is below this (default 1e-7). */
  tolerance?: number;
  /** Iteration cap (default 300); not converging by then is an error. */
  maxIterations?: number;
  /** Case (frequency) weights, one per data row; bootstrap counts multiply into them. */
  weights?: readonly number[];
  /** Scale bounds: one for every indicator, or one per indicator (in `PlsModel.indicators` order). */
  scale?: PlsScale | readonly PlsScale[];
  /**
   * Standardise the indicators (default true: weighted mean 0, variance 1). False centres them
   * only (R plspm's scaled = FALSE): the outer weights then apply to the centred raw answers.
   */
  standardize?: boolean;
}

/** The estimated model. Matrices are indexed [to][from]; 0 where the model has no path. */
export interface PlsResult {
  model: PlsModel;
  scheme: PlsScheme;
  /** Data rows used (listwise: every indicator answered, weight > 0), their total weight and their positions. */
  n: number;
  sumW: number;
  rows: number[];
  iterations: number;
  /** Outer weights (on the standardised indicators, or the centred ones with standardize false): each construct score has weighted mean 0 and variance 1. */
  outerWeights: number[];
  /** Correlation of each indicator with its own construct's score. */
  loadings: number[];
  /** crossLoadings[i][j]: correlation of indicator i with construct j's score. */
  crossLoadings: number[][];
  /** scores[j][r]: construct j's standardised score in used row r. */
  scores: Float64Array[];
  /** paths[to][from]: OLS path coefficients on the standardised scores. */
  paths: number[][];
  /** R² of each endogenous construct; NaN for an exogenous one. */
  r2: number[];
  /** totalEffects[to][from] = direct + indirect effects: (I − B)⁻¹ − I on the path matrix. */
  totalEffects: number[][];
  /** Weighted means and (population, divisor Σw) standard deviations of the indicators. */
  indicatorMeans: number[];
  indicatorSds: number[];
  /** Weighted correlation matrix of the indicators (for ρA, HTMT). */
  indicatorCorrelations: number[][];
  /** Unstandardised weights (outer weight / indicator sd), rescaled to add up to 1 in each block. */
  rescaledWeights: number[];
  /** The scale bounds used for each indicator. */
  scale: PlsScale[];
  /** The 0–100 index of each construct: Σ rescaled weight × (mean − min) / (max − min) × 100 (ACSI form). */
  index: number[];
  /** indexScores[j][r]: each used row's 0–100 score of construct j (the index is their weighted mean). */
  indexScores: Float64Array[];
}
