import { contrastRatio, parseCssColor } from "./contrast";

test("WCAG contrast: black on white is 21, a colour on itself is 1, order does not matter", () => {
  expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(contrastRatio([41, 41, 41], [41, 41, 41])).toBe(1);
  expect(contrastRatio(parseCssColor("#767676"), parseCssColor("#FFFFFF"))).toBeCloseTo(4.54, 2); // the known AA grey
  expect(contrastRatio([255, 255, 255], [118, 118, 118])).toBe(contrastRatio([118, 118, 118], [255, 255, 255]));
});

test("computed-style colours parse; translucent ones are refused", () => {
  expect(parseCssColor("rgb(41, 41, 41)")).toEqual([41, 41, 41]);
  expect(parseCssColor("rgba(1, 2, 3, 1)")).toEqual([1, 2, 3]);
  expect(() => parseCssColor("rgba(0, 0, 0, 0)")).toThrow(/translucent/);
  expect(() => parseCssColor("transparent")).toThrow(/not a CSS colour/);
});
