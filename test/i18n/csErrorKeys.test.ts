/**
 * Every CsError carries a message key (issue #12): the constructor takes a MessageKey and the
 * params its English template names (compile-time: the @ts-expect-error lines below must stay
 * errors), every `new CsError(` in src/ names keys of the catalogue, the English message is the
 * English template filled, `at()` re-locates without editing text, and errors thrown by the
 * engine read without English words in Chinese and differently in Spanish.
 */
import * as fs from "fs";
import * as path from "path";
import { csiFromMeans } from "../../src/engine/csi";
import { median, momentsVariance } from "../../src/engine/describe";
import { CsError, isCsError } from "../../src/engine/errors";
import { servqualScore } from "../../src/engine/gap";
import { derivedImportance, solveLinearSystem } from "../../src/engine/importance";
import { crosshair, priorityRanks, priorityScores } from "../../src/engine/ipa";
import { kano, kanoCountsFromPairs, kanoEvaluate } from "../../src/engine/kano";
import { levelCounts, mergeLevelCounts, topBoxFromCounts } from "../../src/engine/levels";
import { isMessageKey, MESSAGE_KEYS } from "../../src/engine/messageKeys";
import { npsFromCounts } from "../../src/engine/nps";
import { checkFiniteList, checkLevel, checkMatrix, checkSameLength, checkScale } from "../../src/engine/validate";
import { localizeMessage, messageTemplates } from "../../src/i18n/messages";

const SRC = path.join(__dirname, "..", "..", "src");

function sources(): { file: string; text: string }[] {
  return (fs.readdirSync(SRC, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(SRC, f), "utf8") }));
}

function thrown(f: () => unknown): CsError {
  try {
    f();
  } catch (e) {
    if (isCsError(e)) return e;
    throw e;
  }
  throw new Error(`did not throw: ${f.toString()}`);
}

// Never called: the compiler checks these lines (tsc --noEmit -p . covers test/).
export function typeChecks(): void {
  // @ts-expect-error a message is not a key
  new CsError("value", "row 2: something is wrong");
  // @ts-expect-error the template names {value}: the params are required
  new CsError("value", "notANumber");
  // @ts-expect-error a misspelt param
  new CsError("value", "notANumber", { valeu: "x" });
  // @ts-expect-error {scale} comes from min and max, both numbers
  new CsError("num", "outsideScale", { value: 6, min: "1", max: 5 });
  // @ts-expect-error the location is the fourth argument, not a param
  new CsError("div0", "noAnswersMean", { column: 2 });
  new CsError("div0", "noAnswersMean", {}, { column: 2 });
  new CsError("div0", "noAnswersMean");
}

describe("every CsError in src/ has a key", () => {
  test("each `new CsError(` names catalogue keys (a string literal or a choice of them), and no text-editing helper is left", () => {
    const sites: { file: string; arg: string }[] = [];
    for (const { file, text } of sources()) {
      for (const m of text.matchAll(/new CsError\(\s*([^,]+),\s*([^,)]+)/g)) sites.push({ file, arg: m[2].trim() });
      expect({ file, helpers: text.match(/\b(locatedError|legacyCsError)\b/g) ?? [] }).toEqual({ file, helpers: [] });
    }
    expect(sites.length).toBeGreaterThan(140);
    for (const { file, arg } of sites) {
      const keys = [...arg.matchAll(/"(\w+)"/g)].map((k) => k[1]);
      // A variable key is allowed only where it is typed MessageKey (at(), parse.ts's helpers, emptySurvey).
      const literal = keys.length > 0;
      expect({ file, arg, ok: literal ? keys.every(isMessageKey) : /^(key|this\.key|e\.key)$/.test(arg) }).toEqual({ file, arg, ok: true });
    }
  });

  test("the English message is the English template filled, with the location first", () => {
    const e = new CsError("num", "outsideScale", { value: 6, min: 1, max: 5 }, { row: 14, column: 3 });
    expect(e.message).toBe("row 14, column 3: 6 is outside the 1–5 scale");
    expect(messageTemplates("en").outsideScale).toBe("{value} is outside the {scale} scale");
    expect([e.key, e.params, e.row, e.column]).toEqual(["outsideScale", { value: 6, min: 1, max: 5, row: 14, column: 3 }, 14, 3]);
    expect(localizeMessage(e, "en")).toBe(e.message);
  });

  test("at() gives a new error at another location; the original is unchanged", () => {
    const e = thrown(() => kanoEvaluate({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 }));
    const moved = e.at({ row: 4, column: 2 });
    expect(moved).not.toBe(e);
    expect([moved.code, moved.key, moved.row, moved.column, moved.message]).toEqual(["div0", "noKanoAnswers", 4, 2, "row 4, column 2: " + e.message]);
    expect(localizeMessage(moved, "zh-CN")).toBe("第 4 行，第 2 列：没有 Kano 回答：类别无定义");
    expect([e.row, e.column, e.params]).toEqual([undefined, undefined, {}]);
    expect(moved.at({}).message).toBe(e.message);
    // kano() locates its attribute's error in that attribute's column.
    expect(thrown(() => kano([[1]], [[1]])).message).toBe("column 1: no A/O/M/I answers: Better is undefined");
  });
});

describe("engine errors in zh-CN and es", () => {
  const names = /\b(Kano|Excel|CSI|NPS|SERVPERF|SERVQUAL|Cronbach's|Better|Worse|CS|Insight)\b/g;
  const sample = (): CsError[] => [
    thrown(() => checkScale(5, 1)),
    thrown(() => checkLevel(2)),
    thrown(() => checkMatrix("x" as unknown as number[][], "perception")),
    thrown(() => checkMatrix([[1], [1, 2]], "items")),
    thrown(() => checkSameLength([1], [1, 2], "functional answers", "dysfunctional answers")),
    thrown(() => checkFiniteList([1, NaN], "attribute means")),
    thrown(() => kanoEvaluate({ A: 0, O: 0, M: 0, I: 0, R: 1, Q: 0 })),
    thrown(() => kanoEvaluate({ A: 1, O: 0, M: 0, I: 0, R: 0, Q: 0 }, { threshold: 2 })),
    thrown(() => kanoCountsFromPairs([1, 2] as unknown as Parameters<typeof kanoCountsFromPairs>[0])),
    thrown(() => crosshair([1], [2], "bogus" as unknown as "mean")),
    thrown(() => crosshair([1], [2], "midpoint")),
    thrown(() => priorityScores([1, 1], [3, 9])),
    thrown(() => priorityRanks([1, 2], ["A"])),
    thrown(() => levelCounts([1], 1.5, 5)),
    thrown(() => mergeLevelCounts([1], [1, 2])),
    thrown(() => topBoxFromCounts([1, 2, 3], 4)),
    thrown(() => servqualScore([1, 2], [50, 40])),
    thrown(() => momentsVariance({ n: 1, sumW: 1, sumW2: 1, sum: 3, sumSq: 9 })),
    thrown(() => median([])),
    thrown(() => csiFromMeans([3], { method: "best" as unknown as "range" })),
    thrown(() => csiFromMeans([3], { method: "max", scaleMin: -5, scaleMax: 5 })),
    thrown(() => csiFromMeans([9])),
    thrown(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })),
    thrown(() => derivedImportance([[1], [2]], [1, 2], "ols" as unknown as "beta")),
    thrown(() => solveLinearSystem([[1, 2]], [1])),
  ];

  test("each throws a keyed CsError whose English is its template", () => {
    const errors = sample();
    expect(new Set(errors.map((e) => e.key)).size).toBe(errors.length);
    for (const e of errors) expect({ key: e.key, en: localizeMessage(e, "en") }).toEqual({ key: e.key, en: e.message });
    expect(errors.every((e) => (MESSAGE_KEYS as readonly string[]).includes(e.key))).toBe(true);
  });

  test("Chinese: no English words remain (but names and the values the user gave)", () => {
    for (const e of sample()) {
      let text = localizeMessage(e, "zh-CN");
      for (const v of Object.values(e.params)) if (typeof v === "string") text = text.split(v).join("");
      const words = text.replace(names, "").match(/[A-Za-z]{2,}/g) ?? [];
      expect({ key: e.key, text: localizeMessage(e, "zh-CN"), words }).toEqual({ key: e.key, text: localizeMessage(e, "zh-CN"), words: [] });
      expect(/[\u3400-\u9fff]/.test(text)).toBe(true);
    }
  });

  test("Spanish: translated, numbers with a decimal comma, names of arguments translated", () => {
    for (const e of sample()) {
      const es = localizeMessage(e, "es");
      expect({ key: e.key, same: es === e.message, unfilled: /\{\w+/.test(es) }).toEqual({ key: e.key, same: false, unfilled: false });
    }
    expect(
      localizeMessage(
        thrown(() => checkLevel(1.5)),
        "es",
      ),
    ).toBe("el nivel de confianza 1,5 debe estar entre 0 y 1 (p. ej., 0,95)");
    expect(
      localizeMessage(
        thrown(() => checkFiniteList([1, NaN], "attribute means")),
        "es",
      ),
    ).toBe("columna 2: medias de los atributos: NaN no es un número");
    expect(
      localizeMessage(
        thrown(() => checkMatrix([[1], [1, 2]], "items")),
        "zh-CN",
      ),
    ).toBe("第 2 行：题目有 2 列，但第 1 行有 1 列");
  });
});
