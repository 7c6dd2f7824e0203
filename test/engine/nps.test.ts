import fc from "fast-check";
import { mergeNpsCounts, nps, npsCounts, npsFromCounts } from "../../src/engine";
import { expectClose } from "../helpers/close";
import { expectCsError, repeatRows } from "./csError";

const Z95 = 1.959963984540054; // z(0.975)

describe("NPS (Reichheld 2003)", () => {
  test("worked example: [0, 7, 9] → 0", () => {
    const r = nps([0, 7, 9]);
    expect(r.nps).toBe(0);
    expect([r.promoters, r.passives, r.detractors, r.n]).toEqual([1, 1, 1, 3]);
  });

  test("worked example: [9, 10, 6, 8] → 25", () => {
    expectClose(nps([9, 10, 6, 8]).nps, 25, 1e-12);
  });

  test("margin of error = z·100·√((p + d − (p − d)²)/n)", () => {
    // p = .5, d = .25 → p + d − (p − d)² = .6875
    const r = nps([9, 10, 6, 8]);
    expectClose(r.marginOfError, Z95 * 100 * Math.sqrt(0.6875 / 4), 1e-12);
    expectClose(nps([9, 10, 6, 8], { level: 0.9 }).marginOfError, 1.6448536269514722 * 100 * Math.sqrt(0.6875 / 4), 1e-12);
  });

  test("boundaries: 6 is a detractor, 7–8 passives, 9 a promoter", () => {
    expect(npsCounts([6, 7, 8, 9])).toMatchObject({ promoters: 1, passives: 2, detractors: 1 });
  });

  test("weights: counts are Σw; NPS equals the NPS of rows repeated by integer weights", () => {
    const s = [9, 7, 0, 10, 3];
    const w = [2, 1, 1, 0, 3];
    const r = nps(s, { weights: w });
    expect([r.promoters, r.passives, r.detractors, r.n]).toEqual([2, 1, 4, 7]);
    expectClose(r.nps, nps(repeatRows(s, w)).nps, 1e-12);
  });

  test("weights: margin of error uses Kish effective n (Σw)²/Σw², invariant to rescaling", () => {
    const s = [9, 7, 0, 10, 3];
    const w = [2, 1, 1, 0.5, 3];
    const r = nps(s, { weights: w });
    expectClose(r.effectiveN, (7.5 * 7.5) / (4 + 1 + 1 + 0.25 + 9));
    const p = 2.5 / 7.5;
    const d = 4 / 7.5;
    expectClose(r.marginOfError, Z95 * 100 * Math.sqrt((p + d - (p - d) ** 2) / r.effectiveN), 1e-12);
    expectClose(nps(s, { weights: w.map((x) => x * 1000) }).marginOfError, r.marginOfError, 1e-12);
    expect(nps(s).effectiveN).toBe(5);
  });

  test("merged counts of two halves = counts of the whole", () => {
    const s = [9, 7, 0, 10, 3, 8, 9];
    const w = [1, 2, 1, 0.5, 1, 3, 1];
    const whole = npsCounts(s, w);
    const merged = mergeNpsCounts(npsCounts(s.slice(0, 3), w.slice(0, 3)), npsCounts(s.slice(3), w.slice(3)));
    expect(merged).toEqual(whole);
    expectClose(npsFromCounts(merged).marginOfError, nps(s, { weights: w }).marginOfError, 1e-12);
  });

  test("npsFromCounts without sumW2 treats the counts as unweighted", () => {
    const r = npsFromCounts({ promoters: 2, passives: 1, detractors: 1 });
    expect(r.effectiveN).toBe(4);
    expectClose(r.nps, 25);
  });

  test("NPS ∈ [−100, 100] and the margin is finite (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 30 }), (s) => {
        if (s.every((x) => x === null)) return;
        const r = nps(s);
        expect(r.nps).toBeGreaterThanOrEqual(-100);
        expect(r.nps).toBeLessThanOrEqual(100);
        expect(Number.isFinite(r.marginOfError)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("blank policy: null scores are skipped", () => {
    expect(nps([null, 9, null, 0]).n).toBe(2);
  });

  test("too few answers: no scores throws div0", () => {
    expectCsError(() => nps([null, null]), "div0");
    expectCsError(() => nps([]), "div0");
  });

  test("off scale: 11, −1 or 8.5 throws num naming the row and value", () => {
    expectCsError(() => nps([9, 11]), "num", "row 2", "11", "0–10");
    expectCsError(() => nps([-1]), "num", "row 1");
    expectCsError(() => nps([8.5]), "num", "8.5");
  });

  test("non-number throws value", () => {
    expectCsError(() => nps([NaN]), "value", "NaN");
  });

  test("shape: weights of the wrong length throw value", () => {
    expectCsError(() => nps([9, 7], { weights: [1] }), "value");
  });

  test("bad counts or level throw num", () => {
    expectCsError(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 2 }), "num", "promoters");
    expectCsError(() => nps([9], { level: 1.5 }), "num");
  });
});
