/**
 * Messages of the parser, the statistics and the workbook access in the user's language.
 *
 * A CsError, a ParseIssue or an ExcelAccessError carries an English `message` plus a `key` (see
 * src/engine/messageKeys.ts) and `params`; `localizeMessage` renders the key's template for a
 * language and falls back to `message` when there is no key (or a template's placeholder has no
 * param). Every language has every key, with the same placeholders (test/i18n/messages.test.ts).
 * The English templates live in src/i18n/en/messages.ts, from which the engine renders a CsError's
 * `message`; every language is rendered by the same fill (src/engine/messageText.ts).
 *
 * Rendering rules:
 * - params.row / params.column are the location the message starts with: "row 15, column 5: ",
 *   "第 15 行，第 5 列：", "fila 15, columna 5: " (other numbers in a text have other names);
 * - params.min and params.max give {scale}, "1–5", their numbers written the language's way
 *   (decimal comma in Spanish: "0,5–4,5");
 * - numbers are written the language's way (no grouping: they are row numbers and counts), text
 *   params (the cell's value, a sheet name, Excel's own message) as they are;
 * - some params name a thing in English ("perception", "CSI weights", a column role): those are
 *   translated from a small term list, anything else stays as given;
 * - a template may have a singular and a plural form, chosen by one numeric param.
 */
import { isMessageKey, type MessageKey, type MessageParams, type MessageTemplate } from "../engine/messageKeys";
import { renderBody, renderLocation, scaleText, type LocationTemplates, type MessageStyle } from "../engine/messageText";
import { EN, EN_LOCATION } from "./en/messages";
import { es as esUi } from "./es/ui";
import { zhCN as zhUi } from "./zh-CN/ui";

export { MESSAGE_KEYS, PLURAL_BY, type MessageKey, type MessageParams, type MessageTemplate } from "../engine/messageKeys";

export const MESSAGE_LANGUAGES = ["en", "zh-CN", "es"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** What can be localized: a CsError, a ParseIssue, an ExcelAccessError, a pane error… */
export interface LocalizableMessage {
  readonly key?: string;
  readonly params?: MessageParams;
  readonly message: string;
}

/** Params that name something in English (translated through TERMS; unknown names stay). */
export const TERM_PARAMS: Partial<Record<MessageKey, readonly string[]>> = {
  shapeMismatch: ["first", "second"],
  badAttributeWeight: ["name"],
  weightsAllZero: ["name"],
  roleColumnMissing: ["role"],
  notRows: ["name"],
  rowNotCells: ["name"],
  raggedRows: ["name"],
  notLists: ["first", "second"],
  pairCountMismatch: ["first", "second"],
  attributeWeightsNotList: ["name"],
  attributeWeightCount: ["name"],
  notAList: ["name"],
  listValueNotANumber: ["name"],
  kanoAnswerOutOfRange: ["name"],
  badNpsCount: ["group"],
  scaleOrder: ["lowName", "highName"],
  coefficientOnlyRQ: ["name"],
  vectorShape: ["what"],
};

const ZH: Record<MessageKey, MessageTemplate> = {
  notOnScale: "“{value}”不是 {scale} 量表上的回答",
  kanoAnswerOnScale: "“{value}”是 Kano 回答，不是 {scale} 量表上的回答",
  fivePointLabelOnScale: "“{value}”是 5 级量表的标签，不是 {scale} 量表上的回答",
  labelDisagrees: "“{value}”中的数字与标签不一致",
  excelErrorOnScale: "“{value}”是 Excel 错误值，不是 {scale} 量表上的回答",
  notKanoAnswer: "“{value}”不是 Kano 回答（1 喜欢，2 理所当然，3 无所谓，4 能忍受，5 不喜欢）",
  kanoLabelDisagrees: "“{value}”中的数字与 Kano 标签不一致",
  excelErrorKano: "“{value}”是 Excel 错误值，不是 Kano 回答",
  notNpsScore: "“{value}”不是 {scale} 分制的评分（应为 {min} 到 {max} 的整数）",
  excelErrorNps: "“{value}”是 Excel 错误值，不是 {scale} 分制的评分",
  weightBlank: "权重为空（每位受访者都需要权重）",
  badWeight: "“{value}”不是有效的权重（应为 ≥ 0 的数）",
  notARange: "应为单元格区域（若干行单元格）",
  rowLength: "有 {got} 个单元格，应为 {width} 个",
  rowTooShort: "有 {got} 个单元格，应为 {width} 个；缺少的单元格按空白处理",
  rowTooLong: "有 {got} 个单元格，应为 {width} 个；多余的单元格已忽略",
  roleColumnMissing: "列角色“{role}”指向第 {index} 列，但该区域只有 {columns} 列",
  notANumber: "{value} 不是数字",
  textNotANumber: "“{value}”不是数字",
  outsideScale: "{value} 超出了 {scale} 量表的范围",
  notLevel: "{value} 不是 {scale} 量表上的等级",
  notWholeScore: "{value} 不是 {scale} 的整数评分",
  notKanoNumber: "{value} 不是 Kano 回答（1–5）",
  layoutPosition: "布局位置 {position} 不是列序号（0、1、…）",
  kanoPairIncomplete: "属性“{attribute}”：Kano 问题需要同时有正向列和反向列",
  badCaseWeight: "样本权重 {value} 必须是 ≥ 0 的有限数",
  caseWeightCount: "样本权重：给出 {given} 个，但有 {rows} 位受访者（行）",
  layoutsDiffer: "布局（列、角色或量表）不同的调查统计无法合并",
  notSegmentColumn: "第 {index} 列不是调查的细分列",
  tooFewPairs: "只有 {count} 对完整数据：相关系数至少需要 2 对",
  noVariance: "{variable} 没有变异（所有回答都相同）：相关系数无定义",
  alphaTooFewItems: "Cronbach's α 至少需要 2 个题目，而不是 {count} 个",
  alphaTooFewRows: "Cronbach's α 至少需要 2 行完整数据（成列删除），实际为 {count} 行",
  alphaZeroVariance: "总分方差为零：Cronbach's α 无定义",
  betaTooFewRows: "β 需要完整数据的行数多于题目数：{rows} 行完整数据，{items} 个题目",
  betaOverallNoVariance: "总体满意度在完整数据行中没有变异：β 无定义",
  betaNoVariance: "在完整数据行中没有变异：β 无定义",
  collinear: "题目共线：该题目（几乎）是前面各题目的线性组合，因此 β 无定义",
  noOverallRows: "没有总体满意度数据",
  shapeMismatch: "{first}为 {firstRows}×{firstColumns}，而{second}为 {secondRows}×{secondColumns}：两者的行数和列数必须相同",
  badAttributeWeight: "{name} {value} 必须是 ≥ 0 的有限数",
  weightsAllZero: "{name}全部为零：无法加权",
  noAnswersCsi: "没有回答：CSI 需要每个属性都有均值",
  noAnswersMean: "没有回答：均值无定义",
  noAnswersServperf: "没有回答：SERVPERF 得分无定义",
  noAnswersLevels: "没有回答：各等级占比无定义",
  emptySelection: "工作表“{sheet}”在 {address} 周围没有数据：请选择调查数据（标题行及其回答）",
  noStoredReport: "此工作簿中没有可刷新的 CS Insight 报告",
  refreshSurveyGone: "调查数据已不在 {range}：其标题行为空。请选择调查数据并重新生成报告",
  refreshSurveyNotFound: "调查数据已不在 {range}，且在所有工作表中都未找到其标题行：请选择调查数据（标题行及回答），然后单击“将所选内容用作调查数据”",
  refreshSelectionMismatch: "所选内容不是此报告的调查数据：第 {position} 列为“{found}”，而报告中为“{expected}”。请连同标题行选择调查数据",
  excelReadSelection: "读取所选区域时出错（请选择一个连续的单元格区域）：{cause}",
  excelReadAround: "读取 {range} 周围的单元格时出错：{cause}",
  excelRead: "读取 {range} 时出错：{cause}",
  excelReadRows: "读取 {range} 的第 {first}–{last} 行时出错：{cause}",
  excelReadWorkbook: "写入报告时出错（读取工作簿）：{cause}",
  excelWriteSheets: "写入报告时出错（写入工作表）：{cause}",
  excelSaveRecipe: "写入报告时出错（保存报告配置）：{cause}",
  taskCancelled: "已取消：工作簿未作任何更改",
  excelShowSheet: "显示工作表“{sheet}”时出错：{cause}",
  excelSelectCell: "选择单元格 {cell} 时出错：{cause}",
  excelMakeTable: "将 {range} 转换为 Excel 表格时出错：{cause}",
  excelWriteSample: "将示例调查写入 {range} 时出错：{cause}",
  firstRowLooksLikeAnswers:
    "{file}：第 1 行看起来是回答（{values}），而不是列名——如果文件没有标题行，请加上 {asAnswers}（各列将命名为 {names}）或添加一行标题；如果第 1 行确实是列名，请加上 {asHeaders}",
  emptyCellNotANumber: "空单元格不是数字",
  badScale: "量表 {scale} 无效：最小值和最大值须为有限数，且最小值小于最大值",
  badConfidenceLevel: "置信水平 {level} 必须介于 0 和 1 之间（例如 0.95）",
  notRows: "{name}不是由若干行组成的区域",
  rowNotCells: "{name}不是一行单元格",
  raggedRows: "{name}有 {got} 列，但第 1 行有 {width} 列",
  notLists: "{first}和{second}必须是列表",
  pairCountMismatch: "{first}有 {firstCount} 个回答，而{second}有 {secondCount} 个：两者必须一一对应",
  caseWeightsNotList: "样本权重必须是列表，每位受访者一个",
  attributeWeightsNotList: "{name}必须是列表，每个属性一个",
  attributeWeightCount: "{name}：给出 {given} 个，但有 {count} 个属性",
  notAList: "{name}必须是列表",
  listValueNotANumber: "{name}：{value} 不是数字",
  kanoAnswerOutOfRange: "{name}回答 {value} 不是 Kano 回答（1–5）",
  kanoPairTableSize: "Kano 配对表应有 25 个单元格，而不是 {count} 个",
  badKanoPairCount: "Kano 配对表第 {index} 格：计数 {value} 必须是 ≥ 0 的有限数",
  betterUndefined: "没有 A/O/M/I 类回答：满意系数无定义",
  worseUndefined: "没有 A/O/M/I 类回答：不满意系数无定义",
  badKanoThreshold: "Kano 阈值 {value} 必须介于 0 和 1 之间",
  badKanoCount: "Kano 计数 {category} = {value} 必须是 ≥ 0 的有限数",
  noKanoAnswers: "没有 Kano 回答：类别无定义",
  noKanoPairs: "没有受访者同时回答两道 Kano 问题：得分无定义",
  ipaLengthMismatch: "重要性有 {importanceCount} 个属性，而表现有 {performanceCount} 个：两者必须一一对应",
  noAttributes: "没有属性：十字线无定义",
  badCrosshairNumber: "十字线 {value} 不是有限数",
  midpointNeedsScale: "中点十字线需要量表（最小值和最大值）",
  unknownCrosshair: "无法识别十字线 {value}（应为 {options} 或数字）",
  quadrantNotNumbers: "重要性 {importance} / 表现 {performance} 必须是数字",
  performanceOffScale: "表现 {value} 超出了 {scale} 量表的范围",
  kanoCategoryCount: "给出 {categories} 个 Kano 类别，但有 {scores} 个优先级得分：两者必须一一对应",
  notKanoCategory: "{value} 不是 Kano 类别",
  systemMatrixSize: "方程组矩阵必须是 {size}×{size}",
  overallLengthMismatch: "总体满意度有 {overall} 个回答，而题目有 {rows} 行：两者必须一一对应",
  noItems: "没有题目：推导重要性无定义",
  unknownImportanceMethod: "无法识别重要性方法 {value}（应为 {options}）",
  badLevelScale: "量表 {scale} 不能用于等级计数：最小值和最大值须为整数，且最小值小于最大值（最多 {maxLevels} 个等级）",
  levelValuesNotList: "数值必须是回答的列表或区域",
  levelCountsMismatch: "{first} 个等级与 {second} 个等级的计数无法合并",
  noLevels: "没有等级：占比无定义",
  badLevelCount: "第 {index} 个等级：计数 {value} 必须是 ≥ 0 的有限数",
  levelCountsOverflow: "等级计数之和超出了最大可表示的数：请将样本权重除以其中的最大值",
  badTopBox: "高分段占比：格数 {boxes} 不在 1 到 {levels}（量表的等级数）之间",
  noGapPairs: "没有受访者同时回答感知和期望：差距无定义",
  noGaps: "没有差距数据：总体差距无定义",
  emptyDimension: "维度 {name} 没有题目：其差距无定义",
  dimensionItemMissing: "维度 {name} 使用第 {item} 个题目，但只给出了 {count} 个题目差距",
  noDimensionGaps: "没有维度差距：SERVQUAL 得分无定义",
  servqualPointsSum: "SERVQUAL 分值之和为 {sum}，而不是 100",
  noAttributesServperf: "没有属性：SERVPERF 得分无定义",
  valuesNotList: "数值必须是回答的列表",
  varianceTooFewAnswers: "只有 {count} 个回答：方差至少需要 2 个",
  varianceWeightsTooSmall: "样本权重之和为 {sum}：方差需要 Σw > 1（请将权重标准化为均值 1）",
  ciTooFewEffective: "有效样本量为 {value}：置信区间需要大于 1",
  noValuesMedian: "没有数值：中位数无定义",
  noAttributesCsi: "没有属性：CSI 无定义",
  unknownCsiMethod: "无法识别 CSI 方法 {value}（请使用 {rangeMethod} 或 {maxMethod}）",
  csiMaxMethodScale: "CSI 方法 {maxMethod} 需要从 0 或以上开始的量表，而不是 {scale}（请使用 {rangeMethod}）",
  csiMeanOffScale: "均值 {value} 超出了 {scale} 量表的范围",
  npsScoresNotList: "NPS 评分必须是回答的列表",
  badNpsCount: "NPS {group}：{value} 必须是 ≥ 0 的有限数",
  noNpsAnswers: "没有 NPS 回答：得分无定义",
  badNpsSumW2: "NPS {field} {value} 必须是正数",
  scaleOrder: "{lowName} {low} 必须小于{highName} {high}",
  argumentShapeMismatch: "{first} 为 {firstRows} 行 × {firstColumns} 列，而 {second} 为 {secondRows} 行 × {secondColumns} 列：两者的行数和列数必须相同",
  notOneColumn: "必须是一列（每位受访者一个回答），而不是 {rows} 行 × {columns} 列",
  rowsMismatch: "给出 {rows} 行，但 {other} 有 {otherRows} 行：两者必须一一对应",
  attributesMismatch: "给出 {columns} 个属性（列），但 {other} 有 {otherColumns} 个：两者必须一一对应",
  weightCountAttributes: "给出 {given} 个，但有 {count} 个属性（{other} 的列）",
  weightCountRespondents: "给出 {given} 个，但有 {count} 位受访者（{other} 的行）",
  tooManyArguments: "给出 {given} 个参数，最多应为 {count} 个",
  notFinite: "{value} 不是有限数",
  notWholeNumber: "{value} 不是整数",
  mustBeBetween: "{value} 必须介于 {low} 和 {high} 之间",
  mustBeAtLeast: "{value} 必须 ≥ {low}",
  mustBeAtMost: "{value} 必须 ≤ {high}",
  unknownChoice: "无法识别“{value}”：请使用 {options} 之一",
  unknownLanguage: "“{value}”不是 CS Insight 支持的语言：请使用 {first}、{second} 或 {third}",
  unknownCrosshairOption: "无法识别“{value}”：请使用 {options} 或数字",
  coefficientOnlyRQ: "没有 A/O/M/I 类回答（只有 R/Q）：{name}无定义",
  noPairedAttributes: "没有任何属性同时具有重要性和表现数值",
  notACellRange: "“{value}”不是单元格区域",
  emptyRange: "区域为空",
  vectorShape: "请给出一行或一列{what}，而不是 {rows} 行 × {columns} 列",
  attributeWeightBlank: "权重为空：请为每个属性给出权重，或全部留空以使用相同权重",
  rolesFileIsFolder: "{file}：这是文件夹，不是角色文件",
  rolesFileNotAFile: "{file}：不是普通文件（是设备或管道？），不是角色文件",
  rolesFileNotFound: "{file}：找不到角色文件",
  rolesFileUnreadable: "{file}：无法读取角色文件（{cause}）",
  rolesFileTooLarge: "{file}：{size} 字节，对角色文件来说过大",
  rolesFileNotUtf8: "{file}：角色文件不是 UTF-8 文本",
  tooManyColumns: "{file}：{where} {columns} 列——Excel 最多容纳 {maxColumns} 列（A..XFD）",
  streamNotUtf8: "{file}：第 {byte} 字节{hex}，第 {line} 行：不是 UTF-8 文本（GBK 或 Windows-1252？）——请将文件另存为“CSV UTF-8”",
  tooManyRated: "{file}：有 {count} 列的角色为评分——报告最多接受 {maxCount} 个评分属性（请用 {flag} 将其余列设为忽略）",
  surveyIsFolder: "{file}：这是文件夹，不是调查文件",
  fileNotFound: "{file}：找不到文件",
  fileUnreadable: "{file}：无法读取（{cause}）",
  fileProblem: "{file}：读取时出错：{cause}",
  fileNotFoundFirst: "找不到文件：{file}",
  unsupportedFileType: "{file}：不支持的文件类型“{ext}”——请使用 .csv 或 .xlsx",
  csvFatalRow: "{file}：第 {line} 行：{cause}",
  fileEmptyNoHeader: "{file}：文件为空（没有标题行）",
  notReadableXlsx: "{file}：不是可读取的 .xlsx 文件（{cause}）",
  noWorksheet: "{file}：没有工作表",
  noWorksheetNamed: "{file}：没有名为“{sheet}”的工作表",
  worksheetEmpty: "{file}：工作表“{sheet}”为空",
  zipNotCsv: "{file}：这是 zip 文件（.xlsx 工作簿？），不是 CSV——请将扩展名改为 .xlsx",
  xlsNotCsv: "{file}：这是旧版 Excel .xls 工作簿，不是 CSV——请另存为 .xlsx 或 CSV UTF-8",
  utf16NotCsv: "{file}：文件是 UTF-16 文本——请另存为“CSV UTF-8”",
  nulByte: "{file}：第 {byte} 字节是 NUL 字节——这是二进制文件，不是 CSV 文本文件",
  notUtf8: "{file}：文件不是 UTF-8 文本（GBK 或 Windows-1252？）——请另存为“CSV UTF-8”",
  noDataRows: "{file}：调查有标题行，但没有数据行",
  allRowsEmpty: "{file}：所有数据行都为空——没有受访者",
  noUsableRole: "{file}：没有任何列具有报告使用的角色（{roles}）——请用 {flag} 设置角色",
  rolesUsedHint: "{message}\n（所用的角色在 {file} 中：请更正后使用 {flag} {file} 重新运行）",
  headerRowEmpty: "{file}：第一行（标题行）为空",
  headerLineEmpty: "{file}：第一行（标题行）为空",
  unclosedQuote: "{file}：第 {line} 行：{cause}（引号没有闭合？）",
  rowTooLongBytes: "{file}：第 {line} 行：一行超过 {megabytes} MB——是否缺少右引号？",
  rolesNotJson: "角色文件 {file}：不是有效的 JSON（{cause}）",
  rolesNoColumnsList: "角色文件 {file}：应为包含 {field} 列表的对象",
  rolesVersion: "角色文件 {file}：不支持版本 {version}（本程序读取版本 {supported}）",
  rolesColumnMissing: "角色文件 {file}：{what}：第 {ref} 列不存在（调查共有 {columns} 列）",
  rolesBadRef: "角色文件 {file}：{what}：应为标题（文本）或列号",
  rolesNoSuchHeader: "角色文件 {file}：{what}：调查中没有“{ref}”列",
  rolesAmbiguousHeader: "角色文件 {file}：{what}：有 {count} 列的标题为“{ref}”（第 {columns} 列）——请同时给出 {field}",
  rolesEntryNotObject: "角色文件 {file}：第 {index} 项不是对象",
  rolesFieldNotNumber: "角色文件 {file}：{what}：{field} 必须是数字",
  rolesEntryNoColumn: "角色文件 {file}：第 {index} 项没有指定列（请给出 {header} 或 {field}）",
  rolesColumnTwice: "角色文件 {file}：{what}：第 {index} 列（“{header}”）出现了两次",
  rolesUnknownRole: "角色文件 {file}：{what}：未知角色 {role}（可用角色：{roles}）",
  rolesFieldNotText: "角色文件 {file}：{what}：{field} 必须是文本",
  rolesBadScale: "角色文件 {file}：{what}：{field} 必须是 [最小值, 最大值]，且最小值小于最大值，例如 [1, 5]",
  rolesSelfPair: "角色文件 {file}：{what}：列不能与自身配对",
};

const ES: Record<MessageKey, MessageTemplate> = {
  notOnScale: "«{value}» no es una respuesta de la escala {scale}",
  kanoAnswerOnScale: "«{value}» es una respuesta Kano, no una respuesta de la escala {scale}",
  fivePointLabelOnScale: "«{value}» es una etiqueta de una escala de 5 puntos, no una respuesta de la escala {scale}",
  labelDisagrees: "«{value}» tiene un número y una etiqueta que no coinciden",
  excelErrorOnScale: "«{value}» es un error de Excel, no una respuesta de la escala {scale}",
  notKanoAnswer: "«{value}» no es una respuesta Kano (1 me gusta, 2 lo espero, 3 me es indiferente, 4 lo tolero, 5 no me gusta)",
  kanoLabelDisagrees: "«{value}» tiene un número y una etiqueta Kano que no coinciden",
  excelErrorKano: "«{value}» es un error de Excel, no una respuesta Kano",
  notNpsScore: "«{value}» no es una puntuación de la escala {scale} (números enteros del {min} al {max})",
  excelErrorNps: "«{value}» es un error de Excel, no una puntuación de la escala {scale}",
  weightBlank: "el peso está vacío (cada encuestado necesita un peso)",
  badWeight: "«{value}» no es un peso (un número ≥ 0)",
  notARange: "se esperaba un rango (filas de celdas)",
  rowLength: { one: "tiene {got} celda en lugar de {width}", other: "tiene {got} celdas en lugar de {width}" },
  rowTooShort: {
    one: "tiene {got} celda en lugar de {width}; las celdas que faltan se leen como vacías",
    other: "tiene {got} celdas en lugar de {width}; las celdas que faltan se leen como vacías",
  },
  rowTooLong: {
    one: "tiene {got} celda en lugar de {width}; las celdas sobrantes se ignoran",
    other: "tiene {got} celdas en lugar de {width}; las celdas sobrantes se ignoran",
  },
  roleColumnMissing: "el rol de columna «{role}» apunta a la columna {index}, pero el rango tiene {columns} columnas",
  notANumber: "{value} no es un número",
  textNotANumber: "«{value}» no es un número",
  outsideScale: "{value} está fuera de la escala {scale}",
  notLevel: "{value} no es un nivel de la escala {scale}",
  notWholeScore: "{value} no es una puntuación entera de {scale}",
  notKanoNumber: "{value} no es una respuesta Kano (1–5)",
  layoutPosition: "la posición {position} no es un índice de columna (0, 1, …)",
  kanoPairIncomplete: "atributo «{attribute}»: una pregunta Kano necesita la columna funcional y la disfuncional",
  badCaseWeight: "el peso de caso {value} debe ser un número finito ≥ 0",
  caseWeightCount: "pesos de caso: hay {given} para {rows} encuestados (filas)",
  layoutsDiffer: "no se pueden combinar estadísticas de encuestas con estructuras distintas (columnas, roles o escalas)",
  notSegmentColumn: "la columna {index} no es una columna de segmento de la encuesta",
  tooFewPairs: "{count} par(es) completo(s): una correlación necesita al menos 2",
  noVariance: "{variable} no tiene varianza (todas las respuestas son iguales): la correlación no está definida",
  alphaTooFewItems: "el α de Cronbach necesita al menos 2 ítems, no {count}",
  alphaTooFewRows: "el α de Cronbach necesita al menos 2 filas completas (eliminación por lista); hay {count}",
  alphaZeroVariance: "la puntuación total tiene varianza cero: el α de Cronbach no está definido",
  betaTooFewRows: "β necesita más filas completas que ítems: {rows} fila(s) completa(s) para {items} ítem(s)",
  betaOverallNoVariance: "la satisfacción general no varía en las filas completas: β no está definido",
  betaNoVariance: "sin varianza en las filas completas: β no está definido",
  collinear: "los ítems son colineales: este ítem es (casi) una combinación lineal de los anteriores, así que β no está definido",
  noOverallRows: "no hay respuestas de satisfacción general",
  shapeMismatch: "{first}: {firstRows}×{firstColumns}; {second}: {secondRows}×{secondColumns}; deben tener las mismas filas y columnas",
  badAttributeWeight: "{name}: {value} debe ser un número finito ≥ 0",
  weightsAllZero: "{name}: todos son cero; no hay nada con qué ponderar",
  noAnswersCsi: "sin respuestas: el CSI necesita una media para cada atributo",
  noAnswersMean: "sin respuestas: la media no está definida",
  noAnswersServperf: "sin respuestas: la puntuación SERVPERF no está definida",
  noAnswersLevels: "sin respuestas: las proporciones por nivel no están definidas",
  emptySelection: "la hoja «{sheet}» está vacía alrededor de {address}: seleccione la encuesta (una fila de encabezados y sus respuestas)",
  noStoredReport: "este libro no contiene ningún informe de CS Insight que actualizar",
  refreshSurveyGone: "la encuesta ya no está en {range}: su fila de encabezados está vacía. Seleccione la encuesta y vuelva a generar el informe",
  refreshSurveyNotFound:
    "la encuesta ya no está en {range} y su fila de encabezados no aparece en ninguna hoja: seleccione la encuesta (fila de encabezados y respuestas) y pulse Usar la selección como encuesta",
  refreshSelectionMismatch:
    "la selección no es la encuesta de este informe: la columna {position} es «{found}» donde el informe tiene «{expected}». Seleccione la encuesta con su fila de encabezados",
  excelReadSelection: "al leer la selección (seleccione un único bloque de celdas): {cause}",
  excelReadAround: "al leer alrededor de {range}: {cause}",
  excelRead: "al leer {range}: {cause}",
  excelReadRows: "al leer {range}, filas {first}–{last}: {cause}",
  excelReadWorkbook: "al escribir el informe (leyendo el libro): {cause}",
  excelWriteSheets: "al escribir el informe (escribiendo las hojas): {cause}",
  excelSaveRecipe: "al escribir el informe (guardando la configuración): {cause}",
  taskCancelled: "cancelado: el libro no se ha modificado",
  excelShowSheet: "al mostrar la hoja «{sheet}»: {cause}",
  excelSelectCell: "al seleccionar la celda {cell}: {cause}",
  excelMakeTable: "al convertir {range} en una tabla de Excel: {cause}",
  excelWriteSample: "al escribir la encuesta de ejemplo en {range}: {cause}",
  firstRowLooksLikeAnswers:
    "{file}: la fila 1 parece contener respuestas ({values}), no nombres de columna; si el archivo no tiene fila de encabezado, use {asAnswers} (las columnas se llamarán {names}) o añada una fila de encabezado; si la fila 1 sí contiene los nombres de columna, use {asHeaders}",
  emptyCellNotANumber: "una celda vacía no es un número",
  badScale: "la escala {scale} no es válida: se necesitan números finitos con mínimo < máximo",
  badConfidenceLevel: "el nivel de confianza {level} debe estar entre 0 y 1 (p. ej., 0,95)",
  notRows: "{name}: se esperaba un rango de filas",
  rowNotCells: "{name}: se esperaba una fila de celdas",
  raggedRows: "{name}: {got} columnas, pero la fila 1 tiene {width}",
  notLists: "{first} y {second} deben ser listas",
  pairCountMismatch: "{first}: {firstCount} respuestas; {second}: {secondCount}; deben formar pares",
  caseWeightsNotList: "los pesos de caso deben ser una lista, uno por encuestado",
  attributeWeightsNotList: "{name}: se esperaba una lista, un valor por atributo",
  attributeWeightCount: "{name}: hay {given} para {count} atributos",
  notAList: "{name}: se esperaba una lista",
  listValueNotANumber: "{name}: {value} no es un número",
  kanoAnswerOutOfRange: "la respuesta {name} {value} no es una respuesta Kano (1–5)",
  kanoPairTableSize: "una tabla de pares Kano tiene 25 celdas, no {count}",
  badKanoPairCount: "celda {index} de la tabla de pares Kano: el recuento {value} debe ser un número finito ≥ 0",
  betterUndefined: "no hay respuestas A/O/M/I: el coeficiente Better no está definido",
  worseUndefined: "no hay respuestas A/O/M/I: el coeficiente Worse no está definido",
  badKanoThreshold: "el umbral Kano {value} debe estar entre 0 y 1",
  badKanoCount: "el recuento Kano {category} = {value} debe ser un número finito ≥ 0",
  noKanoAnswers: "no hay respuestas Kano: la categoría no está definida",
  noKanoPairs: "ningún encuestado respondió las dos preguntas Kano: las puntuaciones no están definidas",
  ipaLengthMismatch: "importancia: {importanceCount} atributos; desempeño: {performanceCount}; deben formar pares",
  noAttributes: "no hay atributos: la cruz de referencia no está definida",
  badCrosshairNumber: "la cruz de referencia {value} no es un número finito",
  midpointNeedsScale: "la cruz de referencia en el punto medio necesita la escala (mínimo y máximo)",
  unknownCrosshair: "la cruz de referencia {value} no se reconoce ({options} o un número)",
  quadrantNotNumbers: "importancia {importance} / desempeño {performance}: deben ser números",
  performanceOffScale: "el desempeño {value} está fuera de la escala {scale}",
  kanoCategoryCount: "hay {categories} categorías Kano para {scores} puntuaciones de prioridad: deben formar pares",
  notKanoCategory: "{value} no es una categoría Kano",
  systemMatrixSize: "la matriz del sistema debe ser de {size}×{size}",
  overallLengthMismatch: "satisfacción general: {overall} respuestas; ítems: {rows} filas; deben formar pares",
  noItems: "no hay ítems: la importancia derivada no está definida",
  unknownImportanceMethod: "el método de importancia {value} no se reconoce ({options})",
  badLevelScale: "la escala {scale} no sirve para contar niveles: se necesitan enteros con mínimo < máximo (como mucho {maxLevels} niveles)",
  levelValuesNotList: "los valores deben ser una lista o un rango de respuestas",
  levelCountsMismatch: "no se pueden combinar recuentos de {first} y de {second} niveles",
  noLevels: "no hay niveles: las proporciones no están definidas",
  badLevelCount: "nivel {index}: el recuento {value} debe ser un número finito ≥ 0",
  levelCountsOverflow: "la suma de los recuentos de niveles supera el mayor número representable: divida los pesos de caso por el mayor de ellos",
  badTopBox: "top-box: {boxes} casillas no está entre 1 y {levels} (los niveles de la escala)",
  noGapPairs: "ningún encuestado respondió percepción y expectativa: la brecha no está definida",
  noGaps: "no hay brechas: la brecha global no está definida",
  emptyDimension: "la dimensión {name} no tiene ítems: su brecha no está definida",
  dimensionItemMissing: "la dimensión {name} usa el ítem {item}, pero se dieron {count} brechas por ítem",
  noDimensionGaps: "no hay brechas por dimensión: la puntuación SERVQUAL no está definida",
  servqualPointsSum: "los puntos SERVQUAL suman {sum}, no 100",
  noAttributesServperf: "no hay atributos: la puntuación SERVPERF no está definida",
  valuesNotList: "los valores deben ser una lista de respuestas",
  varianceTooFewAnswers: "{count} respuesta(s): la varianza necesita al menos 2",
  varianceWeightsTooSmall: "los pesos de caso suman {sum}: la varianza necesita Σw > 1 (normalice los pesos a media 1)",
  ciTooFewEffective: "tamaño efectivo de la muestra {value}: un intervalo de confianza necesita más de 1",
  noValuesMedian: "no hay valores: la mediana no está definida",
  noAttributesCsi: "no hay atributos: el CSI no está definido",
  unknownCsiMethod: "el método de CSI {value} no se reconoce (use {rangeMethod} o {maxMethod})",
  csiMaxMethodScale: "el método de CSI {maxMethod} necesita una escala que empiece en 0 o más, no {scale} (use {rangeMethod})",
  csiMeanOffScale: "la media {value} está fuera de la escala {scale}",
  npsScoresNotList: "las puntuaciones NPS deben ser una lista de respuestas",
  badNpsCount: "NPS {group}: {value} debe ser un número finito ≥ 0",
  noNpsAnswers: "no hay respuestas NPS: la puntuación no está definida",
  badNpsSumW2: "NPS {field} {value} debe ser un número positivo",
  scaleOrder: "{lowName} {low} debe ser menor que {highName} {high}",
  argumentShapeMismatch:
    "{first}: {firstRows} {firstRows|fila|filas} × {firstColumns} {firstColumns|columna|columnas}; {second}: {secondRows} {secondRows|fila|filas} × {secondColumns} {secondColumns|columna|columnas}; deben tener las mismas filas y columnas",
  notOneColumn: "debe ser una sola columna (una respuesta por encuestado), no {rows} {rows|fila|filas} × {columns} {columns|columna|columnas}",
  rowsMismatch: "hay {rows} filas para las {otherRows} filas de {other}: deben formar pares",
  attributesMismatch: "hay {columns} atributos (columnas) para los {otherColumns} de {other}: deben formar pares",
  weightCountAttributes: "hay {given} para {count} atributos (columnas de {other})",
  weightCountRespondents: "hay {given} para {count} encuestados (filas de {other})",
  tooManyArguments: "se dieron {given} argumentos; se esperaban como mucho {count}",
  notFinite: "{value} no es un número finito",
  notWholeNumber: "{value} no es un número entero",
  mustBeBetween: "{value} debe estar entre {low} y {high}",
  mustBeAtLeast: "{value} debe ser ≥ {low}",
  mustBeAtMost: "{value} debe ser ≤ {high}",
  unknownChoice: "«{value}» no se reconoce: use uno de estos valores: {options}",
  unknownLanguage: "«{value}» no es un idioma de CS Insight: use {first}, {second} o {third}",
  unknownCrosshairOption: "«{value}» no se reconoce: use {options} o un número",
  coefficientOnlyRQ: "no hay respuestas A/O/M/I (solo R/Q): el coeficiente {name} no está definido",
  noPairedAttributes: "ningún atributo tiene a la vez un valor de importancia y uno de desempeño",
  notACellRange: "«{value}» no es un rango de celdas",
  emptyRange: "el rango está vacío",
  vectorShape: "indique una fila o una columna de {what}, no {rows} {rows|fila|filas} × {columns} {columns|columna|columnas}",
  attributeWeightBlank: "el peso está vacío: dé un peso a cada atributo o deje todos vacíos para usar pesos iguales",
  rolesFileIsFolder: "{file}: es una carpeta, no un archivo de roles",
  rolesFileNotAFile: "{file}: no es un archivo (¿un dispositivo o una tubería?), no un archivo de roles",
  rolesFileNotFound: "{file}: no se encuentra el archivo de roles",
  rolesFileUnreadable: "{file}: no se puede leer el archivo de roles ({cause})",
  rolesFileTooLarge: "{file}: {size} bytes es demasiado para un archivo de roles",
  rolesFileNotUtf8: "{file}: el archivo de roles no es texto UTF-8",
  tooManyColumns: "{file}:{where} {columns} columnas; Excel admite como mucho {maxColumns} (A..XFD)",
  streamNotUtf8: "{file}: byte {byte}{hex}, línea {line}: no es texto UTF-8 (¿GBK o Windows-1252?); guarde el archivo como «CSV UTF-8»",
  tooManyRated:
    "{file}: {count} columnas tienen el rol de valoración; el informe admite como mucho {maxCount} atributos valorados (marque los demás para ignorar con {flag})",
  surveyIsFolder: "{file}: es una carpeta, no un archivo de encuesta",
  fileNotFound: "{file}: no se encuentra el archivo",
  fileUnreadable: "{file}: no se puede leer ({cause})",
  fileProblem: "{file}: error al leer: {cause}",
  fileNotFoundFirst: "no se encuentra el archivo: {file}",
  unsupportedFileType: "{file}: tipo de archivo no admitido «{ext}»; use .csv o .xlsx",
  csvFatalRow: "{file}: fila {line}: {cause}",
  fileEmptyNoHeader: "{file}: el archivo está vacío (no hay fila de encabezados)",
  notReadableXlsx: "{file}: no es un archivo .xlsx legible ({cause})",
  noWorksheet: "{file}: no hay ninguna hoja de cálculo",
  noWorksheetNamed: "{file}: no hay ninguna hoja llamada «{sheet}»",
  worksheetEmpty: "{file}: la hoja «{sheet}» está vacía",
  zipNotCsv: "{file}: es un archivo zip (¿un libro .xlsx?), no un CSV; póngale la extensión .xlsx",
  xlsNotCsv: "{file}: es un libro antiguo de Excel .xls, no un CSV; guárdelo como .xlsx o como CSV UTF-8",
  utf16NotCsv: "{file}: el archivo es texto UTF-16; guárdelo como «CSV UTF-8»",
  nulByte: "{file}: el byte {byte} es un byte NUL; es un archivo binario, no un archivo de texto CSV",
  notUtf8: "{file}: el archivo no es texto UTF-8 (¿GBK o Windows-1252?); guárdelo como «CSV UTF-8»",
  noDataRows: "{file}: la encuesta tiene fila de encabezados pero no filas de datos",
  allRowsEmpty: "{file}: todas las filas de datos están vacías; no hay encuestados",
  noUsableRole: "{file}: ninguna columna tiene un rol que use el informe ({roles}); asigne roles con {flag}",
  rolesUsedHint: "{message}\n(los roles usados están en {file}: corríjalos y vuelva a ejecutar con {flag} {file})",
  headerRowEmpty: "{file}: la primera fila (la de encabezados) está vacía",
  headerLineEmpty: "{file}: la primera línea (la de encabezados) está vacía",
  unclosedQuote: "{file}: fila {line}: {cause} (¿unas comillas que no se cierran?)",
  rowTooLongBytes: "{file}: fila {line}: una fila ocupa más de {megabytes} MB; ¿falta unas comillas de cierre?",
  rolesNotJson: "archivo de roles {file}: no es JSON válido ({cause})",
  rolesNoColumnsList: "archivo de roles {file}: se esperaba un objeto con una lista {field}",
  rolesVersion: "archivo de roles {file}: la versión {version} no es compatible (este programa lee la versión {supported})",
  rolesColumnMissing: "archivo de roles {file}: {what}: la columna {ref} no existe (la encuesta tiene {columns} columnas)",
  rolesBadRef: "archivo de roles {file}: {what}: se esperaba un encabezado (texto) o un número de columna",
  rolesNoSuchHeader: "archivo de roles {file}: {what}: la encuesta no tiene ninguna columna «{ref}»",
  rolesAmbiguousHeader: "archivo de roles {file}: {what}: {count} columnas tienen el encabezado «{ref}» (columnas {columns}); indique también {field}",
  rolesEntryNotObject: "archivo de roles {file}: la entrada {index} no es un objeto",
  rolesFieldNotNumber: "archivo de roles {file}: {what}: {field} debe ser un número",
  rolesEntryNoColumn: "archivo de roles {file}: la entrada {index} no indica ninguna columna (indique {header} o {field})",
  rolesColumnTwice: "archivo de roles {file}: {what}: la columna {index} («{header}») aparece dos veces",
  rolesUnknownRole: "archivo de roles {file}: {what}: rol desconocido {role} (roles: {roles})",
  rolesFieldNotText: "archivo de roles {file}: {what}: {field} debe ser texto",
  rolesBadScale: "archivo de roles {file}: {what}: {field} debe ser [mín, máx] con mín < máx, p. ej. [1, 5]",
  rolesSelfPair: "archivo de roles {file}: {what}: una columna no puede emparejarse consigo misma",
};

const LOCATION: Record<MessageLanguage, LocationTemplates> = {
  en: EN_LOCATION,
  "zh-CN": { rowColumn: "第 {row} 行，第 {column} 列：", row: "第 {row} 行：", column: "第 {column} 列：", argument: "{argument}：" },
  es: { rowColumn: "fila {row}, columna {column}: ", row: "fila {row}: ", column: "columna {column}: ", argument: "{argument}: " },
};

/** English names in params (argument names of the engine's checks) → the language's words. */
const TERMS: Record<MessageLanguage, Readonly<Record<string, string>>> = {
  en: {},
  "zh-CN": {
    perception: "感知评分",
    expectation: "期望评分",
    "functional answers": "正向回答",
    "dysfunctional answers": "反向回答",
    "CSI weights": "CSI 权重",
    "gap weights": "差距权重",
    "SERVQUAL points": "SERVQUAL 分值",
    importance: "重要性",
    data: "数据",
    items: "题目",
    gaps: "差距",
    "item gaps": "题目差距",
    "dimension gaps": "维度差距",
    "attribute means": "属性均值",
    performance: "表现",
    "priority scores": "优先级得分",
    functional: "正向",
    dysfunctional: "反向",
    promoters: "推荐者",
    passives: "被动者",
    detractors: "贬损者",
    "the scale minimum": "量表最小值",
    "the scale maximum": "量表最大值",
    Better: "满意系数",
    Worse: "不满意系数",
    "weights (one per attribute)": "权重（每个属性一个）",
    "case weights (one per respondent)": "样本权重（每位受访者一个）",
    scores: "评分",
  },
  es: {
    perception: "percepción",
    expectation: "expectativa",
    "functional answers": "respuestas funcionales",
    "dysfunctional answers": "respuestas disfuncionales",
    "CSI weights": "pesos del CSI",
    "gap weights": "pesos de las brechas",
    "SERVQUAL points": "puntos SERVQUAL",
    importance: "importancia",
    data: "datos",
    items: "ítems",
    gaps: "brechas",
    "item gaps": "brechas por ítem",
    "dimension gaps": "brechas por dimensión",
    "attribute means": "medias de los atributos",
    performance: "desempeño",
    "priority scores": "puntuaciones de prioridad",
    functional: "funcional",
    dysfunctional: "disfuncional",
    promoters: "promotores",
    passives: "pasivos",
    detractors: "detractores",
    "the scale minimum": "el mínimo de la escala",
    "the scale maximum": "el máximo de la escala",
    "weights (one per attribute)": "pesos (uno por atributo)",
    "case weights (one per respondent)": "pesos de caso (uno por encuestado)",
    scores: "puntuaciones",
  },
};

/** Column roles ("rating", "kano_functional") as the task pane names them. */
const ROLE_NAMES: Record<MessageLanguage, Readonly<Record<string, string>>> = {
  en: {}, // English keeps the role identifiers, as the English message does
  "zh-CN": zhUi.roles,
  es: esUi.roles,
};

const TEMPLATES: Record<MessageLanguage, Record<MessageKey, MessageTemplate>> = { en: EN, "zh-CN": ZH, es: ES };

export function isMessageLanguage(value: string): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly string[]).includes(value);
}

/** The templates of a language (for tests and tools). */
export function messageTemplates(lang: MessageLanguage): Readonly<Record<MessageKey, MessageTemplate>> {
  return TEMPLATES[lang];
}

/** A number written the language's way: decimal comma in Spanish, no grouping anywhere. */
export function messageNumber(x: number, lang: MessageLanguage): string {
  const s = String(x);
  return lang === "es" ? s.replace(".", ",") : s;
}

/** A scale as messages show it: "1–5" ("0,5–4,5" in Spanish). */
export function messageScale(min: number, max: number, lang: MessageLanguage): string {
  return scaleText(min, max, numberStyle(lang));
}

function numberStyle(lang: MessageLanguage): MessageStyle {
  return { number: (x) => messageNumber(x, lang) };
}

/** A name's translation in `dict`, or the name itself. */
function term(dict: Readonly<Record<string, string>>, name: string): string {
  return Object.prototype.hasOwnProperty.call(dict, name) ? dict[name] : name;
}

/** How `lang` writes key's params: its numbers, and the English names TERM_PARAMS lists translated. */
function messageStyle(key: MessageKey, lang: MessageLanguage): MessageStyle {
  const terms = TERM_PARAMS[key] ?? [];
  return {
    number: (x) => messageNumber(x, lang),
    text: (name, v) => (terms.includes(name) ? term(name === "role" ? ROLE_NAMES[lang] : TERMS[lang], v) : v),
  };
}

/** The location prefix of params.row / params.column, in the language ("" when neither is set). */
export function localizeLocation(params: MessageParams | undefined, lang: MessageLanguage): string {
  return renderLocation(params, LOCATION[lang], numberStyle(lang));
}

/**
 * The message in `lang`: the location prefix and the key's template filled from the params, by
 * the engine's renderer (the same that writes a CsError's English message); the English
 * `message` itself when there is no key (or an unknown one, or a param is missing).
 */
export function localizeMessage(m: LocalizableMessage, lang: MessageLanguage): string {
  const { key, message } = m;
  if (!isMessageKey(key) || !isMessageLanguage(lang)) return message;
  const params: MessageParams = m.params ?? {};
  const body = renderBody(key, TEMPLATES[lang][key], params, messageStyle(key, lang));
  return body.complete ? `${localizeLocation(params, lang)}${body.text}` : message;
}
