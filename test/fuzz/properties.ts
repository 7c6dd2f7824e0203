/**
 * The fuzz properties of the worksheet functions, per function: hostile calls (anything in any
 * argument) and near-valid calls (answers with the odd hostile cell, weights from denormals to
 * 1e308) must pass callChecked; on valid random data the README's invariants hold against
 * independent computations, with weights scaled by powers of two from 2^-1074 to 2^1020 (exact
 * scalings, so the expected values come from the small integer weights they scale).
 *
 * Used by functions.fuzz.test.ts (few cases, seeded) and scripts/fuzz.ts (≥ 10,000 per function).
 */
import fc from "fast-check";
import { block, callChecked, FUNCTIONS, hostileCell, hostileOption, hostileRange, isExcelError, longTexts, nearValidCell, weightCell } from "./hostile";

export interface FuzzProperty {
  /** The worksheet function it exercises. */
  fn: string;
  /** What it checks. */
  name: string;
  property: fc.IRawProperty<[unknown]>;
}

const asFuzz = <T>(p: fc.IRawProperty<[T]>): fc.IRawProperty<[unknown]> => p as unknown as fc.IRawProperty<[unknown]>;

// ---------------------------------------------------------------------------------------------
// Hostile and near-valid calls

/** Any arguments: every parameter hostile, sometimes fewer or one too many. */
function hostileCall(name: string, long: readonly string[]): fc.Arbitrary<unknown[]> {
  const { params } = FUNCTIONS[name];
  const range = hostileRange(long);
  const option = hostileOption(long);
  const full = fc.tuple(...params.map((p) => (p === "range" ? range : option)));
  return fc.oneof(
    { weight: 8, arbitrary: full },
    { weight: 1, arbitrary: fc.tuple(full, fc.nat(params.length)).map(([a, n]) => a.slice(0, n)) },
    { weight: 1, arbitrary: fc.tuple(full, range).map(([a, extra]) => [...a, extra]) },
  );
}

/** A column (rows × 1) or a row (1 × rows) of weights; sometimes the wrong length. */
function weightsFor(n: number, long: readonly string[]): fc.Arbitrary<unknown> {
  const cell = weightCell(long);
  return fc.oneof(
    { weight: 4, arbitrary: block(cell, n, 1) },
    { weight: 2, arbitrary: block(cell, 1, n) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: n + 2 }).chain((m) => block(cell, Math.max(1, m), 1)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, "", [[""]]) },
  );
}

/** Plausible options of each function (valid and invalid values, omitted). */
function optionFor(name: string, index: number, long: readonly string[]): fc.Arbitrary<unknown> {
  const odd = hostileOption(long);
  const known: Record<string, Record<number, unknown[]>> = {
    CSI: { 2: [1, 0, -5, 1.5, 5, 1e308, -1.7e308], 3: [5, 7, 10, 1, 1e308, 1.7e308], 4: ["range", "max", "MAX", "avg"] },
    KANO: { 2: ["category", "better", "worse", "total_strength", "category_strength", "fong", "counts", "table"], 3: [0, 0.06, 1, -0.1, 2] },
    GAP: { 3: ["attribute", "overall", "Overall", "sum"] },
    IPA: { 2: ["mean", "median", "midpoint", 3, 1e308, -1e308], 3: ["en", "zh-CN", "es", "zh-TW", "de"] },
    PRIORITY: { 2: [1, 0, 2, 5, -1.7e308], 3: [5, 10, 4, 1, 1.7e308] },
    NPS: { 1: ["nps", "margin"] },
    TOPBOX: { 1: [1, 2, 3, 5, 0, 6, 2.5], 2: [5, 7, 10, 1, 4.5] },
    LEVELS: { 1: [1, 0, 2, -3, -1.7e308], 2: [5, 7, 10, 1, 3000, 1.7e308] },
    IMPORTANCE: { 2: ["pearson", "beta"] },
    DRIVERS: { 2: ["relative_weights", "shapley", "pearson", "beta"], 3: ["share", "weight", "r2", "ci_low", "ci_high", "table"] },
    RAKE: { 3: [100, 1, 0, 2.5, 1e6], 4: [1e-10, 0.01, 0, 1, 2] },
    PLS: { 2: ["paths", "r2", "index", "weights", "loadings", "reliability", "htmt", "ipma", "Paths", "R2"], 3: ["path", "centroid", "factorial", "Centroid"] },
  };
  const values = known[name]?.[index];
  return values ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(undefined, ...values) }, { weight: 1, arbitrary: odd }) : odd;
}

/** PLS headers: a … e, sometimes one odd (blank, repeated, long, a near miss). */
const PLS_HEADERS = ["a", "b", "c", "d", "e"];

/** A model table over PLS_HEADERS: mostly valid two- or three-construct models, with the odd hostile cell. */
function plsModelTable(long: readonly string[]): fc.Arbitrary<unknown[][]> {
  const odd = hostileCell(long);
  const cell = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 10, arbitrary: valid }, { weight: 1, arbitrary: odd });
  const names = fc.constantFrom("X", "Y", "Z", "x", "Satisfaction", "");
  const list = (items: readonly string[]) =>
    fc.subarray([...items], { minLength: 0, maxLength: items.length }).chain((xs) => fc.constantFrom(", ", ";", "、", "，").map((sep) => xs.join(sep)));
  const row = fc.tuple(cell(names), cell(list([...PLS_HEADERS, "A", "f"])), cell(list(["X", "Y", "Z", "W"])), cell(fc.constantFrom("A", "B", "", "b", "C")));
  const valid: unknown[][] = [
    ["construct", "indicators", "antecedents", "mode"],
    ["X", "a, b", "", "A"],
    ["Y", "c, d", "X", "A"],
    ["Z", "e", "X, Y", "B"],
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid) },
    {
      weight: 4,
      arbitrary: fc
        .array(row, { minLength: 0, maxLength: 4 })
        .chain((rows) =>
          fc.tuple(
            fc.constantFrom(valid[0], ["Constructo", "Indicadores", "Antecedentes"], ["构念", "指标", "前因", "模式"], ["construct", "indicators"]),
            fc.constant(rows),
          ),
        )
        .map(([head, rows]): unknown[][] => [head, ...rows.map((r) => r.slice(0, head.length))]),
    },
  );
}

/** Answers with a header row over PLS_HEADERS (sometimes one header odd) and the odd hostile answer. */
function plsData(long: readonly string[]): fc.Arbitrary<unknown[][]> {
  const header = fc.oneof(
    { weight: 6, arbitrary: fc.constant<unknown[]>(PLS_HEADERS) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(4), hostileCell(long)).map(([k, h]) => PLS_HEADERS.map((x, i) => (i === k ? h : x))) },
    { weight: 1, arbitrary: fc.constant<unknown[]>(["a", "b", "c", "D", "d"]) },
  );
  return fc.tuple(header, fc.integer({ min: 0, max: 15 })).chain(([h, n]) => block(nearValidCell(long), n, PLS_HEADERS.length).map((b) => [h, ...b]));
}

/** Answers of matching shapes, weights of the right (or wrong) length, options plausible or odd. */
function nearValidCall(name: string, long: readonly string[]): fc.Arbitrary<unknown[]> {
  const { params } = FUNCTIONS[name];
  if (name === "PLS") {
    return fc.tuple(
      plsData(long),
      plsModelTable(long),
      optionFor(name, 2, long),
      optionFor(name, 3, long),
      fc.constantFrom(undefined, [["Y"]], [["z"]], [["X"]], [["W"]], [[""]]),
    );
  }
  const cell = nearValidCell(long);
  return fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) => {
    const data = block(cell, rows, cols);
    const arbs = params.map((p, i): fc.Arbitrary<unknown> => {
      if (p === "option") return optionFor(name, i, long);
      const isWeights = (name === "CSI" && i === 1) || (name === "GAP" && i === 2);
      const isCaseWeights =
        (name === "CSI" && i === 5) ||
        ((name === "TOPBOX" || name === "LEVELS") && i === 3) ||
        (name === "NPS" && i === 2) ||
        (name === "DRIVERS" && i === 4) ||
        (name === "RAKE" && i === 2);
      if (isWeights) return fc.oneof(block(weightCell(long), 1, cols), block(weightCell(long), cols, 1), fc.constant(undefined));
      if (isCaseWeights) return weightsFor(rows, long);
      if (name === "NPS") return block(fc.oneof(fc.integer({ min: 0, max: 10 }), cell), rows, 1);
      if ((name === "IMPORTANCE" || name === "DRIVERS") && i === 1) return block(cell, rows, 1);
      if ((name === "IPA" || name === "PRIORITY") && i === 0) return fc.oneof(data, block(weightCell(long), 1, cols));
      return data;
    });
    return fc.tuple(...arbs);
  });
}

// ---------------------------------------------------------------------------------------------
// Invariants on valid data, against independent computations

/** Weights as small integers times one power of two (exact): 2^-1074 (denormals) … 2^1020. */
const EXPONENTS = [-1074, -1000, -60, 0, 60, 1000, 1020];
const scaled = (base: readonly number[], e: number): number[] => base.map((b) => b * 2 ** e);

const close = (a: number, b: number, tol = 1e-9): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** Ratings 1..5 (null = blank) in rows × cols with the first row answered. */
const ratings = (maxRows: number, maxCols: number, lo = 1, hi = 5): fc.Arbitrary<(number | null)[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) => block(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: lo, max: hi }) }, { weight: 1, arbitrary: fc.constant(null) }), r, c))
    .map((m) => m as (number | null)[][]);

const intWeights = (n: number, min = 0): fc.Arbitrary<number[]> => fc.array(fc.integer({ min, max: 9 }), { minLength: n, maxLength: n });
const exponent = fc.constantFrom(...EXPONENTS);
const col = (v: readonly unknown[]): unknown[][] => v.map((x) => [x]);

/** Weighted column means from integer weights (exact sums), or undefined when a column has none. */
function weightedMeans(m: readonly (readonly (number | null)[])[], w: readonly number[] | undefined): (number | undefined)[] {
  return m[0].map((_, c) => {
    let sw = 0;
    let s = 0;
    m.forEach((row, r) => {
      const x = row[c];
      if (x === null) return;
      const wr = w ? w[r] : 1;
      sw += wr;
      s += wr * x;
    });
    return sw > 0 ? s / sw : undefined;
  });
}

/** Expect a number close to `expected`, or an error when expected is undefined. */
function expectValue(r: unknown, expected: number | undefined, what: string): void {
  const x = Array.isArray(r) ? r[0][0] : r;
  if (expected === undefined) {
    if (!isExcelError(x)) throw new Error(`${what}: expected an error, got ${String(x)}`);
    return;
  }
  if (typeof x !== "number" || !close(x, expected)) {
    throw new Error(`${what}: got ${isExcelError(x) ? `${x.code} ${x.message}` : String(x)}, expected ${expected}`);
  }
}

function invariants(): FuzzProperty[] {
  const props: FuzzProperty[] = [];
  const add = <T>(fn: string, name: string, arb: fc.Arbitrary<T>, check: (t: T) => void): void => {
    props.push({ fn, name, property: asFuzz(fc.property(arb, check)) });
  };

  add(
    "CSI",
    "0–100 and = 100·Σw(m̄−1)/(4Σw) with extreme attribute and case weights",
    ratings(10, 4).chain((m) =>
      fc.tuple(fc.constant(m), intWeights(m[0].length, 1), exponent, intWeights(m.length), exponent, fc.constantFrom("range", "max")),
    ),
    ([m, aw, ae, cw, ce, method]) => {
      const means = weightedMeans(m, cw);
      const sumA = aw.reduce((s, x) => s + x, 0);
      const expected = means.some((x) => x === undefined)
        ? undefined
        : (100 * means.reduce((s: number, x, c) => s + aw[c] * (method === "max" ? (x as number) / 5 : ((x as number) - 1) / 4), 0)) / sumA;
      const r = callChecked("CSI", [m, [scaled(aw, ae)], 1, 5, method, col(scaled(cw, ce))]);
      expectValue(r, expected, "CSI");
    },
  );

  add(
    "KANO",
    "Better ∈ [0,1], Worse ∈ [−1,0], counts = answered pairs, table = outputs",
    ratings(15, 3).chain((f) => fc.tuple(fc.constant(f), block(fc.integer({ min: 1, max: 5 }), f.length, f[0].length))),
    ([f, d]) => {
      const better = callChecked("KANO", [f, d, "better"]) as unknown[][];
      const worse = callChecked("KANO", [f, d, "worse"]) as unknown[][];
      const counts = callChecked("KANO", [f, d, "counts"]) as unknown[][];
      const table = callChecked("KANO", [f, d, "table"]) as unknown[][];
      for (let c = 0; c < f[0].length; c++) {
        const answered = f.filter((row) => row[c] !== null).length;
        const total = (counts[c] as number[]).reduce((s, x) => s + x, 0);
        if (total !== answered) throw new Error(`KANO counts of column ${c + 1} sum to ${total}, ${answered} pairs answered`);
        const b = better[0][c];
        const w = worse[0][c];
        if (typeof b === "number" && !(b >= 0 && b <= 1)) throw new Error(`Better ${b}`);
        if (typeof w === "number" && !(w >= -1 && w <= 0)) throw new Error(`Worse ${w}`);
        if (typeof b === "number" && table[c][7] !== b) throw new Error(`table Better ${String(table[c][7])} ≠ ${b}`);
        if (typeof w === "number" && table[c][8] !== w) throw new Error(`table Worse ${String(table[c][8])} ≠ ${w}`);
      }
    },
  );

  add(
    "GAP",
    "attribute gaps = mean P − E; overall = Σw·gap/Σw with extreme weights",
    ratings(10, 4).chain((p) => fc.tuple(fc.constant(p), block(fc.integer({ min: 1, max: 5 }), p.length, p[0].length), intWeights(p[0].length, 1), exponent)),
    ([p, e, w, ex]) => {
      const gaps = p[0].map((_, c) => {
        let n = 0;
        let s = 0;
        p.forEach((row, r) => {
          if (row[c] === null) return;
          n++;
          s += (row[c] as number) - e[r][c];
        });
        return n > 0 ? s / n : undefined;
      });
      const r = callChecked("GAP", [p, e]) as unknown[][];
      gaps.forEach((g, c) => {
        // An attribute nobody answered spills as "" (the others still spill).
        if (g === undefined && r[0][c] !== "") throw new Error(`GAP column ${c + 1}: ${String(r[0][c])}, expected ""`);
        if (g !== undefined) expectValue(r[0][c], g, `GAP column ${c + 1}`);
      });
      const sumW = w.reduce((s, x) => s + x, 0);
      const overall = gaps.some((g) => g === undefined) ? undefined : gaps.reduce((s: number, g, c) => s + w[c] * (g as number), 0) / sumW;
      expectValue(callChecked("GAP", [p, e, [scaled(w, ex)], "overall"]), overall, "GAP overall");
    },
  );

  add(
    "IPA",
    "quadrant = (I ≥ mean I, P ≥ mean P) per attribute",
    fc.integer({ min: 1, max: 6 }).chain((k) => fc.tuple(block(fc.integer({ min: 1, max: 5 }), 1, k), block(fc.integer({ min: 1, max: 5 }), 1, k))),
    ([imp, perf]) => {
      const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const mi = mean(imp[0]);
      const mp = mean(perf[0]);
      const names = { keep: "Keep up the good work", concentrate: "Concentrate here", low: "Low priority", overkill: "Possible overkill" };
      const r = callChecked("IPA", [imp, perf]) as unknown[][];
      imp[0].forEach((i, c) => {
        const hiI = i >= mi;
        const hiP = perf[0][c] >= mp;
        const want = hiI ? (hiP ? names.keep : names.concentrate) : hiP ? names.overkill : names.low;
        if (r[0][c] !== want) throw new Error(`IPA column ${c + 1}: ${String(r[0][c])}, expected ${want}`);
      });
    },
  );

  add(
    "PRIORITY",
    "scores ∈ [0,1] and sum to 1 − CSI/100 with the same (extreme) weights",
    fc.integer({ min: 1, max: 6 }).chain((k) => fc.tuple(intWeights(k, 1), exponent, block(fc.double({ min: 1, max: 5, noNaN: true }), 1, k))),
    ([w, e, perf]) => {
      const weights = [scaled(w, e)];
      const scores = callChecked("PRIORITY", [weights, perf]) as unknown[][];
      const csi = callChecked("CSI", [perf, weights]);
      if (typeof csi !== "number") throw new Error(`CSI of the means: ${String(csi)}`);
      const sum = (scores[0] as number[]).reduce((s, x) => s + x, 0);
      if (!close(sum, 1 - csi / 100)) throw new Error(`priority scores sum to ${sum}, 1 − CSI/100 = ${1 - csi / 100}`);
    },
  );

  add(
    "NPS",
    "= 100·(P − D)/N with extreme case weights; margin ≥ 0",
    fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }), intWeights(n), exponent)),
    ([s, w, e]) => {
      let p = 0;
      let d = 0;
      let n = 0;
      s.forEach((x, i) => {
        n += w[i];
        if (x >= 9) p += w[i];
        else if (x <= 6) d += w[i];
      });
      const expected = n > 0 ? (100 * (p - d)) / n : undefined;
      const cw = col(scaled(w, e));
      expectValue(callChecked("NPS", [col(s), "nps", cw]), expected, "NPS");
      const m = callChecked("NPS", [col(s), "margin", cw]);
      if (expected !== undefined && !(typeof m === "number" && m >= 0)) throw new Error(`NPS margin ${String(m)}`);
    },
  );

  add(
    "TOPBOX",
    "= share of answers ≥ 4 (1–5) with extreme case weights",
    ratings(15, 3).chain((m) => fc.tuple(fc.constant(m), intWeights(m.length), exponent)),
    ([m, w, e]) => {
      let top = 0;
      let all = 0;
      m.forEach((row, r) =>
        row.forEach((x) => {
          if (x === null) return;
          all += w[r];
          if (x >= 4) top += w[r];
        }),
      );
      expectValue(callChecked("TOPBOX", [m, 2, 5, col(scaled(w, e))]), all > 0 ? top / all : undefined, "TOPBOX");
    },
  );

  add(
    "LEVELS",
    "shares = weighted counts / total and sum to 1, with extreme case weights",
    ratings(15, 3).chain((m) => fc.tuple(fc.constant(m), intWeights(m.length), exponent)),
    ([m, w, e]) => {
      const counts = [0, 0, 0, 0, 0];
      m.forEach((row, r) => row.forEach((x) => x !== null && (counts[x - 1] += w[r])));
      const total = counts.reduce((s, x) => s + x, 0);
      const r = callChecked("LEVELS", [m, 1, 5, col(scaled(w, e))]) as unknown[][];
      if (total === 0) return expectValue(r, undefined, "LEVELS");
      counts.forEach((c, l) => expectValue(r[0][l], c / total, `LEVELS level ${l + 1}`));
      const sum = (r[0] as number[]).reduce((s, x) => s + x, 0);
      if (!close(sum, 1, 1e-12)) throw new Error(`LEVELS sum to ${sum}`);
    },
  );

  add("ALPHA", "α ≤ 1 when defined", ratings(12, 5), (m) => {
    callChecked("ALPHA", [m]);
  });

  add(
    "IMPORTANCE",
    "Pearson r ∈ [−1, 1]; β finite",
    ratings(12, 4).chain((m) => fc.tuple(fc.constant(m), block(fc.integer({ min: 1, max: 5 }), m.length, 1), fc.constantFrom("pearson", "beta"))),
    ([m, o, method]) => {
      callChecked("IMPORTANCE", [m, o, method]);
    },
  );

  add(
    "DRIVERS",
    "relative weights and Shapley: shares in 0…1 adding up to 1 when defined; R² in 0…1",
    ratings(12, 4).chain((m) => fc.tuple(fc.constant(m), block(fc.integer({ min: 1, max: 5 }), m.length, 1), fc.constantFrom("relative_weights", "shapley"))),
    ([m, o, method]) => {
      const shares = (callChecked("DRIVERS", [m, o, method, "share"]) as unknown[][])[0];
      if (shares.every((x) => typeof x === "number")) {
        const sum = (shares as number[]).reduce((a, b) => a + b, 0);
        if (!close(sum, 1, 1e-9)) throw new Error(`DRIVERS ${method} shares add up to ${sum}`);
      }
      callChecked("DRIVERS", [m, o, method, "r2"]);
    },
  );

  add(
    "RAKE",
    "raked margins equal the targets (1e-9) with base weights scaled by 2^-1074 … 2^1020, or a clear error",
    fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.constantFrom(1, 2)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 5, maxLength: 5 }),
        exponent,
      )
      .chain(([rows, t, e]) => fc.tuple(fc.constant(rows), fc.constant(t), fc.constant(e), intWeights(rows.length, 1))),
    ([rows, t, e, w]) => {
      const groups = [["x", "y"], ...rows];
      // x: a, b, c with t[0..2]; y: 1, 2 with the same total split by t[3], t[4].
      const xTotal = t[0] + t[1] + t[2];
      const yTargets = [(xTotal * t[3]) / (t[3] + t[4]), (xTotal * t[4]) / (t[3] + t[4])];
      const targets = [
        ["variable", "category", "target"],
        ["x", "a", t[0]],
        ["x", "b", t[1]],
        ["x", "c", t[2]],
        ["y", 1, yTargets[0]],
        ["y", 2, yTargets[1]],
      ];
      const out = callChecked("RAKE", [groups, targets, col(scaled(w, e)), 1000]) as unknown[][];
      if (out.length === 1 && isExcelError(out[0][0])) return; // a missing category or an impossible zero pattern: a named error
      const weights = out.map((r) => r[0] as number);
      const check = (j: number, cat: unknown, target: number): void => {
        const total = rows.reduce((s, r, i) => s + (r[j] === cat ? weights[i] : 0), 0);
        if (!close(total, target, 1e-9)) throw new Error(`RAKE margin ${String(cat)}: ${total} vs ${target}`);
      };
      ["a", "b", "c"].forEach((c, k) => check(0, c, t[k]));
      [1, 2].forEach((c, k) => check(1, c, yTargets[k]));
    },
  );
  add(
    "PLS",
    "shuffled rows give the same spill (paths, weights); a copied indicator in a Mode A block gets its twin's weight",
    fc
      .integer({ min: 8, max: 30 })
      .chain((n) =>
        fc.tuple(
          block(fc.integer({ min: 1, max: 5 }), n, 5),
          fc.array(fc.nat(), { minLength: n, maxLength: n }),
          fc.constantFrom("path", "centroid", "factorial"),
        ),
      ),
    ([m, keys, scheme]) => {
      const model = [
        ["construct", "indicators", "antecedents", "mode"],
        ["X", "a, b", "", "A"],
        ["Y", "c, d", "X", "A"],
        ["Z", "e", "X, Y", "A"],
      ];
      const order = keys.map((k, i) => [k, i]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      const shuffled = order.map(([, i]) => m[i]);
      for (const output of ["paths", "weights"]) {
        const a = callChecked("PLS", [[PLS_HEADERS, ...m], model, output, scheme]) as unknown[][];
        const b = callChecked("PLS", [[PLS_HEADERS, ...shuffled], model, output, scheme]) as unknown[][];
        if (isExcelError(a[0][0]) || isExcelError(b[0][0])) {
          const codes = [a, b].map((r) => (isExcelError(r[0][0]) ? r[0][0].code : "ok"));
          if (codes[0] !== codes[1]) throw new Error(`PLS ${output}: ${codes[0]} in the data's order, ${codes[1]} shuffled`);
          continue;
        }
        a.forEach((row, r) =>
          row.forEach((x, c) => {
            const y = b[r][c];
            if (typeof x === "number" ? !(typeof y === "number" && close(y, x, 1e-9)) : x !== y)
              throw new Error(`PLS ${output} ${r},${c}: ${String(x)} vs ${String(y)} shuffled`);
          }),
        );
      }
      const twin = callChecked("PLS", [
        [[...PLS_HEADERS, "a copy"], ...m.map((r) => [...r, r[0]])],
        [model[0], ["X", "a, a copy, b", "", "A"], ...model.slice(2)],
        "weights",
        scheme,
      ]) as unknown[][];
      if (!isExcelError(twin[0][0]) && !close(twin[1][2] as number, twin[2][2] as number, 1e-9))
        throw new Error(`PLS twin weights ${String(twin[1][2])} ≠ ${String(twin[2][2])}`);
    },
  );
  return props;
}

/** Every property: per function, hostile calls, near-valid calls and its invariants. */
export function fuzzProperties(longTextSize: number): FuzzProperty[] {
  const long = longTexts(longTextSize);
  const props: FuzzProperty[] = [];
  for (const name of Object.keys(FUNCTIONS)) {
    props.push({ fn: name, name: "hostile arguments", property: asFuzz(fc.property(hostileCall(name, long), (a) => void callChecked(name, a))) });
    props.push({
      fn: name,
      name: "near-valid answers, extreme weights",
      property: asFuzz(fc.property(nearValidCall(name, long), (a) => void callChecked(name, a))),
    });
  }
  props.push(...invariants());
  return props;
}
