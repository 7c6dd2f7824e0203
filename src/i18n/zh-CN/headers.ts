/**
 * What the role detector reads in Simplified Chinese (src/survey/roles/): the header words of
 * each column role (rules.ts tries the roles in its order and matches these as substrings, as Chinese does not space its words),
 * the connectors around an attribute name, and the question-text patterns of a platform export (questionText.ts).
 * Each is a word, a phrase or a regular-expression source kept linear (a bounded alternation, or
 * anchored ^…$).
 */
import type { HeaderLexicon } from "../pack";

export const headers: HeaderLexicon = {
  wholeWords: false,
  connectors: { leading: ["您对", "你对", "对于", "对"], trailing: ["的", "对您", "对你"] },
  questions: {
    kanoDysfunctional: ["如果不", "若不", "如果没有", "不提供", "如果.{0,20}?(?:不提供|没有|不具备)"],
    kanoFunctional: ["如果提供", "若提供", "假如提供", "如果.{0,20}?(?:提供|具备)"],
    conditional: ["如果", "若"],
    kanoFeature: ["(?:不提供|提供|没有|具备)([^，,？?。]{1,100})"],
    recommend: ["推荐", "推薦"],
    importanceAnswers: ["重要"],
  },
  roles: {
    kano_dysfunctional: ["反向问题", "反向", "负向", "如果不提供", "不提供时", "不具备"],
    kano_functional: ["正向问题", "正向", "如果提供", "提供时", "具备时"],
    competitor: ["竞争对手", "竞品", "同业"],
    importance: ["重要性", "重要程度", "重要度", "重要"],
    expectation: ["期望", "预期", "期待"],
    perception: ["感知", "实际感受", "实际体验", "感受"],
    recommend: ["推荐意愿", "推荐可能性", "推荐度", "推荐", "推薦", "净推荐值"],
    overall: ["总体而言", "总的来说", "整体而言", "总体上", "总体满意度", "整体满意度", "总满意度", "综合满意度", "总体评价", "整体评价", "^总体$", "^整体$"],
    weight: ["权重", "加权"],
    id: ["编号", "序号", "受访者", "样本号", "问卷号"],
    rating: ["满意度", "满意程度", "满意", "评分", "打分", "表现", "评价"],
    period: ["季度", "月份", "年份", "年度", "日期", "期数", "期次", "时期", "波次", "周次", "^期$", "^月$", "^年$", "^周$"],
    segment: ["网点", "地区", "区域", "渠道", "门店", "分行", "支行", "城市", "性别", "年龄段", "部门", "产品", "客户类型", "省份", "分组"],
  },
  constructs: {
    complaints: ["投诉", "抱怨", "申诉"],
    loyalty: ["忠诚", "再次购买", "重复购买", "继续使用", "回购"],
    image: ["形象", "品牌", "声誉", "口碑", "信誉"],
    value: ["性价比", "物有所值", "价格", "价值", "费用", "收费"],
    expectation: ["期望", "预期", "期待"],
  },
};
