// Figures and report paragraph of administrative reconsideration (houma-2023-figures.md, 五).
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const reconsiderationIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "reconsideration.cases",
    label: "办理行政复议案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "receivedDate" },
  },
];

export const reconsiderationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 10,
    text: "加强行政复议工作。按照行政复议法及其实施条例，积极履行职责，畅通申请渠道，严格遵循办案程序，全年共办理行政复议案件{{reconsideration.cases}}件。",
  },
];
