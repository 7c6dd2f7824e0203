/**
 * Runs a computation's steps (src/survey/steps.ts) on the page's main thread without blocking it:
 * steps run until `budgetMs` has passed, then the page gets a turn (scheduler.yield where the
 * browser has it, else a 0 ms timeout) — so input, paint and a Cancel click land between slices.
 * The result is the one runSteps gives: the same generator, only paused.
 */
import { throwIfCancelled } from "../excel/cancel";
import type { Steps } from "../survey/steps";

/** Work between two turns of the page: well under the 50 ms of a "long task", leaving room for the page's own. */
export const BUDGET_MS = 30;

export interface ChunkOptions {
  signal?: AbortSignal;
  budgetMs?: number;
  /** The clock (performance.now) and the page's turn (yieldToPage); tests pass their own. */
  now?: () => number;
  yieldTo?: () => Promise<void>;
}

/** Gives the page a turn: scheduler.yield (Chromium 129+) keeps the task's priority, a timeout works everywhere. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === "function" ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the steps to the end, yielding to the page every `budgetMs`; stops with a CancelledError once `signal` aborts. */
export async function runChunked<T>(
  steps: Steps<T>,
  { signal, budgetMs = BUDGET_MS, now = () => performance.now(), yieldTo = yieldToPage }: ChunkOptions = {},
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= budgetMs) {
      await yieldTo();
      throwIfCancelled(signal);
      sliceStart = now();
    }
  }
}
