/**
 * Report strings: every text a person reads on a generated report (sheet names, titles, headers,
 * method notes, quadrant and Kano category names, SWOT headings, chart titles), in English,
 * Simplified Chinese and Spanish. Placeholders are `{name}`, filled by `format()`; numbers and
 * dates that go into text are formatted with Intl for the catalogue's `locale` (see formatNumber,
 * formatDate). Sheet names are ≤ 31 characters without []:*?/\ (checked by the tests).
 */
import type { KanoCategory } from "../engine/kano";
import type { Quadrant } from "../engine/ipa";
import type { ReportLanguage, SheetKey } from "../report/plan";

export interface ReportStrings {
  /** BCP 47 tag for Intl. */
  locale: string;
  sheetNames: Record<SheetKey, string>;
  /** "{n}" respondents, "{date}" of the build. */
  subtitle: string;
  /** "{source}" = where the data came from. */
  source: string;
  /** A file source ("file {name}" / "file {name}, sheet {sheet}" from the command line), translated. */
  sourceFile: string;
  sourceFileSheet: string;
  yes: string;
  no: string;
  attribute: string;
  feature: string;
  kanoCategories: Record<KanoCategory, string>;
  quadrants: Record<Quadrant, string>;
  /** Level names of a 5-point satisfaction scale, lowest first. */
  likert5: readonly [string, string, string, string, string];
  summary: {
    title: string;
    /** Method lines; {min}, {max} = rating scale. */
    method: readonly string[];
    weightedNote: string;
    /** Headline tiles at the top: short labels; {m} = margin of error (in a number format). */
    tiles: {
      respondents: string;
      csi: string;
      nps: string;
      margin: string;
      topBox: string;
      topBoxNote: string;
      alpha: string;
      alphaNote: string;
    };
    /**
     * The headline line above the method text: lead + parts joined by separator + end; csi {value},
     * {low}, {high}; nps {value}, {margin}; priorities {list} (joined by listSeparator).
     */
    headline: { lead: string; csi: string; nps: string; priorities: string; separator: string; listSeparator: string; end: string };
    keyHeading: string;
    keyHeaders: readonly [string, string, string, string, string];
    respondents: string;
    /** Under the key table of a weighted survey, the one place the weighted base is stated; {w} = weighted base, {n} = respondents. */
    weightedBaseNote: string;
    csi: string;
    nps: string;
    overallMean: string;
    topBoxOverall: string;
    alpha: string;
    npsHeading: string;
    npsHeaders: readonly [string, string, string];
    promoters: string;
    passives: string;
    detractors: string;
    meansHeading: string;
    meansHeaders: readonly [string, string, string, string, string, string];
    levelsHeading: string;
    levelsChart: string;
    /** {count} in all. */
    issuesHeading: string;
    /** {shown} listed. */
    issuesListed: string;
    issuesNone: string;
    issuesHeaders: readonly [string, string, string];
    notesHeading: string;
  };
  kano: {
    title: string;
    method: readonly string[];
    /** Feature, A, O, M, I, R, Q, N, Category, Better, Worse, |Worse|, Total strength, Category strength, Fong significant. */
    headers: readonly string[];
    chart: string;
    xAxis: string;
    yAxis: string;
    /** How to read the chart's quadrants (lines beside it). */
    chartGuide: readonly string[];
  };
  gap: {
    title: string;
    /** {scale} = the expectation/perception scale(s). */
    method: readonly string[];
    servqualMethod: string;
    headers: readonly [string, string, string, string, string];
    overall: string;
    overallHeaders: readonly [string, string];
    servqualHeaders: readonly [string, string, string];
    dimensions: Record<"tangibles" | "reliability" | "responsiveness" | "assurance" | "empathy", string>;
    servqualScore: string;
    chart: string;
    axis: string;
  };
  priority: {
    title: string;
    /** {importance} = how importance was measured, {crosshair} = where the crosshairs are, {min}/{max} = scale. */
    method: readonly string[];
    importanceStated: string;
    importancePearson: string;
    importanceBeta: string;
    crosshairMean: string;
    crosshairMedian: string;
    crosshairMidpoint: string;
    /** {value} */
    crosshairFixed: string;
    /** Attribute, Importance, Performance, Quadrant, Gap, Kano category, Competitor, Priority score, Tie-break, Rank. */
    headers: {
      attribute: string;
      importance: string;
      performance: string;
      quadrant: string;
      gap: string;
      kano: string;
      competitor: string;
      score: string;
      tieBreak: string;
      rank: string;
    };
    crosshairHeaders: readonly [string, string];
    crosshairImportance: string;
    crosshairPerformance: string;
    swotHeading: string;
    strengths: string;
    weaknesses: string;
    opportunities: string;
    threats: string;
    /** One line per quadrant of the grid, stating its rule. */
    rules: readonly [string, string, string, string];
    gridNote: string;
    chart: string;
    xAxis: string;
    yAxis: string;
  };
  segments: {
    /** {segment} = the segment column's header. */
    title: string;
    /** {segment}, {measure}, {min} = the small-segment threshold */
    method: readonly string[];
    segmentHeader: string;
    headers: { n: string; csi: string; csiMargin: string; nps: string; npsMargin: string; rank: string; flag: string; caution: string };
    allRespondents: string;
    belowAverage: string;
    /** The caution of a segment with few answers; {min} = the threshold. */
    smallSegment: string;
    /** {measure} by {segment} */
    chart: string;
  };
  notes: {
    kanoMissing: string;
    gapMissing: string;
    priorityMissing: string;
    segmentsMissing: string;
    /** {segment} */
    segmentsSingle: string;
    segmentsNoMeasure: string;
    /** {segment}, {count}, {max} */
    segmentsTooMany: string;
    /** {count} */
    segmentBlankRows: string;
    importanceFallback: string;
    /** {reason} */
    betaFallback: string;
    csiWeightsFallback: string;
    /** {attributes} */
    negativeImportance: string;
    /** {feature} */
    kanoEmptyFeature: string;
    noRatings: string;
    /** {attributes} */
    otherScale: string;
    /** {segment} */
    segmentNotFound: string;
  };
}

const en: ReportStrings = {
  locale: "en-US",
  sheetNames: { summary: "Summary", kano: "Kano", gap: "Gaps", priority: "Priorities", segments: "Segments" },
  subtitle: "n = {n} respondents · {date}",
  source: "Source: {source}.",
  sourceFile: "file {name}",
  sourceFileSheet: "file {name}, sheet {sheet}",
  yes: "Yes",
  no: "No",
  attribute: "Attribute",
  feature: "Feature",
  kanoCategories: {
    A: "Attractive",
    O: "One-dimensional",
    M: "Must-be",
    I: "Indifferent",
    R: "Reverse",
    Q: "Questionable",
  },
  quadrants: {
    keep: "Keep up the good work",
    concentrate: "Concentrate here",
    low: "Low priority",
    overkill: "Possible overkill",
  },
  likert5: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  summary: {
    title: "Customer satisfaction summary",
    method: [
      "CSI = 100 × Σ weight × (mean − {min}) / (({max} − {min}) × Σ weight) over the attribute means below (ACSI form, Fornell et al. 1996): change a CSI weight and the CSI follows (an entry that is not a number ≥ 0 counts as the report's weight, shown under Weight used; Refresh keeps your weights). Its 95% interval is t × s/√n of the respondent-level index (respondents who rated every attribute).",
      "NPS = % promoters (9–10) − % detractors (0–6), with its 95% margin of error. Top-2-box = share of answers in the top two levels. Cronbach's α over the rating items (respondents who rated every attribute).",
    ],
    weightedNote: "Every mean, share and count is weighted by the survey weight; intervals use the effective sample size.",
    tiles: {
      respondents: "Respondents",
      csi: "CSI (0–100)",
      nps: "NPS (−100 to 100)",
      margin: "± {m} (95%)",
      topBox: "Top-2-box",
      topBoxNote: "overall satisfaction",
      alpha: "Cronbach's α",
      alphaNote: "rating items",
    },
    headline: {
      lead: "In short: ",
      csi: "CSI {value} (95% interval {low} to {high})",
      nps: "NPS {value} ± {margin}",
      priorities: "improve first: {list}",
      separator: "; ",
      listSeparator: ", ",
      end: ".",
    },
    keyHeading: "Key figures with 95% intervals",
    keyHeaders: ["Measure", "Value", "± 95%", "Lower 95%", "Upper 95%"],
    respondents: "Respondents",
    weightedBaseNote: "Weighted base {w} (n = {n} respondents): means, shares and group counts are weighted; counts are shown as whole numbers.",
    csi: "Customer satisfaction index (CSI, 0–100)",
    nps: "Net Promoter Score (NPS)",
    overallMean: "Overall satisfaction (mean)",
    topBoxOverall: "Top-2-box, overall satisfaction",
    alpha: "Cronbach's α (rating items)",
    npsHeading: "Net Promoter Score",
    npsHeaders: ["Group", "Respondents", "Share"],
    promoters: "Promoters (9–10)",
    passives: "Passives (7–8)",
    detractors: "Detractors (0–6)",
    meansHeading: "Attribute means and CSI weights",
    meansHeaders: ["Attribute", "Answers", "Mean", "CSI weight", "Top-2-box", "Weight used"],
    levelsHeading: "Satisfaction levels (CSM): share of answers at each level",
    levelsChart: "Satisfaction levels by attribute",
    issuesHeading: "Cells that could not be read: {count} in all (skipped)",
    issuesListed: "The first {shown}:",
    issuesNone: "Every cell could be read.",
    issuesHeaders: ["Cell", "Value", "Problem"],
    notesHeading: "Notes",
  },
  kano: {
    title: "Kano analysis of features",
    method: [
      "Each respondent's answer pair (feature present / absent) is classified by the Kano evaluation table (Berger et al. 1993): A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable. Category = the most frequent; when the top two are closer than 6% of N, the rule M > O > A > I decides.",
      "Better = (A + O)/(A + O + M + I); Worse = −(O + M)/(A + O + M + I); total strength = (A + O + M)/N; category strength = (1st − 2nd)/N; Fong (1996): the top two differ significantly when |a − b| ≥ 1.65 × √((a + b)(2N − a − b)/(2N)).",
    ],
    headers: [
      "Feature",
      "A",
      "O",
      "M",
      "I",
      "R",
      "Q",
      "N",
      "Category",
      "Better",
      "Worse",
      "|Worse|",
      "Total strength",
      "Category strength",
      "Fong significant",
    ],
    chart: "Kano: Better vs |Worse|",
    xAxis: "|Worse| (dissatisfaction if absent)",
    chartGuide: [
      "Reading the chart (lines at 0.5):",
      "Top left — Attractive: delights when present, not missed when absent.",
      "Top right — One-dimensional: the more, the better.",
      "Bottom right — Must-be: taken for granted; its absence dissatisfies.",
      "Bottom left — Indifferent: little effect either way.",
    ],
    yAxis: "Better (satisfaction if present)",
  },
  gap: {
    title: "Expectation–perception gaps",
    method: [
      "Gap = perception − expectation per attribute (Parasuraman, Zeithaml & Berry 1988), over the respondents who answered both; E and P are the means over those respondents, so Gap = P − E. A negative gap means expectations are not met. Scale: {scale}.",
    ],
    servqualMethod:
      "SERVQUAL dimensions: tangibles items 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22; dimension gap = mean of its item gaps; SERVQUAL score = mean of the dimension gaps.",
    headers: ["Attribute", "Expectation (E)", "Perception (P)", "Gap (P − E)", "Respondents (pairs)"],
    overall: "Overall gap (mean of the attribute gaps)",
    overallHeaders: ["Measure", "Gap"],
    servqualHeaders: ["Dimension", "Items", "Gap"],
    dimensions: {
      tangibles: "Tangibles",
      reliability: "Reliability",
      responsiveness: "Responsiveness",
      assurance: "Assurance",
      empathy: "Empathy",
    },
    servqualScore: "SERVQUAL score (unweighted)",
    chart: "Gap (P − E) by attribute",
    axis: "Gap",
  },
  priority: {
    title: "Improvement priorities",
    method: [
      "Importance: {importance}. Performance: mean satisfaction ({min}–{max}). Quadrants after Martilla & James (1977), split at the crosshairs ({crosshair}); a point on a line counts as high.",
      "Priority score = importance share × (max − performance)/(max − min): each attribute's share of the index points lost. Rank 1 = fix first; equal scores are ordered by Kano category M > O > A > I (tie-break column), then by list order.",
    ],
    importanceStated: "mean stated importance",
    importancePearson: "derived, Pearson correlation with overall satisfaction",
    importanceBeta: "derived, standardised regression weight (β) on overall satisfaction",
    crosshairMean: "means of the attributes",
    crosshairMedian: "medians of the attributes",
    crosshairMidpoint: "midpoints of the scales",
    crosshairFixed: "fixed at {value}",
    headers: {
      attribute: "Attribute",
      importance: "Importance",
      performance: "Performance",
      quadrant: "Quadrant",
      gap: "Gap (P − E)",
      kano: "Kano category",
      competitor: "Competitor",
      score: "Priority score",
      tieBreak: "Tie-break (Kano)",
      rank: "Rank",
    },
    crosshairHeaders: ["Crosshair", "Value"],
    crosshairImportance: "Importance",
    crosshairPerformance: "Performance",
    swotHeading: "SWOT-style view",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    opportunities: "Opportunities",
    threats: "Threats",
    rules: [
      "Strengths: important and performing at or above the crosshair (Keep up the good work).",
      "Weaknesses: important but performing below the crosshair (Concentrate here) — fix these first.",
      "Opportunities: attractive or one-dimensional Kano features not yet delivered well (performance below the crosshair, or not rated).",
      "Threats: must-be Kano features performing below the crosshair, or important attributes where the competitor scores higher.",
    ],
    gridNote: "The grid lists the attributes as classified when the report was built.",
    chart: "Importance–performance",
    xAxis: "Performance",
    yAxis: "Importance",
  },
  segments: {
    title: "Satisfaction by {segment}",
    method: [
      "One row per value of “{segment}”, ranked by {measure}. CSI and NPS as on the Summary sheet, within the segment; flagged when below the value for all respondents.",
      "± is the 95% margin as on the Summary (CSI: its 95% interval from the respondents who rated every attribute; NPS: its margin of error). Segments with fewer than {min} answers behind a figure carry a caution: their figures are uncertain.",
    ],
    segmentHeader: "Segment",
    headers: {
      n: "Respondents",
      csi: "CSI",
      csiMargin: "CSI ± (95%)",
      nps: "NPS",
      npsMargin: "NPS ± (95%)",
      rank: "Rank",
      flag: "Below average",
      caution: "Caution",
    },
    allRespondents: "All respondents",
    belowAverage: "Below average",
    smallSegment: "Fewer than {min} answers",
    chart: "{measure} by {segment}",
  },
  notes: {
    kanoMissing: "Kano sheet left out: the survey has no functional/dysfunctional question pairs.",
    gapMissing: "Gaps sheet left out: the survey has no expectation/perception pairs.",
    priorityMissing:
      "Priorities sheet left out: it needs attribute ratings and importance (stated importance columns, or overall satisfaction for derived importance).",
    segmentsMissing: "Segments sheet left out: the survey has no segment column.",
    segmentsSingle: "Segments sheet left out: the segment column “{segment}” has fewer than two values.",
    segmentsTooMany: "Segments sheet left out: the segment column “{segment}” has {count} values (at most {max} are compared); is it really a segment?",
    segmentsNoMeasure: "Segments sheet left out: there is neither a CSI (attribute ratings) nor an NPS (recommend scores) to compare.",
    segmentBlankRows: "Respondents without a segment value (not on the Segments sheet): {count}.",
    importanceFallback: "No stated importance for the rated attributes: importance is derived (Pearson correlation with overall satisfaction).",
    betaFallback: "β importance could not be computed ({reason}); Pearson correlation is used instead.",
    csiWeightsFallback: "CSI weights: importance is not available for every attribute, so the attributes are weighted equally.",
    negativeImportance: "Negative derived importance counts as 0 in the priority scores: {attributes}.",
    kanoEmptyFeature: "{feature}: no usable Kano answer pairs; left out of the Kano sheet.",
    noRatings: "The survey has no attribute ratings: CSI, satisfaction levels and priorities are left out.",
    otherScale: "Rated on another scale, left out of the CSI: {attributes}.",
    segmentNotFound: "The segment column {segment} was not in the statistics; the first segment column is used.",
  },
};

const zhCN: ReportStrings = {
  locale: "zh-CN",
  sheetNames: { summary: "概要", kano: "Kano分析", gap: "差距分析", priority: "改进优先级", segments: "细分对比" },
  subtitle: "样本量 n = {n} · {date}",
  source: "数据来源：{source}。",
  sourceFile: "文件 {name}",
  sourceFileSheet: "文件 {name}，工作表 {sheet}",
  yes: "是",
  no: "否",
  attribute: "属性",
  feature: "功能",
  kanoCategories: {
    A: "魅力质量",
    O: "一元质量",
    M: "必备质量",
    I: "无差异质量",
    R: "反向质量",
    Q: "可疑结果",
  },
  quadrants: {
    keep: "优势区",
    concentrate: "修补区",
    low: "机会区",
    overkill: "维持区",
  },
  likert5: ["非常不满意", "不满意", "一般", "满意", "非常满意"],
  summary: {
    title: "顾客满意度概要",
    method: [
      "CSI = 100 × Σ 权重 × (均值 − {min}) / (({max} − {min}) × Σ 权重)，按下表各属性均值计算（ACSI 形式，Fornell 等 1996）：修改 CSI 权重，CSI 随之变化（非数字或负数的输入按报告默认权重计算，见“实际使用的权重”；刷新会保留您输入的权重）。95% 区间为受访者层面指数的 t × s/√n（仅含对所有属性都评分的受访者）。",
      "NPS = 推荐者（9–10）% − 贬损者（0–6）%，附 95% 误差范围。Top-2-box = 落在最高两档的回答占比。Cronbach's α 按评分题计算（仅含对所有属性都评分的受访者）。",
    ],
    weightedNote: "所有均值、占比和计数均按样本权重加权；区间使用有效样本量。",
    tiles: {
      respondents: "受访者",
      csi: "CSI（0–100）",
      nps: "NPS（−100 至 100）",
      margin: "± {m}（95%）",
      topBox: "Top-2-box",
      topBoxNote: "总体满意度",
      alpha: "Cronbach's α",
      alphaNote: "评分题",
    },
    headline: {
      lead: "要点：",
      csi: "CSI {value}（95% 区间 {low}–{high}）",
      nps: "NPS {value} ± {margin}",
      priorities: "优先改进：{list}",
      separator: "；",
      listSeparator: "、",
      end: "。",
    },
    keyHeading: "关键指标及 95% 区间",
    keyHeaders: ["指标", "数值", "± 95%", "95% 下限", "95% 上限"],
    respondents: "受访者",
    weightedBaseNote: "加权基数 {w}（n = {n} 名受访者）：均值、占比和各组计数均已加权；计数显示为整数。",
    csi: "顾客满意度指数（CSI，0–100）",
    nps: "净推荐值（NPS）",
    overallMean: "总体满意度（均值）",
    topBoxOverall: "Top-2-box（总体满意度）",
    alpha: "Cronbach's α（评分题）",
    npsHeading: "净推荐值",
    npsHeaders: ["类别", "人数", "占比"],
    promoters: "推荐者（9–10）",
    passives: "被动者（7–8）",
    detractors: "贬损者（0–6）",
    meansHeading: "属性均值与 CSI 权重",
    meansHeaders: ["属性", "回答数", "均值", "CSI 权重", "Top-2-box", "实际使用的权重"],
    levelsHeading: "满意度等级（CSM）：各等级回答占比",
    levelsChart: "各属性满意度等级分布",
    issuesHeading: "无法读取的单元格：共 {count} 个（已跳过）",
    issuesListed: "前 {shown} 个：",
    issuesNone: "所有单元格均可读取。",
    issuesHeaders: ["单元格", "内容", "问题"],
    notesHeading: "说明",
  },
  kano: {
    title: "功能的 Kano 分析",
    method: [
      "按 Kano 评价表（Berger 等 1993）对每位受访者的正向/反向回答进行归类：A 魅力、O 一元、M 必备、I 无差异、R 反向、Q 可疑。类别取最多者；若前两名相差不到 N 的 6%，按 M > O > A > I 规则判定。",
      "Better = (A + O)/(A + O + M + I)；Worse = −(O + M)/(A + O + M + I)；总强度 = (A + O + M)/N；类别强度 = (第一 − 第二)/N；Fong (1996)：当 |a − b| ≥ 1.65 × √((a + b)(2N − a − b)/(2N)) 时前两名差异显著。",
    ],
    headers: ["功能", "A", "O", "M", "I", "R", "Q", "N", "类别", "Better", "Worse", "|Worse|", "总强度", "类别强度", "Fong 显著"],
    chart: "Kano：Better 与 |Worse|",
    xAxis: "|Worse|（不提供时的不满）",
    chartGuide: [
      "读图（分界线在 0.5）：",
      "左上 — 魅力质量：具备时令人惊喜，缺少时不会不满。",
      "右上 — 一元质量：越充分越满意。",
      "右下 — 必备质量：被视为理所当然，缺少时引起不满。",
      "左下 — 无差异质量：有无影响都不大。",
    ],
    yAxis: "Better（提供时的满意）",
  },
  gap: {
    title: "期望与感知差距",
    method: [
      "差距 = 感知 − 期望（Parasuraman、Zeithaml 与 Berry 1988），按同时回答两题的受访者计算；E 与 P 为这些受访者的均值，因此差距 = P − E。负差距表示未达到期望。量表：{scale}。",
    ],
    servqualMethod:
      "SERVQUAL 维度：有形性 第 1–4 题，可靠性 5–9，响应性 10–13，保证性 14–17，移情性 18–22；维度差距 = 所含题目差距的均值；SERVQUAL 得分 = 各维度差距的均值。",
    headers: ["属性", "期望 (E)", "感知 (P)", "差距 (P − E)", "受访者（成对）"],
    overall: "总体差距（各属性差距的均值）",
    overallHeaders: ["指标", "差距"],
    servqualHeaders: ["维度", "题目", "差距"],
    dimensions: {
      tangibles: "有形性",
      reliability: "可靠性",
      responsiveness: "响应性",
      assurance: "保证性",
      empathy: "移情性",
    },
    servqualScore: "SERVQUAL 得分（不加权）",
    chart: "各属性差距 (P − E)",
    axis: "差距",
  },
  priority: {
    title: "改进优先级",
    method: [
      "重要性：{importance}。表现：满意度均值（{min}–{max}）。按 Martilla 与 James（1977）的四分图以交叉线（{crosshair}）划分象限；落在线上的点视为“高”。",
      "优先级得分 = 重要性占比 × (最大值 − 表现)/(最大值 − 最小值)：即各属性造成的指数失分占比。排名 1 = 最先改进；得分相同时按 Kano 类别 M > O > A > I（见并列排序列），再按列表顺序。",
    ],
    importanceStated: "陈述重要性均值",
    importancePearson: "推导重要性：与总体满意度的 Pearson 相关系数",
    importanceBeta: "推导重要性：对总体满意度的标准化回归系数 (β)",
    crosshairMean: "各属性的均值",
    crosshairMedian: "各属性的中位数",
    crosshairMidpoint: "量表中点",
    crosshairFixed: "固定为 {value}",
    headers: {
      attribute: "属性",
      importance: "重要性",
      performance: "表现",
      quadrant: "象限",
      gap: "差距 (P − E)",
      kano: "Kano 类别",
      competitor: "竞争对手",
      score: "优先级得分",
      tieBreak: "并列排序 (Kano)",
      rank: "排名",
    },
    crosshairHeaders: ["交叉线", "数值"],
    crosshairImportance: "重要性",
    crosshairPerformance: "表现",
    swotHeading: "SWOT 式视图",
    strengths: "优势 (S)",
    weaknesses: "劣势 (W)",
    opportunities: "机会 (O)",
    threats: "威胁 (T)",
    rules: [
      "优势：重要且表现不低于交叉线（优势区）。",
      "劣势：重要但表现低于交叉线（修补区）——应最先改进。",
      "机会：尚未做好的魅力或一元 Kano 功能（表现低于交叉线，或未评分）。",
      "威胁：表现低于交叉线的必备 Kano 功能，或竞争对手得分更高的重要属性。",
    ],
    gridNote: "表中按生成报告时的分类列出属性。",
    chart: "重要性–表现四分图",
    xAxis: "表现",
    yAxis: "重要性",
  },
  segments: {
    title: "按“{segment}”划分的满意度",
    method: [
      "“{segment}”的每个取值一行，按 {measure} 排名。CSI 与 NPS 的计算同概要表，限于该细分；低于全体受访者数值时标出。",
      "± 为 95% 误差范围，算法同概要表（CSI：基于评价了全部属性的受访者的 95% 区间；NPS：其误差范围）。某项数值背后的回答少于 {min} 个的细分附有提醒：其数值不确定性较大。",
    ],
    segmentHeader: "细分",
    headers: { n: "受访者", csi: "CSI", csiMargin: "CSI ±（95%）", nps: "NPS", npsMargin: "NPS ±（95%）", rank: "排名", flag: "低于平均", caution: "提醒" },
    allRespondents: "全体受访者",
    belowAverage: "低于平均",
    smallSegment: "回答少于 {min} 个",
    chart: "按“{segment}”划分的 {measure}",
  },
  notes: {
    kanoMissing: "未生成 Kano 表：问卷中没有正向/反向题对。",
    gapMissing: "未生成差距表：问卷中没有期望/感知题对。",
    priorityMissing: "未生成优先级表：需要属性评分和重要性（陈述重要性列，或用于推导重要性的总体满意度）。",
    segmentsMissing: "未生成细分表：问卷中没有细分列。",
    segmentsSingle: "未生成细分表：细分列“{segment}”的取值少于两个。",
    segmentsTooMany: "未生成细分表：细分列“{segment}”有 {count} 个取值（最多比较 {max} 个）；请确认它确实是细分列。",
    segmentsNoMeasure: "未生成细分表：既没有可比较的 CSI（属性评分），也没有 NPS（推荐分）。",
    segmentBlankRows: "没有细分取值的受访者（未列入细分表）：{count} 位。",
    importanceFallback: "评分属性没有陈述重要性：改用推导重要性（与总体满意度的 Pearson 相关系数）。",
    betaFallback: "无法计算 β 重要性（{reason}）；改用 Pearson 相关系数。",
    csiWeightsFallback: "CSI 权重：并非每个属性都有重要性，因此各属性等权。",
    negativeImportance: "负的推导重要性在优先级得分中按 0 计：{attributes}。",
    kanoEmptyFeature: "{feature}：没有可用的 Kano 回答对，未列入 Kano 表。",
    noRatings: "问卷没有属性评分：未计算 CSI、满意度等级和优先级。",
    otherScale: "以下属性使用其他量表，未计入 CSI：{attributes}。",
    segmentNotFound: "统计中没有细分列 {segment}；改用第一个细分列。",
  },
};

const es: ReportStrings = {
  locale: "es-ES",
  sheetNames: { summary: "Resumen", kano: "Kano", gap: "Brechas", priority: "Prioridades", segments: "Segmentos" },
  subtitle: "n = {n} encuestados · {date}",
  source: "Fuente: {source}.",
  sourceFile: "archivo {name}",
  sourceFileSheet: "archivo {name}, hoja {sheet}",
  yes: "Sí",
  no: "No",
  attribute: "Atributo",
  feature: "Funcionalidad",
  kanoCategories: {
    A: "Atractivo",
    O: "Unidimensional",
    M: "Obligatorio",
    I: "Indiferente",
    R: "Inverso",
    Q: "Cuestionable",
  },
  quadrants: {
    keep: "Mantener el buen trabajo",
    concentrate: "Concentrarse aquí",
    low: "Baja prioridad",
    overkill: "Posible exceso",
  },
  likert5: ["Muy insatisfecho", "Insatisfecho", "Neutral", "Satisfecho", "Muy satisfecho"],
  summary: {
    title: "Resumen de satisfacción del cliente",
    method: [
      "CSI = 100 × Σ peso × (media − {min}) / (({max} − {min}) × Σ peso) sobre las medias de los atributos de abajo (forma ACSI, Fornell et al. 1996): cambie un peso CSI y el CSI cambia (una entrada que no sea un número ≥ 0 cuenta como el peso del informe, indicado en Peso usado; Actualizar conserva sus pesos). Su intervalo del 95 % es t × s/√n del índice por encuestado (encuestados que valoraron todos los atributos).",
      "NPS = % promotores (9–10) − % detractores (0–6), con su margen de error del 95 %. Top-2-box = proporción de respuestas en los dos niveles superiores. α de Cronbach sobre los ítems de valoración (encuestados que valoraron todos los atributos).",
    ],
    weightedNote: "Todas las medias, proporciones y recuentos se ponderan con el peso de la encuesta; los intervalos usan el tamaño muestral efectivo.",
    tiles: {
      respondents: "Encuestados",
      csi: "CSI (0–100)",
      nps: "NPS (−100 a 100)",
      margin: "± {m} (95 %)",
      topBox: "Top-2-box",
      topBoxNote: "satisfacción general",
      alpha: "α de Cronbach",
      alphaNote: "ítems de valoración",
    },
    headline: {
      lead: "En resumen: ",
      csi: "CSI {value} (intervalo del 95 %: {low} a {high})",
      nps: "NPS {value} ± {margin}",
      priorities: "mejorar primero: {list}",
      separator: "; ",
      listSeparator: ", ",
      end: ".",
    },
    keyHeading: "Indicadores clave con intervalos del 95 %",
    keyHeaders: ["Indicador", "Valor", "± 95 %", "Inferior 95 %", "Superior 95 %"],
    respondents: "Encuestados",
    weightedBaseNote:
      "Base ponderada {w} (n = {n} encuestados): las medias, proporciones y recuentos de grupos están ponderados; los recuentos se muestran como números enteros.",
    csi: "Índice de satisfacción del cliente (CSI, 0–100)",
    nps: "Net Promoter Score (NPS)",
    overallMean: "Satisfacción general (media)",
    topBoxOverall: "Top-2-box, satisfacción general",
    alpha: "α de Cronbach (ítems de valoración)",
    npsHeading: "Net Promoter Score",
    npsHeaders: ["Grupo", "Encuestados", "Proporción"],
    promoters: "Promotores (9–10)",
    passives: "Pasivos (7–8)",
    detractors: "Detractores (0–6)",
    meansHeading: "Medias de los atributos y pesos del CSI",
    meansHeaders: ["Atributo", "Respuestas", "Media", "Peso CSI", "Top-2-box", "Peso usado"],
    levelsHeading: "Niveles de satisfacción (CSM): proporción de respuestas en cada nivel",
    levelsChart: "Niveles de satisfacción por atributo",
    issuesHeading: "Celdas que no se pudieron leer: {count} en total (omitidas)",
    issuesListed: "Las primeras {shown}:",
    issuesNone: "Todas las celdas se pudieron leer.",
    issuesHeaders: ["Celda", "Valor", "Problema"],
    notesHeading: "Notas",
  },
  kano: {
    title: "Análisis Kano de funcionalidades",
    method: [
      "Cada par de respuestas (funcionalidad presente / ausente) se clasifica con la tabla de evaluación de Kano (Berger et al. 1993): A atractivo, O unidimensional, M obligatorio, I indiferente, R inverso, Q cuestionable. Categoría = la más frecuente; si las dos primeras distan menos del 6 % de N, decide la regla M > O > A > I.",
      "Better = (A + O)/(A + O + M + I); Worse = −(O + M)/(A + O + M + I); fuerza total = (A + O + M)/N; fuerza de categoría = (1.ª − 2.ª)/N; Fong (1996): las dos primeras difieren significativamente si |a − b| ≥ 1,65 × √((a + b)(2N − a − b)/(2N)).",
    ],
    headers: [
      "Funcionalidad",
      "A",
      "O",
      "M",
      "I",
      "R",
      "Q",
      "N",
      "Categoría",
      "Better",
      "Worse",
      "|Worse|",
      "Fuerza total",
      "Fuerza de categoría",
      "Fong significativo",
    ],
    chart: "Kano: Better frente a |Worse|",
    xAxis: "|Worse| (insatisfacción si falta)",
    chartGuide: [
      "Cómo leer el gráfico (líneas en 0,5):",
      "Arriba a la izquierda — Atractivo: encanta si está, no se echa de menos si falta.",
      "Arriba a la derecha — Unidimensional: cuanto más, mejor.",
      "Abajo a la derecha — Obligatorio: se da por supuesto; su ausencia genera insatisfacción.",
      "Abajo a la izquierda — Indiferente: poco efecto en cualquier caso.",
    ],
    yAxis: "Better (satisfacción si está)",
  },
  gap: {
    title: "Brechas entre expectativa y percepción",
    method: [
      "Brecha = percepción − expectativa por atributo (Parasuraman, Zeithaml y Berry 1988), sobre los encuestados que respondieron ambas; E y P son las medias de esos encuestados, así que Brecha = P − E. Una brecha negativa indica expectativas no cumplidas. Escala: {scale}.",
    ],
    servqualMethod:
      "Dimensiones SERVQUAL: elementos tangibles ítems 1–4, fiabilidad 5–9, capacidad de respuesta 10–13, seguridad 14–17, empatía 18–22; brecha de la dimensión = media de las brechas de sus ítems; puntuación SERVQUAL = media de las brechas de las dimensiones.",
    headers: ["Atributo", "Expectativa (E)", "Percepción (P)", "Brecha (P − E)", "Encuestados (pares)"],
    overall: "Brecha global (media de las brechas)",
    overallHeaders: ["Indicador", "Brecha"],
    servqualHeaders: ["Dimensión", "Ítems", "Brecha"],
    dimensions: {
      tangibles: "Elementos tangibles",
      reliability: "Fiabilidad",
      responsiveness: "Capacidad de respuesta",
      assurance: "Seguridad",
      empathy: "Empatía",
    },
    servqualScore: "Puntuación SERVQUAL (sin ponderar)",
    chart: "Brecha (P − E) por atributo",
    axis: "Brecha",
  },
  priority: {
    title: "Prioridades de mejora",
    method: [
      "Importancia: {importance}. Desempeño: satisfacción media ({min}–{max}). Cuadrantes según Martilla y James (1977), divididos por las líneas de referencia ({crosshair}); un punto sobre una línea cuenta como alto.",
      "Puntuación de prioridad = proporción de importancia × (máx − desempeño)/(máx − mín): la parte de los puntos del índice que pierde cada atributo. Puesto 1 = mejorar primero; a igual puntuación ordena la categoría Kano M > O > A > I (columna de desempate) y después el orden de la lista.",
    ],
    importanceStated: "importancia declarada media",
    importancePearson: "derivada, correlación de Pearson con la satisfacción general",
    importanceBeta: "derivada, peso de regresión estandarizado (β) sobre la satisfacción general",
    crosshairMean: "medias de los atributos",
    crosshairMedian: "medianas de los atributos",
    crosshairMidpoint: "puntos medios de las escalas",
    crosshairFixed: "fijas en {value}",
    headers: {
      attribute: "Atributo",
      importance: "Importancia",
      performance: "Desempeño",
      quadrant: "Cuadrante",
      gap: "Brecha (P − E)",
      kano: "Categoría Kano",
      competitor: "Competidor",
      score: "Puntuación de prioridad",
      tieBreak: "Desempate (Kano)",
      rank: "Puesto",
    },
    crosshairHeaders: ["Línea de referencia", "Valor"],
    crosshairImportance: "Importancia",
    crosshairPerformance: "Desempeño",
    swotHeading: "Vista tipo DAFO",
    strengths: "Fortalezas",
    weaknesses: "Debilidades",
    opportunities: "Oportunidades",
    threats: "Amenazas",
    rules: [
      "Fortalezas: importantes y con desempeño igual o superior a la línea (Mantener el buen trabajo).",
      "Debilidades: importantes pero con desempeño inferior a la línea (Concentrarse aquí): mejorar primero.",
      "Oportunidades: funcionalidades Kano atractivas o unidimensionales aún no bien resueltas (desempeño inferior a la línea, o sin valorar).",
      "Amenazas: funcionalidades Kano obligatorias con desempeño inferior a la línea, o atributos importantes en los que el competidor puntúa más.",
    ],
    gridNote: "La tabla muestra los atributos según su clasificación al generar el informe.",
    chart: "Importancia–desempeño",
    xAxis: "Desempeño",
    yAxis: "Importancia",
  },
  segments: {
    title: "Satisfacción por {segment}",
    method: [
      "Una fila por valor de «{segment}», ordenadas por {measure}. CSI y NPS como en la hoja Resumen, dentro del segmento; se marcan las que quedan por debajo del valor de todos los encuestados.",
      "± es el margen del 95 % como en la hoja Resumen (CSI: su intervalo del 95 % a partir de quienes valoraron todos los atributos; NPS: su margen de error). Los segmentos con menos de {min} respuestas detrás de una cifra llevan un aviso: sus cifras son inciertas.",
    ],
    segmentHeader: "Segmento",
    headers: {
      n: "Encuestados",
      csi: "CSI",
      csiMargin: "CSI ± (95 %)",
      nps: "NPS",
      npsMargin: "NPS ± (95 %)",
      rank: "Puesto",
      flag: "Bajo la media",
      caution: "Aviso",
    },
    allRespondents: "Todos los encuestados",
    belowAverage: "Bajo la media",
    smallSegment: "Menos de {min} respuestas",
    chart: "{measure} por {segment}",
  },
  notes: {
    kanoMissing: "Hoja Kano omitida: la encuesta no tiene pares de preguntas funcional/disfuncional.",
    gapMissing: "Hoja Brechas omitida: la encuesta no tiene pares de expectativa/percepción.",
    priorityMissing:
      "Hoja Prioridades omitida: necesita valoraciones de atributos e importancia (columnas de importancia declarada, o la satisfacción general para la importancia derivada).",
    segmentsMissing: "Hoja Segmentos omitida: la encuesta no tiene columna de segmento.",
    segmentsSingle: "Hoja Segmentos omitida: la columna de segmento «{segment}» tiene menos de dos valores.",
    segmentsTooMany:
      "Hoja Segmentos omitida: la columna de segmento «{segment}» tiene {count} valores (se comparan como máximo {max}); ¿es realmente un segmento?",
    segmentsNoMeasure: "Hoja Segmentos omitida: no hay CSI (valoraciones de atributos) ni NPS (puntuaciones de recomendación) que comparar.",
    segmentBlankRows: "Encuestados sin valor de segmento (fuera de la hoja Segmentos): {count}.",
    importanceFallback:
      "Los atributos valorados no tienen importancia declarada: se usa la importancia derivada (correlación de Pearson con la satisfacción general).",
    betaFallback: "No se pudo calcular la importancia β ({reason}); se usa la correlación de Pearson.",
    csiWeightsFallback: "Pesos del CSI: no hay importancia para todos los atributos, así que se ponderan por igual.",
    negativeImportance: "La importancia derivada negativa cuenta como 0 en las puntuaciones de prioridad: {attributes}.",
    kanoEmptyFeature: "{feature}: sin pares de respuestas Kano utilizables; se omite de la hoja Kano.",
    noRatings: "La encuesta no tiene valoraciones de atributos: se omiten el CSI, los niveles de satisfacción y las prioridades.",
    otherScale: "Valorados en otra escala, fuera del CSI: {attributes}.",
    segmentNotFound: "La columna de segmento {segment} no está en las estadísticas; se usa la primera columna de segmento.",
  },
};

const CATALOGUES: Record<ReportLanguage, ReportStrings> = { en, "zh-CN": zhCN, es };

/** The report strings of a language. */
export function reportStrings(lang: ReportLanguage): ReportStrings {
  const s = CATALOGUES[lang];
  if (!s) throw new Error(`report language ${String(lang)} is not supported (en, zh-CN, es)`);
  return s;
}

/** The language of a catalogue returned by reportStrings ("en" for any other object). */
export function reportLanguageOf(s: ReportStrings): ReportLanguage {
  return (Object.keys(CATALOGUES) as ReportLanguage[]).find((lang) => CATALOGUES[lang] === s) ?? "en";
}

/** Fill `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : m));
}

/** A number for text, in the catalogue's locale (grouping, decimal sign), with at most `digits` decimals. */
export function formatNumber(s: ReportStrings, x: number, digits = 0): string {
  return new Intl.NumberFormat(s.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
}

/** The date of an ISO timestamp, long form, in UTC (so the text does not depend on the machine's zone). */
export function formatDate(s: ReportStrings, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(s.locale, { dateStyle: "long", timeZone: "UTC" }).format(d);
}
