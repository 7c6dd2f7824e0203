/**
 * Self-stated importance of Kano features (issue #14 item 2): the survey reader attaches a "How
 * important is <feature> to you?" column to the Kano pair of the same feature, in plain tables
 * whose Kano headers are the question sentences (test/fixtures/kano-importance.csv), and the
 * importance wordings of the Spanish and Chinese packs name the same feature.
 */
import { detectRoles } from "../../src/survey/roles";
import { kanoImportanceSurvey, kanoImportanceTable } from "../report/fixtures";

describe("importance columns of Kano features (test/fixtures/kano-importance.csv)", () => {
  const { headers, rows } = kanoImportanceTable();
  const survey = kanoImportanceSurvey();

  test("each Kano feature is one attribute: functional, dysfunctional and importance columns", () => {
    const kano = survey.attributes.filter((a) => a.kanoFunctional);
    expect(kano.map((a) => a.name)).toEqual(["Recipe suggestions", "Same-day delivery", "Live order tracking", "Contactless drop-off"]);
    for (const a of kano) {
      const f = a.columns.kano_functional!;
      // The importance question follows its Kano pair in this questionnaire.
      expect(a.columns).toEqual({ kano_functional: f, kano_dysfunctional: f + 1, importance: f + 2 });
      expect(headers[f + 2]).toBe(`How important is ${a.name.toLowerCase()} to you?`);
      expect(a.scales.importance).toEqual({ min: 1, max: 5 });
    }
    const ps = detectRoles(headers, rows);
    const why = ps.find((p) => p.header === "How important is same-day delivery to you?")!.reason;
    expect(why).toContain(`self-stated importance of the Kano feature of "If the service offers same-day delivery, how do you feel?"`);
    expect(why).not.toContain("partner (rating) column missing");
  });

  test("the rated attributes keep rating and importance together ('… to you?' is not part of the name)", () => {
    const rated = survey.attributes.filter((a) => a.rating);
    expect(rated.map((a) => [a.name, Object.keys(a.columns).sort()])).toEqual([
      ["delivery punctuality", ["importance", "rating"]],
      ["product freshness", ["importance", "rating"]],
      ["app ease of use", ["importance", "rating"]],
    ]);
    expect(survey.attributes).toHaveLength(7);
    expect(
      detectRoles(headers, rows)
        .slice(0, 4)
        .map((p) => p.role),
    ).toEqual(["id", "segment", "weight", "overall"]);
  });

  test("the importance values are the file's numbers (a blank stays blank)", () => {
    const a = survey.attributes.find((x) => x.name === "Same-day delivery")!;
    const col = a.columns.importance!;
    expect(a.importance).toEqual(rows.map((r) => (r[col] === "" ? null : Number(r[col]))));
    expect(a.importance!.some((x) => x === null)).toBe(true);
  });

  test("Spanish and Chinese importance wordings name the feature the Kano question names", () => {
    const h = [
      "Si el servicio ofreciera entrega el mismo día, ¿cómo se sentiría?",
      "Si el servicio no ofreciera entrega el mismo día, ¿cómo se sentiría?",
      "¿Qué tan importante es la entrega el mismo día para usted?",
      "当日送达对您的重要性",
      "How important is same-day delivery for you?",
    ];
    const data = [
      ["Me gusta", "No me gusta", "4", "5", "3"],
      ["Lo espero", "Me es indiferente", "2", "3", "4"],
      ["Me gusta", "Puedo vivir con ello", "5", "4", "5"],
    ];
    const ps = detectRoles(h, data);
    expect(ps.map((p) => [p.role, p.attribute])).toEqual([
      ["kano_functional", "Entrega el mismo día"],
      ["kano_dysfunctional", "Entrega el mismo día"],
      ["importance", "entrega el mismo día"],
      ["importance", "当日送达"],
      ["importance", "same-day delivery"],
    ]);
  });
});
