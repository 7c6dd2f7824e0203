/**
 * The IPA chart's quadrant names in the xlsx package, from a real report plan: the second scatter
 * series draws no marker, its four data labels carry the quadrant names of the report language,
 * point inwards (l/r) and sit at the x/y the plan put in its cells.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { reportStrings } from "../../src/i18n/report";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import { writeReportXlsx } from "../../src/xlsx/writeWorkbook";
import { sheetCells } from "../../src/xlsx/planCells";
import { expectAllClose } from "../helpers/close";
import { sampleSurvey } from "../report/fixtures";

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in tests only
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (n) => ["c:ser", "c:pt", "c:dLbl"].includes(n),
});
const survey = sampleSurvey();

test.each(["en", "zh-CN", "es"] as const)("%s: the IPA scatter's second series names the four quadrants", async (language) => {
  const plan = buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language });
  const q = reportStrings(language).quadrants;
  const zip = await JSZip.loadAsync(await writeReportXlsx(plan, { cachedResults: false }));
  const scatters: X[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    const x = parser.parse(await zip.file(name)!.async("string")) as X;
    const sc = x["c:chartSpace"]["c:chart"]["c:plotArea"]["c:scatterChart"];
    if (sc && sc["c:ser"].length === 2) scatters.push(sc);
  }
  expect(scatters).toHaveLength(1);
  const [points, names] = scatters[0]["c:ser"];
  expect(points["c:marker"]["c:symbol"]["@_val"]).toBe("circle");
  expect(names["c:marker"]["c:symbol"]["@_val"]).toBe("none");
  const labels: X[] = names["c:dLbls"]["c:dLbl"];
  expect(labels.map((l) => l["c:tx"]["c:rich"]["a:p"]["a:fld"]["a:t"])).toEqual([q.concentrate, q.keep, q.low, q.overkill]);
  expect(labels.map((l) => l["c:dLblPos"]["@_val"])).toEqual(["r", "l", "r", "l"]);
  const cached = (ref: X): number[] => ref["c:numRef"]["c:numCache"]["c:pt"].map((p: X) => Number(p["c:v"]));
  // The cached x/y are the plan's cells; the plan's chart says where the axes cross.
  const chart = plan.sheets.find((s) => s.key === "priority")!.charts[0];
  const cells = sheetCells(plan.sheets.find((s) => s.key === "priority")!);
  const planValues = (ref: string): number[] => {
    const [, col, top] = /^([A-Z]+)(\d+):/.exec(ref)!;
    return [0, 1, 2, 3].map((i) => cells.get(`${col}${Number(top) + i}`)!.value as number);
  };
  const xs = cached(names["c:xVal"]);
  const ys = cached(names["c:yVal"]);
  expectAllClose(xs, planValues(chart.series[1].categories!));
  expectAllClose(ys, planValues(chart.series[1].values));
  const pStar = chart.xAxis!.crossesAt!;
  const iStar = chart.yAxis!.crossesAt!;
  expect([xs[0] < pStar, xs[1] > pStar, xs[2] < pStar, xs[3] > pStar]).toEqual([true, true, true, true]);
  expect([ys[0] > iStar, ys[1] > iStar, ys[2] < iStar, ys[3] < iStar]).toEqual([true, true, true, true]);
});
