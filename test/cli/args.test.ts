/** Command-line parsing: options to typed values; each mistake is a UsageError that says what is wrong. */
import { ALL_SHEETS, optionHelp, parseArgs, REPORT_OPTIONS, USAGE, UsageError } from "../../src/cli/args";
import { ALL_SHEETS as REPORT_SHEETS } from "../../src/report/analysis";

function usage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no UsageError for ${argv.join(" ")}`);
}

describe("parseArgs", () => {
  test("defaults", () => {
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx"])).toEqual({
      command: "report",
      input: "s.csv",
      out: "r.xlsx",
      language: "en",
      force: false,
      stats: false,
    });
  });

  test("every option, with spaces or =", () => {
    expect(
      parseArgs([
        "report",
        "--out=r.xlsx",
        "s.xlsx",
        "--roles",
        "r.json",
        "--write-roles",
        "w.json",
        "--lang",
        "zh-cn",
        "--segment",
        "Branch",
        "--sheets",
        "priority, summary",
        "--crosshair",
        "3.5",
        "--sheet",
        "Data",
        "--force",
        "--stats",
      ]),
    ).toEqual({
      command: "report",
      input: "s.xlsx",
      out: "r.xlsx",
      roles: "r.json",
      writeRoles: "w.json",
      language: "zh-CN",
      segment: "Branch",
      sheets: ["summary", "priority"],
      crosshair: 3.5,
      sheet: "Data",
      force: true,
      stats: true,
    });
    expect(parseArgs(["report", "s.csv", "--out", "r.xlsx", "--crosshair", "MIDPOINT", "--lang", "es"])).toMatchObject({
      crosshair: "midpoint",
      language: "es",
    });
  });

  test("help and version", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help" });
    expect(parseArgs(["report", "-h"])).toEqual({ command: "help" });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
  });

  test("mistakes are usage errors that name the problem", () => {
    expect(usage([])).toBe("no command given");
    expect(usage(["s.csv", "--out", "r.xlsx"])).toBe("unknown command 's.csv' (did you mean: cs-insight report s.csv …?)");
    expect(usage(["report", "--out", "r.xlsx"])).toBe("which survey? give a .csv or .xlsx file");
    expect(usage(["report", "a.csv", "b.csv", "--out", "r.xlsx"])).toBe("one survey at a time (got 'a.csv', 'b.csv')");
    expect(usage(["report", "s.csv"])).toBe("--out <report.xlsx> is required");
    expect(usage(["report", "s.csv", "--out", "r.pdf"])).toMatch(/end the name in \.xlsx/);
    expect(usage(["report", "s.csv", "--out"])).toBe("--out needs a value");
    expect(usage(["report", "s.csv", "--out", "--force"])).toBe("--out needs a value");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--out", "q.xlsx"])).toBe("--out is given twice");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--colour"])).toBe("unknown option '--colour'");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--lang", "fr"])).toBe("--lang fr: use en, zh-CN or es");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--sheets", "summary,pareto"])).toBe(
      "--sheets summary,pareto: unknown sheet 'pareto'; choose from summary,kano,gap,priority,segments,trend",
    );
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--crosshair", "centre"])).toBe("--crosshair centre: use mean, median, midpoint or a number");
  });

  test("flags take no value, --version goes alone, '-' is a file name", () => {
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--force=yes"])).toBe("unknown option '--force=yes'");
    expect(usage(["--version", "report"])).toBe("--version takes nothing else");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "--version"])).toBe("--version goes alone: cs-insight --version");
    expect(usage(["report", "s.csv", "--out", "r.xlsx", "-x"])).toBe("unknown option '-x'");
    expect(parseArgs(["-v"])).toEqual({ command: "version" });
    expect(parseArgs(["report", "-", "--out", "r.xlsx"])).toMatchObject({ input: "-" });
    expect(parseArgs(["report", "--out", "r.xlsx", "--", "--odd-name.csv"])).toMatchObject({ input: "--odd-name.csv" });
  });
});

describe("--help comes from the option table", () => {
  test("every listed option, with its value and text, aligned", () => {
    const lines = optionHelp().split("\n");
    expect(lines).toHaveLength(Object.values(REPORT_OPTIONS).filter((o) => "help" in o).length);
    expect(lines[0]).toBe("  --out <file.xlsx>     the report to write (required); never overwritten without --force");
    expect(lines).toContain("  --sheets <list>       sheets to write, comma-separated: summary,kano,gap,priority,segments,trend (default all)");
    expect(lines).toContain("  -h, --help            this text");
    expect(lines.some((l) => l.includes("--stats"))).toBe(false); // internal (bench)
    expect(USAGE).toContain(`Options:\n${optionHelp()}\n\nExit codes:`);
    expect(ALL_SHEETS).toEqual(REPORT_SHEETS); // args.ts keeps its own copy so --help loads no report code
    expect(optionHelp(["lang", "force"])).toBe(
      "  --lang en|zh-CN|es  language of the report (default en)\n  --force             overwrite the report (and the roles file) if they exist",
    );
  });
});
