// Figures and report paragraph of administrative litigation (houma-2023-figures.md, 五).
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const litigationIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "litigation.cases",
    label: "办理行政应诉案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "complaintReceivedDate" },
  },
  // Leader court appearance (负责人出庭应诉, 行政诉讼法 第3条第3款) at first-instance hearings held in
  // the period; second-instance hearings are not counted (one hearing per case keeps the rate a
  // share of cases). The assessment scores it (src/assessment/national-2021.ts).
  {
    key: "litigation.firstHearings",
    label: "一审开庭审理的行政应诉案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "firstHearingDate" },
  },
  {
    key: "litigation.leaderAppearances",
    label: "一审行政机关负责人出庭应诉案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "firstHearingDate" },
    where: [{ field: "firstLeaderAppeared", equals: true }],
  },
  {
    key: "litigation.leaderAppearanceRate",
    label: "行政机关负责人出庭应诉率",
    section: "disputes",
    unit: "",
    measure: {
      kind: "ratio",
      numerator: "litigation.leaderAppearances",
      denominator: "litigation.firstHearings",
    },
    format: { kind: "percent", decimals: 1 },
  },
];

export const litigationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 20,
    text: "提高行政应诉水平。支持人民法院依法受理和审理行政案件，认真组织应诉，全年共办理行政应诉案件{{litigation.cases}}件。",
  },
];
