/** The cell rules (labels vs anchors, missing, dates) and the encoding choice, case by case. */
import type { SavVariable } from "../../src/cli/sav/dictionary";
import { textDecoder } from "../../src/cli/sav/encoding";
import { SavError } from "../../src/cli/sav/cursor";
import { isMissing, spssDateText, usesLabelText } from "../../src/cli/sav/values";

function numeric(labels: [number, string][], missing: SavVariable["missing"] = { values: [] }, format = 5): SavVariable {
  return { name: "q", width: 0, format, missing, valueLabels: new Map(labels), segments: [[0, 0]] };
}
const seen = (...xs: number[]): Set<number> => new Set(xs);

describe("labels replace codes, unless they anchor a scale", () => {
  const sat: [number, string][] = [[1, "Very dissatisfied"], [2, "Dissatisfied"], [3, "Neutral"], [4, "Satisfied"], [5, "Very satisfied"]];
  it("a fully labelled 1–5 item: labels", () => {
    expect(usesLabelText(numeric(sat), seen(1, 3, 5))).toBe(true);
  });
  it("a declared-missing 'Don't know' code does not count", () => {
    expect(usesLabelText(numeric([...sat, [9, "Don't know"]], { values: [9] }), seen(2, 4))).toBe(true);
  });
  it("0 and 10 of a 0–10 scale: anchors, the numbers stay", () => {
    expect(usesLabelText(numeric([[0, "Not at all likely"], [10, "Extremely likely"]]), seen(0, 5, 10))).toBe(false);
    // even if only the ends happen to occur
    expect(usesLabelText(numeric([[0, "Not at all likely"], [10, "Extremely likely"]]), seen(0, 10))).toBe(false);
  });
  it("1, 4 and 7 of a 1–7 scale: anchors", () => {
    expect(usesLabelText(numeric([[1, "Disagree"], [4, "Neither"], [7, "Agree"]]), seen(1, 2, 7))).toBe(false);
  });
  it("an undeclared 'Don't know' code beside a labelled scale: labels (the text reads as blank)", () => {
    expect(usesLabelText(numeric([...sat, [9, "Don't know"]]), seen(1, 3, 9))).toBe(true);
    expect(usesLabelText(numeric([[0, "Not at all likely"], [10, "Extremely likely"], [99, "Refused"]]), seen(0, 7, 10))).toBe(false);
  });
  it("a value that occurs without a label keeps the column numeric", () => {
    expect(usesLabelText(numeric(sat), seen(1, 6))).toBe(false);
  });
  it("a yes/no 0/1 pair and a date are not anchors", () => {
    expect(usesLabelText(numeric([[0, "No"], [1, "Yes"]]), seen(0, 1))).toBe(true);
    expect(usesLabelText(numeric([[0, "No"]], { values: [] }, 20), seen(0))).toBe(false);
  });
});

it("missing values: discrete, a range with LO/HI, strings", () => {
  expect(isMissing(9, { values: [8, 9] })).toBe(true);
  expect(isMissing(7, { values: [8, 9] })).toBe(false);
  expect(isMissing(1e6, { values: [], range: [90, Number.MAX_VALUE] })).toBe(true);
  expect(isMissing(-5, { values: [0], range: [-1.7976931348623155e308, -1] })).toBe(true);
  expect(isMissing(0, { values: [0], range: [90, 99] })).toBe(true);
  expect(isMissing("dk", { values: ["dk"] })).toBe(true);
});

it("dates: seconds since 14 Oct 1582 as ISO text", () => {
  expect(spssDateText(12_219_379_200, false)).toBe("1970-01-01");
  expect(spssDateText(0, false)).toBe("1582-10-14");
  expect(spssDateText(1e300, false)).toBeUndefined(); // damaged: the reader keeps the number
  // 2026-03-01 14:30:05 = 12219379200 + 1772375405 (the Unix time of that moment)
  expect(spssDateText(12_219_379_200 + Date.UTC(2026, 2, 1, 14, 30, 5) / 1000, true)).toBe("2026-03-01T14:30:05");
});

describe("encoding", () => {
  const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // "café" in Windows-1252
  it("named in the encoding record, also as CP1252 / cp936", () => {
    expect(textDecoder("windows-1252", undefined).decoder.decode(bytes)).toBe("café");
    expect(textDecoder("CP1252", undefined).decoder.decode(bytes)).toBe("café");
    expect(textDecoder("cp936", undefined).decoder.decode(Buffer.from([0xc4, 0xe3]))).toBe("你");
  });
  it("from the code page number when there is no encoding record; else Windows-1252", () => {
    expect(textDecoder(undefined, 1252).decoder.decode(bytes)).toBe("café");
    expect(textDecoder(undefined, 65001).decoder.decode(Buffer.from("café", "utf8"))).toBe("café");
    expect(textDecoder(undefined, undefined).decoder.decode(bytes)).toBe("café");
  });
  it("an unknown encoding is an error, not mojibake", () => {
    expect(() => textDecoder("KLINGON-1", undefined)).toThrow(new SavError("the text encoding 'KLINGON-1' named in the file is not supported"));
    expect(() => textDecoder(undefined, 12345)).toThrow(SavError);
  });
});
