import { prefersDark } from "../../src/taskpane/theme";

describe("prefersDark (task pane theme from Office's body background)", () => {
  it("picks dark for Office's dark backgrounds and light for light ones", () => {
    expect(prefersDark("#1F1F1F")).toBe(true); // Black theme
    expect(prefersDark("#262626")).toBe(true);
    expect(prefersDark("#666666")).toBe(true); // Y = 0.133 < 0.18
    expect(prefersDark("#FFFFFF")).toBe(false); // Colorful / White themes
    expect(prefersDark("#e6e6e6")).toBe(false);
  });

  it("puts the threshold at middle grey (L* = 50, Y = 0.18): #757575 dark, #767676 light", () => {
    // grey Y = ((v/255 + 0.055)/1.055)^2.4: v = 0x75 → 0.17789, v = 0x76 → 0.18116
    expect(prefersDark("#757575")).toBe(true);
    expect(prefersDark("#767676")).toBe(false);
  });

  it("falls back to light without a usable colour", () => {
    expect(prefersDark(undefined)).toBe(false);
    expect(prefersDark("")).toBe(false);
    expect(prefersDark("white")).toBe(false);
    expect(prefersDark("#fff")).toBe(false);
  });
});
