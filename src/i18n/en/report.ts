/**
 * English report strings: the reference catalogue of every text a person reads on a generated
 * report (sheet names, titles, headers, method notes, quadrant and Kano category names, SWOT
 * headings, chart titles). zh-CN/report.ts and es/report.ts have the same keys and `{placeholders}`
 * (test/i18n/report.test.ts); sheet names are ≤ 31 characters without []:*?/\\.
 */
import { META } from "./meta";
import type { KanoCategory } from "../../engine/kano";
import type { Quadrant } from "../../engine/ipa";
import type { PlanSheetKey } from "../../report/plan";
import type { PlsConstructKey, PlsTemplateKey } from "../../engine/pls/templates";

export interface ReportStrings {
  /** BCP 47 tag for Intl. */
  locale: string;
  sheetNames: Record<PlanSheetKey, string>;
  /** "{n}" respondents, "{date}" of the build. */
  subtitle: string;
  /** "{source}" = where the data came from. */
  source: string;
  /** A file source ("file {name}" / "file {name}, sheet {sheet}" from the command line), translated. */
  sourceFile: string;
  sourceFileSheet: string;
  yes: string;
  no: string;
  /** Over the method notes at the foot of each sheet. */
  methodHeading: string;
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
    /**
     * The Weighting block of a raked report (src/report/summaryWeighting.ts): {variables} = the
     * margin variables, {base} = baseColumn ({column} = its header) or baseEqual.
     */
    weighting: {
      heading: string;
      raked: string;
      baseColumn: string;
      baseEqual: string;
      /** Replaces weightedNote in the method lines of a raked report. */
      weightedNote: string;
      figuresHeaders: readonly [string, string];
      effectiveN: string;
      designEffect: string;
      minWeight: string;
      maxWeight: string;
      iterations: string;
      /** Variable, category, target share, achieved share. */
      marginsHeaders: readonly [string, string, string, string];
      method: string;
    };
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
    /** Respondents dropped as inconsistent (ReportOptions.kanoMaxQuestionable): {max} allowed Q answers, {count} dropped. */
    droppedQuestionable: string;
    /** Continuous (DuMouchel) view: heading, the table's headers (Feature, N, mean functional, mean dysfunctional), the chart title. */
    continuousHeading: string;
    continuousHeaders: readonly [string, string, string, string];
    continuousChart: string;
    /** Method lines of the continuous view at the sheet foot (scores, the quadrants named). */
    continuousMethod: readonly string[];
    /** Kano by segment: heading ({segment} = the segment column's name) and headers (Segment, Feature, N, Category, Better, Worse, Caution). */
    segmentHeading: string;
    segmentHeaders: readonly [string, string, string, string, string, string, string];
    /**
     * Self-stated importance (Berger et al. 1993), when Kano features have an importance column:
     * heading, headers (Feature, Category, N, Mean importance, Rank in category) and the note
     * below the table ({scale} = the importance scale(s)).
     */
    importanceHeading: string;
    importanceHeaders: readonly [string, string, string, string, string];
    importanceNote: string;
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
    /** Key drivers (issue #13): relative weights and Shapley values as shares of R². */
    importanceRelativeWeights: string;
    importanceShapley: string;
    /** IPMA (issue #15): {target} the model's target construct; ipmaFit {n} the respondents the model used. */
    importanceIpma: string;
    ipmaFit: string;
    /** {n} complete respondents, {r2} the model's R² (absent when it is undefined: driverFitN). */
    driverFit: string;
    /** {n} */
    driverFitN: string;
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
    /** Added to the rules when the attractive opportunities are ordered by self-stated importance. */
    opportunitiesByImportance: string;
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
    /** The flag of a segment whose ranked measure differs significantly from the rest (adjusted p < 0.05). */
    significantlyBelow: string;
    significantlyAbove: string;
    /** The caution of a segment with few answers; {min} = the threshold. */
    smallSegment: string;
    /** {measure} by {segment} */
    chart: string;
    /** Each segment against the rest of the sample (issue #13; src/report/segmentsSignificance.ts). */
    tests: {
      /** The line over the table. */
      title: string;
      headers: { csi: string; overall: string; nps: string; topBox: string; rest: string; verdict: string };
      /** The measure names in a verdict. */
      measures: { csi: string; overall: string; nps: string; topBox: string };
      /** {items} = the differences, joined by `separator`. */
      below: string;
      above: string;
      separator: string;
      /** {measure} {value} vs {rest}, {p} */
      item: string;
      /** {p} = the adjusted p-value; pBelow when it is below {p} = 0.001. */
      p: string;
      pBelow: string;
      /** {value} = a top-box share in percent. */
      percent: string;
      /** {method} = the adjustment's name; {level} = the significance level. */
      method: readonly string[];
      methods: { holm: string; bh: string };
    };
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
    /** {reason} */
    relativeWeightsFallback: string;
    /** {reason} */
    shapleyFallback: string;
    /** IPMA importance without a model; with no rating in it ({target}); the ratings outside it ({target}, {attributes}). */
    ipmaNoModel: string;
    ipmaNoRatings: string;
    ipmaNotInModel: string;
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
    // Trend sheet (issue #13)
    trendMissing: string;
    /** {period} */
    trendSingle: string;
    /** {period}, {count}, {max} */
    trendTooMany: string;
    trendNoMeasure: string;
    /** {count} */
    trendBlankRows: string;
  };
  /** The Model sheet (issue #15, --model): the PLS path model of the model file. */
  model: {
    title: string;
    /** {resamples}, {seed}, {scheme} (a word of `schemes`), {n}. */
    method: readonly string[];
    schemes: { path: string; centroid: string; factorial: string };
    /** {n} = respondents used, {dropped} = left out (a blank indicator or weight 0). */
    used: string;
    /** Fewer respondents than the ten-times rule asks: {n}, {needed} (10 × the most paths into a construct or formative indicators of one). */
    fewRespondents: string;
    indexHeading: string;
    /** {construct}, {count} resamples left out of its index interval, of {resamples}. */
    indexResamplesLeftOut: string;
    indexHeaders: readonly string[];
    pathsHeading: string;
    pathsHeaders: readonly string[];
    reliabilityHeading: string;
    reliabilityHeaders: readonly string[];
    meets: string;
    /** {measures} = the measures below their thresholds. */
    below: string;
    formative: string;
    single: string;
    htmtHeading: string;
    /** {pairs}, {threshold}. */
    htmtHigh: string;
    htmtOk: string;
    /** The outer model table (indicator, construct, weight, loading with its interval, the construct it loads higher on). */
    outerHeading: string;
    outerHeaders: readonly string[];
    /** Fornell–Larcker (1981): every √AVE above the construct's correlations; {constructs} where not. */
    fornellOk: string;
    fornellFails: string;
    /** {target}. */
    ipmaHeading: string;
    ipmaHeaders: readonly string[];
    ipmaChart: string;
    /** The indicator level of the map: {target}; headers indicator, construct, importance, performance. */
    ipmaIndicatorHeading: string;
    ipmaIndicatorHeaders: readonly string[];
    diagramHeading: string;
    /** The constructs of the model templates (engine/pls/templates.ts), as the sheet and the pane name them. */
    constructNames: Record<PlsConstructKey, string>;
    templates: Record<PlsTemplateKey, string>;
    /** {constructs} = the template's constructs no column measures, {template}. */
    leftOut: string;
    /** The same for two or more constructs. */
    leftOutSeveral: string;
  };
  /** The Trend sheet (issue #13): the figures per wave of the period column. */
  trend: {
    /** {period} = the period column's header. */
    title: string;
    /** {period}, {min} = the small-cell threshold, {alpha} = the significance level (0.05). */
    method: readonly string[];
    waveHeader: string;
    headers: {
      n: string;
      csi: string;
      csiMargin: string;
      overall: string;
      overallMargin: string;
      nps: string;
      npsMargin: string;
      topBox: string;
      topBoxMargin: string;
    };
    changeHeading: string;
    changeHeaders: { measure: string; vsPrevious: string; previousTest: string; vsFirst: string; firstTest: string };
    measures: { csi: string; overall: string; nps: string; topBox: string };
    /** {p} = the adjusted p-value as "p = 0.012" or "p < 0.001". */
    significantRise: string;
    significantFall: string;
    notSignificant: string;
    notTested: string;
    /** The first wave's row in the change table. */
    baseline: string;
    chart: string;
    /** {measure}, {segment} */
    segmentHeading: string;
    /** {min}: the mark's meaning under the segment × wave table. */
    smallMark: string;
    /** Why the waves are in text order: {value} not read as a period, or {first} and {second} kinds mixed. */
    textOrderUnrecognised: string;
    textOrderMixed: string;
    kinds: { date: string; week: string; month: string; quarter: string; half: string; year: string; wave: string };
  };
}

export const en: ReportStrings = {
  locale: META.locale,
  sheetNames: { summary: "Summary", kano: "Kano", gap: "Gaps", priority: "Priorities", segments: "Segments", trend: "Trend", model: "Model" },
  subtitle: "n = {n} respondents · {date}",
  source: "Source: {source}.",
  sourceFile: "file {name}",
  sourceFileSheet: "file {name}, sheet {sheet}",
  yes: "Yes",
  methodHeading: "How these figures are computed",
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
    weighting: {
      heading: "Weighting: raked to population margins",
      raked: "The weights were raked to the margins of {variables}, starting from {base}; the survey's own weight column is unchanged.",
      baseColumn: "the weight column {column}",
      baseEqual: "equal weights (1 per respondent)",
      weightedNote: "Every mean, share and count is weighted by the raked weights (see Weighting); intervals use the effective sample size.",
      figuresHeaders: ["Weighting", "Value"],
      effectiveN: "Effective sample size (Kish n′)",
      designEffect: "Design effect (n / n′)",
      minWeight: "Smallest weight",
      maxWeight: "Largest weight",
      iterations: "Iterations",
      marginsHeaders: ["Variable", "Category", "Target share", "Achieved share"],
      method:
        "Raking (iterative proportional fitting), Deming & Stephan 1940: the weights of each margin's categories are scaled in turn until every margin matches its target; effective sample size n′ = (Σw)² / Σw² (Kish 1965), design effect = n / n′.",
    },
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
    droppedQuestionable:
      "Respondents left out as inconsistent (more than {max} questionable answer pairs over the features; the rm_Q rule of stp25kano): {count}.",
    continuousHeading: "Continuous Kano scores (DuMouchel)",
    continuousHeaders: ["Feature", "N", "Mean functional score", "Mean dysfunctional score"],
    continuousChart: "Kano: functional vs dysfunctional score",
    segmentHeading: "Kano by segment ({segment})",
    segmentHeaders: ["Segment", "Feature", "N", "Category", "Better", "Worse", "Caution"],
    importanceHeading: "Self-stated importance",
    importanceHeaders: ["Feature", "Category", "N", "Mean importance", "Rank in category"],
    importanceNote:
      "Self-stated importance (Berger et al. 1993): the weighted mean answer to the feature's importance question (scale {scale}) over the respondents who answered both of its Kano questions; rank 1 = the most important feature of its category (equal means share a rank). The Priorities sheet lists attractive opportunities in this order.",
    continuousMethod: [
      "Continuous scores (DuMouchel 1993, in Berger et al. 1993): functional answers like / must-be / neutral / live-with / dislike score 4 / 2 / 0 / −1 / −2, dysfunctional answers −2 / −1 / 0 / 2 / 4; each score is the weighted mean over the respondents who answered both questions.",
      "Chart quadrants (lines at 2, the middle of the 0–4 range where features usually fall; DuMouchel sets no cut-off, so this is the report's choice): top right — One-dimensional (high functional, high dysfunctional); bottom right — Attractive (high functional, low dysfunctional); top left — Must-be (low functional, high dysfunctional); bottom left — Indifferent (both low).",
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
    importanceRelativeWeights:
      "derived, relative weights (Johnson 2000): each attribute's share of the variance of overall satisfaction the attributes explain together (R²)",
    importanceShapley:
      "derived, Shapley values (LMG: Lindeman, Merenda & Gold 1980): each attribute's share of R² with overall satisfaction, averaged over every order of adding the attributes",
    importanceIpma:
      "from the satisfaction model (IPMA, Ringle & Sarstedt 2016): each attribute's total effect on {target} — the points of {target}'s 0–100 index gained per point of the attribute's 0–100 performance",
    ipmaFit: "The satisfaction model (Model sheet) was estimated on {n} respondents who answered every indicator.",
    driverFit: "Derived from {n} respondents who answered every rating and overall satisfaction; R² = {r2}.",
    driverFitN: "Derived from {n} respondents who answered every rating and overall satisfaction.",
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
    opportunitiesByImportance:
      "Opportunities are listed attractive (A) features first, the most important first by self-stated importance (Kano sheet), then the others in rank order.",
    chart: "Importance–performance",
    xAxis: "Performance",
    yAxis: "Importance",
  },
  segments: {
    title: "Satisfaction by {segment}",
    method: [
      "One row per value of “{segment}”, ranked by {measure}. CSI and NPS as on the Summary sheet, within the segment; flagged only when it differs significantly from the rest of the sample (the test table below).",
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
      flag: "Against the rest",
      caution: "Caution",
    },
    allRespondents: "All respondents",
    significantlyBelow: "Significantly below",
    significantlyAbove: "Significantly above",
    smallSegment: "Fewer than {min} answers",
    chart: "{measure} by {segment}",
    tests: {
      title: "Each segment against the rest of the sample",
      headers: { csi: "CSI", overall: "Overall (mean)", nps: "NPS", topBox: "Top-2-box", rest: "{measure}, rest", verdict: "Significant differences" },
      measures: { csi: "CSI", overall: "overall satisfaction", nps: "NPS", topBox: "top-2-box" },
      below: "significantly below the rest: {items}",
      above: "significantly above the rest: {items}",
      separator: "; ",
      item: "{measure} {value} vs {rest}, {p}",
      p: "p = {p}",
      pBelow: "p < {p}",
      percent: "{value}%",
      method: [
        "Against the rest: each segment is compared with the respondents outside it. CSI: Welch's t-test on the respondent-level index (respondents who rated every attribute); overall satisfaction: Welch's t-test on the mean; NPS: z-test with the variance (p + d − (p − d)²)/n; top-2-box: pooled two-proportion z-test. Survey weights enter through Kish's effective sample size.",
        "The p-values are two-sided and adjusted together across the table by the {method} method (many segments are compared at once, so some differences would look real by chance); only differences with an adjusted p below {level} are named.",
      ],
      methods: { holm: "Holm", bh: "Benjamini–Hochberg" },
    },
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
    relativeWeightsFallback: "Relative weights could not be computed ({reason}); Pearson correlation is used instead.",
    shapleyFallback: "Shapley importance could not be computed ({reason}); Pearson correlation is used instead.",
    ipmaNoModel:
      "IPMA importance needs the satisfaction model (--model, or a satisfaction model chosen in the task pane): Pearson correlation is used instead.",
    ipmaNoRatings: "No rated attribute is an indicator of a construct with a path to {target}: Pearson correlation is used instead of IPMA importance.",
    ipmaNotInModel: "Not indicators of a construct with a path to {target}, so without IPMA importance and not on the Priorities sheet: {attributes}.",
    csiWeightsFallback: "CSI weights: importance is not available for every attribute, so the attributes are weighted equally.",
    negativeImportance: "Negative derived importance counts as 0 in the priority scores: {attributes}.",
    kanoEmptyFeature: "{feature}: no usable Kano answer pairs; left out of the Kano sheet.",
    noRatings: "The survey has no attribute ratings: CSI, satisfaction levels and priorities are left out.",
    otherScale: "Rated on another scale, left out of the CSI: {attributes}.",
    segmentNotFound: "The segment column {segment} was not in the statistics; the first segment column is used.",
    trendMissing: "Trend sheet left out: the survey has no period column.",
    trendSingle: "Trend sheet left out: the period column “{period}” has fewer than two values.",
    trendTooMany: "Trend sheet left out: the period column “{period}” has {count} values (at most {max} waves are shown); is it really a period?",
    trendNoMeasure: "Trend sheet left out: there is no CSI, overall satisfaction or NPS to follow across the waves.",
    trendBlankRows: "Respondents without a period value (not on the Trend sheet): {count}.",
  },
  model: {
    title: "Satisfaction model (PLS path model)",
    method: [
      "PLS path modelling (Wold's algorithm as in Lohmöller 1989 and Tenenhaus et al. 2005), {scheme} inner scheme, standardised indicators, case weights as frequencies; constructs, indicators and paths as in the model file.",
      "Index: each construct's score on 0–100 between its indicators' scale bounds, with the model's weights (Fornell et al. 1996, the ACSI form) — unlike the CSI, whose weights are given, not estimated.",
      "Intervals and p: bootstrap of {resamples} resamples of the respondents (seed {seed}; percentile interval, t with resamples − 1 degrees of freedom).",
      "Thresholds: Cronbach's α and ρC ≥ 0.7, AVE ≥ 0.5 (Fornell & Larcker 1981), HTMT < 0.85 (Henseler, Ringle & Sarstedt 2015). IPMA: Ringle & Sarstedt 2016.",
    ],
    schemes: { path: "path-weighting", centroid: "centroid", factorial: "factorial" },
    used: "Estimated on {n} respondents who answered every indicator; {dropped} left out.",
    fewRespondents:
      "Only {n} respondents for this model: the ten-times rule asks for at least {needed} (10 × the most paths into one construct or formative indicators of one; Hair, Ringle & Sarstedt 2011). Read the paths and the index as indicative.",
    indexHeading: "Index of each construct",
    indexResamplesLeftOut: "{construct}: {count} of {resamples} resamples are left out of its index interval (an indicator's weight was negative in them).",
    indexHeaders: ["Construct", "Index (0–100)", "95% low", "95% high", "R²"],
    pathsHeading: "Paths",
    pathsHeaders: ["From", "To", "Coefficient", "Std. error", "t", "p", "95% low", "95% high"],
    reliabilityHeading: "Reliability and convergent validity",
    reliabilityHeaders: ["Construct", "Cronbach's α", "ρA", "ρC", "AVE", "Check"],
    meets: "meets the thresholds",
    below: "below the threshold: {measures}",
    single: "single indicator: not applicable",
    formative: "formative (Mode B): not applicable",
    htmtHeading: "Discriminant validity (HTMT)",
    htmtHigh: "HTMT ≥ {threshold}: {pairs} — these constructs may not be distinct.",
    htmtOk: "Every HTMT is below 0.85: the constructs are distinct.",
    outerHeading: "Outer model: each indicator's weight and loading",
    outerHeaders: ["Indicator", "Construct", "Outer weight", "Loading", "95% low", "95% high", "Loads higher on"],
    fornellOk: "Fornell–Larcker: each construct's √AVE exceeds its correlations with the others.",
    fornellFails: "Fornell–Larcker: √AVE does not exceed a correlation with another construct for {constructs}.",
    ipmaHeading: "Importance–performance map for {target}",
    ipmaHeaders: ["Construct", "Importance (total effect per point)", "Performance (0–100)"],
    ipmaChart: "Importance–performance map",
    ipmaIndicatorHeading: "The indicators' importance and performance for {target}",
    ipmaIndicatorHeaders: ["Indicator", "Construct", "Importance (total effect per point)", "Performance (0–100)"],
    diagramHeading: "Path diagram (coefficients on the arrows, R² in the boxes)",
    constructNames: {
      image: "Image",
      expectation: "Expectation",
      quality: "Perceived quality",
      value: "Perceived value",
      satisfaction: "Satisfaction",
      complaints: "Complaints",
      loyalty: "Loyalty",
    },
    templates: { acsi: "ACSI (American Customer Satisfaction Index)", ecsi: "ECSI (European Customer Satisfaction Index)" },
    leftOut: "{template}: no survey column measures {constructs}, so the model leaves it out with its paths.",
    leftOutSeveral: "{template}: no survey column measures {constructs}, so the model leaves them out with their paths.",
  },
  trend: {
    title: "Trend by {period}",
    method: [
      "One row per value of “{period}”, earliest first. CSI, overall satisfaction, NPS and top-2-box share as on the Summary sheet, within the wave; ± is the 95% margin (CSI: from the respondents who rated every attribute; NPS: its margin of error; overall mean and top-2-box: Student t interval).",
      "Changes are each wave minus the previous wave and minus the first. Tests: CSI by Welch's t on the respondent-level index, overall mean by Welch's t, NPS by a z-test on its variance (p + d − (p − d)²)/n, top-2-box by the pooled two-proportion z-test; with case weights the effective sample size (Kish) is used. The p-values of all changes in the table are adjusted together (Holm); a change is significant when its adjusted p is below {alpha}.",
      "By segment: the CSI (NPS when there is no CSI) per segment and wave; * marks a figure with fewer than {min} answers behind it, which is uncertain.",
    ],
    waveHeader: "Wave",
    headers: {
      n: "Respondents",
      csi: "CSI",
      csiMargin: "CSI ± (95%)",
      overall: "Overall mean",
      overallMargin: "Mean ± (95%)",
      nps: "NPS",
      npsMargin: "NPS ± (95%)",
      topBox: "Top-2-box",
      topBoxMargin: "Top-2 ± (95%)",
    },
    changeHeading: "Change between waves",
    changeHeaders: {
      measure: "Measure",
      vsPrevious: "Change vs previous",
      previousTest: "Vs previous: significant?",
      vsFirst: "Change vs first",
      firstTest: "Vs first: significant?",
    },
    measures: { csi: "CSI", overall: "Overall mean", nps: "NPS", topBox: "Top-2-box" },
    significantRise: "Significant rise ({p})",
    significantFall: "Significant fall ({p})",
    notSignificant: "Not significant ({p})",
    notTested: "Not tested (too few answers)",
    baseline: "First wave",
    chart: "CSI and NPS by wave",
    segmentHeading: "{measure} by {segment} and wave",
    smallMark: "* fewer than {min} answers behind the figure.",
    textOrderUnrecognised: "The waves are in text order: “{value}” is not read as a date, week, month, quarter, half-year, year or wave number.",
    textOrderMixed: "The waves are in text order: the period column mixes {first} and {second} values.",
    kinds: { date: "date", week: "week", month: "month", quarter: "quarter", half: "half-year", year: "year", wave: "wave" },
  },
};
