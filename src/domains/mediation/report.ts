// Figures and report paragraph of people's mediation (houma-2023-figures.md, 五): disputes taken
// on in the year, the share of them that ended in a mediation agreement, and the parties involved
// (rows of the parties table, and distinct persons across cases).
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

const accepted = { mode: "within", field: "acceptedDate" } as const;

export const mediationIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "mediation.cases",
    label: "人民调解组织调处纠纷数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: accepted,
  },
  {
    key: "mediation.agreements",
    label: "调解成功数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: accepted,
    where: [{ field: "outcome", equals: "agreement" }],
  },
  {
    key: "mediation.parties",
    label: "人民调解案件涉及当事人数",
    section: "disputes",
    unit: "人次",
    measure: { kind: "rows", table: "parties" },
    period: accepted,
  },
  {
    key: "mediation.organisationParties",
    label: "人民调解案件涉及法人或其他组织当事人数",
    section: "disputes",
    unit: "家次",
    measure: {
      kind: "rows",
      table: "parties",
      rowWhere: [{ column: "kind", equals: "organisation" }],
    },
    period: accepted,
  },
  {
    // One person in several disputes of the year counts once (by 公民身份号码).
    key: "mediation.distinctPersons",
    label: "人民调解案件涉及自然人当事人人数（去重）",
    section: "disputes",
    unit: "人",
    measure: { kind: "distinctRowValue", table: "parties", column: "idNumber" },
    period: accepted,
  },
  {
    key: "mediation.successRate",
    label: "调解成功率",
    section: "disputes",
    unit: "",
    measure: { kind: "ratio", numerator: "mediation.agreements", denominator: "mediation.cases" },
    format: { kind: "percent", decimals: 1 },
  },
];

export const mediationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 50,
    text: "强化矛盾纠纷化解。加强行业性专业性人民调解组织建设，全市各级各类人民调解组织调处各类纠纷案件{{mediation.cases}}件，调解成功率{{mediation.successRate}}。",
  },
];
