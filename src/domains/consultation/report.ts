// Figures and report paragraph of free legal consultation (houma-2023-figures.md, 五): 人次 in the
// year against the target the organisation itself was set for that year.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const consultationIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "consultation.count",
    label: "免费法律咨询量",
    section: "disputes",
    unit: "人次",
    measure: { kind: "sum", field: "people" },
    period: { mode: "within", field: "consultationDate" },
  },
  {
    key: "consultation.targetRate",
    label: "法律咨询年度任务完成率",
    section: "disputes",
    unit: "",
    measure: { kind: "ratio", numerator: "consultation.count", denominator: "consultation.target" },
    format: { kind: "percent", decimals: 1 },
  },
];

export const consultationTargetIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "consultation.target",
    label: "法律咨询年度目标",
    section: "disputes",
    unit: "人次",
    measure: { kind: "target", field: "targetPeople", latestBy: "setOn" },
    period: { mode: "year", field: "year" },
    isAuxiliary: true,
  },
];

export const consultationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 25,
    text: "开展免费法律咨询。在公共法律服务大厅、各司法所及各法律服务机构为人民群众提供免费法律咨询，全年免费法律服务咨询量达{{consultation.count}}人次，完成任务率达{{consultation.targetRate}}。",
  },
];
