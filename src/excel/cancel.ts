/**
 * Cancelling a long task (reading the survey, writing the report): the pane's Cancel aborts an
 * AbortSignal; the work checks it between chunks and sheets and stops with a `CancelledError`,
 * after undoing what it wrote (src/excel/applyPlan.ts), so the pane can say "nothing changed".
 */
import { KeyedError } from "./errors";

export class CancelledError extends KeyedError {
  override name = "CancelledError";
  constructor() {
    super("cancelled: the workbook was not changed", { key: "taskCancelled" });
  }
}

/** Throws a CancelledError once `signal` is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError || (error as { name?: unknown } | null)?.name === "CancelledError";
}
