// Figures and report paragraph of legal aid (houma-2023-figures.md, 五). A case is for a special
// group when any of the special-group flags is set (法律援助法 第42条, 第70条).
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";
import { SPECIAL_GROUP_FIELDS } from "./fields.js";

const received = { mode: "within", field: "receivedDate" } as const;
const specialGroup = { anyOf: SPECIAL_GROUP_FIELDS.map((field) => ({ field, equals: true })) };

/**
 * A case handled (办理) is one where aid was given: granted, provided first (第44条) or appointed on
 * a notice (第36条), whatever became of it later. Refused and withdrawn applications are not.
 */
const aidGiven = { field: "state", in: ["granted", "designated", "handling", "closed"] } as const;

export const legalAidIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "legalAid.applications",
    label: "收到法律援助申请及通知辩护数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: received,
  },
  {
    key: "legalAid.cases",
    label: "办理法律援助案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: received,
    where: [aidGiven],
  },
  {
    key: "legalAid.specialGroupCases",
    label: "受理特殊群体法律援助案件数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: received,
    where: [specialGroup, aidGiven],
  },
  {
    key: "legalAid.specialGroupClosed",
    label: "特殊群体法律援助案件结案数",
    section: "disputes",
    unit: "件",
    measure: { kind: "count" },
    period: received,
    where: [specialGroup, { field: "state", equals: "closed" }],
  },
  {
    key: "legalAid.specialGroupClosedRate",
    label: "特殊群体法律援助案件结案率",
    section: "disputes",
    unit: "",
    measure: {
      kind: "ratio",
      numerator: "legalAid.specialGroupClosed",
      denominator: "legalAid.specialGroupCases",
    },
    format: { kind: "percent", decimals: 1 },
  },
];

export const legalAidReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 30,
    text: "开展特殊群体法律援助惠民工程。大力贯彻实施《中华人民共和国法律援助法》，全年共办理各类法律援助案件{{legalAid.cases}}件，其中受理特殊群体法律援助案件{{legalAid.specialGroupCases}}件，结案率{{legalAid.specialGroupClosedRate}}。",
  },
];
