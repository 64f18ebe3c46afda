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
  // Decisions on the merits dated in the period, and of them those that corrected the act
  // (撤销、变更、确认违法、确认无效、责令履行; 行政复议法 第63-66条): the error-correction rate the
  // assessment scores for the respondent (src/assessment/national-2021.ts).
  {
    key: "reconsideration.decisions",
    label: "作出行政复议决定数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "decisionDate" },
    where: [{ field: "closingMode", equals: "decision" }],
  },
  {
    key: "reconsideration.corrected",
    label: "行政复议决定纠错数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: { mode: "within", field: "decisionDate" },
    where: [
      { field: "closingMode", equals: "decision" },
      {
        field: "outcome",
        in: ["revoked", "varied", "confirmedUnlawful", "confirmedVoid", "orderedToPerform"],
      },
    ],
  },
  {
    key: "reconsideration.correctionRate",
    label: "行政复议决定纠错率",
    section: "disputes",
    unit: "",
    measure: {
      kind: "ratio",
      numerator: "reconsideration.corrected",
      denominator: "reconsideration.decisions",
    },
    format: { kind: "percent", decimals: 1 },
  },
];

export const reconsiderationReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 10,
    text: "加强行政复议工作。按照行政复议法及其实施条例，积极履行职责，畅通申请渠道，严格遵循办案程序，全年共办理行政复议案件{{reconsideration.cases}}件。",
  },
];
