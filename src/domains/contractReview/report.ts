// Figures and report paragraph of contract review (houma-2023-figures.md, 三: 审查合同40份). A
// contract counts in the year its review was concluded; withdrawn ones are not reviewed.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const contractReviewIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "contract.reviewed",
    label: "审查合同数",
    section: "institutions",
    unit: "份",
    measure: { kind: "count" },
    period: { mode: "within", field: "reviewedDate" },
    where: [{ field: "state", equals: "concluded" }],
  },
];

export const contractReviewReport: readonly ReportFragment[] = [
  {
    section: "institutions",
    order: 30,
    text: "健全政府法律顾问制度和公职律师制度。建立以司法行政机关为主体、吸收专家和律师参加的法律顾问队伍，现有法律顾问、公职律师{{legalAdviser.advisers}}名，其中公职律师{{legalAdviser.publicLawyers}}名，在重大决策、招商引资、行政应诉、行政复议等涉法事务中发挥作用。全年共审查市政府及各职能部门拟签订的合同{{contract.reviewed}}份，做到双方责权明晰，有效防范法律风险。",
  },
];
