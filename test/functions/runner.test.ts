/**
 * The runner's choice of path is per call (no global switch): a declared function takes its fast
 * path by default and only the general path with { fastPath: false }; a fast path that declines
 * falls back to the general path; the worksheet functions declare their fast paths in one place.
 */
import { ALPHA_FUNCTION, CSI_FUNCTION, GAP_FUNCTION, IPA_FUNCTION, KANO_FUNCTION, NPS_FUNCTION } from "../../src/functions/functions";
import { defineScalar, defineSpill } from "../../src/functions/runner";
import { expectExcelError } from "./cells";

const TABLE = [
  { name: "x", kind: "number", default: 1 },
  { name: "scores", kind: "scores" },
] as const;

function counted(answer: number | undefined) {
  const calls = { fast: 0, body: 0 };
  const fn = defineScalar(
    "T",
    TABLE,
    (a) => {
      calls.body++;
      return a.x + a.scores.length;
    },
    (f) => {
      calls.fast++;
      return answer === undefined ? undefined : answer + f.options.x;
    },
  );
  return { fn, calls };
}

describe("the path is chosen per call", () => {
  test("the fast path runs by default and its result is the function's", () => {
    const { fn, calls } = counted(100);
    expect(fn.run([2, [[1], [2]]])).toBe(102);
    expect(calls).toEqual({ fast: 1, body: 0 });
  });

  test("{ fastPath: false } runs only the general path", () => {
    const { fn, calls } = counted(100);
    expect(fn.run([2, [[1], [2]]], { fastPath: false })).toBe(4);
    expect(calls).toEqual({ fast: 0, body: 1 });
    // The next call is not affected: no state is left behind.
    expect(fn.run([2, [[1], [2]]])).toBe(102);
    expect(calls).toEqual({ fast: 1, body: 1 });
  });

  test("a fast path that declines falls back to the general path", () => {
    const { fn, calls } = counted(undefined);
    expect(fn.run([3, [[5]]])).toBe(4);
    expect(calls).toEqual({ fast: 1, body: 1 });
  });

  test("errors of the options come before either path, as Excel error values", () => {
    const { fn, calls } = counted(100);
    expectExcelError(fn.run(["x" as never, [[1]]]), "#VALUE!", "x: 'x' is not a number");
    expect(calls).toEqual({ fast: 0, body: 0 });
  });

  test("a spilled function's table is checked when it is declared", () => {
    expect(() => defineSpill("T", [{ name: "w", kind: "caseWeights", of: "nope" }], () => [[1]])).toThrow(/nope/);
  });
});

test("CSI, ALPHA, GAP and KANO declare a fast path; IPA and NPS do not", () => {
  expect([CSI_FUNCTION, ALPHA_FUNCTION, GAP_FUNCTION, KANO_FUNCTION, IPA_FUNCTION, NPS_FUNCTION].map((f) => [f.name, f.hasFastPath])).toEqual([
    ["CSI", true],
    ["ALPHA", true],
    ["GAP", true],
    ["KANO", true],
    ["IPA", false],
    ["NPS", false],
  ]);
});
