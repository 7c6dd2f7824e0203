/**
 * The words under the progress bar (issue #11): the step, rows counted with the pane locale's digit
 * separators, and an estimate of the time left once enough of the task is done to trust it.
 * Pure: the clock is passed in, so the tests run on a fake one.
 */
import { countNumber, countText, format, type Catalogue } from "../i18n/ui";
import type { Progress } from "./services";

/** The estimate waits for this much of the task, or for ESTIMATE_AFTER_MS: the first chunks say little about the pace. */
export const ESTIMATE_AFTER_FRACTION = 0.1;
export const ESTIMATE_AFTER_MS = 1000;
/** Less time left than this is not worth reading: the estimate is hidden. */
export const HIDE_UNDER_MS = 2000;
/** From this much left the estimate counts minutes ("about 2 minutes"), below it seconds. */
export const MINUTES_FROM_MS = 90_000;

/**
 * Milliseconds left of a task that went from `from` to `fraction` done in `elapsedMs`, at that
 * pace; undefined while too little is done to say, or when less than HIDE_UNDER_MS is left.
 */
export function remainingMs(elapsedMs: number, fraction: number, from = 0): number | undefined {
  const done = Math.min(1, fraction) - from;
  if (!(done > 0) || !(elapsedMs >= 0)) return undefined;
  if (fraction < ESTIMATE_AFTER_FRACTION && elapsedMs < ESTIMATE_AFTER_MS) return undefined;
  const left = (elapsedMs * (1 - Math.min(1, fraction))) / done;
  return left < HIDE_UNDER_MS ? undefined : left;
}

/** The estimate of one task: `update` gives the time left at each progress report. */
export interface Estimator {
  update(fraction: number): number | undefined;
}

/**
 * The pace is measured from the first report of some progress on, not from the start: what comes
 * before it (finding the survey) and the deliberately small first chunk say little about the rest.
 */
export function createEstimator(now: () => number): Estimator {
  let anchor: { at: number; fraction: number } | undefined;
  return {
    update: (fraction) => {
      if (!anchor) {
        if (fraction > 0) anchor = { at: now(), fraction };
        return undefined;
      }
      return remainingMs(now() - anchor.at, fraction, anchor.fraction);
    },
  };
}

/** "about 12 seconds left" / "about 2 minutes left" in the catalogue's language (rounded up: an estimate never promises less). */
export function remainingText(s: Catalogue, ms: number): string {
  return ms >= MINUTES_FROM_MS ? countText(s, s.remaining.minutes, Math.ceil(ms / 60_000)) : countText(s, s.remaining.seconds, Math.ceil(ms / 1000));
}

/** "Read 8,001 of 100,000 rows": both numbers written as counts in the catalogue's language. */
export function rowsText(s: Catalogue, done: number, total: number): string {
  return countText(s, s.reading.rows, total, { done: countNumber(s, done) });
}

/** The words for a step, with the time left when the progress carries an estimate. */
export function progressText(s: Catalogue, progress: Progress | undefined): string {
  const d = progress?.detail;
  let step: string;
  if (!d) step = s.generate.steps.survey;
  else if (d.step === "read") step = d.total > 0 ? rowsText(s, d.done, d.total) : s.reading.step;
  else step = s.generate.steps[d.step];
  const left = progress?.remainingMs;
  return left === undefined ? step : format(s.remaining.withStep, { step, remaining: remainingText(s, left) });
}
