/**
 * The answer wordings the reader recognises in Simplified Chinese: the 5-point Likert and Kano labels
 * (src/survey/labels.ts, where their sources are cited), the non-answers, and the platforms' answer
 * sets by id (src/survey/labels/platformSets.ts: where each set was seen). First wording = canonical.
 */
import type { AnswerWordings } from "../pack";

export const answers: AnswerWordings = {
  satisfaction: [
    ["非常不满意", "很不满意", "极不满意", "十分不满意"],
    ["不满意", "比较不满意", "不太满意", "较不满意"],
    ["一般", "中立", "中等"],
    ["满意", "比较满意", "较满意"],
    ["非常满意", "很满意", "十分满意"],
  ],
  agreement: [
    ["非常不同意", "完全不同意", "很不同意"],
    ["不同意", "比较不同意", "不太同意"],
    ["一般", "中立"],
    ["同意", "比较同意"],
    ["非常同意", "完全同意", "很同意"],
  ],
  importance: [
    ["非常不重要", "完全不重要", "很不重要", "一点也不重要"],
    ["不重要", "不太重要", "比较不重要"],
    ["一般", "中立", "一般重要"],
    ["重要", "比较重要"],
    ["非常重要", "很重要", "极其重要"],
  ],
  kano: [
    ["喜欢", "我喜欢", "很喜欢", "非常喜欢", "我很喜欢", "我喜欢这样"],
    ["理所当然", "必须这样", "必须的", "应该的", "本该如此", "必备", "期望", "理应如此", "它理应如此"],
    ["无所谓", "中立", "没感觉", "一般"],
    ["能忍受", "可以忍受", "勉强接受", "能接受", "可以接受", "忍受"],
    ["不喜欢", "我不喜欢", "很不喜欢", "非常不喜欢", "我不喜欢这样"],
  ],
  nonAnswers: ["不适用", "不知道", "无", "不清楚", "拒答", "拒绝回答", "无法回答", "无法评价", "不了解", "没用过", "未使用"],
  sets: {
    "satisfaction-5-somewhat": { confirmed: false, points: [["非常不满意"], ["有点不满意"], ["既不满意也不是不满意", "一般"], ["有点满意"], ["非常满意"]] },
    "satisfaction-5-unipolar": {
      confirmed: false,
      points: [["一点也不满意", "完全不满意"], ["稍微满意", "不太满意"], ["有点满意"], ["很满意"], ["极其满意", "极为满意"]],
    },
    "satisfaction-7": { confirmed: false, points: [["极其不满意"], ["比较不满意"], ["有点不满意"], ["一般"], ["有点满意"], ["比较满意"], ["极其满意"]] },
    "satisfaction-4": { confirmed: false, points: [["非常不满意"], ["不满意"], ["满意"], ["非常满意"]] },
    "agreement-5-somewhat": { confirmed: false, points: [["非常不同意"], ["有点不同意"], ["既不同意也不反对"], ["有点同意"], ["非常同意"]] },
    "agreement-5": { confirmed: false, points: [["非常不同意", "强烈反对"], ["不同意"], ["中立", "一般"], ["同意"], ["非常同意", "强烈同意"]] },
    "agreement-7": {
      confirmed: false,
      points: [["非常不同意"], ["不同意"], ["有点不同意"], ["既不同意也不反对", "一般"], ["有点同意"], ["同意"], ["非常同意"]],
    },
    "agreement-4": { confirmed: false, points: [["非常不同意"], ["不同意"], ["同意"], ["非常同意"]] },
    "importance-5-vagias": { confirmed: false, points: [["一点也不重要", "完全不重要"], ["稍微重要"], ["中等重要"], ["非常重要"], ["极其重要", "极为重要"]] },
    "importance-5-surveymonkey": {
      confirmed: false,
      points: [["一点也不重要", "完全不重要"], ["不太重要"], ["有点重要"], ["非常重要"], ["极其重要", "极为重要"]],
    },
    "importance-7-vagias": { confirmed: false, points: [["一点也不重要"], ["不太重要"], ["稍微重要"], ["一般"], ["中等重要"], ["非常重要"], ["极其重要"]] },
    "likelihood-5-somewhat": { confirmed: false, points: [["极不可能"], ["有点不可能"], ["说不准"], ["有点可能"], ["极有可能"]] },
    "likelihood-5-surveymonkey": { confirmed: false, points: [["完全不可能"], ["不太可能"], ["有点可能"], ["很有可能"], ["极有可能"]] },
    "likelihood-5": { confirmed: false, points: [["非常不可能"], ["不可能"], ["说不准"], ["可能"], ["非常可能"]] },
  },
};
