/** The roles file: written proposals read back unchanged; every mistake a person can make is named. */
import { readSurveyFile } from "../../src/cli/readSurveyFile";
import { columnsLeftOut, rolesFileText, rolesFromText, rolesToFile } from "../../src/cli/rolesFile";
import { CsError } from "../../src/engine/errors";
import { detectRoles } from "../../src/survey/roles";
import { resolve } from "path";

const SAMPLE_CSV = resolve(__dirname, "../fixtures/sample-survey.csv");

function edited(text: string, edit: (columns: Record<string, unknown>[]) => void): string {
  const json = JSON.parse(text) as { columns: Record<string, unknown>[] };
  edit(json.columns);
  return JSON.stringify(json);
}

function expectRolesError(f: () => unknown, message: string | RegExp): void {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CsError);
  expect((error as CsError).code).toBe("value");
  expect((error as CsError).message).toMatch(message);
}

describe("roles file", () => {
  let headers: unknown[];
  let text: string;
  let proposals: ReturnType<typeof detectRoles>;
  beforeAll(async () => {
    const table = await readSurveyFile(SAMPLE_CSV);
    headers = table.headers;
    proposals = detectRoles(table.headers, table.rows);
    text = rolesFileText(rolesToFile("sample-survey.csv", headers, proposals));
  });

  test("round trip: the written file reads back as the same proposals (roles, attributes, scales, pairs, reasons)", () => {
    expect(rolesFromText(text, headers, "r.json")).toEqual(proposals);
  });

  test('round trip with the checks in the file\'s "checks" list (plain JSON; the reader ignores the list)', () => {
    const withChecks = rolesFileText(rolesToFile("sample-survey.csv", headers, proposals), ["read: Read as a plain table", "warning: two\nlines"]);
    expect((JSON.parse(withChecks) as { checks: string[] }).checks).toEqual(["read: Read as a plain table", "warning: two lines"]);
    expect(rolesFromText(withChecks, headers, "r.json")).toEqual(proposals);
    expect(rolesFromText(`\uFEFF${withChecks.replace(/\n/g, "\r\n")}`, headers, "r.json")).toEqual(proposals);
    // Leading "//" lines written by hand are read past; a comment further down is not JSON: the reader says so.
    expect(rolesFromText(`// my note\n${withChecks}`, headers, "r.json")).toEqual(proposals);
    expectRolesError(
      () => rolesFromText(withChecks.replace('"columns": [', '"columns": [\n// here'), headers, "r.json"),
      /^roles file r\.json: not valid JSON/,
    );
  });

  test("one line per column, valid JSON, with the help text and the survey name", () => {
    const lines = text.split("\n");
    expect(lines.filter((l) => l.trimStart().startsWith('{"column"'))).toHaveLength(60);
    expect(lines).toContain(
      '    {"column": 7, "header": "Waiting time - satisfaction", "role": "rating", "attribute": "Waiting time", "scale": [1,5], "pairWith": "Waiting time - importance", "why": "header word \\"satisfaction\\"; scale 1–5 like its neighbours (1 value outside it); pairs with \\"Waiting time - importance\\""},',
    );
    const json = JSON.parse(text) as { format: string; version: number; survey: string; help: string };
    expect([json.format, json.version, json.survey]).toEqual(["cs-insight-roles", 1, "sample-survey.csv"]);
    expect(json.help).toMatch(/--roles/);
  });

  test("an edit is taken: a rating becomes ignored, a header matched loosely, an attribute renamed", () => {
    const t = edited(text, (cols) => {
      cols[6].role = "ignore";
      cols[8].header = "  staff COURTESY -  satisfaction ";
      cols[8].attribute = "Courtesy";
    });
    const got = rolesFromText(t, headers, "r.json");
    expect(got[6].role).toBe("ignore");
    expect(got[8]).toMatchObject({ index: 8, header: "Staff courtesy - satisfaction", role: "rating", attribute: "Courtesy" });
  });

  test("an unknown header is an error that names it", () => {
    const t = edited(text, (cols) => (cols[6].header = "Waiting tme - satisfaction"));
    expectRolesError(
      () => rolesFromText(t, headers, "r.json"),
      'roles file r.json: "Waiting tme - satisfaction": the survey has no column "Waiting tme - satisfaction"',
    );
  });

  test("an unknown role is an error that names it and lists the roles", () => {
    const t = edited(text, (cols) => (cols[6].role = "ratng"));
    expectRolesError(() => rolesFromText(t, headers, "r.json"), /"Waiting time - satisfaction": unknown role "ratng" \(roles: id, segment, .*, ignore\)/);
  });

  test("other mistakes: not JSON, no columns, a column twice, bad scale, unknown partner, column out of range", () => {
    expectRolesError(() => rolesFromText("{ roles: ", headers, "r.json"), /^roles file r\.json: not valid JSON/);
    expectRolesError(() => rolesFromText("{}", headers, "r.json"), /expected an object with a "columns" list/);
    expectRolesError(
      () =>
        rolesFromText(
          edited(text, (c) => c.push({ ...c[0] })),
          headers,
          "r.json",
        ),
      /"Respondent ID": column 1 \("Respondent ID"\) is given twice/,
    );
    expectRolesError(
      () =>
        rolesFromText(
          edited(text, (c) => (c[4].scale = [5, 1])),
          headers,
          "r.json",
        ),
      /"Overall satisfaction": "scale" must be \[min, max\]/,
    );
    expectRolesError(
      () =>
        rolesFromText(
          edited(text, (c) => (c[6].pairWith = "Nope")),
          headers,
          "r.json",
        ),
      /"Waiting time - satisfaction" pairWith: the survey has no column "Nope"/,
    );
    expectRolesError(
      () =>
        rolesFromText(
          edited(text, (c) => c.push({ column: 61, role: "rating" })),
          headers,
          "r.json",
        ),
      /column 61: column 61 does not exist \(the survey has 60 columns\)/,
    );
    expectRolesError(() => rolesFromText(JSON.stringify({ version: 2, columns: [] }), headers, "r.json"), /version 2 is not supported/);
  });

  test('equal headers: written by number, told apart by "column", ambiguous without it', () => {
    const h = ["Score", "Score", "Region"];
    const props = [
      { index: 0, header: "Score", role: "rating" as const, attribute: "A", pairIndex: 1, reason: "r" },
      { index: 1, header: "Score", role: "importance" as const, attribute: "A", pairIndex: 0, reason: "r" },
      { index: 2, header: "Region", role: "segment" as const, reason: "r" },
    ];
    const t = rolesFileText(rolesToFile("s.csv", h, props));
    expect(t).toContain('"pairWith": 2');
    expect(rolesFromText(t, h, "r.json")).toEqual(props);
    const ambiguous = JSON.stringify({ columns: [{ header: "Score", role: "rating" }] });
    expectRolesError(() => rolesFromText(ambiguous, h, "r.json"), /2 columns are headed "Score" \(columns 1, 2\) — give "column" too/);
  });

  test("columns a roles file leaves out are ignored (and reported)", () => {
    const t = edited(text, (cols) => cols.splice(2, 2));
    const got = rolesFromText(t, headers, "r.json");
    expect(got).toHaveLength(58);
    expect(columnsLeftOut(headers, got)).toEqual([2, 3]);
  });
});
