import fc from "fast-check";
import { rake, type RakeTarget } from "../../src/engine";
import { expectAllClose, expectClose } from "../helpers/close";
import { expectCsError } from "./csError";

/**
 * A 2 × 2 example raked by hand: six respondents, sex (m, f) × age (y, o) with cell counts
 * m-y 2, m-o 1, f-y 1, f-o 2; population totals sex m 40, f 60 and age y 30, o 70.
 */
const VARIABLES = ["sex", "age"];
const ROWS = [
  ["m", "y"],
  ["m", "y"],
  ["m", "o"],
  ["f", "y"],
  ["f", "o"],
  ["f", "o"],
];
const TARGETS: RakeTarget[] = [
  { variable: "sex", category: "m", target: 40 },
  { variable: "sex", category: "f", target: 60 },
  { variable: "age", category: "y", target: 30 },
  { variable: "age", category: "o", target: 70 },
];
const GROUPS = { variables: VARIABLES, rows: ROWS };

/** One weight per cell m-y, m-o, f-y, f-o → the six respondents' weights. */
const perRespondent = ([my, mo, fy, fo]: number[]) => [my, my, mo, fy, fo, fo];

describe("rake: the 2 × 2 example by hand", () => {
  // Sweep 1, sex: m has 3 of weight 1 → ×40/3, f 3 → ×60/3 = 20.
  // Age: y = 2·40/3 + 20 = 140/3 → ×30/(140/3) = 9/14; o = 40/3 + 2·20 = 160/3 → ×70/(160/3) = 21/16.
  const sweep1 = [((40 / 3) * 9) / 14, ((40 / 3) * 21) / 16, (20 * 9) / 14, (20 * 21) / 16]; // 60/7, 35/2, 90/7, 105/4
  // Sweep 2, sex: m = 2·60/7 + 35/2 = 485/14 → ×40·14/485 = 112/97; f = 90/7 + 2·105/4 = 915/14 → ×60·14/915 = 56/61.
  const sex2 = [960 / 97, 1960 / 97, 720 / 61, 1470 / 61];
  // Age (two y respondents in m-y, two o in f-o): y = 2·960/97 + 720/61, o = 1960/97 + 2·1470/61 → ×30/y and ×70/o.
  const y2 = (2 * 960) / 97 + 720 / 61;
  const o2 = 1960 / 97 + (2 * 1470) / 61;
  const sweep2 = [(sex2[0] * 30) / y2, (sex2[1] * 70) / o2, (sex2[2] * 30) / y2, (sex2[3] * 70) / o2];

  it("one sweep gives the hand-computed weights (tolerance 0.2 stops after it: sex m 34.64 is 13% off)", () => {
    const r = rake(GROUPS, TARGETS, { tolerance: 0.2 });
    expect(r.iterations).toBe(1);
    expectAllClose([...r.weights], perRespondent(sweep1), 1e-12);
    expectClose(r.maxError, (40 - 485 / 14) / 40, 1e-12);
  });

  it("two sweeps give the hand-computed weights", () => {
    // After sweep 2, sex m = 2·w(m-y) + w(m-o); its error sets a tolerance that stops exactly there.
    const m2 = 2 * sweep2[0] + sweep2[1];
    const e2 = Math.abs(m2 - 40) / 40;
    const r = rake(GROUPS, TARGETS, { tolerance: e2 * 1.0001 });
    expect(r.iterations).toBe(2);
    expectAllClose([...r.weights], perRespondent(sweep2), 1e-12);
  });

  it("converges to the closed form of the 2 × 2 table (the odds ratio of the counts kept: x(30 + x) = 4(40 − x)(30 − x))", () => {
    // IPF keeps the cross-product ratio m11·m22/(m12·m21) = (2·2)/(1·1) = 4 (Deming & Stephan 1940).
    // With m-y = x: m-o = 40 − x, f-y = 30 − x, f-o = 30 + x → 3x² − 310x + 4800 = 0.
    const x = (310 - Math.sqrt(310 * 310 - 12 * 4800)) / 6;
    const r = rake(GROUPS, TARGETS);
    expectAllClose([...r.weights], perRespondent([x / 2, 40 - x, 30 - x, (30 + x) / 2]), 1e-9);
    expect(r.maxError).toBeLessThanOrEqual(1e-10);
    // Summary figures from the weights themselves.
    const w = [...r.weights];
    const sum = w.reduce((s, v) => s + v, 0);
    const sum2 = w.reduce((s, v) => s + v * v, 0);
    expectClose(sum, 100, 1e-9);
    expectClose(r.effectiveN, (sum * sum) / sum2, 1e-12);
    expectClose(r.designEffect, 6 / r.effectiveN, 1e-12);
    expect(r.minWeight).toBe(Math.min(...w));
    expect(r.maxWeight).toBe(Math.max(...w));
  });

  it("shares are scaled to the sum of the base weights (1 each: 6)", () => {
    const shares = TARGETS.map((t) => ({ ...t, target: t.target / 100 }));
    const r = rake(GROUPS, shares);
    const x = (310 - Math.sqrt(310 * 310 - 12 * 4800)) / 6;
    expectAllClose(
      [...r.weights],
      perRespondent([x / 2, 40 - x, 30 - x, (30 + x) / 2]).map((v) => (v * 6) / 100),
      1e-9,
    );
  });

  it("base weights already on the margins: 0 sweeps, the weights unchanged", () => {
    const r = rake(
      { variables: ["sex"], rows: [["m"], ["f"]] },
      [
        { variable: "sex", category: "m", target: 2 },
        { variable: "sex", category: "f", target: 3 },
      ],
      { baseWeights: [2, 3] },
    );
    expect(r.iterations).toBe(0);
    expect([...r.weights]).toEqual([2, 3]);
  });
});

describe("rake: the scale of the base weights does not matter", () => {
  it("base weights × 2^-1074 or × 2^1000 give the same raked weights (denormals cannot overflow a factor)", () => {
    const base = [1, 2, 3, 1, 2, 3];
    const r = rake(GROUPS, TARGETS, { baseWeights: base });
    for (const e of [-1074, -1000, 1000]) {
      const s = rake(GROUPS, TARGETS, { baseWeights: base.map((b) => b * 2 ** e) });
      expectAllClose([...s.weights], [...r.weights], 1e-12);
    }
  });
});

describe("rake: R survey::rake's documented behaviour", () => {
  // survey::rake "works by repeated calls to postStratify": with one margin it is post-stratification,
  // w = base · target(c) / Σ_{c} base, reached in one sweep.
  it("one margin is post-stratification", () => {
    const base = [1, 2, 3, 4, 5];
    const rows = [["a"], ["b"], ["a"], ["b"], ["c"]];
    const targets = [
      { variable: "v", category: "a", target: 10 },
      { variable: "v", category: "b", target: 20 },
      { variable: "v", category: "c", target: 30 },
    ];
    const r = rake({ variables: ["v"], rows }, targets, { baseWeights: base });
    expect(r.iterations).toBe(1);
    expectAllClose([...r.weights], [(1 * 10) / 4, (2 * 20) / 6, (3 * 10) / 4, (4 * 20) / 6, 30], 1e-12);
  });

  // "Raking is known to converge for any table without zeros, and for any table with zeros for which
  // there is a joint distribution with the given margins and the same pattern of zeros": margins
  // that no table with the sample's zero pattern can meet do not converge.
  it("margins impossible for the zero pattern do not converge: a clear error", () => {
    // Only m-y and f-o respondents: sex m must equal age y, but the targets say 40 vs 30.
    const rows = [
      ["m", "y"],
      ["f", "o"],
    ];
    const e = expectCsError(() => rake({ variables: VARIABLES, rows }, TARGETS, { maxIterations: 50 }), "num", "did not converge in 50 iterations");
    expect(e.key).toBe("rakeNoConvergence");
  });
});

describe("rake: errors name the variable, the category, the row", () => {
  it("a respondent's category without a target", () => {
    const rows = [...ROWS, ["x", "y"]];
    const e = expectCsError(() => rake({ variables: VARIABLES, rows }, TARGETS), "value", "row 7", "sex", "'x'");
    expect(e.row).toBe(7);
  });
  it("a target category without respondents", () => {
    const targets = [
      ...TARGETS.slice(0, 2),
      { variable: "age", category: "y", target: 30 },
      { variable: "age", category: "o", target: 60 },
      { variable: "age", category: "z", target: 10 },
    ];
    expectCsError(() => rake(GROUPS, targets), "num", "age", "z", "no respondents");
  });
  it("only zero base weights in a category", () => {
    expectCsError(() => rake(GROUPS, TARGETS, { baseWeights: [0, 0, 0, 1, 1, 1] }), "num", "sex", "m", "no respondents");
  });
  it("malformed tables and options", () => {
    expectCsError(() => rake({ variables: VARIABLES, rows: [] }, TARGETS), "value", "at least one respondent");
    expectCsError(() => rake(GROUPS, [...TARGETS, { variable: "region", category: "n", target: 1 }]), "value", "region");
    expectCsError(() => rake(GROUPS, [...TARGETS, TARGETS[0]]), "value", "two targets");
    expectCsError(() => rake(GROUPS, TARGETS.slice(0, 2)), "value", "age", "no targets");
    expectCsError(() => rake(GROUPS, [{ ...TARGETS[0], target: -1 }, ...TARGETS.slice(1)]), "num", "-1", "> 0");
    expectCsError(() => rake(GROUPS, [...TARGETS.slice(0, 3), { ...TARGETS[3], target: 80 }]), "value", "110", "100", "agree");
    expectCsError(() => rake(GROUPS, TARGETS, { baseWeights: [1, 2] }), "value", "2 given for 6");
    expectCsError(() => rake(GROUPS, TARGETS, { baseWeights: [1, 1, 1, 1, 1, NaN] }), "value", "row 6");
    expectCsError(() => rake({ variables: ["sex", "sex"], rows: ROWS }, TARGETS), "value", "twice");
  });
});

/** A random survey: k variables with 2–4 categories each, every category present, and positive base weights. */
const survey = fc
  .record({
    cats: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
    n: fc.integer({ min: 0, max: 60 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ cats, n, seed }) => {
    const variables = cats.map((_, j) => `v${j}`);
    // Every combination of categories once (no zero cells: raking converges), then n drawn from the seed.
    let combos: string[][] = [[]];
    for (const c of cats) combos = combos.flatMap((row) => Array.from({ length: c }, (_, k) => [...row, `c${k}`]));
    const drawn = Array.from({ length: n }, (_, i) => cats.map((c, j) => `c${seed[(i * 7 + j * 13) % 200] % c}`));
    const rows = [...combos, ...drawn];
    const base = rows.map((_, i) => 0.5 + (seed[(i * 3) % 200] % 10) / 4);
    const targets = cats.flatMap((c, j) => {
      const raw = Array.from({ length: c }, (_, k) => 1 + (seed[(j * 11 + k * 5) % 200] % 9));
      const sum = raw.reduce((s, v) => s + v, 0);
      return raw.map((t, k) => ({ variable: `v${j}`, category: `c${k}`, target: (t / sum) * 500 }));
    });
    return { groups: { variables, rows }, base, targets };
  });

describe("rake: properties", () => {
  it("raked margins equal the targets to the tolerance", () => {
    fc.assert(
      fc.property(survey, ({ groups, base, targets }) => {
        const r = rake(groups, targets, { baseWeights: base, maxIterations: 1000, tolerance: 1e-10 });
        for (const t of targets) {
          const j = groups.variables.indexOf(t.variable);
          const total = groups.rows.reduce((s, row, i) => s + (row[j] === t.category ? r.weights[i] : 0), 0);
          expect(Math.abs(total - t.target) / t.target).toBeLessThanOrEqual(1e-10);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("shares and totals give proportional weights (shares × Σ base = totals)", () => {
    fc.assert(
      fc.property(survey, ({ groups, base, targets }) => {
        const totals = rake(groups, targets, { baseWeights: base, maxIterations: 1000 });
        const shares = rake(
          groups,
          targets.map((t) => ({ ...t, target: t.target / 500 })),
          { baseWeights: base, maxIterations: 1000 },
        );
        const ratio = 500 / base.reduce((s, v) => s + v, 0);
        expectAllClose(
          [...shares.weights].map((w) => w * ratio),
          [...totals.weights],
          1e-8,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("base weights are respected: the ratio to the base weight depends only on the categories", () => {
    fc.assert(
      fc.property(survey, ({ groups, base, targets }) => {
        const r = rake(groups, targets, { baseWeights: base, maxIterations: 1000 });
        const ratioOf = new Map<string, number>();
        groups.rows.forEach((row, i) => {
          const key = row.join("\u0000");
          const ratio = r.weights[i] / base[i];
          const seen = ratioOf.get(key);
          if (seen === undefined) ratioOf.set(key, ratio);
          else expectClose(ratio, seen, 1e-12);
        });
      }),
      { numRuns: 40 },
    );
  });
});
