// The figure of instructions for the annual report (一, 党对法治政府建设的领导): written instructions
// on rule-of-law work by the party secretary or the mayor, dated in the year.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const instructionIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "leadership.instructions",
    label: "党政主要负责人对法治工作作出批示次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: { mode: "within", field: "instructedOn" },
    where: [
      { field: "isRuleOfLaw", equals: true },
      { field: "leaderRole", in: ["partySecretary", "mayor"] },
    ],
  },
];

export const instructionReport: readonly ReportFragment[] = [
  {
    section: "leadership",
    order: 20,
    text: "党政主要负责人切实履行推进法治建设第一责任人职责，全年对法治工作作出批示{{leadership.instructions}}次，均明确责任单位和办理时限，由市委依法治市办跟踪督办、逐件销号。",
  },
];
