/**
 * The progress words (issue #11): rows with the locale's digit separators and plural form, and the
 * time-left estimate on a fake clock — shown once 10 % or 1 s is done, hidden under 2 s left.
 */
import { uiStrings } from "../../src/i18n/ui";
import { createEstimator, progressText, remainingMs, remainingText, rowsText } from "../../src/taskpane/progressText";

const en = uiStrings("en");
const zh = uiStrings("zh-CN");
const es = uiStrings("es");

describe("rowsText", () => {
  it("groups digits as the pane's locale does and picks the plural of the total", () => {
    expect(rowsText(en, 8001, 100000)).toBe("Read 8,001 of 100,000 rows");
    expect(rowsText(zh, 8001, 100000)).toBe("已读取 8,001 / 100,000 行");
    // Spanish (CLDR, RAE) groups from five digits: 8001 but 100.000.
    expect(rowsText(es, 8001, 100000)).toBe("Leídas 8001 de 100.000 filas");
    expect(rowsText(es, 12345, 100000)).toBe("Leídas 12.345 de 100.000 filas");
    expect(rowsText(en, 1, 1)).toBe("Read 1 of 1 row");
    expect(rowsText(es, 0, 1)).toBe("Leídas 0 de 1 fila");
  });
});

describe("remainingMs (the pace so far)", () => {
  it("waits for 10 % done or 1 s elapsed", () => {
    expect(remainingMs(500, 0.05)).toBeUndefined();
    expect(remainingMs(999, 0.099)).toBeUndefined();
    expect(remainingMs(500, 0.1)).toBe(4500);
    expect(remainingMs(1000, 0.05)).toBe(19000);
  });

  it("measures the pace from `from` on", () => {
    expect(remainingMs(1000, 0.3, 0.1)).toBeCloseTo(3500, 6); // 20 % a second: 70 % in 3.5 s
    expect(remainingMs(1000, 0.1, 0.1)).toBeUndefined(); // no progress since
  });

  it("hides the estimate under 2 s left, and at no progress", () => {
    expect(remainingMs(3000, 0.6)).toBe(2000);
    expect(remainingMs(3000, 0.61)).toBeUndefined();
    expect(remainingMs(5000, 1)).toBeUndefined();
    expect(remainingMs(5000, 0)).toBeUndefined();
    expect(remainingMs(5000, NaN)).toBeUndefined();
  });
});

describe("createEstimator (a fake clock)", () => {
  it("measures from the first report of progress and follows the pace", () => {
    let t = 10_000;
    const estimate = createEstimator(() => t);
    t += 3000; // finding the survey: no progress yet, and it does not count
    expect(estimate.update(0)).toBeUndefined();
    expect(estimate.update(0.02)).toBeUndefined(); // the first rows: the pace starts here
    t += 200;
    expect(estimate.update(0.04)).toBeUndefined(); // too early to say
    t += 1300; // 1.5 s for 23 %
    expect(estimate.update(0.25)).toBeCloseTo(4891.3, 1);
    t += 1500; // 3 s for 48 %: the pace held
    expect(estimate.update(0.5)).toBeCloseTo(3125, 6);
    t += 2000; // 5 s for 78 %: 1.4 s left, hidden
    expect(estimate.update(0.8)).toBeUndefined();
  });
});

describe("remainingText and progressText", () => {
  it("counts whole seconds (rounded up) with their plural, minutes from 90 s", () => {
    expect(remainingText(en, 11_200)).toBe("about 12 seconds left");
    expect(remainingText(en, 1000)).toBe("about 1 second left");
    expect(remainingText(en, 89_000)).toBe("about 89 seconds left");
    expect(remainingText(en, 150_000)).toBe("about 3 minutes left");
    expect(remainingText(es, 12_000)).toBe("quedan aproximadamente 12 segundos");
    expect(remainingText(es, 60_500 * 1.5)).toBe("quedan aproximadamente 2 minutos");
    expect(remainingText(zh, 12_000)).toBe("大约还剩 12 秒");
  });

  it("puts the estimate after the step, and only when the progress carries one", () => {
    const read = { fraction: 0.08, detail: { step: "read" as const, done: 8001, total: 100000 } };
    expect(progressText(en, read)).toBe("Read 8,001 of 100,000 rows");
    expect(progressText(en, { ...read, remainingMs: 12_000 })).toBe("Read 8,001 of 100,000 rows · about 12 seconds left");
    expect(progressText(es, { fraction: 0.95, detail: { step: "survey" }, remainingMs: 3000 })).toBe(
      `${es.generate.steps.survey}, quedan aproximadamente 3 segundos`,
    );
    expect(progressText(en, { fraction: 0, detail: { step: "read", done: 0, total: 0 } })).toBe(en.reading.step);
    expect(progressText(en, undefined)).toBe(en.generate.steps.survey);
  });
});
