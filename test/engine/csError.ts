/** Assert that `fn` throws a CsError with `code` and a message containing every `part`. */
import { CsError, type CsErrorCode } from "../../src/engine";

export function expectCsError(fn: () => unknown, code: CsErrorCode, ...parts: (string | RegExp)[]): CsError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (!(thrown instanceof CsError)) {
    throw new Error(`expected a CsError "${code}", got ${thrown === undefined ? "no error" : String(thrown)}`);
  }
  expect(thrown.code).toBe(code);
  for (const p of parts) {
    if (typeof p === "string") expect(thrown.message).toContain(p);
    else expect(thrown.message).toMatch(p);
  }
  return thrown;
}

/** Repeat each row `weights[i]` times (frequency weights made literal). */
export function repeatRows<T>(rows: readonly T[], weights: readonly number[]): T[] {
  const out: T[] = [];
  rows.forEach((row, i) => {
    for (let k = 0; k < weights[i]; k++) out.push(row);
  });
  return out;
}
