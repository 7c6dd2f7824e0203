/** The one float comparison of the test suite: absolute tolerance, or relative for large values. */
export function expectClose(actual: number, expected: number, tol = 1e-9): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol * scale)) {
    throw new Error(`expected ${actual} to be within ${tol} of ${expected}`);
  }
}

export function expectAllClose(actual: readonly number[], expected: readonly number[], tol = 1e-9): void {
  if (actual.length !== expected.length) {
    throw new Error(`length ${actual.length} differs from expected ${expected.length}`);
  }
  actual.forEach((a, i) => {
    try {
      expectClose(a, expected[i], tol);
    } catch (e) {
      throw new Error(`index ${i}: ${(e as Error).message}`);
    }
  });
}
