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
];

export const litigationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 20,
    text: "提高行政应诉水平。支持人民法院依法受理和审理行政案件，认真组织应诉，全年共办理行政应诉案件{{litigation.cases}}件。",
  },
];
