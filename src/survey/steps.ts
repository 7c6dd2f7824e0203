/**
 * A long computation written once as a generator that pauses at safe points (`yield`, between
 * columns or row slices): `runSteps` runs it straight through — the pure function — and the task
 * pane's driver (src/taskpane/chunked.ts) runs the same steps with the page let in between, so both
 * give the identical result (issue #11).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing; their result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Rows per slice of a row loop between two pauses. */
export const ROW_SLICE = 2000;
