/**
 * End to end on the platform export fixtures (test/fixtures/exports, truth.json computed from the
 * generated respondents, not from src/): detectLayout finds the platform, header rows and
 * metadata; the command line's buildReportFromFile with NO roles file gives truth's n, CSI, NPS,
 * Kano categories and stated-importance means; the task pane's loadSurvey over the same file as
 * Excel types it proposes the same roles.
 */
import { buildReportFromFile, type BuiltReport } from "../../src/cli/report";
import { detectLayout } from "../../src/survey/layout";
import type { ColumnProposal } from "../../src/survey/roles";
import { loadSurvey, type ExcelPort } from "../../src/taskpane/pipeline";
import type { LoadedSurvey } from "../../src/taskpane/services";
import { exportTruth, fixtureCsvRows, fixturePath, fixtureRangeValues, type FixtureTruth } from "../fixtures/exports";

const truth = exportTruth();

/**
 * The files whose numbers must equal truth. Left out: headerless.csv (no header row: the user is
 * asked, see the layout test) and qualtrics-numeric-positive-first.csv (its codes run backwards;
 * the file alone cannot show it — the checks helper's warning covers it, see its README entry).
 */
const NUMERIC = Object.keys(truth.fixtures).filter((f) => f !== "headerless.csv" && f !== "qualtrics-numeric-positive-first.csv");

/**
 * limesurvey.csv: "Answer codes" (AO01…AO05) without the survey's answer options — the file alone
 * does not say that the Q5 grid is importance or that Q6–Q11 are Kano questions, nor what AO03
 * means. Not a wording question: the roles file (or the .lss structure) has to say it.
 */
const CODES_WITHOUT_OPTIONS = new Set(["limesurvey.csv"]);

async function topRows(file: string): Promise<unknown[][]> {
  return file.endsWith(".xlsx") ? (await fixtureRangeValues(file)).slice(0, 10) : fixtureCsvRows(file).slice(0, 10);
}

const built = new Map<string, Promise<BuiltReport>>();
function report(file: string): Promise<BuiltReport> {
  let b = built.get(file);
  if (!b) {
    b = buildReportFromFile(fixturePath(file), { now: () => new Date("2026-12-02T00:00:00Z") });
    built.set(file, b);
  }
  return b;
}

function at(ps: readonly ColumnProposal[], column: number): ColumnProposal {
  const p = ps.find((q) => q.index === column);
  if (!p) throw new Error(`no proposal for column ${column}`);
  return p;
}

/**
 * The attribute name an export can give a grid column: the item text where a header row carries
 * it; LimeSurvey "Question code" headings carry only the sub-question code ("Q4[SQ001]" → "SQ001").
 */
function itemName(s: { item: string; headers: string[] }): string {
  if (s.headers.some((h) => h.includes(s.item))) return s.item;
  const code = /\[([^\]]+)\]$/.exec(s.headers[0] ?? "");
  return code ? code[1] : s.item;
}

/** A port double whose selection is the whole fixture as Excel's Range.values gives it. */
function portOver(values: unknown[][]): ExcelPort {
  const notUsed = (): never => {
    throw new Error("not used by loadSurvey");
  };
  return {
    missingRequirements: () => [],
    readSelection: async (onRows) => {
      onRows(values.length - 1, values.length - 1);
      return { sheet: "Export", address: `A1:Z${values.length}`, headers: values[0], rows: values.slice(1) };
    },
    readRange: notUsed,
    readMargins: notUsed,
    findSurvey: notUsed,
    qualify: (sheet, address) => `'${sheet}'!${address}`,
    loadRecipe: async () => undefined,
    readInputs: notUsed,
    applyPlan: notUsed,
    selectCell: notUsed,
    activateSheet: notUsed,
    writeSampleSurvey: notUsed,
  };
}

/** The essentials of the roles: what a person checks in the table. */
function essentials(ps: readonly ColumnProposal[]): [number, string, string | undefined, number | undefined, string | undefined][] {
  return [...ps]
    .sort((a, b) => a.index - b.index)
    .map((p) => [p.index, p.role, p.attribute, p.pairIndex, p.scale ? `${p.scale.min}-${p.scale.max}` : undefined]);
}

describe.each(Object.entries(truth.fixtures))("%s", (file, t: FixtureTruth) => {
  test("layout: platform, header rows, metadata columns and their kinds", async () => {
    const layout = detectLayout(await topRows(file));
    if (file === "headerless.csv") {
      expect(layout.platform).toBe("plain");
      expect(layout.firstRowLooksLikeData).toBe(true);
      return;
    }
    expect(layout.platform).toBe(t.platform);
    expect(layout.headerRows).toBe(t.headerRows);
    expect(layout.firstRowLooksLikeData).toBe(false);
    const meta = layout.columns.flatMap((c, i) => (c.metadata ? [[i, c.metadata]] : []));
    expect(meta).toEqual(t.metadataColumns.map((m) => [m.column, m.kind]));
  });

  if (!NUMERIC.includes(file)) return;
  if (CODES_WITHOUT_OPTIONS.has(file)) {
    test.todo(
      "roles and numbers = truth — LimeSurvey answer codes AO01…AO05 without answer options: importance grid and Kano questions not recognisable from the file",
    );
    return;
  }

  test("roles with no roles file: store, overall, recommend 0–10, grids by item and paired, Kano pairs, metadata ignored", async () => {
    const { proposals: ps } = await report(file);
    const r = t.roles;
    expect(at(ps, r.store.column).role).toBe("segment");
    expect(at(ps, r.overall.column).role).toBe("overall");
    expect(at(ps, r.recommend.column)).toMatchObject({ role: "recommend", scale: { min: 0, max: 10 } });
    for (const s of r.satisfaction) expect([s.item, at(ps, s.column).role, at(ps, s.column).attribute]).toEqual([s.item, "rating", itemName(s)]);
    for (const s of r.importance) {
      const rated = r.satisfaction.find((x) => x.item === s.item);
      expect([s.item, at(ps, s.column).role, at(ps, s.column).attribute, at(ps, s.column).pairIndex]).toEqual([
        s.item,
        "importance",
        itemName(s),
        rated?.column,
      ]);
    }
    r.kanoFunctional.forEach((f, k) => {
      const d = r.kanoDysfunctional.find((x) => x.feature === f.feature);
      expect([f.feature, at(ps, f.column).role, at(ps, f.column).pairIndex]).toEqual([f.feature, "kano_functional", d?.column]);
      expect(at(ps, r.kanoDysfunctional[k].column).role).toBe("kano_dysfunctional");
    });
    for (const m of t.metadataColumns) {
      expect([m.column, at(ps, m.column).role]).toEqual([m.column, "ignore"]);
      expect(at(ps, m.column).reason).toContain("platform metadata");
    }
    const analysed = new Set(["segment", "overall", "recommend", "rating", "importance", "kano_functional", "kano_dysfunctional"]);
    for (const o of [r.comment, ...r.other]) expect([o.column, analysed.has(at(ps, o.column).role)]).toEqual([o.column, false]);
  });

  const numbers = async (): Promise<void> => {
    const b = await report(file);
    expect(b.result.n).toBe(truth.n);
    expect(b.analysis.csi).toBeCloseTo(truth.csi.value, 6);
    const nps = file.includes("nps1to9") ? truth.npsNoZeroNoTen : truth.nps;
    expect(b.analysis.nps).toMatchObject({ n: nps.n, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors });
    expect(b.analysis.nps?.nps).toBeCloseTo(nps.nps, 6);
    const attrs = b.result.stats.attributes;
    for (const k of truth.kano) {
      // The attribute named from the question wording ("offered a mobile app" → "mobile app").
      const column = t.roles.kanoFunctional.find((f) => f.feature === k.feature)?.column;
      const name = b.proposals.find((p) => p.index === column)?.attribute;
      const i = attrs.findIndex((a) => a.name === name);
      expect([k.feature, b.analysis.kano[i]?.category]).toEqual([k.feature, k.category]);
    }
    for (const [item, m] of Object.entries(truth.importance)) {
      const column = t.roles.importance.find((x) => x.item === item)?.column;
      const name = b.proposals.find((p) => p.index === column)?.attribute; // the export's own wording (Chinese, Spanish, a code)
      const a = attrs.find((x) => x.name === name);
      const mean = a?.importance && a.importance.sumW > 0 ? a.importance.sum / a.importance.sumW : undefined;
      expect([item, a?.importance?.n]).toEqual([item, m.n]);
      expect(mean).toBeCloseTo(m.mean, 9);
    }
  };
  // Label wordings ("Very important" = 4 next to "Extremely important", SurveyMonkey "Not so
  // important") are read in context by the labels branch, merged here.
  test("buildReportFromFile with no roles file: n, CSI, NPS, Kano categories, stated-importance means = truth.json", numbers);

  test("the task pane (loadSurvey over the cells as Excel types them) proposes the same roles", async () => {
    const values = await fixtureRangeValues(file);
    const loaded: LoadedSurvey = await loadSurvey(portOver(values), () => undefined);
    const b = await report(file);
    expect(loaded.layout?.platform).toBe(t.platform);
    expect(loaded.range.rows).toHaveLength(t.dataRows);
    expect(essentials(loaded.proposals)).toEqual(essentials(b.proposals));
  });
});
