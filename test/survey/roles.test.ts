import { attributeName, detectRoles, type ColumnProposal } from "../../src/survey/roles";

const ATTRIBUTES = [
  "Waiting time",
  "Staff courtesy",
  "Staff knowledge",
  "Transaction accuracy",
  "Branch cleanliness",
  "Opening hours",
  "Mobile app",
  "Fees",
  "Problem resolution",
  "Privacy",
];
const FEATURES = ["Video banking", "Queue SMS alert", "Weekend opening", "Personal advisor", "Free coffee", "Contactless ATM"];

/** The bank-survey header set of the sample fixture. */
export const BANK_HEADERS = [
  "Respondent ID",
  "Branch",
  "Quarter",
  "Weight",
  "Overall satisfaction",
  "Likelihood to recommend (0-10)",
  ...ATTRIBUTES.flatMap((a) => [`${a} - satisfaction`, `${a} - importance`]),
  ...ATTRIBUTES.flatMap((a) => [`Expectation: ${a}`, `Perception: ${a}`]),
  ...FEATURES.flatMap((f) => [`${f} (functional)`, `${f} (dysfunctional)`]),
  "Competitor: Fees",
  "Competitor: Mobile app",
];

/** [role, attribute, pairIndex] per column: the essentials of a proposal. */
function summary(ps: readonly ColumnProposal[]): [string, string | undefined, number | undefined][] {
  return ps.map((p) => [p.role, p.attribute, p.pairIndex]);
}

describe("attributeName strips the role word", () => {
  test.each([
    ["Waiting time - importance", 15, 10, "Waiting time"],
    ["重要性：等候时间", 0, 3, "等候时间"],
    ["Importancia - Tiempo de espera", 0, 11, "Tiempo de espera"],
    ["Video banking (functional)", 15, 10, "Video banking"],
    ["等候时间的满意度（1-5）", 5, 3, "等候时间"],
    ["Satisfaction with waiting time", 0, 12, "waiting time"],
  ])("%j", (header, index, length, expected) => {
    expect(attributeName(header, { index, length })).toBe(expected);
  });
});

describe("detectRoles on the bank-survey headers (English)", () => {
  const ps = detectRoles(BANK_HEADERS, []);

  test("single-valued roles", () => {
    expect(summary(ps.slice(0, 6))).toEqual([
      ["id", undefined, undefined],
      ["segment", undefined, undefined],
      ["period", undefined, undefined],
      ["weight", undefined, undefined],
      ["overall", undefined, undefined],
      ["recommend", undefined, undefined],
    ]);
    expect(ps[5].scale).toEqual({ min: 0, max: 10 });
  });

  test("satisfaction and importance per attribute, paired", () => {
    ATTRIBUTES.forEach((a, k) => {
      const r = 6 + 2 * k;
      expect(summary([ps[r], ps[r + 1]])).toEqual([
        ["rating", a, r + 1],
        ["importance", a, r],
      ]);
    });
    // "Branch cleanliness - satisfaction" is a rating although it holds the segment word "Branch"
    expect(ps[14].role).toBe("rating");
  });

  test("expectation and perception per attribute, paired", () => {
    ATTRIBUTES.forEach((a, k) => {
      const e = 26 + 2 * k;
      expect(summary([ps[e], ps[e + 1]])).toEqual([
        ["expectation", a, e + 1],
        ["perception", a, e],
      ]);
    });
  });

  test("Kano functional and dysfunctional per feature, paired", () => {
    FEATURES.forEach((f, k) => {
      const i = 46 + 2 * k;
      expect(summary([ps[i], ps[i + 1]])).toEqual([
        ["kano_functional", f, i + 1],
        ["kano_dysfunctional", f, i],
      ]);
      expect(ps[i].scale).toEqual({ min: 1, max: 5 });
    });
  });

  test("competitor columns point to the rating they compete with", () => {
    expect(summary(ps.slice(58))).toEqual([
      ["competitor", "Fees", 20],
      ["competitor", "Mobile app", 18],
    ]);
  });

  test("every column has a reason", () => {
    expect(ps).toHaveLength(60);
    for (const p of ps) expect(p.reason.length).toBeGreaterThan(5);
    expect(ps[6].reason).toBe('header word "satisfaction"; pairs with "Waiting time - importance"');
  });
});

describe("detectRoles on Chinese headers", () => {
  const headers = [
    "编号",
    "网点",
    "季度",
    "权重",
    "总体满意度",
    "推荐意愿（0-10）",
    "等候时间-满意度",
    "等候时间-重要性",
    "期望：等候时间",
    "感知：等候时间",
    "视频银行（正向）",
    "视频银行（反向）",
    "重要性：营业时间",
    "营业时间的满意度",
    "竞争对手：手续费",
    "手续费-满意度",
  ];
  const ps = detectRoles(headers, []);

  test("roles, attributes and pairs", () => {
    expect(summary(ps)).toEqual([
      ["id", undefined, undefined],
      ["segment", undefined, undefined],
      ["period", undefined, undefined],
      ["weight", undefined, undefined],
      ["overall", undefined, undefined],
      ["recommend", undefined, undefined],
      ["rating", "等候时间", 7],
      ["importance", "等候时间", 6],
      ["expectation", "等候时间", 9],
      ["perception", "等候时间", 8],
      ["kano_functional", "视频银行", 11],
      ["kano_dysfunctional", "视频银行", 10],
      ["importance", "营业时间", 13],
      ["rating", "营业时间", 12],
      ["competitor", "手续费", 15],
      ["rating", "手续费", undefined],
    ]);
    expect(ps[5].scale).toEqual({ min: 0, max: 10 });
    expect(ps[0].header).toBe("编号");
    expect(ps[9].header).toBe("感知：等候时间"); // the header is kept as written
  });
});

describe("detectRoles on Spanish headers", () => {
  const headers = [
    "ID",
    "Sucursal",
    "Trimestre",
    "Peso",
    "Satisfacción general",
    "Probabilidad de recomendar (0-10)",
    "Tiempo de espera - satisfacción",
    "Tiempo de espera - importancia",
    "Expectativa: Tiempo de espera",
    "Percepción: Tiempo de espera",
    "Banca por video (funcional)",
    "Banca por video (disfuncional)",
    "Importancia - Comisiones",
    "Comisiones - satisfacción",
    "Competidor: Comisiones",
    "Región",
    "Canal",
  ];
  const ps = detectRoles(headers, []);

  test("roles, attributes and pairs", () => {
    expect(summary(ps)).toEqual([
      ["id", undefined, undefined],
      ["segment", undefined, undefined],
      ["period", undefined, undefined],
      ["weight", undefined, undefined],
      ["overall", undefined, undefined],
      ["recommend", undefined, undefined],
      ["rating", "Tiempo de espera", 7],
      ["importance", "Tiempo de espera", 6],
      ["expectation", "Tiempo de espera", 9],
      ["perception", "Tiempo de espera", 8],
      ["kano_functional", "Banca por video", 11],
      ["kano_dysfunctional", "Banca por video", 10],
      ["importance", "Comisiones", 13],
      ["rating", "Comisiones", 12],
      ["competitor", "Comisiones", 13],
      ["segment", undefined, undefined],
      ["segment", undefined, undefined],
    ]);
  });
});

describe("more header words", () => {
  test.each([
    ["Region", "segment"],
    ["Channel", "segment"],
    ["Store", "segment"],
    ["地区", "segment"],
    ["渠道", "segment"],
    ["Month", "period"],
    ["Wave", "period"],
    ["Period", "period"],
    ["Date", "period"],
    ["月份", "period"],
    ["期", "period"],
    ["Mes", "period"],
    ["Periodo", "period"],
    ["NPS", "recommend"],
    ["推荐", "recommend"],
    ["recomendar", "recommend"],
    ["identificador", "id"],
    ["ID", "id"],
  ])("%j → %s", (header, role) => {
    expect(detectRoles([header], [])[0].role).toBe(role);
  });

  test("the expectation word 期望 is not the period word 期", () => {
    expect(detectRoles(["期望：营业时间"], [])[0].role).toBe("expectation");
  });
});

describe("unpaired columns", () => {
  test("a functional column without its dysfunctional partner keeps its role, the reason says so", () => {
    const [p] = detectRoles(["Video banking (functional)"], []);
    expect(p.role).toBe("kano_functional");
    expect(p.pairIndex).toBeUndefined();
    expect(p.reason).toBe('header word "functional"; partner (dysfunctional (Kano)) column missing');
  });

  test("an expectation without perception, an importance without rating", () => {
    const ps = detectRoles(["Expectation: Fees", "Fees - importance"], []);
    expect(ps[0].reason).toContain("partner (perception) column missing");
    expect(ps[1].reason).toContain("partner (rating) column missing");
  });

  test("Kano columns with unrelated names are paired by position", () => {
    const ps = detectRoles(["Q7a (functional)", "Q7b (dysfunctional)"], []);
    expect(summary(ps)).toEqual([
      ["kano_functional", "Q7a", 1],
      ["kano_dysfunctional", "Q7a", 0],
    ]);
  });
});

describe("roles from values when the header says nothing", () => {
  const headers = ["Resp", "Where", "Score A", "Q9", "Q10", "Q11", "Q12", "Comment", "W"];
  const K = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
  const rows = Array.from({ length: 12 }, (_, i) => [
    1001 + i, // unique increasing integers → id
    ["North", "South", "East"][i % 3], // few distinct texts → segment
    (i % 5) + 1, // "Score" is a rating header word
    i % 11, // 0–10 integers with a 0 → recommend
    K[i % 5], // Kano labels → functional …
    K[(i + 2) % 5], // … and the next Kano column → dysfunctional
    (i % 7) + 1, // 1–7 integers → rating on 1–7
    `free comment number ${i} about the branch`, // free text → ignore
    [0.8, 1.2, 1.05][i % 3], // positive decimals → weight
  ]);
  const ps = detectRoles(headers, rows);

  test("roles", () => {
    expect(ps.map((p) => p.role)).toEqual(["id", "segment", "rating", "recommend", "kano_functional", "kano_dysfunctional", "rating", "ignore", "weight"]);
    expect(ps[4].pairIndex).toBe(5);
    expect(ps[5].pairIndex).toBe(4);
    expect(ps[6].scale).toEqual({ min: 1, max: 7 });
    expect(ps[6].attribute).toBe("Q12");
    expect(ps[3].scale).toEqual({ min: 0, max: 10 });
  });

  test("Likert labels mean a 1–5 rating", () => {
    const [p] = detectRoles(["Q1"], [["Very satisfied"], ["非常不满意"], ["Neutral"], ["N/A"]]);
    expect([p.role, p.scale]).toEqual(["rating", { min: 1, max: 5 }]);
  });

  test("a second overall or recommend column is demoted to a rating", () => {
    const ps2 = detectRoles(["Overall satisfaction", "Overall satisfaction (last year)"], []);
    expect(ps2.map((p) => p.role)).toEqual(["overall", "rating"]);
    expect(ps2[1].reason).toContain('"Overall satisfaction" is already the overall satisfaction column');
  });

  test("odd headers and empty columns do not throw", () => {
    const ps3 = detectRoles([null, 42, undefined, ""], [[null, "", undefined]]);
    expect(ps3.map((p) => p.role)).toEqual(["ignore", "ignore", "ignore", "ignore"]);
  });
});

describe("question-style headers", () => {
  test("question numbers and question phrasing are stripped, so the pair is found", () => {
    const ps = detectRoles(
      [
        "Q3. How satisfied are you with the waiting time?",
        "Q4. How important is the waiting time?",
        "您对等候时间的满意度",
        "等候时间的重要性",
        "¿Qué tan satisfecho está con el tiempo de espera?",
        "¿Qué tan importante es el tiempo de espera?",
        "Importance of fees",
        "Satisfaction with fees",
      ],
      [],
    );
    expect(summary(ps)).toEqual([
      ["rating", "waiting time", 1],
      ["importance", "waiting time", 0],
      ["rating", "等候时间", 3],
      ["importance", "等候时间", 2],
      ["rating", "tiempo de espera", 5],
      ["importance", "tiempo de espera", 4],
      ["importance", "fees", 7],
      ["rating", "fees", 6],
    ]);
  });

  test("整体 inside an attribute name is not overall satisfaction", () => {
    expect(summary(detectRoles(["整体环境-满意度", "总体满意度"], []))).toEqual([
      ["rating", "整体环境", undefined],
      ["overall", undefined, undefined],
    ]);
  });
});
