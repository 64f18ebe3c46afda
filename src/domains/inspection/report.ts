// Figures of section (二) on random inspections (houma-2023-figures.md): plans of the year, joint
// and internal, the distinct market entities inspected, and the share of plans whose draw used the
// credit-risk classes. A plan counts once it is published (its list frozen), by its plan year.
import type { IndicatorDeclaration } from "../../kernel/indicators.js";

const planYear = { mode: "year", field: "year" } as const;
const announced = {
  field: "state",
  in: ["published", "drawn", "inspecting", "completed", "resultsPublished"],
} as const;

export const planIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "inspection.plans",
    label: "“双随机、一公开”抽查计划数",
    section: "functions",
    unit: "个",
    measure: { kind: "count" },
    period: planYear,
    where: [announced],
  },
  {
    key: "inspection.jointPlans",
    label: "其中部门联合抽查计划数",
    section: "functions",
    unit: "个",
    measure: { kind: "count" },
    period: planYear,
    where: [announced, { field: "kind", equals: "joint" }],
  },
  {
    key: "inspection.internalPlans",
    label: "其中部门内部抽查计划数",
    section: "functions",
    unit: "个",
    measure: { kind: "count" },
    period: planYear,
    where: [announced, { field: "kind", equals: "internal" }],
  },
  {
    key: "inspection.riskWeightedPlans",
    label: "运用信用风险分类结果的抽查计划数",
    section: "functions",
    unit: "个",
    isAuxiliary: true,
    measure: { kind: "count" },
    period: planYear,
    where: [announced, { field: "riskWeighted", equals: true }],
  },
  {
    key: "inspection.riskWeightedShare",
    label: "运用信用风险分类结果抽查占比",
    section: "functions",
    unit: "",
    format: { kind: "percent", decimals: 0 },
    measure: {
      kind: "ratio",
      numerator: "inspection.riskWeightedPlans",
      denominator: "inspection.plans",
    },
  },
];

export const resultIndicators: readonly IndicatorDeclaration[] = [
  {
    // An entity inspected under two plans of the year is one entity inspected.
    key: "inspection.entitiesInspected",
    label: "抽查市场主体户数",
    section: "functions",
    unit: "户",
    measure: { kind: "distinct", field: "creditCode" },
    period: { mode: "within", field: "drawnOn" },
  },
];
