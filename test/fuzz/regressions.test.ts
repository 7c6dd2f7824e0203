/**
 * Regression tests of issue #9 (hostile input), one per defect, named after it. Expected values
 * are worked out by hand in the comments (independent of the code under test).
 */
import "../helpers/customFunctionsShim";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Readable } from "stream";
import { CSI, GAP, KANO, LEVELS, NPS, PLS, PRIORITY, RAKE, TOPBOX } from "../../src/functions/functions";
import { csiFromMeans } from "../../src/engine/csi";
import { nps } from "../../src/engine/nps";
import { relativeWeights, SCALE_EDGE_TOLERANCE, snapToScale, weightShares } from "../../src/engine/validate";
import { checkColumnCount, firstInvalidUtf8, Utf8Check } from "../../src/cli/inputLimits";
import { expectClose } from "../helpers/close";
import { callChecked, FUNCTION_NAMES, isExcelError } from "./hostile";
import { runCliCase, type CliCase } from "./cliCases";

const col = (v: readonly unknown[]): unknown[][] => v.map((x) => [x]);
const errorOf = (r: unknown): CustomFunctions.Error => {
  const e = Array.isArray(r) ? r[0][0] : r;
  if (!isExcelError(e)) throw new Error(`expected an Excel error, got ${JSON.stringify(r)}`);
  return e;
};

describe("defect: one long text cell made every function hang (quadratic label normaliser)", () => {
  const texts: [string, string][] = [
    ["100,000 commas and a letter", ",".repeat(100_000) + "a"],
    ["200,000 。", "。".repeat(200_000)],
  ];
  test.each(texts)("%s: every function answers #VALUE! naming the cell (no hang: callChecked fails at 1 s)", (_name, text) => {
    for (const name of FUNCTION_NAMES) {
      const args: unknown[] =
        name === "NPS"
          ? [[[text]]]
          : name === "KANO" || name === "GAP" || name === "IPA" || name === "PRIORITY" || name === "IMPORTANCE"
            ? [[[text]], [[3]]]
            : [[[text]]];
      const r = callChecked(name, args);
      const e = errorOf(r);
      expect([name, e.code]).toEqual([name, "#VALUE!"]);
    }
  });
});

describe("audit: option text of any length is read in one pass (functions/run.ts choiceKey, languageOf)", () => {
  test("a run of 100,000 spaces inside an option still reads as one '_'; a megabyte of text is 'not known'", () => {
    const f = [[1], [2]];
    const d = [[5], [4]];
    expect(callChecked("KANO", [f, d, `total${" ".repeat(100_000)}strength`])).toEqual(callChecked("KANO", [f, d, "total_strength"]));
    const e = errorOf(callChecked("KANO", [f, d, ", .".repeat(300_000)]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("is not known: use one of category, better");
    expect(callChecked("IPA", [[[4, 3]], [[3, 4]], "mean", `es${"_".repeat(1_000_000)}`])).toEqual(callChecked("IPA", [[[4, 3]], [[3, 4]], "mean", "es"]));
  });
});

describe("defect: a valid weighted survey was refused (mean 5.000000000000001 outside 1–5)", () => {
  test("=CS.CSI({5;5},,,,,{0.1;4.1}) is 100: (0.1·5 + 4.1·5)/4.2 rounds above 5, which is the edge", () => {
    expect((0.1 * 5 + 4.1 * 5) / (0.1 + 4.1)).toBeGreaterThan(5); // the rounding the fix is about
    expect(CSI(col([5, 5]), undefined, undefined, undefined, undefined, col([0.1, 4.1]))).toBe(100);
  });

  test("the tolerance is 1e-12 of the scale width: 5 + 3.9e-12 is 5 on 1–5, 5 + 4.1e-12 and 5.000001 are errors", () => {
    expect(SCALE_EDGE_TOLERANCE).toBe(1e-12);
    expect(snapToScale(5 + 3.9e-12, 1, 5)).toBe(5);
    expect(snapToScale(1 - 3.9e-12, 1, 5)).toBe(1);
    expect(snapToScale(5 + 4.1e-12, 1, 5)).toBe(5 + 4.1e-12);
    expect(csiFromMeans([5 + 3.9e-12])).toBe(100);
    expect(() => csiFromMeans([5 + 4.1e-12])).toThrow(/outside the 1–5 scale/);
    expect(() => csiFromMeans([5.000001])).toThrow(/mean 5.000001 is outside the 1–5 scale/);
    // Scales whose width overflows (−1e308…1e308) keep a finite tolerance.
    expect(snapToScale(Infinity, -1e308, 1e308)).toBe(Infinity);
  });

  test("PRIORITY takes a performance mean a few ulps above the maximum as the maximum (score 0)", () => {
    expect(PRIORITY([[1, 1]], [[5 + 1e-15, 3]])).toEqual([[0, 0.25]]); // ½·(5−3)/4 = 0.25
  });

  test("the command line builds the report of a weighted survey where every answer is 5", async () => {
    // Weights whose weighted mean of 5s rounds above 5, found by search (so the case is real).
    let weights: number[] = [];
    for (let seed = 1; weights.length === 0 && seed < 1000; seed++) {
      const w = Array.from({ length: 20 }, (_, i) => Math.round(((seed * 7919 + i * 104_729) % 4900) + 100) / 1000);
      let sw = 0;
      let s = 0;
      for (const x of w) {
        sw += x;
        s += x * 5;
      }
      if (s / sw > 5) weights = w;
    }
    expect(weights.length).toBe(20);
    const rows = weights.map((w, i) => `R${i + 1},${w},5,5`);
    const c: CliCase = {
      name: "weighted all-5",
      files: { "s.csv": `Respondent ID,Weight,Speed - satisfaction,Price - satisfaction\n${rows.join("\n")}\n` },
      args: ["@s.csv", "--out", "@r.xlsx"],
      codes: [0],
    };
    const dir = mkdtempSync(join(tmpdir(), "cs-reg-"));
    try {
      expect((await runCliCase(c, dir)).problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("defect: very large or very small weights gave silently wrong results", () => {
  test("CSI of {5,4} with attribute weights 1e308 is 87.5 (= ((5−1)+(4−1))/2/4·100), not 0", () => {
    expect(CSI([[5, 4]], [[1e308, 1e308]])).toBe(87.5);
    expect(CSI([[5, 4]], [[5e-324, 5e-324]])).toBe(87.5);
  });

  test("overall GAP of {5,4} − {4,4} with weights 1e308 is 0.5 (= (1 + 0)/2), not 0", () => {
    expect(GAP([[5, 4]], [[4, 4]], [[1e308, 1e308]], "overall")).toEqual([[0.5]]);
  });

  test("LEVELS of {1;2} with case weights 1e308 is ½, ½, 0, 0, 0 — not all zeros", () => {
    expect(LEVELS(col([1, 2]), undefined, undefined, col([1e308, 1e308]))).toEqual([[0.5, 0.5, 0, 0, 0]]);
    expect(TOPBOX(col([5, 1]), undefined, undefined, col([1e308, 1e308]))).toBe(0.5);
  });

  test("NPS of two detractors with case weights 1e-300 is −100 (Σw² underflowed to 0 before)", () => {
    expect(NPS(col([1, 2]), undefined, col([1e-300, 1e-300]))).toBe(-100);
    // Margin: p = 0, d = 1 → v = p + d − (p − d)² = 0 → 0, whatever the weights' scale.
    expect(NPS(col([1, 2]), "margin", col([1e-300, 1e-300]))).toBe(0);
    // Kish n from the rescaled weights: equal weights → n′ = 2 at any scale; counts stay Σw.
    const r = nps([9, 3], { weights: [1e200, 1e200] });
    expect(r.nps).toBe(0);
    expectClose(r.effectiveN, 2, 1e-12);
    expect(r.promoters).toBe(1e200);
  });

  test("the CSI max method on a scale below 0 is an error naming the scale, not −60", () => {
    const e = errorOf(CSI([[-3]], undefined, -5, 5, "max"));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("scale from 0 or above, not -5–5");
    expect(CSI([[8]], undefined, 0, 10, "max")).toBe(80); // 8/10 on 0–10 still works
  });

  test("relativeWeights divides by the largest; weightShares give w/Σw for any finite weights", () => {
    expect(relativeWeights([1e308, 5e307, 0])).toEqual([1, 0.5, 0]);
    expect(relativeWeights([5e-324, 5e-324])).toEqual([1, 1]);
    const bad = [1, -1];
    expect(relativeWeights(bad)).toBe(bad); // left for checkCaseWeights to name
    expect(weightShares([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE], 3, "w")).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(weightShares([3, 1], 2, "w")).toEqual([0.75, 0.25]);
  });
});

describe("defect: the command line on wide files, late invalid UTF-8 and folder roles files", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const runCase = async (c: CliCase) => {
    const dir = mkdtempSync(join(tmpdir(), "cs-reg-"));
    dirs.push(dir);
    return runCliCase(c, dir);
  };

  test("a CSV of 20,000 columns: one clear message before any work, not 'internal error … outside A..XFD'", async () => {
    const n = 20_000;
    const text = `${Array.from({ length: n }, (_, i) => `Q${i}`).join(",")}\n${new Array(n).fill("4").join(",")}\n`;
    const o = await runCase({ name: "wide", files: { "file.csv": text }, args: ["@file.csv", "--out", "@r.xlsx"], codes: [1] });
    expect(o.problems).toEqual([]);
    expect(o.stderr).toBe("cs-insight: file.csv: 20,000 columns — Excel holds at most 16,384 (A..XFD)");
    expect(() => checkColumnCount("f.csv", 16_384)).not.toThrow();
    expect(() => checkColumnCount("f.csv", 16_385, 7)).toThrow("f.csv: row 7: 16,385 columns — Excel holds at most 16,384 (A..XFD)");
  });

  test("invalid UTF-8 after the first 64 KB: the file, the byte offset and the line, not U+FFFD in the report", async () => {
    const head = `Respondent ID,Speed - satisfaction\n${Array.from({ length: 9000 }, (_, i) => `R${i + 1},4`).join("\n")}\n`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from("R9001,"), Buffer.from([0xff]), Buffer.from("\n")]);
    expect(Buffer.byteLength(head)).toBeGreaterThan(64 * 1024);
    const o = await runCase({ name: "late", files: { "late.csv": bytes }, args: ["@late.csv", "--out", "@r.xlsx"], codes: [1] });
    expect(o.problems).toEqual([]);
    const byte = Buffer.byteLength(head) + "R9001,".length + 1; // 1-based
    expect(o.stderr.split("\n")[0]).toBe(
      `cs-insight: late.csv: byte ${byte.toLocaleString("en-US")} (0xFF), line 9,002: not UTF-8 text (GBK or Windows-1252?) — save the file as "CSV UTF-8"`,
    );
  });

  test("a roles-file path that is a folder: '<path>: is a folder, not a roles file'", async () => {
    const o = await runCase({
      name: "roles dir",
      files: { "s.csv": "Respondent ID,Speed - satisfaction\nR1,4\nR2,5\n", rolesdir: null },
      args: ["@s.csv", "--out", "@r.xlsx", "--roles", "@rolesdir"],
      codes: [1],
    });
    expect(o.problems).toEqual([]);
    expect(o.stderr).toMatch(/^cs-insight: \/.*\/rolesdir: is a folder, not a roles file$/);
  });

  test("firstInvalidUtf8: overlong, surrogate, above U+10FFFF and cut sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("héllo 满意 😀"), false)).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]), false)).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]), false)).toBe(0); // surrogate U+D800
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]), false)).toBe(0); // U+110000
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe6, 0xbb]), true)).toBe(-1); // cut: the next chunk may finish it
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe6, 0xbb]), false)).toBe(1);
  });

  test("Utf8Check: sequences cut between chunks decode; a bad byte in a later chunk is located", async () => {
    const text = "满意,😀\n".repeat(50);
    const bytes = Buffer.from(text);
    const pieces = (b: Buffer): Buffer[] => Array.from({ length: b.length }, (_, i) => b.subarray(i, i + 1)); // 1 byte a chunk
    const decode = (chunks: Buffer[]) =>
      new Promise<string>((done, fail) => {
        let out = "";
        Readable.from(chunks)
          .pipe(new Utf8Check("t.csv"))
          .on("data", (s: string) => (out += s))
          .on("end", () => done(out))
          .on("error", fail);
      });
    await expect(decode(pieces(bytes))).resolves.toBe(text);
    const bad = Buffer.concat([bytes, Buffer.from([0xe6, 0x41])]);
    await expect(decode(pieces(bad))).rejects.toThrow(`t.csv: byte ${bytes.length + 1} (0xE6), line 51: not UTF-8`);
  });
});

describe("audit: a result of very many rows spills (functions/run.ts resultMatrix)", () => {
  test("KANO counts of 130,000 attributes: one row of 6 counts per attribute, no call-stack overflow", () => {
    const k = 130_000; // beyond what Math.max(...rows) can spread
    const r = KANO([new Array(k).fill(1)], [new Array(k).fill(5)], "counts") as number[][];
    expect(r.length).toBe(k);
    expect(r[0]).toEqual([0, 1, 0, 0, 0, 0]); // like (1) × dislike (5) = one-dimensional (O)
    expect(r[k - 1]).toEqual([0, 1, 0, 0, 0, 0]);
  });
});

describe("audit: scales and values near ±1e308 (engine/csi.ts, engine/ipa.ts)", () => {
  test("CSI of 5 on the scale −1.7e308…1.7e308 is 50 (max − min overflowed: 0 before)", () => {
    // (5 + 1.7e308)/(3.4e308) = ½ up to 5/3.4e308.
    expect(CSI([[5]], undefined, -1.7e308, 1.7e308)).toBe(50);
  });

  test("PRIORITY on the scale −1.7e308…1.7e308: performance 0 loses half of its share", () => {
    expect(PRIORITY([[1, 1]], [[0, 0]], -1.7e308, 1.7e308)).toEqual([[0.25, 0.25]]); // ½ · (max − 0)/(max − min)
  });

  test("IPA of means {1e308, 1e308}: both on the mean crosshair count as high (the sum overflowed: 'low' before)", () => {
    const r = callChecked("IPA", [[[1.7e308, 1.7e308]], [[1.7e308, 1.7e308]]]);
    expect(r).toEqual([["Keep up the good work", "Keep up the good work"]]);
  });
});

describe("fuzz find: CSI 100.00000000000003 on a scale from −1.7e308 (npm run fuzz, seed 895979623)", () => {
  test("answers of 1 on −1.7e308…5 (at this scale indistinguishable from the top) give exactly 100, never more", () => {
    // Shrunk counterexample: 5 attributes, every answer 1 (0 is blank); case weights 1e308 and 0.
    // Each (mean − min)/(max − min) rounds to 1 at this scale, so the index is 100.
    const r = CSI(
      [
        [1, 1, 0, 1, 1],
        [1, 1, 1, 1, 1],
      ],
      undefined,
      -1.7e308,
      undefined,
      undefined,
      [[1e308], [0]],
    );
    expect(r).toBe(100);
  });
});

describe("fuzz find: CS.RAKE spilled NaN for denormal base weights (functions.fuzz.test.ts, issue #14)", () => {
  test("base weights 2^-1074 rake as base weights 1 would; an impossible zero pattern is #NUM! 'did not converge'", () => {
    // Shrunk counterexample: (b, 1), (c, 1), (a, 2), base weights 2^-1074 each. The first factor
    // 1 / 2^-1074 overflowed to Infinity and Infinity · 0-free weights gave NaN, read as converged.
    const groups = [
      ["x", "y"],
      ["b", 1],
      ["c", 1],
      ["a", 2],
    ];
    const tiny = col([2 ** -1074, 2 ** -1074, 2 ** -1074]);
    // y = 2 holds only a, so x a = y 2: targets a 1 and y 2 1.5 cannot both hold.
    const impossible = [
      ["variable", "category", "target"],
      ["x", "a", 1],
      ["x", "b", 1],
      ["x", "c", 1],
      ["y", 1, 1.5],
      ["y", 2, 1.5],
    ];
    const e = errorOf(RAKE(groups, impossible, tiny, 1000));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("did not converge");
    // Possible margins (a = y 2 = 1): by hand b and c share y 1's 2 by their x targets, 1 each.
    const possible = [
      ["variable", "category", "target"],
      ["x", "a", 1],
      ["x", "b", 1],
      ["x", "c", 1],
      ["y", 1, 2],
      ["y", 2, 1],
    ];
    expect(RAKE(groups, possible, tiny)).toEqual([[1], [1], [1]]);
  });
});

describe("defect: CS.PLS gave an index of −11.9 (a negative outer weight in a Mode A block; issue #15 fuzz)", () => {
  // The fuzz counterexample: in X = {a, b}, b runs against a over the complete rows, so one weight is negative.
  const data: unknown[][] = [
    ["a", "b", "c", "d", "e"],
    [1, 1, 1, 1, ""],
    [5, 1, 1, 5, 1],
    ["Satisfied", 1, 1, 1, 2],
    [1, 1, 1, 1, 2],
    [1, 2, 2, 1, 2],
    [1, 1, "", 1, 1],
    ["", 1, 1, 1, 1],
    ["", 1, 1, "", 1],
  ];
  const model = [
    ["construct", "indicators", "antecedents", "mode"],
    ["X", "a, b", "", "A"],
    ["Y", "c, d", "X", "A"],
    ["Z", "e", "X, Y", "B"],
  ];
  test("a construct whose weights differ in sign has #NUM! as index and IPMA performance, naming its negative indicator; the other rows spill", () => {
    const weights = (callChecked("PLS", [data, model, "weights"]) as unknown[][]).slice(1);
    const index = callChecked("PLS", [data, model, "index"]) as unknown[][];
    const ipma = callChecked("PLS", [data, model, "ipma"]) as unknown[][];
    expect(index.map((r) => r[0])).toEqual(["construct", "X", "Y", "Z"]);
    let refused = 0;
    for (const [c, cell] of index.slice(1)) {
      const w = weights.filter((r) => r[1] === c).map((r) => r[2] as number);
      const performance = ipma.find((r) => r[0] === c)?.[3];
      // An index is a weighted mean of the answers only when the weights share one sign.
      if (w.some((x) => x < 0) && w.some((x) => x > 0)) {
        refused++;
        const worst = weights.filter((r) => r[1] === c).reduce((lo, r) => ((r[2] as number) < (lo[2] as number) ? r : lo));
        for (const e of [errorOf(cell), ...(performance === undefined ? [] : [errorOf(performance)])]) {
          expect(e.code).toBe("#NUM!");
          expect(e.message).toContain(`construct ${String(c)}: indicator ${String(worst[0])} has a negative outer weight`);
        }
      } else {
        expect(typeof cell).toBe("number");
        expect(cell as number).toBeGreaterThanOrEqual(0);
        expect(cell as number).toBeLessThanOrEqual(100);
      }
    }
    expect(refused).toBeGreaterThan(0); // the counterexample's −11.9
  });
});

describe("audit: CS.PLS on huge or long input answers quickly (callChecked fails at 1 s)", () => {
  const model = [
    ["construct", "indicators", "antecedents"],
    ["X", "a", ""],
    ["Y", "b", "X"],
  ];
  test("20,000 rows of blanks: #NUM! no complete row", () => {
    const data: unknown[][] = [["a", "b"], ...Array.from({ length: 20_000 }, () => ["", ""])];
    const e = errorOf(PLS(data, model));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("0 row(s) have every indicator answered");
    expect(errorOf(callChecked("PLS", [data, model])).message).toBe(e.message);
  });
  test("a 50,000-character indicator against 50,000-character headers: not a header, no quadratic 'did you mean'", () => {
    const long = [
      ["construct", "indicators", "antecedents"],
      ["X", "x".repeat(50_000) + "1", ""],
      ["Y", "b", "X"],
    ];
    const e = errorOf(
      callChecked("PLS", [
        [
          ["y".repeat(50_000) + "2", "x".repeat(50_000) + "2", "b"],
          [1, 2, 3],
        ],
        long,
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("is not a header of the data");
  });
});
