/** --p-adjust (issue #13): the Segments sheet's multiplicity adjustment from the command line. */
import { optionHelp, parseArgs, UsageError } from "../../src/cli/args";

describe("--p-adjust", () => {
  test("holm or bh, in any case; absent = not set (the report's default, Holm)", () => {
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx", "--p-adjust", "BH"])).toMatchObject({ pAdjust: "bh" });
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx", "--p-adjust=holm"])).toMatchObject({ pAdjust: "holm" });
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx"])).not.toHaveProperty("pAdjust");
  });

  test("another method is a usage error naming the choices; --help lists the option", () => {
    expect(() => parseArgs(["report", "s.csv", "--out", "r.xlsx", "--p-adjust", "bonferroni"])).toThrow(
      new UsageError("--p-adjust bonferroni: use holm or bh"),
    );
    expect(optionHelp(["p-adjust"])).toContain("--p-adjust holm|bh");
  });
});
