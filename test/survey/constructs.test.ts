/**
 * suggestConstructs (issue #15, part 5): the pane's first assignment of survey columns to a
 * template's constructs, on Google Forms exports in three languages (test/fixtures/exports/, built
 * from Google's export format: one header per question, grid rows as "Question [Row]") and on the
 * bank survey; then properties over random roles and headers.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import Papa from "papaparse";
import { PLS_TEMPLATES, type PlsConstructKey } from "../../src/engine/pls/templates";
import { constructOfHeader, suggestConstructs } from "../../src/survey/constructs";
import { splitHeaderRows } from "../../src/survey/layout";
import { detectRoles, type ColumnProposal } from "../../src/survey/roles";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const [ACSI, ECSI] = PLS_TEMPLATES;

function proposalsOf(file: string): ColumnProposal[] {
  const grid = Papa.parse<string[]>(fs.readFileSync(path.join(FIXTURES, file), "utf8"), { skipEmptyLines: true }).data;
  const { headers, rows, layout } = splitHeaderRows(grid[0], grid.slice(1));
  return detectRoles(headers, rows, layout);
}

/** The grid rows of Google Forms headers ("Question [Row]") as their row names. */
const rowNames = (headers: readonly string[] | undefined): string[] => (headers ?? []).map((h) => /\[([^\]]+)\]$/.exec(h)?.[1] ?? h);

describe("suggestConstructs on exports in three languages", () => {
  test.each([
    ["exports/google-forms.csv", "Price", ["Staff friendliness", "Waiting time", "Cleanliness", "Product range", "Checkout speed", "Parking"]],
    [
      "exports/google-forms-es.csv",
      "Precio",
      ["Amabilidad del personal", "Tiempo de espera", "Limpieza", "Variedad de productos", "Rapidez en caja", "Aparcamiento"],
    ],
    ["exports/google-forms-zh.csv", "价格", ["员工友好度", "等候时间", "清洁度", "商品种类", "结账速度", "停车"]],
  ])("%s: overall → satisfaction, recommend → loyalty, the price row → value, the other rating rows → quality", (file, price, quality) => {
    const ps = proposalsOf(file);
    const s = suggestConstructs(ps, ECSI);
    expect(s.satisfaction).toEqual([ps.find((p) => p.role === "overall")!.header]);
    expect(s.loyalty).toEqual([ps.find((p) => p.role === "recommend")!.header]);
    expect(rowNames(s.value)).toEqual([price]);
    expect(rowNames(s.quality)).toEqual(quality);
    expect(s.image).toBeUndefined();
    expect(s.complaints).toBeUndefined();
  });

  test("the bank survey: fees → value, SERVQUAL expectations → expectation, importance and perception columns left out", () => {
    const ps = proposalsOf("sample-survey.csv");
    const s = suggestConstructs(ps, ACSI);
    expect(s.satisfaction).toEqual(["Overall satisfaction"]);
    expect(s.loyalty).toEqual(["Likelihood to recommend (0-10)"]);
    expect(s.value).toEqual(["Fees - satisfaction"]);
    expect(s.quality).toHaveLength(9);
    expect(s.quality).not.toContain("Fees - satisfaction");
    expect(s.expectation).toHaveLength(10);
    expect(s.expectation!.every((h) => h.startsWith("Expectation: "))).toBe(true);
  });
});

describe("constructOfHeader: the words of each language", () => {
  test.each([
    ["Brand reputation", "image"],
    ["Imagen de la marca", "image"],
    ["品牌形象", "image"],
    ["Value for money - satisfaction", "value"],
    ["Relación calidad-precio", "value"],
    ["性价比", "value"],
    ["Complaint handling", "complaints"],
    ["Gestión de reclamaciones", "complaints"],
    ["投诉处理", "complaints"],
    ["Would buy again", "loyalty"],
    ["¿Volvería a comprar?", "loyalty"],
    ["再次购买意愿", "loyalty"],
    ["Staff courtesy - satisfaction", undefined],
    ["Valoración del personal", undefined],
    ["Priceless views", undefined], // whole words only in spaced languages
  ])("%p → %p", (header, construct) => expect(constructOfHeader(header)).toBe(construct));

  test("a pasted 100,000-character header is matched on its start", () => {
    expect(constructOfHeader("Price " + "x ".repeat(50_000))).toBe("value");
  });
});

describe("suggestConstructs: properties", () => {
  const roles = ["overall", "recommend", "rating", "importance", "expectation", "perception", "segment", "id"] as const;
  const words = ["Price", "Staff", "Brand image", "Complaints", "Expected wait", "Loyalty", "", "Precio", "品牌", "投诉", "satisfaction"];
  const proposals = fc.uniqueArray(
    fc.record({
      index: fc.nat(60),
      role: fc.constantFrom(...roles),
      header: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")),
    }),
    { selector: (p) => p.index, maxLength: 30 },
  );

  test("every suggested header is a column's, in column order, in one construct of the template, and of a role that measures", () => {
    fc.assert(
      fc.property(proposals, fc.constantFrom(ACSI, ECSI), (ps, template) => {
        const s = suggestConstructs(ps as ColumnProposal[], template);
        const allowed = new Set(template.constructs.map((c) => c.construct));
        const unique = (h: string) => ps.filter((p) => p.header.trim() === h.trim()).length === 1;
        const seen = new Set<number>();
        for (const [construct, headers] of Object.entries(s) as [PlsConstructKey, string[]][]) {
          expect(allowed.has(construct)).toBe(true);
          const columns = headers.map((h) => ps.find((p) => p.header === h)!);
          for (const p of columns) {
            expect(unique(p.header)).toBe(true);
            expect(["overall", "recommend", "rating", "expectation"]).toContain(p.role);
            expect(p.header.trim()).not.toBe("");
            expect(seen.has(p.index)).toBe(false);
            seen.add(p.index);
          }
          expect(columns.map((p) => p.index)).toEqual(columns.map((p) => p.index).sort((a, b) => a - b));
        }
        // Every overall column with a header of its own measures satisfaction.
        expect(s.satisfaction ?? []).toHaveLength(ps.filter((p) => p.role === "overall" && p.header.trim() !== "" && unique(p.header)).length);
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
