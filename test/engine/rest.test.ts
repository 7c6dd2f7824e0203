/** The rest of a sample (engine/accumulators/rest.ts): rest(merge(A, B), A) = B, fieldwise, for every accumulator. */
import fc from "fast-check";
import {
  addCrossRow,
  addNpsScore,
  addToMoments,
  emptyCrossProducts,
  emptyMoments,
  emptyNpsCounts,
  mergeCrossProductsInto,
  mergeMoments,
  mergeNpsCounts,
  mirrorCrossProducts,
  restCounts,
  restCrossProducts,
  restMoments,
  restNpsCounts,
} from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";

const rows = fc.array(fc.record({ x: fc.integer({ min: 0, max: 10 }), y: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 4 }) }), {
  maxLength: 30,
});
type Row = { x: number; y: number; w: number };

function sums(rs: readonly Row[]) {
  const m = emptyMoments();
  const c = emptyNpsCounts();
  const cp = emptyCrossProducts([5, 3]);
  for (const r of rs) {
    addToMoments(m, r.x, r.w);
    addNpsScore(c, r.x, r.w);
    addCrossRow(cp, [r.x - 5, r.y - 3], 2, r.w);
  }
  return { m, c, cp };
}

test("rest(A ∪ B, A) equals B for moments, NPS counts and cross-products (whole weights: exact)", () => {
  fc.assert(
    fc.property(rows, rows, (a, b) => {
      const A = sums(a);
      const B = sums(b);
      const total = sums([...a, ...b]);
      expect(restMoments(mergeMoments(A.m, B.m), A.m)).toEqual(B.m);
      expect(restMoments(total.m, A.m)).toEqual(B.m);
      expect(restNpsCounts(mergeNpsCounts(A.c, B.c), A.c)).toEqual(B.c);
      const merged = emptyCrossProducts([5, 3]);
      mergeCrossProductsInto(merged, A.cp);
      mergeCrossProductsInto(merged, B.cp);
      mirrorCrossProducts(merged);
      mirrorCrossProducts(A.cp);
      mirrorCrossProducts(B.cp);
      expect(restCrossProducts(merged, A.cp)).toEqual(B.cp);
    }),
  );
});

test("rounding residues never make a count or a weight sum negative; level counts subtract per level", () => {
  const m = restMoments({ n: 2, sumW: 0.3, sumW2: 0.05, sum: 0.6, sumSq: 1.2 }, { n: 2, sumW: 0.1 + 0.2, sumW2: 0.05, sum: 0.6, sumSq: 1.2 });
  expect(m.sumW).toBeGreaterThanOrEqual(0);
  expectClose(m.sumW, 0, 1e-15);
  expectAllClose(restCounts([4, 5, 6], [1, 5, 2]), [3, 0, 4]);
  expect(restNpsCounts({ promoters: 3, passives: 1, detractors: 2 }, { promoters: 1, passives: 1, detractors: 0 })).toEqual({
    promoters: 2,
    passives: 0,
    detractors: 2,
    sumW2: 4, // unweighted counts: Σw² = Σw
  });
});
