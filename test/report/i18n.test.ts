import { format, formatDate, formatNumber, reportStrings, type ReportStrings } from "../../src/i18n/report";
import { buildReportPlanFromSurvey } from "../../src/report/build";
import type { ReportLanguage } from "../../src/report/plan";
import { sampleSurvey } from "./fixtures";
import { table } from "./planCheck";
import { reportCompleteness } from "../i18n/completeness";

describe("report string catalogue", () => {
  // every registered pack: complete, valid sheet names, no category name containing another
  reportCompleteness();

  test("quadrant and Kano category names as agreed", () => {
    const q = (l: ReportLanguage): ReportStrings["quadrants"] => reportStrings(l).quadrants;
    expect(q("en")).toEqual({ keep: "Keep up the good work", concentrate: "Concentrate here", low: "Low priority", overkill: "Possible overkill" });
    expect(q("zh-CN")).toEqual({ keep: "优势区", concentrate: "修补区", low: "机会区", overkill: "维持区" });
    expect(q("es")).toEqual({ keep: "Mantener el buen trabajo", concentrate: "Concentrarse aquí", low: "Baja prioridad", overkill: "Posible exceso" });
    expect(Object.values(reportStrings("en").kanoCategories)).toEqual(["Attractive", "One-dimensional", "Must-be", "Indifferent", "Reverse", "Questionable"]);
    expect(Object.values(reportStrings("zh-CN").kanoCategories)).toEqual(["魅力质量", "一元质量", "必备质量", "无差异质量", "反向质量", "可疑结果"]);
    expect(Object.values(reportStrings("es").kanoCategories)).toEqual(["Atractivo", "Unidimensional", "Obligatorio", "Indiferente", "Inverso", "Cuestionable"]);
  });

  test("format fills {placeholders} and leaves unknown ones", () => {
    expect(format("n = {n} · {date} {x}", { n: 600, date: "today" })).toBe("n = 600 · today {x}");
  });

  test("numbers and dates in text follow the language (Intl), dates in UTC", () => {
    expect(formatNumber(reportStrings("en"), 1234.56, 1)).toBe("1,234.6");
    expect(formatNumber(reportStrings("es"), 12345.5, 1)).toBe("12.345,5");
    expect(formatNumber(reportStrings("zh-CN"), 1234, 0)).toBe("1,234");
    const iso = "2026-03-03T23:30:00Z";
    expect(formatDate(reportStrings("en"), iso)).toBe("March 3, 2026");
    expect(formatDate(reportStrings("zh-CN"), iso)).toBe("2026年3月3日");
    expect(formatDate(reportStrings("es"), iso)).toBe("3 de marzo de 2026");
    expect(formatDate(reportStrings("en"), "not a date")).toBe("not a date");
  });

  test("an unknown language throws", () => {
    expect(() => reportStrings("fr" as ReportLanguage)).toThrow("not supported");
  });
});

describe("the Summary's unreadable cells speak the report's language (sample-survey.csv)", () => {
  const survey = sampleSurvey();
  const plan = (language: ReportLanguage) =>
    buildReportPlanFromSurvey(survey, { source: "Survey!A1:BH601", generatedAt: "2026-03-03T10:00:00.000Z", language });
  const problems = (language: ReportLanguage): string[] =>
    table(plan(language), "CS_Summary_Issues").values(reportStrings(language).summary.issuesHeaders[2]).map(String);
  const ENGLISH = /is not an? |answer|scale|score|whole numbers|Kano answer \(|row \d|column \d/;

  // The Cell column beside it names the cell (E15), so the problem says only what is wrong.
  test("English: the parser's messages without their row/column prefix", () => {
    expect(problems("en")).toEqual(survey.issues.map((i) => i.message.replace(/^row \d+, column \d+: /, "")));
    expect(problems("en")).toEqual([
      "'Very satisifed' is not an answer on the 1–5 scale",
      "'7' is not an answer on the 1–5 scale",
      "'11' is not a score on the 0–10 scale (whole numbers 0 to 10)",
      "'I love it' is not a Kano answer (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike)",
    ]);
  });

  test("Chinese: every problem is Chinese, with no English phrase left", () => {
    const zh = problems("zh-CN");
    expect(zh).toEqual([
      "“Very satisifed”不是 1–5 量表上的回答",
      "“7”不是 1–5 量表上的回答",
      "“11”不是 0–10 分制的评分（应为 0 到 10 的整数）",
      "“I love it”不是 Kano 回答（1 喜欢，2 理所当然，3 无所谓，4 能忍受，5 不喜欢）",
    ]);
    for (const p of zh) {
      expect(p).toMatch(/[\u3400-\u9fff]/);
      // The only Latin text left is the cell's own value and the name Kano.
      expect(p.replace(/“[^”]*”/g, "").replace("Kano", "")).not.toMatch(ENGLISH);
      expect(p.replace(/“[^”]*”/g, "").replace("Kano", "")).not.toMatch(/[A-Za-z]/);
    }
  });

  test("Spanish: every problem is Spanish", () => {
    expect(problems("es")).toEqual([
      "«Very satisifed» no es una respuesta de la escala 1–5",
      "«7» no es una respuesta de la escala 1–5",
      "«11» no es una puntuación de la escala 0–10 (números enteros del 0 al 10)",
      "«I love it» no es una respuesta Kano (1 me gusta, 2 lo espero, 3 me es indiferente, 4 lo tolero, 5 no me gusta)",
    ]);
    for (const p of problems("es")) expect(p.replace(/«[^»]*»/g, "")).not.toMatch(ENGLISH);
  });
});
