/** Simplified Chinese texts of the checks (src/report/checks.ts) (same keys and placeholders as ../en/checks.ts). */
import type { CheckKey } from "../../report/checks";
import type { CheckChrome, CheckPack, CheckTemplate } from "../checks";

const templates: Record<CheckKey, CheckTemplate> = {
  layoutDetected: "识别为{platform}",
  noHeaderRow: "按无标题行读取：第 1 行是一位受访者，各列按序号命名",
  headerRowsSkipped: "跳过另外 {count} 行标题（第 {rows} 行）：其中是题目文字，不是回答",
  metadataIgnored: "作为平台元数据忽略（{kind}，{count} 列）：{columns}",
  pairsImportance: "{count} 个属性的重要性与其评分已配对：{attributes}",
  pairsGap: "{count} 个属性的期望与感知已配对：{attributes}",
  pairsKano: "{count} 个功能的 Kano 正向与反向问题已配对：{attributes}",
  respondentsCounted: "{respondents} 位受访者，每个数据行一位",
  respondentsFromRows: "从读取的 {rows} 行中计入 {respondents} 位受访者（未计入：{reasons}）",
  reasonHeaderRows: "{count} 行标题",
  reasonEmptyRows: "{count} 个空行",
  reasonOtherRows: "{count} 个其他行",
  itemCount: "{name}（{n}）",
  firstRowData: "第一行看起来是回答，而不是列名：文件有标题行吗？如果没有，请添加一行——第一位受访者被当成了标题。",
  numericCodesRating: "{count} 列的回答是不带标签的数字代码（{columns}）：请核对选项顺序——报告把最大的代码当作最好的回答。",
  numericCodesKano: "{count} 列的 Kano 回答是不带标签的数字代码（{columns}）：请核对选项顺序——报告把 1 读作“喜欢”，把 5 读作“不喜欢”。",
  answerCodes: "{count} 列的回答是不带选项文字的答案代码（{columns}）：不会读作量表分值。请导出完整答案，或在角色文件中为这些列指定角色和量表。",
  weightNegative: "权重列“{column}”有 {count} 个负值：个案权重不会为负——这真是权重吗？",
  weightCoordinates: "权重列“{column}”看起来是地图坐标（纬度或经度），不是个案权重：请选择其他权重列，或不用权重。",
  weightMean: "“{column}”中权重的平均值为 {mean}，远离 1：调查权重的平均值通常为 1——请核对该列是否为个案权重。",
  recommendNotNps: "推荐意愿列“{column}”的取值为 {min}–{max}，不是 0–10 量表：未计算 NPS。请检查导出文件，或为该列指定其他角色。",
  npsPlus100: "NPS 恰好为 +100（{n} 个回答，全部为推荐者）：请核对推荐意愿列是否为 0–10 题，代码方向是否正确。",
  npsMinus100: "NPS 恰好为 −100（{n} 个回答，全部为贬损者）：请核对推荐意愿列是否为 0–10 题（1–5 量表会全部读作贬损者）。",
  alphaLow: "{items} 个评分项目的 Cronbach's α 为 {alpha}（低于 {min}）：这些项目几乎不在测量同一事物——请检查是否有反向或读错的列。",
  fewAnswersCsi: "CSI 所依据的每个属性回答最少只有 {n} 个（少于 {min} 个）：仅供参考。",
  fewAnswersNps: "NPS 仅依据 {n} 个回答（少于 {min} 个）：误差范围很大。",
  fewAnswersMeans: "{count} 个属性均值所依据的回答少于 {min} 个：{items}",
  fewAnswersKano: "{count} 个 Kano 分类所依据的回答少于 {min} 个：{items}",
  fewAnswersSegments: "细分“{segment}”有 {count} 个取值的受访者少于 {min} 位：{items}",
  modelFailed: "没有“满意度模型”工作表：无法估计满意度模型——{reason}",
};

/** Layout names (src/survey/layoutTypes.ts ExportPlatform, MetadataKind). */
const terms: Readonly<Record<string, string>> = {
  qualtrics: " Qualtrics 导出文件",
  surveymonkey: " SurveyMonkey 导出文件",
  "google-forms": " Google 表单导出文件",
  "microsoft-forms": " Microsoft Forms 导出文件",
  limesurvey: " LimeSurvey 导出文件",
  spss: " SPSS 文件",
  plain: "普通表格（一行标题，每行一位受访者）",
  timestamp: "时间戳",
  duration: "用时",
  progress: "进度",
  status: "回答状态",
  ip: "IP 地址",
  location: "位置",
  "response-id": "回答编号",
  recipient: "收件人信息",
  language: "语言",
  page: "页面",
  derived: "派生值",
  contact: "联系方式",
  other: "其他",
};

const chrome: CheckChrome = {
  heading: "检查",
  warning: "警告",
  info: "读取",
  noWarnings: "没有警告。",
  paneHeading: "读取结果",
  paneWarnings: "有 {count} 条警告需要核对",
  resultHeading: "分享这些数字之前请先核对",
};

export const zhCNChecks: CheckPack = { templates, terms, chrome };
