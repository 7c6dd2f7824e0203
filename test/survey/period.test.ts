import fc from "fast-check";

import { compareText, orderPeriods, parsePeriod, periodLabel } from "../../src/survey/period";

// Expected orders are written out by hand from the calendar (independent of the parser).
describe("orderPeriods: periods in time order, not text order", () => {
  it.each([
    [["2026-Q2", "2025-Q4", "2026-Q1"], ["2025-Q4", "2026-Q1", "2026-Q2"], "quarter"],
    [["2026-01", "2025-12", "2025-02"], ["2025-02", "2025-12", "2026-01"], "month"],
    [["2026-W10", "2026-W09", "2025-W52"], ["2025-W52", "2026-W09", "2026-W10"], "week"],
    [["Wave 10", "Wave 2", "Wave 1"], ["Wave 1", "Wave 2", "Wave 10"], "wave"],
    [["Q2 2026", "Q4 2025", "Q1 2026"], ["Q4 2025", "Q1 2026", "Q2 2026"], "quarter"],
    [["Feb 2026", "Dec 2025", "Jan 2026"], ["Dec 2025", "Jan 2026", "Feb 2026"], "month"],
    [["marzo 2026", "enero 2026", "diciembre 2025"], ["diciembre 2025", "enero 2026", "marzo 2026"], "month"],
    [["2026年2月", "2025年12月", "2026年1月"], ["2025年12月", "2026年1月", "2026年2月"], "month"],
    [["2026年第二季度", "2026年第一季度"], ["2026年第一季度", "2026年第二季度"], "quarter"],
    [["2026-H2", "2026-H1", "2025-H2"], ["2025-H2", "2026-H1", "2026-H2"], "half"],
    [["2026", "2024", "2025"], ["2024", "2025", "2026"], "year"],
    // Date cells reach the period column as ISO text (survey.ts textOf).
    [["2026-03-01", "2025-12-31", "2026-02-15"], ["2025-12-31", "2026-02-15", "2026-03-01"], "date"],
    [["2026-03-01T10:00:00", "2026-03-01T09:30:00"], ["2026-03-01T09:30:00", "2026-03-01T10:00:00"], "date"],
  ])("%j → %j", (input, expected, kind) => {
    const o = orderPeriods(input);
    expect(o.values).toEqual(expected);
    expect(o.kind).toBe(kind);
    expect(o.reason).toBeUndefined();
  });

  it("reads Excel date serials as dates (46023 = 2026-01-01, 45658 = 2025-01-01)", () => {
    // Serial 45658: 2025-01-01 (Excel's DATE(2025,1,1)); one year later 365 days on.
    expect(parsePeriod("45658")).toEqual({ kind: "date", key: Date.UTC(2025, 0, 1) / 86400000 });
    expect(parsePeriod("46023")).toEqual({ kind: "date", key: Date.UTC(2026, 0, 1) / 86400000 });
    expect(orderPeriods(["46023", "45658", "45700"]).values).toEqual(["45658", "45700", "46023"]);
  });

  it("shows an Excel date serial as its date, anything else as it is", () => {
    expect(periodLabel("46023")).toBe("2026-01-01");
    expect(periodLabel("46023.5")).toBe("2026-01-01 12:00");
    expect(periodLabel("2026-Q1")).toBe("2026-Q1");
    expect(periodLabel("2026")).toBe("2026");
  });

  it("falls back to text order, saying why, when a value is not a period", () => {
    const o = orderPeriods(["Spring", "2026-Q1", "Autumn"]);
    expect(o.kind).toBe("text");
    expect(o.values).toEqual(["2026-Q1", "Autumn", "Spring"]);
    expect(o.reason).toEqual({ type: "unrecognised", value: "Spring" });
  });

  it("falls back to text order when kinds are mixed (quarters with months)", () => {
    const o = orderPeriods(["2026-Q1", "2025-12"]);
    expect(o.kind).toBe("text");
    expect(o.reason).toEqual({ type: "mixed", kinds: ["quarter", "month"] });
    expect(o.values).toEqual(["2025-12", "2026-Q1"]);
  });

  it("text order is numeric-aware", () => {
    expect(orderPeriods(["Cycle 10", "Cycle 2"]).values).toEqual(["Cycle 2", "Cycle 10"]);
  });

  it("rejects impossible calendar values", () => {
    expect(parsePeriod("2026-02-30")).toBeUndefined();
    expect(parsePeriod("2026-13")).toBeUndefined();
    expect(parsePeriod("2026-W60")).toBeUndefined();
    expect(parsePeriod("Wave 2x")).toBeUndefined();
  });

  it("keeps distinct spellings of one period apart, deterministically", () => {
    expect(orderPeriods(["Q1 2026", "2026-Q1", "2025-Q4"]).values).toEqual(["2025-Q4", "2026-Q1", "Q1 2026"]);
  });
});

describe("period order: properties", () => {
  const periodText = fc.oneof(
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    fc.integer({ min: 1, max: 30 }).map((w) => `Wave ${w}`),
    fc.string({ maxLength: 6 }),
  );

  it("the order is a total order: sorted once, sorting again or shuffled input gives the same", () => {
    fc.assert(
      fc.property(fc.array(periodText, { maxLength: 20 }), (xs) => {
        const once = orderPeriods(xs).values;
        expect(orderPeriods(once).values).toEqual(once);
        expect(orderPeriods([...xs].reverse()).values).toEqual(once);
        expect(new Set(once)).toEqual(new Set(xs));
        expect(once.length).toBe(new Set(xs).size);
      }),
    );
  });

  it("time order agrees with the calendar for quarters", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000 * 4, max: 2030 * 4 + 3 }), { minLength: 1, maxLength: 20 }), (qs) => {
        const text = qs.map((q) => `${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
        const sorted = [...qs].sort((a, b) => a - b).map((q) => `${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
        expect(orderPeriods(text).values).toEqual(sorted);
      }),
    );
  });

  it("compareText is antisymmetric and transitive", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        if (compareText(a, b) <= 0 && compareText(b, c) <= 0) expect(compareText(a, c)).toBeLessThanOrEqual(0);
        if (a !== b) expect(compareText(a, b)).not.toBe(0);
      }),
    );
  });
});
