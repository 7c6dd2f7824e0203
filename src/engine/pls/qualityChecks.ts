/**
 * The input checks of the PLS quality measures (quality.ts): the model's blocks, the indicators'
 * correlation matrix and the per-indicator vectors. Internal to the engine (not exported by
 * index.ts): the quality functions name the keys these raise in their own @throws.
 */
import { CsError } from "../errors";
import type { PlsModel } from "./types";

/** A matrix as rows (the indicators' correlations, the cross-loadings). */
export type Rows = readonly (readonly number[])[];

/** Slack of the correlation matrix check: a weighted correlation computed in floating point may miss 1 or symmetry by a few ulps. */
const CORRELATION_TOLERANCE = 1e-9;

/** The name of construct j for a message (its position when the model has no name for it). */
const constructName = (model: PlsModel, j: number): string => model.constructs[j] ?? `#${j + 1}`;

/** Check that every construct has a mode and a block, and every indicator is in exactly one block (its own construct's); returns the indicator count. */
export function checkModel(model: PlsModel): number {
  const p = model.indicators.length;
  const J = model.constructs.length;
  if (model.blocks.length !== J || model.modes.length !== J) {
    throw new CsError("value", "plsBlocksInvalid", { construct: constructName(model, Math.min(model.blocks.length, model.modes.length)) });
  }
  const seen = new Uint8Array(p);
  model.blocks.forEach((block, j) => {
    if (block.length === 0) throw new CsError("value", "plsBlocksInvalid", { construct: constructName(model, j) });
    for (const i of block) {
      if (!Number.isInteger(i) || i < 0 || i >= p || seen[i] === 1 || model.indicators[i].construct !== j) {
        throw new CsError("value", "plsBlocksInvalid", { construct: constructName(model, j) });
      }
      seen[i] = 1;
    }
  });
  const missing = seen.indexOf(0);
  if (missing >= 0) throw new CsError("value", "plsBlocksInvalid", { construct: constructName(model, model.indicators[missing].construct) });
  return p;
}

/** Check that R is a p × p correlation matrix: finite, within [−1, 1], 1 on the diagonal, symmetric. */
export function checkCorrelations(R: Rows, p: number): void {
  const bad = Array.isArray(R) ? R.findIndex((row) => !Array.isArray(row) || row.length !== p) : 0;
  if (!Array.isArray(R) || R.length !== p || bad >= 0) {
    const rows = Array.isArray(R) ? R.length : 0;
    const row = Array.isArray(R) ? R[bad >= 0 ? bad : 0] : undefined;
    throw new CsError("value", "plsCorrelationSize", { count: p, rows, columns: Array.isArray(row) ? row.length : 0 });
  }
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const v = R[i][j];
      const ok =
        typeof v === "number" &&
        Math.abs(v) <= 1 + CORRELATION_TOLERANCE &&
        (i !== j || Math.abs(v - 1) <= CORRELATION_TOLERANCE) &&
        Math.abs(v - R[j][i]) <= CORRELATION_TOLERANCE;
      if (!ok) throw new CsError("value", "plsNotCorrelation", { value: String(v) }, { row: i + 1, column: j + 1 });
    }
  }
}

/** Check the outer weights: one finite number per indicator. */
export function checkWeights(weights: readonly number[], model: PlsModel): void {
  const p = model.indicators.length;
  if (!Array.isArray(weights) || weights.length !== p) {
    throw new CsError("value", "plsWeightCount", { count: p, got: Array.isArray(weights) ? weights.length : 0 });
  }
  weights.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new CsError("value", "plsWeightNotFinite", { indicator: model.indicators[i].name, value: String(v) });
  });
}

/** Check the loadings: one finite number per indicator. */
export function checkLoadings(loadings: readonly number[], model: PlsModel): void {
  const p = model.indicators.length;
  if (!Array.isArray(loadings) || loadings.length !== p) {
    throw new CsError("value", "plsLoadingCount", { count: p, got: Array.isArray(loadings) ? loadings.length : 0 });
  }
  loadings.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new CsError("value", "plsLoadingNotFinite", { indicator: model.indicators[i].name, value: String(v) });
  });
}

/** Check the cross-loadings: one row per indicator, one finite number per construct in each. */
export function checkCrossLoadings(crossLoadings: Rows, model: PlsModel): void {
  const p = model.indicators.length;
  const J = model.constructs.length;
  if (!Array.isArray(crossLoadings) || crossLoadings.length !== p || crossLoadings.some((row) => !Array.isArray(row) || row.length !== J)) {
    throw new CsError("value", "plsCrossLoadingShape", { count: p, constructs: J });
  }
  crossLoadings.forEach((row: readonly number[], i: number) =>
    row.forEach((v: number, j: number) => {
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new CsError("value", "plsCrossLoadingNotFinite", { indicator: model.indicators[i].name, construct: constructName(model, j), value: String(v) });
      }
    }),
  );
}
